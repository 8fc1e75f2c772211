"""A letter states the same deadline the tracker stores for it (issue 13).

For every platform in the shipped catalogue and every law a letter can be written under,
the deadline in a composed letter must equal the deadline the tracker stores when that
letter is saved and marked sent on the same day, received the same day (GDPR Art. 12(3),
CCPA 11 CCR § 7021(b), PIPEDA s. 8(3) and the state laws all count from receipt). Both use
the law engine; this test guards that they give it the same controller country.

Both ask core.recipients.holiday_country, which reads the controller's country from the
catalogue; this test keeps it that way.
"""

from datetime import date

import pytest

from opt_out_gui.core import laws
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.letters import (
    LetterOptions,
    available_types,
    compose_letter,
    draft_from_letter,
    languages_for,
    laws_for_type,
)
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.recipients import NoContactError
from opt_out_gui.core.tracker import TrackerService
from opt_out_gui.core.workspace import open_workspace

# Tuesday 18 March 2025: one month later is Good Friday 18 April, and Easter Monday follows,
# so a letter and a tracker that disagree on whose holidays count give different dates.
SENT = date(2025, 3, 18)


def _cases():
    """(law, type) for every law with a letter to a controller that starts its own deadline."""
    cases = {}
    for type_id in available_types():
        request_type = laws.get_request_type(type_id)
        if request_type.recipient != "controller" or request_type.needs_previous_request:
            continue
        for law_id in laws_for_type(type_id):
            rule = request_type.deadline_rule
            if rule in laws.get_law(law_id).deadlines:
                cases.setdefault((law_id, rule), type_id)  # one type per deadline rule suffices
    return sorted((law_id, type_id) for (law_id, _), type_id in cases.items())


def _profile(law):
    country = law.countries[0] if len(law.countries) == 1 else "NL"
    return Profile(
        name="Sam Doe",
        email="sam@example.org",
        address="1 Main Street",
        country=country,
        state=law.state or "",
    )


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(("law_id", "type_id"), _cases())
def test_every_platforms_letter_states_the_deadline_the_tracker_stores(data_dir, catalog, law_id, type_id):
    law = laws.get_law(law_id)
    # The tracker refuses a request sent before its law took effect (Indiana's took effect in 2026).
    sent = max(SENT, law.in_force) if law.in_force else SENT
    workspace = open_workspace(str(data_dir))
    service = TrackerService(workspace.store, catalog)
    language = languages_for(type_id, law_id=law_id)[0]
    disagreements = []
    compared = 0
    for number, platform in enumerate(catalog.platforms):
        try:
            letter = compose_letter(
                platform,
                type_id,
                law_id,
                language,
                _profile(law),
                reference=f"2025-T{number:06d}",
                today=sent,
                options=LetterOptions(correction="My birth year is 1980, not 1908."),
            )
        except NoContactError:
            continue  # no published contact: no letter is written, nothing to compare
        compared += 1
        request = service.create(draft_from_letter(letter))
        stored = service.record(request.id, "sent", sent, received=sent)
        tracked = service.deadline_for(stored, sent)
        if (letter.deadline.deadline, letter.deadline.holiday_country) != (
            stored.deadline,
            tracked.holiday_country,
        ):
            disagreements.append(
                (platform.id, letter.deadline.deadline, letter.deadline.holiday_country, stored.deadline)
            )
    workspace.close()
    assert compared > 0, "no platform in the catalogue has a contact for this law"
    assert disagreements == []


def test_the_reddit_objection_of_the_issue_is_due_after_easter_in_both(data_dir, catalog):
    # Reddit's EU controller is in the Netherlands: composed on 18 March 2025, one month is
    # Good Friday 18 April; with Dutch public holidays (Easter Monday 21 April) it is due on
    # Tuesday 22 April (1182/71 Art. 3(4)). The letter used to say 18 April.
    letter = compose_letter(
        catalog.get("reddit"),
        "gdpr-objection-ai",
        "gdpr",
        "en",
        _profile(laws.get_law("gdpr")),
        reference="2025-R000001",
        today=SENT,
    )
    assert (letter.deadline.deadline, letter.deadline.holiday_country) == (date(2025, 4, 22), "NL")
    workspace = open_workspace(str(data_dir))
    service = TrackerService(workspace.store, catalog)
    stored = service.record(service.create(draft_from_letter(letter)).id, "sent", SENT, received=SENT)
    workspace.close()
    assert stored.deadline == date(2025, 4, 22)


def test_a_posted_letter_states_the_deadline_counted_from_its_estimated_receipt(data_dir):
    # The period runs from receipt (Art. 12(3) GDPR "of receipt of the request"); a letter
    # posted inside the UK is estimated to arrive after Royal Mail's three working days.
    from datetime import date

    from opt_out_gui.core import letters
    from opt_out_gui.core.profile import Profile
    from opt_out_gui.core.receipt import estimate_receipt
    from tests.conftest import catalog_with_examples

    platform = catalog_with_examples().get("example-social")  # its UK controller is in GB
    profile = Profile("Ann Smith", "ann@example.co.uk", "1 High St\nLondon", "GB")
    today = date(2026, 3, 2)
    by_email = letters.compose_letter(
        platform, "gdpr-objection-ai", "uk-gdpr", "en", profile, reference="2026-ABCDEFG", today=today
    )
    by_post = letters.compose_letter(
        platform,
        "gdpr-objection-ai",
        "uk-gdpr",
        "en",
        profile,
        reference="2026-ABCDEFG",
        today=today,
        channel="post",
    )
    arrival = estimate_receipt("post", today, "GB", "GB").day
    assert arrival == date(2026, 3, 5) and by_email.deadline.received == today
    assert by_post.deadline.received == arrival and by_post.deadline.deadline > by_email.deadline.deadline
