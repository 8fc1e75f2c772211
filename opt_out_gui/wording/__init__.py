"""What the app says, in English, for both front ends, without Qt.

Core speaks in codes and values (statuses, next-step codes, error codes with fields); the
modules here turn them into text. Every function takes `translate(context, text)`: the CLI
passes `identity`, the GUI passes `QCoreApplication.translate`. Each text appears once, as a
literal in a call `translate("Context", "...")`, so a translation pass (pyside6-lupdate) can
extract it; placeholders are `{name}` fields filled in after translation.

A count is worded by one function (`count`) with Qt's numerus forms: each noun is one
source text such as "%n day(s)", which a translation gives in as many forms as its language
has (Polish three); `identity` gives the English forms for the CLI.

Layers: core never imports this package; the GUI (ui/), the CLI (cli/) and the PDF writer may.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

# translate(context, text, disambiguation=None, n=-1) -> the text in the user's language:
# QCoreApplication.translate fits; n >= 0 asks for the numerus form of that count.
Translate = Callable[..., str]
# How a front writes a day in a sentence: the CLI in ISO or English, the GUI in its locale's words.
DateFormat = Callable[[date], str]

# English forms of the numerus source texts that "(s)" cannot give.
_ENGLISH_IRREGULAR = {"%n cop(y/ies)": ("%n copy", "%n copies")}


def identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text itself: what the CLI shows. With a count n, the English form for n
    of a numerus text ("%n day(s)" -> "1 day", "3 days")."""
    if n < 0:
        return text
    one, other = _ENGLISH_IRREGULAR.get(text) or (text.replace("(s)", ""), text.replace("(s)", "s"))
    return (one if n == 1 else other).replace("%n", str(n))


def sentence(text: str) -> str:
    """The text with its first letter in upper case, to start a line or a sentence."""
    return text[:1].upper() + text[1:]


def count(noun: str, n: int, translate: Translate = identity) -> str:
    """'1 day', '12 days': n with the noun in the form its language gives that count."""
    return getattr(Count(translate, n), noun)()


class Count:
    """The numerus texts, one method per noun. A class with a `tr` method, because that is the
    form pyside6-lupdate extracts as numerus (context "Count"); `tr` hands the text to the
    front's translate."""

    def __init__(self, translate: Translate, n: int) -> None:
        self._translate = translate
        self.n = n

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        return self._translate("Count", text, disambiguation, n)

    def day(self) -> str:
        return self.tr("%n day(s)", None, self.n)

    def business_day(self) -> str:
        return self.tr("%n business day(s)", None, self.n)

    def month(self) -> str:
        return self.tr("%n month(s)", None, self.n)

    def request(self) -> str:
        return self.tr("%n request(s)", None, self.n)

    def letter(self) -> str:
        return self.tr("%n letter(s)", None, self.n)

    def account(self) -> str:
        return self.tr("%n account(s)", None, self.n)

    def control(self) -> str:
        return self.tr("%n control(s)", None, self.n)

    def platform(self) -> str:
        return self.tr("%n platform(s)", None, self.n)

    def policy_event(self) -> str:
        return self.tr("%n new policy event(s)", None, self.n)

    def draft_request(self) -> str:
        return self.tr("%n draft request(s)", None, self.n)

    def attachment(self) -> str:
        return self.tr("%n attached file(s)", None, self.n)

    def file(self) -> str:
        return self.tr("%n file(s)", None, self.n)

    def copy(self) -> str:
        return self.tr("%n cop(y/ies)", None, self.n)

    def opt_out_control(self) -> str:
        return self.tr("%n opt-out control(s)", None, self.n)
