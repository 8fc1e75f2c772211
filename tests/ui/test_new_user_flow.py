"""Issue 17, "Done when": a new user's whole way through the app, through the widgets a user
clicks, without a dead end: no profile at first, tick LinkedIn, the walk-through, an objection
saved as a request, marked sent, a refusing reply pasted, and a complaint letter.

Each step asserts what the user sees (the page, its texts, the status, the next step), so a
step that leads nowhere fails the test. Each step's window is saved as a PNG at 1024x700, into
the folder OPT_OUT_SHOTS names (to look at them), else into the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from opt_out_gui.ui.guided import WalkthroughDialog
from opt_out_gui.ui.main_window import PAGE_NAMES
from opt_out_gui.ui.pages.checklist import PLATFORM_ROLE
from opt_out_gui.ui.pages.requests import PasteReplyDialog, ReplyOutcomeDialog
from opt_out_gui.ui.send_dialog import MarkSentDialog
from opt_out_gui.wording.checklist import done_outcome, progress_text
from tests.ui.dialogs import answer_dialog, is_shown, offscreen_dialog

REFUSAL = "We cannot identify you as the data subject. We therefore cannot act on your objection."
BERLIN_AUTHORITY = "Berliner Beauftragte für Datenschutz und Informationsfreiheit"


def shown_text(widget: QWidget) -> str:
    """The text of the labels a user can see in `widget`."""
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def click(widget: QWidget) -> None:
    """A mouse click on a button the user can see and use."""
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_ok(dialog: QDialog, text: str) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == text
    click(ok)


def open_page(window, name: str) -> QWidget:
    """A click on the page's entry in the sidebar."""
    sidebar = window.sidebar
    row = sidebar.visualItemRect(sidebar.item(PAGE_NAMES.index(name)))
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert window.current_page_name() == name
    return window.stack.currentWidget()


def tick(checklist, platform_name: str) -> None:
    """Search for the platform, then click the check box of its row."""
    QTest.keyClicks(checklist.search, platform_name)
    rows = (checklist.filter.index(row, 0) for row in range(checklist.filter.rowCount()))
    [index] = [row for row in rows if row.data() == platform_name]
    view = checklist.list
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert index.data(PLATFORM_ROLE) in checklist.ctx.checklist.platforms_in_use()


def choose(combo, data) -> None:
    """Choose an entry of a combo box, as picking it from its list does."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what Qt says when the user picks from the list


class Shots:
    """Numbered screenshots of the steps."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.taken = 0

    def take(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()  # widgets shown by the last click are laid out
        self.taken += 1
        assert widget.grab().save(str(self.folder / f"{self.taken:02d}-{name}.png"))


def open_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@offscreen_dialog
def test_a_new_user_gets_from_first_start_to_a_complaint(qtbot, workspace, open_window, tmp_path):
    shots = Shots(Path(os.environ.get("OPT_OUT_SHOTS") or tmp_path / "shots"))
    failures: list[str] = []  # dialogs that did not appear or stayed open
    window = open_window(workspace)
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    ctx = window.ctx

    # 1. First start: the welcome page; the user skips the profile.
    welcome = window.stack.currentWidget()
    assert "Welcome to Opt-Out Assistant" in shown_text(welcome) and not window.sidebar.isEnabled()
    shots.take(window, "welcome")
    click(welcome.skip)
    assert window.current_page_name() == "Dashboard" and window.sidebar.isEnabled()
    assert not workspace.profiles.exists()

    # 2. The Checklist: tick LinkedIn; its controls are shown, none done yet.
    checklist = open_page(window, "Checklist")
    assert checklist.progress_label.text() == "No platforms picked yet"
    tick(checklist, "LinkedIn")
    assert ctx.checklist.platforms_in_use() == ["linkedin"]
    qtbot.wait(5)  # the detail pane's new widgets are shown on the next event-loop turn
    controls = ctx.checklist.overview(ctx.region).total
    assert controls > 0 and checklist.progress_label.text() == progress_text(0, controls)
    detail = shown_text(checklist.detail)
    assert "LinkedIn" in detail and progress_text(0, controls) in detail
    shots.take(window, "checklist-linkedin")

    # 3. The walk-through: each of LinkedIn's controls done, to the summary; then closed.
    click(checklist.walk)
    walkthrough = checklist.walkthrough
    assert isinstance(walkthrough, WalkthroughDialog) and walkthrough.isVisible()
    assert walkthrough.position.text() == f"Step 1 of {controls} · LinkedIn"
    shots.take(walkthrough, "walkthrough-step")
    while walkthrough.current is not None:
        assert walkthrough.current.item is not None  # LinkedIn has a control: no letter step
        click(walkthrough.done_button)
    assert walkthrough.position.text() == "All done for now"
    summary = shown_text(walkthrough.content.widget())
    assert progress_text(controls, controls) in summary and "Done just now" in summary
    for step in walkthrough.steps:
        assert f"{done_outcome(step.item.control.kind)}: LinkedIn, {step.item.control.title}" in summary
    shots.take(walkthrough, "walkthrough-summary")
    click(walkthrough.close_button)
    qtbot.waitUntil(lambda: not is_shown(walkthrough))
    assert checklist.progress_label.text() == progress_text(controls, controls)

    # 4. Letters: without a profile, it asks for a name and a country and leads to the profile.
    letters = open_page(window, "Letters")
    assert letters.empty_state.isVisible() and not letters.composer.isVisible()
    assert "Add your name and your country to your profile" in letters.empty_text.text()
    shots.take(window, "letters-without-profile")
    click(letters.profile_button)
    assert window.current_page_name() == "Settings"
    settings = window.page("Settings")
    assert settings.currentWidget() is settings.profile
    form = settings.profile.form
    QTest.keyClicks(form.name, "Eva Schmidt")
    choose(form.country, "DE")
    assert form.language.currentData() == "de"  # the letter language follows the country...
    choose(form.language, "en")  # ...until the user picks another
    shots.take(window, "profile")
    click(settings.profile.save)
    assert settings.profile.status.text() == "Saved."
    assert (workspace.profiles.load().name, workspace.profiles.load().country) == ("Eva Schmidt", "DE")

    # Back on Letters: a letter to LinkedIn under the GDPR; the user chooses the objection.
    letters = open_page(window, "Letters")
    assert letters.composer.isVisible() and not letters.empty_state.isVisible()
    assert letters.platform.currentData() == "linkedin"  # the platform the user ticked
    assert letters.law.currentData() == "gdpr"
    assert letters.law_note.text() == "The law where you live, from your profile."
    choose(letters.request_type, "gdpr-objection-ai")
    assert letters.request_type.currentText() == "Objection to AI training"
    assert letters.subject.text().startswith("Objection under Article 21 GDPR")
    assert letters.recipient.text().startswith("To LinkedIn Ireland Unlimited Company")
    assert "Eva Schmidt" in letters.preview.toPlainText()
    shots.take(window, "letters-objection")
    click(letters.track_button)
    assert letters.status.text().startswith("Saved as request 1 (")
    assert not letters.track_button.isEnabled()  # saved once
    reference = letters.letter.reference
    assert ctx.tracker.find(reference).status == "draft"
    shots.take(window, "letters-saved")

    # 5. Requests: the draft, with "I sent it" as the next step.
    requests = open_page(window, "Requests")
    assert requests.title.text() == f"LinkedIn: Objection to AI training ({reference})"
    assert requests.facts.text().startswith("Status: Draft")
    assert requests.next_step.text().startswith("Next step: Send the letter")
    shots.take(window, "requests-draft")

    def mark_sent(dialog):
        assert reference in dialog.windowTitle()
        shots.take(dialog, "mark-sent")
        click_ok(dialog, "Mark sent")

    answer_dialog(MarkSentDialog, mark_sent, failures)
    click(requests.mark_sent_button)
    assert ctx.tracker.find(reference).status == "sent"
    assert requests.facts.text().startswith("Status: Sent")
    assert requests.next_step.text().startswith("Next step: Waiting for the reply")
    assert not requests.mark_sent_button.isVisible() and requests.add_reply.isVisible()
    shots.take(window, "requests-sent")

    # 6. The reply, pasted with its headers; the guess (refused: no match) is confirmed.
    pasted = f"From: LinkedIn Privacy <privacy@example.com>\nSubject: Re: {reference}\n\n{REFUSAL}\n"

    def paste(dialog):
        assert reference in dialog.windowTitle() and not dialog.add_button.isEnabled()
        dialog.text.setPlainText(pasted)
        shots.take(dialog, "paste-reply")
        click(dialog.add_button)

    def confirm_the_guess(dialog):
        assert (dialog.outcome.currentData(), dialog.reason.currentData()) == ("refused", "no_match")
        assert dialog.reason.isVisible()
        assert dialog.hint.text() == "Suggested from the reply's text: check it before you record it."
        shots.take(dialog, "reply-outcome")
        click_ok(dialog, "Record")

    answer_dialog(PasteReplyDialog, paste, failures)
    answer_dialog(ReplyOutcomeDialog, confirm_the_guess, failures)
    [from_file, paste_text] = requests.add_reply.menu().actions()
    assert paste_text.text() == "Paste the text…"
    paste_text.trigger()  # what choosing it in the Add reply… menu does
    stored = ctx.tracker.find(reference)
    assert (stored.status, stored.refusal_reason) == ("refused", "no_match")
    assert requests.facts.text().startswith("Status: Refused (No match)")
    step = requests.next_step.text()
    assert step.startswith("Next step: Refused (No match): if you disagree, file a complaint")
    assert requests.write_letter.text() == "Write complaint"
    timeline = [requests.timeline.item(row).text() for row in range(requests.timeline.count())]
    assert [line.split("  ", 1)[1].split(":")[0] for line in timeline] == [
        "Saved as draft",
        "Sent",
        "Reply received",
        "Refused",
    ]
    reply_line = timeline[2]
    assert reply_line.count("Reply received") == 1 and " — " in reply_line  # who wrote — the subject
    shots.take(window, "requests-refused")

    # 7. The complaint. A German user's complaint goes to the authority of the Land, which the
    # profile does not have yet: the next step says so, and so does the Letters page.
    assert "set your Land in your profile" in step
    click(requests.write_letter)
    assert window.current_page_name() == "Letters"
    assert letters.request_type.currentData() == "gdpr-complaint"
    assert letters.earlier_reference.text() == reference  # the complaint is about this request
    assert letters.error.isVisible() and "set your Land in your profile" in letters.error.text()
    assert letters.letter is None and not letters.track_button.isEnabled()
    assert "once the problem below is solved" in letters.preview.placeholderText()
    shots.take(window, "complaint-needs-land")

    # The error offers the way to the profile, where the Land is chosen.
    assert letters.problem_profile_button.isVisible()
    click(letters.problem_profile_button)
    assert window.current_page_name() == "Settings"
    settings = window.page("Settings")
    assert settings.currentWidget() is settings.profile
    assert form.state.isVisible()
    choose(form.state, "BE")
    click(settings.profile.save)
    assert workspace.profiles.load().state == "BE"

    # Back on Letters, the complaint the user asked for, now to the Berlin authority.
    letters = open_page(window, "Letters")
    assert letters.request_type.currentData() == "gdpr-complaint"
    assert not letters.error.isVisible() and letters.letter is not None
    assert letters.recipient.text().startswith(f"To {BERLIN_AUTHORITY}")
    assert letters.subject.text().startswith(
        "Complaint under Article 77 GDPR against LinkedIn Ireland Unlimited Company (LinkedIn)"
    )
    body = letters.preview.toPlainText()
    assert f"under the reference {reference}" in body and "Eva Schmidt" in body
    # It states the refusal the user recorded, not a missing answer, and the authority owes no
    # answer by the controller's deadline.
    assert "LinkedIn Ireland Unlimited Company refused my request." in body
    assert "no complete answer" not in body and "answer due" not in letters.recipient.text()
    assert letters.track_button.isEnabled()
    shots.take(window, "complaint")

    # Requests names both authorities a complaint can go to.
    requests = open_page(window, "Requests")
    step = requests.next_step.text()
    assert f"file a complaint with the authority where you live ({BERLIN_AUTHORITY})" in step
    assert "or with the lead authority (Irish Data Protection Commission)" in step
    shots.take(window, "requests-complaint-route")

    assert failures == [] and open_dialogs() == []
