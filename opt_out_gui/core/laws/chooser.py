"""The instrument chooser: which requests fit a platform, given where the user lives.

The legal basis a platform claims for AI training decides the instrument under the GDPR
family (legal-facts.md 1.5: consent is withdrawn under Art. 7(3), legitimate interests
are objected to under Art. 21(1)). Elsewhere the law's closest rights are offered.
Each recommendation carries one sentence saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from opt_out_gui.core.countries import country_names, subdivision_names, user_region
from opt_out_gui.core.laws.registry import Law, default_law_for, get_law, get_request_type, opt_out_scope

_CONTROL_NOUNS = {"toggle": "setting", "form": "form", "email": "email address"}


@dataclass(frozen=True)
class Recommendation:
    type_id: str | None  # None: no request fits (the reason says why)
    law_id: str | None
    reason: str


@dataclass(frozen=True)
class _Context:
    platform: Any  # catalog.Platform (duck-typed: name, training_for, training_controls_for)
    law: Law
    quicker: str  # "" or a clause saying the platform's own control is quicker
    basis: str | None  # the legal basis the platform claims in the user's region, if any

    def under(self, type_id: str) -> str:
        citation = get_request_type(type_id).citation(self.law)
        if citation:
            return f" ({citation})"
        return f" (the sources give no {self.law.short_name} article for this)"

    def recommend(self, type_id: str, reason: str) -> Recommendation:
        return Recommendation(type_id, self.law.id, reason)


def recommend_requests(platform: Any, country: str, state: str = "") -> list[Recommendation]:
    """The requests that fit this platform for a user in `country` (and US `state`)."""
    law_id = default_law_for(country, state)
    if law_id is None:
        return [Recommendation(None, None, _no_law_reason(platform, country, state))]
    law = get_law(law_id)
    region = user_region(country, state)
    controls = platform.training_controls_for(region)
    training = platform.training_for(region)
    quicker = ""
    if controls:
        noun = _CONTROL_NOUNS.get(controls[0].kind, "control")
        quicker = (
            f'; {platform.name}\'s own {noun} "{controls[0].title}" is quicker, '
            "and the letter gives you a dated record"
        )
    return _CHOOSERS[law.family](_Context(platform, law, quicker, training.basis if training else None))


def _gdpr_family(ctx: _Context) -> list[Recommendation]:
    name, basis = ctx.platform.name, ctx.basis
    if basis == "consent":
        return [
            ctx.recommend(
                "gdpr-withdraw-consent",
                f"{name} says it trains AI with your consent, so withdraw it"
                f"{ctx.under('gdpr-withdraw-consent')}{ctx.quicker}.",
            )
        ]
    if basis == "legitimate_interest":
        return [
            ctx.recommend(
                "gdpr-objection-ai",
                f"{name} relies on legitimate interests for AI training, which you can object to"
                f"{ctx.under('gdpr-objection-ai')}{ctx.quicker}.",
            )
        ]
    if basis == "contract":
        return [
            ctx.recommend(
                "gdpr-access-ai",
                f"{name} names a contract as its basis for AI training, where an objection may not apply, "
                f"so ask what data it uses and why{ctx.under('gdpr-access-ai')}.",
            )
        ]
    return [
        ctx.recommend(
            "gdpr-access-ai",
            f"{name} does not say on which legal basis it trains AI, so ask what it uses your data for"
            f"{ctx.under('gdpr-access-ai')}.",
        ),
        ctx.recommend(
            "gdpr-objection-ai",
            f"Object at the same time{ctx.under('gdpr-objection-ai')} in case {name} relies on "
            f"legitimate interests{ctx.quicker}.",
        ),
    ]


def _ccpa(ctx: _Context) -> list[Recommendation]:
    # An opt-out of sale or sharing (Civ. Code § 1798.120) concerns disclosure to third
    # parties; it does not stop the business using the data itself. Limiting sensitive
    # personal information (§ 1798.121) and deletion (§ 1798.105) reach its own use.
    name = ctx.platform.name
    return [
        ctx.recommend(
            "ccpa-opt-out",
            f"An opt-out of sale or sharing{ctx.under('ccpa-opt-out')} stops {name} selling or sharing "
            "your personal information with third parties, including for their AI training; it does "
            f"not stop {name} training its own AI on your data. A browser sending Global Privacy "
            "Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025)"
            f"{ctx.quicker}.",
        ),
        ctx.recommend(
            "ccpa-limit",
            f"A request to limit the use of sensitive personal information{ctx.under('ccpa-limit')} "
            f"reaches {name}'s own use, including its AI training, but only of sensitive information "
            "(such as precise location, health or the contents of your messages).",
        ),
        ctx.recommend(
            "ccpa-delete",
            f"A request to delete{ctx.under('ccpa-delete')} asks {name} to delete the personal "
            "information it collected from you, so that it can no longer train on it.",
        ),
    ]


_PURPOSE_NAMES = {
    "targeted_advertising": "targeted advertising",
    "sale": "the sale of your data",
    "profiling": "profiling for decisions with legal or similarly significant effects",
}


def _us_state(ctx: _Context) -> list[Recommendation]:
    name, law = ctx.platform.name, ctx.law.short_name
    scope = opt_out_scope(ctx.law.id)
    if scope:
        purposes = [_PURPOSE_NAMES[p] for p in scope.purposes]
        listed = purposes[0] if len(purposes) == 1 else ", ".join(purposes[:-1]) + " and " + purposes[-1]
        where = f" ({scope.section})" if scope.section else ctx.under("us-state-opt-out")
        covers = f"An opt-out under the {law}{where} covers {listed} only"
    else:
        covers = (
            f"An opt-out under the {law}{ctx.under('us-state-opt-out')} covers what that law grants "
            "(the sources used do not say which of sale, targeted advertising and profiling)"
        )
    return [
        ctx.recommend(
            "us-state-opt-out",
            f"{covers}; it does not stop {name} training its own AI on your data{ctx.quicker}.",
        ),
        ctx.recommend(
            "us-state-delete",
            f"A deletion request under the {law}{ctx.under('us-state-delete')} asks {name} to delete "
            f"personal data about you, which also keeps it out of {name}'s own AI training.",
        ),
    ]


def _lgpd(ctx: _Context) -> list[Recommendation]:
    name = ctx.platform.name
    if ctx.basis == "consent":
        return [
            ctx.recommend(
                "lgpd-revoke-consent",
                f"{name} says it trains AI with your consent, so revoke it"
                f"{ctx.under('lgpd-revoke-consent')}{ctx.quicker}.",
            ),
            ctx.recommend(
                "lgpd-delete",
                f"Then ask {name} to delete the data it processed with your consent"
                f"{ctx.under('lgpd-delete')}.",
            ),
        ]
    if ctx.basis == "legitimate_interest":
        lead = f"{name} relies on legitimate interests, not on your consent, for AI training"
    else:
        lead = f"{name} does not say that it trains AI with your consent"
    return [
        ctx.recommend(
            "lgpd-opposition",
            f"{lead}, so oppose the processing{ctx.under('lgpd-opposition')}: the LGPD allows this where "
            "processing without consent does not comply with the law, and the request is free of "
            f"charge{ctx.quicker}.",
        ),
        ctx.recommend(
            "lgpd-access",
            f"Ask {name} at the same time for the origin, criteria and purpose of its use of your data"
            f"{ctx.under('lgpd-access')}.",
        ),
    ]


def _pipeda(ctx: _Context) -> list[Recommendation]:
    return [
        ctx.recommend(
            "pipeda-access",
            "The PIPEDA rights in the sources include no objection to AI training, so ask "
            f"{ctx.platform.name} in writing what it holds about you and how it uses it"
            f"{ctx.under('pipeda-access')}{ctx.quicker}.",
        )
    ]


_CHOOSERS: dict[str, Callable[[_Context], list[Recommendation]]] = {
    "gdpr": _gdpr_family,
    "ccpa": _ccpa,
    "us-state": _us_state,
    "lgpd": _lgpd,
    "pipeda": _pipeda,
}


def _no_law_reason(platform: Any, country: str, state: str) -> str:
    reason = no_law_reason(country, state)
    if _place_is_set(country, state):  # the place is known and no law covers it: the platform's own settings
        reason = reason.removesuffix(".") + f"; use {platform.name}'s own settings where they exist."
    return reason


def _place_is_set(country: str, state: str) -> bool:
    country = (country or "").strip().upper()
    return bool(country) and (country != "US" or bool((state or "").strip()))


def no_law_reason(country: str, state: str = "") -> str:
    """Why no law of the app protects a user living here (no country or US state set, or none known)."""
    country = (country or "").strip().upper()
    state = (state or "").strip().upper()
    if not _place_is_set(country, state):
        if country == "US":
            return "Set your US state in your profile: privacy laws in the US are state laws."
        return "Set your country in your profile to see which requests fit."
    if country == "US":
        place = subdivision_names("US").get(state, state)
    else:
        place = country_names().get(country, country)
    return f"The app knows no privacy law for {place}, so no legal request fits."
