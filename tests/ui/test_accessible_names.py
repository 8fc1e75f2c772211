"""Issue 16, screen readers: every interactive widget on every page and dialog has a name.

A widget is named by its accessible name, its own text (a button's), or a label that is its
buddy (a form row's label): what a screen reader announces. Scroll bars of scroll areas and
the line edit inside a spin box belong to their owner, which is checked instead.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft
from opt_out_gui.ui.about import AboutDialog
from opt_out_gui.ui.guided import WalkthroughDialog
from opt_out_gui.ui.main_window import PAGE_NAMES
from opt_out_gui.ui.pages.requests import PasteReplyDialog, ReplyOutcomeDialog
from opt_out_gui.ui.pages.settings import LAZY_TABS
from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog
from tests.ui.dialogs import offscreen_dialog

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)


def is_part_of_another(widget: QWidget) -> bool:
    """A spin box's own line edit, a combo box's list: the owner is checked instead."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    return buddies.get(id(widget), "")


def unnamed_widgets(window: QWidget) -> list[str]:
    """Every interactive widget shown in `window` without a name, described for the failure."""
    shown = [w for w in QApplication.allWidgets() if w is window or window.isAncestorOf(w)]
    shown = [w for w in shown if w.isVisibleTo(window) or w is window]
    buddies = {
        id(label.buddy()): label.text().replace("&", "").strip()
        for label in shown
        if isinstance(label, QLabel) and label.buddy() is not None and label.text().strip()
    }
    missing = []
    for widget in shown:
        # A scroll bar scrolls the view it belongs to, which is checked.
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if is_part_of_another(widget):
            continue
        if not name_of(widget, buddies).strip():
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__} ({hint!r})")
    return missing


@pytest.fixture
def window(qtbot, workspace, open_window):
    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    window = open_window(workspace)
    window.ctx.checklist.set_in_use("linkedin", True)
    sent = window.ctx.tracker.create(
        Draft(
            reference="2026-K3F9Q2M",
            platform="linkedin",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="LinkedIn Ireland Unlimited Company",
            subject="Objection",
            body="Letter",
        )
    )
    window.ctx.tracker.record(sent.id, "sent", date.today() - timedelta(days=3), channel="email")
    return window


def test_every_page_names_every_interactive_widget(qtbot, window):
    missing = {}
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if name == "Checklist":
            page.select_platform("linkedin")
        if name == "Settings":
            for title, _module, _class in LAZY_TABS:
                page.setCurrentWidget(page.tab(title))
                qtbot.wait(1)
                missing[f"Settings > {title}"] = unnamed_widgets(window)
            page.setCurrentIndex(0)
        qtbot.wait(1)  # widgets added to a shown page appear on the next turn
        missing[name] = unnamed_widgets(window)
    assert not any(missing.values()), "\n".join(
        f"{page}: {found}" for page, found in missing.items() if found
    )


@offscreen_dialog
def test_every_dialog_names_every_interactive_widget(qtbot, window):
    ctx = window.ctx
    request = ctx.tracker.all()[0]
    draft = ctx.tracker.create(
        Draft(
            reference="2026-K3F9Q2N",
            platform="linkedin",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="LinkedIn Ireland Unlimited Company",
            subject="Objection",
            body="Letter",
        )
    )
    dialogs: list[QDialog] = [
        AboutDialog(ctx, window),
        WalkthroughDialog(ctx, window),
        SendDialog(ctx, draft.id, window),
        MarkSentDialog(ctx, draft.id, window),
        PasteReplyDialog(request.reference, window),
        ReplyOutcomeDialog(request.reference, ("fulfilled", "refused", "needs_info"), None, window),
    ]
    missing = {}
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(1)
        missing[type(dialog).__name__] = unnamed_widgets(dialog)
        dialog.reject()
    assert not any(missing.values()), "\n".join(
        f"{name}: {found}" for name, found in missing.items() if found
    )


@offscreen_dialog
def test_the_crash_dialog_and_the_update_offer_name_every_interactive_widget(qtbot, window, tmp_path):
    """The crash dialog with its details shown (Qt's details box has no name of its own), and
    the dialog offering a real signed catalogue update."""
    from opt_out_gui.ui.crash import CrashDialog
    from opt_out_gui.ui.pages.settings_catalog import UpdateDialog
    from tests.ui.soak import update_offer

    crash = CrashDialog(None, window)
    crash.add_error(RuntimeError("something broke"))
    offered = UpdateDialog(update_offer(tmp_path), window)
    missing = {}
    for dialog in (crash, offered):
        dialog.show()
        qtbot.wait(1)
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "").startswith("Show Details"):
                button.click()
        qtbot.wait(1)
        missing[type(dialog).__name__] = unnamed_widgets(dialog)
        if dialog is crash:
            assert crash.findChild(QTextEdit).isVisible()  # the details are shown, hence checked
        dialog.close()  # the crash dialog deletes itself on closing
    assert not any(missing.values()), "\n".join(
        f"{name}: {found}" for name, found in missing.items() if found
    )


@offscreen_dialog
def test_the_check_finds_an_unnamed_field(qtbot):
    """The walk above would pass on anything if it missed widgets: here one is unnamed."""
    from PySide6.QtWidgets import QFormLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("Na&me", QLineEdit())
    unnamed = QLineEdit()
    unnamed.setPlaceholderText("no label")
    form.addRow(unnamed)
    dialog.show()
    assert unnamed_widgets(dialog) == ["QLineEdit in QDialog ('no label')"]


def test_the_welcome_page_names_every_interactive_widget(qtbot, workspace, open_window):
    window = open_window(workspace)  # no profile yet: the welcome page
    assert window.current_page_name() is None
    assert unnamed_widgets(window) == []
