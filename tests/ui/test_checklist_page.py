from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from opt_out_gui.core.checklist import DONE
from opt_out_gui.core.profile import Profile
from opt_out_gui.ui.guided import WalkthroughDialog
from opt_out_gui.ui.pages.checklist import PLATFORM_ROLE, ControlCard
from opt_out_gui.wording.labels import region_name
from tests.ui.dialogs import nothing_opens_links


@pytest.fixture
def window(workspace, open_window):
    workspace.profiles.save(Profile(name="Eva", country="DE"))
    return open_window(workspace)


def visible_platforms(page):
    return [page.filter.index(r, 0).data(PLATFORM_ROLE) for r in range(page.filter.rowCount())]


def tick(page, platform_id):
    for row in range(page.model.rowCount()):
        item = page.model.item(row)
        if item.data(PLATFORM_ROLE) == platform_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(platform_id)


def test_search_and_category_filter_the_list(window):
    page = window.show_page("Checklist")
    assert len(visible_platforms(page)) == len(window.ctx.catalog.platforms)
    page.search.setText("linked")
    assert visible_platforms(page) == ["linkedin"]
    page.search.setText("meta")  # company name matches too
    assert {"facebook", "instagram"} <= set(visible_platforms(page))
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("ai-assistant"))
    shown = visible_platforms(page)
    assert shown and all(window.ctx.catalog.get(p).category == "ai-assistant" for p in shown)


def test_ticking_a_platform_adds_it_and_marking_done_updates_progress(window, qtbot):
    page = window.show_page("Checklist")
    tick(page, "linkedin")
    assert window.ctx.checklist.platforms_in_use() == ["linkedin"]
    total = len(window.ctx.catalog.get("linkedin").training_controls_for("eu"))
    assert page.progress_label.text() == f"0 of {total} controls done"
    page.select_platform("linkedin")
    qtbot.wait(5)  # widgets added to a visible page are shown on the next event-loop turn
    cards = [c for c in page.detail.findChildren(ControlCard) if c.isVisibleTo(page.detail)]
    assert len(cards) == total
    cards[0].done_box.setChecked(True)
    assert page.progress_label.text() == f"1 of {total} controls done"
    overview = window.ctx.checklist.overview("eu")
    assert overview.accounts[0].items[0].status == DONE


def test_only_the_ones_i_use_filter(window):
    page = window.show_page("Checklist")
    tick(page, "reddit")
    page.category.setCurrentIndex(page.category.findData("in-use"))
    assert visible_platforms(page) == ["reddit"]


def test_platform_without_a_control_offers_a_letter(window, qtbot):
    page = window.show_page("Checklist")
    tick(page, "reddit")
    page.select_platform("reddit")
    qtbot.wait(5)
    texts = " ".join(
        label.text() for label in page.detail.findChildren(QLabel) if label.isVisibleTo(page.detail)
    )
    assert "offers no AI-training setting in EU/EEA" in texts
    with qtbot.waitSignal(window.ctx.compose_letter_requested) as signal:
        button = next(b for b in page.detail.findChildren(type(page.walk)) if b.text() == "Write a letter…")
        button.click()
    assert signal.args == ["reddit", "", 0]


def test_check_again_banner_after_the_recheck_interval(window):
    service = window.ctx.checklist
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    service.mark("linkedin", control.id, DONE, when=date.today() - timedelta(days=400))
    page = window.show_page("Checklist")
    assert page.check_again.isVisibleTo(page)
    assert "Check again (1 control): LinkedIn" in page.check_again.text()


def test_walk_through_marks_done_skips_and_summarises(window, qtbot, monkeypatch):
    service = window.ctx.checklist
    service.add_account("linkedin")
    service.add_account("reddit")
    dialog = WalkthroughDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    steps = len(dialog.steps)
    linkedin_controls = len(window.ctx.catalog.get("linkedin").training_controls_for("eu"))
    assert steps == linkedin_controls + 1  # plus the letter step for Reddit
    assert dialog.position.text().startswith(f"Step 1 of {steps}")
    outcomes = []
    while dialog.current is not None:
        step = dialog.current
        if step.item is None:
            assert dialog.letter_button.isVisibleTo(dialog)
            dialog.done_button.click()
            outcomes.append("letter")
        elif not outcomes or outcomes[-1] != "done":
            dialog.done_button.click()
            outcomes.append("done")
        else:
            dialog.skip_button.click()
            outcomes.append("skipped")
    dialog.back_button.click()
    assert dialog.current is dialog.steps[-1]
    dialog.index = len(dialog.steps)
    dialog._show()
    summary = " ".join(label.text() for label in dialog.content.widget().findChildren(QLabel))
    assert "Done just now" in summary and "Switched off: LinkedIn" in summary
    assert "Need a letter" in summary and "Reddit" in summary
    done = service.overview("eu", "linkedin").done
    assert done == outcomes.count("done")


def test_walk_through_without_platforms_explains_what_to_do(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page = window.show_page("Checklist")
    page.walk.click()
    assert shown and "tick the platforms you use" in shown[0]


def test_status_badges_and_the_status_filter(window, qtbot):
    from opt_out_gui.core.checklist import DONE as DONE_STATUS
    from opt_out_gui.core.checklist import LETTER_ONLY, NO_ACTION_NEEDED, OPEN
    from opt_out_gui.ui.pages.checklist import STATUS_ROLE

    page = window.show_page("Checklist")
    catalog = window.ctx.catalog

    def status_of(platform_id):
        return next(
            page.model.item(r).data(STATUS_ROLE)
            for r in range(page.model.rowCount())
            if page.model.item(r).data(PLATFORM_ROLE) == platform_id
        )

    def shown_with(status):
        page.status.setCurrentIndex(page.status.findData(status))
        return set(visible_platforms(page))

    page.refresh_progress()
    no_action = {p.id for p in catalog.platforms if p.says_no_training("eu")}
    letter_only = {
        p.id for p in catalog.platforms if not p.training_controls_for("eu") and not p.says_no_training("eu")
    }
    assert "apple" in no_action  # Apple states it does not train its models on users' data
    assert status_of("apple") == NO_ACTION_NEEDED
    assert status_of("linkedin") is None  # not in use: no badge
    tick(page, "linkedin")
    assert status_of("linkedin") == OPEN
    for control in catalog.get("linkedin").training_controls_for("eu"):
        window.ctx.checklist.mark("linkedin", control.id, DONE_STATUS)
    page.refresh_progress()
    assert status_of("linkedin") == DONE_STATUS
    assert shown_with(DONE_STATUS) == {"linkedin"}
    assert shown_with(NO_ACTION_NEEDED) == no_action
    assert shown_with(LETTER_ONLY) == letter_only
    page.status.setCurrentIndex(0)
    assert len(visible_platforms(page)) == len(catalog.platforms)
    item = next(
        page.model.item(r)
        for r in range(page.model.rowCount())
        if page.model.item(r).data(PLATFORM_ROLE) == "linkedin"
    )
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "LinkedIn; Done"  # the filter's label too


def test_search_finds_platforms_by_their_other_names(window):
    page = window.show_page("Checklist")
    page.search.setText("siri")
    assert visible_platforms(page) == ["apple"]


def linkedin_card(window, qtbot):
    page = window.show_page("Checklist")
    tick(page, "linkedin")
    page.select_platform("linkedin")
    qtbot.wait(5)
    return next(c for c in page.detail.findChildren(ControlCard) if c.link is not None)


def test_a_control_shows_its_link_beside_the_open_button(window, qtbot, link_receiver):
    card = linkedin_card(window, qtbot)
    url = card.item.control.url
    assert card.link.link_text.text() == url and card.link.link_text.isReadOnly()
    card.link.button.click()
    assert link_receiver == [url]
    assert card.link.failure.isHidden()


@nothing_opens_links
def test_a_control_link_no_browser_opens_is_reported(window, qtbot):
    card = linkedin_card(window, qtbot)
    card.link.button.click()
    assert not card.link.failure.isHidden() and "Nothing opened" in card.link.failure.text()
    card.link.copy_button.click()
    assert QGuiApplication.clipboard().text() == card.item.control.url


def test_a_platform_that_says_it_does_not_train_shows_its_own_statement(window, qtbot):
    from PySide6.QtWidgets import QLabel

    page = window.show_page("Checklist")
    apple = window.ctx.catalog.get("apple")
    statement = apple.no_training_statement("eu")
    assert statement is not None and statement.official and statement.quote
    page.select_platform("apple")
    qtbot.wait(5)
    texts = [label.text() for label in page.detail.findChildren(QLabel) if label.isVisibleTo(page.detail)]
    assert any(text.startswith("No action needed: ") for text in texts)
    assert any(statement.quote in text and "Apple" in text for text in texts)


def _page_texts(widget) -> str:
    """The words the visible labels of a widget show (links left out: their addresses may hold dates)."""
    import re

    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    return re.sub(r"<a [^>]*>.*?</a>", "", " ".join(shown))


def test_a_control_due_for_a_recheck_is_ticked_counted_done_and_flagged(window, qtbot):
    """The Done box and the count agree: done 400 days ago means done, and due to check again."""
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    window.ctx.checklist.mark("linkedin", control.id, DONE, when=date.today() - timedelta(days=400))
    page = window.show_page("Checklist")
    total = len(window.ctx.catalog.get("linkedin").training_controls_for("eu"))
    assert page.progress_label.text() == f"1 of {total} controls done, 1 to check again"
    assert page.progress.value() == 1
    page.select_platform("linkedin")
    qtbot.wait(5)
    card = next(c for c in page.detail.findChildren(ControlCard) if c.item.control.id == control.id)
    assert card.done_box.isChecked()
    assert card.status.isVisibleTo(page.detail) and card.status.text().startswith("⚠ Check again:")
    assert f"1 of {total} controls done, 1 to check again" in _page_texts(page.detail)


def test_dates_on_the_checklist_page_share_one_format(window, qtbot):
    """Day, month name, year everywhere on the page: no "2025-05-27" beside "27 May 2025"."""
    import re

    from opt_out_gui.ui.widgets import date_text

    done_on = date.today() - timedelta(days=400)
    control = window.ctx.catalog.get("facebook").training_controls_for("eu")[0]
    window.ctx.checklist.mark("facebook", control.id, DONE, when=done_on)
    page = window.show_page("Checklist")
    page.select_platform("facebook")
    qtbot.wait(5)
    # The catalogue's own English summary (sourced data, written day first) is not the app's dating.
    text = _page_texts(page.detail).replace(window.ctx.catalog.get("facebook").training_for("eu").summary, "")
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), text
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    # One order on the page: the locale's (day first, or month first as in the US).
    day_first = date_text(date(2025, 5, 27)) == "27 May 2025"
    assert day_first or date_text(date(2025, 5, 27)) == "May 27, 2025"
    pattern = rf"\d{{1,2}} ({months}) \d{{4}}" if day_first else rf"({months}) \d{{1,2}}, \d{{4}}"
    written = re.findall(r"\b(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})\b", text)
    assert written and all(re.fullmatch(pattern, day) for day in written), written


def _summary_of(dialog) -> str:
    dialog.index = len(dialog.steps)
    dialog._show()
    return " ".join(label.text() for label in dialog.content.widget().findChildren(QLabel))


def test_walk_through_summary_words_each_result_by_control_kind(window, qtbot):
    """A web form sends an objection; only a setting is "switched off"."""
    window.ctx.checklist.add_account("facebook")
    dialog = WalkthroughDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    kinds = set()
    while dialog.current is not None:
        if dialog.current.item is not None:
            kinds.add(dialog.current.item.control.kind)
        dialog.done_button.click()
    summary = _summary_of(dialog)
    forms = [s.item.control.title for s in dialog.steps if s.item and s.item.control.kind == "form"]
    assert "form" in kinds and forms
    assert f"Objection sent: Facebook, {forms[0]}" in summary
    assert "Switched off: Facebook, " + forms[0] not in summary
    dialog.close_button.click()


def test_walk_through_summary_says_now_for_a_recheck_that_is_due(window, qtbot):
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    window.ctx.checklist.mark("linkedin", control.id, DONE, when=date.today() - timedelta(days=400))
    dialog = WalkthroughDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    summary = _summary_of(dialog)
    assert f"now: LinkedIn, {control.title}" in summary
    assert "1 to check again" in summary
    dialog.close_button.click()


def test_without_a_country_no_region_s_facts_are_shown_as_everyone_s(workspace, open_window, qtbot):
    # A fact true in one region must not reach a user elsewhere: with no country set, the page
    # says that what applies depends on it, and each control names the regions where it exists.
    workspace.profiles.save(Profile(name="Eva"))
    window = open_window(workspace)
    page = window.show_page("Checklist")
    tick(page, "linkedin")
    page.select_platform("linkedin")
    qtbot.wait(5)
    text = " ".join(
        label.text() for label in page.detail.findChildren(QLabel) if label.isVisibleTo(page.detail)
    )
    assert "depends on where you live: set your country in Settings > Profile" in text
    assert "no information on AI training" not in text and "exist in all regions" not in text
    cards = [c for c in page.detail.findChildren(ControlCard) if c.isVisibleTo(page.detail)]
    assert cards
    linkedin = window.ctx.catalog.get("linkedin")
    for card in cards:
        card_text = " ".join(label.text() for label in card.findChildren(QLabel))
        control = linkedin.control(card.item.control.id)
        assert "exists in: " in card_text
        assert all(region_name(r) in card_text for r in control.regions)
