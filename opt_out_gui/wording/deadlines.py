"""How a deadline stands today, in words: the one formatter for the table, the detail pane,
the dashboard, the advice and the CLI."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from opt_out_gui.wording import DateFormat, Translate, count, identity

if TYPE_CHECKING:  # this module is imported at start-up; the deadline engine is not
    from opt_out_gui.core.laws.deadlines import Note
    from opt_out_gui.core.laws.registry import Period

_PERIOD_NOUNS = {"months": "month", "days": "day", "business_days": "business_day"}


def period_text(period: Period, translate: Translate = identity) -> str:
    """A law's period in words: '1 month', '45 days', '15 business days'."""
    return count(_PERIOD_NOUNS[period.unit], period.count, translate)


def deadline_text(days_left: int, overdue: bool, translate: Translate = identity) -> str:
    """'5 days left', 'due today', 'overdue by 10 days', or 'passed 3 days ago' for a deadline
    that passed while nothing is owed (the company waits for the user's information)."""
    days = count("day", abs(days_left), translate)
    if overdue:
        return translate("Deadline", "overdue by {days}").format(days=days)
    if days_left < 0:
        return translate("Deadline", "passed {days} ago").format(days=days)
    if days_left == 0:
        return translate("Deadline", "due today")
    return translate("Deadline", "{days} left").format(days=days)


def note_text(note: Note, translate: Translate = identity, format_date: DateFormat = date.isoformat) -> str:
    """A note on how a deadline was counted (core.laws.deadlines.Note) in words; a "source"
    note is the law reference's own sentence (marked for translation in core/laws/texts.py)."""
    p = note.params
    if note.code == "source":
        return translate("LawText", p["text"])
    if note.code == "holidays_england":
        return translate(
            "DeadlineNote",
            "Public holidays: the bank holidays of England; "
            "Scotland and Northern Ireland have different ones.",
        )
    if note.code == "holidays_germany_nationwide":
        return translate(
            "DeadlineNote",
            "Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their "
            "own, which are not counted.",
        )
    if note.code == "holidays_nationwide":
        return translate(
            "DeadlineNote",
            "Public holidays: the nationwide holidays of {country}; regional holidays are not counted.",
        ).format(country=p["country_name"])
    if note.code == "holidays_canada_federal":
        return translate(
            "DeadlineNote",
            "Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year's Day, "
            "Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth "
            "and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and "
            "days fixed by proclamation also count there but are not in this calendar.",
        )
    if note.code == "holidays_country_unknown":
        text = translate(
            "DeadlineNote",
            "No roll-forward for public holidays was applied because the controller's country is "
            "unknown: a deadline on a public holiday there would move to the next working day.",
        )
        if p["weekends_move"]:
            text += " " + translate(
                "DeadlineNote", "Saturdays and Sundays still move it, as the counting rule says."
            )
        return text
    if note.code == "deadline_moved":
        if p["holiday"]:
            moved = translate(
                "DeadlineNote", "{day} is a public holiday ({holiday}), so the deadline moves to {date}."
            )
        elif p["day"].weekday() == 5:
            moved = translate("DeadlineNote", "{day} is a Saturday, so the deadline moves to {date}.")
        else:
            moved = translate("DeadlineNote", "{day} is a Sunday, so the deadline moves to {date}.")
        return moved.format(day=format_date(p["day"]), holiday=p["holiday"], date=format_date(p["to"]))
    if note.code == "reminder_uses_original_receipt":
        return translate(
            "DeadlineNote",
            "For a reminder, give the date your original request was received: "
            "the deadline shown is that request's deadline.",
        )
    if note.code == "other_reading":
        return translate("DeadlineNote", "{reading} The other reading ({label}) gives {date}.").format(
            reading=translate("LawText", p["reading"]),
            label=translate("LawText", p["label"]),
            date=format_date(p["date"]),
        )
    raise ValueError(f"no words for deadline note {note.code!r}")


def notes_text(
    notes: list[Note], translate: Translate = identity, format_date: DateFormat = date.isoformat
) -> list[str]:
    return [note_text(note, translate, format_date) for note in notes]
