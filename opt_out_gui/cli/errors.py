"""Core errors as the command line says them: the error's words, and the flag or command
that fixes it (core never names one; see core/errors.py)."""

from __future__ import annotations

from opt_out_gui.core.errors import UserError
from opt_out_gui.wording.errors import error_text


def cli_error_text(error: UserError) -> str:
    fields = error.fields
    if error.code == "file_exists":
        return f"{fields['path']} exists already; pass --force to replace it"
    if error.code == "version_out_of_range":
        return f"--version must be a whole number from 1 to {fields['maximum']}"
    return error_text(error) + _hint(error.code, fields)


def _hint(code: str | None, fields: dict) -> str:
    if code == "sender_field_missing":
        name = fields["field"]
        return f"; give --{name} or set it with `opt-out profile set --{name} ...`"
    if code == "deadline_not_passed":
        return " with --earlier-outcome (refused, partially_fulfilled, needs_info)"
    if code == "land_required":
        return " with `opt-out profile set --state NAME` (for example --state Berlin)"
    if code == "law_unknown_for_country":
        return f"; give --law ({', '.join(fields['choices'])}) or set your country"
    if code == "request_not_found":
        return "; `opt-out requests list` shows " + ("the ids" if "id" in fields else "them")
    if code == "platform_unknown":
        return f"; `opt-out platforms` lists the {fields['count']} platforms"
    if code == "not_a_database":
        return "; move it away or choose another --data-dir"
    if code == "smtp_not_set_up":
        return ": run `opt-out smtp set --host ... --from ...`"
    if code == "smtp_password_missing":
        return ": give it with --password-stdin, or save it with `opt-out smtp set --password-stdin`"
    if code == "restore_target_holds_data":
        return ", or pass --force to replace it (a copy is kept in its backups folder first)"
    if code == "reply_request_unknown":
        return " with --request ID"
    return ""
