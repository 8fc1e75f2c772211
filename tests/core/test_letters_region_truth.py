"""A letter states only facts true in the recipient's region, for every platform and law.

Table-driven over the whole catalogue (plus a fictional platform with a controller in every
region): the controller is the region's own, a dated change of another region is never
mentioned, a legal basis appears only under a law that has legal bases and only when the
platform claims it for that region, and no letter claims the platform names no entity.
"""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import format_date

from opt_out_gui.core import laws, letters
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.recipients import NoContactError, catalog_region
from tests.conftest import catalog_with_examples

TODAY = date(2026, 11, 30)
EARLIER = date(2026, 9, 1)
# One resident per law the app writes letters under, with the request that carries platform facts.
RESIDENTS = {
    "gdpr": (Profile("Eva Berg", "eva@example.eu", "Damrak 1\n1012 LG Amsterdam", "NL"), "gdpr-objection-ai"),
    "uk-gdpr": (Profile("Ann Smith", "ann@example.co.uk", "1 High St\nLondon", "GB"), "gdpr-objection-ai"),
    "fadp": (
        Profile("Anna Meier", "anna@example.ch", "Bahnhofstrasse 1\n8001 Zürich", "CH"),
        "gdpr-objection-ai",
    ),
    "ccpa": (
        Profile("Maria Núñez", "mj@example.com", "1 Main St\nSacramento, CA", "US", "CA"),
        "ccpa-opt-out",
    ),
    "vcdpa": (
        Profile("Dana White", "dana@example.com", "2 Oak Ave\nRichmond, VA", "US", "VA"),
        "us-state-opt-out",
    ),
    "lgpd": (Profile("João Silva", "joao@example.com.br", "Rua Augusta 100\nSão Paulo", "BR"), "lgpd-delete"),
    "pipeda": (
        Profile("Marie Roy", "marie@example.ca", "1 rue Principale\nMontréal QC", "CA"),
        "pipeda-access",
    ),
}
CATALOG = catalog_with_examples()
CASES = [(p.id, law_id) for p in CATALOG.platforms for law_id in RESIDENTS]


def _dates_in(body: str, day: date, law_id: str) -> bool:
    written = {format_date(day, "long", locale=locale) for locale in ("en_GB", "en_US", "en_CA", "en")}
    written.add(letters.format_letter_date(day, "en", law_id))
    return any(text in body for text in written)


@pytest.mark.parametrize(("platform_id", "law_id"), CASES, ids=[f"{p}-{law}" for p, law in CASES])
def test_letter_holds_only_facts_of_the_recipients_region(platform_id, law_id):
    platform = CATALOG.get(platform_id)
    profile, type_id = RESIDENTS[law_id]
    law = laws.get_law(law_id)
    region = catalog_region(law)
    try:
        letter = letters.compose_letter(
            platform, type_id, law_id, "en", profile, reference="2026-ABCDEFG", today=TODAY
        )
    except NoContactError:
        controller = platform.controller_for(region)
        assert controller is None or not controller.channels(), "a known contact must be used"
        return
    body = letter.body
    controller = platform.controller_for(region)
    assert letter.recipient.entity == controller.entity
    assert "does not name the entity" not in body
    in_region = {e.date for e in platform.events_for(region)}
    for event in platform.events:
        if event.date not in in_region and event.date <= TODAY:
            assert not _dates_in(body, event.date, law_id), (event.date, event.regions, region)
    training = platform.training_for(region)
    claims_interests = "on legitimate interests" in body
    expected = training is not None and training.basis == "legitimate_interest" and law.family == "gdpr"
    assert claims_interests == (expected and law.id != "fadp")
    if law.family in ("ccpa", "us-state", "pipeda") or law.id == "fadp":
        assert "legal basis" not in body


def test_the_fictional_platform_has_an_answer_for_every_law():
    platform = CATALOG.get("example-social")
    for law_id, (profile, type_id) in RESIDENTS.items():
        letter = letters.compose_letter(
            platform, type_id, law_id, "en", profile, reference="2026-ABCDEFG", today=TODAY
        )
        assert letter.recipient.entity == platform.controller_for(catalog_region(laws.get_law(law_id))).entity
    eu = letters.compose_letter(
        platform,
        "gdpr-objection-ai",
        "gdpr",
        "en",
        RESIDENTS["gdpr"][0],
        reference="2026-ABCDEFG",
        today=TODAY,
    )
    us = letters.compose_letter(
        platform, "ccpa-opt-out", "ccpa", "en", RESIDENTS["ccpa"][0], reference="2026-ABCDEFG", today=TODAY
    )
    assert "September 15, 2025" not in us.body and "15 September 2025" in eu.body
    assert "legitimate interests" in eu.body and "legitimate interests" not in us.body
