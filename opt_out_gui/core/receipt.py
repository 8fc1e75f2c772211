"""When a company received a request: the day its legal deadline counts from.

Email, web forms and in-app requests arrive the day they are sent. A posted letter
arrives later: the user enters the day when they know it (from tracking or the
company's answer); until then the app estimates it from the published delivery
standard of the country's postal service (data/postal.toml) when the letter travels
inside one country that has one, and otherwise takes the send date. Every estimate is
marked as one, and the user can correct it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.resources import data_dir

# Receipt.basis codes (stored with the request; the fronts word them).
SAME_DAY = "same_day"  # email, web form, in-app: received the day it was sent
ENTERED = "entered"  # the user gave the date
ESTIMATED = "estimated"  # a posted letter: send date plus a published delivery standard, or the send date
SENT_DATE = "sent_date"  # recorded before receipt dates were kept: the deadline counts from the send date
BASES = (SAME_DAY, ENTERED, ESTIMATED, SENT_DATE)

_SUNDAY = 6
_SATURDAY = 5


@dataclass(frozen=True)
class PostalStandard:
    country: str
    working_days: int
    saturday_counts: bool
    standard: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Receipt:
    day: date
    basis: str
    # The delivery standard an estimate rests on (None: none is published for the route); with
    # the basis, it is how the fronts word how the day was found (no prose here).
    standard: PostalStandard | None = None


@cache
def postal_standards() -> dict[str, PostalStandard]:
    raw = tomllib.loads((data_dir() / "postal.toml").read_text(encoding="utf-8"))
    return {
        item["code"]: PostalStandard(
            country=item["code"],
            working_days=item["working_days"],
            saturday_counts=item.get("saturday_counts", False),
            standard=item["standard"],
            sources=tuple(item["sources"]),
        )
        for item in raw["country"]
    }


def estimate_receipt(
    channel: str, sent: date, sender_country: str | None, recipient_country: str | None
) -> Receipt:
    """The receipt day the app assumes when the user gave none."""
    if channel != "post":
        return Receipt(sent, SAME_DAY)
    sender = (sender_country or "").upper() or None
    recipient = (recipient_country or "").upper() or None
    standard = postal_standards().get(recipient) if recipient is not None and sender == recipient else None
    if standard is None:
        return Receipt(sent, ESTIMATED)
    arrival = _add_postal_days(sent, standard)
    return Receipt(arrival, ESTIMATED, standard)


def entered_receipt(sent: date, received: date, today: date) -> Receipt:
    """A receipt day the user gave, checked against the send day and today."""
    if received < sent:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "received date {date} is before the request was sent ({sent})"),
            date=received.isoformat(),
            sent=sent.isoformat(),
        )
    if received > today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "received date {date} is in the future (today is {today}); "
                "enter it once the company has the letter, or leave it empty for the estimate",
            ),
            date=received.isoformat(),
            today=today.isoformat(),
        )
    return Receipt(received, ENTERED)


def _add_postal_days(sent: date, standard: PostalStandard) -> date:
    from opt_out_gui.core.laws.deadlines import HolidayCalendar

    holidays = HolidayCalendar(standard.country)
    last_working = _SUNDAY if standard.saturday_counts else _SATURDAY
    day, remaining = sent, standard.working_days
    while remaining:
        day += timedelta(days=1)
        if day.weekday() < last_working and holidays.holiday_name(day) is None:
            remaining -= 1
    return day
