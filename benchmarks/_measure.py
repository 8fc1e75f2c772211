"""Measuring helpers shared by the benchmark scripts: options, timed child processes, paired
runs and the printed verdict."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

Run = TypeVar("Run")


def options(description: str, runs: int, quick_runs: int, runs_name: str = "runs") -> argparse.ArgumentParser:
    """The options every script takes: --quick for a smoke run, and how many runs (or pairs)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a fast smoke run: fewer {runs_name} and the smaller sizes (numbers are only indicative)",
    )
    parser.add_argument(
        f"--{runs_name}",
        dest="runs",
        type=int,
        metavar="N",
        help=f"how many {runs_name} (default {runs}; with --quick {quick_runs})",
    )
    parser.set_defaults(default_runs=runs, quick_runs=quick_runs)
    return parser


def chosen_runs(args: argparse.Namespace) -> int:
    return args.runs or (args.quick_runs if args.quick else args.default_runs)


@dataclass
class Finished:
    """One child process: wall seconds from just before its start until it was reaped, its peak
    resident memory (KiB), and whether it ran out of time (then it was killed)."""

    wall: float
    peak_kib: int
    started: float  # CLOCK_MONOTONIC at the start
    output: str
    timed_out: bool = False


def run_child(
    argv: Sequence[str],
    env: dict[str, str] | None = None,
    stdout: Path | None = None,
    timeout: float | None = None,
) -> Finished:
    """Run one process to its end (killed after `timeout` seconds). Its output goes to a file:
    `stdout` (writing it then costs the same for every command compared) or a temporary one that
    is read back. A failure (exit code) raises SystemExit with what the process said."""
    with tempfile.TemporaryFile() as captured, tempfile.TemporaryFile() as errors:
        sink = open(stdout, "wb") if stdout else captured  # noqa: SIM115 - closed below
        timed_out = threading.Event()
        started = time.clock_gettime(time.CLOCK_MONOTONIC)
        process = subprocess.Popen(argv, env=env, stdout=sink, stderr=errors, start_new_session=True)

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):  # it ended just now
                os.killpg(process.pid, signal.SIGKILL)

        killer = threading.Timer(timeout, kill) if timeout else None
        if killer:
            killer.start()
        _, status, usage = os.wait4(process.pid, 0)  # blocking: the parent takes no CPU meanwhile
        wall = time.clock_gettime(time.CLOCK_MONOTONIC) - started
        if killer:
            killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        if stdout:
            sink.close()
        captured.seek(0)
        errors.seek(0)
        output = captured.read().decode()
        if process.returncode != 0 and not timed_out.is_set():
            said = errors.read().decode(errors="replace")
            raise SystemExit(
                f"{' '.join(map(str, argv))} failed with exit code {process.returncode}:\n{said}"
            )
    return Finished(wall, usage.ru_maxrss, started, output, timed_out.is_set())


def paired(first: Callable[[], Run], second: Callable[[], Run], pairs: int) -> list[tuple[Run, Run]]:
    """Run the two in turn, `pairs` times, starting with the other one in every other pair (so
    neither always runs on a cache the other warmed). Returns (first, second) pairs."""
    results = []
    for index in range(pairs):
        if index % 2:
            b = second()
            a = first()
        else:
            a = first()
            b = second()
        results.append((a, b))
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile, by the nearest-rank method (for a few samples: the largest)."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def verdict(
    label: str,
    value: str,
    budget: float | None,
    measured: float | None,
    unit: str = "x",
    at_least: bool = False,
) -> bool:
    """Print one result line: what, the figure, the budget (an upper bound, or a lower one with
    at_least), and OVER when the figure fails it. `measured` None means the figure could not be
    taken (it ran out of time): that fails the budget."""
    if budget is None:
        print(f"  {label:<46} {value:>22}")
        return True
    within = measured is not None and (measured >= budget if at_least else measured <= budget)
    bound = f"{'>=' if at_least else '<='} {budget:g}{unit}"
    print(f"  {label:<46} {value:>22}   budget {bound:<10} {'ok' if within else 'OVER'}")
    return within


def header(text: str) -> None:
    print(f"\n{text}")
