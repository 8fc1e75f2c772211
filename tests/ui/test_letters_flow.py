"""The Letters page as a new user meets it (issue 17): no profile yet, the law first, the
platforms the user ticked, a readable suggestion, and a status line that belongs to one letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from opt_out_gui.core import laws
from opt_out_gui.core.profile import Profile
from opt_out_gui.ui.pages.letters import DESCRIPTION_ROLE
from opt_out_gui.wording.labels import labels_of

CALIFORNIAN = Profile(
    name="Maria Schmidt",
    email="maria@example.org",
    address="1 Main St\nSan Francisco, CA 94103",
    country="US",
    state="CA",
)
DUTCH = Profile(name="Jan de Vries", email="jan@example.nl", address="Damrak 1\nAmsterdam", country="NL")


def letters_page(open_window, workspace, profile=None, ticked=()):
    if profile is not None:
        workspace.profiles.save(profile)
    workspace.store.set_settings({"welcome_done": "1"})
    window = open_window(workspace)
    for platform_id in ticked:
        window.ctx.checklist.add_account(platform_id)
    return window, window.show_page("Letters")


def type_list(page) -> list[tuple[str, str | None]]:
    """The request list as shown: (text, type id), a group heading with no id."""
    model = page.request_type.model()
    return [
        (model.item(row).text(), model.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(model.rowCount())
    ]


def output_buttons(page):
    return (*page.save_buttons.values(), page.copy_button, page.track_button)


def test_without_a_profile_the_page_asks_for_name_and_country_and_offers_no_output(
    workspace, open_window, qtbot
):
    window, page = letters_page(open_window, workspace)
    assert page.empty_state.isVisibleTo(page) and not page.composer.isVisibleTo(page)
    assert "your name and your country" in page.empty_text.text()
    assert not any(button.isVisibleTo(page) for button in output_buttons(page))
    assert page.letter is None  # no letter to a default platform under a default law

    page.profile_button.click()
    assert window.current_page_name() == "Settings"
    settings = window.page("Settings")
    assert settings.currentWidget() is settings.profile

    window.ctx.save_profile(DUTCH)  # from Settings > Profile: the page follows
    window.show_page("Letters")
    assert page.composer.isVisibleTo(page) and not page.empty_state.isVisibleTo(page)


def test_a_name_alone_is_not_enough(workspace, open_window):
    _window, page = letters_page(open_window, workspace, Profile(name="Bo"))
    assert page.empty_state.isVisibleTo(page)
    assert "Add your country to your profile" in page.empty_text.text()


def test_the_law_comes_first_and_its_types_are_grouped_with_what_each_does(workspace, open_window):
    _window, page = letters_page(open_window, workspace, CALIFORNIAN, ["linkedin"])
    assert page.law.currentData() == "ccpa" and page.law.itemData(0) == "ccpa"  # the user's law first
    assert "where you live" in page.law_note.text()
    shown = type_list(page)
    ccpa_types = [t.id for t in laws.request_types("ccpa")]
    assert {type_id for _, type_id in shown if type_id} == set(ccpa_types)  # nothing of another law
    headings = [text for text, type_id in shown if type_id is None]
    groups = labels_of("request_group")
    assert headings == [groups["right"], groups["follow_up"], groups["complaint"]]
    assert shown.index((groups["complaint"], None)) == len(shown) - 2  # the CPPA complaint comes last
    model = page.request_type.model()
    for row in range(model.rowCount()):
        item = model.item(row)
        type_id = item.data(Qt.ItemDataRole.UserRole)
        if type_id:
            assert item.data(DESCRIPTION_ROLE) == laws.get_request_type(type_id).description
        else:
            assert not item.isSelectable()  # a heading is not a choice
    # The chosen type says what it does; the suggestion says why it fits LinkedIn.
    assert page.request_type.currentData() == "ccpa-opt-out"
    assert page.type_description.text() == laws.get_request_type("ccpa-opt-out").description
    assert page.reason.text().startswith("Suggested: ") and "LinkedIn" in page.reason.text()

    page.law.setCurrentIndex(page.law.findData("gdpr"))
    assert {type_id for _, type_id in type_list(page) if type_id} >= {"gdpr-objection-ai", "gdpr-complaint"}
    assert not any(type_id.startswith("ccpa") for _, type_id in type_list(page) if type_id)
    assert "the CCPA applies" in page.law_note.text()
    assert not page.reason_box.isVisibleTo(page)  # the chooser suggests under the user's own law only
    assert page.letter is not None and page.letter.law_id == "gdpr"


def test_the_default_platform_is_one_the_user_ticked(workspace, open_window):
    _window, page = letters_page(open_window, workspace, DUTCH, ["reddit"])
    assert page.platform.currentData() == "reddit"  # not "adobe", the first in the alphabet
    assert page.platform.itemData(0) == "reddit"  # the user's platforms come first
    assert page.letter is not None and page.letter.platform_id == "reddit"


def test_with_no_platform_ticked_none_is_chosen_and_no_letter_is_written(workspace, open_window):
    window, page = letters_page(open_window, workspace, DUTCH)
    assert page.platform.currentIndex() == -1 and page.letter is None
    assert page.preview.toPlainText() == "" and page.preview.placeholderText()
    assert not any(button.isEnabled() for button in output_buttons(page))
    window.ctx.checklist.add_account("linkedin")  # ticked in the Checklist: now the default
    page.refresh()
    assert page.platform.currentData() == "linkedin" and page.letter is not None


def test_a_letter_from_the_checklist_is_for_that_platform(workspace, open_window, qtbot):
    window, _page = letters_page(open_window, workspace, DUTCH, ["linkedin"])
    checklist = window.show_page("Checklist")
    checklist.select_platform("reddit")
    qtbot.wait(5)
    button = next(
        b for b in checklist.detail.findChildren(type(checklist.walk)) if b.text() == "Write a letter…"
    )
    button.click()
    assert window.current_page_name() == "Letters"
    page = window.page("Letters")
    assert page.platform.currentData() == "reddit" and page.letter.platform_id == "reddit"


def test_the_status_line_belongs_to_one_letter(workspace, open_window):
    _window, page = letters_page(open_window, workspace, DUTCH, ["linkedin", "reddit"])
    for switch in (
        lambda: page.platform.setCurrentIndex(page.platform.findData("reddit")),
        lambda: page.request_type.setCurrentIndex(page.request_type.findData("gdpr-erasure")),
        lambda: page.law.setCurrentIndex(page.law.findData("uk-gdpr")),
        lambda: page.compose_for("linkedin", "gdpr-restriction"),
    ):
        before = page.letter.reference
        request = page.save_as_request()
        assert request is not None and f"Saved as request {request.id}" in page.status.text()
        switch()
        assert page.letter.reference != before  # another letter
        assert page.status.text() == "", "a message about the last letter stays on another"
        assert page.track_button.isEnabled()  # the new letter can be saved too


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("form_width", [320, 420])
def test_the_suggestion_is_readable_and_never_clipped(workspace, open_window, qtbot, form_width):
    window, page = letters_page(open_window, workspace, CALIFORNIAN, ["linkedin"])
    splitter = page.composer
    splitter.setSizes([form_width, splitter.width() - form_width])
    qtbot.wait(20)
    label = page.reason
    assert label.isVisibleTo(page) and label.text().startswith("Suggested: ")
    assert label.styleSheet() == "" and label.textFormat() == Qt.TextFormat.PlainText
    text_colour = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
    background = page.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    assert contrast(text_colour, background) >= 4.5
    for wrapped in (label, page.type_description, page.law_note):
        if wrapped.isVisibleTo(page):
            assert wrapped.height() >= wrapped.heightForWidth(wrapped.width()), wrapped.text()[:40]
    assert window.grab().save(str(workspace.data_dir / f"letters-{form_width}.png"))


def test_a_user_without_a_known_law_chooses_one(workspace, open_window):
    _window, page = letters_page(open_window, workspace, Profile(name="Aiko", country="JP"), ["linkedin"])
    assert page.law.currentIndex() == -1 and page.letter is None
    assert "no privacy law for Japan" in page.law_note.text()
    assert not page.request_type.isEnabled()
    page.law.setCurrentIndex(page.law.findData("gdpr"))
    assert page.request_type.isEnabled() and page.letter is not None
    assert "helps only if that law covers you" in page.law_note.text()


def test_a_profile_that_moves_resets_the_law(workspace, open_window):
    window, page = letters_page(open_window, workspace, DUTCH, ["linkedin"])
    page.law.setCurrentIndex(page.law.findData("fadp"))
    page.refresh()
    assert page.law.currentData() == "fadp"  # the user's own choice stays while the profile does
    window.ctx.save_profile(CALIFORNIAN)
    window.show_page("Letters")
    assert page.law.currentData() == "ccpa"


def test_coming_back_to_the_page_keeps_the_saved_letter_and_its_message(workspace, open_window):
    window, page = letters_page(open_window, workspace, DUTCH, ["linkedin"])
    request = page.save_as_request()
    window.show_page("Requests")
    window.show_page("Letters")  # refreshed on the way back: still the same letter
    assert page.letter.reference == request.reference
    assert f"Saved as request {request.id}" in page.status.text()
    assert not page.track_button.isEnabled()  # not saved twice under two references


def test_a_letter_asked_for_without_a_profile_waits_for_it(workspace, open_window):
    """The walk-through's or the Checklist's "Write a letter" before the profile is filled in."""
    window, _page = letters_page(open_window, workspace, ticked=["linkedin"])
    window.ctx.compose_letter_requested.emit("reddit", "", 0)
    page = window.page("Letters")
    assert window.current_page_name() == "Letters" and page.empty_state.isVisibleTo(page)
    window.ctx.save_profile(DUTCH)
    assert page.composer.isVisibleTo(page)
    assert page.platform.currentData() == "reddit" and page.letter.platform_id == "reddit"


def test_the_chosen_request_stays_when_the_user_comes_back(workspace, open_window):
    """Another page, or a profile saved there (a German user's Land for a complaint), does not
    swap the request the user chose for the suggested one."""
    window, page = letters_page(open_window, workspace, DUTCH, ["linkedin"])
    assert page.request_type.currentData() == "gdpr-objection-ai"  # the suggestion
    page.request_type.setCurrentIndex(page.request_type.findData("gdpr-erasure"))
    reference = page.letter.reference
    window.show_page("Requests")
    window.show_page("Letters")
    assert page.request_type.currentData() == "gdpr-erasure" and page.letter.reference == reference
    window.ctx.save_profile(Profile(name="Eva Schmidt", country="DE", state="BE"))  # the same law
    window.show_page("Letters")
    assert page.request_type.currentData() == "gdpr-erasure"
    window.ctx.save_profile(CALIFORNIAN)  # another law: its own suggestion
    window.show_page("Letters")
    assert page.request_type.currentData() == "ccpa-opt-out"
