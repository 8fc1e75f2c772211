"""Small building blocks shared by several pages."""

from __future__ import annotations

from datetime import date
from functools import cache
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


def country_display_name(code: str) -> str:
    """The name of an ISO country code in the interface's language: Qt's English name,
    translated by the ISO 3166 translations that pycountry ships (English where they lack it).

    Used on pages shown at start-up: Qt holds the names, and only the one language's
    translation file is read (pycountry's database is not loaded).
    """
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return country_names_translation().gettext(QLocale.territoryToString(territory))


def country_names_translation():
    """gettext translations of ISO 3166 country names into the interface's language."""
    return _country_names_translation(ui_locale().name().split("_")[0])


@cache
def _country_names_translation(language: str):
    import gettext
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    if language == "en" or spec is None or not spec.submodule_search_locations:
        return gettext.NullTranslations()
    locales = Path(spec.submodule_search_locations[0]) / "locales"
    return gettext.translation("iso3166-1", str(locales), languages=[language], fallback=True)


def ui_language() -> str:
    """The interface's language code ("de"), for data kept per language (law names)."""
    return ui_locale().name().split("_")[0]


def speaks_english() -> bool:
    """Whether the interface is in English: sourced data (the catalogue, the law reference),
    which is in English, needs no note that it is."""
    return ui_locale().language() == QLocale.Language.English


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def ui_locale() -> QLocale:
    """The locale of the interface's language (ui.translation makes it the default one at
    start-up), not necessarily the system's: dates and numbers match the words shown."""
    return QLocale()


def date_text(day: date) -> str:
    """A day as every page writes it: day, month name and year, in the interface's language
    ("27 May 2025", "27. Mai 2025"). One format throughout the app, given by each translation
    (Qt's date format letters); ISO dates stay for files and the CLI."""
    written = QCoreApplication.translate("Date", "d MMMM yyyy")
    if written == "d MMMM yyyy" and date_edit_format().startswith("M"):
        # English where numeric dates put the month first (the US): the same order in words.
        written = "MMMM d, yyyy"
    return ui_locale().toString(to_qdate(day), written)


def short_date_text(day: date) -> str:
    """A day in a table or a list: the interface locale's numeric date ("27.05.2025")."""
    return ui_locale().toString(to_qdate(day), date_edit_format())


def date_edit_format() -> str:
    """The display format of a date field: the interface locale's short date with a
    four-digit year ("dd.MM.yyyy", "M/d/yyyy")."""
    short = ui_locale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def from_qdate(value: QDate) -> date:
    """The date a date field shows (QDate.toPython() is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())


# Fonts and colours are set directly rather than with style sheets: a style sheet
# makes Qt restyle the widget through its slower style-sheet engine.
def emphasise(label: QLabel, point_size: float | None = None) -> QLabel:
    """Bold text, optionally at another size."""
    font = label.font()
    font.setBold(True)
    if point_size:
        font.setPointSizeF(point_size)
    label.setFont(font)
    return label


def set_text_colour(label: QLabel, kind: str = "muted") -> QLabel:
    """Colour a label's text by what it means (ui.colours: "error", "warning", "success", or
    "muted" for secondary text), readable on the palette in use, light or dark."""
    from opt_out_gui.ui import colours

    colours.set_text_colour(label, kind)
    return label


def steps_html(steps: tuple[str, ...]) -> str:
    return "<ol style='margin-left: -20px'>" + "".join(f"<li>{escape(s)}</li>" for s in steps) + "</ol>"


def heading(text: str) -> QLabel:
    """A page or section title, shown literally (it may be a platform's name)."""
    label = QLabel()
    set_plain_text(label, text)
    label.setObjectName("pageHeading")
    return emphasise(label, 18)


def paragraph(text: str) -> QLabel:
    """A wrapped label showing `text` literally (never as markup)."""
    from PySide6.QtCore import Qt  # see set_plain_text for why not at module level

    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def wrapped_label(text: str = "") -> QLabel:
    """A wrapped label showing `text` literally; safe on start-up pages (see set_plain_text)."""
    label = QLabel()
    label.setWordWrap(True)
    set_plain_text(label, text)
    return label


def plain_html(text: str) -> str:
    """Text as rich text that shows it literally (for message boxes and tooltips)."""
    return "<p>" + escape(text, quote=False).replace("\n", "<br>") + "</p>" if text else ""


def set_plain_text(label: QLabel, text: str) -> None:
    """Show text literally in a label without naming Qt's `Qt` namespace.

    The text is escaped into rich text, which QLabel's automatic format detection
    renders as written. The first use of `Qt` builds its ~100 enums (about 20 ms),
    so the pages shown at start-up (Dashboard) use this instead of paragraph().
    """
    label.setText(plain_html(text))


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    set_text_colour(emphasise(label), "error")
    label.setAccessibleName(QCoreApplication.translate("Widgets", "Error message"))
    label.hide()
    return label


def show_error(label: QLabel, error: Exception) -> None:
    """Show a UserError as a sentence in an error label, with where in the app to fix it."""
    from opt_out_gui.ui.errors import gui_error_text

    text = gui_error_text(error)
    set_plain_text(label, text[:1].upper() + text[1:])  # it may quote what the user typed
    label.show()


class Page(QWidget):
    """A page with a heading, an intro line and a content column."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(12)
        self.body.addWidget(heading(title))
        if intro:
            self.body.addWidget(wrapped_label(intro))


def fill_with_scrolling(widget: QWidget, page: QWidget, max_width: int | None = None) -> None:
    """Make `page` (at most max_width wide, if given) the scrollable, frameless content of `widget`."""
    if max_width is not None:
        page.setMaximumWidth(max_width)
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    layout.addWidget(scroll)


def ok_cancel_buttons(dialog, ok_text: str):
    """The dialog's button row: Cancel, and OK worded as its action, wired to accept/reject.
    Returns the box; its OK button is `box.button(QDialogButtonBox.StandardButton.Ok)`."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def close_with_keys(dialog) -> None:
    """The platform's Close keys (Ctrl+W, Ctrl+F4) close a dialog as Esc does (it is rejected)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    QShortcut(QKeySequence.StandardKey.Close, dialog, dialog.reject)
