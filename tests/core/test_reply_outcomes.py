"""What a reply says: a first guess from its text, and the event that records it."""

from datetime import date

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.delivery.replies import OutcomeGuess, guess_outcome, record_outcome
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.tracker import TrackerService
from opt_out_gui.core.workspace import open_workspace
from tests.core.test_tracker import new_request


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To verify your identity, please send a copy of your passport.", OutcomeGuess("needs_info")),
        ("Bitte senden Sie uns eine Kopie Ihres Ausweises.", OutcomeGuess("needs_info")),
        ("Merci de nous fournir un justificatif d'identité.", OutcomeGuess("needs_info")),
        ("We have extended the period by two further months.", OutcomeGuess("extended")),
        ("Wir müssen die Frist um zwei Monate verlängern.", OutcomeGuess("extended")),
        ("We could not find an account linked to this address.", OutcomeGuess("refused", "no_match")),
        ("We cannot identify you as the data subject.", OutcomeGuess("refused", "no_match")),
        ("We are not in a position to identify you in our records.", OutcomeGuess("refused", "no_match")),
        ("We must decline: our legitimate interest prevails.", OutcomeGuess("refused", "other")),
        ("Wir lehnen Ihren Antrag ab.", OutcomeGuess("refused", "other")),
        ("Hemos rechazado su solicitud.", OutcomeGuess("refused", "other")),
        ("We have partially completed your request.", OutcomeGuess("partially_fulfilled")),
        ("Your data has been deleted.", OutcomeGuess("fulfilled")),
        ("Ihre Daten wurden gelöscht.", OutcomeGuess("fulfilled")),
        ("Nous avons supprimé vos données.", OutcomeGuess("fulfilled")),
        ("Thank you for your message.", None),
    ],
)
def test_a_guess_from_the_text(text, expected):
    assert guess_outcome(text) == expected


@pytest.fixture
def service(data_dir):
    workspace = open_workspace(str(data_dir))
    yield TrackerService(workspace.store, load_catalog())
    workspace.close()


def test_the_outcome_is_recorded_as_its_event(service):
    request = new_request(service)
    service.record(request.id, "sent", date(2025, 1, 31), today=date(2025, 3, 1))
    refused = record_outcome(
        service, request.id, "refused", date(2025, 2, 20), "no_match", today=date(2025, 3, 1)
    )
    assert (refused.status, refused.refusal_reason) == ("refused", "no_match")
    assert refused.events[-1].note == "From the reply of 2025-02-20."
    # A refused request is not fulfilled without being reopened: the lifecycle says so.
    with pytest.raises(UserError, match="reopened before it can be fulfilled"):
        record_outcome(service, request.id, "fulfilled", date(2025, 2, 25), today=date(2025, 3, 1))
    with pytest.raises(UserError, match="not one of"):
        record_outcome(service, request.id, "reply_received", date(2025, 2, 25), today=date(2025, 3, 1))
    assert service.get(request.id).status == "refused"
