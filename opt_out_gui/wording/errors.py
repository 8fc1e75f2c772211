"""A core error in words: its template translated, its fields filled in.

Core raises UserError with an English template marked QT_TRANSLATE_NOOP("Error", ...) and
the values as fields (core/errors.py); pyside6-lupdate extracts the templates from core, so
the GUI shows them in the user's language and the CLI, passing `identity`, shows core's own
message. Each front then adds its own hint by code (cli/errors.py: a flag or a command;
ui/errors.py: a place in the app).
"""

from __future__ import annotations

from opt_out_gui.wording import Translate, identity
from opt_out_gui.wording.labels import field_label


def error_text(error: BaseException, translate: Translate = identity) -> str:
    """The error's words in the language of `translate` (its message for an error without a
    template, such as an OSError given as a field)."""
    template = getattr(error, "template", "")
    if not template:
        return str(error)
    fields = {name: _worded(name, value, translate) for name, value in getattr(error, "fields", {}).items()}
    text = translate("Error", template)
    # Like UserError itself: a template without fields is plain text, braces and all.
    return text.format(**fields) if fields else text


def _worded(name: str, value: object, translate: Translate) -> object:
    """A field's value as the message shows it: an inner error in words, a field's name in the
    reader's language, anything else as it is."""
    if isinstance(value, BaseException):
        return error_text(value, translate)
    if name == "field" and isinstance(value, str):
        return field_label(value, translate)
    return value
