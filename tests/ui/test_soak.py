"""A long session does not crash: tests/ui/soak.py runs in its own process, so that a crash
of the interpreter fails this test instead of killing pytest.

PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on every call that
returns nothing and every signal emit; after some minutes the interpreter aborts with
"Fatal Python error: none_dealloc" (issue 11, pinned out in pyproject.toml). A reference
kept too many (PySide 6.11 keeps one per widget it deletes) only costs a few bytes, so only
a fall beyond noise fails; one reference per call would fall by thousands.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 2000
NOISE = 100  # references; the session makes tens of thousands of calls


def test_a_long_session_keeps_none_true_and_false_and_the_process_alive(tmp_path):
    session = subprocess.run(
        [sys.executable, "-m", "tests.ui.soak", str(tmp_path / "data"), str(ROUNDS)],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert session.returncode == 0, (
        f"the session died with exit status {session.returncode}:\n{session.stderr[-4000:]}"
    )
    report = json.loads(session.stdout.splitlines()[-1])
    assert report["page_switches"] == ROUNDS and report["done_clicks"] == ROUNDS
    assert report["dialogs_closed"] >= 6 * 3 * (ROUNDS // 400)  # six dialogs, three routes
    assert report["window_visible"]
    fallen = {name: drift for name, drift in report["drift"].items() if drift < -NOISE}
    assert fallen == {}, f"reference counts fell during the session: {report['drift']}"
