"""A writer process is killed (SIGKILL) while it adds and updates requests.

After every kill the database must pass `PRAGMA integrity_check` and hold every change the
writer reported: it prints a line only after the change has committed. The kill points are
seeded and counted in committed changes, not in time, so a slow or busy machine runs the
same test; how fast the writer goes is measured by benchmarks/tracker_writes.py.
"""

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from opt_out_gui.core.store import DB_FILE_NAME

REPO = Path(__file__).resolve().parents[2]
KILLS = 8
SEED = 20261202
WRITER = textwrap.dedent(
    """
    import random, sys
    from datetime import date, timedelta
    from pathlib import Path
    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.store import Store
    from opt_out_gui.core.tracker import Draft, TrackerService

    data_dir, seed, evidence = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    service = TrackerService(Store.open(data_dir), load_catalog())
    rng = random.Random(seed)
    print("ready", flush=True)
    start = date(2026, 1, 1)
    for number in range(10_000):
        request = service.create(Draft(
            reference=f"2026-{seed}{number:06d}", platform="linkedin", type="gdpr-objection-ai", law="gdpr",
            language="en", recipient="LinkedIn", subject="Objection", body="Text " * 200, channel="email"))
        print("request", request.id, request.reference, flush=True)
        on = start + timedelta(days=rng.randrange(60))
        middle = rng.sample(["acknowledged", "reminder_sent", "reply_received"], 2)
        for kind in ("sent", *middle, "fulfilled"):
            attachments = [evidence] if kind == "reply_received" else []
            service.record(request.id, kind, on, note=f"{kind} {number}", attachments=attachments)
            print("event", request.id, kind, flush=True)
    """
)


def run_writer(data_dir: Path, seed: int, evidence: Path, kill_after: int) -> list[list[str]]:
    """Start a writer, kill it once it has reported `kill_after` committed changes."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(seed), str(evidence)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    first = writer.stdout.readline()
    assert first == "ready\n", writer.stderr.read()
    lines = [writer.stdout.readline() for _ in range(kill_after)]
    writer.send_signal(signal.SIGKILL)  # while it writes the next change
    # The rest through the same buffered reader: communicate() reads the pipe directly and
    # would skip what readline() has already buffered, losing reported lines.
    lines += writer.stdout.readlines()
    errors = writer.stderr.read()
    writer.stdout.close()
    writer.stderr.close()
    assert writer.wait() == -signal.SIGKILL, errors
    # A line is complete only with its newline; the kill may cut the last one.
    return [line.split() for line in lines if line.endswith("\n")]


def test_killed_writer_never_loses_a_committed_change(tmp_path):
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    evidence = tmp_path / "reply.pdf"
    evidence.write_bytes(rng.randbytes(4096))
    reported_requests: dict[int, str] = {}
    reported_events: dict[int, list[str]] = {}
    kill_points = [rng.randrange(20, 200) for _ in range(KILLS)]
    for seed, kill_after in enumerate(kill_points):
        for kind, *rest in run_writer(data_dir, seed, evidence, kill_after):
            if kind == "request":
                reported_requests[int(rest[0])] = rest[1]
            else:
                reported_events.setdefault(int(rest[0]), []).append(rest[1])

        connection = sqlite3.connect(data_dir / DB_FILE_NAME)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            stored = dict(connection.execute("SELECT id, reference FROM requests"))
            assert {i: stored.get(i) for i in reported_requests} == reported_requests
            timelines: dict[int, list[str]] = {}
            for request_id, kind in connection.execute(
                "SELECT request_id, kind FROM request_events ORDER BY id"
            ):
                timelines.setdefault(request_id, []).append(kind)
            for request_id, kinds in reported_events.items():
                # What was reported is there; at most one more change committed before the kill.
                assert timelines[request_id][: len(kinds)] == kinds
            # A committed attachment always has its file, complete.
            for stored_path, sha256 in connection.execute("SELECT stored_path, sha256 FROM attachments"):
                assert hashlib.sha256((data_dir / stored_path).read_bytes()).hexdigest() == sha256
            # Status follows the last committed event.
            for request_id, status in connection.execute("SELECT id, status FROM requests"):
                events = [
                    k for k in timelines.get(request_id, []) if k not in ("reminder_sent", "reply_received")
                ]
                assert status == (events[-1] if events else "draft")
        finally:
            connection.close()
    # Every kill came after at least its count of committed changes (a request or an event).
    assert len(reported_requests) + sum(len(v) for v in reported_events.values()) >= sum(kill_points)
