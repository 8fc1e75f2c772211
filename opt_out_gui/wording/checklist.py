"""The checklist in words: progress, and why a done control needs checking again."""

from __future__ import annotations

from datetime import date

from opt_out_gui.core.checklist import Recheck
from opt_out_gui.wording import DateFormat, Translate, count, identity


def progress_text(done: int, total: int, translate: Translate = identity, due: int = 0) -> str:
    """'1 of 2 controls done', and ', 1 to check again' where done controls are due for a re-check
    (they count as done: the user did them, and the Done box stays ticked)."""
    text = translate("Checklist", "{done} of {controls} done").format(
        done=done, controls=count("control", total, translate)
    )
    if due:
        text += translate("Checklist", ", {due} to check again").format(due=due)
    return text


def done_outcome(kind: str, translate: Translate = identity) -> str:
    """What doing a control achieved, by its kind: a setting is switched off, a form sends an
    objection, an email control sends an email."""
    outcomes = {
        "toggle": translate("Checklist", "Switched off"),
        "form": translate("Checklist", "Objection sent"),
        "email": translate("Checklist", "Email sent"),
    }
    return outcomes.get(kind, translate("Checklist", "Done"))


def recheck_text(
    recheck: Recheck, translate: Translate = identity, format_date: DateFormat = date.isoformat
) -> str:
    """Why a done control needs checking again; dates as the front writes them."""
    translate, p = translate, recheck.params
    if recheck.code == "update_brought_event":
        return translate(
            "Checklist",
            "A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}",
        ).format(
            arrived=format_date(p["arrived"]),
            platform=p["platform"],
            date=format_date(p["date"]),
            summary=p["summary"],
        )
    if recheck.code == "policy_changed":
        return translate(
            "Checklist", "{platform} changed its policy on {date}, after you did this: {summary}"
        ).format(platform=p["platform"], date=format_date(p["date"]), summary=p["summary"])
    if recheck.code == "interval_passed":
        return translate(
            "Checklist",
            "Done {days} ago; platforms change or re-enable settings, so check it every {interval}.",
        ).format(days=count("day", p["days"], translate), interval=count("day", p["interval"], translate))
    raise ValueError(f"no words for re-check code {recheck.code!r}")
