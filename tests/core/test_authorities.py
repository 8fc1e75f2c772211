"""The authority directory and the finder for a user's or a platform's authority."""

import json
from dataclasses import dataclass

import pytest

from opt_out_gui.core import authorities
from opt_out_gui.core.countries import subdivision_names
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.laws import all_laws
from opt_out_gui.resources import data_dir


def test_every_record_keeps_its_source():
    records = json.loads((data_dir() / "authorities.json").read_text(encoding="utf-8"))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert record["source"].strip(), record["id"]
        assert isinstance(record["source_urls"], list), record["id"]
    assert {a.id for a in authorities.all_authorities()} == set(ids)


def test_german_state_authorities_cover_every_land_once():
    mapping = authorities.GERMAN_STATE_AUTHORITIES
    assert set(mapping) == set(subdivision_names("DE"))
    assert len(set(mapping.values())) == len(mapping)
    for authority_id in mapping.values():
        authority = authorities.get_authority(authority_id)
        assert (authority.country_code, authority.level) == ("DE", "state")


@pytest.mark.parametrize(
    ("country", "state", "expected"),
    [
        ("DE", "BY", "debaylda"),  # Bavarian authority for private companies (BayLDA)
        ("de", "be", "deberlbdi"),
        ("DE", "", "debfdi"),  # no Land given: the federal commissioner
        ("FR", "", "frcnil"),
        ("IE", "", "iedpc"),
        ("GB", "", "gbico"),
        ("CH", "", "chedoeb"),
        ("US", "CA", "uscppa"),
        ("US", "VA", "usvaag"),
        ("US", "FL", "usflag"),
        ("BR", "", "brandp"),
        ("CA", "", "caopc"),
    ],
)
def test_authority_for_user(country, state, expected):
    assert authorities.authority_for_user(country, state).id == expected


def test_each_state_law_names_the_regulator_the_finder_returns():
    for law in all_laws():
        if law.state:
            assert authorities.authority_for_user("US", law.state).id == law.regulator, law.id


@pytest.mark.parametrize(
    ("country", "state", "message"),
    [
        ("XX", "", "unknown country 'XX'"),
        ("JP", "", "no authority for JP in the directory; countries with one: AT, BE"),
        ("US", "NY", "no regulator in the directory for the US state NY; states with one: CA, CO"),
        ("US", "", "the US without a state"),
        ("DE", "ZZ", "unknown state 'ZZ' for DE; valid: BW, BY"),
    ],
)
def test_authority_for_user_errors_name_the_valid_choices(country, state, message):
    with pytest.raises(UserError, match=message):
        authorities.authority_for_user(country, state)


@dataclass(frozen=True)
class Ref:
    id: str


@dataclass(frozen=True)
class Platform:
    lead_authority: Ref | None


def test_lead_authority_for_a_platform():
    assert authorities.lead_authority_for(Platform(Ref("iedpc"))).name == "Irish Data Protection Commission"
    assert authorities.lead_authority_for(Platform(None)) is None
    with pytest.raises(UserError, match="unknown authority 'nope'"):
        authorities.lead_authority_for(Platform(Ref("nope")))


def test_authority_json_round_trips_the_record():
    record = next(
        r
        for r in json.loads((data_dir() / "authorities.json").read_text(encoding="utf-8"))
        if r["id"] == "frcnil"
    )
    data = authorities.get_authority("frcnil").to_json()
    assert {key: data[key] for key in record} == record
