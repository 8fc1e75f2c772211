"""Settings: the profile now; email, laws and catalogue sections join as they are built."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QWidget

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.profile_form import ProfileForm
from opt_out_gui.ui.widgets import Page, error_label, paragraph, show_error


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
        self.status = QLabel()
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
        page.setMaximumWidth(760)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        layout.addWidget(scroll)
        self.save.clicked.connect(self._save)
        self.revert.clicked.connect(self.load)
        self.form.edited.connect(lambda: self.status.setText(""))
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


class SettingsPage(QTabWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.profile = ProfileSettings(ctx)
        self.addTab(self.profile, "Profile")
        self.setDocumentMode(True)
