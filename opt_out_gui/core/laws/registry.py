"""Laws, their rights and deadline rules, and the request types, loaded from data/laws.toml.

The TOML file holds the facts and the URL that states each of them; this module only
gives them types and answers look-ups. A user's unknown id raises UserError listing
the valid ones.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from opt_out_gui.core.countries import EEA_COUNTRIES, is_country, region_for_country
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.resources import data_dir

PERIOD_UNITS = ("months", "days", "business_days")
ROLL_FORWARD = ("weekends_and_holidays", "holidays", "none")
HOLIDAY_CALENDARS = ("country", "US-CA", "CA-federal")
# Whether a law lets the company extend a period: "allowed" (an extended_period is given),
# "none" (the cited text says the period cannot be extended) or "unknown" (the sources
# used do not say; never shown as if the law forbade it).
EXTENSION_STATES = ("allowed", "none", "unknown")
RECIPIENTS = ("controller", "authority")
_PERIOD = re.compile(r"^(\d+) (months?|days?|business days?)$")


@dataclass(frozen=True)
class Period:
    count: int
    unit: str  # one of PERIOD_UNITS

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PERIOD.match(text)
        if not match:
            raise ValueError(f"period {text!r} is not like '1 month', '45 days' or '10 business days'")
        unit = match.group(2).rstrip("s").replace(" ", "_") + "s"
        return cls(int(match.group(1)), unit)

    def __str__(self) -> str:
        unit = self.unit.replace("_", " ")
        return f"{self.count} {unit[:-1] if self.count == 1 else unit}"


@dataclass(frozen=True)
class Right:
    id: str
    title: str
    article: str
    source: str


@dataclass(frozen=True)
class Alternative:
    """A second reading of a deadline that the sources allow."""

    replaces: str  # "deadline" or "extended_deadline"
    period: Period
    counted_from: str  # "receipt" or "deadline" (the first deadline before rolling forward)
    label: str
    used_reading: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DeadlineRule:
    kind: str
    period: Period
    period_sources: tuple[str, ...]
    extended_period: Period | None
    extension_sources: tuple[str, ...]
    extension: str  # one of EXTENSION_STATES
    extension_note: str  # why "none" or "unknown", in plain words
    acknowledge_within: Period | None
    acknowledgement_sources: tuple[str, ...]
    roll_forward: str
    holidays: str | None
    counting_sources: tuple[str, ...]
    stated_for: tuple[str, ...]  # empty: the period applies to every request type of the law
    not_stated_note: str
    notes: tuple[str, ...]
    alternatives: tuple[Alternative, ...]

    def applies_fully_to(self, type_id: str | None) -> bool:
        return not self.stated_for or type_id in self.stated_for


@dataclass(frozen=True)
class Law:
    id: str
    family: str
    name: str
    short_name: str
    citation_format: str
    jurisdiction: str
    region: str
    countries: tuple[str, ...]
    state: str | None
    in_force: date | None
    regulator: str | None  # authority id; None where it depends on the user's country (GDPR)
    regulator_note: str
    # True: the law gives an appeal to the company, and the app advises it before a complaint;
    # False: no appeal (or none before a complaint); None: the sources did not capture it.
    appeal_first: bool | None
    appeal_sources: tuple[str, ...]
    appeal_note: str  # what is known about the appeal beyond the period ("" when nothing)
    rights: dict[str, Right]
    deadlines: dict[str, DeadlineRule]
    local_names: dict[str, str]
    notes: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def response_period(self) -> Period:
        return self.deadlines["request"].period

    @property
    def extension(self) -> Period | None:
        """The longest total period from receipt, where the law allows an extension."""
        return self.deadlines["request"].extended_period

    @property
    def acknowledgement(self) -> Period | None:
        return self.deadlines["request"].acknowledge_within

    @property
    def appeal_period(self) -> Period | None:
        """How long the company has to decide an appeal, where a source states it."""
        rule = self.deadlines.get("appeal")
        return rule.period if rule else None

    def name_in(self, language: str | None) -> str:
        """The short name a letter in this language uses (DSGVO in German)."""
        return self.local_names.get(language or "", self.short_name)

    def cite(self, right_id: str, language: str | None = None) -> str | None:
        right = self.rights.get(right_id)
        if right is None:
            return None
        return self.citation_format.format(article=right.article, name=self.name_in(language))

    def covers(self, country: str, state: str = "") -> bool:
        if self.state is not None:
            return country in self.countries and state == self.state
        if self.countries:
            return country in self.countries
        return region_for_country(country) == self.region

    def all_sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = dict.fromkeys(self.sources)
        seen.update(dict.fromkeys(r.source for r in self.rights.values()))
        for rule in self.deadlines.values():
            for group in (rule.period_sources, rule.extension_sources, rule.acknowledgement_sources):
                seen.update(dict.fromkeys(group))
            seen.update(dict.fromkeys(rule.counting_sources))
        seen.update(dict.fromkeys(self.appeal_sources))
        return tuple(seen)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "family": self.family,
            "name": self.name,
            "short_name": self.short_name,
            "local_names": dict(self.local_names),
            "jurisdiction": self.jurisdiction,
            "countries": list(self.countries),
            "state": self.state,
            "in_force": self.in_force.isoformat() if self.in_force else None,
            "response_period": str(self.response_period),
            "extended_period": str(self.extension) if self.extension else None,
            "acknowledge_within": str(self.acknowledgement) if self.acknowledgement else None,
            "extension": self.deadlines["request"].extension,
            "extension_note": self.deadlines["request"].extension_note or None,
            "regulator": self.regulator,
            "regulator_note": self.regulator_note or None,
            "appeal_first": self.appeal_first,
            "appeal_period": str(self.appeal_period) if self.appeal_period else None,
            "appeal_note": self.appeal_note or None,
            "rights": [
                {"id": r.id, "title": r.title, "citation": self.cite(r.id), "source": r.source}
                for r in self.rights.values()
            ],
            "notes": list(self.notes),
            "sources": list(self.all_sources()),
        }


# The purposes a US state law lets a consumer opt out of, in the order statutes list them.
OPT_OUT_PURPOSES = ("targeted_advertising", "sale", "profiling")


@dataclass(frozen=True)
class OptOutScope:
    """What an opt-out reaches under one state law, and the section that says so."""

    purposes: tuple[str, ...]  # of OPT_OUT_PURPOSES
    section: str | None  # None: the sources name the purposes but not the subsection
    sources: tuple[str, ...]
    profiling: str | None = None  # the statute's words for the profiling opt-out, first person


@dataclass(frozen=True)
class VerificationGuidance:
    """What a company may ask to verify a requester's identity, and the reply letter to use."""

    family: str
    code: str  # stable id a front end or the tracker's next step refers to
    points: tuple[str, ...]
    letter_type: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RequestType:
    id: str
    family: str
    title: str
    description: str
    rights: tuple[str, ...]
    recipient: str  # "controller" or "authority"
    deadline_rule: str | None  # key into Law.deadlines; None: no response period applies
    needs_previous_request: bool  # reminders and complaints refer to an earlier request's date
    laws: tuple[str, ...]
    articles: dict[str, str | None]  # law id -> citation, None where the sources give no article
    # The provision that sets this type's response period where it differs from the law's
    # general rule (11 CCR § 7026(f)(1) for a CCPA opt-out); None: the law's own rule.
    period_citation: str | None = None
    # A provision outside the law's rights table (a regulation, another Act) the type rests on.
    statute_citation: str | None = None
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # Law id -> what an opt-out under that law reaches (us-state-opt-out only).
    opt_outs: dict[str, OptOutScope] = field(default_factory=dict)

    def citation(self, law: Law, language: str | None = None) -> str | None:
        return self.statute_citation or _join_citations(law, self.rights, language)

    def missing_article_note(self, law: Law) -> str | None:
        if self.articles.get(law.id):
            return None
        return f"The sources give no {law.short_name} article or section for this request."

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "family": self.family,
            "title": self.title,
            "description": self.description,
            "recipient": self.recipient,
            "needs_previous_request": self.needs_previous_request,
            "laws": list(self.laws),
            "articles": dict(self.articles),
            "period_citation": self.period_citation,
            "notes": list(self.notes),
            "sources": list(self.sources),
        }


def _join_citations(law: Law, right_ids: tuple[str, ...], language: str | None = None) -> str | None:
    cited = [c for c in (law.cite(r, language) for r in right_ids) if c]
    return "; ".join(cited) or None


@dataclass(frozen=True)
class Registry:
    laws: dict[str, Law]
    request_types: dict[str, RequestType]
    family_titles: dict[str, str]
    verification: dict[str, VerificationGuidance]


@cache
def registry() -> Registry:
    raw = tomllib.loads((data_dir() / "laws.toml").read_text(encoding="utf-8"))
    families = raw["families"]
    laws = {}
    for item in raw["law"]:
        law = _parse_law(item, tuple(families[item["family"]]["notes"]))
        laws[law.id] = law
    types = {}
    for item in raw["request_type"]:
        request_type = _parse_request_type(item, laws)
        types[request_type.id] = request_type
    verification = {item["family"]: _parse_verification(item, types) for item in raw.get("verification", ())}
    return Registry(laws, types, {name: family["title"] for name, family in families.items()}, verification)


def _parse_law(item: dict[str, Any], family_notes: tuple[str, ...]) -> Law:
    countries = tuple(item.get("countries", ()))
    if not countries and item["region"] == "eu":
        countries = tuple(sorted(EEA_COUNTRIES))
    return Law(
        id=item["id"],
        family=item["family"],
        name=item["name"],
        short_name=item["short_name"],
        citation_format=item["citation"],
        jurisdiction=item["jurisdiction"],
        region=item["region"],
        countries=countries,
        state=item.get("state"),
        in_force=item.get("in_force"),
        regulator=item.get("regulator"),
        regulator_note=item.get("regulator_note", ""),
        appeal_first=item.get("appeal_first"),
        appeal_sources=tuple(item.get("appeal_sources", ())),
        appeal_note=item.get("appeal_note", ""),
        rights={
            right_id: Right(right_id, right["title"], right["article"], right["source"])
            for right_id, right in item.get("rights", {}).items()
        },
        deadlines={kind: _parse_rule(kind, rule) for kind, rule in item["deadlines"].items()},
        local_names=dict(item.get("local_names", {})),
        notes=family_notes + tuple(item.get("notes", ())),
        sources=tuple(item["sources"]),
    )


def _parse_rule(kind: str, rule: dict[str, Any]) -> DeadlineRule:
    def optional_period(key: str) -> Period | None:
        return Period.parse(rule[key]) if key in rule else None

    roll_forward = rule["roll_forward"]
    holidays = rule.get("holidays")
    if roll_forward not in ROLL_FORWARD or (holidays is not None and holidays not in HOLIDAY_CALENDARS):
        raise ValueError(f"laws.toml: deadline rule {kind!r}: bad roll_forward or holidays")
    extension = "allowed" if "extended_period" in rule else rule.get("extension", "unknown")
    if extension not in EXTENSION_STATES or (extension == "allowed") != ("extended_period" in rule):
        raise ValueError(f"laws.toml: deadline rule {kind!r}: extension {extension!r} does not fit")
    if extension == "none" and not rule.get("extension_sources"):
        raise ValueError(f"laws.toml: deadline rule {kind!r}: 'no extension' needs extension_sources")
    return DeadlineRule(
        kind=kind,
        period=Period.parse(rule["period"]),
        period_sources=tuple(rule["period_sources"]),
        extended_period=optional_period("extended_period"),
        extension_sources=tuple(rule.get("extension_sources", ())),
        extension=extension,
        extension_note=rule.get("extension_note", ""),
        acknowledge_within=optional_period("acknowledge_within"),
        acknowledgement_sources=tuple(rule.get("acknowledgement_sources", ())),
        roll_forward=roll_forward,
        holidays=holidays,
        counting_sources=tuple(rule.get("counting_sources", ())),
        stated_for=tuple(rule.get("stated_for", ())),
        not_stated_note=rule.get("not_stated_note", ""),
        notes=tuple(rule.get("notes", ())),
        alternatives=tuple(
            Alternative(
                replaces=alt["replaces"],
                period=Period.parse(alt["period"]),
                counted_from=alt["counted_from"],
                label=alt["label"],
                used_reading=alt["used_reading"],
                sources=tuple(alt["sources"]),
            )
            for alt in rule.get("alternatives", ())
        ),
    )


def _parse_request_type(item: dict[str, Any], laws: dict[str, Law]) -> RequestType:
    family_laws = [law for law in laws.values() if law.family == item["family"]]
    if item.get("only_where_appeal"):
        family_laws = [law for law in family_laws if law.appeal_first]
    if "only_laws" in item:
        family_laws = [law for law in family_laws if law.id in item["only_laws"]]
    rights = tuple(item["rights"])
    if item["recipient"] not in RECIPIENTS:
        raise ValueError(f"laws.toml: request type {item['id']!r}: bad recipient {item['recipient']!r}")
    return RequestType(
        id=item["id"],
        family=item["family"],
        title=item["title"],
        description=item["description"],
        rights=rights,
        recipient=item["recipient"],
        deadline_rule=item.get("deadline"),
        needs_previous_request=item.get("needs_previous_request", False),
        laws=tuple(law.id for law in family_laws),
        articles={
            law.id: item.get("statute_citation") or _join_citations(law, rights) for law in family_laws
        },
        period_citation=item.get("period_citation"),
        statute_citation=item.get("statute_citation"),
        notes=tuple(item.get("notes", ())),
        sources=tuple(item.get("sources", ())),
        opt_outs={
            law_id: _parse_opt_out(item["id"], law_id, scope, laws)
            for law_id, scope in item.get("opt_outs", {}).items()
        },
    )


def _parse_opt_out(type_id: str, law_id: str, scope: dict[str, Any], laws: dict[str, Law]) -> OptOutScope:
    purposes = tuple(scope["purposes"])
    if (
        law_id not in laws
        or not purposes
        or not set(purposes) <= set(OPT_OUT_PURPOSES)
        or not scope["sources"]
    ):
        raise ValueError(f"laws.toml: request type {type_id!r}: bad opt-out scope for {law_id!r}")
    return OptOutScope(purposes, scope.get("section"), tuple(scope["sources"]), scope.get("profiling"))


def _parse_verification(item: dict[str, Any], types: dict[str, RequestType]) -> VerificationGuidance:
    if item["letter_type"] not in types or not item["sources"]:
        raise ValueError(f"laws.toml: verification for {item['family']!r}: unknown letter type or no source")
    return VerificationGuidance(
        family=item["family"],
        code=item["code"],
        points=tuple(item["points"]),
        letter_type=item["letter_type"],
        sources=tuple(item["sources"]),
    )


def all_laws() -> list[Law]:
    return list(registry().laws.values())


def get_law(law_id: str) -> Law:
    law = registry().laws.get((law_id or "").strip().lower())
    if law is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown law {law!r}; valid: {laws}"),
            law=law_id,
            laws=", ".join(registry().laws),
        )
    return law


def request_types(law_id: str | None = None) -> list[RequestType]:
    """All request types, or those that apply under one law."""
    types = list(registry().request_types.values())
    if law_id is None:
        return types
    law = get_law(law_id)
    return [t for t in types if law.id in t.laws]


def get_request_type(type_id: str) -> RequestType:
    request_type = registry().request_types.get((type_id or "").strip().lower())
    if request_type is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown request type {type!r}; valid: {types}"),
            type=type_id,
            types=", ".join(registry().request_types),
        )
    return request_type


def verification_guidance(law_id: str) -> VerificationGuidance | None:
    """What a company may ask to verify identity under a law, and the reply letter; None if unsourced."""
    return registry().verification.get(get_law(law_id).family)


def opt_out_scope(law_id: str) -> OptOutScope | None:
    """What an opt-out under a US state law reaches; None where the sources do not say."""
    scopes = registry().request_types["us-state-opt-out"].opt_outs
    return scopes.get(get_law(law_id).id)


def default_law_for(country: str, state: str = "") -> str | None:
    """The law that protects a user living in this country (and US state), if the app knows one."""
    country = (country or "").strip().upper()
    state = (state or "").strip().upper()
    if not country:
        return None
    if not is_country(country):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US"
            ),
            country=country,
        )
    # A state law is more specific than a national one, so it is tried first.
    laws = sorted(all_laws(), key=lambda law: law.state is None)
    return next((law.id for law in laws if law.covers(country, state)), None)
