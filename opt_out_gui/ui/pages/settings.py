"""Settings: profile, law, email, catalogue and data, one tab each (built when first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QTabWidget, QWidget

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.profile_form import ProfileForm
from opt_out_gui.ui.widgets import Page, error_label, fill_with_scrolling, paragraph, show_error

if TYPE_CHECKING:  # built when its tab is first opened
    from opt_out_gui.ui.pages.settings_catalog import CatalogSettings


class ProfileSettings(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        page = Page(
            self.tr("Profile"),
            self.tr(
                "Your letters are signed with these details. Your country decides which laws and "
                "opt-out settings apply everywhere in the app."
            ),
        )
        self.form = ProfileForm()
        page.body.addWidget(self.form)
        self.error = error_label()
        self.status = paragraph("")
        page.body.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.revert = QPushButton(self.tr("Rever&t"))
        self.save = QPushButton(self.tr("&Save profile"))
        self.save.setDefault(True)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        page.body.addLayout(buttons)
        page.body.addWidget(
            paragraph(
                self.tr(
                    "Your data is stored in {folder} and never leaves this computer unless you send a letter."
                ).format(folder=ctx.workspace.data_dir)
            )
        )
        self.interface_language = InterfaceLanguage(ctx)
        page.body.addWidget(self.interface_language)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 760)
        self.save.clicked.connect(self._save)
        self.revert.clicked.connect(self.load)
        self.form.edited.connect(lambda: self.status.setText(""))
        ctx.profile_changed.connect(self.load)  # saved here, or a backup restored
        self.load()

    def load(self) -> None:
        self.form.set_profile(self.ctx.profile)
        self.error.hide()
        self.status.setText("")

    def _save(self) -> None:
        try:
            saved = self.ctx.save_profile(self.form.profile())
        except UserError as error:
            show_error(self.error, error)
            self.status.setText("")
            return
        self.error.hide()
        self.form.set_profile(saved)
        self.status.setText(self.tr("Saved."))


class InterfaceLanguage(QWidget):
    """The language of the app's windows: the system's (the default) or one chosen here; it
    applies from the next start (the windows are built in one language)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        from opt_out_gui.core import settings
        from opt_out_gui.core.profile import LANGUAGES
        from opt_out_gui.ui import translation

        self._key = settings.UI_LANGUAGE.key
        self.choice = QComboBox()
        system = LANGUAGES[translation.system_language()]
        self.choice.addItem(self.tr("The system's language ({language})").format(language=system), "")
        for code in translation.FINISHED_LANGUAGES:
            self.choice.addItem(LANGUAGES[code], code)
        stored = ctx.workspace.store.get_setting(self._key) or ""
        self.choice.setCurrentIndex(max(self.choice.findData(stored), 0))
        self._started_with = translation.chosen_language(stored or None)
        self.note = paragraph("")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addRow(self.tr("Language of the app"), self.choice)
        layout.addRow("", self.note)
        self.choice.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        from opt_out_gui.ui import translation

        code = self.choice.currentData()
        self.ctx.workspace.store.set_settings({self._key: code})  # "": the system's
        changed = translation.chosen_language(code or None) != self._started_with
        self.note.setText(
            self.tr("Saved. The app speaks the chosen language from its next start.") if changed else ""
        )


# Tabs after Profile are built when first opened: (id, module, class); tab_titles words the ids.
LAZY_TABS = (
    ("Law", "opt_out_gui.ui.pages.settings_law", "LawSettings"),
    ("Email", "opt_out_gui.ui.pages.settings_email", "EmailSettings"),
    ("Catalogue", "opt_out_gui.ui.pages.settings_catalog", "CatalogSettings"),
    ("Data", "opt_out_gui.ui.pages.settings_data", "DataSettings"),
)


class SettingsPage(QTabWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setDocumentMode(True)
        self.profile = ProfileSettings(ctx)
        titles = self.tab_titles()
        self.addTab(self.profile, titles["Profile"])
        # The tabs' ids in their order; a tab's title is in the user's language.
        self._tab_ids = ["Profile"]
        self._unbuilt: dict[str, tuple[str, str]] = {}
        for tab_id, module, class_name in LAZY_TABS:
            self.addTab(QWidget(), titles[tab_id])
            self._tab_ids.append(tab_id)
            self._unbuilt[tab_id] = (module, class_name)
        self.currentChanged.connect(lambda index: self._build(self._tab_ids[index]))

    def tab_titles(self) -> dict[str, str]:
        return {
            "Profile": self.tr("Profile"),
            "Law": self.tr("Law"),
            "Email": self.tr("Email"),
            "Catalogue": self.tr("Catalogue"),
            "Data": self.tr("Data"),
        }

    def _build(self, tab_id: str) -> None:
        if tab_id not in self._unbuilt:
            return
        import importlib

        module, class_name = self._unbuilt.pop(tab_id)
        widget = getattr(importlib.import_module(module), class_name)(self.ctx)
        index = self._tab_ids.index(tab_id)
        placeholder = self.widget(index)
        assert placeholder is not None  # the index was found among the tabs above
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, widget, self.tab_titles()[tab_id])
        self.setCurrentIndex(index)
        self.blockSignals(False)
        placeholder.deleteLater()

    def tab(self, tab_id: str) -> QWidget:
        """The tab's widget by its id ("Law", "Data"...), built if it was not opened yet."""
        self._build(tab_id)
        widget = self.widget(self._tab_ids.index(tab_id))
        assert widget is not None
        return widget

    def catalog_tab(self) -> CatalogSettings:
        from opt_out_gui.ui.pages.settings_catalog import CatalogSettings

        tab = self.tab("Catalogue")
        assert isinstance(tab, CatalogSettings)
        return tab

    def stop_background_work(self) -> None:
        """Cancel network work of the tabs that were opened (on quit)."""
        for index in range(self.count()):
            stop = getattr(self.widget(index), "stop_background_work", None)
            if stop:
                stop()
