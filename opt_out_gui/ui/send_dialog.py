"""Sending a request: by email from the app, or by hand (mail program, .eml, PDF) and then "I sent it".

Pages call `send_request_dialog(parent, ctx, request_id)` and
`mark_sent_dialog(parent, ctx, request_id)`; both return the updated request, or
None when nothing changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.delivery.outgoing import (
    Outgoing,
    prepare_request,
    record_sent,
    request_letter,
)
from opt_out_gui.core.delivery.smtp import load_smtp_settings, send_message, smtp_password
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.tracker import ALLOWED_EVENTS, Request
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.tasks import Task
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import (
    close_with_keys,
    date_edit_format,
    date_text,
    error_label,
    from_qdate,
    ok_cancel_buttons,
    paragraph,
    show_error,
)
from opt_out_gui.wording.labels import label_of, labels_of


def send_request_dialog(parent: QWidget | None, ctx: AppContext, request_id: int) -> Request | None:
    dialog = SendDialog(ctx, request_id, parent)
    dialog.exec()
    return dialog.updated


def mark_sent_dialog(parent: QWidget | None, ctx: AppContext, request_id: int) -> Request | None:
    dialog = MarkSentDialog(ctx, request_id, parent)
    dialog.exec()
    return dialog.updated


class SendDialog(QDialog):
    def __init__(self, ctx: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.ctx = ctx
        self.tracker = ctx.tracker
        self.request = self.tracker.get(request_id)
        self.settings = load_smtp_settings(ctx.workspace.store)
        self.updated: Request | None = None
        self.task: Task | None = None
        self._outgoing: Outgoing | None = None  # the message being sent
        self.setWindowTitle(self.tr("Send request {reference}").format(reference=self.request.reference))
        self.setMinimumWidth(560)
        can_send = "sent" in ALLOWED_EVENTS[self.request.status]
        to = self.request.recipient_email
        has_email = to is not None

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(self.tr("To: {recipient}").format(recipient=to or self.tr("no email address is known")))
        )
        layout.addWidget(paragraph(self.tr("Subject: {subject}").format(subject=self.request.subject)))
        if not can_send:
            status = label_of("status", self.request.status, translate)
            if self.request.sent_at:
                standing = self.tr("This request is {status} (sent on {date}).").format(
                    status=status, date=date_text(self.request.sent_at)
                )
            else:
                standing = self.tr("This request is {status}.").format(status=status)
            layout.addWidget(paragraph(standing))

        direct = QGroupBox(self.tr("Send from the app"))
        direct_layout = QVBoxLayout(direct)
        self.attach_pdf = QCheckBox(self.tr("Attach the letter as a PDF"))
        self.copy_to_me = QCheckBox(self.tr("Send a copy to me"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password for your mail account"))
        self.send = QPushButton(self.tr("&Send now"))
        self.cancel = QPushButton(self.tr("Cance&l sending"))
        self.cancel.hide()
        if self.settings is None:
            direct_layout.addWidget(
                paragraph(self.tr("Email sending is not set up: enter your mail server in Settings > Email."))
            )
        else:
            direct_layout.addWidget(
                paragraph(
                    self.tr("Through {server} from {sender}.").format(
                        server=self.settings.host, sender=self.settings.from_address
                    )
                )
            )
            self.copy_to_me.setText(
                self.tr("Send a copy to me ({sender})").format(sender=self.settings.from_address)
            )
        direct_layout.addWidget(self.attach_pdf)
        direct_layout.addWidget(self.copy_to_me)
        needs_password = (
            self.settings is not None and self.settings.user and smtp_password(self.settings) is None
        )
        if needs_password:
            direct_layout.addWidget(self.password)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.send)
        direct_layout.addLayout(row)
        direct.setEnabled(self.settings is not None and can_send and has_email)
        layout.addWidget(direct)

        by_hand = QGroupBox(self.tr("Or send it yourself"))
        hand_layout = QVBoxLayout(by_hand)
        hand_layout.addWidget(
            paragraph(
                self.tr(
                    "Open it in your mail program, or save it to send or print; then tell the app you sent "
                    "it."
                )
            )
        )
        self.mail_link = OpenLinkRow(
            self.tr("Open in mail program"),
            self.tr(
                "No mail program opened: none is set up for mail links on this computer. "
                "Save the .eml and open it, or write to this address from your webmail."
            ),
            opens_itself=False,
        )
        self.mail_link.set_link(f"mailto:{to}" if to else "", shown=to or "")
        self.mail_link.button.clicked.connect(self._open_mail)
        hand_layout.addWidget(self.mail_link)
        self.mail_link.setVisible(has_email)  # once in the dialog: shown alone, it would be a window
        buttons = QHBoxLayout()
        self.save_eml = QPushButton(self.tr("Save .&eml…"))
        self.save_pdf = QPushButton(self.tr("Save &PDF…"))
        self.mark_sent = QPushButton(self.tr("I sent it…"))
        self.save_eml.setEnabled(has_email)
        self.mark_sent.setEnabled(can_send)
        for button in (self.save_eml, self.save_pdf, self.mark_sent):
            buttons.addWidget(button)
        hand_layout.addLayout(buttons)
        layout.addWidget(by_hand)

        self.error = error_label()
        self.status = paragraph("")
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout.addWidget(self.close_buttons)

        self.send.clicked.connect(self._send)
        self.cancel.clicked.connect(self._cancel)
        self.save_eml.clicked.connect(self._save_eml)
        self.save_pdf.clicked.connect(self._save_pdf)
        self.mark_sent.clicked.connect(self._mark_sent)

    # ---- sending by SMTP ---------------------------------------------------------------------

    def _send(self) -> None:
        settings = self.settings
        if settings is None:  # the "Send from the app" group is disabled then
            return
        self.error.hide()
        try:
            pdf = None
            if self.attach_pdf.isChecked():
                from opt_out_gui.pdf import letter_pdf_bytes

                pdf = letter_pdf_bytes(self._letter())
            outgoing = prepare_request(
                self.tracker,
                settings,
                self.ctx.profile,
                self.request.id,
                pdf=pdf,
                cc_sender=self.copy_to_me.isChecked(),
            )
        except UserError as error:
            show_error(self.error, error)
            return
        password = self.password.text() or smtp_password(settings)
        self._outgoing = outgoing
        self.task = Task(lambda task: send_message(settings, password, outgoing.message, task.cancel_event))
        # Bound methods: Qt delivers the outcome on the GUI thread, which owns the database.
        self.task.succeeded.connect(self._sent)
        self.task.failed.connect(self._send_failed)
        self.task.finished.connect(self._finished)
        self._set_busy(True)
        self.status.setText(self.tr("Sending to {recipient}…").format(recipient=outgoing.recipient))
        self.task.start()

    def _send_failed(self, error: Exception) -> None:
        show_error(self.error, error)

    def _sent(self, data: bytes) -> None:
        outgoing = self._outgoing
        assert outgoing is not None  # set before the task started
        try:
            self.updated = record_sent(self.tracker, outgoing, data, date.today())
        except UserError as error:
            show_error(self.error, error)
            return
        self.request = self.updated
        assert self.updated.sent_at is not None  # record_sent records the "sent" event
        sent = self.tr("Sent to {recipient} on {date}.").format(
            recipient=outgoing.recipient, date=date_text(self.updated.sent_at)
        )
        if self.updated.deadline:
            sent += " " + self.tr("The answer is due by {date}.").format(
                date=date_text(self.updated.deadline)
            )
        self.status.setText(sent)

    def _finished(self) -> None:
        self.task = None
        self._set_busy(False)
        if self.updated is not None:
            for widget in (self.send, self.mark_sent, self.attach_pdf, self.copy_to_me):
                widget.setEnabled(False)
        elif not self.error.isHidden():
            self.status.setText("")

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.send.setEnabled(not busy)
        self.cancel.setVisible(busy)
        self.close_buttons.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        # Closing while the server is talking would hide the outcome: cancel, and close when it ends.
        if self.task is not None:
            self._cancel()
            self.task.finished.connect(self.reject)
            return
        super().reject()

    # ---- by hand -----------------------------------------------------------------------------

    def _letter(self):
        return request_letter(self.request, self.ctx.profile, self.ctx.catalog)

    def _open_mail(self) -> None:
        from opt_out_gui.core.letters import mailto_url

        self.error.hide()
        url = mailto_url(self._letter())
        if url is None:
            show_error(
                self.error,
                UserError(
                    self.tr(
                        "the letter is too long for a mail link; save the .eml and open it in your mail "
                        "program"
                    )
                ),
            )
            return
        self.mail_link.set_link(url, shown=self.request.recipient_email or "")
        if not self.mail_link.open_link():
            self.status.setText("")  # the link row says what went wrong
            return
        self.status.setText(
            self.tr(
                "Handed to your mail program: check that the message opened. When you have sent it, "
                "click “I sent it” so the deadline starts."
            )
        )

    def _save_eml(self) -> None:
        self._save_file(self.tr("Save the email"), "eml", self.tr("Email message (*.eml)"))

    def _save_pdf(self) -> None:
        self._save_file(self.tr("Save the letter as PDF"), "pdf", self.tr("PDF (*.pdf)"))

    def _save_file(self, title: str, suffix: str, file_filter: str) -> None:
        from opt_out_gui.core.letter_files import save_letter
        from opt_out_gui.pdf import letter_pdf_bytes

        self.error.hide()
        suggested = str(Path.home() / f"{self.request.reference}.{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        if not chosen:
            return
        try:
            # The file dialog has asked already whether to replace an existing file.
            save_letter(self._letter(), suffix, Path(chosen), replace=True, pdf_writer=letter_pdf_bytes)
        except UserError as error:
            show_error(self.error, error)
            return
        self.status.setText(
            self.tr("Saved {path}. When you have sent it, click “I sent it” so the deadline starts.").format(
                path=chosen
            )
        )

    def _mark_sent(self) -> None:
        updated = mark_sent_dialog(self, self.ctx, self.request.id)
        if updated is not None:
            self.updated = self.request = updated
            assert updated.sent_at is not None  # MarkSentDialog records the "sent" event
            self.status.setText(self.tr("Marked sent on {date}.").format(date=date_text(updated.sent_at)))
            for widget in (self.send, self.mark_sent, self.attach_pdf, self.copy_to_me):
                widget.setEnabled(False)


class MarkSentDialog(QDialog):
    """ "I sent it": the date and the way the letter went out; starts the deadline."""

    def __init__(self, ctx: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.tracker = ctx.tracker
        self.request = self.tracker.get(request_id)
        self.updated: Request | None = None
        self.setWindowTitle(self.tr("Mark {reference} as sent").format(reference=self.request.reference))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(self.tr("The legal deadline counts from the day the company received your request."))
        )
        form = QFormLayout()
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setMaximumDate(QDate.currentDate())
        self.sent_on.setDisplayFormat(date_edit_format())
        self.channel = QComboBox()
        for value, words in labels_of("channel", translate).items():
            self.channel.addItem(words, value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(self.request.channel or "email")))
        self.received_on = QDateEdit()
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat(date_edit_format())
        self.received_on.setToolTip(
            self.tr("The day the company got your request: its deadline counts from it")
        )
        self.receipt_hint = paragraph("")
        self.receipt_hint.setObjectName("receiptHint")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. registered letter number"))
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("Sent by"), self.channel)
        form.addRow(self.tr("Received by the company"), self.received_on)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.receipt_hint)
        self.received_edited = False
        self._update_receipt()
        self.sent_on.dateChanged.connect(self._update_receipt)
        self.channel.currentIndexChanged.connect(self._update_receipt)
        self.received_on.dateChanged.connect(self._receipt_entered)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self, self.tr("Mark sent")))

    def _update_receipt(self) -> None:
        """Default the receipt day for the channel: the send day, or the estimate for post."""
        try:
            receipt = self.tracker.receipt_for(
                self.request, self.channel.currentData(), from_qdate(self.sent_on.date())
            )
        except UserError as error:
            show_error(self.error, error)
            return
        self.received_on.blockSignals(True)
        self.received_on.setDate(QDate(receipt.day))
        self.received_on.blockSignals(False)
        self.received_edited = False
        self.receipt_hint.setText(self._receipt_hint(receipt))
        self.receipt_hint.setToolTip(
            self.tr("{standard}\nSource: {sources}").format(
                standard=receipt.standard.standard, sources=", ".join(receipt.standard.sources)
            )
            if receipt.standard
            else ""
        )

    def _receipt_hint(self, receipt) -> str:
        """How the default receipt day was found, in a sentence (the tooltip carries the source)."""
        if receipt.standard is not None:
            return self.tr(
                "Estimated: %n working day(s) after posting, from the published delivery standard "
                "for post inside the country. Correct it when you know the day.",
                None,
                receipt.standard.working_days,
            )
        if receipt.basis == "estimated":
            return self.tr(
                "No published delivery time is known for this letter's route, so the day you sent it is used "
                "as an estimate. Correct it when you know the day."
            )
        return self.tr("Email, web forms and in-app requests reach the company the day they are sent.")

    def _receipt_entered(self) -> None:
        self.received_edited = True
        self.receipt_hint.setText(self.tr("The deadline will count from the day you entered."))

    def accept(self) -> None:
        try:
            self.updated = self.tracker.record(
                self.request.id,
                "sent",
                from_qdate(self.sent_on.date()),
                note=self.note.text(),
                channel=self.channel.currentData(),
                received=from_qdate(self.received_on.date()) if self.received_edited else None,
            )
        except UserError as error:
            show_error(self.error, error)
            return
        super().accept()
