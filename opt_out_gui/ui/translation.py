"""The interface's language: which one, its translators, and the GUI's `translate` for
opt_out_gui.wording.

The app's texts are in opt_out_gui/i18n/opt_out_gui_<lang>.qm (built from the .ts files by
scripts/update-translations); Qt's own texts (standard buttons, file dialogs, the calendar)
come from the qtbase_<lang>.qm that PySide6 ships. Only the chosen language's files are
loaded, once, before the first window is built; a change in Settings applies at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from opt_out_gui.core import settings

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SOURCE_LANGUAGE = "en"

# Languages whose translation is complete and reviewed: the ones the app offers and follows
# from the system. A language joins when its .ts file has no unfinished entry
# (tests/ui/test_translations.py checks this for every language listed here).
FINISHED_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")

# PySide6 ships no qtbase_pt_PT.qm; the Brazilian one words Qt's buttons the same way.
_QT_FILE_LANGUAGE = {"pt": "pt_BR"}

# Kept alive for the whole run: a QTranslator that is garbage-collected stops translating.
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A text of opt_out_gui.wording in the user's language; pass it wherever a wording
    function takes `translate`. A count is written as the locale writes numbers ("10.000")."""
    return locale_count(QCoreApplication.translate(context, text, disambiguation, n), n)


def locale_count(translated: str, n: int) -> str:
    """A translated numerus text with its count `n` written as the locale writes numbers
    ("and 1.597 more"): Qt puts the bare digits in for %n."""
    if n >= 1000:  # smaller numbers look the same everywhere
        return translated.replace(str(n), QLocale().toString(n))
    return translated


def law_text(text: str) -> str:
    """A text of the law reference (a request type's title, a jurisdiction, a right...) in the
    user's language; core/laws/texts.py marks them for translation. A text the translation
    does not know yet (a changed laws.toml) stays in English."""
    return QCoreApplication.translate("LawText", text)


def system_language() -> str:
    """The first language of the system's preferred ones that the app speaks; else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in FINISHED_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(stored: str | None) -> str:
    """The language the interface speaks: the one chosen in Settings (stored under
    settings.UI_LANGUAGE), else the system's."""
    if stored in FINISHED_LANGUAGES:
        return stored
    return system_language()


def language_locale(language: str) -> QLocale:
    """The locale for dates and numbers in that language: the system's own where it speaks
    it (de_AT stays Austrian), else the language's main one."""
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def install_translators(language: str) -> None:
    """Load the app's and Qt's translations for the language and make its locale the default
    one (date fields, the calendar pop-up and every QLocale() follow it). Replaces what an
    earlier call installed."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication exists before translations are installed"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    # English too: its .qm holds the English plural forms of the numerus texts ("%n day(s)").
    if own.load(f"opt_out_gui_{language}", str(I18N_DIR)):
        _installed.append(own)
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{_QT_FILE_LANGUAGE.get(language, language)}", qt_dir):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(language_locale(language))


def install_from_store(store) -> str:
    """Install the translators of the language the user chose (or the system's); return it."""
    language = chosen_language(store.get_setting(settings.UI_LANGUAGE.key))
    install_translators(language)
    return language
