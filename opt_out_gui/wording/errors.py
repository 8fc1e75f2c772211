"""A core error in words: for a coded error the words for its code, else its message.

Core messages are complete English sentences that fit every front end and never name a
flag or a place in the GUI. The texts here are those messages, ready for translation; each
front then adds its own hint by code (cli/errors.py: a flag or a command; ui/errors.py: a
place in the app). A test keeps each text equal to the message core raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from opt_out_gui.wording import Translate, identity


def error_text(error: BaseException, translate: Translate = identity) -> str:
    """The error's words (its message where no text is known for its code)."""
    code = getattr(error, "code", None)
    builder = _TEXTS.get(code) if code else None
    return str(error) if builder is None else builder(translate, getattr(error, "fields", {}))


def _request_not_found(translate: Translate, f: Mapping[str, Any]) -> str:
    if "id" in f:
        return translate("Error", "request {id} does not exist").format(id=f["id"])
    return translate("Error", "no request has the id or reference {reference}").format(
        reference=repr(f["reference"])
    )


def _sender_field_missing(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "{field} is required for a .{format} letter").format(
        field=f["field"], format=f["format"]
    )


def _smtp_password_missing(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "no password for SMTP user {user}").format(user=f["user"])


def _platform_unknown(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "unknown platform {platform}").format(platform=repr(f["platform"]))


def _file_exists(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate(
        "Error", "{path} exists already; choose another file name or agree to replace it"
    ).format(path=f["path"])


def _not_a_database(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "{path} is not an SQLite database").format(path=f["path"])


def _restore_target_holds_data(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "data directory {path} already holds data; restore into an empty one").format(
        path=f["path"]
    )


def _reference_exists(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "a request with the reference {reference} exists already").format(
        reference=f["reference"]
    )


def _changed_meanwhile(translate: Translate, f: Mapping[str, Any]) -> str:
    return translate("Error", "request {reference} was changed meanwhile; try again").format(
        reference=f["reference"]
    )


_TEXTS: dict[str, Callable[[Translate, Mapping[str, Any]], str]] = {
    "request_not_found": _request_not_found,
    "sender_field_missing": _sender_field_missing,
    "smtp_not_set_up": lambda translate, f: translate("Error", "email sending is not set up"),
    "smtp_password_missing": _smtp_password_missing,
    "platform_unknown": _platform_unknown,
    "law_unknown_for_country": lambda translate, f: translate(
        "Error", "law is required: no law is known for your country"
    ),
    "land_required": lambda translate, f: translate(
        "Error",
        "state (Land) is required for a complaint from Germany: the authority of your Land "
        "supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); "
        "set your Land in your profile",
    ),
    "deadline_not_passed": lambda translate, f: translate(
        "Error",
        "the earlier request's deadline is {deadline}: until it has passed, the letter cannot say it "
        "was missed; state what the company answered, if it did",
    ).format(deadline=f["deadline"]),
    "file_exists": _file_exists,
    "not_a_database": _not_a_database,
    "restore_target_holds_data": _restore_target_holds_data,
    "reference_exists": _reference_exists,
    "changed_meanwhile": _changed_meanwhile,
    "pdf_unavailable": lambda translate, f: translate("Error", "this front end cannot draw a PDF"),
}
