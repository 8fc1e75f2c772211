"""Letters: the composer for GDPR/CCPA request letters."""

from __future__ import annotations

from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.widgets import Page, paragraph


class LettersPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            "Letters",
            "Write a legally grounded request to a platform: an objection to AI training, a "
            "request for access or erasure, a withdrawal of consent, or a CCPA opt-out.",
        )
        self.ctx = ctx
        self.body.addWidget(
            paragraph(
                "The letter composer arrives in the next release. It will fill each letter from "
                "your profile and the platform's controller address, cite the right articles, "
                "state the legal deadline, and export it as text, PDF or email."
            )
        )
        self.body.addStretch(1)
