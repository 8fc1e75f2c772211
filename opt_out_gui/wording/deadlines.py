"""How a deadline stands today, in words: the one formatter for the table, the detail pane,
the dashboard, the advice and the CLI."""

from __future__ import annotations

from opt_out_gui.wording import Translate, count, identity


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
