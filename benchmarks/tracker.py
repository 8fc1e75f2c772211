"""The Requests page at 1,000, 10,000 and 100,000 requests, driven offscreen as a user would.

Each run is a fresh process (a page opens once per session) on a copy of a generated data
directory (see _tracker_data.py: real 3 KB letters, five events per request). In it:
- open: the Requests page is built (its module imported, as on the first click) and shown in a
  window the size of the app's page area; timed until the table has painted its rows;
- filter: "Show" is changed to Overdue, then back to All requests; timed until the table has
  painted the result;
- search: a word is typed into the search field, one key event per letter, each keystroke
  waited out until the table has painted its result. A keystroke's cost is the time the UI
  thread was busy because of it (handling the key, and any search work that runs after a
  pause), without the pause itself; the time until the result shows is printed too;
- memory growth: the peak resident size while doing all this, above the size before opening;
- longest stall: the longest gap between two ticks of a 10 ms timer (so never under 10 ms)
  while opening and filtering: how long the event loop could not run.
"Until the table has painted" means: until the table's paint right after the last sign of work
(a model change, or a stretch in which the event loop was busy), once nothing has happened for
QUIET_MS. Before the figures count, the page is checked: with Overdue chosen it must list as many
requests as the database holds overdue ones.

For scale, each size also prints how long plain sqlite3 takes to read the list columns of every
request in the same run. Figures are medians over the runs; the keystroke figures are the 95th
percentile of all keystrokes, the stall the worst of all runs.

Usage: python benchmarks/tracker.py [--runs N] [--quick]
Budgets (issue 18, at 100,000 requests, applied at every size): open <= 300 ms, filter change
<= 100 ms, search keystroke <= 50 ms (p95), memory growth < 60 MiB, no stall over 100 ms.
--quick: one run at 1,000 and 10,000 requests, a shorter word.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import sys
import tempfile
import time
from datetime import date
from importlib import import_module
from pathlib import Path

from _env import child_environment
from _measure import chosen_runs, header, median, options, p95, run_child, verdict
from _tracker_data import tracker_data_dir, working_copy

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
WORD, QUICK_WORD = "linkedin", "link"
PROBE_MS = 10
QUIET_MS = 400  # longer than a search pause (about 150 ms) plus its work
BUSY_SLACK_MS = 1.0  # a timer firing this much late is jitter, not work
BUSY_MS = 10  # a timer this much late is a sign of work (for deciding that the table settled)
PAINT_WITHIN_MS = 50  # a table paint this soon after the last work shows its result
PAGE_SIZE = (1000, 780)  # the main window's default size minus its sidebar
BUDGETS = {"open": 300, "filter": 100, "keystroke": 50, "memory": 60, "stall": 100}
OVERDUE_SQL = (
    "SELECT count(*) FROM requests WHERE status IN ('sent', 'acknowledged', 'extended') "
    "AND coalesce(extended_deadline, deadline) < ?"
)
LIST_COLUMNS_SQL = (
    "SELECT id, reference, platform, type, law, status, sent_at, coalesce(extended_deadline, deadline) "
    "FROM requests ORDER BY id DESC"
)


# ---- the one place that knows the Requests page's widgets ---------------------------------


def page_controls(page):
    """(table view, choose(label) for the Show filter, search field) of a Requests page.

    Looks for the widgets by what they show rather than by attribute name, so that a page
    rebuilt with other names still works: the item view named "Requests" (else the largest),
    the combo box (or else button) offering "Overdue", and the line edit whose accessible name
    or placeholder says search."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    views = page.findChildren(QAbstractItemView)
    named = [v for v in views if "requests" in v.accessibleName().casefold()]
    view = (named or sorted(views, key=lambda v: v.width() * v.height(), reverse=True))[0]
    combos = [
        c for c in page.findChildren(QComboBox) if c.findText("Overdue", Qt.MatchFlag.MatchContains) >= 0
    ]
    searches = [
        e
        for e in page.findChildren(QLineEdit)
        if "search" in f"{e.accessibleName()} {e.placeholderText()}".casefold()
    ]
    if not searches:
        raise SystemExit("tracker.py: no search field found on the Requests page (see page_controls)")

    def choose(label: str) -> None:
        if combos:
            combo = combos[0]
            index = combo.findText(label, Qt.MatchFlag.MatchStartsWith)
            combo.setCurrentIndex(index)
            combo.activated.emit(index)  # a user's choice emits both
            return
        buttons = [b for b in page.findChildren(QAbstractButton) if b.text().startswith(label)]
        if not buttons:
            raise SystemExit(
                f"tracker.py: no filter {label!r} found on the Requests page (see page_controls)"
            )
        buttons[0].click()

    return view, choose, searches[0]


def open_requests_page(ctx, host):
    """Build the Requests page as the main window does on the first click, and show it."""
    from opt_out_gui.ui.pages.requests import RequestsPage

    page = RequestsPage(ctx)
    host.layout().addWidget(page)
    refresh = getattr(page, "refresh", None)
    if refresh:
        refresh()
    page.show()
    return page


# ---- measuring inside one process ---------------------------------------------------------


class Watch:
    """Event-loop gaps (a 10 ms timer), table paints and model changes, and waiting until the
    table has settled after an action."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

        self.ticks: list[float] = []
        self.paints: list[float] = []
        self.changes: list[float] = []
        self.loop = QEventLoop()
        self.waiting_since: float | None = None
        self.view = None
        self.model = None
        self.last_busy = 0.0
        watch = self

        class PaintFilter(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
                if event.type() == QEvent.Type.Paint:
                    watch.paints.append(time.perf_counter())
                return False

        self.paint_filter = PaintFilter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def watch_view(self, view) -> None:
        if view is not self.view:
            view.viewport().installEventFilter(self.paint_filter)
            self.view = view
        model = view.model()
        if model is not self.model:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._changed)
            self.model = model
            self._changed()

    def _changed(self, *_args) -> None:
        self.changes.append(time.perf_counter())

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.ticks and (now - self.ticks[-1]) * 1000 > PROBE_MS + BUSY_MS:
            self.last_busy = now
        self.ticks.append(now)
        if self.waiting_since is None:
            return
        if self.view is not None:
            self.watch_view(self.view)  # the page may have given its table a new model
        last = max(self.waiting_since, self.last_busy, self.changes[-1] if self.changes else 0.0)
        if now - last >= QUIET_MS / 1000:
            self.loop.quit()

    def measure(self, action) -> dict[str, float]:
        """Run action, then the event loop until the table has settled; return
        shown_ms (until the table painted the result), busy_ms (UI thread busy, pauses not
        counted) and stall_ms (the longest gap between two turns of the event loop)."""
        self.changes.clear()
        first_tick = len(self.ticks)
        start = time.perf_counter()
        action()
        end = time.perf_counter()
        self.waiting_since = end
        self.loop.exec()
        self.waiting_since = None
        ticks = [end, *self.ticks[first_tick:]]
        gaps = list(zip(ticks, ticks[1:], strict=False))
        # "shown": the table's paint right after the last sign of work (a later one is not ours)
        busy_ends = [b for a, b in gaps if (b - a) * 1000 > PROBE_MS + BUSY_MS]
        last_work = max([end, *busy_ends, *[c for c in self.changes if c >= start]])
        shown = next((p for p in self.paints if 0 <= p - last_work <= PAINT_WITHIN_MS / 1000), last_work)
        # busy: the action itself, and every tick that came later than the timer's period
        overruns = [max(0.0, (b - a) * 1000 - PROBE_MS - BUSY_SLACK_MS) for a, b in gaps if b <= shown]
        return {
            "shown_ms": (shown - start) * 1000,
            "busy_ms": (end - start) * 1000 + sum(overruns),
            # the longest gap between ticks: a stall, plus up to one timer period (the strict side)
            "stall_ms": max([(end - start) * 1000, *[(b - a) * 1000 for a, b in gaps]]),
        }


def resident_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise SystemExit(f"no {field} in /proc/self/status")


def child(data_dir: Path, word: str) -> dict:
    """One run: open, filter, type; the figures as a dict."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui.context import AppContext

    # What a returning user's app has loaded before the first click on Requests: the main
    # window, the Dashboard it opens on, and what the window loads once its first frame is
    # painted (the page's module, and the law engine on a thread). The click builds the page.
    main_window = import_module("opt_out_gui.ui.main_window")
    import_module("opt_out_gui.ui.pages.dashboard")
    import_module(main_window.IMPORTED_WHEN_IDLE)
    import_module("opt_out_gui.core.laws.registry").registry()
    _app = QApplication([])  # referenced until the run ends
    workspace = open_workspace(str(data_dir))
    ctx = AppContext(workspace, None)
    ctx.catalog  # noqa: B018 - loaded while the app starts, before any page opens
    host = QWidget()
    QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
    host.resize(*PAGE_SIZE)
    host.show()
    watch = Watch()
    watch.measure(lambda: None)  # the window's first paint happens before the page opens
    gc.collect()
    before_kib = resident_kib("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # start the peak (VmHWM) from here
        peak_field = "VmHWM"
    except OSError:
        peak_field = "VmRSS"  # no peak reset here: the size at the end is what is measured

    controls = {}

    def open_page() -> None:
        controls["page"] = open_requests_page(ctx, host)
        controls["view"], controls["choose"], controls["search"] = page_controls(controls["page"])
        watch.watch_view(controls["view"])

    result = {"open": watch.measure(open_page)}
    result["overdue"] = watch.measure(lambda: controls["choose"]("Overdue"))
    result["all"] = watch.measure(lambda: controls["choose"]("All"))
    result["keys"] = [
        watch.measure(lambda letter=letter: QTest.keyClick(controls["search"], letter)) for letter in word
    ]
    result["memory_mib"] = (resident_kib(peak_field) - before_kib) / 1024

    # The check: with Overdue chosen and no search, the page lists every overdue request.
    watch.measure(lambda: controls["search"].clear())
    watch.measure(lambda: controls["choose"]("Overdue"))
    model = controls["view"].model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = model.rowCount()
    expected = (
        sqlite3.connect(workspace.store.path).execute(OVERDUE_SQL, (date.today().isoformat(),)).fetchone()[0]
    )
    result["check"] = (
        "" if shown == expected else f"page lists {shown} overdue requests, the database {expected}"
    )
    workspace.close()
    return result


def list_columns_ms(database: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(database)
    connection.execute(LIST_COLUMNS_SQL).fetchall()
    connection.close()
    return (time.perf_counter() - start) * 1000


# ---- the parent: runs, medians, verdicts --------------------------------------------------


def report(size: int, runs: list[dict], sqlite_ms: float) -> bool:
    header(
        f"{size:,} requests ({len(runs)} runs; sqlite3 reads every row's list columns in {sqlite_ms:.0f} ms)"
    )
    problems = [r["check"] for r in runs if r["check"]]
    for problem in dict.fromkeys(problems):
        print(f"  CHECK FAILED: {problem}: the figures below are not valid")
    keys = [k for r in runs for k in r["keys"]]
    stall = max(r[step]["stall_ms"] for r in runs for step in ("open", "overdue", "all"))
    figures = [
        ("open, until the rows are painted", median([r["open"]["shown_ms"] for r in runs]), "open"),
        ("filter to Overdue, until painted", median([r["overdue"]["shown_ms"] for r in runs]), "filter"),
        ("filter back to All, until painted", median([r["all"]["shown_ms"] for r in runs]), "filter"),
        ("search keystroke, UI thread busy (p95)", p95([k["busy_ms"] for k in keys]), "keystroke"),
        ("search keystroke, result shown after (p95)", p95([k["shown_ms"] for k in keys]), None),
        ("longest stall while typing", max(k["stall_ms"] for k in keys), None),
        ("longest stall, opening and filtering", stall, "stall"),
    ]
    within = not problems
    for label, value, budget in figures:
        within &= verdict(label, f"{value:,.0f} ms", BUDGETS.get(budget or ""), value, " ms")
    memory = median([r["memory_mib"] for r in runs])
    within &= verdict("memory growth (peak)", f"{memory:,.1f} MiB", BUDGETS["memory"], memory, " MiB")
    return within


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), sys.argv[3])))
        return 0
    args = options(__doc__.split("\n\n")[0], runs=3, quick_runs=1).parse_args()
    runs = chosen_runs(args)
    env = child_environment()
    word = QUICK_WORD if args.quick else WORD
    print(f"Requests page, offscreen ({runs} runs per size; search types {word!r})")
    within = []
    for size in QUICK_SIZES if args.quick else SIZES:
        source = tracker_data_dir(size)
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = working_copy(source, Path(tmp) / "data")
            results = []
            for _ in range(runs):
                finished = run_child(
                    [sys.executable, __file__, "--child", str(data_dir), word], env, timeout=1800
                )
                if finished.timed_out:
                    raise SystemExit(f"tracker.py: a run at {size:,} requests took over 30 minutes")
                results.append(json.loads(finished.output.splitlines()[-1]))
            sqlite_ms = median([list_columns_ms(next(data_dir.glob("*.sqlite3"))) for _ in range(3)])
        within.append(report(size, results, sqlite_ms))
    print(f"\n{'all Requests page budgets hold' if all(within) else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
