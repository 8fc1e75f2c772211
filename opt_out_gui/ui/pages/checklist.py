"""Checklist: pick the platforms you use and switch off every AI-training control."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
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
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.catalog import CATEGORIES, Platform, Source, is_verified, verified_on
from opt_out_gui.core.checklist import (
    CHECK_AGAIN,
    DEFAULT_ACCOUNT,
    DONE,
    OPEN,
    PLATFORM_STATUSES,
    AccountChecklist,
    ControlItem,
)
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import (
    date_text,
    emphasise,
    heading,
    paragraph,
    plain_html,
    set_text_colour,
    speaks_english,
    steps_html,
)
from opt_out_gui.wording import count
from opt_out_gui.wording.checklist import progress_text, recheck_text
from opt_out_gui.wording.labels import label_of, region_name

if TYPE_CHECKING:  # guided imports this module
    from opt_out_gui.ui.guided import WalkthroughDialog

PLATFORM_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
ALL, IN_USE = "", "in-use"


def provenance_text(platform: Platform, sources: tuple[Source, ...]) -> str:
    """Where a fact comes from, for the user: the platform itself or a third party, and when."""
    confirmed = verified_on(sources)
    if not is_verified(sources) or confirmed is None:
        return translate("Checklist", "Not verified: no source quoted for this yet")
    if any(s.official for s in sources):
        who = translate("Checklist", "{platform}'s own page").format(platform=platform.name)
    else:
        who = translate("Checklist", "a third party")
    return translate("Checklist", "Source: {who}, read {date}").format(who=who, date=date_text(confirmed))


def _short_url(url: str, limit: int = 60) -> str:
    """A URL without its scheme and "www.", cut to `limit` characters: enough to tell sources apart."""
    text = url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PlatformFilter(QSortFilterProxyModel):
    """Filters the platform list by search text (name, aliases, company, services), category and status."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.category = ALL
        self.status = ALL

    def set_filter(self, text: str, category: str, status: str = ALL) -> None:
        self.beginFilterChange()
        self.text, self.category, self.status = text.casefold().strip(), category, status
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
        if self.status != ALL and item.data(STATUS_ROLE) != self.status:
            return False
        return not self.text or self.text in item.data(SEARCH_ROLE)


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws each platform's status ("check again", "done"...) at the right of its row; the
    name is elided so the two never overlap."""

    def paint(self, painter, option, index) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        badge = label_of("platform_status", status, translate)
        font = QFont(option.font)
        font.setBold(status == CHECK_AGAIN)
        badge_width = QFontMetrics(font).horizontalAdvance(badge) + 14
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        name_room = item.rect.width() - badge_width - item.decorationSize.width() - 16
        item.text = item.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight, max(name_room, 0))
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        painter.setFont(font)
        painter.drawText(
            option.rect.adjusted(0, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            badge,
        )
        painter.restore()


class ControlCard(QFrame):
    """One control of one account: steps, link, done box, note, re-check status.

    Its changes go through the context's checklist service, which announces them; the page
    then shows the new state (ChecklistPage._checklist_changed).
    """

    def __init__(self, ctx: AppContext, platform: Platform, account: str, item: ControlItem) -> None:
        super().__init__()
        self.ctx, self.platform, self.account, self.item = ctx, platform, account, item
        control = item.control
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(control.title)}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = [
            label_of("control_kind", control.kind, translate),
            label_of("control_scope", control.scope, translate),
        ]
        if control.default == "on":
            facts.append(self.tr("your data is used unless you act"))
        if control.retroactive == "no":
            facts.append(self.tr("does not undo past training"))
        if control.confirmation == "yes":
            facts.append(self.tr("the platform confirms by email"))
        if ctx.region is None and control.regions:  # no country set: say where the control exists
            facts.append(
                self.tr("exists in: {regions}").format(
                    regions=", ".join(region_name(r, translate) for r in control.regions)
                )
            )
        facts.append(provenance_text(platform, control.sources))
        meta = paragraph(" · ".join(facts))
        set_text_colour(meta)
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
            self.link = OpenLinkRow(
                self.tr("Open setting") if control.kind == "toggle" else self.tr("Open form")
            )
            self.link.set_link(control.url)
            layout.addWidget(self.link)
        self.status = paragraph("")  # the reason quotes the platform's name and policy events
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.done_box = QCheckBox(self.tr("Done") if control.kind != "email" else self.tr("Sent"))
        self.done_box.setChecked(item.status in (DONE, CHECK_AGAIN))
        # Every card has a "Done" box: a screen reader says which control of which account.
        self.done_box.setAccessibleDescription(
            self.tr("{control}, {platform} account {account}").format(
                control=control.title, platform=platform.name, account=account
            )
        )
        row.addWidget(self.done_box)
        if item.status == CHECK_AGAIN:
            recheck = QPushButton(self.tr("Checked: still off"))
            recheck.setToolTip(
                self.tr("You looked again and the setting is still off; the re-check clock restarts today")
            )
            recheck.clicked.connect(self._confirm_again)
            row.addWidget(recheck)
        self.note = QLineEdit(item.note)
        self.note.setAccessibleName(self.tr("Note on {control}").format(control=control.title))
        self.note.setPlaceholderText(self.tr("Note (for example: done in the app on my phone)"))
        row.addWidget(self.note, 1)
        layout.addLayout(row)
        self._show_status()
        self.done_box.toggled.connect(self._toggle_done)
        self.note.editingFinished.connect(self._save_note)

    def _show_status(self) -> None:
        item = self.item
        if item.status == CHECK_AGAIN:
            assert item.recheck is not None  # a control to check again says why
            self.status.setText(
                "⚠ "
                + self.tr("Check again: {reason}").format(
                    reason=recheck_text(item.recheck, translate, date_text)
                )
            )
            set_text_colour(emphasise(self.status), "warning")
        elif item.status == DONE:
            # A done control has its day and its next check (core.checklist.item_status).
            assert item.done_at is not None and item.next_check is not None
            self.status.setText(
                self.tr("Done on {date}; check again by {next}.").format(
                    date=date_text(item.done_at), next=date_text(item.next_check)
                )
            )
            set_text_colour(self.status, "success")
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def _toggle_done(self, checked: bool) -> None:
        self.ctx.checklist.mark(
            self.platform.id, self.item.control.id, DONE if checked else OPEN, self.account
        )

    def _confirm_again(self) -> None:
        self.ctx.checklist.mark(self.platform.id, self.item.control.id, DONE, self.account)

    def _save_note(self) -> None:
        if self.note.text().strip() == self.item.note:
            return
        try:
            self.ctx.checklist.set_note(
                self.platform.id, self.item.control.id, self.note.text(), self.account
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Note not saved"), plain_html(gui_error_text(error)))


class PlatformDetail(QWidget):
    """Everything about one platform for the current account."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.platform: Platform | None = None
        self.account: str | None = None
        self._shown_state: object = None  # what the cards show (see _state), to skip needless rebuilds
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

    def follow_change(self) -> None:
        """After a checklist change: show the platform again if what it shows has changed
        (a note saved from a card does not rebuild the cards under the user's cursor)."""
        if self.platform is not None and self._state(self.platform, self.account) != self._shown_state:
            self.show_platform(self.platform, self.account)

    def _state(self, platform: Platform, account: str | None) -> object:
        accounts = tuple(a for _, a in self.ctx.checklist.accounts(platform.id))
        chosen = account if account in accounts else (accounts[0] if accounts else DEFAULT_ACCOUNT)
        items = self.ctx.checklist.account_checklist(platform.id, chosen, self.ctx.region).items
        return accounts, chosen, [(i.control.id, i.status, i.done_at, i.next_check, i.recheck) for i in items]

    def show_platform(self, platform: Platform | None, account: str | None = None) -> None:
        self._clear()
        self.platform = platform
        self.account = None
        self._shown_state = None if platform is None else self._state(platform, account)
        if platform is None:
            self.layout_.addWidget(
                paragraph(
                    self.tr(
                        "Tick the platforms you use in the list on the left. For each one you will "
                        "see the AI-training settings that exist where you live, step by step, and "
                        "you can mark them done. Where no setting exists, the app helps you write a "
                        "letter instead."
                    )
                )
            )
            self.layout_.addStretch(1)
            return
        region = self.ctx.region
        accounts = [a for p, a in self.ctx.checklist.accounts(platform.id)]
        self.layout_.addWidget(heading(platform.name))
        self._add_training(platform, region)
        if not accounts:
            use = QPushButton(self.tr("I use {platform}").format(platform=platform.name))
            use.clicked.connect(lambda: self._set_in_use(True))
            self.layout_.addWidget(use, 0, Qt.AlignmentFlag.AlignLeft)
            checklist = self.ctx.checklist.account_checklist(platform.id, DEFAULT_ACCOUNT, region)
            self._add_controls(checklist, interactive=False)
            self._fit_height(self.width())
            return
        chosen = account if account is not None and account in accounts else accounts[0]
        self.account = chosen
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Account:")))
        self.account_box = QComboBox()
        self.account_box.setAccessibleName(self.tr("Account"))
        self.account_box.addItems(accounts)
        self.account_box.setCurrentText(chosen)
        self.account_box.setToolTip(self.tr("Each of your accounts on this platform has its own settings"))
        self.account_box.currentTextChanged.connect(lambda name: self.show_platform(platform, name))
        row.addWidget(self.account_box)
        add = QPushButton(self.tr("Add &account…"))
        add.clicked.connect(self._add_account)
        row.addWidget(add)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self._add_controls(
            self.ctx.checklist.account_checklist(platform.id, chosen, region), interactive=True
        )

    def _add_training(self, platform: Platform, region: str | None) -> None:
        """What the platform does with the data of users in the region, and where that is from."""
        if region is None:  # what a platform does differs by region: nothing is said for none
            self.layout_.addWidget(
                paragraph(
                    self.tr(
                        "What {platform} does with your data, and which controls you have, depends on "
                        "where you live: set your country in Settings > Profile. Until then every "
                        "control is listed with the regions where it exists."
                    ).format(platform=platform.name)
                )
            )
            return
        training = platform.training_for(region)
        if training is None:
            self.layout_.addWidget(
                paragraph(
                    self.tr("The catalogue has no information on AI training for {region}.").format(
                        region=region_name(region, translate)
                    )
                )
            )
            return
        if training.trains == "no":
            no_action = paragraph(
                self.tr(
                    "No action needed: {platform} states that it does not train AI "
                    "on your data. Check again when its policy changes."
                ).format(platform=platform.name)
            )
            emphasise(no_action)
            self.layout_.addWidget(no_action)
            statement = platform.no_training_statement(region)
            if statement is not None:
                kind = label_of("source_kind", statement.kind, translate)
                who = platform.name if statement.official else f"{statement.host} ({kind})"
                self.layout_.addWidget(
                    paragraph(
                        self.tr("“{quote}” — {who}, read {date}").format(
                            quote=statement.quote, who=who, date=date_text(statement.read)
                        )
                    )
                )
        self.layout_.addWidget(paragraph(training.summary))
        details = []
        if training.since and training.trains == "yes":
            details.append(
                self.tr("Training on users' data here since {date}").format(date=date_text(training.since))
            )
        if training.data:
            details.append(self.tr("Data used: {data}").format(data=training.data))
        if training.basis:
            basis = label_of("legal_basis", training.basis, translate)
            details.append(
                self.tr("Legal basis {platform} claims: {basis}").format(platform=platform.name, basis=basis)
            )
        details.append(provenance_text(platform, training.sources))
        meta = paragraph(" · ".join(details))
        set_text_colour(meta)
        self.layout_.addWidget(meta)

    def _add_controls(self, checklist: AccountChecklist, interactive: bool) -> None:
        platform = checklist.platform
        region = self.ctx.region
        if checklist.items:
            progress = progress_text(checklist.done, checklist.total, translate, checklist.due)
            self.layout_.addWidget(
                paragraph(
                    self.tr("{progress} · controls that exist in {region}").format(
                        progress=progress, region=region_name(region, translate)
                    )
                    if region
                    else self.tr("{progress} · every region's controls (no country set)").format(
                        progress=progress
                    )
                )
            )
        for item in checklist.items:
            if interactive:
                self.layout_.addWidget(ControlCard(self.ctx, platform, checklist.account, item))
            else:
                self.layout_.addWidget(paragraph(f"• {item.control.title}"))
        if checklist.needs_letter and not platform.says_no_training(region):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            none_notes = [
                c.note for c in platform.controls_for(self.ctx.region) if c.kind == "none" and c.note
            ]
            inner.addWidget(
                paragraph(
                    self.tr(
                        "{platform} offers no AI-training setting in {region}. "
                        "A request letter (an objection, or a CCPA opt-out in California) is the way to "
                        "say no."
                    ).format(platform=platform.name, region=region_name(region, translate))
                    if region
                    else self.tr(
                        "{platform} offers no AI-training setting in any region the catalogue covers. "
                        "A request letter (an objection, or a CCPA opt-out in California) is the way to "
                        "say no."
                    ).format(platform=platform.name)
                )
            )
            for note in none_notes:
                inner.addWidget(paragraph(note))
            letter = QPushButton(self.tr("Write a letter…"))
            letter.clicked.connect(lambda: self.ctx.compose_letter_requested.emit(platform.id, "", 0))
            inner.addWidget(letter, 0, Qt.AlignmentFlag.AlignLeft)
            self.layout_.addWidget(box)
        if checklist.other_settings:
            self.layout_.addWidget(
                QLabel("<b>" + escape(self.tr("Settings that are not AI-training opt-outs")) + "</b>")
            )
            for control in checklist.other_settings:
                self.layout_.addWidget(
                    paragraph(self.tr("{control}: {note}").format(control=control.title, note=control.note))
                )
        events = platform.events_for(region)
        if events:
            lines = "".join(f"<li>{date_text(e.date)}: {escape(e.summary)}</li>" for e in reversed(events))
            title = escape(self.tr("Policy changes"))
            changes = QLabel(f"<b>{title}</b><ul style='margin-left: -20px'>{lines}</ul>")
            changes.setWordWrap(True)
            self.layout_.addWidget(changes)
        self._add_sources(platform, region)
        self.layout_.addStretch(1)

    def _add_sources(self, platform: Platform, region: str | None) -> None:
        """The sources of the facts shown, each with its host, kind and the date it was read."""
        training = platform.training_for(region) if region else None
        groups = (
            training.sources if training else (),
            *(c.sources for c in platform.controls_for(region)),
            *(e.sources for e in platform.events_for(region)),
        )
        shown = list({source.url: source for group in groups for source in group}.values())
        if not shown:
            return
        verified = platform.last_verified
        lines = "".join(
            f"<li><a href='{escape(s.url, quote=True)}'>{escape(_short_url(s.url))}</a>: "
            + escape(
                self.tr("{kind}, read {date}").format(
                    kind=label_of("source_kind", s.kind, translate), date=date_text(s.read)
                )
            )
            + "</li>"
            for s in shown
        )
        if verified:
            oldest = self.tr("(oldest verified fact: {date})").format(date=date_text(verified))
        else:
            oldest = self.tr("(none quoted yet)")
        header = "<b>" + escape(self.tr("Sources")) + "</b> " + escape(oldest)
        sources = QLabel(f"{header}<ul style='margin-left: -20px'>{lines}</ul>")
        sources.setWordWrap(True)
        sources.setOpenExternalLinks(True)
        sources.setToolTip(self.tr("Where the facts on this page come from"))
        self.layout_.addWidget(sources)
        if not speaks_english():
            quoted = paragraph(
                self.tr("The platform's settings, steps and notes are quoted from the catalogue, in English.")
            )
            set_text_colour(quoted)
            self.layout_.addWidget(quoted)

    def _set_in_use(self, in_use: bool) -> None:
        assert self.platform is not None  # the button exists only while a platform is shown
        self.ctx.checklist.set_in_use(self.platform.id, in_use)
        self.follow_change()  # the page does this too when it is on screen; here, in any case

    def _add_account(self) -> None:
        assert self.platform is not None  # the button exists only while a platform is shown
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add account"),
            self.tr("A name for your other {platform} account (e.g. work):").format(
                platform=self.platform.name
            ),
        )
        if not ok:
            return
        try:
            added = self.ctx.checklist.add_account(self.platform.id, name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Account not added"), plain_html(gui_error_text(error)))
            return
        self.show_platform(self.platform, added)


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
        top.addWidget(heading(self.tr("Checklist")))
        self.progress_label = QLabel()
        # Wraps rather than squeezing the bar and button when the words are long (translations).
        self.progress_label.setWordWrap(True)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.walk = QPushButton(self.tr("&Walk me through"))
        self.walk.setToolTip(self.tr("Go through every control of the platforms you use, one at a time"))
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.progress)
        top.addWidget(self.walk)
        outer.addLayout(top)
        self.check_again = paragraph("")  # platform names
        set_text_colour(self.check_again, "warning")
        outer.addWidget(self.check_again)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search platforms"))
        self.search.setPlaceholderText(self.tr("Search platforms"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All platforms"), ALL)
        self.category.addItem(self.tr("Only the ones I use"), IN_USE)
        for category in CATEGORIES:
            self.category.addItem(label_of("category", category, translate), category)
        self.category.setAccessibleName(self.tr("Show platforms of this kind"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), ALL)
        for status in PLATFORM_STATUSES:
            self.status.addItem(label_of("platform_status", status, translate), status)
        self.status.setAccessibleName(self.tr("Show platforms with this status"))
        self.model = QStandardItemModel(self)
        self.filter = PlatformFilter()
        self.filter.setSourceModel(self.model)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Platforms"))
        self.list.setAccessibleDescription(
            self.tr("Tick the platforms you use; Space ticks the one selected")
        )
        self.list.setModel(self.filter)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(StatusBadgeDelegate(self.list))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.category)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Tick the platforms you use."))
        set_text_colour(hint)
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
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.list.selectionModel().currentChanged.connect(self._select)
        self.model.itemChanged.connect(self._use_changed)
        self.walk.clicked.connect(self.walk_through)
        RefreshOnChange(self, self.refresh, ctx.catalog_changed, ctx.profile_changed)
        RefreshOnChange(self, self._checklist_changed, ctx.checklist_changed)
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
                " ".join(
                    (platform.name, *platform.aliases, platform.company, platform.id, *platform.services)
                ).casefold(),
                SEARCH_ROLE,
            )
            category = label_of("category", platform.category, translate)
            item.setToolTip(
                plain_html(
                    self.tr("{company} · {category}").format(company=platform.company, category=category)
                )
            )
            self.model.appendRow(item)
        self._syncing = False

    def refresh(self) -> None:
        """Everything again: the catalogue, the profile's region and the progress may all have changed."""
        selected = self.detail.platform
        account = self.detail.account
        self._fill()
        self._apply_filter()
        if selected and selected.id in self.ctx.catalog.ids():
            self.select_platform(selected.id)
            self.detail.show_platform(self.ctx.catalog.get(selected.id), account)
        elif selected:
            self.detail.show_platform(None)  # the platform left the catalogue
        self.refresh_progress()

    def _checklist_changed(self) -> None:
        """Progress changed (here, in a dialog, or through the service): counts, badges, cards."""
        self.refresh_progress()
        self.detail.follow_change()

    def refresh_progress(self) -> None:
        overview = self.ctx.checklist.overview(self.ctx.region)
        self.progress_label.setText(
            progress_text(overview.done, overview.total, translate, len(overview.check_again))
            if overview.accounts
            else self.tr("No platforms picked yet")
        )
        self.progress.setMaximum(max(overview.total, 1))
        self.progress.setValue(overview.done)
        again = overview.check_again
        self.check_again.setText(
            self.tr("Check again ({controls}): {platforms}").format(
                controls=count("control", len(again), translate),
                platforms=", ".join(sorted({a.platform.name for a, _ in again})),
            )
            if again
            else ""
        )
        self.check_again.setVisible(bool(again))
        self._sync_checks(overview)

    def _sync_checks(self, overview) -> None:
        """Ticks and status badges of the list, from the checklist as it is now."""
        in_use = set(self.ctx.checklist.platforms_in_use())
        self._syncing = True
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            platform = self.ctx.catalog.get(item.data(PLATFORM_ROLE))
            wanted = Qt.CheckState.Checked if platform.id in in_use else Qt.CheckState.Unchecked
            if item.checkState() != wanted:
                item.setCheckState(wanted)
            status = overview.platform_status(platform)
            if item.data(STATUS_ROLE) != status:
                item.setData(status, STATUS_ROLE)
                badge = f"; {label_of('platform_status', status, translate)}" if status else ""
                category = label_of("category", platform.category, translate)
                item.setToolTip(
                    self.tr("{company} · {category}").format(company=platform.company, category=category)
                    + badge
                )
                item.setData(f"{platform.name}{badge}", Qt.ItemDataRole.AccessibleTextRole)
        self._syncing = False
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.filter.set_filter(self.search.text(), self.category.currentData(), self.status.currentData())

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
                self.tr("Remove platform"),
                self.tr("Remove this platform from your list? Your progress on it will be forgotten."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.refresh_progress()
                return
        self.ctx.checklist.set_in_use(platform_id, checked)
        self.select_platform(platform_id)
        self.detail.show_platform(self.ctx.catalog.get(platform_id))

    def walk_through(self) -> None:
        from opt_out_gui.ui.guided import WalkthroughDialog

        if not self.ctx.checklist.platforms_in_use():
            QMessageBox.information(
                self,
                self.tr("Walk me through"),
                self.tr(
                    "First tick the platforms you use in the list on the left; then the walk-through "
                    "takes you through each of their AI-training settings."
                ),
            )
            return
        # open(), not exec(): a nested event loop would keep this page's code waiting on the dialog.
        self.walkthrough = WalkthroughDialog(self.ctx, self)
        self.walkthrough.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.walkthrough.finished.connect(self._walkthrough_finished)
        self.walkthrough.open()

    def _walkthrough_finished(self) -> None:
        self.walkthrough = None  # what it changed was announced, and shown, as it happened
