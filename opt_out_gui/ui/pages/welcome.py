"""First start: what the app does, where the data lives, and the profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.profile_form import ProfileForm
from opt_out_gui.ui.widgets import Page, error_label, fill_with_scrolling, show_error, wrapped_label


class WelcomePage(QWidget):
    finished = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        page = Page(
            self.tr("Welcome to Opt-Out Assistant"),
            self.tr(
                "Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to "
                "train AI models, often unless you say no. This app helps you say no: it walks you "
                "through each platform's opt-out settings, writes GDPR and CCPA request letters "
                "where no setting exists, and keeps track of every answer and legal deadline."
            ),
        )
        page.body.addWidget(
            wrapped_label(
                self.tr(
                    "Everything stays on this computer, in\n{folder}\n"
                    "The app only goes online when you ask it to (to send an email, for example)."
                ).format(folder=ctx.workspace.data_dir)
            )
        )
        page.body.addWidget(
            wrapped_label(
                self.tr(
                    "Tell the app who you are. Your letters are signed with these details, and your "
                    "country decides which laws and settings apply. You can change them later in "
                    "Settings > Profile."
                )
            )
        )
        self.form = ProfileForm()
        page.body.addWidget(self.form)
        self.error = error_label()
        page.body.addWidget(self.error)
        buttons = QHBoxLayout()
        self.skip = QPushButton(self.tr("S&kip for now"))
        self.skip.setToolTip(self.tr("You can fill in your profile later in Settings"))
        self.save = QPushButton(self.tr("&Save and start"))
        self.save.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        page.body.addLayout(buttons)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 760)
        self.save.clicked.connect(self._save)
        self.skip.clicked.connect(self._skip)
        self.form.name.setFocus()

    def _save(self) -> None:
        try:
            self.ctx.save_profile(self.form.profile())
        except UserError as error:
            show_error(self.error, error)
            return
        self.ctx.mark_welcome_done()
        self.finished.emit()

    def _skip(self) -> None:
        self.ctx.mark_welcome_done()
        self.finished.emit()
