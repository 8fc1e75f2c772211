"""Dashboard: what needs your attention first.

It reads counts and the first few requests of each group (one grouped query over an index
and two short ones), so it opens as fast with 100,000 requests as with ten; "and N more"
opens the Requests page on the whole group. Each item has its action: the letter its next
step advises (core.tracker.advice) and recording the company's reply.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from opt_out_gui.core import countries
from opt_out_gui.core.law_names import type_title
from opt_out_gui.core.profile import missing_fields
from opt_out_gui.ui.colours import ERROR, text_colour
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import law_text, locale_count, translate
from opt_out_gui.ui.widgets import (
    Page,
    country_display_name,
    date_text,
    emphasise,
    fill_with_scrolling,
    set_plain_text,
    wrapped_label,
)
from opt_out_gui.wording import count, sentence
from opt_out_gui.wording.advice import write_letter_label
from opt_out_gui.wording.checklist import progress_text, recheck_text
from opt_out_gui.wording.deadlines import deadline_text
from opt_out_gui.wording.errors import error_text
from opt_out_gui.wording.labels import labels_of, region_name

if TYPE_CHECKING:
    from opt_out_gui.core.tracker import RequestRow, Summary

# Items shown per group; "and N more" opens the rest.
FIRST_ITEMS = 5


class Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(title)
        emphasise(label, 12)
        self.layout_.addWidget(label)

    def add_button(self, text: str, on_click) -> None:
        """A button on its own row, left-aligned."""
        button = QPushButton(text)
        button.clicked.connect(on_click)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)


class AttentionItem(QWidget):
    """One line that needs attention, with its action buttons on the right."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(html)  # rich text: the standing in bold
        self.text.setWordWrap(True)
        self.row.addWidget(self.text, 1)

    def add_button(self, text: str, on_click) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(on_click)
        self.row.addWidget(button)
        return button


def more_link(text: str, on_click) -> AttentionItem:
    """The "and N more" line under a group: a flat button that opens the whole group."""
    item = AttentionItem("")
    item.text.hide()
    item.add_button(text, on_click).setFlat(True)
    item.row.addStretch(1)
    return item


class DashboardPage(QWidget):
    open_page = Signal(str)
    # (a group of core.tracker.SHOWS or "", a request id or 0): open the Requests page on it.
    open_requests = Signal(str, int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The last one shown; the start-up tray notice reuses it.
        self.requests_summary: Summary | None = None
        page = Page(self.tr("Dashboard"))
        fill_with_scrolling(self, page)

        self.attention = Card(self.tr("Needs your attention"))
        self.attention_items = QVBoxLayout()
        self.attention.layout_.addLayout(self.attention_items)
        # Requests whose letter button waits for their next step (worked out after the page shows).
        self._pending_steps: list[tuple[AttentionItem, RequestRow]] = []
        self.attention.installEventFilter(self)
        page.body.addWidget(self.attention)

        self.requests_card = Card(self.tr("Requests"))
        self.requests_text = wrapped_label()
        self.requests_card.layout_.addWidget(self.requests_text)
        self.requests_card.add_button(self.tr("Open requests"), lambda: self.open_page.emit("Requests"))
        page.body.addWidget(self.requests_card)

        self.checklist_card = Card(self.tr("Checklist"))
        self.checklist_text = wrapped_label()
        self.checklist_bar = QProgressBar()
        self.checklist_bar.setTextVisible(False)
        self.checklist_bar.setMaximumWidth(360)
        self.checklist_card.layout_.addWidget(self.checklist_text)
        self.checklist_card.layout_.addWidget(self.checklist_bar)
        self.checklist_card.add_button(self.tr("Open checklist"), lambda: self.open_page.emit("Checklist"))
        page.body.addWidget(self.checklist_card)

        self.profile_card = Card(self.tr("You"))
        self.profile_text = wrapped_label()
        self.profile_card.layout_.addWidget(self.profile_text)
        page.body.addWidget(self.profile_card)

        self.problems_card = Card(self.tr("Catalogue problems"))
        self.problems_text = wrapped_label()
        self.problems_card.layout_.addWidget(self.problems_text)
        page.body.addWidget(self.problems_card)
        page.body.addStretch(1)
        RefreshOnChange(
            self,
            self.refresh,
            ctx.profile_changed,
            ctx.checklist_changed,
            ctx.requests_changed,
            ctx.catalog_changed,
        )

    def refresh(self) -> None:
        self._refresh_profile()
        request_lines = self._refresh_requests()
        self._refresh_checklist(request_lines)
        problems = self.ctx.catalog.problems
        self.problems_card.setVisible(bool(problems))
        set_plain_text(
            self.problems_text,
            self.tr("These catalogue files could not be read and were skipped:")
            + "\n"
            + "\n".join(f"• {error_text(problem, translate)}" for problem in problems),
        )

    def _refresh_profile(self) -> None:
        profile = self.ctx.profile
        if profile.country:
            region = region_name(countries.region_for_country(profile.country), translate)
            line = self.tr("{name} — {country} ({region} rules apply).").format(
                name=profile.name or self.tr("Your name is not set"),
                country=country_display_name(profile.country),
                region=region,
            )
        else:
            line = self.tr("Set your country in Settings > Profile so the app can show the rules that apply.")
        missing = missing_fields(profile)
        if missing:
            fields = {
                "name": self.tr("name"),
                "email": self.tr("email"),
                "address": self.tr("postal address"),
                "country": self.tr("country"),
                "state": self.tr("state"),
            }
            line += "\n" + self.tr("Letters still need your {fields} (Settings > Profile).").format(
                fields=", ".join(fields.get(field, field) for field in missing)
            )
        set_plain_text(self.profile_text, line)

    def _refresh_requests(self) -> list[AttentionItem]:
        """Fill the Requests card; return the attention items for overdue and due-soon requests."""
        self._pending_steps = []
        summary = self.requests_summary = self.ctx.tracker.summary(date.today(), first=FIRST_ITEMS)
        if not summary.total:
            set_plain_text(
                self.requests_text,
                self.tr(
                    "No requests yet. Where a platform offers no switch, write a letter on the Letters "
                    "page and keep it here to follow its legal deadline."
                ),
            )
            return []
        statuses = labels_of("status", translate)
        counts = ", ".join(
            self.tr("{status}: {number}").format(status=statuses[state], number=QLocale().toString(n))
            for state, n in summary.counts.items()
            if n
        )
        set_plain_text(
            self.requests_text,
            self.tr("{requests} — {counts}.").format(
                requests=count("request", summary.total, translate), counts=counts
            ),
        )
        names = {p.id: p.name for p in self.ctx.catalog.platforms}
        items = []
        for group, rows, total, style in (
            (
                "overdue",
                summary.overdue,
                summary.overdue_total,
                f"color: {text_colour(self.palette(), ERROR).name()}",
            ),
            ("due_soon", summary.due_soon, summary.due_soon_total, ""),
        ):
            for row in rows:
                # overdue and due-soon requests have a deadline
                assert row.days_left is not None and row.deadline is not None
                standing = escape(sentence(deadline_text(row.days_left, row.overdue, translate)))
                item = AttentionItem(
                    self.tr("{standing} {platform}, {request} (due {date})").format(
                        standing=f"<b style='{style}'>{standing}:</b>",
                        platform=escape(names.get(row.platform, row.platform)),
                        request=escape(law_text(type_title(row.type))),
                        date=escape(date_text(row.deadline)),
                    )
                )
                item.add_button(
                    self.tr("Record reply"), lambda _=False, r=row.id: self.open_requests.emit("", r)
                )
                self._pending_steps.append((item, row))
                items.append(item)
            if total > len(rows):
                items.append(self._more_item(total - len(rows), group))
        return items

    def _more_item(self, more: int, group: str) -> AttentionItem:
        if group == "overdue":
            words = self.tr("and %n more overdue", None, more)
        else:
            words = self.tr("and %n more due soon", None, more)
        return more_link(locale_count(words, more), lambda: self.open_requests.emit(group, 0))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.attention and event.type() == QEvent.Type.Paint and self._pending_steps:
            # After the frame that shows the items: the law engine the advice needs stays off
            # the start-up path (and off a page nobody looks at).
            QTimer.singleShot(0, self, self._add_letter_buttons)  # dropped if the page is gone
        return super().eventFilter(watched, event)

    def _add_letter_buttons(self) -> None:
        """Each request item's letter button: the letter its next step advises (a reminder, an
        appeal, a complaint), worked out once the page shows (it needs the law engine)."""
        pending, self._pending_steps = self._pending_steps, []
        tracker, profile, today = self.ctx.tracker, self.ctx.profile, date.today()
        for item, row in pending:
            if not isValid(item):  # replaced by a later refresh meanwhile
                continue
            step = tracker.next_step(tracker.get(row.id), today, profile)
            if step.letter_type is None:
                continue
            button = item.add_button(
                write_letter_label(step, translate),
                lambda _=False, r=row, t=step.letter_type: self.ctx.compose_letter_requested.emit(
                    r.platform, t, r.id
                ),
            )
            item.row.insertWidget(1, button)  # the advised letter first, then "Record reply"

    def _refresh_checklist(self, attention: list[AttentionItem]) -> None:
        overview = self.ctx.checklist.overview(self.ctx.region)
        if not overview.accounts:
            set_plain_text(
                self.checklist_text,
                self.tr(
                    "You have not picked any platforms yet. Open the checklist, tick the platforms you "
                    "use, and the app shows how to switch off AI training on each."
                ),
            )
            self.checklist_bar.hide()
        else:
            letters = [a.platform.name for a in overview.accounts if a.needs_letter]
            progress = progress_text(overview.done, overview.total, translate)
            platforms = len({a.platform.id for a in overview.accounts})
            text = self.tr("{progress} on {platforms}.").format(
                progress=progress, platforms=count("platform", platforms, translate)
            )
            if letters:
                text += "\n" + self.tr("No switch where you live, a letter is the way: {platforms}.").format(
                    platforms=", ".join(letters)
                )
            set_plain_text(self.checklist_text, text)
            self.checklist_bar.setMaximum(max(overview.total, 1))
            self.checklist_bar.setValue(overview.done)
            self.checklist_bar.show()
        again = [
            (account, item, item.recheck)
            for account, item in overview.check_again
            if item.recheck is not None
        ]
        for account, item, recheck in again[:FIRST_ITEMS]:
            line = AttentionItem(
                self.tr("{check_again} {platform}, {control} — {reason}").format(
                    check_again="<b>" + escape(self.tr("Check again:")) + "</b>",
                    platform=escape(account.platform.name),
                    control=escape(item.control.title),
                    reason=escape(recheck_text(recheck, translate, date_text)),
                )
            )
            line.add_button(self.tr("Open checklist"), lambda: self.open_page.emit("Checklist"))
            attention.append(line)
        if len(again) > FIRST_ITEMS:
            more = len(again) - FIRST_ITEMS
            words = locale_count(self.tr("and %n more to check again", None, more), more)
            attention.append(more_link(words, lambda: self.open_page.emit("Checklist")))
        self._show_attention(attention)

    def _show_attention(self, items: list[AttentionItem]) -> None:
        while self.attention_items.count():
            taken = self.attention_items.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        for item in items:
            self.attention_items.addWidget(item)
        self.attention.setVisible(bool(items))
        if self._pending_steps:
            self.attention.update()  # the letter buttons follow its next paint (eventFilter)
