"""Letters: the composer for request letters (objection, access, erasure, opt-out...).

The page collects the choices and shows the letter that `core.letters` renders; it never
renders templates itself. The user may edit the text; `edited_text` keeps that edit for
the tracker ("Save as request" stores it as a draft request), and every export uses it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import law_text, translate
from opt_out_gui.ui.widgets import (
    Page,
    date_edit_format,
    date_text,
    emphasise,
    error_label,
    from_qdate,
    paragraph,
    show_error,
    to_qdate,
    ui_language,
)
from opt_out_gui.wording import count
from opt_out_gui.wording.chooser import reason_text
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


def _empty_state_text(profile) -> str:
    """What the Letters page needs from the profile before it can write anything."""
    missing = [
        words
        for present, words in (
            (profile.name.strip(), translate("Letters", "your name")),
            (profile.country, translate("Letters", "your country")),
        )
        if not present
    ]
    return translate(
        "Letters",
        "A letter is signed with your name and grounded in the law of the country you live in: "
        "which rights you have, who answers, and by when. Add {missing} to your profile, and the "
        "page will suggest the request that fits each platform.",
    ).format(missing=translate("Letters", " and ").join(missing))


def _stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other, as one field of a form (a choice and the lines about it)."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return column


# Item data of the request-type list: a type's one line on what it does.
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
# Narrower than this (the page's width), the letter is shown under the form, not beside it.
NARROW_WIDTH = 720
# The request-type list's popup is at least this wide, so a type's line stays readable.
_TYPE_LIST_WIDTH = 440


# Error codes a change in Settings > Profile fixes.
PROFILE_PROBLEMS = frozenset({"sender_field_missing", "law_unknown_for_country", "land_required"})


class RequestTypeDelegate(QStyledItemDelegate):
    """The request-type list: each type's title and, under it, what the type does; group
    headings in bold. Both lines use the palette's text colours (full contrast)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo.view())
        self._combo = combo

    def _text_width(self) -> int:
        """The width a type's line wraps at: the popup's (paint's margins and a scroll bar off)."""
        view = self._combo.view()
        return max(self._combo.width(), view.minimumWidth(), view.viewport().width()) - 24 - 20

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        return small

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        base = super().sizeHint(option, index)
        title_height = QFontMetrics(option.font).height()
        description = index.data(DESCRIPTION_ROLE)
        if not description:  # a group heading
            return QSize(base.width(), title_height + 10)
        lines = QFontMetrics(self._small(option.font)).boundingRect(
            QRect(0, 0, self._text_width(), 10_000), int(Qt.TextFlag.TextWordWrap), description
        )
        return QSize(base.width(), 4 + title_height + 2 + lines.height() + 6)

    def paint(self, painter, option, index) -> None:
        description = index.data(DESCRIPTION_ROLE)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = item.text
        painter.save()
        if not description:
            # A group heading: not choosable, yet drawn in the text colour (a disabled grey
            # would fall below 4.5:1 contrast).
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
            painter.drawText(
                option.rect.adjusted(6, 4, -6, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title,
            )
            painter.restore()
            return
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        area = option.rect.adjusted(14, 4, -10, 0)
        painter.setFont(option.font)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
        painter.setFont(self._small(option.font))
        painter.drawText(
            area.adjusted(0, QFontMetrics(option.font).height() + 2, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            description,
        )
        painter.restore()


class FormColumn(QWidget):
    """The form's column inside its scroll area: as tall as its wrapped labels need at the
    width it gets (a scroll area honours only the minimum height), and the scroll area never
    narrower than the form needs (its check boxes do not wrap, and translations are longer
    than English), so nothing is clipped."""

    scroll_area: QScrollArea | None = None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_height()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.scroll_area is not None:
            scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
            self.scroll_area.setMinimumWidth(max(320, self.minimumSizeHint().width() + scrollbar + 2))
        return super().event(event)

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)


class LettersPage(Page):
    # Ask the main window for Settings > Profile (the empty state's button).
    profile_wanted = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            self.tr("Letters"),
            self.tr(
                "Write a legally grounded request: an objection to AI training, access, erasure, "
                "withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it."
            ),
        )
        from opt_out_gui.core import letters

        self.ctx = ctx
        self.letters = letters
        self.letter = None
        self._reference = ""
        self._edited = False
        self._updating = False
        # The tracked request's deadline and outcome day when the letter follows up an earlier request.
        self._earlier_deadline = self._earlier_outcome_date = None
        self._saved_reference = ""  # a reference is tracked once; a new letter gets a new one
        self._profile_place: tuple[str, str] | None = None  # the profile's place the law was chosen for
        # A platform asked for while the profile was incomplete: chosen once it is complete.
        self._waiting_platform: str | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 440])
        self.composer = splitter
        self._sizes_by_orientation: dict[Qt.Orientation, list[int]] = {}
        self.empty_state = self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.composer)
        self.body.addWidget(self.stack, 1)
        self.refresh()
        RefreshOnChange(self, self.refresh, ctx.catalog_changed, ctx.profile_changed, ctx.checklist_changed)

    # ------------------------------------------------------------ layout

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Below NARROW_WIDTH the letter goes under the form: side by side, neither the form
        nor the letter and its buttons would fit (issue 16: the window works down to 800x600)."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Vertical if event.size().width() < NARROW_WIDTH else Qt.Orientation.Horizontal
        splitter = self.composer
        if splitter.orientation() != wanted:
            self._sizes_by_orientation[splitter.orientation()] = splitter.sizes()
            splitter.setOrientation(wanted)
            # The first time in an orientation: 2 parts form, 3 parts letter (it has its buttons).
            length = splitter.height() if wanted == Qt.Orientation.Vertical else splitter.width()
            splitter.setSizes(self._sizes_by_orientation.get(wanted, [length * 2 // 5, length * 3 // 5]))

    def _build_empty_state(self) -> QWidget:
        """What the page shows before the profile has a name and a country: no letter can be
        signed or grounded in a law without them."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        title = paragraph(translate("Letters", "First, who you are and where you live"))
        emphasise(title, 13)
        layout.addWidget(title)
        self.empty_text = paragraph("")
        layout.addWidget(self.empty_text)
        self.profile_button = QPushButton(translate("Letters", "Open Settings > Profile"))
        self.profile_button.clicked.connect(self.profile_wanted.emit)
        layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return box

    def _build_form(self) -> QWidget:
        form_widget = FormColumn()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 8, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label goes above its field when both do not fit side by side (long translations).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.setPlaceholderText(translate("Letters", "Choose a platform"))
        self.platform.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("email, user name or profile URL"))
        self.law = QComboBox()
        self.law.setAccessibleName(self.tr("Law"))
        self.law.setPlaceholderText(translate("Letters", "Choose a law"))
        self.law.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.law_note = paragraph("")  # names the user's place
        self.request_type = QComboBox()
        self.request_type.setAccessibleName(self.tr("Request type"))
        self.request_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.request_type.setModel(QStandardItemModel(self.request_type))
        type_list = self.request_type.view()
        assert isinstance(type_list, QListView)  # a combo box's own list
        type_list.setUniformItemSizes(False)
        type_list.setWordWrap(True)
        type_list.setMinimumWidth(_TYPE_LIST_WIDTH)
        self.request_type.setItemDelegate(RequestTypeDelegate(self.request_type))
        self.type_description = paragraph("")  # laws.toml's line on what the type does
        self.reason = paragraph("")  # the chooser's reason; quotes the platform's name
        self.reason.setAccessibleName(self.tr("Why this request is suggested"))
        # A framed note, in the text colour: set apart from the type's description, readable.
        self.reason_box = QFrame()
        self.reason_box.setFrameShape(QFrame.Shape.StyledPanel)
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(6, 4, 6, 4)
        reason_layout.addWidget(self.reason)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Letter language"))
        # How the letter will go out: a posted letter must not say it was sent electronically.
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Send by"))
        self.channel.addItem(self.tr("As the recipient offers"), None)
        for channel, words in labels_of("channel", translate).items():
            self.channel.addItem(words, channel)
        for combo in (self.language, self.channel):  # as narrow as the other fields; the list shows all
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Acco&unt"), self.account)
        # The law first: it decides which requests exist and what each one does.
        form.addRow(self.tr("&Law"), _stacked(self.law, self.law_note))
        form.addRow(self.tr("Re&quest"), _stacked(self.request_type, self.type_description, self.reason_box))
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.tr("Sen&d by"), self.channel)

        self.options_box = QGroupBox(self.tr("Details"))
        options = QFormLayout(self.options_box)
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.grounds: dict[str, QCheckBox] = {}
        grounds_column = QVBoxLayout()
        for ground_id, words in labels_of("objection_ground", translate).items():
            box = QCheckBox(words)
            box.toggled.connect(self._refresh_letter)
            self.grounds[ground_id] = box
            grounds_column.addWidget(box)
        self.grounds_label = QLabel(self.tr("Your situation"))
        options.addRow(self.grounds_label, grounds_column)
        self.grounds_text = QLineEdit()
        self.grounds_text.setAccessibleName(translate("Letters", "Your situation in your own words"))
        self.grounds_text.setPlaceholderText(self.tr("in your own words (optional)"))
        options.addRow("", self.grounds_text)
        self.data_scope = QLineEdit()
        self.data_scope.setPlaceholderText(self.tr("all my data (default)"))
        options.addRow(self.tr("Which data"), self.data_scope)
        self.erasure_scope = QComboBox()
        for scope_id, words in labels_of("erasure_scope", translate).items():
            self.erasure_scope.addItem(words, scope_id)
        options.addRow(self.tr("Erase"), self.erasure_scope)
        self.earlier_date = QDateEdit()
        self.earlier_date.setCalendarPopup(True)
        self.earlier_date.setDisplayFormat(date_edit_format())
        self.earlier_date.setDate(QDate.currentDate().addMonths(-2))
        self.earlier_date.setMaximumDate(QDate.currentDate())
        options.addRow(self.tr("Earlier request sent"), self.earlier_date)
        self.earlier_reference = QLineEdit()
        options.addRow(self.tr("Its reference"), self.earlier_reference)
        self.earlier_type = QComboBox()
        self.earlier_type.setAccessibleName(self.tr("Earlier request type"))
        options.addRow(self.tr("It was a"), self.earlier_type)
        self.earlier_outcome = QComboBox()
        for outcome, words in labels_of("earlier_outcome", translate).items():
            self.earlier_outcome.addItem(words, outcome)
        options.addRow(self.tr("Outcome"), self.earlier_outcome)
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(self.tr("name and contact of the person you authorize"))
        options.addRow(self.tr("Agent"), self.agent)
        self.correction = QLineEdit()
        self.correction.setPlaceholderText(self.tr("what is wrong, and what is right"))
        options.addRow(self.tr("Correction"), self.correction)
        self.complaint_text = QLineEdit()
        self.complaint_text.setPlaceholderText(self.tr("what happened (optional)"))
        options.addRow(self.tr("What happened"), self.complaint_text)
        self._option_rows: dict[str, list[QWidget]] = {
            "grounds": [self.grounds_label, *self.grounds.values()],
            "grounds_text": [self.grounds_text],
            "data_scope": [self.data_scope],
            "erasure_scope": [self.erasure_scope],
            "earlier_date": [self.earlier_date],
            "earlier_reference": [self.earlier_reference],
            "earlier_type": [self.earlier_type],
            "earlier_outcome": [self.earlier_outcome],
            "agent": [self.agent],
            "correction": [self.correction],
            "complaint_text": [self.complaint_text],
        }
        self._options_layout = options
        form.addRow(self.options_box)

        self.bulk_box = QGroupBox(self.tr("Several platforms at once"))
        bulk = QVBoxLayout(self.bulk_box)
        bulk_hint = QLabel(self.tr("Tick platforms; each gets its own letter of the chosen type."))
        bulk_hint.setWordWrap(True)
        bulk.addWidget(bulk_hint)
        self.bulk_list = QListWidget()
        self.bulk_list.setAccessibleName(translate("Letters", "Platforms to write to at once"))
        self.bulk_list.setMinimumHeight(120)
        bulk.addWidget(self.bulk_list)
        row = QHBoxLayout()
        self.bulk_format = QComboBox()
        self.bulk_format.setAccessibleName(translate("Letters", "File format of the letters"))
        for output_format in self.letters.OUTPUT_FORMATS:
            self.bulk_format.addItem(f".{output_format}", output_format)
        self.bulk_button = QPushButton(self.tr("Generate into f&older…"))
        self.bulk_button.clicked.connect(self._choose_bulk_folder)
        row.addWidget(self.bulk_format)
        row.addWidget(self.bulk_button, 1)
        bulk.addLayout(row)
        self.bulk_track = QCheckBox(self.tr("Also save each letter as a request"))
        self.bulk_track.setToolTip(self.tr("Keeps every generated letter on the Requests page as a draft"))
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
        self.earlier_outcome.currentIndexChanged.connect(self._earlier_outcome_changed)
        self.law.currentIndexChanged.connect(self._law_changed)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.request_type.currentIndexChanged.connect(self._type_changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(320)
        form_widget.scroll_area = scroll
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
        self.preview.setAccessibleName(self.tr("Letter text"))
        self._empty_preview_text = translate(
            "Letters", "Choose a platform, a law and a request: the letter appears here."
        )
        self.preview.setPlaceholderText(self._empty_preview_text)
        self.preview.textChanged.connect(self._text_edited)
        # Read-only until the user asks to edit: Tab then moves on instead of typing a tab.
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.edit_button = QPushButton(translate("Letters", "Edit &text"))
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(
            translate("Letters", "Change the letter's wording before you save or send it")
        )
        self.edit_button.toggled.connect(self.set_editing)
        self.edit_note = QLabel(self.tr("Your edits are kept. Changes on the left no longer alter the text."))
        self.edit_note.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("&Discard my edits"))
        self.reset_button.clicked.connect(self.reset_text)
        note_row = QHBoxLayout()
        note_row.addWidget(self.edit_note, 1)
        note_row.addWidget(self.reset_button)
        self.edit_note.hide()
        self.reset_button.hide()
        self.error = error_label()
        self.status = paragraph("")  # file names, platform names
        self.status.setWordWrap(True)

        # "Save as: .txt .html .pdf .eml": one label and short buttons, which fit the preview's
        # width in every language.
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Save as:")))
        self.save_buttons = {}
        for output_format in self.letters.OUTPUT_FORMATS:
            button = QPushButton(f".{output_format}")
            # Narrower than the style's usual minimum: the text is short, and the row must fit.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
            button.setToolTip(self.tr("Save the letter as a .{format} file").format(format=output_format))
            button.setAccessibleName(self.tr("Save as .{format}").format(format=output_format))
            button.clicked.connect(lambda _=False, f=output_format: self.choose_file(f))
            self.save_buttons[output_format] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy letter"))
        self.copy_button.setToolTip(self.tr("Copy the subject and the letter to the clipboard"))
        self.copy_button.clicked.connect(self.copy_text)
        self.track_button = QPushButton(self.tr("Save as &request"))
        self.track_button.setToolTip(
            self.tr("Keep this letter, with your edits, on the Requests page as a draft")
        )
        self.track_button.clicked.connect(self.save_as_request)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.track_button)
        # Both links are built when clicked: the mail link carries the letter as edited.
        self.mail_link = OpenLinkRow(
            self.tr("Open in mail app"),
            self.tr(
                "No mail program opened: none is set up for mail links on this computer. Write to this "
                "address from your webmail; “Copy letter” copies the subject and the text."
            ),
            opens_itself=False,
        )
        self.mail_link.button.clicked.connect(self.open_in_mail_app)
        self.form_link = OpenLinkRow(self.tr("Open web form"), opens_itself=False)
        self.form_link.button.clicked.connect(self.open_web_form)

        layout.addWidget(self.subject)
        layout.addWidget(self.recipient)
        layout.addWidget(self.preview, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        # Where the profile can fix the problem (a missing field, country or Land), a way there.
        self.problem_profile_button = QPushButton(self.tr("Open profile &settings"))
        self.problem_profile_button.clicked.connect(self.profile_wanted.emit)
        self.problem_profile_button.hide()
        layout.addWidget(self.problem_profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.mail_link)
        layout.addWidget(self.form_link)
        layout.addLayout(buttons)
        layout.addLayout(actions)
        return column

    # ------------------------------------------------------------ public API

    def refresh(self) -> None:
        """The profile (sender, place, hence the law), the catalogue's platforms and the ones the
        user ticked may all have changed; choices that still fit are kept."""
        profile = self.ctx.profile
        ready = bool(profile.name.strip() and profile.country)
        self.stack.setCurrentWidget(self.composer if ready else self.empty_state)
        if not ready:
            self.empty_text.setText(_empty_state_text(profile))
            return
        if self._platform_entries() != self._wanted_platform_entries():
            self._fill_platforms()
        place = (profile.country, profile.state)
        self._fill_laws(reset=place != self._profile_place)
        self._profile_place = place
        waiting, self._waiting_platform = self._waiting_platform, None
        if waiting is not None and self.platform.findData(waiting) >= 0:
            self._updating = True
            try:
                self.platform.setCurrentIndex(self.platform.findData(waiting))
            finally:
                self._updating = False
            self._new_letter()
        # The request the user chose (or a reminder or complaint opened from Requests) stays
        # while the law has it: a suggestion is for a platform newly chosen, never over a choice.
        self._fill_types(preferred=self.request_type.currentData() if waiting is None else None)

    def compose_for(
        self, platform_id: str, type_id: str | None = None, earlier_request_id: int | None = None
    ) -> None:
        """Open the composer for a platform (and a request type, else the suggested one).

        The law is the user's where the type exists under it, else the first law the type
        exists under. With `earlier_request_id` (a reminder or complaint), the tracked request
        fills in the account, law, language, and the date, reference and deadline of the
        earlier request.
        """
        self.refresh()
        if self.stack.currentWidget() is self.empty_state:
            # No letter without a name and a country: the page asks for them, and the platform
            # asked for is chosen once they are there.
            self._waiting_platform = platform_id
            return
        index = self.platform.findData(platform_id)
        if index < 0:
            raise UserError(self.tr("unknown platform {platform}").format(platform=repr(platform_id)))
        earlier = self.ctx.tracker.get(earlier_request_id) if earlier_request_id else None
        if earlier is not None and earlier.sent_at is None:
            raise UserError(
                self.tr("request {id} ({reference}) is still a draft; record when you sent it first").format(
                    id=earlier.id, reference=earlier.reference
                )
            )
        law_id = earlier.law if earlier is not None else None
        if type_id is not None:
            under = self.letters.laws_for_type(type_id)  # raises UserError for an unknown type
            if law_id is None:
                user_law = self._user_law()
                law_id = self.law.currentData() if self.law.currentData() in under else None
                law_id = law_id or (user_law if user_law in under else under[0] if under else None)
            if law_id not in under:
                raise UserError(
                    self.tr("request type {type} cannot be written under {law}").format(
                        type=repr(type_id), law=repr(law_id)
                    )
                )
        facts = self.letters.follow_up_options(earlier) if earlier is not None else None  # before any change
        self._earlier_deadline = self._earlier_outcome_date = None
        self._edited = False
        self.edit_note.hide()
        self.reset_button.hide()
        self._new_letter()
        self._updating = True
        try:
            self.platform.setCurrentIndex(index)
            self.earlier_outcome.setCurrentIndex(0)  # an outcome is stated only for the request it belongs to
            if law_id is not None:
                self.law.setCurrentIndex(self.law.findData(law_id))
        finally:
            self._updating = False
        self._fill_types(preferred=type_id)
        if facts is not None:
            self._follow_up(earlier, facts)

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
                    self.status.setText(self.tr("Not saved: {file} exists already.").format(file=path.name))
                    return
                save_letter(letter, output_format, path, replace=True, pdf_writer=letter_pdf_bytes)
        except UserError as error:
            self._show_problem(error)
            return
        self._clear_problem()
        self.status.setText(self.tr("Saved {path}.").format(path=path))

    def _confirm_replace(self, path: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the file?"),
            self.tr("{file} exists already in {folder}. Replace it with this letter?").format(
                file=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def save_as_request(self):
        """Keep the current letter, as edited, as a draft request; returns the request or None."""
        letter = self.current_letter()
        if letter is None:
            return None
        try:
            request = self.ctx.tracker.create(self.letters.draft_from_letter(letter))
        except UserError as error:
            self._show_problem(error)
            return None
        self._clear_problem()
        self._saved_reference = letter.reference
        self.track_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "Saved as request {id} ({reference}), a draft. Find it on the Requests page, "
                "and record there when you send it: that starts the deadline."
            ).format(id=request.id, reference=request.reference)
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
            self._show_problem(error)
            return []
        self._clear_problem()
        written = count("letter", len(batch.written), translate)
        text = self.tr("Wrote {letters} to {folder}.").format(letters=written, folder=folder)
        if self.bulk_track.isChecked():
            text += " " + self.tr("{requests} saved (Requests page).").format(
                requests=count("draft_request", len(batch.tracked), translate)
            )
        problems = "".join(
            f"\n{platform.name}: {gui_error_text(error)}" for platform, error in batch.problems
        )
        self.status.setText(text + problems)
        return batch.written

    def copy_text(self) -> None:
        letter = self.current_letter()
        if letter is not None:
            QGuiApplication.clipboard().setText(f"{letter.subject}\n\n{letter.body}")
            self.status.setText(self.tr("Subject and letter copied."))

    def open_in_mail_app(self) -> bool:
        """Hand the letter, as edited, to the mail program; True only when one took it."""
        letter = self.current_letter()
        if letter is None:
            return False
        url = self.letters.mailto_url(letter)
        if url is None:
            self.copy_text()
            if not letter.recipient.email:
                text = self.tr(
                    "The letter has no known email address: it is copied, paste it into your mail program."
                )
            else:
                text = self.tr(
                    "The letter is too long for a mail link: it is copied, paste it into your mail program."
                )
            self.status.setText(text)
            return False
        self.mail_link.set_link(url, shown=letter.recipient.email)
        opened = self.mail_link.open_link()
        # The system only says a program took the link, not that a message is on screen.
        self.status.setText(
            self.tr("Handed to your mail program: check that the new message opened, then send it.")
            if opened
            else ""
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
            self.status.setText(self.tr("The letter is copied; paste it into the web form that opened."))
        else:
            self.status.setText("")
        return opened

    def set_editing(self, editing: bool) -> None:
        """The Edit toggle: the letter text becomes editable (and gets the focus), or read-only."""
        self.preview.setReadOnly(not editing)
        if self.edit_button.isChecked() != editing:
            self.edit_button.setChecked(editing)
        if editing:
            self.preview.setFocus()

    def reset_text(self) -> None:
        self._edited = False
        self.edit_note.hide()
        self.reset_button.hide()
        self._refresh_letter()

    # ------------------------------------------------------------ internals

    def _user_law(self) -> str | None:
        """The law where the user lives (the profile's country and state), if the app knows one."""
        from opt_out_gui.core import laws

        profile = self.ctx.profile
        return laws.default_law_for(profile.country, profile.state) if profile.country else None

    def _platform_entries(self) -> list[str | None]:
        """The platform list as shown: ids, None for the line between the user's and the others."""
        return [self.platform.itemData(i) for i in range(self.platform.count())]

    def _wanted_platform_entries(self) -> list[str | None]:
        in_use = set(self.ctx.checklist.platforms_in_use())
        catalog_ids = [p.id for p in self.ctx.catalog.platforms]
        mine: list[str | None] = [p for p in catalog_ids if p in in_use]
        others: list[str | None] = [p for p in catalog_ids if p not in in_use]
        return [*mine, None, *others] if mine and others else mine + others

    def _fill_platforms(self) -> None:
        """The platforms the user ticked in the Checklist first, then the rest of the catalogue.

        The chosen platform stays chosen; with none chosen yet, the first ticked one is, and
        with none ticked the list asks for a choice (no letter to a platform picked at random).
        """
        current = self.platform.currentData()
        ticked = {
            self.bulk_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.bulk_list.count())
            if self.bulk_list.item(row).checkState() == Qt.CheckState.Checked
        }
        entries = self._wanted_platform_entries()
        self._updating = True
        try:
            self.platform.clear()
            self.bulk_list.clear()
            for platform_id in entries:
                if platform_id is None:
                    self.platform.insertSeparator(self.platform.count())
                    continue
                platform = self.ctx.catalog.get(platform_id)
                self.platform.addItem(platform.name, platform.id)
            for platform in self.ctx.catalog.platforms:
                item = QListWidgetItem(platform.name, self.bulk_list)
                item.setData(Qt.ItemDataRole.UserRole, platform.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = platform.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            in_use = set(self.ctx.checklist.platforms_in_use())
            chosen = current if self.platform.findData(current) >= 0 else None
            chosen = chosen or next((p for p in entries if p in in_use), None)
            self.platform.setCurrentIndex(self.platform.findData(chosen) if chosen else -1)
        finally:
            self._updating = False
        if self.platform.currentData() != current:
            self._new_letter()

    def _fill_laws(self, reset: bool) -> None:
        """Every law a letter can be written under, the user's own first; the user's is chosen
        unless the user chose another (`reset`: the profile's place changed, start again)."""
        from opt_out_gui.core import laws

        user_law = self._user_law()
        current = None if reset else self.law.currentData()
        self._updating = True
        try:
            self.law.clear()
            ordered = sorted(laws.all_laws(), key=lambda law: law.id != user_law)
            for law in ordered:
                # The name the letters use in the interface's language (DSGVO in German).
                self.law.addItem(f"{law.name_in(ui_language())} ({law_text(law.jurisdiction)})", law.id)
                if law.id == user_law and len(ordered) > 1:
                    self.law.insertSeparator(self.law.count())
            chosen = current or user_law
            self.law.setCurrentIndex(self.law.findData(chosen) if chosen else -1)
        finally:
            self._updating = False
        self._show_law_note()

    def _show_law_note(self) -> None:
        """Whether the chosen law is the user's, or why the app knows none for the user's place."""
        from opt_out_gui.core import laws
        from opt_out_gui.core.laws.chooser import no_law_reason

        user_law = self._user_law()
        chosen = self.law.currentData()
        platform = self._platform()
        if user_law is None:
            profile = self.ctx.profile
            # The chooser says why no law fits (no law known for the country), with the
            # platform's own settings as the way out where a platform is chosen.
            text = reason_text(
                laws.recommend_requests(
                    platform, profile.country, profile.state, self._done_controls(platform), ui_language()
                )[0]
                if platform is not None
                else no_law_reason(profile.country, profile.state),
                translate,
            )
            if chosen:
                text += " " + translate(
                    "Letters", "A letter under another law helps only if that law covers you."
                )
        elif chosen == user_law:
            text = translate("Letters", "The law where you live, from your profile.")
        elif chosen:
            text = translate(
                "Letters",
                "Where you live, the {law} applies; a letter under another law helps only if it covers you.",
            ).format(law=laws.get_law(user_law).short_name)
        else:
            text = ""
        self.law_note.setText(text)
        self.law_note.setVisible(bool(text))

    def _new_letter(self) -> None:
        """Another letter: a new reference, and the last letter's messages go."""
        self._reference = ""
        self.status.setText("")
        self._clear_problem()

    def _platform_changed(self) -> None:
        if self._updating:
            return
        self._new_letter()
        self._fill_types()

    def _law_changed(self) -> None:
        if self._updating:
            return
        self._new_letter()
        self._fill_types()

    def _fill_types(self, preferred: str | None = None) -> None:
        """The chosen law's request types by group, each with what it does; the suggested one
        (or `preferred`, or the one chosen before where it still exists) is chosen."""

        self._show_law_note()
        law_id = self.law.currentData()
        platform = self._platform()
        model = self.request_type.model()
        assert isinstance(model, QStandardItemModel)  # set in _build_form
        current = self.request_type.currentData()
        suggested = self._suggestions(platform, law_id)
        self._updating = True
        try:
            model.clear()
            if law_id is not None:
                group_names = labels_of("request_group", translate)
                for group, types in self.letters.types_by_group(law_id):
                    heading_item = QStandardItem(group_names[group])
                    heading_item.setFlags(Qt.ItemFlag.NoItemFlags)
                    heading_font = heading_item.font()
                    heading_font.setBold(True)
                    heading_item.setFont(heading_font)
                    heading_item.setData(group_names[group], Qt.ItemDataRole.AccessibleTextRole)
                    model.appendRow(heading_item)
                    for request_type in types:
                        item = QStandardItem(law_text(request_type.title))
                        item.setData(request_type.id, Qt.ItemDataRole.UserRole)
                        description = law_text(request_type.description)
                        item.setData(description, DESCRIPTION_ROLE)
                        item.setData(description, Qt.ItemDataRole.ToolTipRole)
                        item.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)
                        model.appendRow(item)
            wanted = [preferred, *suggested, current]
            chosen = next((t for t in wanted if t and self.request_type.findData(t) >= 0), None)
            if chosen is None:  # the first type of the law: the first item after a heading
                chosen = next(
                    (
                        model.item(row).data(Qt.ItemDataRole.UserRole)
                        for row in range(model.rowCount())
                        if model.item(row).data(Qt.ItemDataRole.UserRole)
                    ),
                    None,
                )
            self.request_type.setCurrentIndex(self.request_type.findData(chosen) if chosen else -1)
            self.request_type.setEnabled(model.rowCount() > 0)
        finally:
            self._updating = False
        if self.request_type.currentData() != current:
            self._new_letter()
        self._show_type()

    def _suggestions(self, platform, law_id: str | None) -> dict[str, str]:
        """type id -> why the chooser suggests it for this platform, under the user's own law only."""
        from opt_out_gui.core import laws

        profile = self.ctx.profile
        if platform is None or law_id is None or law_id != self._user_law():
            return {}
        try:
            found = laws.recommend_requests(
                platform, profile.country, profile.state, self._done_controls(platform), ui_language()
            )
        except UserError:
            return {}
        return {r.type_id: reason_text(r, translate) for r in found if r.type_id and r.law_id == law_id}

    def _type_changed(self) -> None:
        """The user chose another request type: another letter."""
        if self._updating:
            return
        self._new_letter()
        self._show_type()

    def _show_type(self) -> None:
        """What the chosen type does, why it is suggested, its options, and its letter."""
        from opt_out_gui.core import laws

        type_id = self.request_type.currentData()
        description = law_text(laws.get_request_type(type_id).description) if type_id else ""
        self.type_description.setText(description)
        self.type_description.setVisible(type_id is not None)
        reason = self._suggestions(self._platform(), self.law.currentData()).get(type_id or "")
        self.reason.setText(
            translate("Letters", "Suggested: {reason}").format(reason=reason) if reason else ""
        )
        self.reason_box.setVisible(bool(reason))
        fields = set(self.letters.fields_for(type_id)) if type_id else set()
        self._updating = True
        try:
            self._fill_languages(self.ctx.profile.language)
            self._fill_earlier_types()
        finally:
            self._updating = False
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
        type_id, law_id = self.request_type.currentData(), self.law.currentData()
        self.language.setEnabled(type_id is not None and law_id is not None)
        if type_id is None or law_id is None:
            return
        for language in self.letters.languages_for(type_id, law_id=law_id):
            self.language.addItem(LANGUAGES.get(language, language), language)
        index = self.language.findData(current)
        self.language.setCurrentIndex(index if index >= 0 else max(self.language.findData(preferred), 0))

    def _fill_earlier_types(self, preferred: str = "") -> None:
        """The request types of the chosen law that a reminder or ID reply can follow up."""
        from opt_out_gui.core import laws

        current = preferred or self.earlier_type.currentData() or ""
        self.earlier_type.clear()
        self.earlier_type.addItem(self.tr("(not given)"), "")
        law_id = self.law.currentData()
        if law_id:
            for request_type in laws.request_types(law_id):
                if not request_type.needs_previous_request:
                    self.earlier_type.addItem(law_text(request_type.title), request_type.id)
        self.earlier_type.setCurrentIndex(max(self.earlier_type.findData(current), 0))

    def _earlier_date_changed(self) -> None:
        if not self._updating:
            # The tracked deadline and outcome day belonged to the date the user replaced.
            self._earlier_deadline = self._earlier_outcome_date = None
            self._refresh_letter()  # the letter was refreshed before them (connection order)

    def _earlier_outcome_changed(self) -> None:
        if not self._updating:
            self._earlier_outcome_date = None  # the tracked day belonged to the outcome the user replaced
            self._refresh_letter()

    def _follow_up(self, earlier, facts) -> None:
        """Fill the form from the tracked request that this reminder or complaint follows up
        (`facts`: core.letters.follow_up_options of it)."""
        self._updating = True
        try:
            self.account.setText(earlier.account)
            self.language.clear()
            self._fill_languages(earlier.language)
            self.earlier_date.setDate(to_qdate(facts.earlier_date))
            self.earlier_reference.setText(facts.earlier_reference)
            self._fill_earlier_types(facts.earlier_type)
            self.earlier_outcome.setCurrentIndex(self.earlier_outcome.findData(facts.earlier_outcome))
            self._earlier_deadline = facts.earlier_deadline
            self._earlier_outcome_date = facts.earlier_outcome_date
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
            earlier_outcome=self.earlier_outcome.currentData() or "",
            earlier_outcome_date=self._earlier_outcome_date,
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
        if platform is None or self.request_type.currentData() is None or self.law.currentData() is None:
            self.letter = None
            self._show_letter(None)
            return
        from opt_out_gui.core.references import new_reference

        self._reference = self._reference or new_reference(date.today())
        try:
            self.letter = self._compose(platform, self._reference)
        except UserError as error:
            self.letter = None
            self._show_problem(error)
            self._show_letter(None)
            return
        self._clear_problem()
        self._show_letter(self.letter)

    def _done_controls(self, platform) -> set[str]:
        """The platform's controls the user has marked done on every account of it: a letter
        suggestion does not call a setting the user already switched off the quicker way."""
        from opt_out_gui.core.checklist import DONE

        accounts = self.ctx.checklist.overview(self.ctx.region, platform.id).accounts
        done = [{item.control.id for item in account.items if item.status == DONE} for account in accounts]
        return set.intersection(*done) if done else set()

    def _show_problem(self, error: Exception) -> None:
        show_error(self.error, error)
        self.problem_profile_button.setVisible(getattr(error, "code", None) in PROFILE_PROBLEMS)
        self.preview.setPlaceholderText(self.tr("The letter appears here once the problem below is solved."))

    def _clear_problem(self) -> None:
        self.error.hide()
        self.problem_profile_button.hide()
        self.preview.setPlaceholderText(self._empty_preview_text)

    def _show_letter(self, letter) -> None:
        self._updating = True
        try:
            self.preview.setPlainText(letter.body if letter else "")
        finally:
            self._updating = False
        self.subject.setText(letter.subject if letter else "")
        self.track_button.setEnabled(letter is not None and letter.reference != self._saved_reference)
        if letter:
            where = {"recipient": letter.recipient.entity, "how": _how_to_send(letter)}
            if letter.answer_due:
                text = self.tr("To {recipient}: {how} · answer due {date}")
                where["date"] = date_text(letter.answer_due)
            else:  # a letter to an authority: no answer deadline is dated
                text = self.tr("To {recipient}: {how}")
            self.recipient.setText(text.format(**where))
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

    def choose_file(self, output_format: str) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        from opt_out_gui.core.letter_files import letter_file_name

        suggested = str(Path.home() / letter_file_name(letter, output_format))
        file_filters = {
            "txt": self.tr("Text (*.txt)"),
            "html": self.tr("Web page (*.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "eml": self.tr("Email message (*.eml)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save letter"), suggested, file_filters[output_format]
        )
        if path:
            # The file dialog has asked already whether to replace an existing file.
            self.save_as(output_format, Path(path), replace=True)

    def _choose_bulk_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), str(Path.home()))
        if folder:
            self.generate_bulk(Path(folder))
