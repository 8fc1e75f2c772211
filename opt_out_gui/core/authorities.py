"""Supervisory authorities and regulators to complain to, from data/authorities.json.

The JSON is a copy of shared/reference/supervisory-authorities.json: complaint contacts
from the datenanfragen/data repository (CC0) and the yourdigitalrights.org dataset. Each
record names its `source` and `source_urls`; a field no source gave is null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from opt_out_gui.core.countries import find_country, is_subdivision, subdivision_names
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.resources import data_dir

# Land -> the state authority for private companies there. Each record's name or
# address names its Land. Bavaria has a second authority (debayldb) for public bodies.
GERMAN_STATE_AUTHORITIES = {
    "BW": "debawueldb",
    "BY": "debaylda",
    "BE": "deberlbdi",
    "BB": "debralda",
    "HB": "debrelfdi",
    "HH": "dehmbbfdi",
    "HE": "dehessbdi",
    "MV": "demvldi",
    "NI": "dendslfd",
    "NW": "denrwldi",
    "RP": "derlpbdi",
    "SL": "desaarudz",
    "SN": "desaechsdsb",
    "ST": "desalbd",
    "SH": "deshuld",
    "TH": "detlfdi",
}
# California has two regulators; the CPPA (CalPrivacy) takes privacy complaints online.
CALIFORNIA_AUTHORITY = "uscppa"
# Why the federal BfDI is never the default for a complaint about a company: it supervises
# federal public bodies and telecommunications providers (BDSG § 9(1)); the Länder authorities
# supervise private companies (BDSG § 40(1)).
BDSG_COMPETENCE_SOURCES = (
    "https://www.buzer.de/9_BDSG_Bundesdatenschutzgesetz.htm",
    "https://gdpr.berlin/federal-law-bdsg/9-bdsg-zustandigkeit",
    "https://gdpr.berlin/federal-law-bdsg/40-bdsg-aufsichtsbehorden-der-lander-2",
)

# ComplaintRoute.basis codes: why this authority (the fronts word them).
ROUTE_REGULATOR = "regulator"  # the law names one regulator (UK ICO, CPPA, a state Attorney General...)
ROUTE_OWN = "own"  # GDPR Art. 77(1): the authority where the user lives
ROUTE_LEAD = "lead"  # the EU lead supervisory authority of the platform (one-stop shop)


@dataclass(frozen=True)
class Authority:
    id: str
    name: str
    country: str
    country_code: str
    jurisdiction: str
    level: str
    web: str | None
    complaint_url: str | None
    email: str | None
    address: str | None
    phone: str | None
    fax: str | None
    complaint_language: str | None
    law_url: str | None
    source: str
    source_urls: tuple[str, ...]
    notes: tuple[str, ...]

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Authority:
        return cls(
            id=record["id"],
            name=record["name"],
            country=record["country"],
            country_code=record["country_code"],
            jurisdiction=record["jurisdiction"],
            level=record["level"],
            web=record["web"],
            complaint_url=record["complaint_url"],
            email=record["email"],
            address=record["address"],
            phone=record["phone"],
            fax=record["fax"],
            complaint_language=record["complaint_language"],
            law_url=record.get("law_url"),
            source=record["source"],
            source_urls=tuple(record["source_urls"]),
            notes=tuple(record["notes"]),
        )

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        return data | {"source_urls": list(self.source_urls), "notes": list(self.notes)}


@cache
def _directory() -> dict[str, Authority]:
    records = json.loads((data_dir() / "authorities.json").read_text(encoding="utf-8"))
    return {record["id"]: Authority.from_json(record) for record in records}


def all_authorities() -> list[Authority]:
    return list(_directory().values())


def get_authority(authority_id: str) -> Authority:
    authority = _directory().get(authority_id)
    if authority is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown authority {authority!r}; valid: {authorities}"),
            authority=authority_id,
            authorities=", ".join(_directory()),
        )
    return authority


def authorities_in(country: str) -> list[Authority]:
    code = _checked_country(country)
    return [a for a in all_authorities() if a.country_code == code]


def authority_for_user(country: str, state: str = "") -> Authority:
    """Where a user living here complains: the Land authority in Germany, the state
    regulator in the US (CPPA for California), else the national authority."""
    code = _checked_country(country)
    state = (state or "").strip().upper()
    if state and not is_subdivision(code, state):
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown state {state!r} for {country}; valid: {states}"),
            state=state,
            country=code,
            states=", ".join(subdivision_names(code)),
        )
    if code == "DE" and state in GERMAN_STATE_AUTHORITIES:
        return get_authority(GERMAN_STATE_AUTHORITIES[state])
    if code == "US":
        return _us_state_regulator(state)
    national = [a for a in authorities_in(code) if a.level in ("national", "federal")]
    if not national:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "no authority for {country} in the directory; countries with one: {countries}"
            ),
            country=code,
            countries=_covered(),
        )
    return national[0]


@dataclass(frozen=True)
class ComplaintRoute:
    """Where a complaint under a law goes, and the other authority the user may choose."""

    authority: Authority
    basis: str  # ROUTE_REGULATOR, ROUTE_OWN or ROUTE_LEAD
    alternative: Authority | None = None
    alternative_basis: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "authority": self.authority.to_json(),
            "basis": self.basis,
            "alternative": self.alternative.to_json() if self.alternative else None,
            "alternative_basis": self.alternative_basis,
        }


def complaint_route(law: Any, country: str, state: str = "", platform: Any = None) -> ComplaintRoute:
    """The one decision on where a complaint goes: used by the tracker, the letters and the CLI.

    A law with one regulator names it. Under the GDPR (Art. 77(1)) the user may complain
    where they live, work or where the infringement happened: the default is the user's own
    authority (the one a letter in the user's language naturally goes to), the platform's
    lead authority (Art. 56) the alternative; without a country in the EEA, the lead
    authority. In Germany that is the authority of the user's Land: the federal BfDI does
    not supervise private companies (BDSG §§ 9, 40), so a German user must give the Land.
    Raises UserError naming the missing field where no authority can be chosen.
    """
    if law.regulator:
        return ComplaintRoute(get_authority(law.regulator), ROUTE_REGULATOR)
    code = (country or "").strip().upper()
    own = None
    if code and code in law.countries:
        if code == "DE" and (state or "").strip().upper() not in GERMAN_STATE_AUTHORITIES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "state (Land) is required for a complaint from Germany: the authority of your Land "
                    "supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); "
                    "set your Land in your profile",
                ),
                code="land_required",
            )
        own = authority_for_user(code, state)
    lead = lead_authority_for(platform) if platform is not None and law.region == "eu" else None
    if own is not None:
        other = lead if lead is not None and lead.id != own.id else None
        return ComplaintRoute(own, ROUTE_OWN, other, ROUTE_LEAD if other else None)
    if lead is not None:
        return ComplaintRoute(lead, ROUTE_LEAD)
    if code:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country is required for a complaint under {law}: it decides which authority receives it "
            "(Art. 77(1)), and {country} is not where {law} applies; set your country in your profile",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country is required for a complaint under {law}: it decides which authority receives it "
            "(Art. 77(1)), and no country is set; set your country in your profile",
        )
    raise UserError(template, law=law.short_name, country=code)


# Why an authority is listed for a platform (authorities_for_platform), besides the route codes.
ALSO_RESPONSIBLE = "also"  # the directory gives it the same jurisdiction as the user's regulator


def authorities_for_platform(
    platform: Any, law: Any | None, country: str, state: str = ""
) -> list[tuple[Authority, str]]:
    """Who takes a complaint about a platform, for a user living under `law`: (authority, why).

    The authorities of the user's own region come first: where a complaint under the user's
    law goes (complaint_route), then, for a law with a named regulator, any other authority
    the directory lists for the same jurisdiction (the California Attorney General beside the
    CPPA); the platform's EU lead authority follows. Without a law only the lead authority is
    known. Raises UserError where the route needs a profile field (a German user's Land).
    """
    found: dict[str, tuple[Authority, str]] = {}
    if law is not None:
        route = complaint_route(law, country, state, platform)
        found[route.authority.id] = (route.authority, route.basis)
        if route.basis == ROUTE_REGULATOR:  # a law's regulator: others of its jurisdiction too
            for other in all_authorities():
                if (
                    other.id not in found
                    and other.country_code == route.authority.country_code
                    and other.jurisdiction == route.authority.jurisdiction
                ):
                    found[other.id] = (other, ALSO_RESPONSIBLE)
    lead = lead_authority_for(platform)
    if lead is not None and lead.id not in found:
        found[lead.id] = (lead, ROUTE_LEAD)
    return list(found.values())


def _us_state_regulator(state: str) -> Authority:
    if state == "CA":
        return get_authority(CALIFORNIA_AUTHORITY)
    # The state Attorneys General are named by state in their jurisdiction field ("Virginia (VCDPA ...)").
    by_state = {
        code: authority
        for authority in authorities_in("US")
        for code, name in subdivision_names("US").items()
        if authority.level == "state attorney general" and authority.jurisdiction.startswith(f"{name} (")
    }
    if state not in by_state:
        if state:
            template = QT_TRANSLATE_NOOP(
                "Error", "no regulator in the directory for the US state {state}; states with one: {states}"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Error", "no regulator in the directory for the US without a state; states with one: {states}"
            )
        raise UserError(template, state=state, states=", ".join(sorted(by_state | {"CA": None})))
    return by_state[state]


def lead_authority_for(platform: Any) -> Authority | None:
    """The EU lead supervisory authority the catalogue names for a platform, if any."""
    ref = platform.lead_authority
    if ref is None:
        return None
    return get_authority(ref.id)


def _checked_country(country: str) -> str:
    code = find_country(country)
    if code is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, "
                "or an English name",
            ),
            country=country,
        )
    return code


def _covered() -> str:
    return ", ".join(
        sorted({a.country_code for a in all_authorities() if a.level in ("national", "federal")})
    )
