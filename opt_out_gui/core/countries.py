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

# Catalogue regions, in display order. "eu" means the EU/EEA.
REGIONS = ("eu", "uk", "ch", "us", "other")
REGION_NAMES = {
    "eu": "EU/EEA",
    "uk": "United Kingdom",
    "ch": "Switzerland",
    "us": "United States",
    "other": "Elsewhere",
}


def region_for_country(country_code: str) -> str:
    """Catalogue region of an ISO 3166-1 alpha-2 country code."""
    code = country_code.upper()
    if code in EEA_COUNTRIES:
        return "eu"
    if code == "GB":
        return "uk"
    if code == "CH":
        return "ch"
    if code == "US":
        return "us"
    return "other"


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


# Ways addresses in the catalogue name countries that ISO 3166 spells differently.
_COUNTRY_ALIASES = {"uk": "GB", "the netherlands": "NL", "deutschland": "DE", "u.s.a.": "US"}


def country_code_from_name(name: str) -> str | None:
    """ISO code of a country named on an address line ("United States of America" -> "US"), or None.

    The letters and the tracker both read a controller's country with it, so a letter and
    the tracker count the same public holidays.
    """
    import pycountry

    wanted = name.strip().rstrip(".").strip()
    alias = _COUNTRY_ALIASES.get(wanted.casefold())
    if alias:
        return alias
    try:
        return pycountry.countries.lookup(wanted).alpha_2
    except LookupError:
        return None
