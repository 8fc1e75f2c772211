"""One decision on where a complaint goes, used by the tracker, the complaint letter and the CLI.

GDPR Art. 77(1): a data subject may complain "in particular in the Member State of his or
her habitual residence, place of work or place of the alleged infringement"; the lead
authority (Art. 56) is the other choice. The app's default is the user's own authority.
In Germany the Länder authorities supervise private companies (BDSG § 40(1)); the federal
BfDI supervises federal public bodies and telecommunications providers (BDSG § 9(1)).
"""

import json
from datetime import date, timedelta

import pytest

from opt_out_gui.cli import main
from opt_out_gui.core import authorities, laws
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.letters import LetterOptions, compose_letter
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.wording.advice import advice_text

BERLIN = Profile(
    name="Eva Berg", email="eva@example.org", address="A 1\n10115 Berlin", country="DE", state="BE"
)
SENT_ON = date(2025, 1, 31)
TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def tracker_step(data_dir, catalog, profile, platform="linkedin", law="gdpr", type_id="gdpr-objection-ai"):
    workspace = open_workspace(str(data_dir))
    service = TrackerService(workspace.store, catalog)
    request = service.create(
        Draft("2026-K3F9Q2M", platform, type_id, law, "en", "x", "subject", "body", channel="email")
    )
    service.record(request.id, "sent", SENT_ON)
    refused = service.record(request.id, "refused", SENT_ON + timedelta(days=5), reason="other")
    step = service.next_step(refused, TODAY, profile)
    workspace.close()
    return step


def complaint_letter(catalog, profile, platform="linkedin", law="gdpr", type_id="gdpr-complaint"):
    return compose_letter(
        catalog.get(platform),
        type_id,
        law,
        "en",
        profile,
        reference="2026-K3F9Q2N",
        today=TODAY,
        options=LetterOptions(earlier_date=SENT_ON),
    )


def cli_route(capsys, data_dir, platform, law):
    code = main(["--data-dir", str(data_dir), "authorities", "--for", platform, "--law", law, "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else err)


def test_a_berlin_user_is_sent_to_berlin_by_the_tracker_the_letter_and_the_cli(data_dir, catalog, capsys):
    berlin = authorities.get_authority(authorities.GERMAN_STATE_AUTHORITIES["BE"])
    irish = authorities.get_authority("iedpc")
    route = authorities.complaint_route(laws.get_law("gdpr"), "DE", "BE", catalog.get("linkedin"))
    assert (route.authority, route.basis) == (berlin, authorities.ROUTE_OWN)
    assert (route.alternative, route.alternative_basis) == (irish, authorities.ROUTE_LEAD)

    step = tracker_step(data_dir, catalog, BERLIN)
    assert (step.action, step.authority) == ("complaint", berlin.name)
    assert irish.name in advice_text(step)  # the alternative is visible too
    assert complaint_letter(catalog, BERLIN).recipient.entity == berlin.name
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(BERLIN)
    workspace.close()
    code, data = cli_route(capsys, data_dir, "linkedin", "gdpr")
    assert code == 0 and data["authority"]["id"] == berlin.id and data["alternative"]["id"] == "iedpc"


def test_a_german_user_without_a_land_is_asked_for_it_never_sent_to_the_bfdi(data_dir, catalog, capsys):
    no_land = Profile(name="Eva Berg", email="eva@example.org", address="A 1", country="DE")
    with pytest.raises(UserError, match=r"state \(Land\) is required.*BDSG §§ 9 and 40.*your profile"):
        authorities.complaint_route(laws.get_law("gdpr"), "DE", "", catalog.get("linkedin"))
    with pytest.raises(UserError, match=r"state \(Land\) is required"):
        complaint_letter(catalog, no_land)
    step = tracker_step(data_dir, catalog, no_land)
    assert step.authority is None and "state (Land) is required" in advice_text(step)
    assert "BfDI" not in (step.authority or "")
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(no_land)
    workspace.close()
    code, err = cli_route(capsys, data_dir, "linkedin", "gdpr")
    assert code == 2 and "state (Land) is required" in err


def test_without_a_country_the_lead_authority_is_the_one_left(catalog):
    route = authorities.complaint_route(laws.get_law("gdpr"), "", "", catalog.get("linkedin"))
    assert (route.authority.id, route.basis, route.alternative) == ("iedpc", authorities.ROUTE_LEAD, None)
    with pytest.raises(UserError, match="country is required for a complaint under GDPR"):
        authorities.complaint_route(laws.get_law("gdpr"), "", "", None)


@pytest.mark.parametrize(
    ("law", "country", "state", "type_id"),
    [
        ("vcdpa", "US", "VA", "us-state-complaint"),
        ("ccpa", "US", "CA", "ccpa-complaint"),
        ("uk-gdpr", "GB", "", "gdpr-complaint"),
    ],
)
def test_a_law_with_one_regulator_routes_there_everywhere(data_dir, catalog, law, country, state, type_id):
    profile = Profile(name="Sam", email="sam@example.org", address="1 Main St", country=country, state=state)
    route = authorities.complaint_route(laws.get_law(law), country, state, catalog.get("notion"))
    assert (route.authority.id, route.basis) == (laws.get_law(law).regulator, authorities.ROUTE_REGULATOR)
    # The letter names the authority as its record does, less a branding note ("branded ...").
    entity = complaint_letter(catalog, profile, "notion", law, type_id).recipient.entity
    assert entity == route.authority.name.split(" (CPPA, branded")[0]
