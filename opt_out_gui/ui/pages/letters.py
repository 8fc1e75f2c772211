"""Letters: the composer for request letters (objection, access, erasure, opt-out...).

The page collects the choices and shows the letter that `core.letters` renders; it never
renders templates itself. The user may edit the text; `edited_text` keeps that edit for
the tracker ("Save as request" stores it as a draft request), and every export uses it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import Page, error_label, from_qdate, paragraph, show_error, to_qdate
from opt_out_gui.wording import count
from opt_out_gui.wording.labels import label_of, labels_of


def _how_to_send(letter) -> str:
    """Where this letter goes by its channel, and why when the recipient publishes no email."""
    recipient = letter.recipient
    where = {
        "email": recipient.email,
        "web_form": recipient.web_form,
        "post": ", ".join(recipient.address),
        "in_app": None,
    }.get(letter.channel)
    text = label_of("send_by", letter.channel, translate) + (f" ({where})" if where else "")
    if recipient.kind == "controller" and not recipient.email and letter.channel != "in_app":
        text += translate("Letters", "; no privacy email is published")
    return text


_FILE_FILTERS = {
    "txt": "Text (*.txt)",
    "html": "Web page (*.html)",
    "pdf": "PDF (*.pdf)",
    "eml": "Email message (*.eml)",
}


class LettersPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            "Letters",
            "Write a legally grounded request: an objection to AI training, access, erasure, "
            "withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.",
        )
        from opt_out_gui.core import letters

        self.ctx = ctx
        self.letters = letters
        self.letter = None
        self._reference = ""
        self._edited = False
        self._updating = False
        # The tracked request's deadline when the letter follows up an earlier request.
        self._earlier_deadline = None
        self._saved_reference = ""  # a reference is tracked once; a new letter gets a new one

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 440])
        self.body.addWidget(splitter, 1)
        self._fill_platforms()
        RefreshOnChange(self, self.refresh, ctx.catalog_changed, ctx.profile_changed)

    # ------------------------------------------------------------ layout

    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 8, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.platform = QComboBox()
        self.platform.setAccessibleName("Platform")
        self.platform.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account = QLineEdit()
        self.account.setPlaceholderText("email, user name or profile URL")
        self.request_type = QComboBox()
        self.request_type.setAccessibleName("Request type")
        self.request_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason = paragraph("")  # quotes the platform's name
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: palette(mid);")
        self.law = QComboBox()
        self.law.setAccessibleName("Law")
        self.language = QComboBox()
        self.language.setAccessibleName("Letter language")
        # How the letter will go out: a posted letter must not say it was sent electronically.
        self.channel = QComboBox()
        self.channel.setAccessibleName("Send by")
        self.channel.addItem("As the recipient offers", None)
        for channel, words in labels_of("channel", translate).items():
            self.channel.addItem(words, channel)
        form.addRow("Platform", self.platform)
        form.addRow("Account", self.account)
        form.addRow("Request", self.request_type)
        form.addRow("", self.reason)
        form.addRow("Law", self.law)
        form.addRow("Language", self.language)
        form.addRow("Send by", self.channel)

        self.options_box = QGroupBox("Details")
        options = QFormLayout(self.options_box)
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.grounds: dict[str, QCheckBox] = {}
        grounds_column = QVBoxLayout()
        for ground_id, words in labels_of("objection_ground", translate).items():
            box = QCheckBox(words)
            box.toggled.connect(self._refresh_letter)
            self.grounds[ground_id] = box
            grounds_column.addWidget(box)
        self.grounds_label = QLabel("Your situation")
        options.addRow(self.grounds_label, grounds_column)
        self.grounds_text = QLineEdit()
        self.grounds_text.setPlaceholderText("in your own words (optional)")
        options.addRow("", self.grounds_text)
        self.data_scope = QLineEdit()
        self.data_scope.setPlaceholderText("all my data (default)")
        options.addRow("Which data", self.data_scope)
        self.erasure_scope = QComboBox()
        for scope_id, words in labels_of("erasure_scope", translate).items():
            self.erasure_scope.addItem(words, scope_id)
        options.addRow("Erase", self.erasure_scope)
        self.earlier_date = QDateEdit()
        self.earlier_date.setCalendarPopup(True)
        self.earlier_date.setDisplayFormat("yyyy-MM-dd")
        self.earlier_date.setDate(QDate.currentDate().addMonths(-2))
        self.earlier_date.setMaximumDate(QDate.currentDate())
        options.addRow("Earlier request sent", self.earlier_date)
        self.earlier_reference = QLineEdit()
        options.addRow("Its reference", self.earlier_reference)
        self.earlier_type = QComboBox()
        self.earlier_type.setAccessibleName("Earlier request type")
        options.addRow("It was a", self.earlier_type)
        self.agent = QLineEdit()
        self.agent.setPlaceholderText("name and contact of the person you authorize")
        options.addRow("Agent", self.agent)
        self.correction = QLineEdit()
        self.correction.setPlaceholderText("what is wrong, and what is right")
        options.addRow("Correction", self.correction)
        self.complaint_text = QLineEdit()
        self.complaint_text.setPlaceholderText("what happened (optional)")
        options.addRow("What happened", self.complaint_text)
        self._option_rows: dict[str, list[QWidget]] = {
            "grounds": [self.grounds_label, *self.grounds.values()],
            "grounds_text": [self.grounds_text],
            "data_scope": [self.data_scope],
            "erasure_scope": [self.erasure_scope],
            "earlier_date": [self.earlier_date],
            "earlier_reference": [self.earlier_reference],
            "earlier_type": [self.earlier_type],
            "agent": [self.agent],
            "correction": [self.correction],
            "complaint_text": [self.complaint_text],
        }
        self._options_layout = options
        form.addRow(self.options_box)

        self.bulk_box = QGroupBox("Several platforms at once")
        bulk = QVBoxLayout(self.bulk_box)
        bulk_hint = QLabel("Tick platforms; each gets its own letter of the chosen type.")
        bulk_hint.setWordWrap(True)
        bulk.addWidget(bulk_hint)
        self.bulk_list = QListWidget()
        self.bulk_list.setMinimumHeight(120)
        bulk.addWidget(self.bulk_list)
        row = QHBoxLayout()
        self.bulk_format = QComboBox()
        for output_format in self.letters.OUTPUT_FORMATS:
            self.bulk_format.addItem(f".{output_format}", output_format)
        self.bulk_button = QPushButton("Generate into folder…")
        self.bulk_button.clicked.connect(self._choose_bulk_folder)
        row.addWidget(self.bulk_format)
        row.addWidget(self.bulk_button, 1)
        bulk.addLayout(row)
        self.bulk_track = QCheckBox("Also save each letter as a request")
        self.bulk_track.setToolTip("Keeps every generated letter on the Requests page as a draft")
        bulk.addWidget(self.bulk_track)
        form.addRow(self.bulk_box)

        for signal in (
            self.account.textChanged,
            self.grounds_text.textChanged,
            self.data_scope.textChanged,
            self.earlier_reference.textChanged,
            self.correction.textChanged,
            self.complaint_text.textChanged,
            self.earlier_date.dateChanged,
            self.erasure_scope.currentIndexChanged,
            self.language.currentIndexChanged,
            self.channel.currentIndexChanged,
            self.earlier_type.currentIndexChanged,
            self.agent.textChanged,
        ):
            signal.connect(self._refresh_letter)
        self.earlier_date.dateChanged.connect(self._earlier_date_changed)
        self.law.currentIndexChanged.connect(self._law_changed)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.request_type.currentIndexChanged.connect(self._type_changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(320)
        return scroll

    def _build_preview(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 0, 0, 0)
        self.subject = paragraph("")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject.setStyleSheet("font-weight: 600;")
        self.recipient = paragraph("")
        self.recipient.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName("Letter text")
        self.preview.textChanged.connect(self._text_edited)
        self.edit_note = QLabel("Your edits are kept. Changes on the left no longer alter the text.")
        self.edit_note.setWordWrap(True)
        self.reset_button = QPushButton("Discard my edits")
        self.reset_button.clicked.connect(self.reset_text)
        note_row = QHBoxLayout()
        note_row.addWidget(self.edit_note, 1)
        note_row.addWidget(self.reset_button)
        self.edit_note.hide()
        self.reset_button.hide()
        self.error = error_label()
        self.status = paragraph("")  # file names, platform names
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        self.save_buttons = {}
        for output_format in self.letters.OUTPUT_FORMATS:
            button = QPushButton(f"Save .{output_format}")
            button.clicked.connect(lambda _=False, f=output_format: self._choose_file(f))
            self.save_buttons[output_format] = button
            buttons.addWidget(button)
        actions = QHBoxLayout()
        self.copy_button = QPushButton("Copy letter")
        self.copy_button.setToolTip("Copy the subject and the letter to the clipboard")
        self.copy_button.clicked.connect(self.copy_text)
        self.track_button = QPushButton("Save as request")
        self.track_button.setToolTip("Keep this letter, with your edits, on the Requests page as a draft")
        self.track_button.clicked.connect(self.save_as_request)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.track_button)
        # Both links are built when clicked: the mail link carries the letter as edited.
        self.mail_link = OpenLinkRow(
            "Open in mail app",
            "No mail program opened: none is set up for mail links on this computer. Write to this "
            "address from your webmail; “Copy letter” copies the subject and the text.",
            opens_itself=False,
        )
        self.mail_link.button.clicked.connect(self.open_in_mail_app)
        self.form_link = OpenLinkRow("Open web form", opens_itself=False)
        self.form_link.button.clicked.connect(self.open_web_form)

        layout.addWidget(self.subject)
        layout.addWidget(self.recipient)
        layout.addWidget(self.preview, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.mail_link)
        layout.addWidget(self.form_link)
        layout.addLayout(buttons)
        layout.addLayout(actions)
        return column

    # ------------------------------------------------------------ public API

    def refresh(self) -> None:
        """The catalogue's platforms and the profile (law, language, sender) may have changed."""
        if self._platform_ids() != [p.id for p in self.ctx.catalog.platforms]:
            self._fill_platforms()  # fills the types too
        else:
            self._fill_types()

    def compose_for(
        self, platform_id: str, type_id: str | None = None, earlier_request_id: int | None = None
    ) -> None:
        """Open the composer for a platform (and a request type, else the recommended one).

        With `earlier_request_id` (a reminder or complaint), the tracked request fills in the
        account, law, language, and the date, reference and deadline of the earlier request.
        """
        index = self.platform.findData(platform_id)
        if index < 0:
            raise UserError(f"unknown platform {platform_id!r}")
        earlier = self.ctx.tracker.get(earlier_request_id) if earlier_request_id else None
        if earlier is not None and earlier.sent_at is None:
            raise UserError(
                f"request {earlier.id} ({earlier.reference}) is still a draft; record when you sent it first"
            )
        self._earlier_deadline = None
        self.reset_text()
        self.platform.setCurrentIndex(index)
        if type_id is not None:
            type_index = self.request_type.findData(type_id)
            if type_index < 0:
                raise UserError(f"request type {type_id!r} is not offered for this platform")
            self.request_type.setCurrentIndex(type_index)
        if earlier is not None:
            self._follow_up(earlier)

    @property
    def edited_text(self) -> str | None:
        """The user's own version of the letter text, or None while it is unchanged."""
        return self.preview.toPlainText() if self._edited else None

    def current_letter(self):
        """The letter as it will be exported, including the user's edits."""
        if self.letter is None:
            return None
        if self._edited:
            return self.letters.with_edited_body(self.letter, self.preview.toPlainText())
        return self.letter

    def save_as(self, output_format: str, path: Path, replace: bool = False) -> None:
        """Save the letter; an existing file is replaced only after the user confirms."""
        from opt_out_gui.core.files import TargetExists
        from opt_out_gui.core.letter_files import save_letter
        from opt_out_gui.pdf import letter_pdf_bytes

        letter = self.current_letter()
        if letter is None:
            return
        path = Path(path)
        try:
            try:
                save_letter(letter, output_format, path, replace=replace, pdf_writer=letter_pdf_bytes)
            except TargetExists:
                if not self._confirm_replace(path):
                    self.status.setText(f"Not saved: {path.name} exists already.")
                    return
                save_letter(letter, output_format, path, replace=True, pdf_writer=letter_pdf_bytes)
        except UserError as error:
            show_error(self.error, error)
            return
        self.error.hide()
        self.status.setText(f"Saved {path}.")

    def _confirm_replace(self, path: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Replace the file?",
            f"{path.name} exists already in {path.parent}. Replace it with this letter?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText("Replace")
        return box.exec() == QMessageBox.StandardButton.Yes

    def save_as_request(self):
        """Keep the current letter, as edited, as a draft request; returns the request or None."""
        letter = self.current_letter()
        if letter is None:
            return None
        try:
            request = self.ctx.tracker.create(self.letters.draft_from_letter(letter))
        except UserError as error:
            show_error(self.error, error)
            return None
        self.error.hide()
        self._saved_reference = letter.reference
        self.track_button.setEnabled(False)
        self.status.setText(
            f"Saved as request {request.id} ({request.reference}), a draft. Find it on the Requests page, "
            "and record there when you send it: that starts the deadline."
        )
        return request

    def generate_bulk(self, folder: Path) -> list[Path]:
        """One letter per ticked platform into the folder (core.letter_files); returns the files written.

        With "Also save each letter as a request" ticked, each letter is also kept as a draft request.
        """
        from opt_out_gui.core.letter_files import write_letters
        from opt_out_gui.pdf import letter_pdf_bytes

        platforms = [
            self.ctx.catalog.get(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.bulk_list.item(row) for row in range(self.bulk_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        try:
            batch = write_letters(
                platforms,
                self._choice(),
                Path(folder),
                self.bulk_format.currentData(),
                today=date.today(),
                pdf_writer=letter_pdf_bytes,
                tracker=self.ctx.tracker if self.bulk_track.isChecked() else None,
            )
        except UserError as error:
            show_error(self.error, error)
            return []
        self.error.hide()
        written = count("letter", len(batch.written), translate)
        saved = ""
        if self.bulk_track.isChecked():
            saved = f" {count('draft_request', len(batch.tracked), translate)} saved (Requests page)."
        problems = "".join(
            f"\n{platform.name}: {gui_error_text(error)}" for platform, error in batch.problems
        )
        self.status.setText(f"Wrote {written} to {folder}.{saved}{problems}")
        return batch.written

    def copy_text(self) -> None:
        letter = self.current_letter()
        if letter is not None:
            QGuiApplication.clipboard().setText(f"{letter.subject}\n\n{letter.body}")
            self.status.setText("Subject and letter copied.")

    def open_in_mail_app(self) -> bool:
        """Hand the letter, as edited, to the mail program; True only when one took it."""
        letter = self.current_letter()
        if letter is None:
            return False
        url = self.letters.mailto_url(letter)
        if url is None:
            self.copy_text()
            reason = (
                "has no known email address" if not letter.recipient.email else "is too long for a mail link"
            )
            self.status.setText(f"The letter {reason}: it is copied, paste it into your mail program.")
            return False
        self.mail_link.set_link(url, shown=letter.recipient.email)
        opened = self.mail_link.open_link()
        # The system only says a program took the link, not that a message is on screen.
        self.status.setText(
            "Handed to your mail program: check that the new message opened, then send it." if opened else ""
        )
        return opened

    def open_web_form(self) -> bool:
        """Open the company's request form and copy the letter to paste into it."""
        letter = self.current_letter()
        if letter is None or not letter.recipient.web_form:
            return False
        self.form_link.set_link(letter.recipient.web_form)
        opened = self.form_link.open_link()
        if opened:
            self.copy_text()
            self.status.setText("The letter is copied; paste it into the web form that opened.")
        else:
            self.status.setText("")
        return opened

    def reset_text(self) -> None:
        self._edited = False
        self.edit_note.hide()
        self.reset_button.hide()
        self._refresh_letter()

    # ------------------------------------------------------------ internals

    def _platform_ids(self) -> list[str]:
        return [self.platform.itemData(i) for i in range(self.platform.count())]

    def _fill_platforms(self) -> None:
        """The platforms of the catalogue in use; the chosen one and the ticked ones stay chosen."""
        current = self.platform.currentData()
        ticked = {
            self.bulk_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.bulk_list.count())
            if self.bulk_list.item(row).checkState() == Qt.CheckState.Checked
        }
        self._updating = True
        try:
            self.platform.clear()
            self.bulk_list.clear()
            for platform in self.ctx.catalog.platforms:
                self.platform.addItem(platform.name, platform.id)
                item = QListWidgetItem(platform.name, self.bulk_list)
                item.setData(Qt.ItemDataRole.UserRole, platform.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = platform.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.platform.setCurrentIndex(max(self.platform.findData(current), 0))
        finally:
            self._updating = False
        if self.platform.currentData() != current:
            self._reference = ""  # another platform: another letter
        self._fill_types()

    def _platform_changed(self) -> None:
        self._reference = ""
        self._fill_types()

    def _fill_types(self) -> None:
        """Offer the types of the user's law family, the recommended one first and selected."""
        from opt_out_gui.core import laws

        platform = self._platform()
        if platform is None:
            return
        profile = self.ctx.profile
        recommendations = []
        if profile.country:
            try:
                recommendations = laws.recommend_requests(platform, profile.country, profile.state)
            except UserError:
                recommendations = []
        recommended = next((r for r in recommendations if r.type_id in self.letters.available_types()), None)
        current = self.request_type.currentData()
        self._updating = True
        try:
            self.request_type.clear()
            for type_id in self.letters.available_types():
                title = laws.get_request_type(type_id).title
                self.request_type.addItem(title, type_id)
                self.request_type.setItemData(
                    self.request_type.count() - 1, type_id, Qt.ItemDataRole.ToolTipRole
                )
            preferred = recommended.type_id if recommended else current
            index = self.request_type.findData(preferred)
            self.request_type.setCurrentIndex(max(index, 0))
        finally:
            self._updating = False
        self.reason.setText(f"Suggested: {recommended.reason}" if recommended else "")
        self.reason.setVisible(recommended is not None)
        self._type_changed()

    def _type_changed(self) -> None:
        if self._updating:
            return
        type_id = self.request_type.currentData()
        if type_id is None:
            return
        self._reference = ""
        profile = self.ctx.profile
        from opt_out_gui.core import laws

        default_law = laws.default_law_for(profile.country, profile.state) if profile.country else None
        self._updating = True
        try:
            self.law.clear()
            for law_id in self.letters.laws_for_type(type_id):
                self.law.addItem(laws.get_law(law_id).short_name, law_id)
            self.law.setCurrentIndex(max(self.law.findData(default_law), 0))
            self._fill_languages(profile.language)
            self._fill_earlier_types()
        finally:
            self._updating = False
        fields = set(self.letters.fields_for(type_id))
        for name, widgets in self._option_rows.items():
            for widget in widgets:
                self._set_row_visible(widget, name in fields)
        self.options_box.setVisible(bool(fields))
        self._refresh_letter()

    def _fill_languages(self, preferred: str) -> None:
        """The languages of the chosen type under the chosen law (the Swiss FADP has fewer)."""
        from opt_out_gui.core.profile import LANGUAGES

        current = self.language.currentData() or preferred
        self.language.clear()
        for language in self.letters.languages_for(
            self.request_type.currentData(), law_id=self.law.currentData()
        ):
            self.language.addItem(LANGUAGES.get(language, language), language)
        index = self.language.findData(current)
        self.language.setCurrentIndex(index if index >= 0 else max(self.language.findData(preferred), 0))

    def _fill_earlier_types(self, preferred: str = "") -> None:
        """The request types of the chosen law that a reminder or ID reply can follow up."""
        from opt_out_gui.core import laws

        current = preferred or self.earlier_type.currentData() or ""
        self.earlier_type.clear()
        self.earlier_type.addItem("(not given)", "")
        law_id = self.law.currentData()
        if law_id:
            for request_type in laws.request_types(law_id):
                if not request_type.needs_previous_request:
                    self.earlier_type.addItem(request_type.title, request_type.id)
        self.earlier_type.setCurrentIndex(max(self.earlier_type.findData(current), 0))

    def _law_changed(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._fill_languages(self.ctx.profile.language)
            self._fill_earlier_types()
        finally:
            self._updating = False
        self._refresh_letter()

    def _earlier_date_changed(self) -> None:
        if not self._updating:
            self._earlier_deadline = None  # the tracked deadline belonged to the date the user replaced

    def _follow_up(self, earlier) -> None:
        """Fill the form from the tracked request that this reminder or complaint follows up."""
        self._updating = True
        try:
            self.account.setText(earlier.account)
            law_index = self.law.findData(earlier.law)
            if law_index >= 0:
                self.law.setCurrentIndex(law_index)
            self.language.clear()
            self._fill_languages(earlier.language)
            self.earlier_date.setDate(to_qdate(earlier.sent_at))
            self.earlier_reference.setText(earlier.reference)
            self._fill_earlier_types(earlier.type)
            self._earlier_deadline = earlier.extended_deadline or earlier.deadline
        finally:
            self._updating = False
        self._refresh_letter()

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        field_label = self._options_layout.labelForField(widget)
        if field_label is not None:
            field_label.setVisible(visible)

    def _platform(self):
        platform_id = self.platform.currentData()
        return self.ctx.catalog.get(platform_id) if platform_id else None

    def _options(self):
        return self.letters.LetterOptions(
            grounds=tuple(g for g, box in self.grounds.items() if box.isChecked()),
            grounds_text=self.grounds_text.text().strip(),
            data_scope=self.data_scope.text().strip(),
            erasure_scope=self.erasure_scope.currentData(),
            earlier_date=from_qdate(self.earlier_date.date()),
            earlier_reference=self.earlier_reference.text().strip(),
            earlier_deadline=self._earlier_deadline,
            correction=self.correction.text().strip(),
            complaint_text=self.complaint_text.text().strip(),
            earlier_type=self.earlier_type.currentData() or "",
            agent=self.agent.text().strip(),
        )

    def _choice(self):
        """What the form chose, for one letter or a batch (core.letter_files.LetterChoice)."""
        from opt_out_gui.core.letter_files import LetterChoice

        return LetterChoice(
            type_id=self.request_type.currentData(),
            law_id=self.law.currentData(),
            language=self.language.currentData(),
            profile=self.ctx.profile,
            account=self.account.text().strip(),
            options=self._options(),
            channel=self.channel.currentData(),
        )

    def _compose(self, platform, reference: str):
        from opt_out_gui.core.letter_files import compose

        return compose(platform, self._choice(), today=date.today(), reference=reference)

    def _refresh_letter(self) -> None:
        if self._updating or self._edited:
            return
        platform = self._platform()
        if platform is None or self.request_type.currentData() is None:
            return
        from opt_out_gui.core.references import new_reference

        self._reference = self._reference or new_reference(date.today())
        try:
            self.letter = self._compose(platform, self._reference)
        except UserError as error:
            self.letter = None
            show_error(self.error, error)
            self._show_letter(None)
            return
        self.error.hide()
        self._show_letter(self.letter)

    def _show_letter(self, letter) -> None:
        self._updating = True
        try:
            self.preview.setPlainText(letter.body if letter else "")
        finally:
            self._updating = False
        self.subject.setText(letter.subject if letter else "")
        self.track_button.setEnabled(letter is not None and letter.reference != self._saved_reference)
        if letter:
            due = letter.deadline.deadline.isoformat()
            self.recipient.setText(f"To {letter.recipient.entity}: {_how_to_send(letter)} · answer due {due}")
        else:
            self.recipient.setText("")
        has_letter = letter is not None
        for button in (*self.save_buttons.values(), self.copy_button):
            button.setEnabled(has_letter)
        email = letter.recipient.email if letter else None
        web_form = letter.recipient.web_form if letter else None
        self.save_buttons["eml"].setEnabled(bool(email))
        self.mail_link.set_link(f"mailto:{email}" if email else "", shown=email or "")
        self.mail_link.setVisible(bool(email))
        self.form_link.set_link(web_form or "")
        self.form_link.setVisible(bool(web_form))

    def _text_edited(self) -> None:
        if self._updating or self.letter is None:
            return
        self._edited = self.preview.toPlainText().strip() != self.letter.body.strip()
        self.edit_note.setVisible(self._edited)
        self.reset_button.setVisible(self._edited)

    def _choose_file(self, output_format: str) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        from opt_out_gui.core.letter_files import letter_file_name

        suggested = str(Path.home() / letter_file_name(letter, output_format))
        path, _ = QFileDialog.getSaveFileName(self, "Save letter", suggested, _FILE_FILTERS[output_format])
        if path:
            # The file dialog has asked already whether to replace an existing file.
            self.save_as(output_format, Path(path), replace=True)

    def _choose_bulk_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the letters", str(Path.home()))
        if folder:
            self.generate_bulk(Path(folder))
