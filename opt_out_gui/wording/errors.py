"""A core error in words: its message, or for a coded error the words for its code.

Core messages are complete English sentences that fit every front end. The texts here make
the coded ones translatable; each front end then adds its own hint for a code (a flag in the
CLI, a place in the app in the GUI).
"""

from __future__ import annotations

from opt_out_gui.wording import Translate, identity


def error_text(error: BaseException, translate: Translate = identity) -> str:
    """The error's words (untranslated message where no text is known for its code)."""
    code = getattr(error, "code", None)
    fields = getattr(error, "fields", {})
    builder = _TEXTS.get(code) if code else None
    return str(error) if builder is None else builder(translate, fields)


_TEXTS: dict = {}
