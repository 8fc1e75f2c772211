import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile, missing_fields, validate
from opt_out_gui.core.workspace import open_workspace


@pytest.fixture
def profiles(data_dir):
    workspace = open_workspace(str(data_dir))
    yield workspace.profiles
    workspace.close()


def test_saved_profile_is_normalised_and_read_back(profiles):
    profiles.save(
        Profile(
            name="  Zoë Müller ",
            email="Zoe@Example.ORG",
            address="Hauptstr. 1\n\n 10115 Berlin ",
            country="de",
            state="by",
            language="DE",
        )
    )
    stored = profiles.load()
    assert stored == Profile(
        name="Zoë Müller",
        email="Zoe@example.org",
        address="Hauptstr. 1\n10115 Berlin",
        country="DE",
        state="BY",
        language="de",
    )
    assert stored.region == "eu"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-email", "email 'not-an-email' is not a valid email address"),
        ("country", "XX", "country 'XX' is not a country the app knows"),
        ("language", "sv", "language 'sv' is not offered"),
        ("name", "two\nlines", "name must be on one line"),
    ],
)
def test_invalid_field_is_named_and_nothing_is_stored(profiles, field, value, message):
    with pytest.raises(UserError, match=message):
        profiles.save(Profile(**{field: value}))
    assert not profiles.exists()


def test_unknown_state_lists_valid_codes():
    with pytest.raises(UserError, match=r"state 'ZZ' is not a state of US; valid codes: .*CA"):
        validate(Profile(country="US", state="ZZ"))


def test_us_resident_must_give_a_state(profiles):
    with pytest.raises(UserError, match="state is required"):
        profiles.save(Profile(name="A", country="US"))


def test_update_keeps_other_fields_and_clears_state_of_old_country(profiles):
    profiles.save(Profile(name="Ann", email="ann@example.org", country="US", state="CA"))
    updated = profiles.update(country="FR")
    assert (updated.name, updated.email, updated.country, updated.state) == (
        "Ann",
        "ann@example.org",
        "FR",
        "",
    )


def test_missing_fields_for_letters():
    assert missing_fields(Profile(name="A", country="US")) == ["email", "address", "state"]
    assert missing_fields(Profile(name="A", email="a@b.org", address="x", country="DE")) == []


@settings(max_examples=60, deadline=None)
@given(name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_any_unicode_name_round_trips(tmp_path_factory, name):
    workspace = open_workspace(str(tmp_path_factory.mktemp("p")))
    try:
        if not name.strip():
            return
        workspace.profiles.save(Profile(name=name, country="GB"))
        assert workspace.profiles.load().name == name.strip()
    finally:
        workspace.close()
