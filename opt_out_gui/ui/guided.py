""" "Walk me through": one control at a time, with next, back, skip and a summary."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core.checklist import CHECK_AGAIN, DONE, AccountChecklist, ControlItem
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.open_link import OpenLinkRow
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import close_with_keys, date_text, heading, paragraph, set_text_colour, steps_html
from opt_out_gui.wording.checklist import done_outcome, progress_text, recheck_text


@dataclass
class Step:
    account: AccountChecklist
    item: ControlItem | None  # None: no control here, a letter is needed
    outcome: str = ""  # "done", "skipped", "" (not reached)


def build_steps(ctx: AppContext) -> list[Step]:
    """Every control not yet done (or due for a re-check), and every platform that needs a letter."""
    steps = []
    for account in ctx.checklist.overview(ctx.region).accounts:
        if account.needs_letter:
            steps.append(Step(account, None))
        steps += [Step(account, item) for item in account.items if item.status != DONE]
    return steps


class WalkthroughDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Walk me through"))
        self.resize(720, 560)
        self.steps = build_steps(ctx)
        self.index = 0
        layout = QVBoxLayout(self)
        self.position = paragraph("")  # names the platform and the account
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximum(max(len(self.steps), 1))
        layout.addWidget(self.position)
        layout.addWidget(self.bar)
        self.content = QScrollArea()
        self.content.setWidgetResizable(True)
        layout.addWidget(self.content, 1)
        buttons = QHBoxLayout()
        # Named *_button: a QDialog already has open(), done(), close()... (see tests/ui/test_qt_names.py).
        self.back_button = QPushButton(self.tr("&Back"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setToolTip(self.tr("Leave this one for later"))
        self.done_button = QPushButton(self.tr("I &did it"))
        self.done_button.setDefault(True)
        self.letter_button = QPushButton(self.tr("&Write a letter"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (
            self.back_button,
            self.skip_button,
            self.letter_button,
            self.done_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        layout.addLayout(buttons)
        self.link: OpenLinkRow | None = None  # the current step's setting or form, when it has a link
        self.back_button.clicked.connect(self._back)
        self.skip_button.clicked.connect(lambda: self._advance("skipped"))
        self.done_button.clicked.connect(self._mark_done)
        self.letter_button.clicked.connect(self._write_letter)
        self.close_button.clicked.connect(self.accept)
        self._show()

    @property
    def current(self) -> Step | None:
        return self.steps[self.index] if self.index < len(self.steps) else None

    def _show(self) -> None:
        step = self.current
        self.bar.setValue(self.index)
        self.back_button.setEnabled(self.index > 0)
        if step is None:
            self._show_summary()
            return
        platform = step.account.platform
        where = platform.name
        if step.account.account != "main":
            where = self.tr("{platform} ({account})").format(
                platform=platform.name, account=step.account.account
            )
        self.position.setText(
            self.tr("Step {number} of {total} · {platform}").format(
                number=self.index + 1, total=len(self.steps), platform=where
            )
        )
        self.link = None
        page = QWidget()
        body = QVBoxLayout(page)
        if step.item is None:
            body.addWidget(heading(self.tr("{platform}: no switch here").format(platform=platform.name)))
            body.addWidget(
                paragraph(
                    self.tr(
                        "{platform} offers no AI-training setting where you live. That does not "
                        "mean you have to accept it: a request letter (an objection under the GDPR, or "
                        "an opt-out under US state law) makes the platform answer within a legal deadline."
                    ).format(platform=platform.name)
                )
            )
            self.done_button.setText(self.tr("Next"))
        else:
            control = step.item.control
            body.addWidget(heading(control.title))
            if step.item.recheck:
                warning = paragraph(
                    self.tr("Check again: {reason}").format(
                        reason=recheck_text(step.item.recheck, translate, date_text)
                    )
                )
                set_text_colour(warning, "warning")
                body.addWidget(warning)
            steps = QLabel(steps_html(control.steps) if control.steps else "")
            steps.setWordWrap(True)
            body.addWidget(steps)
            if control.note:
                body.addWidget(paragraph(control.note))
            if control.kind == "email":
                body.addWidget(
                    paragraph(self.tr("This one works by email: send the message described above."))
                )
            if control.url:
                self.link = OpenLinkRow(
                    self.tr("Open setting") if control.kind == "toggle" else self.tr("Open form")
                )
                self.link.set_link(control.url)
                body.addWidget(self.link)
            self.done_button.setText(self.tr("I &did it"))
        body.addStretch(1)
        self.content.setWidget(page)
        self.letter_button.setVisible(step.item is None)
        self.skip_button.setVisible(step.item is not None)
        self.done_button.setVisible(True)
        self.done_button.setFocus()

    def _show_summary(self) -> None:
        self.position.setText(self.tr("All done for now"))
        self.bar.setValue(self.bar.maximum())
        self.link = None
        for button in (self.skip_button, self.letter_button, self.done_button):
            button.setVisible(False)
        overview = self.ctx.checklist.overview(self.ctx.region)
        # Each result in the words of its control's kind: a form sends an objection, it switches nothing off.
        done_now = [
            self.tr("{outcome}: {platform}, {control}").format(
                outcome=done_outcome(s.item.control.kind, translate),
                platform=s.account.platform.name,
                control=s.item.control.title,
            )
            for s in self.steps
            if s.outcome == "done" and s.item
        ]
        skipped = [
            self.tr("{platform}: {control}").format(
                platform=s.account.platform.name, control=s.item.control.title
            )
            for s in self.steps
            if s.outcome == "skipped" and s.item
        ]
        letters = [s for s in self.steps if s.item is None]
        # A control due for a re-check is due now, whatever its interval date says (a policy change).
        rechecks = sorted(
            (item.status != CHECK_AGAIN, item.next_check, account.platform.name, item.control.title)
            for account in overview.accounts
            for item in account.items
            if item.next_check
        )
        progress = progress_text(overview.done, overview.total, translate, len(overview.check_again))
        parts = [
            "<p>"
            + self.tr("{progress} across the platforms you use.").format(
                progress=f"<b>{escape(progress)}</b>"
            )
            + "</p>"
        ]
        if done_now:
            parts.append(_list(self.tr("Done just now"), done_now))
        if skipped:
            parts.append(_list(self.tr("Left for later"), skipped))
        if letters:
            parts.append(
                _list(
                    self.tr("Need a letter (no switch where you live)"),
                    [s.account.platform.name for s in letters],
                )
            )
        if rechecks:
            parts.append(
                _list(
                    self.tr("Check again"),
                    [
                        self.tr("{when}: {platform}, {control}").format(
                            when=date_text(when) if later else self.tr("now"), platform=name, control=title
                        )
                        for later, when, name, title in rechecks[:12]
                    ],
                )
            )
        summary = QLabel("".join(parts))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        page = QWidget()
        body = QVBoxLayout(page)
        body.addWidget(heading(self.tr("Summary")))
        body.addWidget(summary)
        body.addStretch(1)
        self.content.setWidget(page)
        self.close_button.setFocus()

    def _advance(self, outcome: str) -> None:
        if self.current:
            self.current.outcome = outcome
        self.index += 1
        self._show()

    def _back(self) -> None:
        self.index = max(self.index - 1, 0)
        self._show()

    def _mark_done(self) -> None:
        step = self.current
        if step and step.item:
            self.ctx.checklist.mark(
                step.account.platform.id, step.item.control.id, DONE, step.account.account
            )
            self._advance("done")
        else:
            self._advance("seen")

    def _write_letter(self) -> None:
        if self.current:
            self.ctx.compose_letter_requested.emit(self.current.account.platform.id, "", 0)
            self.accept()


def _list(title: str, lines: list[str]) -> str:
    return (
        f"<p><b>{escape(title)}</b></p><ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
    )
