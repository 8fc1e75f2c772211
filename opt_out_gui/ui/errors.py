"""Core errors as the GUI says them: the error's words, and where in the app to fix it
(core never names a place; see core/errors.py). The GUI never shows a command-line flag."""

from __future__ import annotations

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.translation import translate
from opt_out_gui.wording.errors import error_text


def gui_error_text(error: BaseException) -> str:
    """A UserError's words with the hint for its code; any other exception is a bug, said as one
    (its traceback is in the log: ui.tasks and ui.crash write it there)."""
    if not isinstance(error, UserError):
        return translate("Error", "unexpected error: {name}; details are in the log file").format(
            name=type(error).__name__
        )
    return error_text(error, translate) + _hint(error.code)


def _hint(code: str | None) -> str:
    if code == "sender_field_missing":
        return translate("Error", "; add it in Settings > Profile")
    if code == "deadline_not_passed":
        return translate("Error", " (Outcome, under the earlier request)")
    if code == "land_required":
        return translate("Error", " (Settings > Profile, Land)")
    if code == "law_unknown_for_country":
        return translate("Error", "; choose a law, or set your country in Settings > Profile")
    if code == "smtp_not_set_up":
        return translate("Error", ": enter your mail server in Settings > Email")
    if code == "smtp_password_missing":
        return translate("Error", ": enter it in Settings > Email")
    if code == "not_a_database":
        return translate("Error", "; move it away, then start the app again")
    if code == "reply_request_unknown":
        return translate("Error", ": select that request, then use its Add reply button")
    return ""
