"""Countries and regions: which part of the catalogue and which law apply to a user.

ISO 3166 data comes from pycountry (imported lazily: it is only needed when a
profile is edited or a region is derived).
"""

from __future__ import annotations

from functools import cache

# EU member states plus the EEA states Iceland, Liechtenstein and Norway, where
# the GDPR applies (Regulation (EU) 2016/679 as incorporated into the EEA Agreement).
EEA_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)

# Catalogue regions, in display order. "eu" means the EU/EEA; "other" every country
# that no other region names. A US state is a region of its own ("us-ca") where a fact
# differs from the rest of the United States; a fact scoped "us" holds in every state.
REGIONS = ("eu", "uk", "ch", "us", "ca", "br", "other")
# English, for core messages only; the fronts word regions with wording.labels.region_name.
_REGION_NAMES = {
    "eu": "EU/EEA",
    "uk": "United Kingdom",
    "ch": "Switzerland",
    "us": "United States",
    "ca": "Canada",
    "br": "Brazil",
    "other": "Elsewhere",
}
_COUNTRY_REGIONS = {"GB": "uk", "CH": "ch", "US": "us", "CA": "ca", "BR": "br"}
# The 50 states and the District of Columbia (ISO 3166-2:US), for state-scoped facts.
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)


def region_for_country(country_code: str) -> str:
    """Catalogue region of an ISO 3166-1 alpha-2 country code (never a state)."""
    code = country_code.upper()
    if code in EEA_COUNTRIES:
        return "eu"
    return _COUNTRY_REGIONS.get(code, "other")


def user_region(country_code: str, state: str = "") -> str:
    """The most specific region of a place: "us-ca" for California, else the country's region."""
    region = region_for_country(country_code)
    state = (state or "").strip().upper()
    if region == "us" and state in US_STATES:
        return f"us-{state.lower()}"
    return region


def is_region(code: str) -> bool:
    if code in REGIONS:
        return True
    return code.startswith("us-") and code[3:].upper() in US_STATES


def region_lineage(region: str) -> tuple[str, ...]:
    """The region and the regions that contain it, most specific first ("us-ca" -> us-ca, us)."""
    return (region, "us") if region.startswith("us-") else (region,)


def in_scope(scope: tuple[str, ...] | list[str], region: str) -> bool:
    """Whether a fact scoped to these regions holds in `region`."""
    return any(r in scope for r in region_lineage(region))


def region_name(region: str) -> str:
    """English name of a region for core's own messages (errors): "EU/EEA", "California
    (United States)". The fronts show wording.labels.region_name, which translates; a test
    keeps the two equal in English."""
    if region.startswith("us-") and is_region(region):
        state = subdivision_names("US").get(region[3:].upper(), region[3:].upper())
        return f"{state} (United States)"
    return _REGION_NAMES[region]


@cache
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English short name, sorted by name."""
    import pycountry

    pairs = sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda p: p[1])
    return dict(pairs)


@cache
def subdivision_names(country_code: str) -> dict[str, str]:
    """Subdivision code without the country prefix -> name ("CA" -> "California" for US).

    Only top-level states/Länder are listed (outlying areas of the US are kept,
    as pycountry lists them; they are real answers to "which state").
    """
    import pycountry

    found = pycountry.subdivisions.get(country_code=country_code.upper()) or []
    pairs = sorted(
        ((s.code.split("-", 1)[1], s.name) for s in found if s.parent_code is None),
        key=lambda p: p[1],
    )
    return dict(pairs)


def is_country(code: str) -> bool:
    return code.upper() in country_names()


def is_subdivision(country_code: str, code: str) -> bool:
    return code.upper() in subdivision_names(country_code)


# Names people write for a country that ISO 3166 does not list: "UK" is reserved for the
# United Kingdom, whose ISO code is GB.
_COUNTRY_ALIASES = {"UK": "GB", "GREAT BRITAIN": "GB", "BRITAIN": "GB"}


def find_country(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code a user means: a code (DE, DEU), an English name
    (Germany, United States) or a common abbreviation (UK, USA); None when nothing fits."""
    wanted = " ".join((text or "").split())
    if not wanted:
        return None
    if wanted.upper() in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[wanted.upper()]
    if is_country(wanted):
        return wanted.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(wanted).alpha_2
    except LookupError:
        return None


def close_country_names(text: str, n: int = 3) -> list[str]:
    """Country names like a misspelled or short one ("Russia" -> Russian Federation)."""
    import difflib

    names = {name.casefold(): name for name in country_names().values()}
    wanted = (text or "").strip().casefold()
    if not wanted:
        return []
    # A name that contains what was typed ("Russia" in "Russian Federation") comes first.
    containing = [key for key in names if wanted in key]
    close = difflib.get_close_matches(wanted, names, n=n, cutoff=0.6)
    return [names[key] for key in dict.fromkeys(containing + close)][:n]


def find_subdivision(country_code: str, text: str) -> str | None:
    """The code (without the country prefix) of a state a user means: its code (CA, US-CA)
    or its name (California); None when nothing fits."""
    known = subdivision_names(country_code)
    wanted = " ".join((text or "").split())
    code = wanted.upper().removeprefix(f"{country_code.upper()}-")
    if code in known:
        return code
    by_name = {name.casefold(): code for code, name in known.items()}
    return by_name.get(wanted.casefold())
