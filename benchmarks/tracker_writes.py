"""Committed changes per second through the request tracker, against bare sqlite3.

Writes what tests/core/test_tracker_crash.py's writer writes (a request, then its sent,
acknowledged, reply (with an attachment) and fulfilled events, each its own committed
change) through TrackerService, and the same number of rows with plain sqlite3 INSERTs,
one transaction each, in a database with the same settings (WAL, synchronous=FULL), in
the same run. Prints both rates and the ratio (tracker time per change / sqlite3 time per
change), median of several runs.

Usage: python benchmarks/tracker_writes.py [--runs N] [--quick]
Budget: ratio <= 5 (a change is a few statements plus the deadline computation).
--quick: one run of 20 requests.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _measure import chosen_runs, median, options, verdict

EVENTS = ("sent", "acknowledged", "reply_received", "fulfilled")


def through_tracker(folder: Path, requests: int) -> tuple[int, float]:
    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.store import Store
    from opt_out_gui.core.tracker import Draft, TrackerService

    data_dir = folder / "tracker"
    data_dir.mkdir(mode=0o700)
    evidence = folder / "reply.pdf"
    evidence.write_bytes(b"%PDF-1.4\n" + b"0" * 4096)
    service = TrackerService(Store.open(data_dir), load_catalog())
    service.create(  # first use loads the law engine: not part of the rate
        Draft("2026-0000000", "linkedin", "gdpr-objection-ai", "gdpr", "en", "LinkedIn", "Objection", "Text")
    )
    changes = 0
    start = time.perf_counter()
    for number in range(requests):
        request = service.create(
            Draft(
                reference=f"2026-{number + 1:07d}",
                platform="linkedin",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="LinkedIn",
                subject="Objection",
                body="Text " * 200,
                channel="email",
            )
        )
        changes += 1
        on = date(2026, 1, 1) + timedelta(days=number % 60)
        for kind in EVENTS:
            attachments = [evidence] if kind == "reply_received" else []
            service.record(request.id, kind, on, note=f"{kind} {number}", attachments=attachments)
            changes += 1
    return changes, time.perf_counter() - start


def through_sqlite(folder: Path, changes: int) -> float:
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, kind TEXT, note TEXT, body TEXT)")
    start = time.perf_counter()
    for number in range(changes):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO rows (kind, note, body) VALUES (?, ?, ?)",
            ("change", f"note {number}", "Text " * 200 if number % 5 == 0 else ""),
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def main() -> int:
    args = options(__doc__.split("\n\n")[0], runs=3, quick_runs=1).parse_args()
    runs = chosen_runs(args)
    requests = 20 if args.quick else 100
    tracker_rates, sqlite_rates, ratios = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            changes, tracker_seconds = through_tracker(Path(tmp), requests)
            sqlite_seconds = through_sqlite(Path(tmp), changes)
        tracker_rates.append(changes / tracker_seconds)
        sqlite_rates.append(changes / sqlite_seconds)
        ratios.append(tracker_seconds / sqlite_seconds)
    ratio = median(ratios)
    print(f"{changes} committed changes per run, {runs} runs (medians)")
    print(f"  tracker {median(tracker_rates):,.0f} changes/s, sqlite3 {median(sqlite_rates):,.0f} changes/s")
    within = verdict("time per change, tracker / sqlite3", f"{ratio:.2f}x", 5, ratio)
    print(f"\n{'the tracker write budget holds' if within else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
