"""Requests: every letter sent, its deadline, its timeline and the next step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.law_names import LAW_NAMES, law_name, type_title
from opt_out_gui.core.tracker import (
    ALLOWED_EVENTS,
    DUE_SOON_DAYS,
    NextStep,
    Request,
    RequestQuery,
    RequestRow,
    RowPager,
    TrackerService,
)
from opt_out_gui.ui.colours import ERROR, text_colour
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.open_link import OpenLinkRow, no_file_viewer_text
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import law_text, translate
from opt_out_gui.ui.widgets import (
    Page,
    close_with_keys,
    date_edit_format,
    date_text,
    error_label,
    from_qdate,
    ok_cancel_buttons,
    paragraph,
    set_text_colour,
    short_date_text,
    show_error,
    to_qdate,
    ui_language,
)
from opt_out_gui.wording import count
from opt_out_gui.wording.advice import advice_text, write_letter_label
from opt_out_gui.wording.deadlines import deadline_text
from opt_out_gui.wording.labels import label_of, labels_of

# The table's columns (RequestsTableModel.column_titles words them).
PLATFORM, TYPE, STATUS, SENT, DEADLINE, DAYS_LEFT = range(6)
SHOWS = ("all", "open", "overdue", "due_soon")  # core.tracker.SHOWS, in the order of the Show filter
ALL, OPEN, OVERDUE, DUE_SOON = range(len(SHOWS))
SORT_KEYS = ("platform", "type", "status", "sent", "deadline", "deadline")  # per column; days left
PAGE_ROWS = 200  # rows read at a time, as the table scrolls
SEARCH_PAUSE_MS = 150  # the search runs when typing pauses this long
NARROW_WIDTH = 900  # the page's width below which the search gets a row of its own
# From this many requests a filtered count runs beside the GUI (up to 0.2 s at 100,000).
COUNT_APART_FROM = 5_000
REQUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REPLY_SUFFIXES = (".eml", ".txt")


def receipt_words(basis: str | None) -> str:
    """How the day a deadline counts from is known, for the detail pane."""
    if not basis:
        return ""
    words = label_of("receipt_basis", basis, translate)
    if basis == "estimated":
        words += translate("Requests", "; correct it when you know")
    return words


def timeline_entries(request: Request) -> list[tuple[str, int, str]]:
    """The timeline's lines in the order things happened: by date, then in the order they were
    entered (saving the draft first); a send date entered later still comes first."""
    saved = date.fromisoformat(request.created_at[:10])
    entries = [
        (saved.isoformat(), 0, f"{short_date_text(saved)}  " + translate("Requests", "Saved as draft"))
    ]
    for event in request.events:
        text = f"{short_date_text(event.date)}  {label_of('event', event.kind, translate)}"
        if event.note:
            text += f": {event.note}"
        if event.attachments:
            text += "  (" + count("attachment", len(event.attachments), translate) + ")"
        entries.append((event.date.isoformat(), event.id, text))
    return sorted(entries)


def dropped_reply(mime: QMimeData) -> Path | None:
    """The reply file in a drag: exactly one local .eml or .txt file, else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in REPLY_SUFFIXES else None


def law_named_locally(step: NextStep, law_id: str) -> NextStep:
    """The step with its law named as the interface's language names it (DSGVO in German): the
    advice names the request's own law by its short name, which is English."""
    if "law" not in step.params or law_id not in LAW_NAMES:
        return step
    from opt_out_gui.core.laws import get_law

    return replace(step, params={**step.params, "law": get_law(law_id).name_in(ui_language())})


def _send_dialogs():
    """The send dialogs' module, loaded when one is first opened: it brings the mail libraries
    (email, smtplib, ssl: some 10 MiB and 30 ms) that the page itself does not need."""
    from opt_out_gui.ui import send_dialog

    return send_dialog


class ReplyDropArea(QWidget):
    """The detail pane: a reply file dropped anywhere on it is added to the request shown."""

    reply_dropped = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    # One handler for entering and moving: a QDragEnterEvent is a QDragMoveEvent.
    def dragEnterEvent(self, event: QDragMoveEvent) -> None:
        if dropped_reply(event.mimeData()) is not None:
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_reply(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.reply_dropped.emit(path)


class PasteReplyDialog(QDialog):
    """A reply copied from a mail program; with its headers, the subject and date are kept."""

    def __init__(self, reference: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.setWindowTitle(
            self.tr("Paste the reply to {reference}").format(reference=reference)
            if reference
            else self.tr("Paste a reply")
        )
        self.setMinimumSize(520, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Paste the company's reply. Include the headers (From, Subject, Date) if your mail "
                    "program shows them."
                )
                if reference
                else self.tr(
                    "Paste the company's reply. Include the headers (From, Subject, Date) if your mail "
                    "program shows them: the reference in the subject finds the request."
                )
            )
        )
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Reply text"))
        self.text.setTabChangesFocus(True)  # Tab reaches the buttons: a pasted reply needs no tabs
        layout.addWidget(self.text, 1)
        buttons = ok_cancel_buttons(self, self.tr("Add reply"))
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout.addWidget(buttons)


class ReplyOutcomeDialog(QDialog):
    """After a reply is added: what does it say? A guess from an .eml's text is preselected;
    "Keep the reply only" records nothing more."""

    def __init__(
        self, reference: str, allowed: tuple[str, ...], guess, parent: QWidget | None = None
    ) -> None:
        from opt_out_gui.core.delivery.replies import OUTCOMES

        super().__init__(parent)
        close_with_keys(self)
        self.setWindowTitle(self.tr("What does the reply to {reference} say?").format(reference=reference))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr("Record what the company answered, so the deadline and the next step follow it.")
            )
        )
        words = {
            "fulfilled": self.tr("It grants the request"),
            "partially_fulfilled": self.tr("It grants part of it"),
            "refused": self.tr("It refuses"),
            "needs_info": self.tr("It asks for ID or more information"),
            "extended": self.tr("It extends the deadline"),
        }
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("What the reply says"))
        self.outcome.addItem(self.tr("Keep the reply only (nothing decided yet)"), None)
        for outcome in OUTCOMES:
            if outcome in allowed:
                self.outcome.addItem(words[outcome], outcome)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for the refusal"))
        for reason, label in labels_of("refusal_reason", translate).items():
            self.reason.addItem(label, reason)
        form = QFormLayout()
        form.addRow(self.tr("The reply"), self.outcome)
        form.addRow(self.tr("Reason"), self.reason)
        self.form = form
        layout.addLayout(form)
        self.hint = paragraph("")
        layout.addWidget(self.hint)
        if guess is not None and self.outcome.findData(guess.outcome) >= 0:
            self.outcome.setCurrentIndex(self.outcome.findData(guess.outcome))
            if guess.reason is not None:
                self.reason.setCurrentIndex(self.reason.findData(guess.reason))
            self.hint.setText(self.tr("Suggested from the reply's text: check it before you record it."))
        self.hint.setVisible(bool(self.hint.text()))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        layout.addWidget(ok_cancel_buttons(self, self.tr("Record")))

    def _outcome_changed(self) -> None:
        self.form.setRowVisible(self.reason, self.outcome.currentData() == "refused")

    def chosen(self) -> tuple[str | None, str | None]:
        """(outcome or None, refusal reason or None)."""
        outcome = self.outcome.currentData()
        return outcome, self.reason.currentData() if outcome == "refused" else None


class RequestsTableModel(QAbstractTableModel):
    """The rows of one query, read from the database a page at a time as the view scrolls
    (canFetchMore/fetchMore): filters, search and sorting run in SQL (core.tracker.RowPager),
    and no letter is read for the table."""

    sort_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RequestRow] = []
        self.platform_names: dict[str, str] = {}
        self._pager: RowPager | None = None
        self.sort_column, self.sort_order = DEADLINE, Qt.SortOrder.AscendingOrder

    def load(self, pager: RowPager, platform_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.platform_names = platform_names
        self._pager = pager
        self.rows = pager.next_rows(PAGE_ROWS)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._pager is not None and not self._pager.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._pager is not None  # canFetchMore says so
        more = self._pager.next_rows(PAGE_ROWS)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def platform_name(self, platform_id: str) -> str:
        return self.platform_names.get(platform_id, platform_id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS_LEFT + 1

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Platform"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Sent"),
            self.tr("Deadline"),
            self.tr("Days left"),
        )

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == REQUEST_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.reference} · {law_name(row.law)}"
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS_LEFT and row.overdue:
            return text_colour(QGuiApplication.palette(), ERROR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: RequestRow, column: int) -> str:
        if column == PLATFORM:
            return self.platform_name(row.platform)
        if column == TYPE:
            return law_text(type_title(row.type))
        if column == STATUS:
            return label_of("status", row.status, translate)
        if column == SENT:
            return short_date_text(row.sent_at) if row.sent_at else self.tr("not sent")
        if column == DEADLINE:
            return short_date_text(row.deadline) if row.deadline else ""
        if row.days_left is None:
            return ""
        return deadline_text(row.days_left, row.overdue, translate)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The header asks for another order: the page reads the rows again in it."""
        if (column, order) == (self.sort_column, self.sort_order):
            return  # the view asks again after each reset; the rows are in this order already
        self.sort_column, self.sort_order = column, order
        self.sort_changed.emit()

    def row_of(self, request_id: int) -> int | None:
        """The row of a request among those read so far."""
        return next((number for number, row in enumerate(self.rows) if row.id == request_id), None)


class RequestsPage(Page):
    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__(self.tr("Requests"))
        self.ctx = ctx
        self._fixed_today = today
        self.model = RequestsTableModel(self)
        self.model.sort_changed.connect(self._apply_filters)
        self.current: Request | None = None
        self.total = 0  # requests stored, whatever the filters
        self._counting = 0  # which filters the count label is for (counts may come later)
        self.step: NextStep | None = None
        self._attachments: list[Path] = []

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_state())
        self.pages.addWidget(self._build_tracker())
        self.body.addWidget(self.pages, 1)
        RefreshOnChange(self, self.refresh, ctx.requests_changed, ctx.catalog_changed, ctx.profile_changed)

    @property
    def service(self) -> TrackerService:
        """The context's tracker (built again when the catalogue changes)."""
        return self.ctx.tracker

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    # ---- building ----------------------------------------------------------------------

    def _build_empty_state(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "You have no requests yet. When a platform offers no switch to stop AI training, "
                    "write a letter on the Letters page and save it as a request. The app then keeps "
                    "its legal deadline, reminds you when it is overdue, and tells you the next step: "
                    "a reminder, or a complaint to the data protection authority."
                )
            )
        )
        self.empty_open_letters = QPushButton(self.tr("&Write a letter"))
        self.empty_open_letters.clicked.connect(lambda: self.ctx.compose_letter_requested.emit("", "", 0))
        row = QHBoxLayout()
        row.addWidget(self.empty_open_letters)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return widget

    def _build_tracker(self) -> QWidget:
        self.show_filter = QComboBox()
        self.show_filter.addItems(
            (
                self.tr("All requests"),
                self.tr("Open"),
                self.tr("Overdue"),
                self.tr("Due within %n day(s)", None, DUE_SOON_DAYS),
            )
        )
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Platform filter"))
        # Long platform names would squeeze the search field at the window's smallest size.
        self.platform_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.platform_filter.setMinimumContentsLength(12)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, words in labels_of("status", translate).items():
            self.status_filter.addItem(words, status)
        # The other filters too keep to a short width (long translations would push the search
        # field under its neighbours); the open list shows each choice in full.
        for combo in (self.show_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, platform, type, recipient, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search requests"))
        self.search.setMinimumWidth(200)
        self.count = QLabel()
        self.import_reply = QPushButton(self.tr("&Import reply…"))
        self.import_reply.setToolTip(self.tr("Add a company's reply to the request named in its subject"))
        self.import_reply.setMenu(self._reply_menu(for_current=False))
        bar = QHBoxLayout()
        for widget in (self.show_filter, self.platform_filter, self.status_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.import_reply)
        self._filter_bar = bar
        self._search_row = QHBoxLayout()  # the search's row on a narrow page (resizeEvent)
        for combo in (self.show_filter, self.platform_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        # Typing waits for a pause, so a search runs once per word rather than per key.
        self.search_pause = QTimer(self)
        self.search_pause.setSingleShot(True)
        self.search_pause.setInterval(SEARCH_PAUSE_MS)
        self.search_pause.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self.search_pause.start)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: click one to sort by it"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(
            (PLATFORM, TYPE, STATUS, SENT, DEADLINE), (170, 150, 140, 100, 100), strict=True
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addLayout(self._search_row)
        self.error = error_label()
        top_layout.addWidget(self.error)
        top_layout.addWidget(self.table)
        # How many are listed, under the table: the filter bar has no room to spare in long languages.
        top_layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        # On a short window the detail keeps the height its form needs, and scrolls.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(self._build_detail())
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_detail(self) -> QWidget:
        self.detail = ReplyDropArea()
        self.detail.reply_dropped.connect(self._reply_dropped)
        layout = QHBoxLayout(self.detail)
        layout.setContentsMargins(0, 8, 0, 0)

        left = QVBoxLayout()
        self.title = paragraph("")  # it holds the platform's name
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.title.setWordWrap(True)
        self.facts = paragraph("")
        self.next_step = paragraph("")
        self.next_step.setStyleSheet("font-weight: 600;")
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.send_button = QPushButton(self.tr("Send by e&mail…"))
        self.send_button.clicked.connect(lambda: self._send_with(_send_dialogs().send_request_dialog))
        self.mark_sent_button = QPushButton(self.tr("I &sent it…"))
        self.mark_sent_button.setToolTip(self.tr("Record the date you sent it, so the deadline starts"))
        self.mark_sent_button.clicked.connect(lambda: self._send_with(_send_dialogs().mark_sent_dialog))
        self.write_letter = QPushButton(self.tr("Write &reminder"))
        self.write_letter.clicked.connect(self._write_letter)
        self.add_reply = QPushButton(self.tr("&Add reply…"))
        self.add_reply.setMenu(self._reply_menu(for_current=True))
        self.drop_hint = paragraph(self.tr("Or drop the reply's .eml or .txt file here."))
        set_text_colour(self.drop_hint)
        left.addWidget(self.title)
        left.addWidget(self.facts)
        left.addWidget(self.next_step)
        step_row = QHBoxLayout()
        for button in (self.send_button, self.mark_sent_button, self.write_letter, self.add_reply):
            step_row.addWidget(button)
        step_row.addStretch(1)
        left.addLayout(step_row)
        left.addWidget(self.drop_hint)
        left.addWidget(self._build_event_form())
        left.addStretch(1)

        self.tabs = QTabWidget()
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.letter = QPlainTextEdit()
        self.letter.setReadOnly(True)
        self.letter.setAccessibleName(self.tr("Letter as sent"))
        self.attachment_list = QListWidget()
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.currentItemChanged.connect(self._attachment_selected)
        self.attachment_link = OpenLinkRow(self.tr("Open", "an attachment"), no_file_viewer_text())
        self.attachment_list.itemActivated.connect(lambda _item: self.attachment_link.open_link())
        self.attachment_link.button.setToolTip(self.tr("Open the selected attachment (or double-click it)"))
        self.attachment_link.set_link("")
        attachments = QWidget()
        attachments_layout = QVBoxLayout(attachments)
        attachments_layout.setContentsMargins(0, 0, 0, 0)
        attachments_layout.addWidget(self.attachment_list, 1)
        attachments_layout.addWidget(self.attachment_link)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.letter, self.tr("Letter as sent"))
        self.tabs.addTab(attachments, self.tr("Attachments"))

        layout.addLayout(left, 1)
        layout.addWidget(self.tabs, 1)
        return self.detail

    def _build_event_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 4, 0, 0)
        self.event_kind = QComboBox()
        self.event_kind.currentIndexChanged.connect(self._event_kind_changed)
        self.event_date = QDateEdit()
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat(date_edit_format())
        self.event_reason = QComboBox()
        for reason, words in labels_of("refusal_reason", translate).items():
            self.event_reason.addItem(words, reason)
        self.event_channel = QComboBox()
        for channel, words in labels_of("channel", translate).items():
            self.event_channel.addItem(words, channel)
        self.event_note = QLineEdit()
        self.event_note.setPlaceholderText(self.tr("What happened (optional)"))
        self.attach_button = QPushButton(self.tr("A&ttach file…"))
        self.attach_button.clicked.connect(self._choose_attachments)
        self.attached_label = paragraph("")  # file names
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.clicked.connect(self._record)
        self.event_error = error_label()
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.attached_label, 1)
        attach_row.addWidget(self.record_button)
        form.addRow(self.tr("Rec&ord"), self.event_kind)
        form.addRow(self.tr("Date"), self.event_date)
        form.addRow(self.tr("Reason"), self.event_reason)
        form.addRow(self.tr("Sent by"), self.event_channel)
        form.addRow(self.tr("&Note"), self.event_note)
        form.addRow(attach_row)
        form.addRow(self.event_error)
        self.event_form = form
        return box

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Below NARROW_WIDTH the search and "Import reply" go to a row of their own, under the
        filters: in one row they would overlap (issue 16: the window works at 800x600)."""
        super().resizeEvent(event)
        row = self._search_row if event.size().width() < NARROW_WIDTH else self._filter_bar
        if row.indexOf(self.search) < 0:
            row.addWidget(self.search, 1)  # taken out of the other row by Qt
            row.addWidget(self.import_reply)

    # ---- behaviour ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the first rows of the list again, and the request shown; keep the selection and filters."""
        selected = self.current.id if self.current else None
        self.current = None  # its detail is read again too
        self.total = self.service.count()
        self._fill_platform_filter(self.service.platforms_with_requests())
        self.pages.setCurrentIndex(1 if self.total else 0)
        self._apply_filters(select=selected)

    def _platform_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.ctx.catalog.platforms}

    def _fill_platform_filter(self, platform_ids: list[str]) -> None:
        chosen = self.platform_filter.currentData()
        names = self._platform_names()
        self.platform_filter.blockSignals(True)
        self.platform_filter.clear()
        self.platform_filter.addItem(self.tr("All platforms"), None)
        for platform_id in sorted(platform_ids, key=lambda p: (names.get(p) or p).casefold()):
            self.platform_filter.addItem(names.get(platform_id) or platform_id, platform_id)
        self.platform_filter.setCurrentIndex(max(0, self.platform_filter.findData(chosen)))
        self.platform_filter.blockSignals(False)

    def query(self) -> RequestQuery:
        """What the filters, the search field and the sorted column ask for."""
        column, order = self.model.sort_column, self.model.sort_order
        key = SORT_KEYS[column]
        names = self._platform_names()
        ranks: tuple[str, ...] = ()
        if key == "platform":
            ranks = tuple(
                sorted(self.service.platforms_with_requests(), key=lambda p: (names.get(p) or p).casefold())
            )
        elif key == "type":
            types = self.service.repository.types()
            ranks = tuple(sorted(types, key=lambda t: law_text(type_title(t)).casefold()))
        return self.service.search_query(
            self.search.text(),
            show=SHOWS[self.show_filter.currentIndex()],
            platform=self.platform_filter.currentData(),
            status=self.status_filter.currentData(),
            sort=key,
            descending=order == Qt.SortOrder.DescendingOrder,
            ranks=ranks,
        )

    def _apply_filters(self, *_args, select: int | None = None) -> None:
        """Read the list again for the filters (a page of rows and the count), keeping the
        request shown where it is still listed."""
        self.search_pause.stop()
        keep = select if select is not None else (self.current.id if self.current else None)
        query = self.query()
        self.model.load(self.service.rows(query, self.today), self._platform_names())
        filtered = query.show != "all" or query.platform or query.status or query.search.strip()
        self._counting += 1  # a count still running for earlier filters is no longer shown
        if not filtered:
            self._show_count((self._counting, self.total))
        elif self.total < COUNT_APART_FROM:
            self._show_count((self._counting, self.service.count(query, self.today)))
        else:
            self.count.setText(self.tr("… of {total}").format(total=QLocale().toString(self.total)))
            self._count_apart(query)
        self.select_request(keep)

    def _count_apart(self, query: RequestQuery) -> None:
        """Count on a worker thread: the rows are shown at once, the number when it comes."""
        from opt_out_gui.ui.tasks import Task

        counting, today, service = self._counting, self.today, self.service
        task = Task(lambda _task: (counting, service.count_apart(query, today)))
        task.succeeded.connect(self._show_count)
        task.failed.connect(self._count_failed)
        task.start()

    def _show_count(self, result: tuple[int, int]) -> None:
        counting, shown = result
        if counting == self._counting:
            self.count.setText(
                self.tr("{shown} of {total}").format(
                    shown=QLocale().toString(shown), total=QLocale().toString(self.total)
                )
            )

    def _count_failed(self, error: BaseException) -> None:
        # The database could not be read on the side: count here, where a failure is reported.
        self._show_count((self._counting, self.service.count(self.query(), self.today)))

    def show_requests(self, show: str) -> None:
        """List one group (core.tracker.SHOWS: the dashboard's "and N more"), other filters cleared."""
        self._clear_filters(apply=False)
        self.show_filter.setCurrentIndex(SHOWS.index(show))  # applies the filters

    def select_request(self, request_id: int | None, read_further: bool = False) -> None:
        """Select a request among the rows read (or, with read_further, among all listed: the
        table reads on until it comes), else the first one."""
        row = None
        if request_id is not None:
            row = self._find_row(request_id) if read_further else self.model.row_of(request_id)
        index = self.model.index(row if row is not None else 0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self._show_current(index)
        else:
            self._show_request(None)

    def _find_row(self, request_id: int) -> int | None:
        row = self.model.row_of(request_id)
        while row is None and self.model.canFetchMore():
            start = self.model.rowCount()
            self.model.fetchMore()
            found = self.model.row_of(request_id)
            row = found if found is not None and found >= start else None
        return row

    def _show_current(self, index: QModelIndex | QPersistentModelIndex, _previous=None) -> None:
        request_id = index.data(REQUEST_ID_ROLE) if index.isValid() else None
        if request_id is None:
            self._show_request(None)
        elif self.current is None or self.current.id != request_id:
            self._show_request(self.service.get(request_id))

    def _show_request(self, request: Request | None) -> None:
        self.current = request
        self.detail.setEnabled(request is not None)
        self.event_error.hide()
        self.error.hide()
        if request is None:
            self.title.setText(self.tr("No request matches the filters."))
            for pane in (self.facts, self.next_step):
                pane.setText("")
            self.timeline.clear()
            self.letter.clear()
            self.attachment_list.clear()
            for widget in (
                self.send_button,
                self.mark_sent_button,
                self.write_letter,
                self.add_reply,
                self.drop_hint,
            ):
                widget.hide()
            return
        platform = self.model.platform_name(request.platform)
        self.title.setText(
            self.tr("{platform}: {request} ({reference})").format(
                platform=platform, request=law_text(type_title(request.type)), reference=request.reference
            )
        )
        self.facts.setText("\n".join(self._facts(request)))
        self.step = self.service.next_step(request, self.today, self.ctx.profile)
        self.next_step.setText(
            self.tr("Next step: {advice}").format(
                advice=advice_text(law_named_locally(self.step, request.law), translate, date_text)
            )
        )
        is_draft = request.status == "draft"
        # Sending by email needs an address to send to: a web-form or postal draft has none.
        self.send_button.setVisible(is_draft and request.recipient_email is not None)
        self.mark_sent_button.setVisible(is_draft)
        self.write_letter.setVisible(self.step.letter_type is not None)
        self.write_letter.setText(write_letter_label(self.step, translate))
        takes_reply = "reply_received" in ALLOWED_EVENTS[request.status]
        self.add_reply.setVisible(takes_reply)
        self.drop_hint.setVisible(takes_reply)

        self.timeline.clear()
        for _day, _entered, text in timeline_entries(request):
            QListWidgetItem(text, self.timeline)
        self.letter.setPlainText(
            self.tr("To: {recipient}\nSubject: {subject}").format(
                recipient=request.recipient, subject=request.subject
            )
            + f"\n\n{request.body}"
        )
        self.attachment_list.clear()
        for event in request.events:
            for attachment in event.attachments:
                kind = label_of("event", event.kind, translate)
                item = QListWidgetItem(
                    f"{attachment.file_name} ({kind}, {short_date_text(event.date)}) "
                    f"SHA-256 {attachment.sha256[:16]}…"
                )
                item.setData(Qt.ItemDataRole.UserRole, str(self.service.data_dir / attachment.stored_path))
                item.setToolTip(attachment.sha256)
                self.attachment_list.addItem(item)
        self.attachment_list.setCurrentRow(0)  # the Open row shows the first one's path
        self.tabs.setTabText(2, self.tr("Attachments ({number})").format(number=self.attachment_list.count()))

        self.event_kind.blockSignals(True)
        self.event_kind.clear()
        for kind in ALLOWED_EVENTS[request.status]:
            self.event_kind.addItem(label_of("event", kind, translate), kind)
        self.event_kind.blockSignals(False)
        self.event_date.setMaximumDate(to_qdate(self.today))
        self.event_date.setDate(to_qdate(self.today))
        if request.channel:
            self.event_channel.setCurrentIndex(self.event_channel.findData(request.channel))
        self._event_kind_changed()

    def _facts(self, request: Request) -> list[str]:
        """Status and law; when it was sent; the deadlines and how they stand today."""
        status = label_of("status", request.status, translate)
        if request.refusal_reason:
            status += f" ({label_of('refusal_reason', request.refusal_reason, translate)})"
        from opt_out_gui.core.laws import get_law

        law = get_law(request.law).name_in(ui_language()) if request.law in LAW_NAMES else request.law
        facts = [self.tr("Status: {status} · Law: {law}").format(status=status, law=law)]
        if request.sent_at:
            sent = self.tr("Sent {date}").format(date=date_text(request.sent_at))
            if request.channel:
                sent += f" ({label_of('channel', request.channel, translate)})"
            acknowledged = request.last_event("acknowledged")
            if acknowledged:
                sent += " · " + self.tr("acknowledged {date}").format(date=date_text(acknowledged.date))
            elif request.acknowledge_by:
                sent += " · " + self.tr("receipt to be confirmed by {date}").format(
                    date=date_text(request.acknowledge_by)
                )
            facts.append(sent)
        if request.received_at:
            how = receipt_words(request.received_basis)
            received = self.tr("Deadline counted from receipt on {date}").format(
                date=date_text(request.received_at)
            )
            facts.append(received + (f" ({how})" if how else ""))
        if request.deadline:
            deadline = self.tr("Deadline {date}").format(date=date_text(request.deadline))
            if request.extended_deadline:
                deadline += ", " + self.tr("extended to {date}").format(
                    date=date_text(request.extended_deadline)
                )
            days_left = request.days_left(self.today)
            if days_left is not None:
                deadline += f" · {deadline_text(days_left, request.is_overdue(self.today), translate)}"
            facts.append(deadline)
        return facts

    def _event_kind_changed(self) -> None:
        kind = self.event_kind.currentData()
        for widget, wanted in ((self.event_reason, "refused"), (self.event_channel, "sent")):
            self.event_form.setRowVisible(widget, kind == wanted)

    def _choose_attachments(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to this event"))
        self._attachments = [Path(f) for f in files]
        self.attached_label.setText(", ".join(p.name for p in self._attachments))

    def _record(self) -> None:
        if self.current is None:
            return
        kind = self.event_kind.currentData()
        try:
            self.service.record(
                self.current.id,
                kind,
                from_qdate(self.event_date.date()),
                note=self.event_note.text(),
                reason=self.event_reason.currentData() if kind == "refused" else None,
                channel=self.event_channel.currentData() if kind == "sent" else None,
                attachments=self._attachments,
            )
        except UserError as error:
            show_error(self.event_error, error)
            return
        self.event_note.clear()
        self._attachments = []
        self.attached_label.clear()
        self._changed(self.current.id)

    def open_request(self, request_id: int) -> None:
        """Show one request (from the dashboard), clearing filters that hide it."""
        self._changed(request_id)

    def _changed(self, request_id: int) -> None:
        """After the page changed a request: show it, clearing filters that hide it."""
        if not self.isVisible():  # on screen, the tracker's announcement reloaded the page already
            self.refresh()
        if not self._listed(request_id):
            self._clear_filters()
        self.select_request(request_id, read_further=True)

    def _listed(self, request_id: int) -> bool:
        return self._find_row(request_id) is not None

    def _clear_filters(self, apply: bool = True) -> None:
        for combo in (self.show_filter, self.platform_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if apply:
            self._apply_filters()

    def _send_with(self, dialog) -> None:
        """Open the send or "I sent it" dialog for the request shown."""
        if self.current is None:
            return
        self.error.hide()
        if dialog(self, self.ctx, self.current.id) is not None:
            self._changed(self.current.id)

    # ---- replies -----------------------------------------------------------------------

    def _reply_menu(self, for_current: bool) -> QMenu:
        """Two ways to add a reply: for the request shown, or for the one its subject names."""
        menu = QMenu(self)
        menu.addAction(self.tr("From a file (.eml, .txt)…"), lambda: self._choose_reply(for_current))
        menu.addAction(self.tr("Paste the text…"), lambda: self._paste_reply(for_current))
        return menu

    def _reply_target(self, for_current: bool) -> int | None:
        return self.current.id if for_current and self.current is not None else None

    def _choose_reply(self, for_current: bool) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the reply"), "", self.tr("Replies (*.eml *.txt);;All files (*)")
        )
        if chosen:
            self._import_reply(Path(chosen), self._reply_target(for_current))

    def _paste_reply(self, for_current: bool) -> None:
        current = self.current if for_current else None
        dialog = PasteReplyDialog(current.reference if current is not None else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._import_reply(dialog.text.toPlainText(), current.id if current is not None else None)

    def _reply_dropped(self, path: Path) -> None:
        if self.current is not None:
            self._import_reply(path, self.current.id)

    def _import_reply(self, source: Path | str, request_id: int | None) -> None:
        """Record the reply on `request_id`, or on the request its subject names when None."""
        from opt_out_gui.core.delivery.replies import import_reply  # mail parsing: when first used

        self.error.hide()
        try:
            imported = import_reply(self.service, source, request_id=request_id, today=self.today)
        except UserError as error:
            show_error(self.error, error)
            return
        self._changed(imported.request.id)
        self._ask_outcome(imported)

    def _ask_outcome(self, imported) -> None:
        """Ask what the reply says, and record it as its event (the reply itself is kept)."""
        from opt_out_gui.core.delivery.replies import record_outcome

        request = imported.request
        # A guess only from a message's text: pasted text is what the user just read.
        guess = imported.guess() if imported.subject or imported.sender else None
        dialog = ReplyOutcomeDialog(request.reference, ALLOWED_EVENTS[request.status], guess, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, reason = dialog.chosen()
        if outcome is None:
            return
        try:
            record_outcome(self.service, request.id, outcome, imported.received, reason, today=self.today)
        except UserError as error:
            show_error(self.error, error)
            return
        self._changed(request.id)

    def _write_letter(self) -> None:
        if self.current is not None and self.step is not None and self.step.letter_type:
            self.ctx.compose_letter_requested.emit(
                self.current.platform, self.step.letter_type, self.current.id
            )

    def _attachment_selected(self, item: QListWidgetItem | None) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        self.attachment_link.set_link(QUrl.fromLocalFile(path).toString() if path else "", shown=path)
