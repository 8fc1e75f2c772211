"""The next step for a request (core.tracker.advice.NextStep) in words."""

from __future__ import annotations

from datetime import date

from opt_out_gui.core.tracker.advice import NextStep
from opt_out_gui.wording import DateFormat, Translate, count, identity
from opt_out_gui.wording.deadlines import deadline_text, period_text
from opt_out_gui.wording.errors import error_text
from opt_out_gui.wording.labels import label_of


def advice_text(
    step: NextStep, translate: Translate = identity, format_date: DateFormat = date.isoformat
) -> str:
    """The advice as one or more sentences; dates as the front writes them (the CLI in ISO)."""
    p = step.params
    lead_in = _situation(step, translate, format_date)
    code = step.code
    if code == "send_and_record":
        return translate(
            "Advice", "Send the letter, then record the date you sent it so the deadline starts."
        )
    if code in ("answer_info_request", "answer_verification_refusal"):
        return _verification(step, translate)
    if code == "wait_no_deadline":
        return translate("Advice", "Waiting for the reply.")
    if code in ("wait", "wait_extension_unknown", "remind_unacknowledged"):
        text = translate("Advice", "Waiting for the reply: {left} (deadline {deadline}).").format(
            left=deadline_text(p["days_left"], False, translate), deadline=format_date(p["deadline"])
        )
        if code == "wait_extension_unknown":
            text += " " + translate(
                "Advice",
                "The sources used do not say whether {law} lets the company extend it, so the app keeps "
                "this deadline; note the date the company gave.",
            ).format(law=p["law"])
        if code == "remind_unacknowledged":
            text += " " + translate(
                "Advice",
                "They should have confirmed receipt by {date}; their answer is still due by the deadline.",
            ).format(date=format_date(p["acknowledge_by"]))
        return text
    if code == "overdue_remind":
        return translate("Advice", "Overdue by {days}: send a reminder.").format(
            days=count("day", p["days"], translate)
        )
    if code == "appeal_undated":
        return lead_in + translate(
            "Advice",
            "appeal to the company first: {law} gives an appeal. The sources used give no period for the "
            "company's answer, so the app cannot date an appeal letter; write to the company, record its "
            "answer, then complain to {after}.",
        ).format(law=p["law"], after=_after(step, translate))
    if code == "appeal":
        return lead_in + translate(
            "Advice",
            "appeal to the company first: {law} gives an appeal, which the company must decide within "
            "{period} of receiving it. If it denies the appeal, complain to {after}.",
        ).format(law=p["law"], period=period_text(p["period"], translate), after=_after(step, translate))
    if code == "complain_to_controller":
        return lead_in + translate(
            "Advice",
            "complain to the company first: under {law} you may complain to the controller itself "
            "({citation}), and the regulator expects this step before a complaint to it. If its answer "
            "does not settle the matter, complain to {after}.",
        ).format(law=p["law"], citation=p["citation"], after=_after(step, translate))
    if code == "complain":
        if p["alternative"] is None:
            complaint = translate(
                "Advice", "file a complaint with the data protection authority ({authority})."
            )
            return lead_in + complaint.format(authority=p["authority"])
        return lead_in + translate(
            "Advice",
            "file a complaint with the authority where you live ({authority}), or with the lead "
            "authority ({alternative}).",
        ).format(authority=p["authority"], alternative=p["alternative"])
    if code == "complain_route_unknown":
        return lead_in + translate("Advice", "file a complaint; first, {problem}.").format(
            problem=error_text(p["problem"], translate)
        )
    if code == "partly_fulfilled_remind":
        return translate("Advice", "Partly fulfilled: send a reminder that lists what is missing.")
    if code == "complaint_filed":
        if p["filed_on"] is None:
            return translate("Advice", "Complaint filed: record the authority's replies here.")
        return translate("Advice", "Complaint filed on {date}: record the authority's replies here.").format(
            date=format_date(p["filed_on"])
        )
    if code == "fulfilled":
        if p["on"] is None:
            return translate("Advice", "Done: fulfilled. Keep the reply as evidence.")
        done = translate("Advice", "Done: fulfilled on {date}. Keep the reply as evidence.")
        return done.format(date=format_date(p["on"]))
    if code == "withdrawn":
        if p["on"] is None:
            return translate("Advice", "Withdrawn.")
        return translate("Advice", "Withdrawn on {date}.").format(date=format_date(p["on"]))
    raise ValueError(f"no words for advice code {code!r}")


def write_letter_label(step: NextStep, translate: Translate = identity) -> str:
    """The button that opens the letter this step advises."""
    return {
        "reminder": translate("Advice", "Write reminder"),
        "appeal": translate("Advice", "Write appeal"),
        "complaint": translate("Advice", "Write complaint"),
        "answer": translate("Advice", "Write reply"),
    }.get(step.action, translate("Advice", "Write letter"))


def _situation(step: NextStep, translate: Translate, format_date: DateFormat) -> str:
    """The lead-in that says why an escalation is advised ('' for other steps)."""
    p = step.params
    if step.situation == "overdue_reminded":
        return translate("Advice", "Overdue by {days}, reminded on {date}: ").format(
            days=count("day", p["days"], translate), date=format_date(p["reminded_on"])
        )
    if step.situation == "refused":
        reason = p["refusal_reason"]
        return translate("Advice", "Refused ({reason}): if you disagree, ").format(
            reason=label_of("refusal_reason", reason, translate)
            if reason
            else translate("Advice", "no reason given")
        )
    return ""


def _verification(step: NextStep, translate: Translate) -> str:
    has_letter = step.letter_type is not None
    if step.code == "answer_info_request":
        text = translate(
            "Advice",
            "The company asked for more information: send it, note what you sent, then record their "
            "next reply.",
        )
        if has_letter:
            text += " " + translate(
                "Advice",
                "If it asks for proof of your identity, write a reply to the demand for ID: it sets out what "
                "{law} allows the company to ask.",
            ).format(law=step.params["law"])
        return text
    if has_letter:
        return translate(
            "Advice",
            "Refused for insufficient verification: write a reply to the demand for ID, which sets out what "
            "{law} allows the company to ask; send what it may ask for, then record the request as reopened.",
        ).format(law=step.params["law"])
    return translate(
        "Advice",
        "Refused for insufficient verification: send the identity information they ask for, then record "
        "the request as reopened.",
    )


def _after(step: NextStep, translate: Translate) -> str:
    """The authority a later complaint goes to, or words for it where it is not known yet."""
    return step.params["after"] or translate("Advice", "the regulator")
