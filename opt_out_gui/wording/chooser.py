"""Why a request is suggested (core.laws.chooser.Recommendation codes), in words."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from opt_out_gui.core.laws.chooser import Recommendation
from opt_out_gui.wording import Translate, identity


def reason_text(recommendation: Recommendation, translate: Translate = identity) -> str:
    """The one or two sentences saying why this request fits (or why none does)."""
    builder = _REASONS.get(recommendation.code)
    if builder is None:
        raise ValueError(f"no words for recommendation code {recommendation.code!r}")
    return builder(translate, recommendation.params)


def _under(translate: Translate, p: Mapping[str, Any]) -> str:
    """ " (Art. 21(1) GDPR)", or that the sources name no article of the law for this."""
    if p["citation"]:
        return translate("Chooser", " ({citation})").format(citation=p["citation"])
    return translate("Chooser", " (the sources give no {law} article for this)").format(law=p["law"])


def _quicker(translate: Translate, p: Mapping[str, Any]) -> str:
    """The clause naming the platform's own control as quicker, where it has one."""
    if not p["quicker"]:
        return ""
    kind, title = p["quicker"]
    texts = {
        "form": translate(
            "Chooser",
            '; {platform}\'s own form "{control}" is quicker, and the letter gives you a dated record',
        ),
        "email": translate(
            "Chooser",
            '; {platform}\'s own email address "{control}" is quicker, '
            "and the letter gives you a dated record",
        ),
    }
    default = translate(
        "Chooser",
        '; {platform}\'s own setting "{control}" is quicker, and the letter gives you a dated record',
    )
    return texts.get(kind, default).format(platform=p["platform"], control=title)


def _purposes(translate: Translate, purposes: tuple[str, ...]) -> str:
    names = {
        "targeted_advertising": translate("Chooser", "targeted advertising"),
        "sale": translate("Chooser", "the sale of your data"),
        "profiling": translate(
            "Chooser", "profiling for decisions with legal or similarly significant effects"
        ),
    }
    words = [names[purpose] for purpose in purposes]
    if len(words) == 1:
        return words[0]
    return translate("Chooser", "{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def _withdraw_consent(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser", "{platform} says it trains AI with your consent, so withdraw it{under}{quicker}."
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _object_legitimate_interest(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.",
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _access_contract(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "{platform} names a contract as its basis for AI training, where an objection may not apply, "
        "so ask what data it uses and why{under}.",
    ).format(platform=p["platform"], under=_under(translate, p))


def _access_basis_unknown(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "{platform} does not say on which legal basis it trains AI, "
        "so ask what it uses your data for{under}.",
    ).format(platform=p["platform"], under=_under(translate, p))


def _object_as_well(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.",
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _ccpa_opt_out(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information "
        "with third parties, including for their AI training; it does not stop {platform} training its own "
        "AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too "
        "(Civ. Code § 1798.135; 11 CCR § 7025){quicker}.",
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _ccpa_limit(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "A request to limit the use of sensitive personal information{under} reaches {platform}'s own use, "
        "including its AI training, but only of sensitive information (such as precise location, health or "
        "the contents of your messages).",
    ).format(platform=p["platform"], under=_under(translate, p))


def _ccpa_delete(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "A request to delete{under} asks {platform} to delete the personal information it collected from "
        "you, so that it can no longer train on it.",
    ).format(platform=p["platform"], under=_under(translate, p))


def _state_opt_out(translate: Translate, p: Mapping[str, Any]) -> str:
    where = (
        translate("Chooser", " ({section})").format(section=p["section"])
        if p["section"]
        else _under(translate, p)
    )
    return translate(
        "Chooser",
        "An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its "
        "own AI on your data{quicker}.",
    ).format(
        law=p["law"],
        under=where,
        purposes=_purposes(translate, p["purposes"]),
        platform=p["platform"],
        quicker=_quicker(translate, p),
    )


def _state_opt_out_unresearched(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "An opt-out under the {law}{under} covers what that law grants (the sources used do not say which "
        "of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on "
        "your data{quicker}.",
    ).format(law=p["law"], under=_under(translate, p), platform=p["platform"], quicker=_quicker(translate, p))


def _state_delete(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "A deletion request under the {law}{under} asks {platform} to delete personal data about you, which "
        "also keeps it out of {platform}'s own AI training.",
    ).format(law=p["law"], under=_under(translate, p), platform=p["platform"])


def _lgpd_revoke_consent(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser", "{platform} says it trains AI with your consent, so revoke it{under}{quicker}."
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _lgpd_delete_after_revoking(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser", "Then ask {platform} to delete the data it processed with your consent{under}."
    ).format(platform=p["platform"], under=_under(translate, p))


def _lgpd_oppose(translate: Translate, p: Mapping[str, Any]) -> str:
    if p["basis"] == "legitimate_interest":
        text = translate(
            "Chooser",
            "{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the "
            "processing{under}: the LGPD allows this where processing without consent does not comply with "
            "the law, and the request is free of charge{quicker}.",
        )
    else:
        text = translate(
            "Chooser",
            "{platform} does not say that it trains AI with your consent, so oppose the processing{under}: "
            "the LGPD allows this where processing without consent does not comply with the law, and the "
            "request is free of charge{quicker}.",
        )
    return text.format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _lgpd_access(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "Ask {platform} at the same time for the origin, criteria and purpose "
        "of its use of your data{under}.",
    ).format(platform=p["platform"], under=_under(translate, p))


def _pipeda_access(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing "
        "what it holds about you and how it uses it{under}{quicker}.",
    ).format(platform=p["platform"], under=_under(translate, p), quicker=_quicker(translate, p))


def _no_law_use_settings(translate: Translate, p: Mapping[str, Any]) -> str:
    return translate(
        "Chooser",
        "The app knows no privacy law for {place}, so no legal request fits; use {platform}'s own settings "
        "where they exist.",
    ).format(place=p["place"], platform=p["platform"])


_REASONS: dict[str, Callable[[Translate, Mapping[str, Any]], str]] = {
    "withdraw_consent": _withdraw_consent,
    "object_legitimate_interest": _object_legitimate_interest,
    "access_contract": _access_contract,
    "access_basis_unknown": _access_basis_unknown,
    "object_as_well": _object_as_well,
    "ccpa_opt_out": _ccpa_opt_out,
    "ccpa_limit": _ccpa_limit,
    "ccpa_delete": _ccpa_delete,
    "state_opt_out": _state_opt_out,
    "state_opt_out_unresearched": _state_opt_out_unresearched,
    "state_delete": _state_delete,
    "lgpd_revoke_consent": _lgpd_revoke_consent,
    "lgpd_delete_after_revoking": _lgpd_delete_after_revoking,
    "lgpd_oppose": _lgpd_oppose,
    "lgpd_access": _lgpd_access,
    "pipeda_access": _pipeda_access,
    "no_country": lambda translate, p: translate(
        "Chooser", "Set your country in your profile to see which requests fit."
    ),
    "no_state": lambda translate, p: translate(
        "Chooser", "Set your US state in your profile: privacy laws in the US are state laws."
    ),
    "no_law_for_place": lambda translate, p: translate(
        "Chooser", "The app knows no privacy law for {place}, so no legal request fits."
    ).format(place=p["place"]),
    "no_law_use_settings": _no_law_use_settings,
}
CODES = tuple(_REASONS)
