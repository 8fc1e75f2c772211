"""Request tracker at scale: 10,000 requests with 50,000 events.

Times, as the median of several runs: opening the Requests page (build + load), filtering
it to overdue requests, and `opt-out requests list --json` (in process). Each is printed
with the same data read directly with sqlite3 in the same run, and the ratio.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/tracker.py [RUNS]
Budget: opening the page and filtering each < 100 ms median.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REQUESTS = 10_000
EVENTS = 50_000
TODAY = date.today()


def fill(store) -> None:
    """Bulk-insert realistic requests and timelines (set-up, not measured)."""
    rng = random.Random(7)
    platforms = ["linkedin", "instagram", "facebook", "reddit", "x", "openai-chatgpt", "tiktok", "youtube"]
    types = ["gdpr-objection-ai", "gdpr-access-ai", "gdpr-erasure"]
    statuses = ["sent"] * 5 + ["acknowledged", "extended", "fulfilled", "refused", "draft", "escalated"]
    requests, events = [], []
    for number in range(1, REQUESTS + 1):
        status = rng.choice(statuses)
        sent = TODAY - timedelta(days=rng.randrange(400))
        sent_at = None if status == "draft" else sent.isoformat()
        deadline = None if status == "draft" else (sent + timedelta(days=30)).isoformat()
        extended = (sent + timedelta(days=90)).isoformat() if status == "extended" else None
        requests.append(
            (
                number,
                f"2026-B{number:06d}",
                rng.choice(platforms),
                rng.choice(types),
                "gdpr",
                "en",
                None if status == "draft" else "email",
                "Controller",
                "Objection",
                "Dear Sir or Madam,\n" * 40,
                "2026-01-01T00:00:00+00:00",
                sent_at,
                deadline,
                extended,
                status,
                "no_match" if status == "refused" else None,
            )
        )
    for number in range(EVENTS):
        request_id = number % REQUESTS + 1
        events.append(
            (
                request_id,
                rng.choice(["reply_received", "reminder_sent"]),
                (TODAY - timedelta(days=rng.randrange(300))).isoformat(),
                "note",
                "2026-01-01T00:00:00+00:00",
            )
        )
    with store.transaction() as connection:
        connection.executemany(
            "INSERT INTO requests (id, reference, platform, type, law, language, channel, recipient, "
            "subject, "
            "body, created_at, sent_at, deadline, extended_deadline, status, refusal_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            requests,
        )
        connection.executemany(
            "INSERT INTO request_events (request_id, kind, date, note, created_at) VALUES (?, ?, ?, ?, ?)",
            events,
        )


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def direct_rows(path: Path):
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT id, reference, platform, type, law, status, sent_at, coalesce(extended_deadline, deadline) "
        "FROM requests ORDER BY id DESC"
    ).fetchall()
    connection.close()
    return rows


def direct_overdue(path: Path):
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT id FROM requests WHERE status IN ('sent', 'acknowledged', 'extended') "
        "AND coalesce(extended_deadline, deadline) < ?",
        (TODAY.isoformat(),),
    ).fetchall()
    connection.close()
    return rows


def direct_list_json(path: Path) -> str:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    events: dict[int, list] = {}
    for row in connection.execute(
        "SELECT request_id, kind, date, note FROM request_events ORDER BY request_id, date"
    ):
        events.setdefault(row["request_id"], []).append(
            {"kind": row["kind"], "date": row["date"], "note": row["note"]}
        )
    requests = [
        dict(row) | {"events": events.get(row["id"], [])}
        for row in connection.execute(
            "SELECT id, reference, platform, type, law, status, sent_at, deadline, extended_deadline "
            "FROM requests"
        )
    ]
    connection.close()
    return json.dumps(requests, indent=2)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opt_out_gui.cli import main as cli_main
    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui.context import AppContext
    from opt_out_gui.ui.pages.requests import OVERDUE, RequestsPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        workspace = open_workspace(str(data_dir))
        fill(workspace.store)
        ctx = AppContext(workspace, None)
        ctx.catalog  # noqa: B018 - loaded once at start-up in the app, not part of opening the page
        database = workspace.store.path
        measured = {"open page": [], "filter overdue": [], "requests list --json": []}
        direct = {"open page": [], "filter overdue": [], "requests list --json": []}
        pages = []
        for _ in range(runs):

            def open_page():
                page = RequestsPage(ctx)
                page.resize(1024, 700)
                page.refresh()
                pages.append(page)

            measured["open page"].append(timed(open_page))
            app.processEvents()
            page = pages[-1]
            measured["filter overdue"].append(
                timed(lambda page=page: page.show_filter.setCurrentIndex(OVERDUE))
            )
            overdue_count = page.proxy.rowCount()
            with contextlib.redirect_stdout(io.StringIO()) as output:
                measured["requests list --json"].append(
                    timed(lambda: cli_main(["--data-dir", str(data_dir), "requests", "list", "--json"]))
                )
            listed = len(json.loads(output.getvalue()))
            direct["open page"].append(timed(lambda: direct_rows(database)))
            direct["filter overdue"].append(timed(lambda: direct_overdue(database)))
            direct["requests list --json"].append(timed(lambda: direct_list_json(database)))
            page.deleteLater()
            pages.clear()
            app.processEvents()
        assert overdue_count == len(direct_overdue(database)), "page and SQL disagree on overdue requests"
        assert listed == REQUESTS
        print(f"{REQUESTS} requests, {EVENTS} events, median of {runs} runs")
        print(f"{'':<22}{'app ms':>9}{'sqlite3 ms':>12}{'ratio':>8}")
        for name in measured:
            app_ms = statistics.median(measured[name]) * 1000
            sql_ms = statistics.median(direct[name]) * 1000
            print(f"{name:<22}{app_ms:>9.1f}{sql_ms:>12.1f}{app_ms / sql_ms:>8.1f}")
        worst = max(statistics.median(measured[n]) for n in ("open page", "filter overdue")) * 1000
        print(f"budget: open page and filter < 100 ms -> {'within' if worst < 100 else 'OVER'} budget")
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
