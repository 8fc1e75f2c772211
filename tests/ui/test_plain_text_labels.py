"""Text from the user's data, backups, replies and the catalogue is shown as text, never as HTML.

Every value that reaches the screen holds markup here (a platform named <img src=...>, a
reply subject, notes, a profile name); every label of every page and of the request
dialogs must show it literally: either as a PlainText label or escaped.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.checklist import ChecklistService
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.ui.main_window import PAGE_NAMES

MARK = "<img src=x>"


@pytest.fixture
def hostile_catalog(tmp_path):
    folder = tmp_path / "platforms"
    shutil.copytree(shipped_catalog_dir(), folder)
    adobe = folder / "adobe.toml"
    text = adobe.read_text(encoding="utf-8")
    text = text.replace('name = "Adobe (Creative Cloud)"', f'name = "{MARK}Adobe"', 1)
    text = text.replace('title = "', f'title = "{MARK}', 1)
    adobe.write_text(text, encoding="utf-8")
    catalog = load_catalog(folder)
    assert catalog.get("adobe").name == f"{MARK}Adobe", catalog.problems
    return folder


@pytest.fixture
def hostile_data(workspace, hostile_catalog, tmp_path):
    workspace.profiles.save(
        Profile(name=f"{MARK}Jan", email="jan@example.nl", address=f"{MARK} Street 1", country="NL")
    )
    catalog = load_catalog(hostile_catalog)
    checklist = ChecklistService(workspace.store, catalog)
    control = catalog.get("adobe").training_controls_for("eu")[0].id
    checklist.mark("adobe", control, "done", f"{MARK}acct", date.today() - timedelta(days=400))
    checklist.set_note("adobe", control, f"{MARK} my note", f"{MARK}acct")
    tracker = TrackerService(workspace.store, catalog)
    request = tracker.create(
        Draft(
            reference="2026-AAAAAAA",
            platform="adobe",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient=f"{MARK} Adobe\nprivacy@example.org",
            subject=f"{MARK} Objection",
            body=f"Dear Sir or Madam,\n{MARK}\n",
            account=f"{MARK}acct",
            channel="email",
        )
    )
    tracker.record(request.id, "sent", date.today() - timedelta(days=60), note=f"{MARK} sent")
    evidence = tmp_path / f"{MARK}.pdf"
    evidence.write_bytes(b"%PDF")
    tracker.record(
        request.id,
        "reply_received",
        date.today() - timedelta(days=50),
        note=f"{MARK} reply",
        attachments=[evidence],
    )
    tracker.create(
        Draft(
            reference="2026-BBBBBBB",
            platform="adobe",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="privacy@example.org",
            subject=f"{MARK} draft",
            body="Text\n",
            channel="email",
        )
    )
    return request


def markup_labels(widget) -> list[str]:
    """Labels that would render the markup in the data as HTML."""
    found = []
    for label in widget.findChildren(QLabel):
        if MARK in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(
                f"{type(label.window()).__name__} > {label.objectName() or '?'}: {label.text()[:80]!r}"
            )
    return found


def test_no_label_renders_data_as_html(qtbot, workspace, hostile_data, hostile_catalog, open_window):
    window = open_window(workspace, catalog_dir=hostile_catalog)
    offenders, shown = [], 0
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if name == "Requests":
            for request_id in (hostile_data.id, hostile_data.id + 1):
                page.select_request(request_id)
                offenders += markup_labels(window)
                shown += sum(MARK in label.text() for label in window.findChildren(QLabel))
        if name == "Checklist":
            page.select_platform("adobe")
        if name == "Letters":
            page.compose_for("adobe", "gdpr-objection-ai")
        offenders += markup_labels(window)
        shown += sum(
            MARK in label.text() or "&lt;img" in label.text() for label in window.findChildren(QLabel)
        )
    assert shown > 10, "the hostile values should be on screen"
    assert sorted(set(offenders)) == [], "\n".join(sorted(set(offenders)))


def test_no_dialog_label_renders_data_as_html(qtbot, workspace, hostile_data, hostile_catalog, open_window):
    from opt_out_gui.ui.guided import WalkthroughDialog
    from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog

    window = open_window(workspace, catalog_dir=hostile_catalog)
    offenders, shown = [], 0
    for make in (
        lambda: SendDialog(window.ctx, hostile_data.id + 1),
        lambda: MarkSentDialog(window.ctx, hostile_data.id + 1),
        lambda: WalkthroughDialog(window.ctx, window),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        offenders += markup_labels(dialog)
        shown += sum(MARK in label.text() for label in dialog.findChildren(QLabel))
        if isinstance(dialog, WalkthroughDialog):
            while dialog.current is not None:
                dialog.skip_button.click()
                offenders += markup_labels(dialog)
                shown += sum(MARK in label.text() for label in dialog.findChildren(QLabel))
        # (never shown, so nothing to close: qtbot deletes it)
    assert shown >= 2, "the hostile values should be on screen"
    assert sorted(set(offenders)) == [], "\n".join(sorted(set(offenders)))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_messages_quoting_user_input_are_shown_literally(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from opt_out_gui.core.errors import UserError
    from opt_out_gui.ui.crash import ExceptionHook

    error = UserError(f"account '{MARK}' is not known")
    ExceptionHook(None)(UserError, error, None)
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert box.text() == f"account '{MARK}' is not known" and box.textFormat() == Qt.TextFormat.PlainText
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())
