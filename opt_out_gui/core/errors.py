"""Errors that carry a message meant for the user, and a code with fields for the fronts."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad input, unusable file or folder).

    The message names the problem (file, field, value) in words that fit every front end:
    it never names a command-line flag or a place in the GUI. Where a front end can say how
    to fix it (a flag, a settings page), the error carries a `code` and the `fields` that
    wording needs; each front adds its own hint by code (cli/errors.py, ui/errors.py).
    The CLI prints it as one line on stderr with exit code 2, the GUI in a dialog or label.
    Raising it must leave every file and record unchanged.
    """

    def __init__(self, message: str = "", *, code: str | None = None, **fields: object) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields
