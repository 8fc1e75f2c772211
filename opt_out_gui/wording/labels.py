"""One label for every id the app shows: statuses, events, channels, kinds, scopes, categories...

`label("channel", "in_app")` is "In the app" in the GUI and in the CLI alike. Each kind has
one builder that names every id with a literal `translate(context, text)` call; a test keeps
the builders in step with the ids core defines.
"""

from __future__ import annotations

from collections.abc import Callable

from opt_out_gui.wording import Translate, identity


def label_of(kind: str, value: str, translate: Translate = identity) -> str:
    """The words for one id of a kind ('status', 'channel'...); the id itself if it has none."""
    return labels_of(kind, translate).get(value, value)


def labels_of(kind: str, translate: Translate = identity) -> dict[str, str]:
    """id -> words for every id of a kind, in the order core lists them."""
    return _BUILDERS[kind](translate)


def _request_statuses(t: Translate) -> dict[str, str]:
    return {
        "draft": t("Status", "Draft"),
        "sent": t("Status", "Sent"),
        "acknowledged": t("Status", "Acknowledged"),
        "extended": t("Status", "Extended"),
        "needs_info": t("Status", "Needs info"),
        "fulfilled": t("Status", "Fulfilled"),
        "partially_fulfilled": t("Status", "Partially fulfilled"),
        "refused": t("Status", "Refused"),
        "withdrawn": t("Status", "Withdrawn"),
        "escalated": t("Status", "Escalated"),
    }


def _events(t: Translate) -> dict[str, str]:
    """What happened to a request, as its timeline and the Record choices name it."""
    return {
        "sent": t("Event", "Sent"),
        "acknowledged": t("Event", "Acknowledged"),
        "extended": t("Event", "Extended"),
        "needs_info": t("Event", "Needs info"),
        "fulfilled": t("Event", "Fulfilled"),
        "partially_fulfilled": t("Event", "Partially fulfilled"),
        "refused": t("Event", "Refused"),
        "withdrawn": t("Event", "Withdrawn"),
        "escalated": t("Event", "Escalated"),
        "reminder_sent": t("Event", "Reminder sent"),
        "reply_received": t("Event", "Reply received"),
        "reopened": t("Event", "Reopened"),
    }


def _refusal_reasons(t: Translate) -> dict[str, str]:
    return {
        "insufficient_verification": t("Refusal", "Insufficient verification"),
        "no_match": t("Refusal", "No match"),
        "claim_not_covered": t("Refusal", "Claim not covered"),
        "outside_jurisdiction": t("Refusal", "Outside jurisdiction"),
        "too_many_requests": t("Refusal", "Too many requests"),
        "suspected_fraud": t("Refusal", "Suspected fraud"),
        "other": t("Refusal", "Other"),
    }


def _channels(t: Translate) -> dict[str, str]:
    return {
        "email": t("Channel", "Email"),
        "post": t("Channel", "Post"),
        "web_form": t("Channel", "Web form"),
        "in_app": t("Channel", "In the app"),
    }


def _send_by(t: Translate) -> dict[str, str]:
    """How a letter goes out, as a phrase inside a sentence ("Send it by post")."""
    return {
        "email": t("Channel", "by email"),
        "post": t("Channel", "by post"),
        "web_form": t("Channel", "by web form"),
        "in_app": t("Channel", "in the platform's app"),
    }


def _receipt_bases(t: Translate) -> dict[str, str]:
    """How the day a deadline counts from is known (core.receipt basis codes)."""
    return {
        "same_day": t("Receipt", "the day it was sent"),
        "entered": t("Receipt", "the date you entered"),
        "estimated": t("Receipt", "estimated"),
        "sent_date": t("Receipt", "the send date, recorded before receipt dates were kept"),
    }


def _control_kinds(t: Translate) -> dict[str, str]:
    return {
        "toggle": t("Control", "Setting"),
        "form": t("Control", "Web form"),
        "email": t("Control", "Email"),
        "none": t("Control", "No control"),
    }


def _control_scopes(t: Translate) -> dict[str, str]:
    return {
        "account": t("Control", "per account"),
        "workspace": t("Control", "per workspace"),
        "admin": t("Control", "admin only"),
    }


def _categories(t: Translate) -> dict[str, str]:
    return {
        "social": t("Category", "Social networks"),
        "messaging": t("Category", "Messaging"),
        "ai-assistant": t("Category", "AI assistants"),
        "search": t("Category", "Search"),
        "video": t("Category", "Video"),
        "photos": t("Category", "Photos"),
        "productivity": t("Category", "Productivity"),
        "collaboration": t("Category", "Collaboration"),
        "creative": t("Category", "Creative tools"),
        "developer": t("Category", "Developer tools"),
        "publishing": t("Category", "Publishing and blogs"),
        "storage": t("Category", "Cloud storage"),
        "voice-assistant": t("Category", "Voice assistants"),
        "music": t("Category", "Music"),
        "stock-media": t("Category", "Stock media"),
        "business": t("Category", "Business software"),
        "devices": t("Category", "Devices"),
        "dating": t("Category", "Dating"),
        "education": t("Category", "Education"),
        "travel": t("Category", "Travel"),
        "fitness": t("Category", "Fitness"),
        "shopping": t("Category", "Shopping"),
    }


def _source_kinds(t: Translate) -> dict[str, str]:
    return {
        "official": t("Source", "the platform's own page"),
        "regulator": t("Source", "a data protection authority"),
        "court": t("Source", "a court"),
        "record": t("Source", "a company record"),
        "press": t("Source", "the press"),
    }


def _legal_bases(t: Translate) -> dict[str, str]:
    return {
        "legitimate_interest": t("Basis", "legitimate interest"),
        "consent": t("Basis", "consent"),
        "contract": t("Basis", "contract"),
    }


def _platform_statuses(t: Translate) -> dict[str, str]:
    """A platform's badge on the checklist, and the status filter's choices."""
    return {
        "check_again": t("Checklist", "Check again"),
        "open": t("Checklist", "Open"),
        "done": t("Checklist", "Done"),
        "no_action_needed": t("Checklist", "No action needed"),
        "letter_only": t("Checklist", "Letter only"),
    }


def _objection_grounds(t: Translate) -> dict[str, str]:
    """Particular-situation grounds for an Art. 21(1) objection (core.letters.GROUNDS);
    each letter language words them in its templates."""
    return {
        "creative-work": t("Letter", "My creative or professional work"),
        "sensitive-content": t("Letter", "My private life shows in my content"),
        "professional-secrecy": t("Letter", "Professional confidentiality"),
        "safety": t("Letter", "Protection from harassment"),
        "minor": t("Letter", "Content from my childhood"),
    }


def _erasure_scopes(t: Translate) -> dict[str, str]:
    return {
        "training-data": t("Letter", "only data used for AI training"),
        "all-data": t("Letter", "all my data (closes the account)"),
    }


def _earlier_outcomes(t: Translate) -> dict[str, str]:
    """What the earlier request got, as a follow-up states it (core.letters.EARLIER_OUTCOMES)."""
    return {
        "": t("Letter", "no complete answer by its deadline"),
        "refused": t("Letter", "refused"),
        "partially_fulfilled": t("Letter", "answered only in part"),
        "needs_info": t("Letter", "asked for more information"),
    }


def _request_groups(t: Translate) -> dict[str, str]:
    """The groups of a law's request types (core.letters.REQUEST_GROUPS)."""
    return {
        "right": t("Letter", "Your rights"),
        "follow_up": t("Letter", "After an earlier request"),
        "complaint": t("Letter", "Complaints to an authority"),
    }


_BUILDERS: dict[str, Callable[[Translate], dict[str, str]]] = {
    "status": _request_statuses,
    "event": _events,
    "refusal_reason": _refusal_reasons,
    "channel": _channels,
    "send_by": _send_by,
    "receipt_basis": _receipt_bases,
    "control_kind": _control_kinds,
    "control_scope": _control_scopes,
    "category": _categories,
    "source_kind": _source_kinds,
    "legal_basis": _legal_bases,
    "platform_status": _platform_statuses,
    "objection_ground": _objection_grounds,
    "erasure_scope": _erasure_scopes,
    "earlier_outcome": _earlier_outcomes,
    "request_group": _request_groups,
}
KINDS = tuple(_BUILDERS)
