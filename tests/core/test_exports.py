import csv
import io
import json
from datetime import date, timedelta

from icalendar import Calendar

from opt_out_gui.core.exports import REMINDER_DAYS_BEFORE, export_requests
from opt_out_gui.core.tracker import Attachment, Event, Request
from tests.cli.helpers import REQUEST_JSON_KEYS

TODAY = date(2026, 3, 10)


def make_request(id_, status="sent", deadline=date(2026, 3, 2), extended=None, events=(), **changes):
    values = dict(
        id=id_,
        reference=f"2026-AAAAAA{id_}",
        platform="linkedin",
        account="",
        type="gdpr-objection-ai",
        law="gdpr",
        language="en",
        channel="email",
        recipient="LinkedIn Ireland Unlimited Company",
        subject="Objection",
        body="Dear Sir or Madam,\n...",
        created_at="2026-02-01T10:00:00+00:00",
        sent_at=date(2026, 2, 2) if status != "draft" else None,
        deadline=deadline if status != "draft" else None,
        extended_deadline=extended,
        acknowledge_by=None,
        status=status,
        refusal_reason="no_match" if status == "refused" else None,
        events=tuple(events),
    )
    values.update(changes)
    return Request(**values)


SENT = Event(1, "sent", date(2026, 2, 2), "by email", "2026-02-02T10:00:00+00:00")
REPLY = Event(
    2,
    "reply_received",
    date(2026, 2, 20),
    '=HYPERLINK("http://evil")',
    "2026-02-20T10:00:00+00:00",
    (Attachment(1, 2, "reply.pdf", "ab" * 32, 1234, "attachments/x-reply.pdf"),),
)
REQUESTS = [
    make_request(1, events=(SENT, REPLY)),  # overdue since 2 March
    make_request(2, status="extended", extended=date(2026, 5, 2)),
    make_request(3, status="draft"),
    make_request(4, status="fulfilled", deadline=date(2026, 3, 20)),
]


def test_json_export_has_every_request_with_events_and_derived_overdue():
    document = json.loads(export_requests(REQUESTS, "json", TODAY))
    assert document["format"] == "opt-out-requests"
    by_id = {r["id"]: r for r in document["requests"]}
    assert set(by_id) == {1, 2, 3, 4}
    first = by_id[1]
    assert first["overdue"] is True and first["days_left"] == -8
    assert first["body"].startswith("Dear Sir")
    assert [e["kind"] for e in first["events"]] == ["sent", "reply_received"]
    assert first["events"][1]["attachments"][0]["sha256"] == "ab" * 32
    assert by_id[2]["overdue"] is False and by_id[2]["extended_deadline"] == "2026-05-02"
    assert by_id[4]["overdue"] is False  # fulfilled requests are never overdue
    for key in REQUEST_JSON_KEYS:
        assert key in first


def test_csv_export_one_row_per_request_events_in_a_cell_and_formulas_defused():
    rows = list(csv.DictReader(io.StringIO(export_requests(REQUESTS, "csv", TODAY).decode())))
    assert [row["id"] for row in rows] == ["1", "2", "3", "4"]
    events = rows[0]["events"].splitlines()
    assert events[0] == "2026-02-02 sent: by email"
    assert events[1].startswith("2026-02-20 reply_received: =HYPERLINK")
    assert "reply.pdf sha256:" + "ab" * 32 in events[1]
    assert rows[0]["overdue"] == "True"
    assert rows[2]["sent"] == "" and rows[2]["status"] == "draft"
    evil = make_request(5, subject="=cmd|' /C calc'!A0")
    (row,) = csv.DictReader(io.StringIO(export_requests([evil], "csv", TODAY).decode()))
    assert row["subject"] == "'=cmd|' /C calc'!A0"


def test_ics_has_one_event_per_open_deadline_with_a_reminder_before():
    calendar = Calendar.from_ical(export_requests(REQUESTS, "ics", TODAY, {"linkedin": "LinkedIn"}))
    events = calendar.walk("VEVENT")
    # The draft has no deadline and the fulfilled request needs no reminder.
    assert sorted(e.decoded("dtstart") for e in events) == [date(2026, 3, 2), date(2026, 5, 2)]
    extended = next(e for e in events if e.decoded("dtstart") == date(2026, 5, 2))
    assert "LinkedIn" in str(extended["summary"]) and "2026-AAAAAA2" in str(extended["summary"])
    assert extended.decoded("dtend") == date(2026, 5, 3)
    (alarm,) = extended.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=REMINDER_DAYS_BEFORE)
    assert str(alarm["action"]) == "DISPLAY"
    assert len({str(e["uid"]) for e in events}) == 2
