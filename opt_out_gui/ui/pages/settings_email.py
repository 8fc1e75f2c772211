"""Settings > Email: the mail server that sends requests, its password, and a test message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from opt_out_gui.core import secrets
from opt_out_gui.core.delivery.smtp import (
    DEFAULT_PORTS,
    SmtpSettings,
    forget_smtp_password,
    load_smtp_settings,
    save_smtp_password,
    save_smtp_settings,
    send_test_message,
    smtp_password,
)
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.tasks import Task
from opt_out_gui.ui.widgets import Page, error_label, fill_with_scrolling, paragraph, show_error


class EmailSettings(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.task: Task | None = None
        self.has_keyring = secrets.keyring_available()
        page = Page(
            self.tr("Email"),
            self.tr(
                "Send requests from the app through your own mail account. Your provider's help pages "
                "list these settings (often under “SMTP” or “other mail programs”)."
            ),
        )
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.security = QComboBox()
        security_labels = {
            "ssl": self.tr("SSL/TLS (usually port 465)"),
            "starttls": self.tr("STARTTLS (usually port 587)"),
            "none": self.tr("None: only for a mail server on this computer"),
        }
        for value, label in security_labels.items():
            self.security.addItem(label, value)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("usually your email address"))
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText("you@example.org")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server (SMTP host)"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Sender address"), self.sender_address)
        form.addRow(self.tr("Password"), self.password)
        page.body.addLayout(form)

        keyring_text = self.tr(
            "The password is kept in your system's password store (keyring), never in the app's files."
        )
        no_keyring_text = self.tr(
            "This computer has no usable password store (keyring), so the app cannot save your password. "
            "You can keep it in memory until the app closes; you will type it again next time. "
            "Without a password the app still works: send letters from your own mail program instead."
        )
        self.keyring_note = paragraph(keyring_text if self.has_keyring else no_keyring_text)
        self.keyring_note.setObjectName("keyringNote")
        page.body.addWidget(self.keyring_note)
        self.keep_in_memory = QCheckBox(self.tr("Keep the password in memory until the app closes"))
        self.keep_in_memory.setVisible(not self.has_keyring)
        page.body.addWidget(self.keep_in_memory)

        self.error = error_label()
        self.status = paragraph("")
        page.body.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.test = QPushButton(self.tr("Send &test message"))
        self.cancel = QPushButton(self.tr("Ca&ncel"))
        self.cancel.hide()
        self.forget = QPushButton(self.tr("Forget pass&word"))
        self.forget.setToolTip(self.tr("Remove the saved password from the keyring (or from memory)"))
        self.save = QPushButton(self.tr("&Save"))
        self.save.setDefault(True)
        for button in (self.forget, self.test, self.cancel, self.save):
            buttons.addWidget(button)
        page.body.addLayout(buttons)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 760)

        self._security_shown = "ssl"
        self.security.currentIndexChanged.connect(self._security_changed)
        self.save.clicked.connect(self._save)
        self.forget.clicked.connect(self._forget_password)
        self.test.clicked.connect(self._send_test)
        self.cancel.clicked.connect(self._cancel_test)
        self.load()

    def load(self) -> None:
        settings = load_smtp_settings(self.ctx.workspace.store)
        self.security.blockSignals(True)
        if settings is None:
            self.host.clear()
            self.security.setCurrentIndex(self.security.findData("ssl"))
            self.port.setValue(DEFAULT_PORTS["ssl"])
            self.user.clear()
            self.sender_address.setText(self.ctx.profile.email)
        else:
            self.host.setText(settings.host)
            self.security.setCurrentIndex(self.security.findData(settings.security))
            self.port.setValue(settings.port)
            self.user.setText(settings.user)
            self.sender_address.setText(settings.from_address)
        self.security.blockSignals(False)
        self._security_shown = self.security.currentData()
        self.password.clear()
        self._show_password_state(settings)

    def form_settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text(),
            from_address=self.sender_address.text(),
        ).validated()

    def _show_password_state(self, settings: SmtpSettings | None) -> None:
        where = secrets.stored_in("smtp", settings.password_user) if settings and settings.user else None
        placeholders = {
            secrets.Storage.KEYRING: self.tr("saved in the keyring; type to replace"),
            secrets.Storage.MEMORY: self.tr("kept in memory until the app closes; type to replace"),
        }
        self.password.setPlaceholderText(placeholders[where] if where is not None else "")

    def _security_changed(self) -> None:
        # Follow the usual port for the new security unless the user chose another one.
        if self.port.value() == DEFAULT_PORTS[self._security_shown]:
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        self._security_shown = self.security.currentData()

    def _save(self) -> None:
        self.status.setText("")
        try:
            settings = self.form_settings()
            if self.password.text():
                save_smtp_password(
                    settings, self.password.text(), allow_memory=self.keep_in_memory.isChecked()
                )
            save_smtp_settings(self.ctx.workspace.store, settings)
        except UserError as error:
            if not self.has_keyring and self.password.text() and not self.keep_in_memory.isChecked():
                error = UserError(
                    self.tr(
                        "{problem}. Tick “Keep the password in memory” to use it until the app closes"
                    ).format(problem=gui_error_text(error))
                )
            show_error(self.error, error)
            return
        self.error.hide()
        self.password.clear()
        self._show_password_state(settings)
        self.status.setText(self.tr("Saved."))

    def _forget_password(self) -> None:
        settings = load_smtp_settings(self.ctx.workspace.store)
        forgotten = settings is not None and forget_smtp_password(settings)
        self._show_password_state(settings)
        self.status.setText(
            self.tr("Password forgotten.") if forgotten else self.tr("No password was saved.")
        )

    def _send_test(self) -> None:
        self.status.setText("")
        try:
            settings = self.form_settings()
        except UserError as error:
            show_error(self.error, error)
            return
        password = self.password.text() or smtp_password(settings)
        self.error.hide()
        self.task = Task(lambda task: send_test_message(settings, password, task.cancel_event))
        self.task.succeeded.connect(self._test_sent)
        self.task.failed.connect(self._test_failed)
        self.task.finished.connect(self._test_finished)
        self._set_busy(True)
        self.status.setText(
            self.tr("Connecting to {server}:{port}…").format(server=settings.host, port=settings.port)
        )
        self.task.start()

    def _test_sent(self, address: str) -> None:
        self.status.setText(
            self.tr("Test message sent to {address}. Check that it arrived.").format(address=address)
        )

    def _test_failed(self, error: Exception) -> None:
        show_error(self.error, error)

    def _cancel_test(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _test_finished(self) -> None:
        self.task = None
        self._set_busy(False)
        if not self.error.isHidden():
            self.status.setText("")

    def _set_busy(self, busy: bool) -> None:
        self.test.setEnabled(not busy)
        self.save.setEnabled(not busy)
        self.cancel.setVisible(busy)

    def is_busy(self) -> bool:
        return self.task is not None
