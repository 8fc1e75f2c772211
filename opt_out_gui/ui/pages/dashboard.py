"""Dashboard: what needs your attention first."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from opt_out_gui.core import countries
from opt_out_gui.core.profile import missing_fields
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.widgets import Page, country_display_name, paragraph


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600; font-size: 12pt;")
    layout.addWidget(label)
    return frame, layout


class DashboardPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__("Dashboard")
        self.ctx = ctx
        profile_card, profile_layout = card("You")
        self.profile_text = paragraph("")
        profile_layout.addWidget(self.profile_text)
        self.body.addWidget(profile_card)
        self.body.addStretch(1)

    def refresh(self) -> None:
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
        self.profile_text.setText(line)
