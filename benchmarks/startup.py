"""Start-up of opt-out-gui to the first painted frame of its main window, against a bare
PySide6 window measured the same way, in the same run.

Each launch is a fresh process (see _first_paint.py): the time counts from just before the
process starts until the first frame of the main window has been painted; the app is
launched as from a desktop menu. App and bare window alternate, pair by pair; the figures are
the medians of the pair ratios. Peak memory is the largest resident size of the whole process.

Scenarios: a first start (a new, empty data directory each launch: the welcome page), and a
returning user with 10,000 and 100,000 requests (see _tracker_data.py; generated once and cached).
One launch of each scenario comes first and is not counted (it fills the catalogue's parse
cache in the data directory, as any earlier start would have). A launch that takes longer than
--timeout is stopped; the scenario then reports "more than" and fails its budget.

Usage: python benchmarks/startup.py [--pairs N] [--timeout SECONDS] [--quick]
Budgets (issue 18): returning user with 10,000 requests at most 1.6x the bare window, with
100,000 at most 2x; first start at most 1.5x (this script's budget before issue 18); peak
memory at most 1.5x in every scenario. --quick: 2 pairs, first start and 10,000 requests.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

from _env import child_environment
from _measure import Finished, chosen_runs, header, median, options, paired, run_child, verdict
from _tracker_data import tracker_data_dir, working_copy

FIRST_PAINT = Path(__file__).with_name("_first_paint.py")
MEMORY_BUDGET = 1.5
# (label, requests in the data directory or None for a first start, start-up budget)
SCENARIOS = (
    ("first start (welcome page)", None, 1.5),
    ("returning user, 10,000 requests", 10_000, 1.6),
    ("returning user, 100,000 requests", 100_000, 2.0),
)


def launch(mode: str, env: dict[str, str], timeout: float) -> tuple[float | None, Finished]:
    """Seconds from process start to the first painted frame (None if it ran out of time)."""
    finished = run_child([sys.executable, str(FIRST_PAINT), mode], env, timeout=timeout)
    if finished.timed_out:
        return None, finished
    stamp = next(line for line in finished.output.splitlines() if line.startswith("FIRST_PAINT "))
    return float(stamp.split()[1]) - finished.started, finished


def measure(label: str, requests: int | None, budget: float, pairs: int, timeout: float, tmp: Path) -> bool:
    env = child_environment()
    if requests is None:
        launches = itertools.count()

        def data_dir() -> Path:  # a new one each launch: nothing exists yet on a first start
            return tmp / f"first-start-{next(launches)}"
    else:
        returning = working_copy(tracker_data_dir(requests), tmp / f"returning-{requests}")

        def data_dir() -> Path:
            return returning

    def app() -> tuple[float | None, Finished]:
        return launch("app", dict(env, OPT_OUT_DATA_DIR=str(data_dir())), timeout)

    def bare() -> tuple[float | None, Finished]:
        return launch("bare", env, timeout)

    warm_up, _ = app()
    bare_warm_up, _ = bare()
    results = []
    if warm_up is not None:
        for (app_paint, app_run), (bare_paint, bare_run) in paired(app, bare, pairs):
            results.append((app_paint, bare_paint, app_run.peak_kib, bare_run.peak_kib))
            if app_paint is None:
                break  # one launch ran out of time: the rest would too
    header(f"{label} ({len(results)} pairs)")
    if not results or results[-1][0] is None:
        bare_seconds = median([r[1] for r in results]) if results else bare_warm_up
        shown = f"> {timeout:g} s" + (f" (> {timeout / bare_seconds:.0f}x)" if bare_seconds else "")
        verdict("first paint, app / bare window", shown, budget, None)
        print("  peak memory: not measured (the app did not paint in time)")
        return False
    app_ms = median([r[0] for r in results]) * 1000
    bare_ms = median([r[1] for r in results]) * 1000
    ratio = median([r[0] / r[1] for r in results])
    memory = median([r[2] / r[3] for r in results])
    app_mib = median([r[2] for r in results]) / 1024
    bare_mib = median([r[3] for r in results]) / 1024
    print(f"  app {app_ms:,.0f} ms, bare window {bare_ms:,.0f} ms (medians)")
    time_ok = verdict("first paint, app / bare window", f"{ratio:.2f}x", budget, ratio)
    memory_ok = verdict(
        "peak memory, app / bare window",
        f"{memory:.2f}x ({app_mib:.0f}/{bare_mib:.0f} MiB)",
        MEMORY_BUDGET,
        memory,
    )
    return time_ok and memory_ok


def main() -> int:
    parser = options(__doc__.split("\n\n")[0], runs=5, quick_runs=2, runs_name="pairs")
    parser.add_argument(
        "--timeout", type=float, default=120, metavar="SECONDS", help="stop a launch after this long"
    )
    args = parser.parse_args()
    pairs = chosen_runs(args)
    scenarios = SCENARIOS[:2] if args.quick else SCENARIOS
    print("Start-up to the first painted frame, against a bare PySide6 window (medians of pair ratios)")
    with tempfile.TemporaryDirectory() as tmp:
        within = [measure(*scenario, pairs, args.timeout, Path(tmp)) for scenario in scenarios]
    print(f"\n{'all start-up budgets hold' if all(within) else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
