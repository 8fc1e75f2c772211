"""Exports of tracked requests: CSV and JSON (with timelines), and an iCalendar of deadlines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from opt_out_gui import __version__
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.tracker import RUNNING_DEADLINE, Request

EXPORT_FORMATS = ("csv", "json", "ics")
REMINDER_DAYS_BEFORE = 3
JSON_FORMAT_VERSION = 1
CSV_COLUMNS = (
    "id",
    "reference",
    "platform",
    "account",
    "type",
    "law",
    "language",
    "channel",
    "recipient",
    "subject",
    "status",
    "refusal_reason",
    "created_at",
    "sent",
    "deadline",
    "extended_deadline",
    "acknowledge_by",
    "days_left",
    "overdue",
    "events",
)
# Spreadsheet programs run a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_requests(
    requests: Sequence[Request], fmt: str, today: date, platform_names: Mapping[str, str] | None = None
) -> bytes:
    """The requests in one of EXPORT_FORMATS, as the bytes of the file."""
    if fmt == "csv":
        return requests_csv(requests, today).encode("utf-8")
    if fmt == "json":
        return requests_json(requests, today).encode("utf-8")
    if fmt == "ics":
        return deadlines_ics(requests, platform_names or {})
    raise UserError(
        QT_TRANSLATE_NOOP("Error", "export format {format!r} is not one of: {choices}"),
        format=fmt,
        choices=", ".join(EXPORT_FORMATS),
    )


def requests_json(requests: Sequence[Request], today: date) -> str:
    document = {
        "format": "opt-out-requests",
        "version": JSON_FORMAT_VERSION,
        "exported_on": today.isoformat(),
        "requests": [request.to_json(today, include_letter=True) for request in requests],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def requests_csv(requests: Sequence[Request], today: date) -> str:
    """One row per request; the timeline is one cell, an event per line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for request in requests:
        data = request.to_json(today)
        data["events"] = "\n".join(_event_line(event) for event in data["events"])
        writer.writerow([_cell(data[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def _event_line(event: dict) -> str:
    line = f"{event['date']} {event['kind']}"
    if event["note"]:
        line += f": {event['note']}"
    for attachment in event["attachments"]:
        line += f" [{attachment['file_name']} sha256:{attachment['sha256']}]"
    return line


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def deadlines_ics(requests: Sequence[Request], platform_names: Mapping[str, str]) -> bytes:
    """One all-day event per open deadline, with a reminder REMINDER_DAYS_BEFORE days ahead."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//Opt-Out Assistant//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Opt-Out Assistant deadlines")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for request in requests:
        deadline = request.effective_deadline
        if deadline is None or request.status not in RUNNING_DEADLINE:
            continue
        platform = platform_names.get(request.platform, request.platform)
        title = f"Deadline: {platform} {request.type.replace('_', ' ')} request ({request.reference})"
        event = Event()
        event.add("uid", f"{request.reference}-deadline@opt-out-assistant")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline)
        event.add("dtend", deadline + timedelta(days=1))
        event.add("summary", title)
        event.add(
            "description",
            f"{request.law} {request.type} request {request.reference}, sent {request.sent_at}, "
            f"status {request.status}. If there is no answer by this date, send a reminder.",
        )
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", timedelta(days=-REMINDER_DAYS_BEFORE))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
