"""Checklist: pick the platforms you use and switch off every AI-training control."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.catalog import CATEGORIES, Platform
from opt_out_gui.core.checklist import CHECK_AGAIN, DEFAULT_ACCOUNT, DONE, OPEN, AccountChecklist, ControlItem
from opt_out_gui.core.countries import REGION_NAMES
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.widgets import heading, paragraph

if TYPE_CHECKING:  # guided imports this module
    from opt_out_gui.ui.guided import WalkthroughDialog

CATEGORY_LABELS = {
    "social": "Social networks",
    "messaging": "Messaging",
    "ai-assistant": "AI assistants",
    "search": "Search",
    "video": "Video",
    "photos": "Photos",
    "productivity": "Productivity",
    "collaboration": "Collaboration",
    "creative": "Creative tools",
    "developer": "Developer tools",
    "publishing": "Publishing and blogs",
    "storage": "Cloud storage",
    "voice-assistant": "Voice assistants",
    "music": "Music",
    "stock-media": "Stock media",
    "business": "Business software",
    "devices": "Devices",
}
KIND_LABELS = {"toggle": "Setting", "form": "Web form", "email": "Email", "none": "No control"}
SCOPE_LABELS = {"account": "per account", "workspace": "per workspace", "admin": "admin only"}
PLATFORM_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ALL, IN_USE = "", "in-use"


def steps_html(steps: tuple[str, ...]) -> str:
    return "<ol style='margin-left: -20px'>" + "".join(f"<li>{escape(s)}</li>" for s in steps) + "</ol>"


class PlatformFilter(QSortFilterProxyModel):
    """Filters the platform list by search text (name, company, services) and category."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.category = ALL

    def set_filter(self, text: str, category: str) -> None:
        self.beginFilterChange()
        self.text, self.category = text.casefold().strip(), category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 (Qt API)
        item = self.sourceModel().index(row, 0, parent)
        if (
            self.category == IN_USE
            and item.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked.value
        ):
            return False
        if self.category not in (ALL, IN_USE) and item.data(CATEGORY_ROLE) != self.category:
            return False
        return not self.text or self.text in item.data(SEARCH_ROLE)


class ControlCard(QFrame):
    """One control of one account: steps, link, done box, note, re-check status."""

    changed = Signal()

    def __init__(self, ctx: AppContext, platform: Platform, account: str, item: ControlItem) -> None:
        super().__init__()
        self.ctx, self.platform, self.account, self.item = ctx, platform, account, item
        control = item.control
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(control.title)}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = [KIND_LABELS[control.kind], SCOPE_LABELS[control.scope]]
        if control.default == "on":
            facts.append("your data is used unless you act")
        if control.retroactive == "no":
            facts.append("does not undo past training")
        if control.confirmation == "yes":
            facts.append("the platform confirms by email")
        meta = QLabel(" · ".join(facts))
        meta.setWordWrap(True)
        meta.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(meta)
        if control.steps:
            steps = QLabel(steps_html(control.steps))
            steps.setWordWrap(True)
            steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(steps)
        if control.note:
            layout.addWidget(paragraph(control.note))
        self.link: OpenLinkRow | None = None
        if control.url:
            self.link = OpenLinkRow("Open setting" if control.kind == "toggle" else "Open form")
            self.link.set_link(control.url)
            layout.addWidget(self.link)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.done = QCheckBox("Done" if control.kind != "email" else "Sent")
        self.done.setChecked(item.status in (DONE, CHECK_AGAIN))
        row.addWidget(self.done)
        if item.status == CHECK_AGAIN:
            recheck = QPushButton("Checked: still off")
            recheck.setToolTip(
                "You looked again and the setting is still off; the re-check clock restarts today"
            )
            recheck.clicked.connect(self._confirm_again)
            row.addWidget(recheck)
        self.note = QLineEdit(item.note)
        self.note.setPlaceholderText("Note (for example: done in the app on my phone)")
        row.addWidget(self.note, 1)
        layout.addLayout(row)
        self._show_status()
        self.done.toggled.connect(self._toggle_done)
        self.note.editingFinished.connect(self._save_note)

    def _show_status(self) -> None:
        item = self.item
        if item.status == CHECK_AGAIN:
            self.status.setText(f"⚠ Check again: {item.reason}")
            self.status.setStyleSheet("color: #9a5b00; font-weight: 600;")
        elif item.status == DONE:
            self.status.setText(
                f"Done on {item.done_at:%d %b %Y}; check again by {item.next_check:%d %b %Y}."
            )
            self.status.setStyleSheet("color: #1b6e34;")
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def _toggle_done(self, checked: bool) -> None:
        self.ctx.checklist.mark(
            self.platform.id, self.item.control.id, DONE if checked else OPEN, self.account
        )
        self.changed.emit()

    def _confirm_again(self) -> None:
        self.ctx.checklist.mark(self.platform.id, self.item.control.id, DONE, self.account)
        self.changed.emit()

    def _save_note(self) -> None:
        if self.note.text().strip() == self.item.note:
            return
        try:
            self.ctx.checklist.set_note(
                self.platform.id, self.item.control.id, self.note.text(), self.account
            )
        except UserError as error:
            QMessageBox.warning(self, "Note not saved", str(error))


class PlatformDetail(QWidget):
    """Everything about one platform for the current account."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.platform: Platform | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 8, 16, 16)
        self.show_platform(None)

    def _clear(self) -> None:
        _delete_layout(self.layout_)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    def _fit_height(self, width: int) -> None:
        # Wrapped labels need more height at narrow widths; QScrollArea only honours
        # the minimum height, so keep it equal to what the layout needs at this width.
        if self.layout_.hasHeightForWidth():
            needed = self.layout_.totalHeightForWidth(width)
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def show_platform(self, platform: Platform | None, account: str | None = None) -> None:
        self._clear()
        self.platform = platform
        if platform is None:
            self.layout_.addWidget(
                paragraph(
                    "Tick the platforms you use in the list on the left. For each one you will "
                    "see the AI-training settings that exist where you live, step by step, and "
                    "you can mark them done. Where no setting exists, the app helps you write a "
                    "letter instead."
                )
            )
            self.layout_.addStretch(1)
            return
        region = self.ctx.region
        accounts = [a for p, a in self.ctx.checklist.accounts(platform.id)]
        self.layout_.addWidget(heading(platform.name))
        summary = paragraph(platform.ai_training.summary or "")
        self.layout_.addWidget(summary)
        basis = platform.ai_training.basis.replace("_", " ")
        self.layout_.addWidget(paragraph(f"Legal basis the platform claims for AI training: {basis}."))
        if not accounts:
            use = QPushButton(f"I use {platform.name}")
            use.clicked.connect(lambda: self._set_in_use(True))
            self.layout_.addWidget(use, 0, Qt.AlignmentFlag.AlignLeft)
            checklist = self.ctx.checklist.account_checklist(platform.id, DEFAULT_ACCOUNT, region)
            self._add_controls(checklist, interactive=False)
            self._fit_height(self.width())
            return
        chosen = account if account is not None and account in accounts else accounts[0]
        self.account = chosen
        row = QHBoxLayout()
        row.addWidget(QLabel("Account:"))
        self.account_box = QComboBox()
        self.account_box.addItems(accounts)
        self.account_box.setCurrentText(chosen)
        self.account_box.setToolTip("Each of your accounts on this platform has its own settings")
        self.account_box.currentTextChanged.connect(lambda name: self.show_platform(platform, name))
        row.addWidget(self.account_box)
        add = QPushButton("Add account…")
        add.clicked.connect(self._add_account)
        row.addWidget(add)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self._add_controls(
            self.ctx.checklist.account_checklist(platform.id, chosen, region), interactive=True
        )

    def _add_controls(self, checklist: AccountChecklist, interactive: bool) -> None:
        platform = checklist.platform
        where = REGION_NAMES[self.ctx.region] if self.ctx.region else "all regions"
        if checklist.items:
            self.layout_.addWidget(
                paragraph(f"{checklist.done} of {checklist.total} done · controls that exist in {where}")
            )
        for item in checklist.items:
            if interactive:
                card = ControlCard(self.ctx, platform, checklist.account, item)
                card.changed.connect(self._changed)
                self.layout_.addWidget(card)
            else:
                self.layout_.addWidget(paragraph(f"• {item.control.title}"))
        if checklist.needs_letter:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            none_notes = [
                c.note for c in platform.controls_for(self.ctx.region) if c.kind == "none" and c.note
            ]
            inner.addWidget(
                paragraph(
                    f"{platform.name} offers no AI-training setting in {where}. "
                    "A request letter (an objection, or a CCPA opt-out in California) is the way to say no."
                )
            )
            for note in none_notes:
                inner.addWidget(paragraph(note))
            letter = QPushButton("Write a letter…")
            letter.clicked.connect(lambda: self.ctx.compose_letter_requested.emit(platform.id, "", 0))
            inner.addWidget(letter, 0, Qt.AlignmentFlag.AlignLeft)
            self.layout_.addWidget(box)
        if checklist.other_settings:
            self.layout_.addWidget(QLabel("<b>Settings that are not AI-training opt-outs</b>"))
            for control in checklist.other_settings:
                self.layout_.addWidget(paragraph(f"{control.title}: {control.note}"))
        if platform.events:
            lines = "".join(
                f"<li>{e.date:%d %b %Y}: {escape(e.summary)}</li>" for e in reversed(platform.events)
            )
            events = QLabel(f"<b>Policy changes</b><ul style='margin-left: -20px'>{lines}</ul>")
            events.setWordWrap(True)
            self.layout_.addWidget(events)
        sources = QLabel(
            f"Last verified {platform.last_verified:%d %b %Y} · "
            + " ".join(
                f"<a href='{escape(url, quote=True)}'>[{number}]</a>"
                for number, url in enumerate(platform.all_sources, 1)
            )
        )
        sources.setWordWrap(True)
        sources.setOpenExternalLinks(True)
        sources.setToolTip("Sources for the facts on this page")
        self.layout_.addWidget(sources)
        self.layout_.addStretch(1)

    def _set_in_use(self, in_use: bool) -> None:
        assert self.platform is not None  # the button exists only while a platform is shown
        self.ctx.checklist.set_in_use(self.platform.id, in_use)
        self._changed()

    def _add_account(self) -> None:
        assert self.platform is not None  # the button exists only while a platform is shown
        name, ok = QInputDialog.getText(
            self, "Add account", f"A name for your other {self.platform.name} account (e.g. work):"
        )
        if not ok:
            return
        try:
            added = self.ctx.checklist.add_account(self.platform.id, name)
        except UserError as error:
            QMessageBox.warning(self, "Account not added", str(error))
            return
        self.show_platform(self.platform, added)
        self.changed.emit()

    def _changed(self) -> None:
        self.show_platform(self.platform, getattr(self, "account", None))
        self.changed.emit()


def _delete_layout(layout) -> None:
    """Empty a layout now: hidden at once, deleted when control returns to the event loop."""
    while layout.count():
        child = layout.takeAt(0)
        if child.widget():
            child.widget().hide()
            child.widget().deleteLater()
        elif child.layout():
            _delete_layout(child.layout())
            child.layout().deleteLater()


class ChecklistPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._syncing = False
        self.walkthrough: WalkthroughDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading("Checklist"))
        top.addStretch(1)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.walk = QPushButton("Walk me through")
        self.walk.setToolTip("Go through every control of the platforms you use, one at a time")
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        top.addWidget(self.walk)
        outer.addLayout(top)
        self.check_again = QLabel()
        self.check_again.setStyleSheet("color: #9a5b00;")
        self.check_again.setWordWrap(True)
        outer.addWidget(self.check_again)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search platforms")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem("All platforms", ALL)
        self.category.addItem("Only the ones I use", IN_USE)
        for category in CATEGORIES:
            self.category.addItem(CATEGORY_LABELS[category], category)
        self.model = QStandardItemModel(self)
        self.filter = PlatformFilter()
        self.filter.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setUniformItemSizes(True)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.category)
        left_layout.addWidget(self.list, 1)
        hint = QLabel("Tick the platforms you use.")
        hint.setStyleSheet("color: palette(placeholder-text);")
        left_layout.addWidget(hint)

        self.detail = PlatformDetail(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        outer.addWidget(splitter, 1)

        self.search.textChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.list.selectionModel().currentChanged.connect(self._select)
        self.model.itemChanged.connect(self._use_changed)
        self.detail.changed.connect(self.refresh_progress)
        self.walk.clicked.connect(self.walk_through)
        self._fill()

    def _fill(self) -> None:
        in_use = set(self.ctx.checklist.platforms_in_use())
        self._syncing = True
        self.model.clear()
        for platform in self.ctx.catalog.platforms:
            item = QStandardItem(platform.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if platform.id in in_use else Qt.CheckState.Unchecked)
            item.setData(platform.id, PLATFORM_ROLE)
            item.setData(platform.category, CATEGORY_ROLE)
            item.setData(
                " ".join((platform.name, platform.company, platform.id, *platform.services)).casefold(),
                SEARCH_ROLE,
            )
            item.setToolTip(f"{platform.company} · {CATEGORY_LABELS[platform.category]}")
            self.model.appendRow(item)
        self._syncing = False

    def refresh(self) -> None:
        """Called when the page is shown: pick up profile and checklist changes."""
        selected = self.detail.platform
        self._fill()
        self._apply_filter()
        if selected:
            self.select_platform(selected.id)
        self.refresh_progress()

    def refresh_progress(self) -> None:
        overview = self.ctx.checklist.overview(self.ctx.region)
        self.progress_label.setText(
            overview.progress_text if overview.accounts else "No platforms picked yet"
        )
        self.progress.setMaximum(max(overview.total, 1))
        self.progress.setValue(overview.done)
        again = overview.check_again
        self.check_again.setText(
            f"{len(again)} control(s) need checking again: "
            + ", ".join(sorted({a.platform.name for a, _ in again}))
            if again
            else ""
        )
        self.check_again.setVisible(bool(again))
        self._sync_checks()

    def _sync_checks(self) -> None:
        in_use = set(self.ctx.checklist.platforms_in_use())
        self._syncing = True
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            wanted = Qt.CheckState.Checked if item.data(PLATFORM_ROLE) in in_use else Qt.CheckState.Unchecked
            if item.checkState() != wanted:
                item.setCheckState(wanted)
        self._syncing = False

    def _apply_filter(self) -> None:
        self.filter.set_filter(self.search.text(), self.category.currentData())

    def _select(self, current, _previous) -> None:
        # While _fill() rebuilds the list, the current row moves through every row it removes;
        # showing each of those platforms rebuilt the detail pane dozens of times per refresh.
        if current.isValid() and not self._syncing:
            self.detail.show_platform(self.ctx.catalog.get(current.data(PLATFORM_ROLE)))

    def select_platform(self, platform_id: str) -> None:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(PLATFORM_ROLE) == platform_id:
                self.list.setCurrentIndex(index)
                return
        self.detail.show_platform(self.ctx.catalog.get(platform_id))

    def _use_changed(self, item: QStandardItem) -> None:
        if self._syncing:
            return
        platform_id = item.data(PLATFORM_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if not checked and self.ctx.checklist.overview(self.ctx.region, platform_id).done:
            answer = QMessageBox.question(
                self,
                "Remove platform",
                "Remove this platform from your list? Your progress on it will be forgotten.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._sync_checks()
                return
        self.ctx.checklist.set_in_use(platform_id, checked)
        self.select_platform(platform_id)
        self.detail.show_platform(self.ctx.catalog.get(platform_id))
        self.refresh_progress()
        self.ctx.checklist_changed.emit()

    def walk_through(self) -> None:
        from opt_out_gui.ui.guided import WalkthroughDialog

        if not self.ctx.checklist.platforms_in_use():
            QMessageBox.information(
                self,
                "Walk me through",
                "First tick the platforms you use in the list on the left; then the walk-through "
                "takes you through each of their AI-training settings.",
            )
            return
        # open(), not exec(): a nested event loop would keep this page's code waiting on the dialog.
        self.walkthrough = WalkthroughDialog(self.ctx, self)
        self.walkthrough.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.walkthrough.finished.connect(self._walkthrough_finished)
        self.walkthrough.open()

    def _walkthrough_finished(self) -> None:
        self.walkthrough = None
        self.refresh()
        self.ctx.checklist_changed.emit()
