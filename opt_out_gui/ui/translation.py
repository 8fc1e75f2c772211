"""The GUI's `translate` for opt_out_gui.wording: Qt's translators (English until translations ship)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    """A text of opt_out_gui.wording in the user's language; pass it wherever a wording
    function takes `translate`."""
    return QCoreApplication.translate(context, text)
