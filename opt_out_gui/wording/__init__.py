"""What the app says, in English, for both front ends, without Qt.

Core speaks in codes and values (statuses, next-step codes, error codes with fields); the
modules here turn them into text. Every function takes `translate(context, text)`: the CLI
passes `identity`, the GUI passes `QCoreApplication.translate`. Each text appears once, as a
literal in a call `translate("Context", "...")`, so a translation pass (pyside6-lupdate) can
extract it; placeholders are `{name}` fields filled in after translation.

A count is worded by one function (`count`) with one form per count: the singular for 1,
the plural otherwise. A later pass can replace that choice with Qt's numerus forms
(`translate(context, "%n day(s)", None, n)`) in that one place.

Layers: core never imports this package; the GUI (ui/), the CLI (cli/) and the PDF writer may.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

# translate(context, text) -> the text in the user's language (QCoreApplication.translate fits).
Translate = Callable[[str, str], str]
# How a front writes a day in a sentence: the CLI in ISO or English, the GUI in its locale's words.
DateFormat = Callable[[date], str]


def identity(context: str, text: str) -> str:
    """The English text itself: what the CLI shows (and the GUI before translations exist)."""
    return text


def sentence(text: str) -> str:
    """The text with its first letter in upper case, to start a line or a sentence."""
    return text[:1].upper() + text[1:]


def count(noun: str, n: int, translate: Translate = identity) -> str:
    """'1 day', '12 days': n with the noun in the form for that count."""
    one, other = _NOUNS[noun](translate)
    return (one if n == 1 else other).replace("%n", str(n))


def _nouns() -> dict[str, Callable[[Translate], tuple[str, str]]]:
    return {
        "day": lambda t: (t("Count", "%n day"), t("Count", "%n days")),
        "request": lambda t: (t("Count", "%n request"), t("Count", "%n requests")),
        "letter": lambda t: (t("Count", "%n letter"), t("Count", "%n letters")),
        "account": lambda t: (t("Count", "%n account"), t("Count", "%n accounts")),
        "control": lambda t: (t("Count", "%n control"), t("Count", "%n controls")),
        "platform": lambda t: (t("Count", "%n platform"), t("Count", "%n platforms")),
        "policy_event": lambda t: (t("Count", "%n new policy event"), t("Count", "%n new policy events")),
        "draft_request": lambda t: (t("Count", "%n draft request"), t("Count", "%n draft requests")),
        "attachment": lambda t: (t("Count", "%n attached file"), t("Count", "%n attached files")),
        "copy": lambda t: (t("Count", "%n copy"), t("Count", "%n copies")),
        "opt_out_control": lambda t: (t("Count", "%n opt-out control"), t("Count", "%n opt-out controls")),
    }


_NOUNS = _nouns()
