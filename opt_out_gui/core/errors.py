"""Errors that carry a message meant for the user, as a template with fields for the fronts."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks `text` for translation without importing Qt: scripts/update-translations runs
    pyside6-lupdate over core too, and each front translates the text where it shows it."""
    return text


class UserError(Exception):
    """A problem the user can fix (bad input, unusable file or folder).

    `template` names the problem in English words that fit every front end, with `{name}`
    placeholders for the values (file, field, value) given as keyword fields; it is marked
    with QT_TRANSLATE_NOOP("Error", ...) so the GUI can show it in the user's language
    (wording/errors.py). It never names a command-line flag or a place in the GUI: where a
    front end can say how to fix it, the error carries a `code`, and each front adds its own
    hint by code (cli/errors.py, ui/errors.py). A field may hold another error, worded in turn.
    The CLI prints it as one line on stderr with exit code 2, the GUI in a dialog or label.
    Raising it must leave every file and record unchanged.
    """

    def __init__(self, template: str = "", *, code: str | None = None, **fields: object) -> None:
        super().__init__(template.format(**fields) if fields else template)
        self.template = template
        self.code = code
        self.fields = fields
