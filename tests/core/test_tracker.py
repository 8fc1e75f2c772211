"""TrackerService with the real law engine (opt_out_gui.core.laws) and the shipped catalogue.

Expected deadlines are worked out from the rules in opt_out_gui/data/laws.toml (the working
is in a comment next to each) or taken from `laws.compute_deadline` called with the
arguments the tracker is meant to use.
"""

import hashlib
import sqlite3
import stat
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

from opt_out_gui.core import laws
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.laws.registry import Period
from opt_out_gui.core.tracker import ALLOWED_EVENTS, STATUSES, Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.wording import identity
from opt_out_gui.wording.advice import advice_text
from opt_out_gui.wording.deadlines import notes_text

# GDPR Art. 12(3), counted as Regulation 1182/71 says, with LinkedIn's Irish controller:
# sent Friday 2025-01-31 -> one month -> 2025-02-28 (a Friday, no Irish public holiday);
# extended: three months from receipt (the ICO's method) -> Wednesday 2025-04-30.
SENT_ON = date(2025, 1, 31)
GDPR_DEADLINE = date(2025, 2, 28)
GDPR_EXTENDED = date(2025, 4, 30)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture
def service(data_dir, catalog):
    workspace = open_workspace(str(data_dir))
    yield TrackerService(workspace.store, catalog)
    workspace.close()


def new_request(service, reference="2026-K3F9Q2M", **changes):
    values = dict(
        reference=reference,
        platform="linkedin",
        type="gdpr-objection-ai",
        law="gdpr",
        language="en",
        recipient="LinkedIn Ireland Unlimited Company",
        subject="Objection to AI training",
        body="Dear Sir or Madam, ...",
        channel="email",
    )
    return service.create(Draft(**(values | changes)))


def test_the_platforms_used_here_have_the_controllers_the_tests_rely_on(catalog):
    assert catalog.get("linkedin").controller_for("eu").address[-1] == "Ireland"
    assert catalog.get("notion").controller_for("us").address[-1] == "United States"
    uk = catalog.get("adobe").controller_for("uk")
    assert "Ireland" in uk.entity and uk.address[-1] == "Ireland"


def test_marking_sent_starts_the_deadline_from_the_law_engine(service):
    draft = new_request(service)
    assert (draft.status, draft.deadline, draft.events) == ("draft", None, ())
    sent = service.record(draft.id, "sent", SENT_ON, note="by email")
    assert sent.status == "sent" and sent.sent_at == SENT_ON and sent.channel == "email"
    assert sent.deadline == GDPR_DEADLINE
    assert sent.extended_deadline is None  # only set when the company extends
    assert sent.acknowledge_by is None  # the GDPR sets no acknowledgement period
    assert [(e.kind, e.date, e.note) for e in sent.events] == [("sent", SENT_ON, "by email")]


def test_the_deadline_counts_the_holidays_of_the_controllers_country(service):
    # LinkedIn's EU controller is in Ireland, so Irish holidays count: sent Monday 2025-02-17
    # -> one month -> Monday 2025-03-17, St Patrick's Day -> Tuesday 2025-03-18.
    # Without a country only weekends would be skipped and it would stay on 2025-03-17.
    sent_on = date(2025, 2, 17)
    request = new_request(service)
    sent = service.record(request.id, "sent", sent_on)
    assert sent.deadline == date(2025, 3, 18)
    assert sent.deadline == laws.compute_deadline("gdpr", sent_on, "gdpr-objection-ai", "IE").deadline
    assert laws.compute_deadline("gdpr", sent_on, "gdpr-objection-ai").deadline == date(2025, 3, 17)


def test_uk_gdpr_request_to_an_irish_controller_counts_english_bank_holidays(service, catalog):
    # Adobe answers UK GDPR requests from Ireland, outside the law's territory (GB): the
    # tracker passes no country and the engine uses UK GDPR's own, England's bank holidays.
    # Sent Friday 2025-07-25 -> one month -> Monday 2025-08-25, the Late Summer Bank Holiday
    # (not a holiday in Ireland) -> Tuesday 2025-08-26. Extended: three months from receipt
    # -> Saturday 2025-10-25 -> Monday 2025-10-27 (Ireland's October bank holiday would give
    # 2025-10-28).
    sent_on = date(2025, 7, 25)
    request = new_request(
        service,
        platform="adobe",
        law="uk-gdpr",
        recipient=catalog.get("adobe").controller_for("uk").entity,
    )
    sent = service.record(request.id, "sent", sent_on)
    assert sent.status == "sent"
    assert sent.deadline == date(2025, 8, 26)
    expected = laws.compute_deadline("uk-gdpr", sent_on, "gdpr-objection-ai", None)
    assert sent.deadline == expected.deadline
    extended = service.record(request.id, "extended", sent_on + timedelta(days=20))
    assert extended.extended_deadline == date(2025, 10, 27) == expected.extended_deadline


def test_acknowledge_by_and_channel_given_when_sent(service):
    draft = new_request(service, platform="notion", law="ccpa", type="ccpa-delete", channel=None)
    with pytest.raises(UserError, match="channel one of email, post, web_form, in_app"):
        service.record(draft.id, "sent", SENT_ON)
    sent = service.record(draft.id, "sent", SENT_ON, channel="web_form")
    assert sent.channel == "web_form"
    # CCPA (11 CCR § 7021): received Friday 2025-01-31 -> answer within 45 days -> Monday
    # 2025-03-17; confirm receipt within 10 business days (Feb 3-7, Feb 10-14) -> 2025-02-14.
    assert sent.deadline == date(2025, 3, 17)
    assert sent.acknowledge_by == date(2025, 2, 14)


def test_a_missing_acknowledgement_offers_no_letter_that_would_claim_a_missed_deadline(service):
    draft = new_request(service, platform="notion", law="ccpa", type="ccpa-delete", channel=None)
    sent = service.record(draft.id, "sent", SENT_ON, channel="web_form")
    # Receipt should have been confirmed by 2025-02-14; the answer is due 2025-03-17.
    step = service.next_step(sent, date(2025, 2, 20), None)
    assert step.code == "remind_unacknowledged" and step.letter_type is None
    assert "answer is still due by the deadline" in advice_text(step)


def test_extension_sets_the_extended_deadline_and_it_becomes_the_deadline_that_counts(service):
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    service.record(request.id, "acknowledged", SENT_ON + timedelta(days=2))
    extended = service.record(request.id, "extended", SENT_ON + timedelta(days=20), note="complex request")
    assert extended.status == "extended"
    assert (extended.deadline, extended.extended_deadline) == (GDPR_DEADLINE, GDPR_EXTENDED)
    day_after_first_deadline = GDPR_DEADLINE + timedelta(days=1)  # 2025-03-01
    assert not extended.is_overdue(day_after_first_deadline)
    assert extended.days_left(day_after_first_deadline) == 60  # 30 days of March + 30 of April
    assert extended.is_overdue(GDPR_EXTENDED + timedelta(days=1))
    assert [e.kind for e in extended.events] == ["sent", "acknowledged", "extended"]


def test_a_law_that_forbids_an_extension_refuses_the_extended_event_and_says_why(service):
    # 11 CCR § 7026(f)(1): stop selling or sharing within 15 business days; no extension.
    # Notion's US controller; sent Friday 2025-01-31 -> 15 business days -> Friday 2025-02-21
    # (Presidents' Day, Monday 17 February, is a California holiday) -> Monday 2025-02-24.
    request = new_request(service, platform="notion", law="ccpa", type="ccpa-opt-out")
    sent = service.record(request.id, "sent", SENT_ON)
    assert sent.deadline == date(2025, 2, 24)
    with pytest.raises(UserError, match=r"CCPA does not allow the company to extend .*7026\(f\)\(1\)"):
        service.record(request.id, "extended", SENT_ON)
    assert service.get(request.id).status == "sent"
    assert [e.kind for e in service.get(request.id).events] == ["sent"]


def test_an_unknown_extension_rule_is_recorded_without_inventing_a_date(service):
    # Iowa: 90 days (laws.toml); the sources used do not say whether it may be extended, so the
    # company's extension is kept on the timeline and no extended deadline is computed.
    request = new_request(service, platform="notion", law="icdpa", type="us-state-delete")
    service.record(request.id, "sent", SENT_ON)
    extended = service.record(request.id, "extended", SENT_ON + timedelta(days=10), note="until 1 June")
    assert extended.status == "extended" and extended.extended_deadline is None
    assert extended.deadline == SENT_ON + timedelta(days=90)
    result = service.deadline_for(extended, SENT_ON)
    assert result.extension == "unknown"
    assert any(
        "do not say whether the ICDPA lets the controller extend" in n for n in notes_text(result.notes)
    )
    step = service.next_step(extended, SENT_ON + timedelta(days=20), None)
    assert (step.action, step.code) == ("wait", "wait_extension_unknown")
    assert "do not say whether ICDPA lets the company extend it" in advice_text(step)


def test_oregon_extension_is_45_more_days(service):
    # ORS 646A.576 / Section 4(5)(a) of the Act: 45 days, extendable by 45. Sent 2025-01-31:
    # + 45 = 2025-03-17; + 90 = 2025-05-01.
    request = new_request(service, platform="notion", law="ocpa", type="us-state-delete")
    service.record(request.id, "sent", SENT_ON)
    extended = service.record(request.id, "extended", SENT_ON + timedelta(days=5))
    assert (extended.deadline, extended.extended_deadline) == (date(2025, 3, 17), date(2025, 5, 1))


def test_refused_cannot_become_fulfilled_without_reopening(service):
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    with pytest.raises(UserError, match="reason for the refusal: one of insufficient_verification"):
        service.record(request.id, "refused", SENT_ON + timedelta(days=5))
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=5), reason="no_match")
    assert (refused.status, refused.refusal_reason) == ("refused", "no_match")
    with pytest.raises(UserError) as caught:
        service.record(request.id, "fulfilled", SENT_ON + timedelta(days=6))
    message = str(caught.value)
    assert "is refused" in message and "fulfilled" in message
    assert "allowed now: " + ", ".join(ALLOWED_EVENTS["refused"]) in message
    assert "reopened" in ALLOWED_EVENTS["refused"] and "fulfilled" not in ALLOWED_EVENTS["refused"]
    reopened = service.record(request.id, "reopened", SENT_ON + timedelta(days=7), note="sent ID")
    assert (reopened.status, reopened.refusal_reason) == ("sent", None)
    assert reopened.deadline == GDPR_DEADLINE  # reopening keeps the deadline of the sent request
    done = service.record(request.id, "fulfilled", SENT_ON + timedelta(days=8))
    assert done.status == "fulfilled"
    assert [e.kind for e in done.events] == ["sent", "refused", "reopened", "fulfilled"]


def test_illegal_changes_name_the_status_and_the_choices_and_change_nothing(service):
    request = new_request(service)
    with pytest.raises(
        UserError, match=r"is draft: it cannot be marked fulfilled; allowed now: sent, withdrawn"
    ):
        service.record(request.id, "fulfilled", SENT_ON)
    with pytest.raises(UserError, match="event 'done' is not one of"):
        service.record(request.id, "done", SENT_ON)
    with pytest.raises(UserError, match="only recorded with 'refused'"):
        service.record(request.id, "sent", SENT_ON, reason="no_match")
    assert service.get(request.id).events == ()


def test_timeline_only_events_keep_the_status_and_dates_before_sending_are_refused(service):
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    reminded = service.record(request.id, "reminder_sent", SENT_ON + timedelta(days=31))
    assert reminded.status == "sent"
    with pytest.raises(UserError, match="before the request was sent"):
        service.record(request.id, "reply_received", SENT_ON - timedelta(days=1))


def test_every_status_has_a_transition_table_entry():
    assert set(ALLOWED_EVENTS) == set(STATUSES)
    for status, events in ALLOWED_EVENTS.items():
        assert events, status


def test_overdue_due_soon_and_counts_are_derived_from_today(service):
    today = date(2025, 3, 10)
    # GDPR, Irish controller (no Irish holiday falls on these deadlines):
    overdue = new_request(service, "2026-AAAAAAA")
    service.record(overdue.id, "sent", SENT_ON)  # 2025-01-31 -> 2025-02-28: 10 days late
    soon = new_request(service, "2026-BBBBBBB")
    service.record(soon.id, "sent", date(2025, 2, 14))  # -> Friday 2025-03-14: 4 days left
    later = new_request(service, "2026-CCCCCCC")
    service.record(later.id, "sent", date(2025, 3, 7))  # -> Monday 2025-04-07: 28 days left
    done = new_request(service, "2026-DDDDDDD")
    service.record(done.id, "sent", SENT_ON)
    service.record(done.id, "fulfilled", SENT_ON + timedelta(days=3))
    new_request(service, "2026-EEEEEEE")

    assert [r.reference for r in service.list(today, overdue=True)] == ["2026-AAAAAAA"]
    assert [r.reference for r in service.list(today, due_within=7)] == ["2026-BBBBBBB"]
    assert [r.reference for r in service.list(today, status="draft")] == ["2026-EEEEEEE"]
    assert service.get(later.id).days_left(today) == 28
    summary = service.summary(today)
    assert summary.counts["sent"] == 3 and summary.counts["fulfilled"] == 1 and summary.counts["draft"] == 1
    assert sum(summary.counts.values()) == 5
    assert [r.reference for r in summary.overdue] == ["2026-AAAAAAA"]
    assert summary.overdue[0].days_left == -10
    assert [(r.reference, r.days_left) for r in summary.due_soon] == [("2026-BBBBBBB", 4)]
    # The same requests a week later: the derived values move, nothing stored changes.
    later_summary = service.summary(today + timedelta(days=7))
    assert [r.reference for r in later_summary.overdue] == ["2026-AAAAAAA", "2026-BBBBBBB"]
    with pytest.raises(UserError, match="status 'late' is not one of: draft, sent"):
        service.list(today, status="late")


def test_attachments_are_copied_privately_with_their_hash(service, tmp_path):
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    reply = tmp_path / "reply from LinkedIn.eml"
    reply.write_bytes(b"From: privacy@example.com\r\n\r\nWe received your request.")
    updated = service.record(request.id, "reply_received", SENT_ON + timedelta(days=3), attachments=[reply])
    (attachment,) = updated.events[-1].attachments
    stored = service.data_dir / attachment.stored_path
    assert stored.parent == service.data_dir / "attachments"
    assert stored.read_bytes() == reply.read_bytes()
    assert attachment.sha256 == hashlib.sha256(reply.read_bytes()).hexdigest()
    assert (attachment.file_name, attachment.size) == (reply.name, len(reply.read_bytes()))
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    with pytest.raises(UserError, match="is not a readable file"):
        service.record(request.id, "reply_received", SENT_ON, attachments=[tmp_path / "missing.pdf"])


def test_a_failed_transaction_leaves_no_record_and_no_copied_file(service, tmp_path, monkeypatch):
    request = new_request(service)
    reply = tmp_path / "reply.pdf"
    reply.write_bytes(b"%PDF")
    store = service._store
    real_transaction = store.transaction

    @contextmanager
    def failing_commit():
        with real_transaction() as connection:
            yield connection
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "transaction", failing_commit)
    with pytest.raises(sqlite3.OperationalError):
        service.record(request.id, "sent", SENT_ON, attachments=[reply])
    monkeypatch.undo()
    after = service.get(request.id)
    assert (after.status, after.events, after.deadline) == ("draft", (), None)
    assert list((service.data_dir / "attachments").iterdir()) == []


def test_find_by_reference_in_any_case_and_unknown_ids(service):
    request = new_request(service)
    assert service.find("2026-k3f9q2m").id == request.id
    assert service.find(str(request.id)).reference == "2026-K3F9Q2M"
    with pytest.raises(UserError, match="request 999 does not exist"):
        service.find("999")
    with pytest.raises(UserError, match="exists already"):
        new_request(service)


def test_the_schema_refuses_impossible_rows(service):
    connection = service._store.connection
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO requests (reference, platform, type, law, language, created_at, status) "
            "VALUES ('X', 'p', 't', 'gdpr', 'en', 'now', 'lost')"
        )
    with pytest.raises(sqlite3.IntegrityError):  # refused needs a reason
        connection.execute(
            "INSERT INTO requests (reference, platform, type, law, language, created_at, status, sent_at, "
            "channel) VALUES ('Y', 'p', 't', 'gdpr', 'en', 'now', 'refused', '2026-01-01', 'post')"
        )
    plan = " ".join(
        str(row[-1])
        for row in connection.execute("EXPLAIN QUERY PLAN SELECT * FROM request_events WHERE request_id = 1")
    )
    assert "request_events_by_request" in plan


def test_titles_and_law_names_come_from_the_law_engine(service):
    assert service.type_title("gdpr-objection-ai") == laws.get_request_type("gdpr-objection-ai").title
    assert service.type_title("no-such-type") == "no-such-type"
    assert service.law_name("ccpa") == laws.get_law("ccpa").short_name


@pytest.fixture
def authority_names():
    from opt_out_gui.core.authorities import authority_for_user, get_authority

    return {
        "iedpc": get_authority("iedpc").name,
        "uscppa": get_authority("uscppa").name,
        "NL": authority_for_user("NL").name,
    }


def test_next_step_moves_from_waiting_to_reminder_to_complaint(service, authority_names):
    from opt_out_gui.core.profile import Profile

    profile = Profile(name="Jan", country="NL")
    request = new_request(service)
    assert service.next_step(request, SENT_ON, profile).action == "send"
    sent = service.record(request.id, "sent", SENT_ON)
    deadline = sent.deadline
    assert deadline == GDPR_DEADLINE
    waiting = service.next_step(sent, deadline - timedelta(days=3), profile)
    assert (waiting.action, waiting.letter_type) == ("wait", None)
    assert "3 days left (deadline 2025-02-28)" in advice_text(waiting)
    late = service.next_step(sent, deadline + timedelta(days=12), profile)
    assert (late.action, advice_text(late), late.letter_type) == (
        "reminder",
        "Overdue by 12 days: send a reminder.",
        "gdpr-reminder",
    )
    reminded = service.record(request.id, "reminder_sent", deadline + timedelta(days=12))
    complaint = service.next_step(reminded, deadline + timedelta(days=30), profile)
    assert complaint.action == "complaint" and complaint.letter_type == "gdpr-complaint"
    # GDPR Art. 77(1): the user's own authority first, LinkedIn's lead authority (Art. 56) the
    # alternative; the complaint letter goes to the same one (test_complaint_routing.py).
    assert complaint.authority == authority_names["NL"]
    names = authority_names
    assert (
        f"file a complaint with the authority where you live ({names['NL']}), "
        f"or with the lead authority ({names['iedpc']})." in advice_text(complaint)
    )


def test_next_step_after_an_extended_deadline_passes(service, authority_names):
    from opt_out_gui.core.profile import Profile

    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    extended = service.record(request.id, "extended", date(2025, 2, 10))
    assert service.next_step(extended, GDPR_DEADLINE + timedelta(days=1), None).action == "wait"
    reminded = service.record(request.id, "reminder_sent", GDPR_EXTENDED + timedelta(days=1))
    step = service.next_step(reminded, GDPR_EXTENDED + timedelta(days=20), Profile(country="NL"))
    assert (step.action, step.authority) == ("complaint", authority_names["NL"])
    # Without a country the lead authority is the one left to name.
    step = service.next_step(reminded, GDPR_EXTENDED + timedelta(days=20), None)
    assert step.authority == authority_names["iedpc"]


def test_next_step_after_refusal_depends_on_the_reason_and_the_law(service, authority_names):
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON, reason="insufficient_verification")
    assert service.next_step(refused, SENT_ON, None).action == "answer"
    ccpa = new_request(service, "2026-CCPA001", platform="notion", law="ccpa", type="ccpa-delete")
    service.record(ccpa.id, "sent", SENT_ON)
    refused = service.record(ccpa.id, "refused", SENT_ON, reason="no_match")
    step = service.next_step(refused, SENT_ON, None)
    assert (step.action, step.authority, step.letter_type) == (
        "complaint",
        authority_names["uscppa"],
        "ccpa-complaint",
    )


# --- Receipt: the deadline counts from the day the company received the request ---------


def test_a_posted_request_counts_from_the_estimated_receipt(service):
    # GDPR Art. 12(3): "within one month of receipt". An Irish user posts to LinkedIn's Irish
    # controller on Friday 2025-01-31; ComReg's D+3 standard counts working days: Monday 3
    # February is St Brigid's Day (a bank holiday), so Tue 4, Wed 5, Thu 6 February.
    # One month from 6 February is Thursday 6 March.
    from opt_out_gui.core.profile import Profile, ProfileService

    ProfileService(service._store).save(Profile(name="Aoife", country="IE"))
    request = new_request(service, channel="post")
    sent = service.record(request.id, "sent", SENT_ON)
    assert (sent.sent_at, sent.received_at, sent.received_basis) == (SENT_ON, date(2025, 2, 6), "estimated")
    assert sent.deadline == date(2025, 3, 6)
    data = sent.to_json(date(2025, 2, 10))
    assert (data["sent"], data["received"], data["received_basis"]) == (
        "2025-01-31",
        "2025-02-06",
        "estimated",
    )


def test_an_entered_receipt_and_a_later_correction_move_the_deadlines(service):
    request = new_request(service, channel="post")
    sent = service.record(request.id, "sent", SENT_ON, received=date(2025, 2, 3))
    assert (sent.received_at, sent.received_basis, sent.deadline) == (
        date(2025, 2, 3),
        "entered",
        date(2025, 3, 3),
    )
    extended = service.record(request.id, "extended", date(2025, 2, 20))
    # Three months from receipt: Saturday 3 May 2025; Monday 5 May is an Irish bank holiday.
    assert extended.extended_deadline == date(2025, 5, 6)
    corrected = service.set_received(request.id, date(2025, 2, 7), today=date(2025, 3, 1))
    assert (corrected.received_at, corrected.deadline) == (date(2025, 2, 7), date(2025, 3, 7))
    assert corrected.extended_deadline == date(2025, 5, 7)
    assert corrected.sent_at == SENT_ON


def test_impossible_receipt_dates_are_refused_and_change_nothing(service):
    request = new_request(service, channel="post")
    with pytest.raises(UserError, match="before the request was sent"):
        service.record(request.id, "sent", SENT_ON, received=SENT_ON - timedelta(days=1))
    assert service.get(request.id).status == "draft"
    with pytest.raises(UserError, match="not sent yet"):
        service.set_received(request.id, SENT_ON)
    with pytest.raises(UserError, match="only recorded with 'sent'"):
        service.record(request.id, "withdrawn", SENT_ON, received=SENT_ON)


# --- Appeals: Virginia and the other appeal-first states ----------------------------------


def test_a_virginia_refusal_leads_to_an_appeal_before_a_complaint(service):
    # Va. Code § 59.1-577(B)(2): a refusal comes with instructions to appeal under subsection C;
    # the controller decides the appeal within 60 days (reported). Only after it, a complaint.
    request = new_request(service, platform="notion", law="vcdpa", type="us-state-delete")
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=10), reason="other")
    step = service.next_step(refused, SENT_ON + timedelta(days=11), None)
    assert (step.action, step.letter_type) == ("appeal", "us-state-appeal")
    assert "within 60 days" in advice_text(step)

    def counted(context, text, disambiguation=None, n=-1):  # marks what a translation words as a count
        english = identity(context, text, disambiguation, n)
        return f"<{english}>" if context == "Count" else english

    assert "within <60 days>" in advice_text(step, counted)  # the period in the reader's language
    # (no L in a reference: references use Crockford base32)
    appeal = new_request(service, "2026-APPEAXX", platform="notion", law="vcdpa", type="us-state-appeal")
    service.record(appeal.id, "sent", SENT_ON + timedelta(days=12))
    denied = service.record(appeal.id, "refused", SENT_ON + timedelta(days=40), reason="other")
    step = service.next_step(denied, SENT_ON + timedelta(days=41), None)
    assert (step.action, step.letter_type) == ("complaint", "us-state-complaint")


def test_an_appeal_without_a_sourced_period_is_advised_but_not_dated(service):
    # Colorado: an appeal exists (Mayer Brown tracker); no source gives its period.
    request = new_request(service, platform="notion", law="cpa", type="us-state-delete")
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=10), reason="other")
    step = service.next_step(refused, SENT_ON + timedelta(days=11), None)
    assert (step.action, step.letter_type) == ("appeal", None)
    assert "no period for the company's answer" in advice_text(step)


def test_utah_has_no_appeal_so_a_refusal_goes_to_the_regulator(service):
    # Mayer Brown tracker: no right to appeal under the UCPA.
    request = new_request(service, platform="notion", law="ucpa", type="us-state-delete")
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=10), reason="other")
    assert service.next_step(refused, SENT_ON + timedelta(days=11), None).action == "complaint"


# --- Demands for ID, and the UK complaint to the controller --------------------------------


def test_a_demand_for_information_advises_the_id_reply_where_the_law_has_one(service):
    # laws.toml [[verification]]: GDPR Art. 12(6) and EDPB Guidelines 01/2022 -> gdpr-verification-reply.
    request = new_request(service)
    service.record(request.id, "sent", SENT_ON)
    asked = service.record(request.id, "needs_info", SENT_ON + timedelta(days=5))
    step = service.next_step(asked, SENT_ON + timedelta(days=6), None)
    guidance = laws.verification_guidance("gdpr")
    assert (step.action, step.code, step.letter_type) == (
        "answer",
        "answer_info_request",
        guidance.letter_type,
    )
    assert step.params["guidance"] == guidance.code
    assert "reply to the demand for ID" in advice_text(step) and "GDPR" in advice_text(step)


def test_a_refusal_for_insufficient_verification_advises_the_id_reply_letter(service):
    # 11 CCR §§ 7060-7062 -> ccpa-verification-reply.
    request = new_request(service, "2026-CCPA001", platform="notion", law="ccpa", type="ccpa-delete")
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(
        request.id, "refused", SENT_ON + timedelta(days=5), reason="insufficient_verification"
    )
    step = service.next_step(refused, SENT_ON + timedelta(days=6), None)
    assert (step.action, step.code, step.letter_type) == (
        "answer",
        "answer_verification_refusal",
        "ccpa-verification-reply",
    )
    assert "record the request as reopened" in advice_text(step)


def test_without_sourced_id_guidance_or_a_reply_letter_no_letter_is_advised(service):
    # Virginia: no [[verification]] entry; the Swiss FADP: the GDPR family's guidance, but the
    # reply letter exists only under the GDPR and the UK GDPR (laws.toml only_laws).
    virginia = new_request(service, platform="notion", law="vcdpa", type="us-state-delete")
    swiss = new_request(service, "2026-FADP001", law="fadp")
    for request in (virginia, swiss):
        service.record(request.id, "sent", SENT_ON)
        asked = service.record(request.id, "needs_info", SENT_ON + timedelta(days=5))
        step = service.next_step(asked, SENT_ON + timedelta(days=6), None)
        assert (step.code, step.letter_type, step.params["guidance"]) == ("answer_info_request", None, None)
        assert "demand for ID" not in advice_text(step)


def test_under_the_uk_gdpr_the_controller_complaint_comes_before_the_ico(service):
    # DPA 2018 s. 164A (Data (Use and Access) Act 2025 s. 103): complain to the controller;
    # the ICO expects that step first. Adobe's UK controller is in the catalogue.
    ico = laws.get_law("uk-gdpr").regulator
    from opt_out_gui.core.authorities import get_authority

    request = new_request(service, platform="adobe", law="uk-gdpr")
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=5), reason="other")
    step = service.next_step(refused, SENT_ON + timedelta(days=6), None)
    assert (step.action, step.code, step.situation, step.letter_type) == (
        "complaint",
        "complain_to_controller",
        "refused",
        "gdpr-controller-complaint",
    )
    assert step.authority is None and step.params["after"] == get_authority(ico).name
    text = advice_text(step)
    assert text.startswith("Refused (Other): if you disagree, complain to the company first")
    assert "section 164A of the Data Protection Act 2018" in text
    # The complaint to the controller, refused too: now the ICO.
    to_controller = new_request(
        service, "2026-KCC0001", platform="adobe", law="uk-gdpr", type="gdpr-controller-complaint"
    )
    service.record(to_controller.id, "sent", SENT_ON + timedelta(days=7))
    denied = service.record(to_controller.id, "refused", SENT_ON + timedelta(days=20), reason="other")
    step = service.next_step(denied, SENT_ON + timedelta(days=21), None)
    assert (step.action, step.code, step.letter_type, step.authority) == (
        "complaint",
        "complain",
        "gdpr-complaint",
        get_authority(ico).name,
    )


def test_every_advice_code_has_words(service):
    # Each code the advice can return is worded (wording.advice raises on an unknown code).
    from opt_out_gui.core.tracker.advice import ADVICE_CODES, NextStep

    samples = {
        "days_left": 3,
        "deadline": SENT_ON,
        "law": "GDPR",
        "guidance": None,
        "acknowledge_by": SENT_ON,
        "days": 2,
        "period": Period(60, "days"),
        "after": None,
        "citation": "s. 1",
        "authority": "An Authority",
        "alternative": None,
        "problem": UserError("country is required"),
        "filed_on": None,
        "on": SENT_ON,
        "refusal_reason": "other",
        "reminded_on": SENT_ON,
    }
    for code, names in ADVICE_CODES.items():
        step = NextStep("wait", code, {name: samples[name] for name in names} | samples, "refused")
        assert advice_text(step).strip()
