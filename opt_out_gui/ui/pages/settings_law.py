"""Settings > Law: the law your country or state gives you, its rights, deadlines and regulator."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.colours import MUTED, text_colour
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.translation import law_text, translate
from opt_out_gui.ui.widgets import Page, date_text, fill_with_scrolling, ui_language
from opt_out_gui.wording.deadlines import period_text


def _link(url: str | None, text: str) -> str:
    return f"<a href='{escape(url, quote=True)}'>{escape(text)}</a>" if url else escape(text)


def law_summary_html(country: str, state: str, today: date | None = None) -> str:
    """What the law gives a user living in country/state, as rich text with sources."""
    from opt_out_gui.core.authorities import complaint_route
    from opt_out_gui.core.laws import compute_deadline, default_law_for, get_law

    muted = text_colour(QGuiApplication.palette(), MUTED).name()  # for the notes
    if not country:
        return (
            "<p>"
            + escape(
                translate(
                    "LawSettings", "Set your country in Settings > Profile to see the law that protects you."
                )
            )
            + "</p>"
        )
    law_id = default_law_for(country, state)
    if law_id is None:
        where = f"{state}, {country}" if state else country
        text = translate(
            "LawSettings",
            "The app knows no data-protection law for {place} yet. You can still use the "
            "checklist, and write to platforms under the law of the place where they are established "
            "(for example the GDPR for a company in the EU).",
        ).format(place=where)
        return f"<p>{escape(text)}</p>"
    law = get_law(law_id)
    today = today or date.today()
    parts = [f"<h3>{escape(law_text(law.name))}</h3>", f"<p>{escape(law_text(law.jurisdiction))}"]
    if law.in_force:
        parts.append(
            " · "
            + escape(translate("LawSettings", "in force since {date}").format(date=date_text(law.in_force)))
        )
    parts.append("</p>")
    try:
        # The example assumes a company in the user's own country (its holidays count).
        result = compute_deadline(law_id, today, holiday_country=country, today=today)
    except UserError:
        result = None
    periods = [
        translate("LawSettings", "Answer due within {period}").format(
            period=period_text(law.response_period, translate)
        )
    ]
    if law.extension:
        periods.append(
            translate("LawSettings", "at most {period} with an extension").format(
                period=period_text(law.extension, translate)
            )
        )
    if law.acknowledgement:
        periods.append(
            translate("LawSettings", "receipt to be confirmed within {period}").format(
                period=period_text(law.acknowledgement, translate)
            )
        )
    parts.append(f"<p>{escape('; '.join(periods))}.")
    if result:
        deadline = f"<b>{escape(date_text(result.deadline))}</b>"
        if result.extended_deadline:
            answered = translate(
                "LawSettings",
                "A request sent today must be answered by {date} (at the latest {extended} if extended).",
            ).format(date=deadline, extended=escape(date_text(result.extended_deadline)))
        else:
            answered = translate("LawSettings", "A request sent today must be answered by {date}.").format(
                date=deadline
            )
        parts.append(" " + answered)
    parts.append("</p>")
    if law.appeal_first and law.family == "us-state":
        answer = (
            translate("LawSettings", "the company must decide it within {period}").format(
                period=period_text(law.appeal_period, translate)
            )
            if law.appeal_period
            else translate("LawSettings", "the sources used give no period for the company's answer")
        )
        appeal = translate(
            "LawSettings",
            "The law gives you an appeal to the company if it refuses or does not act: {answer}. "
            "The app suggests appealing before complaining to the regulator.",
        ).format(answer=answer)
        parts.append(f"<p>{escape(appeal)}</p>")
    parts.append("<p><b>" + escape(translate("LawSettings", "Your rights")) + "</b></p><ul>")
    for right in law.rights.values():
        citation = law.cite(right.id, ui_language()) or right.article
        parts.append(f"<li>{escape(law_text(right.title))} ({escape(citation)})</li>")
    parts.append("</ul>")
    problem = None
    where_to_complain = escape(translate("LawSettings", "Where to complain:"))
    try:
        authority = complaint_route(law, country, state).authority
    except UserError as error:
        from opt_out_gui.ui.errors import gui_error_text

        authority, problem = None, gui_error_text(error)
    if authority:
        contact = [_link(authority.web, translate("LawSettings", "website"))]
        if authority.complaint_url:
            contact.append(_link(authority.complaint_url, translate("LawSettings", "complaint form")))
        if authority.email:
            contact.append(escape(authority.email))
        parts.append(f"<p><b>{where_to_complain}</b> {escape(authority.name)} · {' · '.join(contact)}</p>")
    elif problem:
        parts.append(f"<p><b>{where_to_complain}</b> {escape(problem)}.</p>")
    elif law.regulator_note:
        parts.append(f"<p><b>{where_to_complain}</b> {escape(law_text(law.regulator_note))}</p>")
    for note in law.notes:
        parts.append(f"<p style='color: {muted}'>{escape(law_text(note))}</p>")
    sources = " ".join(_link(url, f"[{n}]") for n, url in enumerate(law.all_sources(), 1))
    parts.append("<p>" + escape(translate("LawSettings", "Sources:")) + f" {sources}</p>")
    return "".join(parts)


class LawSettings(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        page = Page(
            self.tr("Law"),
            self.tr(
                "Your country (and, in the US, your state) decides which data-protection law the app "
                "uses for your letters and deadlines. Change it in the Profile tab."
            ),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        page.body.addWidget(self.summary)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 900)
        self.refresh()
        ctx.profile_changed.connect(self.refresh)

    def refresh(self) -> None:
        profile = self.ctx.profile
        self.summary.setText(law_summary_html(profile.country, profile.state))
