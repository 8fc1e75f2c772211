"""Every shipped catalogue file validates, and the catalogue covers what the product promises."""

import re
from datetime import date
from pathlib import Path

import pytest

from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir, validate_platform_file

FILES = sorted(shipped_catalog_dir().glob("*.toml"))
REQUIRED_PLATFORMS = (
    "linkedin facebook instagram threads whatsapp x google-gemini youtube google-photos "
    "microsoft-copilot microsoft-365 openai-chatgpt anthropic-claude reddit quora poe slack adobe "
    "tumblr wordpress-com medium substack squarespace wix figma zoom grammarly pinterest snapchat "
    "tiktok amazon-alexa apple discord github-copilot stack-overflow deviantart perplexity "
    "mistral-le-chat dropbox notion canva otter-ai spotify shutterstock hubspot"
).split()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_file_validates(path: Path):
    assert validate_platform_file(path) is None


def test_catalogue_has_every_promised_platform():
    catalog = load_catalog()
    assert catalog.problems == []
    assert len(catalog.platforms) >= 45
    assert set(REQUIRED_PLATFORMS) <= set(catalog.ids())


def test_every_platform_says_how_to_act_in_every_region():
    # Each region gets either a control or an explicit "none" entry, so the app
    # can always say "switch this off" or "send a letter".
    from opt_out_gui.core.countries import REGIONS

    for platform in load_catalog().platforms:
        for region in REGIONS:
            entries = platform.controls_for(region)
            assert entries or platform.training_controls_for(region) == (), platform.id


def test_no_unsourced_emails_or_urls_in_controllers():
    # Every email and web form of a controller sits next to at least one source.
    for platform in load_catalog().platforms:
        for controller in platform.controllers:
            if controller.email or controller.web_form:
                assert controller.sources, platform.id


def test_every_source_was_read_in_the_past():
    for platform in load_catalog().platforms:
        for source in platform.all_sources:
            assert source.read <= date.today(), (platform.id, source.url)


def test_a_country_named_on_an_address_is_the_controllers_country():
    # The deadline's public holidays come from `country`; an address naming another country
    # on its last line would mean one of the two is wrong. (Domestic US addresses name none.)
    import pycountry

    aliases = {"usa": "US", "u.s.a": "US", "us": "US", "uk": "GB", "the netherlands": "NL"}
    for platform in load_catalog().platforms:
        for controller in platform.controllers:
            if not controller.address:
                continue
            last = controller.address[-1].strip().rstrip(".")
            named = aliases.get(last.casefold())
            if named is None:
                try:
                    named = pycountry.countries.lookup(last).alpha_2
                except LookupError:
                    continue
            assert named == controller.country, (platform.id, controller.entity, last)


def test_microsoft_365_connected_experiences_is_not_listed_as_a_training_opt_out():
    platform = load_catalog().get("microsoft-365")
    assert platform.controls
    assert not any(c.training_opt_out and c.kind != "none" for c in platform.controls)


def test_lead_authorities_exist_in_the_authority_directory():
    import json

    from opt_out_gui.resources import data_dir

    shared = data_dir() / "authorities.json"
    if not shared.exists():
        pytest.skip("authority directory not shipped yet")
    raw = json.loads(shared.read_text())
    records = raw if isinstance(raw, list) else raw.get("authorities", [])
    known = {a["id"] for a in records}
    for platform in load_catalog().platforms:
        if platform.lead_authority:
            assert platform.lead_authority.id in known, platform.id


def test_ids_match_file_names_and_are_lowercase():
    for path in FILES:
        assert re.fullmatch(r"[a-z0-9-]+", path.stem)
