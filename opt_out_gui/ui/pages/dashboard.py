"""Dashboard: what needs your attention first."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from opt_out_gui.core import countries
from opt_out_gui.core.profile import missing_fields
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import (
    Page,
    country_display_name,
    emphasise,
    fill_with_scrolling,
    set_plain_text,
    wrapped_label,
)
from opt_out_gui.wording import count, sentence
from opt_out_gui.wording.checklist import progress_text, recheck_text
from opt_out_gui.wording.deadlines import deadline_text
from opt_out_gui.wording.labels import labels_of

if TYPE_CHECKING:
    from opt_out_gui.core.tracker import Summary


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


class DashboardPage(QWidget):
    open_page = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The last one shown; the start-up tray notice reuses it.
        self.requests_summary: Summary | None = None
        page = Page("Dashboard")
        fill_with_scrolling(self, page)

        self.attention = Card("Needs your attention")
        self.attention_text = QLabel()  # rich text: it starts with a tag, so QLabel renders it
        self.attention_text.setWordWrap(True)
        self.attention.layout_.addWidget(self.attention_text)
        page.body.addWidget(self.attention)

        self.requests_card = Card("Requests")
        self.requests_text = wrapped_label()
        self.requests_card.layout_.addWidget(self.requests_text)
        self.requests_card.add_button("Open requests", lambda: self.open_page.emit("Requests"))
        page.body.addWidget(self.requests_card)

        self.checklist_card = Card("Checklist")
        self.checklist_text = wrapped_label()
        self.checklist_bar = QProgressBar()
        self.checklist_bar.setTextVisible(False)
        self.checklist_bar.setMaximumWidth(360)
        self.checklist_card.layout_.addWidget(self.checklist_text)
        self.checklist_card.layout_.addWidget(self.checklist_bar)
        self.checklist_card.add_button("Open checklist", lambda: self.open_page.emit("Checklist"))
        page.body.addWidget(self.checklist_card)

        self.profile_card = Card("You")
        self.profile_text = wrapped_label()
        self.profile_card.layout_.addWidget(self.profile_text)
        page.body.addWidget(self.profile_card)

        self.problems_card = Card("Catalogue problems")
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
            "These catalogue files could not be read and were skipped:\n"
            + "\n".join(f"• {problem}" for problem in problems),
        )

    def _refresh_profile(self) -> None:
        profile = self.ctx.profile
        if profile.country:
            where = country_display_name(profile.country)
            region = countries.REGION_NAMES[countries.region_for_country(profile.country)]
            line = f"{profile.name or 'Your name is not set'} — {where} ({region} rules apply)."
        else:
            line = "Set your country in Settings > Profile so the app can show the rules that apply."
        missing = missing_fields(profile)
        if missing:
            line += f"\nLetters still need your {', '.join(missing)} (Settings > Profile)."
        set_plain_text(self.profile_text, line)

    def _refresh_requests(self) -> list[str]:
        """Fill the Requests card; return the attention lines for overdue and due-soon requests."""
        summary = self.requests_summary = self.ctx.tracker.summary(date.today())
        total = sum(summary.counts.values())
        if not total:
            set_plain_text(
                self.requests_text,
                "No requests yet. Where a platform offers no switch, write a letter on the Letters "
                "page and keep it here to follow its legal deadline.",
            )
            return []
        statuses = labels_of("status", translate)
        counts = ", ".join(f"{statuses[state]}: {n}" for state, n in summary.counts.items() if n)
        set_plain_text(self.requests_text, f"{count('request', total, translate)} — {counts}.")
        tracker = self.ctx.tracker
        names = {p.id: p.name for p in self.ctx.catalog.platforms}

        def describe(row) -> str:
            return f"{escape(names.get(row.platform, row.platform))}, {escape(tracker.type_title(row.type))}"

        def standing(row) -> str:
            return escape(sentence(deadline_text(row.days_left, row.overdue, translate)))

        lines = [
            f"<li><b style='color:#b3261e'>{standing(row)}:</b> {describe(row)}"
            f" (due {row.deadline:%d %b %Y}) — send a reminder or complain</li>"
            for row in summary.overdue
        ]
        lines += [
            f"<li><b>{standing(row)}:</b> {describe(row)} (due {row.deadline:%d %b %Y})</li>"
            for row in summary.due_soon
        ]
        return lines

    def _refresh_checklist(self, attention: list[str]) -> None:
        overview = self.ctx.checklist.overview(self.ctx.region)
        if not overview.accounts:
            set_plain_text(
                self.checklist_text,
                "You have not picked any platforms yet. Open the checklist, tick the platforms you "
                "use, and the app shows how to switch off AI training on each.",
            )
            self.checklist_bar.hide()
        else:
            letters = [a.platform.name for a in overview.accounts if a.needs_letter]
            progress = progress_text(overview.done, overview.total, translate)
            text = f"{progress} on {count('account', len(overview.accounts), translate)}."
            if letters:
                text += f"\nNo switch where you live, a letter is the way: {', '.join(letters)}."
            set_plain_text(self.checklist_text, text)
            self.checklist_bar.setMaximum(max(overview.total, 1))
            self.checklist_bar.setValue(overview.done)
            self.checklist_bar.show()
        again = overview.check_again
        lines = attention + [
            f"<li><b>Check again:</b> {escape(account.platform.name)}, {escape(item.control.title)}"
            f" — {escape(recheck_text(item.recheck, translate))}</li>"
            for account, item in again
            if item.recheck is not None
        ]
        self.attention_text.setText(f"<ul style='margin-left: -20px'>{''.join(lines)}</ul>" if lines else "")
        self.attention.setVisible(bool(lines))
