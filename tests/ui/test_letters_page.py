"""The letter composer page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from opt_out_gui.core import laws
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.main_window import MainWindow
from opt_out_gui.wording.chooser import reason_text
from tests.ui.dialogs import nothing_opens_links


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(str(data_dir))
    ws.profiles.save(
        Profile(
            name="Jan de Vries",
            email="jan@example.nl",
            address="Damrak 1\n1012 LG Amsterdam",
            country="NL",
            language="de",
        )
    )
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    yield window.show_page("Letters")  # the generator keeps the window alive during the test


def test_recommended_request_is_preselected_with_its_reason(page):
    page.compose_for("linkedin")
    linkedin = page.ctx.catalog.get("linkedin")
    recommendation = laws.recommend_requests(linkedin, "NL")[0]
    assert page.request_type.currentData() == recommendation.type_id
    assert reason_text(recommendation) in page.reason.text()
    assert page.language.currentData() == "de"  # the profile's letter language
    text = page.preview.toPlainText()
    assert "Jan de Vries" in text and "LinkedIn Ireland Unlimited Company" in text
    assert "Art. 21 Abs. 1 DSGVO" in text


def test_options_change_the_preview_and_hidden_ones_do_not_show(page):
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert page.grounds["safety"].isVisibleTo(page) and not page.correction.isVisibleTo(page)
    page.grounds["safety"].setChecked(True)
    assert "Belästigung" in page.preview.toPlainText()
    page.account.setText("linkedin.com/in/jdv")
    assert "(Konto: linkedin.com/in/jdv)" in page.preview.toPlainText()
    page.compose_for("linkedin", "gdpr-reminder")
    assert page.earlier_date.isVisibleTo(page) and not page.grounds["safety"].isVisibleTo(page)


def test_the_users_edit_is_kept_and_exported(page, tmp_path):
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert page.edited_text is None
    page.preview.setPlainText("Meine eigene Fassung.\n\nJan de Vries")
    assert page.edited_text == "Meine eigene Fassung.\n\nJan de Vries"
    page.account.setText("changed")  # does not overwrite the edit
    assert page.preview.toPlainText().startswith("Meine eigene Fassung.")
    out = tmp_path / "letter.txt"
    page.save_as("txt", out)
    saved = out.read_text()
    assert "Meine eigene Fassung." in saved and page.letter.reference in saved
    page.reset_button.click()
    assert page.edited_text is None and "Sehr geehrte Damen und Herren" in page.preview.toPlainText()


def test_save_pdf_and_eml(page, tmp_path):
    page.compose_for("adobe", "gdpr-access-ai")
    page.save_as("pdf", tmp_path / "a.pdf")
    page.save_as("eml", tmp_path / "a.eml")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert b"privacy@adobe.com" in (tmp_path / "a.eml").read_bytes()
    assert page.save_buttons["eml"].isEnabled()
    page.compose_for("linkedin", "gdpr-access-ai")
    assert not page.save_buttons["eml"].isEnabled()  # no privacy email known


def test_without_an_email_the_letter_is_copied_and_the_web_form_opens(page, link_receiver):
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert not page.mail_link.isVisibleTo(page)  # no privacy email known
    assert not page.open_in_mail_app()
    assert link_receiver == []
    assert page.letter.reference in QGuiApplication.clipboard().text()
    assert "copied" in page.status.text()
    web_form = page.letter.recipient.web_form
    assert page.form_link.isVisibleTo(page) and page.form_link.link_text.text() == web_form
    page.form_link.button.click()
    assert link_receiver == [web_form]
    assert "paste it into the web form that opened" in page.status.text()


def test_short_letter_opens_the_mail_app_with_the_edited_text(page, link_receiver):
    page.compose_for("adobe", "gdpr-objection-ai")
    assert page.mail_link.link_text.text() == "privacy@adobe.com"  # shown for webmail users
    page.preview.setPlainText("Bitte stoppen Sie das KI-Training.")
    page.mail_link.button.click()
    [url] = link_receiver
    assert url.startswith("mailto:privacy@adobe.com?subject=")
    assert "KI-Training" in QUrl(url).query(QUrl.ComponentFormattingOption.FullyDecoded)
    assert page.status.text().startswith("Handed to your mail program")
    assert not page.mail_link.failure.isVisibleTo(page)


@nothing_opens_links
def test_when_no_mail_program_opens_the_page_says_so_and_offers_the_address(page):
    page.compose_for("adobe", "gdpr-objection-ai")
    page.preview.setPlainText("Bitte stoppen Sie das KI-Training.")
    page.mail_link.button.click()
    assert page.mail_link.failure.isVisibleTo(page)
    assert "No mail program opened" in page.mail_link.failure.text()
    assert "mail program" not in page.status.text()  # no claim that it opened (issue 11)
    page.mail_link.copy_button.click()
    assert QGuiApplication.clipboard().text() == "privacy@adobe.com"


@nothing_opens_links
def test_when_no_browser_opens_the_web_form_the_link_stays_to_copy(page):
    page.compose_for("linkedin", "gdpr-objection-ai")
    page.form_link.button.click()
    assert "Nothing opened" in page.form_link.failure.text() and page.form_link.failure.isVisibleTo(page)
    assert "opened" not in page.status.text()
    page.form_link.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.letter.recipient.web_form


def test_bulk_writes_one_letter_per_ticked_platform(page, tmp_path):
    from PySide6.QtCore import Qt

    page.compose_for("linkedin", "gdpr-objection-ai")
    ticked = {"adobe", "reddit"}
    for row in range(page.bulk_list.count()):
        item = page.bulk_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ticked:
            item.setCheckState(Qt.CheckState.Checked)
    written = page.generate_bulk(tmp_path)
    assert {p.name.split("-gdpr-")[0] for p in written} == ticked
    for path in written:
        assert "Jan de Vries" in path.read_text()
    assert "Wrote 2 letters" in page.status.text()


def test_page_fits_1024_by_700(page, tmp_path):
    page.compose_for("adobe", "gdpr-objection-ai")  # a letter with a privacy email
    window = page.window()
    assert window.width() <= 1024 and window.height() <= 700
    assert page.preview.width() > 350 and page.preview.height() > 250
    controls = (
        *page.save_buttons.values(),
        page.copy_button,
        page.track_button,
        page.mail_link.button,
        page.mail_link.link_text,
        page.mail_link.copy_button,
    )
    for widget in controls:
        assert widget.isVisibleTo(page)
        assert widget.mapTo(page, widget.rect().bottomRight()).x() <= page.width()
    assert window.grab().save(str(tmp_path / "letters.png"))


def test_save_as_request_keeps_the_edited_letter_in_the_tracker(page, qtbot):
    page.compose_for("adobe", "gdpr-objection-ai")
    page.preview.setPlainText("Meine eigene Fassung des Widerspruchs.\n\nJan de Vries")
    with qtbot.waitSignal(page.ctx.requests_changed, timeout=1000):
        request = page.save_as_request()
    stored = page.ctx.tracker.get(request.id)
    assert stored.body == "Meine eigene Fassung des Widerspruchs.\n\nJan de Vries\n"
    assert (stored.platform, stored.type, stored.status) == ("adobe", "gdpr-objection-ai", "draft")
    assert stored.reference == page.letter.reference and stored.channel == "email"
    assert "Requests page" in page.status.text() and str(request.id) in page.status.text()
    assert not page.track_button.isEnabled()  # one letter, one tracked request


def test_bulk_can_save_every_letter_as_a_request(page, tmp_path):
    from PySide6.QtCore import Qt

    page.compose_for("linkedin", "gdpr-objection-ai")
    for row in range(page.bulk_list.count()):
        item = page.bulk_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("adobe", "reddit"):
            item.setCheckState(Qt.CheckState.Checked)
    page.bulk_track.setChecked(True)
    written = page.generate_bulk(tmp_path)
    tracked = {request.platform: request for request in page.ctx.tracker.all()}
    assert set(tracked) == {"adobe", "reddit"}
    for path in written:
        assert tracked[path.name.split("-gdpr-")[0]].reference in path.name
    assert "2 draft requests saved" in page.status.text()


def test_reminder_for_a_tracked_request_is_prefilled_from_it(page, workspace):
    from datetime import date, timedelta

    from opt_out_gui.core.tracker import Draft

    tracker = page.ctx.tracker
    draft = Draft(
        reference="2026-ABCDEFG",
        platform="adobe",
        type="gdpr-access-ai",
        law="gdpr",
        language="fr",
        recipient="Adobe",
        subject="Access",
        body="Text",
        account="jan-adobe",
        channel="email",
    )
    sent_on = date.today() - timedelta(days=50)
    earlier = tracker.record(tracker.create(draft).id, "sent", sent_on)
    page.compose_for("adobe", "gdpr-reminder", earlier.id)
    assert page.law.currentData() == "gdpr" and page.language.currentData() == "fr"  # not the profile's de
    assert page.account.text() == "jan-adobe" and page.earlier_reference.text() == "2026-ABCDEFG"
    options = page.letter.options
    assert options.earlier_date == sent_on
    assert options.earlier_deadline == (earlier.extended_deadline or earlier.deadline)
    body = page.preview.toPlainText()
    assert "2026-ABCDEFG" in body and "article 12, paragraphe 3, du RGPD" in body
    assert page.letter.deadline.deadline == earlier.deadline
    assert page.earlier_type.currentData() == "gdpr-access-ai" and options.earlier_type == "gdpr-access-ai"


def test_complaint_for_a_refused_request_states_the_refusal_and_no_answer_date(page):
    from datetime import date, timedelta

    from opt_out_gui.core.tracker import Draft

    tracker = page.ctx.tracker
    draft = Draft(
        "2026-ABCDEFG", "adobe", "gdpr-access-ai", "gdpr", "en", "Adobe", "Access", "Text", channel="email"
    )
    sent_on, refused_on = date.today() - timedelta(days=50), date.today() - timedelta(days=10)
    earlier = tracker.record(tracker.create(draft).id, "sent", sent_on)
    earlier = tracker.record(earlier.id, "refused", refused_on, reason="other")
    page.compose_for("adobe", "gdpr-complaint", earlier.id)
    assert page.earlier_outcome.isVisibleTo(page) and page.earlier_outcome.currentData() == "refused"
    options = page.letter.options
    assert (options.earlier_outcome, options.earlier_outcome_date) == ("refused", refused_on)
    body = page.preview.toPlainText()
    assert "refused my request" in body and "no complete answer" not in body
    assert refused_on.strftime("%B") in body
    # The authority owes no answer by the controller's deadline: the line promises none.
    assert page.letter.recipient.kind == "authority" and "answer due" not in page.recipient.text()

    # Another earlier date: the tracked deadline and refusal day belonged to the tracked request.
    page.earlier_date.setDate(page.earlier_date.date().addDays(1))
    options = page.letter.options
    assert (options.earlier_outcome, options.earlier_outcome_date, options.earlier_deadline) == (
        "refused",
        None,
        None,
    )
    assert "refused my request" in page.preview.toPlainText()

    # The user corrects the outcome: the tracked day belonged to the refusal, so it goes.
    page.earlier_outcome.setCurrentIndex(page.earlier_outcome.findData("partially_fulfilled"))
    options = page.letter.options
    assert (options.earlier_outcome, options.earlier_outcome_date) == ("partially_fulfilled", None)
    assert "answered my request only in part" in page.preview.toPlainText()

    # A letter not written for that request states no outcome of it.
    page.compose_for("adobe", "gdpr-complaint")
    assert page.earlier_outcome.currentData() == "" and page.letter.options.earlier_outcome == ""
    page.compose_for("adobe", "gdpr-objection-ai")
    assert not page.earlier_outcome.isVisibleTo(page) and "answer due" in page.recipient.text()


def test_swiss_law_offers_the_swiss_languages(page):
    page.compose_for("adobe", "gdpr-objection-ai")
    page.law.setCurrentIndex(page.law.findData("fadp"))
    languages = [page.language.itemData(i) for i in range(page.language.count())]
    assert languages == ["en", "de", "fr", "es", "it", "nl", "pl", "pt"]
    assert page.language.currentData() == "de"
    assert "Art. 30 Abs. 2 lit. b DSG" in page.preview.toPlainText()


def test_send_by_post_drops_the_electronic_request_wording_and_reaches_the_draft(page):
    # Art. 15(3) GDPR: the electronic copy follows a request made by electronic means.
    page.compose_for("adobe", "gdpr-access-ai")
    assert page.channel.currentData() is None and page.letter.channel == "email"  # Adobe has an address
    assert "da ich diesen Antrag elektronisch stelle" in page.preview.toPlainText()
    assert "by email" in page.recipient.text()
    page.channel.setCurrentIndex(page.channel.findData("post"))
    assert page.letter.channel == "post" and "by post" in page.recipient.text()
    text = page.preview.toPlainText()
    assert "elektronisch stelle" not in text
    assert "nach Möglichkeit in einem gängigen elektronischen Format" in text
    request = page.save_as_request()
    assert request.channel == "post"


def test_agent_field_shows_only_for_the_agent_letter(page):
    page.compose_for("openai-chatgpt", "gdpr-access-ai")  # a controller with contacts in the US too
    assert not page.agent.isVisibleTo(page)
    assert page.request_type.findData("ccpa-agent") < 0  # a CCPA letter: choose the law first
    page.law.setCurrentIndex(page.law.findData("ccpa"))
    page.request_type.setCurrentIndex(page.request_type.findData("ccpa-agent"))
    assert page.agent.isVisibleTo(page)
    page.agent.setText("Jane Roe, jane@example.com")
    assert "my authorized agent: Jane Roe, jane@example.com." in page.preview.toPlainText()


def test_recipient_line_names_the_channel_and_why_when_no_email_is_published(page):
    linkedin = page.ctx.catalog.get("linkedin").controller_for("eu")
    assert linkedin.email is None and linkedin.web_form  # LinkedIn publishes forms, not an address
    page.compose_for("linkedin", "gdpr-objection-ai")
    text = page.recipient.text()
    assert f"To {linkedin.entity}: by web form ({linkedin.web_form})" in text
    assert "no privacy email is published" in text


def test_the_suggestion_does_not_offer_a_setting_the_user_already_switched_off(page):
    from opt_out_gui.core.checklist import DONE

    ctx = page.ctx
    linkedin = ctx.catalog.get("linkedin")
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert "is quicker" in page.reason.text()  # LinkedIn's own setting, before it is used
    ctx.checklist.set_in_use("linkedin", True)
    for control in linkedin.training_controls_for(ctx.region):
        ctx.checklist.mark("linkedin", control.id, DONE)
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert page.reason.text() and "is quicker" not in page.reason.text()
