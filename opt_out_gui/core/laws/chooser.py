"""The instrument chooser: which requests fit a platform, given where the user lives.

The legal basis a platform claims for AI training decides the instrument under the GDPR
family (legal-facts.md 1.5: consent is withdrawn under Art. 7(3), legitimate interests
are objected to under Art. 21(1)). Elsewhere the law's closest rights are offered.
Each recommendation says why as a code with parameters; opt_out_gui.wording.chooser words it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from opt_out_gui.core.countries import country_names, subdivision_names, user_region
from opt_out_gui.core.laws.registry import Law, default_law_for, get_law, get_request_type, opt_out_scope


@dataclass(frozen=True)
class Recommendation:
    """A request that fits, and why, as a code with its parameters (wording.chooser words it).

    Parameters by code: every code has "platform" (its name) except the no-law codes;
    "citation" is the article the request rests on, or None when the sources give none (then
    "law" names the law); "quicker" is (control kind, control title) of the platform's own
    control in the user's region, or None.
    """

    type_id: str | None  # None: no request fits (the code says why)
    law_id: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Context:
    platform: Any  # catalog.Platform (duck-typed: name, training_for, training_controls_for)
    law: Law
    quicker: tuple[str, str] | None  # the platform's own control (kind, title), if it has one here
    basis: str | None  # the legal basis the platform claims in the user's region, if any
    language: str | None  # whose names for the law its citations use (DSGVO in German)

    def recommend(self, type_id: str, code: str, **params: Any) -> Recommendation:
        citation = get_request_type(type_id).citation(self.law, self.language)
        return Recommendation(
            type_id,
            self.law.id,
            code,
            {
                "platform": self.platform.name,
                "citation": citation or None,
                "law": self.law.name_in(self.language),
                "quicker": self.quicker,
                **params,
            },
        )


def recommend_requests(
    platform: Any, country: str, state: str = "", done: Collection[str] = (), language: str | None = None
) -> list[Recommendation]:
    """The requests that fit this platform for a user in `country` (and US `state`). `done`:
    ids of the platform's controls the user has already used, which are not offered as quicker;
    `language`: the reader's, for the law's name in citations (English where None)."""
    law_id = default_law_for(country, state)
    if law_id is None:
        return [_no_law(country, state, platform)]
    law = get_law(law_id)
    region = user_region(country, state)
    controls = [c for c in platform.training_controls_for(region) if c.id not in done]
    training = platform.training_for(region)
    quicker = (controls[0].kind, controls[0].title) if controls else None
    basis = training.basis if training else None
    return _CHOOSERS[law.family](_Context(platform, law, quicker, basis, language))


def _gdpr_family(ctx: _Context) -> list[Recommendation]:
    if ctx.basis == "consent":
        return [ctx.recommend("gdpr-withdraw-consent", "withdraw_consent")]
    if ctx.basis == "legitimate_interest":
        return [ctx.recommend("gdpr-objection-ai", "object_legitimate_interest")]
    if ctx.basis == "contract":
        return [ctx.recommend("gdpr-access-ai", "access_contract")]
    return [
        ctx.recommend("gdpr-access-ai", "access_basis_unknown"),
        ctx.recommend("gdpr-objection-ai", "object_as_well"),
    ]


def _ccpa(ctx: _Context) -> list[Recommendation]:
    # An opt-out of sale or sharing (Civ. Code § 1798.120) concerns disclosure to third
    # parties; it does not stop the business using the data itself. Limiting sensitive
    # personal information (§ 1798.121) and deletion (§ 1798.105) reach its own use.
    return [
        ctx.recommend("ccpa-opt-out", "ccpa_opt_out"),
        ctx.recommend("ccpa-limit", "ccpa_limit"),
        ctx.recommend("ccpa-delete", "ccpa_delete"),
    ]


def _us_state(ctx: _Context) -> list[Recommendation]:
    scope = opt_out_scope(ctx.law.id)
    if scope:
        # "purposes": ids of targeted_advertising, sale, profiling; "section": where the law says so.
        opt_out = ctx.recommend(
            "us-state-opt-out", "state_opt_out", purposes=tuple(scope.purposes), section=scope.section or None
        )
    else:
        opt_out = ctx.recommend("us-state-opt-out", "state_opt_out_unresearched")
    return [opt_out, ctx.recommend("us-state-delete", "state_delete")]


def _lgpd(ctx: _Context) -> list[Recommendation]:
    if ctx.basis == "consent":
        return [
            ctx.recommend("lgpd-revoke-consent", "lgpd_revoke_consent"),
            ctx.recommend("lgpd-delete", "lgpd_delete_after_revoking"),
        ]
    # "basis": whether the platform names legitimate interests, or only does not say consent.
    basis = "legitimate_interest" if ctx.basis == "legitimate_interest" else "not_consent"
    return [
        ctx.recommend("lgpd-opposition", "lgpd_oppose", basis=basis),
        ctx.recommend("lgpd-access", "lgpd_access"),
    ]


def _pipeda(ctx: _Context) -> list[Recommendation]:
    return [ctx.recommend("pipeda-access", "pipeda_access")]


_CHOOSERS: dict[str, Callable[[_Context], list[Recommendation]]] = {
    "gdpr": _gdpr_family,
    "ccpa": _ccpa,
    "us-state": _us_state,
    "lgpd": _lgpd,
    "pipeda": _pipeda,
}


def _no_law(country: str, state: str, platform: Any = None) -> Recommendation:
    """No request fits: no country (or US state) set, or no law known for the place; with a
    platform, its own settings are the way out where the place is known."""
    recommendation = no_law_reason(country, state)
    if platform is not None and recommendation.code == "no_law_for_place":
        return Recommendation(
            None, None, "no_law_use_settings", {**recommendation.params, "platform": platform.name}
        )
    return recommendation


def no_law_reason(country: str, state: str = "") -> Recommendation:
    """Why no law of the app protects a user living here (no country or US state set, or none
    known), as a recommendation of no request: codes no_state, no_country, no_law_for_place
    ("place": the country's or state's English name)."""
    country = (country or "").strip().upper()
    state = (state or "").strip().upper()
    if not country:
        return Recommendation(None, None, "no_country")
    if country == "US" and not state:
        return Recommendation(None, None, "no_state")
    if country == "US":
        place = subdivision_names("US").get(state, state)
    else:
        place = country_names().get(country, country)
    return Recommendation(None, None, "no_law_for_place", {"place": place})
