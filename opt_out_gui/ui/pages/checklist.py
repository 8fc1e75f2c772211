"""Checklist: every AI-training control on the platforms you use."""

from __future__ import annotations

from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.widgets import Page, paragraph


class ChecklistPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__("Checklist")
        self.ctx = ctx
        self.body.addWidget(paragraph("Pick the platforms you use and switch off AI training."))
        self.body.addStretch(1)
