"""Tracked requests: lifecycle, deadlines from the law engine, timeline events, attachments.

- lifecycle: statuses, which events may follow which status, the checks on drafts and events;
- model: the records (Request, Event, Attachment, RequestRow, Summary);
- repository: all SQL for requests, events and attachments;
- attachments: files copied into the data directory for an event;
- advice: the next step as a code with parameters, which the fronts word;
- service: TrackerService, what the GUI and the CLI call.

The names below stay importable from here so callers need not know the split.
"""

from opt_out_gui.core.tracker.advice import NextStep
from opt_out_gui.core.tracker.lifecycle import (
    ALLOWED_EVENTS,
    AWAITING_ANSWER,
    CHANNELS,
    CLOSED,
    DUE_SOON_DAYS,
    EVENT_KINDS,
    MAX_ATTACHMENT_BYTES,
    MAX_BODY_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_RECIPIENT_LENGTH,
    MAX_SUBJECT_LENGTH,
    REFUSAL_REASONS,
    RUNNING_DEADLINE,
    STATUSES,
    TIMELINE_ONLY_EVENTS,
    Draft,
    check_draft,
    check_event,
    check_event_order,
)
from opt_out_gui.core.tracker.model import Attachment, Event, Request, RequestRow, Summary
from opt_out_gui.core.tracker.repository import SHOWS, SORTS, RequestQuery, RowPager
from opt_out_gui.core.tracker.service import TrackerService

__all__ = [
    "ALLOWED_EVENTS",
    "AWAITING_ANSWER",
    "CHANNELS",
    "CLOSED",
    "DUE_SOON_DAYS",
    "EVENT_KINDS",
    "MAX_ATTACHMENT_BYTES",
    "MAX_BODY_LENGTH",
    "MAX_NOTE_LENGTH",
    "MAX_RECIPIENT_LENGTH",
    "MAX_SUBJECT_LENGTH",
    "REFUSAL_REASONS",
    "RUNNING_DEADLINE",
    "STATUSES",
    "TIMELINE_ONLY_EVENTS",
    "Attachment",
    "Draft",
    "Event",
    "NextStep",
    "Request",
    "RequestQuery",
    "RequestRow",
    "RowPager",
    "SHOWS",
    "SORTS",
    "Summary",
    "TrackerService",
    "check_draft",
    "check_event",
    "check_event_order",
]
