"""Messages that core words as one template per case (instead of inserting English words chosen
by a condition): each case raised by the code that raises it, its English text and its
translatable template checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from opt_out_gui.core import letters
from opt_out_gui.core.authorities import authority_for_user, complaint_route
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.delivery.outgoing import prepare_request
from opt_out_gui.core.delivery.replies import import_reply
from opt_out_gui.core.delivery.smtp import SmtpSettings
from opt_out_gui.core.laws import get_law, get_request_type
from opt_out_gui.core.laws.deadlines import _no_period, _types_with_deadlines, compute_deadline
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.recipients import NoContactError, controller_recipient
from opt_out_gui.core.tracker import Draft, TrackerService
from tests.error_helpers import raised

CATALOG = load_catalog()
TODAY = date(2026, 3, 2)
PROFILE = Profile(name="Jan", address="Damrak 1", country="NL", email="jan@mail.example")


@pytest.fixture
def tracker(workspace):
    return TrackerService(workspace.store, CATALOG)


def draft(tracker, reference="2026-K3F9Q2M", **changes):
    values = dict(
        reference=reference,
        platform="linkedin",
        type="gdpr-objection-ai",
        law="gdpr",
        language="en",
        recipient="privacy@company.example",
        subject=f"Objection to AI training – reference {reference}",
        body="Dear Sir or Madam,\n",
        channel="email",
    )
    return tracker.create(Draft(**(values | changes)))


def test_a_follow_up_of_a_fulfilled_request_names_its_day_when_one_is_recorded(tracker):
    request = tracker.record(draft(tracker).id, "sent", date(2026, 1, 5), today=TODAY)
    request = tracker.record(request.id, "fulfilled", date(2026, 2, 3), today=TODAY)
    assert str(raised(lambda: letters.follow_up_options(request))) == (
        f"request {request.id} (2026-K3F9Q2M) is recorded as fulfilled on 2026-02-03; "
        "reopen it before writing a letter that follows it up"
    )
    without_day = replace(request, events=tuple(e for e in request.events if e.kind != "fulfilled"))
    assert str(raised(lambda: letters.follow_up_options(without_day))) == (
        f"request {request.id} (2026-K3F9Q2M) is recorded as fulfilled; "
        "reopen it before writing a letter that follows it up"
    )


def test_an_eml_without_a_recipient_address_names_the_web_form_where_there_is_one():
    letter = letters.compose_letter(
        CATALOG.get("linkedin"),
        "gdpr-objection-ai",
        "gdpr",
        "en",
        PROFILE,
        reference="2026-BBBBBBB",
        today=TODAY,
    )
    by_form = replace(
        letter, recipient=replace(letter.recipient, email=None, web_form="https://form.example/")
    )
    assert str(raised(lambda: letters.letter_to_eml(by_form))) == (
        f"no email address is known for {letter.recipient.entity} (web form: https://form.example/); "
        "send the letter by post or through the web form"
    )
    by_post = replace(letter, recipient=replace(letter.recipient, email=None, web_form=None))
    assert str(raised(lambda: letters.letter_to_eml(by_post))) == (
        f"no email address is known for {letter.recipient.entity}; "
        "send the letter by post or through the web form"
    )


def test_a_complaint_route_says_whether_the_country_is_missing_or_outside_the_law():
    gdpr = get_law("gdpr")  # no regulator of its own: the country decides
    outside = raised(lambda: complaint_route(gdpr, "JP", "", None))
    assert str(outside) == (
        "country is required for a complaint under GDPR: it decides which authority receives it "
        "(Art. 77(1)), and JP is not where GDPR applies; set your country in your profile"
    )
    missing = raised(lambda: complaint_route(gdpr, "", "", None))
    assert str(missing) == (
        "country is required for a complaint under GDPR: it decides which authority receives it "
        "(Art. 77(1)), and no country is set; set your country in your profile"
    )
    assert outside.template != missing.template


def test_a_us_user_without_a_state_has_no_regulator_named():
    with_state = raised(lambda: authority_for_user("US", "NY"))
    assert str(with_state).startswith(
        "no regulator in the directory for the US state NY; states with one: CA, "
    )
    without = raised(lambda: authority_for_user("US", ""))
    assert str(without).startswith(
        "no regulator in the directory for the US without a state; states with one: CA, "
    )
    assert with_state.template != without.template


@pytest.mark.parametrize("known_controller", [True, False])
@pytest.mark.parametrize("policy", [True, False])
@pytest.mark.parametrize("authority", [True, False])
def test_no_contact_words_each_case_as_one_message(known_controller, policy, authority):
    linkedin = CATALOG.get("linkedin")
    controller = linkedin.controller_for("eu")
    unreachable = controller._replace(email=None, dpo_email=None, web_form=None, dpo_form=None, address=())
    platform = linkedin._replace(
        controllers=(unreachable,) if known_controller else (),
        privacy_policy=linkedin.privacy_policy if policy else None,
        lead_authority=linkedin.lead_authority if authority else None,
    )
    error = raised(lambda: controller_recipient(platform, get_law("gdpr")))
    assert isinstance(error, NoContactError) and (error.platform_id, error.region) == ("linkedin", "eu")
    found = (
        "The catalogue has no email, form or postal address for LinkedIn Ireland Unlimited Company (EU/EEA)."
        if known_controller
        else "The catalogue names no controller for LinkedIn users in EU/EEA."
    )
    advice = " Look for a privacy contact in the platform's privacy policy"
    advice += " (https://www.linkedin.com/legal/privacy-policy)" if policy else ""
    advice += ", or ask Irish Data Protection Commission how to reach the company" if authority else ""
    assert str(error) == found + advice + ". No letter was written without a recipient."


def reply(subject: str | None, text: str) -> str:
    headers = "From: DPO <privacy@company.example>\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n"
    headers += f"Subject: {subject}\n" if subject is not None else ""
    return f"{headers}Content-Type: text/plain; charset=utf-8\n\n{text}\n"


@pytest.mark.parametrize(
    ("subject", "text", "in_file", "pasted"),
    [
        (
            "Your request",
            "2026-K3F9Q2M",
            "no request reference (like 2026-K3F9Q2M) in the subject of reply.eml",
            "no request reference (like 2026-K3F9Q2M) in the subject of the pasted text",
        ),
        (
            None,
            "Your request",
            "no request reference (like 2026-K3F9Q2M) in the text of reply.eml",
            "no request reference (like 2026-K3F9Q2M) in the pasted text",
        ),
        (
            "2026-K3F9Q2M and 2026-AAAAAAA",
            "",
            "the subject of reply.eml names several references (2026-AAAAAAA, 2026-K3F9Q2M)",
            "the subject of the pasted text names several references (2026-AAAAAAA, 2026-K3F9Q2M)",
        ),
        (
            None,
            "2026-K3F9Q2M and 2026-AAAAAAA",
            "the text of reply.eml names several references (2026-AAAAAAA, 2026-K3F9Q2M)",
            "the pasted text names several references (2026-AAAAAAA, 2026-K3F9Q2M)",
        ),
    ],
)
@pytest.mark.parametrize("was_pasted", [True, False])
def test_a_reply_without_one_reference_names_the_file_or_the_pasted_text(
    tracker, tmp_path, subject, text, in_file, pasted, was_pasted
):
    draft(tracker)
    draft(tracker, "2026-AAAAAAA")
    content = reply(subject, text)
    if was_pasted:
        source = content
    else:
        source = tmp_path / "reply.eml"
        source.write_text(content)
    error = raised(lambda: import_reply(tracker, source, today=TODAY))
    assert str(error) == (pasted if was_pasted else in_file) + "; choose the request it answers"
    assert error.code == "reply_request_unknown"


@pytest.mark.parametrize("pasted", [True, False])
def test_an_unreadable_or_misdated_reply_names_the_file_or_the_pasted_text(tracker, tmp_path, pasted):
    request = tracker.record(draft(tracker).id, "sent", date(2026, 1, 5), today=TODAY)
    nested = b"From: a@example.org\nSubject: Re: 2026-K3F9Q2M\nContent-Type: multipart/mixed; boundary=b0\n\n"
    for depth in range(3000):
        nested += f"--b{depth}\nContent-Type: multipart/mixed; boundary=b{depth + 1}\n\n".encode()
    future = reply("Re: 2026-K3F9Q2M", "We received it.").replace("02 Mar 2026", "02 Mar 2027")
    if pasted:
        deep, later, where = nested.decode(), future, "the pasted text"
    else:
        deep, later = tmp_path / "deep.eml", tmp_path / "later.eml"
        deep.write_bytes(nested)
        later.write_text(future)
        where = str(deep)
    assert str(raised(lambda: import_reply(tracker, deep, today=TODAY))) == (
        f"{where} nests too many message parts inside each other to be read"
    )
    the_reply = "the pasted reply" if pasted else f"the reply {later}"
    error = raised(lambda: import_reply(tracker, later, today=TODAY))
    assert str(error).startswith(f"{the_reply} is dated 2027-03-02 (its Date header): date 2027-03-02 is in")
    assert tracker.get(request.id).last_event("reply_received") is None


def test_a_request_not_a_draft_says_when_it_was_sent_if_it_was(tracker):
    settings = SmtpSettings("127.0.0.1", 2525, "none", "", "jan@mail.example")
    sent = tracker.record(draft(tracker).id, "sent", date(2026, 1, 5), today=TODAY)
    assert str(raised(lambda: prepare_request(tracker, settings, PROFILE, sent.id))) == (
        "request 2026-K3F9Q2M is sent on 2026-01-05; only a draft can be sent"
    )
    withdrawn = tracker.record(draft(tracker, "2026-AAAAAAA").id, "withdrawn", TODAY - timedelta(days=1))
    assert str(raised(lambda: prepare_request(tracker, settings, PROFILE, withdrawn.id))) == (
        "request 2026-AAAAAAA is withdrawn; only a draft can be sent"
    )


def test_no_response_period_names_the_request_type_or_a_request():
    appeal = get_request_type("us-state-appeal")
    without_period = next(law for law in appeal.laws if "appeal" not in get_law(law).deadlines)
    appeal_error = raised(lambda: compute_deadline(without_period, TODAY, "us-state-appeal", today=TODAY))
    assert str(appeal_error) == (
        "the sources used give no period within which the company must decide an appeal under "
        f"{get_law(without_period).short_name}, so an appeal letter cannot state a deadline; "
        "appeal in writing and record the company's answer"
    )
    # Every law has a period for a plain request: the two other cases come from the helper itself.
    gdpr = get_law("gdpr")
    types = "types with a deadline for gdpr: " + ", ".join(t.id for t in _types_with_deadlines(gdpr))
    assert str(_no_period(gdpr, get_request_type("gdpr-complaint"))) == (
        f"the sources give no response period for 'gdpr-complaint' under GDPR; {types}"
    )
    assert (
        str(_no_period(gdpr, None))
        == f"the sources give no response period for 'a request' under GDPR; {types}"
    )
