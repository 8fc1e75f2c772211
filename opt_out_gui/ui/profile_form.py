"""The profile form, used by the welcome page and by Settings > Profile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from opt_out_gui.core import countries
from opt_out_gui.core.profile import LANGUAGES, Profile
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import country_names_translation, set_text_colour
from opt_out_gui.wording.labels import region_name

# Codes Qt knows that are not ISO 3166-1 countries (reserved or regional codes);
# the profile only accepts ISO 3166-1 countries.
_NOT_ISO_3166 = frozenset("AC CP DG EA EU IC QO TA XK".split())


def qt_country_names() -> dict[str, str]:
    """ISO code -> name in the interface's language (widgets.country_display_name), sorted by name.

    The welcome page is the first thing a new user sees; Qt already holds
    these names, so the full ISO database (pycountry) is not loaded for it.
    """
    names = {}
    translated = country_names_translation()
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in _NOT_ISO_3166:
            names[code] = translated.gettext(QLocale.territoryToString(territory))
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def letter_language_for(country: str) -> str | None:
    """The letter language of a country: its main language where the app writes letters in it
    (DE, AT -> de; BR, PT -> pt), else None."""
    territory = QLocale.codeToTerritory(country)
    if territory == QLocale.Country.AnyTerritory:
        return None
    code = QLocale.languageToCode(QLocale(QLocale.Language.AnyLanguage, territory).language())
    return code if code in LANGUAGES else None


class ProfileForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("As it should appear on your letters"))
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(88)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        self._country_codes = qt_country_names()
        for code, name in self._country_codes.items():
            self.country.addItem(name, code)
        # An editable combo box has its own line edit and completer.
        completer, line_edit = self.country.completer(), self.country.lineEdit()
        assert completer is not None and line_edit is not None
        self.country_completer, self.country_edit = completer, line_edit
        self.country_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Matching anywhere in the name ("king" finds United Kingdom) needs Qt's `Qt`
        # namespace, slow to build on first use; set it when the field first gets focus,
        # not while the first window is being shown.
        self.country_edit.installEventFilter(self)
        self.state = QComboBox()
        self.state_label = QLabel(self.tr("State"))
        self.state_label.setBuddy(self.state)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.region_hint = QLabel()
        self.region_hint.setWordWrap(True)
        self.region_hint.setMinimumWidth(360)
        set_text_colour(self.region_hint)

        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addRow(self.tr("Full &name"), self.name)
        layout.addRow(self.tr("E&mail"), self.email)  # Alt+E opens the Edit menu
        layout.addRow(self.tr("Postal &address"), self.address)
        layout.addRow(self.tr("&Country"), self.country)
        layout.addRow(self.state_label, self.state)
        layout.addRow("", self.region_hint)
        layout.addRow(self.tr("Letter &language"), self.language)

        self.country.currentIndexChanged.connect(self._country_changed)
        for widget in (self.name, self.email):
            widget.textEdited.connect(self.edited)
        self.address.textChanged.connect(self.edited)
        self.state.currentIndexChanged.connect(self.edited)
        self.language.currentIndexChanged.connect(self.edited)
        # The letter language follows the country until the user picks one (or a saved profile has one).
        self._language_chosen = False
        self.language.activated.connect(self._language_picked)
        self._country_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.country_edit and event.type() == QEvent.Type.FocusIn:
            from PySide6.QtCore import Qt

            self.country_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            watched.removeEventFilter(self)
        return False

    def _country_code(self) -> str:
        typed = self.country.currentText().strip().casefold()
        for code, name in self._country_codes.items():
            if name.casefold() == typed:
                return code
        # Typed text that is not a country name is passed on for validation to name.
        return self.country.currentText().strip()

    def _language_picked(self) -> None:
        self._language_chosen = True

    def _country_changed(self) -> None:
        code = self._country_code()
        language = letter_language_for(code) if code in self._country_codes else None
        if language is not None and not self._language_chosen:
            self.language.setCurrentIndex(self.language.findData(language))
        # States matter in the US (which state law applies) and in Germany (which
        # Land's authority takes complaints). Elsewhere the field stays hidden.
        label = {"US": self.tr("State"), "DE": self.tr("Federal state (Land)")}.get(code)
        self.state.blockSignals(True)
        self.state.clear()
        if label:
            self.state.addItem("", "")
            for sub_code, name in countries.subdivision_names(code).items():
                self.state.addItem(name, sub_code)
        self.state.blockSignals(False)
        self.state.setVisible(bool(label))
        self.state_label.setVisible(bool(label))
        self.state_label.setText(label or self.tr("State"))
        if code in self._country_codes:
            region = countries.region_for_country(code)
            self.region_hint.setText(
                self.tr("The laws and opt-out settings for {region} will apply to you.").format(
                    region=region_name(region, translate)
                )
                if region != "other"
                else self.tr(
                    "Opt-out settings offered to all users will apply; "
                    "the app knows no data-protection law for your country yet."
                )
            )
        else:
            self.region_hint.setText(self.tr("Your country decides which laws and opt-out settings apply."))
        self.edited.emit()

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            country=self._country_code(),
            state=self.state.currentData() or "" if self.state.isVisibleTo(self) else "",
            language=self.language.currentData(),
        )

    def set_profile(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.email.setText(profile.email)
        self.address.setPlainText(profile.address)
        index = self.country.findData(profile.country)
        self.country.setCurrentIndex(max(index, 0))
        self._country_changed()
        self.state.setCurrentIndex(max(self.state.findData(profile.state), 0))
        self.language.setCurrentIndex(max(self.language.findData(profile.language), 0))
        self._language_chosen = bool(profile.country)  # a saved profile's language is the user's
