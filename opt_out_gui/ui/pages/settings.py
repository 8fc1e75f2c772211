"""Settings: profile, law, email, catalogue and data, one tab each (built when first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QWidget

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
            "Profile",
            "Your letters are signed with these details. Your country decides which laws and "
            "opt-out settings apply everywhere in the app.",
        )
        self.form = ProfileForm()
        page.body.addWidget(self.form)
        self.error = error_label()
        self.status = paragraph("")
        page.body.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.revert = QPushButton("Revert")
        self.save = QPushButton("Save profile")
        self.save.setDefault(True)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        page.body.addLayout(buttons)
        page.body.addWidget(
            paragraph(
                f"Your data is stored in {ctx.workspace.data_dir} and never leaves this computer "
                "unless you send a letter."
            )
        )
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
        self.status.setText("Saved.")


# Tabs after Profile are built when first opened: (title, module, class).
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
        self.addTab(self.profile, "Profile")
        self._unbuilt: dict[str, tuple[str, str]] = {}
        for title, module, class_name in LAZY_TABS:
            self.addTab(QWidget(), title)
            self._unbuilt[title] = (module, class_name)
        self.currentChanged.connect(lambda index: self._build(self.tabText(index)))

    def _build(self, title: str) -> None:
        if title not in self._unbuilt:
            return
        import importlib

        module, class_name = self._unbuilt.pop(title)
        widget = getattr(importlib.import_module(module), class_name)(self.ctx)
        index = next(i for i in range(self.count()) if self.tabText(i) == title)
        placeholder = self.widget(index)
        assert placeholder is not None  # the index was found among the tabs above
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, widget, title)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        placeholder.deleteLater()

    def tab(self, title: str) -> QWidget:
        """The tab's widget, built if it was not opened yet."""
        self._build(title)
        widget = next(self.widget(i) for i in range(self.count()) if self.tabText(i) == title)
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
