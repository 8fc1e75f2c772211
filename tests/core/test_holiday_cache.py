"""Public holiday tables are computed once per calendar and year, and kept on disk."""

import json
import stat
import subprocess
import sys
from datetime import date

from opt_out_gui.core import holiday_cache
from opt_out_gui.core.laws import compute_deadline
from opt_out_gui.core.laws.deadlines import _canada_statutory_holidays, _holiday_names
from opt_out_gui.core.workspace import open_workspace

# Ireland, 2025: one month from Thursday 2025-12-18 is 2026-01-18, a Sunday -> Monday 01-19.
DEADLINE_CHECK = (
    "from datetime import date; import sys\n"
    "from opt_out_gui.core.workspace import open_workspace\n"
    "from opt_out_gui.core.laws import compute_deadline\n"
    "open_workspace(sys.argv[1])\n"
    "result = compute_deadline('gdpr', date(2025, 12, 18), 'gdpr-erasure', 'IE', today=date(2026, 1, 5))\n"
    "print(result.deadline.isoformat(), 'holidays' in sys.modules)\n"
)


def test_tables_are_kept_in_the_cache_folder_privately_and_read_back(data_dir):
    open_workspace(str(data_dir)).close()
    try:
        first = subprocess.run(
            [sys.executable, "-c", DEADLINE_CHECK, str(data_dir)], capture_output=True, text=True, check=True
        ).stdout.split()
        [stored] = (data_dir / "cache").glob("holidays-*.json")
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        tables = json.loads(stored.read_text(encoding="utf-8"))
        assert tables["IE||2026"]["2026-03-17"] == "Saint Patrick's Day"
        again = subprocess.run(
            [sys.executable, "-c", DEADLINE_CHECK, str(data_dir)], capture_output=True, text=True, check=True
        ).stdout.split()
        # The same deadline, and the second run never loaded the holidays library.
        assert first == ["2026-01-19", "True"] and again == ["2026-01-19", "False"]
    finally:
        holiday_cache.use_cache_dir(None)


def test_a_damaged_cache_is_computed_again(data_dir):
    open_workspace(str(data_dir)).close()
    try:
        _holiday_names.cache_clear()
        _canada_statutory_holidays.cache_clear()
        result = compute_deadline("gdpr", date(2025, 12, 18), "gdpr-erasure", "IE", today=date(2026, 1, 5))
        [stored] = (data_dir / "cache").glob("holidays-*.json")
        stored.write_text("{not json", encoding="utf-8")
        holiday_cache.use_cache_dir(None)
        holiday_cache.use_cache_dir(data_dir / "cache")
        _holiday_names.cache_clear()
        again = compute_deadline("gdpr", date(2025, 12, 18), "gdpr-erasure", "IE", today=date(2026, 1, 5))
        assert again.deadline == result.deadline == date(2026, 1, 19)
        assert "IE||2026" in json.loads(stored.read_text(encoding="utf-8"))
        # Canada's federal list is kept too, Easter Monday included.
        canada = _canada_statutory_holidays(2026)
        assert canada[date(2026, 4, 6)] == "Easter Monday"
        assert "CA-federal|2026" in json.loads(stored.read_text(encoding="utf-8"))
    finally:
        holiday_cache.use_cache_dir(None)
        _holiday_names.cache_clear()
        _canada_statutory_holidays.cache_clear()
