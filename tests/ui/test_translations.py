"""The translation files are in step with the code, and the app speaks the chosen language.

The .ts files must hold every text the code marks for translation (lupdate run into a copy
finds nothing new), each .qm must be exactly what lrelease builds from its .ts, and a
language the app offers has no unfinished entry.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui import translation
from opt_out_gui.wording import count, identity

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "opt_out_gui" / "i18n"


def _script():
    loader = importlib.machinery.SourceFileLoader(
        "update_translations", str(ROOT / "scripts" / "update-translations")
    )
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


UPDATE = _script()
ALL_LANGUAGES = (UPDATE.SOURCE_LANGUAGE, *UPDATE.LANGUAGES)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [
        key
        for key, message in messages(ts).items()
        if message.find("translation").get("type") == "unfinished"
    ]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The .ts and .qm files as the script makes them now from the code and the committed .ts files."""
    copy = tmp_path_factory.mktemp("i18n")
    for path in I18N.glob("*.ts"):
        shutil.copy2(path, copy / path.name)
    UPDATE.lupdate(copy)
    UPDATE.lrelease(copy)
    return copy


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_every_text_of_the_code_is_in_the_ts_file(fresh, language):
    committed = messages(UPDATE.ts_path(language))
    extracted = messages(UPDATE.ts_path(language, fresh))
    missing = sorted(set(extracted) - set(committed))
    gone = sorted(set(committed) - set(extracted))
    assert not missing and not gone, (
        f"opt_out_gui_{language}.ts is out of date (run scripts/update-translations): "
        f"missing {missing[:5]}, no longer in the code {gone[:5]}"
    )


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_every_qm_file_is_the_build_of_its_ts_file(fresh, language):
    name = f"opt_out_gui_{language}.qm"
    assert (I18N / name).read_bytes() == (fresh / name).read_bytes(), (
        f"{name} is stale: run scripts/update-translations --release"
    )


def test_the_english_file_holds_only_plural_forms_and_all_of_them():
    english = messages(UPDATE.ts_path("en"))
    assert english and all(message.get("numerus") == "yes" for message in english.values())
    assert not unfinished(UPDATE.ts_path("en"))
    for (_context, source), message in english.items():
        forms = [form.text for form in message.iter("numerusform")]
        assert forms == [
            identity("", source, None, 1).replace("1", "%n", 1),
            identity("", source, None, 2).replace("2", "%n", 1),
        ], source


@pytest.mark.parametrize("language", translation.FINISHED_LANGUAGES)
def test_a_language_the_app_offers_has_no_unfinished_text(language):
    assert not unfinished(UPDATE.ts_path(language)), (
        f"{language}: {unfinished(UPDATE.ts_path(language))[:10]}"
    )


# Placeholders a translation may leave out: a holiday's name comes from the holidays library
# in English, and a sentence in another language reads better without it.
MAY_DROP = {"{holiday}"}


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[a-z_]+(?:![rs])?\}|%n", text or ""))


@pytest.mark.parametrize("language", UPDATE.LANGUAGES)
def test_a_translation_keeps_every_placeholder_of_its_source(language):
    # str.format raises KeyError on a placeholder the code does not fill, and a lost one
    # drops the value (a file, a date) from the sentence.
    wrong = []
    for (context, source), message in messages(UPDATE.ts_path(language)).items():
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            if form is None:  # unfinished: another test reports it
                continue
            given, wanted = _placeholders(form), _placeholders(source)
            if not (given <= wanted and wanted - given <= MAY_DROP):
                wrong.append((context, source, form))
    assert wrong == []


def test_every_language_of_the_letters_has_a_translation_file():
    from opt_out_gui.core.profile import LANGUAGES

    assert set(ALL_LANGUAGES) == set(LANGUAGES)
    assert set(translation.FINISHED_LANGUAGES) <= set(LANGUAGES)


def test_the_cli_words_counts_in_english_without_qt():
    assert [count("day", n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert count("copy", 1) == "1 copy" and count("copy", 5) == "5 copies"
    assert identity("Ctx", "Plain text") == "Plain text"


def test_the_gui_words_english_counts_from_the_english_translation(qapp):
    translation.install_translators("en")
    assert count("day", 1, translation.translate) == "1 day"
    assert count("request", 3, translation.translate) == "3 requests"
    assert count("copy", 2, translation.translate) == "2 copies"


@pytest.fixture
def german(qapp):
    translation.install_translators("de")
    yield
    translation.install_translators("en")


def test_german_loads_qt_s_own_texts_and_locale(german):
    # Qt's own strings (standard buttons, calendar) come from PySide6's qtbase_de.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_the_language_follows_the_setting_else_the_system(monkeypatch):
    monkeypatch.setattr(translation, "system_language", lambda: "de")
    assert translation.chosen_language(None) == "de"
    assert translation.chosen_language("en") == "en"
    # A stored language the app does not offer (not finished, or none it has) falls back to the system's.
    assert translation.chosen_language("ja") == "de"


def test_german_names_countries_and_counts_in_german(german):
    from opt_out_gui.ui.translation import translate
    from opt_out_gui.ui.widgets import country_display_name, date_text

    assert country_display_name("DE") == "Deutschland"
    assert country_display_name("GB") == "Vereinigtes Königreich"
    assert [count("day", n, translate) for n in (1, 3)] == ["1 Tag", "3 Tage"]
    assert count("request", 12000, translate) == "12.000 Anfragen"
    from datetime import date

    assert date_text(date(2026, 5, 3)) == "3. Mai 2026"


def test_the_letter_language_follows_the_country_until_the_user_picks_one(qtbot):
    from opt_out_gui.ui.profile_form import ProfileForm

    form = ProfileForm()
    qtbot.addWidget(form)
    form.country.setCurrentIndex(form.country.findData("AT"))
    assert form.language.currentData() == "de"
    form.country.setCurrentIndex(form.country.findData("BR"))
    assert form.language.currentData() == "pt"
    form.country.setCurrentIndex(form.country.findData("JP"))  # no letters in Japanese: unchanged
    assert form.language.currentData() == "pt"
    form.language.setCurrentIndex(form.language.findData("en"))
    form.language.activated.emit(form.language.currentIndex())  # the user's own choice
    form.country.setCurrentIndex(form.country.findData("FR"))
    assert form.language.currentData() == "en"


# Each offered language, as a user of it sees the app: its own words for a page, its plural
# forms, Qt's own buttons and its dates.
SPOKEN = {
    "fr": ("Paramètres", ["1 jour", "2 jours", "5 jours"], "Annuler"),
    "es": ("Ajustes", ["1 día", "2 días", "5 días"], "Cancelar"),
    "it": ("Impostazioni", ["1 giorno", "2 giorni", "5 giorni"], "Annulla"),
    "nl": ("Instellingen", ["1 dag", "2 dagen", "5 dagen"], "Annuleren"),
    "pl": ("Ustawienia", ["1 dzień", "2 dni", "5 dni"], "Anuluj"),
    "pt": ("Definições", ["1 dia", "2 dias", "5 dias"], "Cancelar"),
}


MAY = {"fr": "mai", "es": "mayo", "it": "maggio", "nl": "mei", "pl": "maja", "pt": "maio"}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_each_offered_language_speaks_in_its_own_words(qapp, language):
    from datetime import date

    from opt_out_gui.ui.translation import translate
    from opt_out_gui.ui.widgets import date_text

    assert language in translation.FINISHED_LANGUAGES
    page, days, cancel = SPOKEN[language]
    translation.install_translators(language)
    try:
        assert translate("MainWindow", "Settings") == page
        assert [count("day", n, translate) for n in (1, 2, 5)] == days
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QLocale().name().startswith(language)
        assert MAY[language] in date_text(date(2026, 5, 3)) and "3" in date_text(date(2026, 5, 3))
    finally:
        translation.install_translators("en")


@pytest.mark.parametrize(
    ("locale", "in_words", "in_figures"),
    [("en_US", "October 18, 2026", "10/18/2026"), ("en_GB", "18 October 2026", "18/10/2026")],
)
def test_english_dates_keep_one_order_in_words_and_figures(qapp, locale, in_words, in_figures):
    from datetime import date

    from opt_out_gui.ui.widgets import date_text, short_date_text

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert (date_text(date(2026, 10, 18)), short_date_text(date(2026, 10, 18))) == (in_words, in_figures)
    finally:
        QLocale.setDefault(before)


def test_law_texts_errors_and_notes_speak_the_users_language_too(qapp, workspace):
    """What core says (a request type, a jurisdiction, a period, an error, a deadline note) is
    worded in the interface's language; an English holiday name stays out of a German sentence."""
    from datetime import date

    from opt_out_gui.core.laws import get_law, get_request_type
    from opt_out_gui.core.laws.deadlines import Note
    from opt_out_gui.core.tracker import TrackerService
    from opt_out_gui.core.tracker.advice import NextStep
    from opt_out_gui.core.validation import email_address
    from opt_out_gui.ui.errors import gui_error_text
    from opt_out_gui.ui.pages.requests import law_named_locally
    from opt_out_gui.ui.translation import law_text, translate
    from opt_out_gui.wording.advice import advice_text
    from opt_out_gui.wording.deadlines import note_text, period_text

    translation.install_translators("de")
    try:
        assert law_text(get_request_type("gdpr-objection-ai").title) == "Widerspruch gegen KI-Training"
        assert law_text(get_law("gdpr").jurisdiction) == "EU und EWR"
        assert period_text(get_law("ccpa").response_period, translate) == "45 Tage"
        with pytest.raises(UserError) as missing:
            TrackerService(workspace.store, load_catalog()).get(4711)
        assert gui_error_text(missing.value) == "Anfrage 4711 existiert nicht"
        moved = Note(
            "deadline_moved",
            {"day": date(2026, 12, 25), "to": date(2026, 12, 28), "holiday": "Christmas Day"},
        )
        worded = note_text(moved, translate, date.isoformat)
        assert "Feiertag" in worded and "Christmas" not in worded
        with pytest.raises(UserError) as refused:
            email_address("sender address", "no address")
        assert gui_error_text(refused.value) == (
            "Absenderadresse 'no address' ist keine gültige E-Mail-Adresse: sie hat kein @-Zeichen"
        )
        # The advice names the request's law as the interface's language does.
        step = NextStep("answer", "answer_info_request", {"law": "GDPR", "guidance": "gdpr"}, None, None, "x")
        advice = advice_text(law_named_locally(step, "gdpr"), translate)
        assert "DSGVO" in advice and "GDPR" not in advice
    finally:
        translation.install_translators("en")
