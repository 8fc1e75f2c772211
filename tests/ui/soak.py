"""A long GUI session in one process, for tests/ui/test_soak.py.

Usage: QT_QPA_PLATFORM=offscreen python -m tests.ui.soak DATA_DIR [ROUNDS]

One main window; ROUNDS page switches and ROUNDS clicks on a checklist "Done" box; every
dialog opened and closed (by its button, Esc and the window's close event) again and again.
Prints one JSON line: the counts and how far the reference counts of None, True and False
moved between the end of a warm-up round and the end of the session. A PySide6 build that
drops a reference on every call makes them fall by thousands, or aborts the process with
"Fatal Python error: none_dealloc" (issue 11).
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.crash import ExceptionHook
from opt_out_gui.ui.main_window import PAGE_NAMES, MainWindow
from opt_out_gui.ui.pages.checklist import ControlCard
from opt_out_gui.ui.pages.requests import PasteReplyDialog
from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog
from tests.ui.dialogs import CLOSE_ROUTES, close_dialog, is_shown

DIALOG_EVERY = 400  # rounds between two passes over every dialog
SETTLE_EVERY = 10  # rounds between two turns of the event loop (layout, paint, deferred deletes)
WATCHED = {"None": None, "True": True, "False": False}


def reference_counts() -> dict[str, int]:
    gc.collect()
    return {name: sys.getrefcount(value) for name, value in WATCHED.items()}


class Session:
    def __init__(self, data_dir: Path, update_offer) -> None:
        self.app = QApplication.instance() or QApplication([])
        self.workspace = open_workspace(str(data_dir))
        self.workspace.profiles.save(Profile(name="Eva", email="eva@example.org", country="DE"))
        self.window = MainWindow(self.workspace)
        self.window.resize(1180, 780)
        self.window.show()
        self.ctx = self.window.ctx
        for platform in ("linkedin", "instagram", "reddit"):
            self.ctx.checklist.add_account(platform)
        tracker = TrackerService(self.workspace.store, self.ctx.catalog)
        self.draft = tracker.create(
            Draft(
                reference="2026-K3F9Q2M",
                platform="adobe",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="Adobe",
                subject="Objection",
                body="Text",
                channel="email",
            )
        )
        self.sent = tracker.create(
            Draft(
                reference="2026-K3F9Q2N",
                platform="linkedin",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="LinkedIn",
                subject="Objection",
                body="Text",
                channel="email",
            )
        )
        tracker.record(self.sent.id, "sent", date.today() - timedelta(days=3))
        self.update_offer = update_offer
        self.hook = ExceptionHook(self.workspace.log_path).install()
        self.page_switches = 0
        self.done_clicks = 0
        self.dialogs_closed = 0

    def settle(self) -> None:
        self.app.processEvents()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater() of closed dialogs

    def switch_page(self, number: int) -> None:
        name = PAGE_NAMES[number % len(PAGE_NAMES)]
        self.window.sidebar.setCurrentRow(PAGE_NAMES.index(name))
        if self.window.current_page_name() != name:
            raise AssertionError(f"the window did not switch to {name}")
        self.page_switches += 1

    def click_done(self) -> None:
        page = self.window.page("Checklist")
        if page.detail.platform is None or page.detail.platform.id != "linkedin":
            page.select_platform("linkedin")
        card = page.detail.findChildren(ControlCard)[0]
        before = card.done_box.isChecked()
        card.done_box.click()
        if card.done_box.isChecked() == before:
            raise AssertionError("the Done box did not change")
        self.done_clicks += 1

    def close_every_dialog(self) -> None:
        for route in CLOSE_ROUTES:
            checklist = self.window.show_page("Checklist")
            checklist.walk.click()
            walkthrough = checklist.walkthrough
            walkthrough.skip_button.click()
            self._close(walkthrough, route, walkthrough.close_button)
            cancel, close = QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Close
            send = SendDialog(self.ctx, self.draft.id, self.window)
            self._close(send, route, send.close_buttons.button(close))
            mark = MarkSentDialog(self.ctx, self.draft.id, self.window)
            self._close(mark, route, mark.findChild(QDialogButtonBox).button(cancel))
            paste = PasteReplyDialog(self.sent.reference, self.window)
            self._close(paste, route, paste.findChild(QDialogButtonBox).button(cancel))
            if self.update_offer is not None:
                from opt_out_gui.ui.pages.settings_catalog import UpdateDialog

                update = UpdateDialog(self.update_offer, self.window)
                self._close(update, route, update.findChild(QDialogButtonBox).button(cancel))
            try:
                raise RuntimeError("a bug in a slot")
            except RuntimeError as error:
                self.hook(type(error), error, error.__traceback__)
            crash = self.hook.dialog
            self._close(crash, route, crash.button(QMessageBox.StandardButton.Close))

    def _close(self, dialog, route: str, button) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not dialog.isVisible():
            dialog.open()
        close_dialog(dialog, route, button)
        self.settle()
        if is_shown(dialog):
            raise AssertionError(f"{type(dialog).__name__} stayed open after {route}")
        if QApplication.activeModalWidget() is not None:
            raise AssertionError(f"a modal window is left after closing {type(dialog).__name__}")
        self.dialogs_closed += 1

    def round(self, number: int) -> None:
        self.switch_page(number)
        self.click_done()
        if number % DIALOG_EVERY == 0:
            self.close_every_dialog()
        if number % SETTLE_EVERY == 0:
            self.settle()


def update_offer(folder: Path):
    """A real signed catalogue update, served from 127.0.0.1, for the update dialog."""
    from opt_out_gui.core import updates
    from tests.catalog_helpers import LocalServer, built_bundle, new_private_key, newer_version, serve

    key, key_path = new_private_key(folder)
    with LocalServer() as server:
        url = serve(server, "/c.zip", *built_bundle(folder, key_path, newer_version()))
        scratch = folder / "update-check"
        scratch.mkdir()
        return updates.check_for_update(url, scratch, public_key=key.public_key())


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1])
    rounds = int(argv[2]) if len(argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as scratch:
        offer = update_offer(Path(scratch))
    session = Session(data_dir, offer)
    for number in range(len(PAGE_NAMES)):  # warm-up: every page, dialog and cache once
        session.round(number)
    session.close_every_dialog()
    session.settle()
    warm = dict(page_switches=session.page_switches, done_clicks=session.done_clicks)
    before = reference_counts()
    for number in range(1, rounds + 1):
        session.round(number)
    after = reference_counts()
    print(
        json.dumps(
            {
                "page_switches": session.page_switches - warm["page_switches"],
                "done_clicks": session.done_clicks - warm["done_clicks"],
                "dialogs_closed": session.dialogs_closed,
                "drift": {name: after[name] - before[name] for name in WATCHED},
                "window_visible": session.window.isVisible(),
            }
        )
    )
    session.window.close()
    session.workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
