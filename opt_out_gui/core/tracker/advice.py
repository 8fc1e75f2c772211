"""The next step for a request, as a code with parameters; the fronts word it
(opt_out_gui.wording.advice), so the GUI can be translated and the CLI prints the same advice.

After no answer or a refusal the user escalates: an appeal to the company where the law gives
one, a complaint to the controller where the law provides one before the regulator (UK GDPR,
DPA 2018 s. 164A), else a complaint to the supervisory authority.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker.lifecycle import AWAITING_ANSWER
from opt_out_gui.core.tracker.model import Request

if TYPE_CHECKING:
    from opt_out_gui.core.catalog import Catalog

ACTIONS = ("send", "wait", "answer", "reminder", "appeal", "complaint", "none")
# Every advice code, with the parameters it carries.
ADVICE_CODES = {
    "send_and_record": (),
    "answer_info_request": ("law", "guidance"),
    "wait_no_deadline": (),
    "wait": ("days_left", "deadline"),
    "wait_extension_unknown": ("days_left", "deadline", "law"),
    "remind_unacknowledged": ("days_left", "deadline", "acknowledge_by"),
    "overdue_remind": ("days",),
    "answer_verification_refusal": ("law", "guidance"),
    "appeal_undated": ("law", "after"),
    "appeal": ("law", "period", "after"),
    "complain_to_controller": ("law", "citation", "after"),
    "complain": ("authority", "alternative"),
    "complain_route_unknown": ("problem",),
    "partly_fulfilled_remind": (),
    "complaint_filed": ("filed_on",),
    "fulfilled": ("on",),
    "withdrawn": ("on",),
}
# Why a step escalates, with the parameters that says: after a reminder went unanswered,
# or after a refusal.
SITUATIONS = {"overdue_reminded": ("days", "reminded_on"), "refused": ("refusal_reason",)}


@dataclass(frozen=True)
class NextStep:
    """What the user can do next.

    action: the kind of step (ACTIONS); code: which advice (ADVICE_CODES) with its `params`;
    situation: why an escalation is advised (SITUATIONS), its values in `params` too;
    authority: the authority a complaint goes to; letter_type: the request type of the letter
    to write (a reminder, an appeal, a complaint, a reply to a demand for ID), if there is one.
    """

    action: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    situation: str | None = None
    authority: str | None = None
    letter_type: str | None = None

    def to_json(self) -> dict:
        return {
            "action": self.action,
            "code": self.code,
            "situation": self.situation,
            "params": {name: _json_value(value) for name, value in self.params.items()},
            "authority": self.authority,
            "letter_type": self.letter_type,
        }


def _json_value(value: object) -> object:
    from opt_out_gui.core.laws.registry import Period  # loaded already: a step needs the law engine

    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (Exception, Period)):
        return str(value)  # an error's message; a law's period as written ("45 days")
    return value


def next_step(request: Request, today: date, profile: Profile | None, catalog: Catalog) -> NextStep:
    from opt_out_gui.core import laws

    law = laws.get_law(request.law)
    status = request.status
    if status == "draft":
        return NextStep("send", "send_and_record")
    if status == "needs_info":
        return _verification_step(request, law, "answer_info_request")
    if status in AWAITING_ANSWER:
        days = request.days_left(today)
        deadline = request.effective_deadline
        if days is None or deadline is None:
            return NextStep("wait", "wait_no_deadline")
        if days >= 0:
            waiting = {"days_left": days, "deadline": deadline}
            if status == "sent" and request.acknowledge_by and request.acknowledge_by < today:
                # No letter: a reminder says the response deadline has passed, which it has not.
                return NextStep(
                    "wait", "remind_unacknowledged", waiting | {"acknowledge_by": request.acknowledge_by}
                )
            if status == "extended" and request.extended_deadline is None:
                return NextStep("wait", "wait_extension_unknown", waiting | {"law": law.short_name})
            return NextStep("wait", "wait", waiting)
        reminder = request.last_event("reminder_sent")
        if reminder is None or reminder.date <= deadline:
            return _letter_step(request, "reminder", "overdue_remind", {"days": -days})
        return _escalation_step(
            request, profile, catalog, "overdue_reminded", {"days": -days, "reminded_on": reminder.date}
        )
    if status == "refused":
        if request.refusal_reason == "insufficient_verification":
            return _verification_step(request, law, "answer_verification_refusal")
        return _escalation_step(
            request, profile, catalog, "refused", {"refusal_reason": request.refusal_reason}
        )
    if status == "partially_fulfilled":
        return _letter_step(request, "reminder", "partly_fulfilled_remind", {})
    if status == "escalated":
        filed = request.last_event("escalated")
        return NextStep("wait", "complaint_filed", {"filed_on": filed.date if filed else None})
    finished = request.last_event(status)
    return NextStep("none", status, {"on": finished.date if finished else None})  # fulfilled, withdrawn


def _letter_step(
    request: Request, action: str, code: str, params: dict, situation: str | None = None, authority=None
) -> NextStep:
    from opt_out_gui.core import laws

    family = laws.get_law(request.law).family
    return NextStep(action, code, params, situation, authority, letter_type=f"{family}-{action}")


def _verification_step(request: Request, law, code: str) -> NextStep:
    """A company asks for more information or refused for lack of it: where the law has sourced
    guidance on what it may ask to verify identity, the reply letter that says so."""
    from opt_out_gui.core import laws

    guidance = laws.verification_guidance(law.id)
    letter = guidance.letter_type if guidance else None
    if letter is not None and law.id not in laws.get_request_type(letter).laws:
        letter = None  # the family's guidance, but no reply letter under this law (the Swiss FADP)
    params = {"law": law.short_name, "guidance": guidance.code if guidance and letter else None}
    return NextStep("answer", code, params, letter_type=letter)


def _escalation_step(
    request: Request, profile: Profile | None, catalog: Catalog, situation: str, why: dict
) -> NextStep:
    from opt_out_gui.core import laws

    law = laws.get_law(request.law)
    appeal_type = _type_with_rule(law.id, "appeal")
    if law.appeal_first and appeal_type is not None and request.type != appeal_type.id:
        after = _complaint_target(request, profile, catalog)
        if law.appeal_period is None:
            return NextStep(
                "appeal", "appeal_undated", why | {"law": law.short_name, "after": after}, situation
            )
        return NextStep(
            "appeal",
            "appeal",
            why | {"law": law.short_name, "period": law.appeal_period, "after": after},
            situation,
            letter_type=appeal_type.id,
        )
    to_controller = _type_with_rule(law.id, "controller-complaint")
    if to_controller is not None and request.type != to_controller.id:
        return NextStep(
            "complaint",
            "complain_to_controller",
            why
            | {
                "law": law.short_name,
                "citation": to_controller.statute_citation,
                "after": _complaint_target(request, profile, catalog),
            },
            situation,
            letter_type=to_controller.id,
        )
    try:
        route = complaint_route(request, profile, catalog)
    except UserError as error:
        return _letter_step(
            request, "complaint", "complain_route_unknown", why | {"problem": error}, situation
        )
    names = {
        "authority": route.authority.name,
        "alternative": route.alternative.name if route.alternative is not None else None,
    }
    return _letter_step(request, "complaint", "complain", why | names, situation, route.authority.name)


def _type_with_rule(law_id: str, rule: str):
    """The request type under this law whose period follows `rule` (an appeal, a complaint to
    the controller), if there is one."""
    from opt_out_gui.core import laws

    return next((t for t in laws.request_types(law_id) if t.deadline_rule == rule), None)


def _complaint_target(request: Request, profile: Profile | None, catalog: Catalog) -> str | None:
    """The authority a complaint would go to; None where it cannot be chosen yet."""
    try:
        return complaint_route(request, profile, catalog).authority.name
    except UserError:
        return None


def complaint_route(request: Request, profile: Profile | None, catalog: Catalog):
    """Where a complaint about this request goes (core.authorities.complaint_route)."""
    from opt_out_gui.core import laws
    from opt_out_gui.core.authorities import complaint_route as route_for

    try:
        platform = catalog.get(request.platform)
    except UserError:
        platform = None  # a platform that left the catalogue has no lead authority to offer
    profile = profile or Profile()
    return route_for(laws.get_law(request.law), profile.country, profile.state, platform)
