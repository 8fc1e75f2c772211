"""Command-line latency against yardsticks measured in the same run.

- `opt-out --help` against `python -c pass` (the same interpreter starting and stopping).
- `opt-out requests list --overdue --json` at 100,000 requests (see _tracker_data.py) against
  _raw_overdue_json.py: the same requests read with plain sqlite3 and written as the same
  JSON. Both outputs are compared (as JSON) before the figures count.
Each command is a fresh process, timed from its start to its exit, its output going to a
file; the two of a pair alternate, and the figure is the median of the pair ratios.
(`opt-out platforms` at 1,000 platforms is measured in catalog.py.)

Usage: python benchmarks/cli.py [--pairs N] [--quick]
Budgets (issue 18): `opt-out --help` at most 4x `python -c pass`; `requests list --overdue
--json` at most 1.3x the yardstick. --quick: 3 pairs, and 10,000 requests.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from _env import child_environment, opt_out_command
from _measure import chosen_runs, header, median, options, paired, run_child, verdict
from _tracker_data import tracker_data_dir, working_copy

RAW_OVERDUE_JSON = Path(__file__).with_name("_raw_overdue_json.py")


def compare(label: str, app: list[str], yardstick: list[str], pairs: int, env, out: Path, budget: float):
    """Time both commands in pairs (output to files); print the median ratio against the budget."""
    app_out, yardstick_out = out / "app.out", out / "yardstick.out"
    run_child(app, env, app_out)  # warm-up, not counted: the OS file cache, the bytecode
    run_child(yardstick, env, yardstick_out)
    results = paired(
        lambda: run_child(app, env, app_out), lambda: run_child(yardstick, env, yardstick_out), pairs
    )
    app_ms = median([a.wall for a, _ in results]) * 1000
    yardstick_ms = median([b.wall for _, b in results]) * 1000
    ratio = median([a.wall / b.wall for a, b in results])
    header(f"{label} ({pairs} pairs)")
    print(f"  app {app_ms:,.0f} ms, yardstick {yardstick_ms:,.0f} ms (medians)")
    return verdict("app / yardstick", f"{ratio:.2f}x", budget, ratio)


def main() -> int:
    args = options(__doc__.split("\n\n")[0], runs=7, quick_runs=3, runs_name="pairs").parse_args()
    pairs = chosen_runs(args)
    env = child_environment()
    opt_out = opt_out_command()
    requests = 10_000 if args.quick else 100_000
    print("Command-line latency against yardsticks (medians of pair ratios)")
    within = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        within.append(
            compare(
                "`opt-out --help` vs `python -c pass`",
                [*opt_out, "--help"],
                [sys.executable, "-c", "pass"],
                pairs,
                env,
                out,
                4.0,
            )
        )
        data_dir = working_copy(tracker_data_dir(requests), out / "data")
        app = [*opt_out, "--data-dir", str(data_dir), "requests", "list", "--overdue", "--json"]
        database = next(data_dir.glob("*.sqlite3"))
        yardstick = [sys.executable, str(RAW_OVERDUE_JSON), str(database), date.today().isoformat()]
        run_child(app, env, out / "app.json")
        run_child(yardstick, env, out / "yardstick.json")
        listed = json.loads((out / "app.json").read_text(encoding="utf-8"))
        if listed != json.loads((out / "yardstick.json").read_text(encoding="utf-8")):
            print("\nCHECK FAILED: the yardstick's JSON differs from the app's: update _raw_overdue_json.py")
            within.append(False)
        within.append(
            compare(
                f"`opt-out requests list --overdue --json`, {requests:,} requests ({len(listed):,} overdue) "
                "vs sqlite3 + json",
                app,
                yardstick,
                pairs,
                env,
                out,
                1.3,
            )
        )
    print(f"\n{'all command-line budgets hold' if all(within) else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
