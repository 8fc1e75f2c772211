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


def field_label(field: str, translate: Translate = identity) -> str:
    """A field a core error names ("sender address"), in the reader's language; a field without
    a label (a backup's column, a catalogue key) stays as core names it."""
    words = FIELD_LABELS.get(field)
    return words(translate) if words else field


# The fields a user fills in, as core's validation names them (in English, the name itself).
FIELD_LABELS: dict[str, Callable[[Translate], str]] = {
    "name": lambda translate: translate("Field", "name"),
    "email": lambda translate: translate("Field", "email"),
    "address": lambda translate: translate("Field", "address"),
    "country": lambda translate: translate("Field", "country"),
    "state": lambda translate: translate("Field", "state"),
    "language": lambda translate: translate("Field", "language"),
    "sender address": lambda translate: translate("Field", "sender address"),
    "recipient email": lambda translate: translate("Field", "recipient email"),
    "SMTP host": lambda translate: translate("Field", "SMTP host"),
    "SMTP port": lambda translate: translate("Field", "SMTP port"),
    "SMTP user": lambda translate: translate("Field", "SMTP user"),
    "SMTP security": lambda translate: translate("Field", "SMTP security"),
    "account name": lambda translate: translate("Field", "account name"),
    "account": lambda translate: translate("Field", "account"),
    "copies to keep": lambda translate: translate("Field", "copies to keep"),
    "note": lambda translate: translate("Field", "note"),
    "subject": lambda translate: translate("Field", "subject"),
    "body": lambda translate: translate("Field", "body"),
    "date": lambda translate: translate("Field", "date"),
    "reference": lambda translate: translate("Field", "reference"),
}


def region_name(region: str, translate: Translate = identity) -> str:
    """A region's name: "EU/EEA", "California (United States)" (core.countries.REGIONS and
    us-<state> regions; the state's name is the ISO 3166-2 one, in English)."""
    if region.startswith("us-"):
        from opt_out_gui.core.countries import is_region, subdivision_names

        if is_region(region):
            state = subdivision_names("US").get(region[3:].upper(), region[3:].upper())
            return translate("Region", "{state} (United States)").format(state=state)
    return label_of("region", region, translate)


def _regions(translate: Translate) -> dict[str, str]:
    return {
        "eu": translate("Region", "EU/EEA"),
        "uk": translate("Region", "United Kingdom"),
        "ch": translate("Region", "Switzerland"),
        "us": translate("Region", "United States"),
        "ca": translate("Region", "Canada"),
        "br": translate("Region", "Brazil"),
        "other": translate("Region", "Elsewhere"),
    }


def _request_statuses(translate: Translate) -> dict[str, str]:
    return {
        "draft": translate("Status", "Draft"),
        "sent": translate("Status", "Sent"),
        "acknowledged": translate("Status", "Acknowledged"),
        "extended": translate("Status", "Extended"),
        "needs_info": translate("Status", "Needs info"),
        "fulfilled": translate("Status", "Fulfilled"),
        "partially_fulfilled": translate("Status", "Partially fulfilled"),
        "refused": translate("Status", "Refused"),
        "withdrawn": translate("Status", "Withdrawn"),
        "escalated": translate("Status", "Escalated"),
    }


def _events(translate: Translate) -> dict[str, str]:
    """What happened to a request, as its timeline and the Record choices name it."""
    return {
        "sent": translate("Event", "Sent"),
        "acknowledged": translate("Event", "Acknowledged"),
        "extended": translate("Event", "Extended"),
        "needs_info": translate("Event", "Needs info"),
        "fulfilled": translate("Event", "Fulfilled"),
        "partially_fulfilled": translate("Event", "Partially fulfilled"),
        "refused": translate("Event", "Refused"),
        "withdrawn": translate("Event", "Withdrawn"),
        "escalated": translate("Event", "Escalated"),
        "reminder_sent": translate("Event", "Reminder sent"),
        "reply_received": translate("Event", "Reply received"),
        "reopened": translate("Event", "Reopened"),
    }


def _refusal_reasons(translate: Translate) -> dict[str, str]:
    return {
        "insufficient_verification": translate("Refusal", "Insufficient verification"),
        "no_match": translate("Refusal", "No match"),
        "claim_not_covered": translate("Refusal", "Claim not covered"),
        "outside_jurisdiction": translate("Refusal", "Outside jurisdiction"),
        "too_many_requests": translate("Refusal", "Too many requests"),
        "suspected_fraud": translate("Refusal", "Suspected fraud"),
        "other": translate("Refusal", "Other"),
    }


def _channels(translate: Translate) -> dict[str, str]:
    return {
        "email": translate("Channel", "Email"),
        "post": translate("Channel", "Post"),
        "web_form": translate("Channel", "Web form"),
        "in_app": translate("Channel", "In the app"),
    }


def _send_by(translate: Translate) -> dict[str, str]:
    """How a letter goes out, as a phrase inside a sentence ("Send it by post")."""
    return {
        "email": translate("Channel", "by email"),
        "post": translate("Channel", "by post"),
        "web_form": translate("Channel", "by web form"),
        "in_app": translate("Channel", "in the platform's app"),
    }


def _receipt_bases(translate: Translate) -> dict[str, str]:
    """How the day a deadline counts from is known (core.receipt basis codes)."""
    return {
        "same_day": translate("Receipt", "the day it was sent"),
        "entered": translate("Receipt", "the date you entered"),
        "estimated": translate("Receipt", "estimated"),
        "sent_date": translate("Receipt", "the send date, recorded before receipt dates were kept"),
    }


def _control_kinds(translate: Translate) -> dict[str, str]:
    return {
        "toggle": translate("Control", "Setting"),
        "form": translate("Control", "Web form"),
        "email": translate("Control", "Email"),
        "none": translate("Control", "No control"),
    }


def _control_scopes(translate: Translate) -> dict[str, str]:
    return {
        "account": translate("Control", "per account"),
        "workspace": translate("Control", "per workspace"),
        "admin": translate("Control", "admin only"),
    }


def _categories(translate: Translate) -> dict[str, str]:
    return {
        "social": translate("Category", "Social networks"),
        "messaging": translate("Category", "Messaging"),
        "ai-assistant": translate("Category", "AI assistants"),
        "search": translate("Category", "Search"),
        "video": translate("Category", "Video"),
        "photos": translate("Category", "Photos"),
        "productivity": translate("Category", "Productivity"),
        "collaboration": translate("Category", "Collaboration"),
        "creative": translate("Category", "Creative tools"),
        "developer": translate("Category", "Developer tools"),
        "publishing": translate("Category", "Publishing and blogs"),
        "storage": translate("Category", "Cloud storage"),
        "voice-assistant": translate("Category", "Voice assistants"),
        "music": translate("Category", "Music"),
        "stock-media": translate("Category", "Stock media"),
        "business": translate("Category", "Business software"),
        "devices": translate("Category", "Devices"),
        "dating": translate("Category", "Dating"),
        "education": translate("Category", "Education"),
        "travel": translate("Category", "Travel"),
        "fitness": translate("Category", "Fitness"),
        "shopping": translate("Category", "Shopping"),
    }


def _source_kinds(translate: Translate) -> dict[str, str]:
    return {
        "official": translate("Source", "the platform's own page"),
        "regulator": translate("Source", "a data protection authority"),
        "court": translate("Source", "a court"),
        "record": translate("Source", "a company record"),
        "press": translate("Source", "the press"),
    }


def _legal_bases(translate: Translate) -> dict[str, str]:
    return {
        "legitimate_interest": translate("Basis", "legitimate interest"),
        "consent": translate("Basis", "consent"),
        "contract": translate("Basis", "contract"),
    }


def _platform_statuses(translate: Translate) -> dict[str, str]:
    """A platform's badge on the checklist, and the status filter's choices."""
    return {
        "check_again": translate("Checklist", "Check again"),
        "open": translate("Checklist", "Open"),
        "done": translate("Checklist", "Done"),
        "no_action_needed": translate("Checklist", "No action needed"),
        "letter_only": translate("Checklist", "Letter only"),
    }


def _objection_grounds(translate: Translate) -> dict[str, str]:
    """Particular-situation grounds for an Art. 21(1) objection (core.letters.GROUNDS);
    each letter language words them in its templates."""
    return {
        "creative-work": translate("Letter", "My creative or professional work"),
        "sensitive-content": translate("Letter", "My private life shows in my content"),
        "professional-secrecy": translate("Letter", "Professional confidentiality"),
        "safety": translate("Letter", "Protection from harassment"),
        "minor": translate("Letter", "Content from my childhood"),
    }


def _erasure_scopes(translate: Translate) -> dict[str, str]:
    return {
        "training-data": translate("Letter", "only data used for AI training"),
        "all-data": translate("Letter", "all my data (closes the account)"),
    }


def _earlier_outcomes(translate: Translate) -> dict[str, str]:
    """What the earlier request got, as a follow-up states it (core.letters.EARLIER_OUTCOMES)."""
    return {
        "": translate("Letter", "no complete answer by its deadline"),
        "refused": translate("Letter", "refused"),
        "partially_fulfilled": translate("Letter", "answered only in part"),
        "needs_info": translate("Letter", "asked for more information"),
    }


def _request_groups(translate: Translate) -> dict[str, str]:
    """The groups of a law's request types (core.letters.REQUEST_GROUPS)."""
    return {
        "right": translate("Letter", "Your rights"),
        "follow_up": translate("Letter", "After an earlier request"),
        "complaint": translate("Letter", "Complaints to an authority"),
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
    "region": _regions,
}
KINDS = tuple(_BUILDERS)
