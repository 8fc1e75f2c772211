"""Requests: every letter sent, its deadline and its replies."""

from __future__ import annotations

from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.widgets import Page, paragraph


class RequestsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            "Requests",
            "Keep track of each request you send: when it went out, the date the law gives the "
            "platform to answer, and what happened since.",
        )
        self.ctx = ctx
        self.body.addWidget(
            paragraph(
                "Request tracking arrives in the next release. It will list your requests with "
                "their deadlines, warn you when one is overdue, and suggest the next step: a "
                "reminder, or a complaint to the data protection authority."
            )
        )
        self.body.addStretch(1)
