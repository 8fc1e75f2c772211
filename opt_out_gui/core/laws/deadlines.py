"""Response deadlines: when a company (or authority) must answer a request.

The rules come from laws.toml (period, extension, acknowledgement, how a deadline on a
non-working day moves, whose holidays count). Public holidays come from the `holidays`
library; each (country, subdivision, year) calendar is built once and cached, because
the request table computes a deadline for every row.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from opt_out_gui.core import holiday_cache
from opt_out_gui.core.countries import country_names, is_country
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.laws.registry import (
    DeadlineRule,
    Law,
    Period,
    RequestType,
    get_law,
    get_request_type,
    request_types,
)

SATURDAY = 5

# Which subdivision's holidays stand for a whole country, and what the user is told.
_SUBDIVISION_FOR_COUNTRY = {"GB": "ENG"}
# Countries whose calendar note says more than "regional holidays are not counted".
_CALENDAR_NOTE_CODES = {"GB": "holidays_england", "DE": "holidays_germany_nationwide"}


class Note(NamedTuple):
    """A note on how a deadline was counted: a code and its parameters (wording.deadlines words
    it). Code "source" carries a sentence of the law reference (laws.toml) as it is, in English."""

    code: str
    params: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {k: v.isoformat() if isinstance(v, date) else v for k, v in self.params.items()},
        }


def _source(text: str) -> Note:
    return Note("source", {"text": text})


# Codes of DeadlineResult.holidays: how public holidays were treated (the fronts word them).
HOLIDAYS_APPLIED = "applied"  # the law's or the controller's calendar moved the dates where needed
HOLIDAYS_NOT_COUNTED = "not_counted"  # the rule moves no date for holidays
HOLIDAYS_UNKNOWN_COUNTRY = "unknown_country"  # they count, but the controller's country is unknown


@dataclass(frozen=True)
class DeadlineResult:
    law: str
    type: str | None
    received: date
    deadline: date
    extended_deadline: date | None = None
    acknowledge_by: date | None = None
    notes: list[Note] = field(default_factory=list)
    # (label, date) for each other reading the sources allow; the notes say which one `deadline` uses.
    alternatives: list[tuple[str, date]] = field(default_factory=list)
    # Whose public holidays counted: an ISO country ("IE"), "US-CA" (California) or
    # "CA-federal" (Canada's Interpretation Act list); None when none did.
    holiday_country: str | None = None
    holidays: str = HOLIDAYS_NOT_COUNTED
    # "allowed", "none" or "unknown": whether the law lets the company extend this period.
    extension: str = "unknown"

    @property
    def holidays_unknown(self) -> bool:
        """True where public holidays would move the dates but the controller's country is unknown."""
        return self.holidays == HOLIDAYS_UNKNOWN_COUNTRY

    def to_json(self) -> dict[str, Any]:
        def iso(day: date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "law": self.law,
            "type": self.type,
            "received": self.received.isoformat(),
            "deadline": self.deadline.isoformat(),
            "extended_deadline": iso(self.extended_deadline),
            "acknowledge_by": iso(self.acknowledge_by),
            "notes": [note.to_json() for note in self.notes],
            "holiday_country": self.holiday_country,
            "holidays": self.holidays,
            "extension": self.extension,
        }


@lru_cache(maxsize=512)
def _holiday_names(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    def compute() -> dict[str, str]:
        import holidays

        found = holidays.country_holidays(country, subdiv=subdivision, years=year)
        return {day.isoformat(): name for day, name in found.items()}

    table = holiday_cache.cached(f"{country}|{subdivision or ''}|{year}", compute)
    return {date.fromisoformat(day): name for day, name in table.items()}


@lru_cache(maxsize=64)
def _has_regional_holidays(country: str) -> bool:
    def compute() -> bool:
        import holidays

        return bool(holidays.country_holidays(country).subdivisions)

    return holiday_cache.cached(f"{country}|regions", compute)


@dataclass(frozen=True)
class HolidayCalendar:
    """Saturdays, Sundays and the public holidays of one place (none if country is None)."""

    country: str | None
    subdivision: str | None = None

    @property
    def code(self) -> str | None:
        """What DeadlineResult.holiday_country reports for this calendar."""
        if self.country is None or self.subdivision is None or self.country == "GB":
            return self.country
        return f"{self.country}-{self.subdivision}"

    def holiday_name(self, day: date) -> str | None:
        if self.country is None:
            return None
        return _holiday_names(self.country, self.subdivision, day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < SATURDAY and self.holiday_name(day) is None

    def notes(self) -> list[Note]:
        if self.country is None:
            return []
        if self.country in _CALENDAR_NOTE_CODES:
            return [Note(_CALENDAR_NOTE_CODES[self.country], {})]
        if _has_regional_holidays(self.country):
            name = country_names().get(self.country, self.country)
            return [Note("holidays_nationwide", {"country": self.country, "country_name": name})]
        return []


# The days that subsection 35(1) of Canada's Interpretation Act names as holidays, by the
# name the `holidays` library gives them (it computes the dates; the statute picks the days).
# Sources: the text of s. 35(1) before paragraph (a) as quoted in bills C-323 (1996) and
# C-260 (2001), and S.C. 2021, c. 11, which added National Day for Truth and Reconciliation.
_CANADA_STATUTORY_HOLIDAYS = {
    "New Year's Day": "New Year's Day",
    "Good Friday": "Good Friday",
    "Victoria Day": "Victoria Day",
    "Canada Day": "Canada Day",
    "Labor Day": "Labour Day",
    "Labour Day": "Labour Day",
    "National Day for Truth and Reconciliation": "National Day for Truth and Reconciliation",
    "Remembrance Day": "Remembrance Day",
    "Christmas Day": "Christmas Day",
}
SUNDAY = 6


@lru_cache(maxsize=64)
def _canada_statutory_holidays(year: int) -> dict[date, str]:
    table = holiday_cache.cached(f"CA-federal|{year}", lambda: _compute_canada_statutory_holidays(year))
    return {date.fromisoformat(day): name for day, name in table.items()}


def _compute_canada_statutory_holidays(year: int) -> dict[str, str]:
    import holidays

    every = holidays.Canada(
        years=year,
        observed=False,  # s. 35(1) names the days themselves, not days off in lieu
        categories=(holidays.PUBLIC, holidays.GOVERNMENT, holidays.OPTIONAL),
    )
    found = {
        day: _CANADA_STATUTORY_HOLIDAYS[name]
        for day, name in every.items()
        if name in _CANADA_STATUTORY_HOLIDAYS
    }
    good_friday = next(day for day, name in found.items() if name == "Good Friday")
    found[good_friday + timedelta(days=3)] = "Easter Monday"
    return {day.isoformat(): name for day, name in found.items()}


@dataclass(frozen=True)
class CanadaFederalHolidays:
    """Holidays under the federal Interpretation Act, s. 35(1): every Sunday and the days it names.

    Saturday is not among them, so a time limit ending on a Saturday does not move (s. 26 moves
    only a limit that falls on a holiday). Provincial and municipal holidays and days fixed by
    proclamation, which s. 35(1) also counts where they apply, are not known to the app.
    """

    code: str = "CA-federal"

    def holiday_name(self, day: date) -> str | None:
        if day.weekday() == SUNDAY:
            return "Sunday"
        return _canada_statutory_holidays(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < SATURDAY and self.holiday_name(day) is None

    def notes(self) -> list[Note]:
        return [Note("holidays_canada_federal", {})]


CALIFORNIA = HolidayCalendar("US", "CA")
CANADA_FEDERAL = CanadaFederalHolidays()
Calendar = HolidayCalendar | CanadaFederalHolidays


def add_months(day: date, months: int) -> date:
    """The same date `months` later, or the last day of that month if it has no such date."""
    year, month_index = divmod(day.month - 1 + months, 12)
    year += day.year
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(day.day, last_day))


def add_period(start: date, period: Period, holidays: Calendar) -> date:
    """The end of a period counted from `start`, the start day itself not counted."""
    if period.unit == "months":
        return add_months(start, period.count)
    if period.unit == "days":
        return start + timedelta(days=period.count)
    day, remaining = start, period.count
    while remaining:
        day += timedelta(days=1)
        if holidays.is_working_day(day):
            remaining -= 1
    return day


def roll_forward(day: date, how: str, holidays: Calendar) -> date:
    """Move a deadline off a non-working day, as the law's counting rule says."""
    if how == "weekends_and_holidays":
        while not holidays.is_working_day(day):
            day += timedelta(days=1)
    elif how == "holidays":
        while holidays.holiday_name(day) is not None:
            day += timedelta(days=1)
    return day


def _calendar_for(
    law: Law, rule: DeadlineRule, holiday_country: str | None
) -> tuple[Calendar, str, list[Note]]:
    """The holiday calendar for this rule, the DeadlineResult.holidays code, and notes."""
    if rule.holidays == "US-CA":
        return CALIFORNIA, HOLIDAYS_APPLIED, []
    if rule.holidays == "CA-federal":
        return CANADA_FEDERAL, HOLIDAYS_APPLIED, CANADA_FEDERAL.notes()
    if rule.holidays != "country":
        return HolidayCalendar(None), HOLIDAYS_NOT_COUNTED, []
    if holiday_country is None:
        if len(law.countries) != 1:
            weekends = rule.roll_forward == "weekends_and_holidays"
            return (
                HolidayCalendar(None),
                HOLIDAYS_UNKNOWN_COUNTRY,
                [Note("holidays_country_unknown", {"weekends_move": weekends})],
            )
        holiday_country = law.countries[0]  # a one-country law counts that country's holidays
    if holiday_country not in law.countries:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}",
            ),
            country=holiday_country,
            law=law.short_name,
            law_id=law.id,
            countries=", ".join(law.countries),
        )
    holidays = HolidayCalendar(holiday_country, _SUBDIVISION_FOR_COUNTRY.get(holiday_country))
    return holidays, HOLIDAYS_APPLIED, holidays.notes()


def _moved_note(raw: date, moved: date, holidays: Calendar) -> Note:
    """The deadline moved off a non-working day: "holiday" is the public holiday's (English)
    name, or None for a Saturday or Sunday."""
    holiday = holidays.holiday_name(raw)
    named_day = holiday is not None and holiday != f"{raw:%A}"  # Canada's calendar names Sundays too
    return Note("deadline_moved", {"day": raw, "to": moved, "holiday": holiday if named_day else None})


def compute_deadline(
    law_id: str,
    received: date,
    type_id: str | None = None,
    holiday_country: str | None = None,
    today: date | None = None,
) -> DeadlineResult:
    """When the answer to a request received on `received` is due under a law.

    `holiday_country` is the controller's country (ISO code), or None when it is unknown:
    its public holidays move a deadline where the law says so (GDPR family). Where they
    would count but the country is unknown, no holiday moves the date and the result says
    so (`holidays == HOLIDAYS_UNKNOWN_COUNTRY`). Laws with a calendar of their own
    (California, Canada) ignore it. `today` defaults to the real date; a received date
    after it is refused.
    """
    law = get_law(law_id)
    request_type = get_request_type(type_id) if type_id else None
    if request_type is not None and law.id not in request_type.laws:
        valid = [t.id for t in request_types(law.id)]
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "request type {type!r} does not apply under {law}; valid types for {law_id}: {types}"
            ),
            type=request_type.id,
            law=law.short_name,
            law_id=law.id,
            types=", ".join(valid),
        )
    today = today or date.today()
    if received > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "received date {date} is in the future (today is {today})"),
            date=received.isoformat(),
            today=today.isoformat(),
        )
    rule_kind = request_type.deadline_rule if request_type else "request"
    rule = law.deadlines.get(rule_kind) if rule_kind else None
    if rule is None:
        raise _no_period(law, request_type)
    holiday_country = (holiday_country or "").strip().upper() or None  # a profile without a country has ""
    if holiday_country is not None and not is_country(holiday_country):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB"
            ),
            country=holiday_country,
        )
    holidays, holidays_code, notes = _calendar_for(law, rule, holiday_country)
    notes = [_source(text) for text in rule.notes] + notes

    first_end = add_period(received, rule.period, holidays)
    deadline = roll_forward(first_end, rule.roll_forward, holidays)
    if deadline != first_end:
        notes.append(_moved_note(first_end, deadline, holidays))
    extended = None
    if rule.extended_period is not None:
        extended = roll_forward(
            add_period(received, rule.extended_period, holidays), rule.roll_forward, holidays
        )
    elif rule.extension_note:
        notes.append(_source(rule.extension_note))
    acknowledge_by = None
    if rule.acknowledge_within is not None:
        acknowledge_by = add_period(received, rule.acknowledge_within, holidays)

    if not rule.applies_fully_to(request_type.id if request_type else None):
        notes.append(_source(rule.not_stated_note))
    if (
        request_type is not None
        and request_type.needs_previous_request
        and request_type.recipient == "controller"
        and request_type.deadline_rule == "request"
    ):
        notes.append(Note("reminder_uses_original_receipt", {}))

    alternatives = []
    chosen = {"deadline": deadline, "extended_deadline": extended}
    for alternative in rule.alternatives:
        start = received if alternative.counted_from == "receipt" else first_end
        other = roll_forward(add_period(start, alternative.period, holidays), rule.roll_forward, holidays)
        if other != chosen[alternative.replaces]:
            alternatives.append((alternative.label, other))
            # "reading": the law reference's sentence on the reading used; "label": the other one.
            notes.append(
                Note(
                    "other_reading",
                    {"reading": alternative.used_reading, "label": alternative.label, "date": other},
                )
            )

    return DeadlineResult(
        law=law.id,
        type=request_type.id if request_type else None,
        received=received,
        deadline=deadline,
        extended_deadline=extended,
        acknowledge_by=acknowledge_by,
        notes=notes,
        alternatives=alternatives,
        holiday_country=holidays.code if holidays_code == HOLIDAYS_APPLIED else None,
        holidays=holidays_code,
        extension=rule.extension,
    )


def _no_period(law: Law, request_type: RequestType | None) -> UserError:
    if request_type is not None and request_type.deadline_rule == "appeal":
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "the sources used give no period within which the company must decide an appeal under {law}, "
                "so an appeal letter cannot state a deadline; "
                "appeal in writing and record the company's answer",
            ),
            law=law.short_name,
        )
    if request_type is not None:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "the sources give no response period for {type!r} under {law}; "
            "types with a deadline for {law_id}: {types}",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "the sources give no response period for 'a request' under {law}; "
            "types with a deadline for {law_id}: {types}",
        )
    return UserError(
        template,
        type=request_type.id if request_type else "",
        law=law.short_name,
        law_id=law.id,
        types=", ".join(t.id for t in _types_with_deadlines(law)),
    )


def _types_with_deadlines(law: Law) -> list[RequestType]:
    return [t for t in request_types(law.id) if t.deadline_rule in law.deadlines]
