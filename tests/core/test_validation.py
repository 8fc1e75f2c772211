"""The shared value rules, through the services that use them on user input."""

from datetime import date

import pytest

from opt_out_gui.core import validation
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.checklist import ChecklistService
from opt_out_gui.core.delivery.smtp import SmtpSettings
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile, validate
from opt_out_gui.core.tracker import Draft, TrackerService

TODAY = date(2026, 12, 1)
# Characters that split a header or a signature line, or reorder text on screen.
LINE_BREAKERS = ["\x00", "\x0b", "\x0c", "\x1c", "\x7f", "\x85", "\u2028", "\u2029", "\u202e"]


@pytest.mark.parametrize("character", LINE_BREAKERS + ["\n", "\r", "\t"])
def test_single_line_fields_refuse_control_characters(character):
    with pytest.raises(UserError, match=rf"name must be on one line.*U\+{ord(character):04X}"):
        validate(Profile(name=f"Eve{character}Mallory"))
    with pytest.raises(UserError, match="SMTP user must be on one line"):
        SmtpSettings("smtp.example.org", 465, "ssl", f"eve{character}x", "eve@example.org").validated()


@pytest.mark.parametrize("character", LINE_BREAKERS)
def test_multi_line_fields_keep_line_breaks_but_refuse_other_controls(character):
    assert validate(Profile(address="Street 1\r\nTown\tCentre")).address == "Street 1\nTown\tCentre"
    with pytest.raises(UserError, match=rf"address contains the control character U\+{ord(character):04X}"):
        validate(Profile(address=f"Street 1\nTown{character}Centre"))


def test_names_in_any_script_pass():
    name = "Zoë Ñúñez-Łukasiewicz 王小明 محمد\u200c"  # ZWNJ belongs to Persian spelling
    assert validate(Profile(name=name)).name == name


@pytest.mark.parametrize(
    "value, message",
    [
        ("2025-02-30", "'2025-02-30' is not a date that exists"),
        ("20250101", "not a date in the form YYYY-MM-DD"),
        (20250101, "not a date in the form YYYY-MM-DD"),
        ("0001-01-01", "before 2018-05-25, when the GDPR began to apply"),
        ("9999-12-31", "9999-12-31 is in the future"),
        ("2026-12-02", "2026-12-02 is in the future"),
    ],
)
def test_past_dates_are_real_dates_between_the_law_and_today(value, message):
    with pytest.raises(UserError, match=message):
        validation.past_date("date", value, TODAY, "gdpr")


def test_a_law_with_a_known_start_date_uses_it():
    with pytest.raises(UserError, match=r"before CPA took effect \(2023-07-01\)"):
        validation.past_date("date", "2023-06-30", TODAY, "cpa")
    assert validation.past_date("date", "2023-07-01", TODAY, "cpa") == date(2023, 7, 1)
    assert validation.past_date("date", "2018-05-25", TODAY, "gdpr") == date(2018, 5, 25)


@pytest.mark.parametrize("value", [0, 65536, "abc", "4 65", True, 46.5, None, "9" * 400])
def test_ports_are_numbers_from_1_to_65535(value):
    with pytest.raises(UserError, match="is not a number from 1 to 65535"):
        SmtpSettings("smtp.example.org", value, "ssl", "", "eve@example.org").validated()


@pytest.fixture
def tracker(workspace):
    return TrackerService(workspace.store, load_catalog())


def draft(**changes):
    values = dict(
        reference="2026-K3F9Q2M",
        platform="linkedin",
        type="gdpr-objection-ai",
        law="gdpr",
        language="en",
        recipient="LinkedIn Ireland\nprivacy@example.org",
        subject="Objection",
        body="Dear Sir or Madam,\n\nI object.\n",
        channel="email",
    )
    return Draft(**(values | changes))


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"language": "xx"}, "language 'xx' is not one of"),
        ({"law": "nolaw"}, "nolaw"),
        ({"reference": "REF-1"}, "reference 'REF-1' is not like 2026-K3F9Q2M"),
        ({"subject": "Objection\x0bBcc: x@example.org"}, "subject must be on one line"),
        ({"body": "Dear\x0c Sir"}, "body contains the control character U\\+000C"),
        ({"account": "me\u2028you"}, "account must be on one line"),
        ({"platform": "<img src=x>"}, "platform '<img src=x>' is not an id"),
        ({"channel": "pigeon"}, "channel 'pigeon' is not one of"),
    ],
)
def test_a_draft_with_a_bad_value_is_refused_and_nothing_stored(tracker, changes, message):
    with pytest.raises(UserError, match=message):
        tracker.create(draft(**changes))
    assert tracker.all() == []


@pytest.mark.parametrize(
    "on, message",
    [
        (date(1, 1, 1), "before 2018-05-25"),
        (date(9999, 12, 31), "is in the future"),
    ],
)
def test_event_dates_outside_the_law_and_today_are_refused(tracker, on, message):
    request = tracker.create(draft())
    with pytest.raises(UserError, match=message):
        tracker.record(request.id, "sent", on)
    with pytest.raises(UserError, match="note contains the control character U\\+0000"):
        tracker.record(request.id, "sent", date.today(), note="ok\x00")
    assert tracker.get(request.id).status == "draft" and tracker.get(request.id).events == ()


def test_a_forty_digit_id_is_not_found_rather_than_overflowing(tracker):
    with pytest.raises(UserError, match="no request has the id or reference"):
        tracker.find("9" * 40)


def test_checklist_undo_never_creates_an_account(workspace):
    service = ChecklistService(workspace.store, load_catalog())
    control = service.catalog.get("linkedin").controls[0].id
    with pytest.raises(UserError, match="no account 'ghost' for linkedin; nothing to undo"):
        service.mark("linkedin", control, "open", "ghost")
    assert service.accounts() == []
    with pytest.raises(UserError, match="is in the future"):
        service.mark("linkedin", control, "done", "main", date(9999, 1, 1))
    with pytest.raises(UserError, match="before 2018-05-25"):
        service.mark("linkedin", control, "done", "main", date(1, 1, 1))
    with pytest.raises(UserError, match="account name must be on one line"):
        service.mark("linkedin", control, "done", "main\x1cother")
    assert service.accounts() == []


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("jan", "it has no @ sign"),
        ("@example.org", "there is nothing before the @ sign"),
        ("jan@", "there is nothing after the @ sign"),
        ("jan@localhost", "the part after the @ sign needs a dot, as in example.org"),
        ("jan..de@example.org", "it has two dots in a row"),
        (".jan@example.org", "it starts with a dot"),
        ("jan@example.org.", "it ends with a dot"),
        ("jan.@example.org", "it has a dot right before the @ sign"),
        ("jan@.example.org", "it has a dot right after the @ sign"),
        ("jan,de@example.org", "before the @ sign it has characters no address can have: ','"),
        ("jan@exa mple.org", "after the @ sign it has characters no address can have: SPACE"),
        # A rarer reason keeps email_validator's own words.
        ("jan@example.invalid", "is a special-use or reserved name that cannot be used with email"),
    ],
)
def test_an_email_address_is_refused_with_the_reason_in_words_the_gui_translates(typed, reason):
    with pytest.raises(UserError) as refused:
        validation.email_address("email", typed)
    assert str(refused.value).startswith(f"email {typed!r} is not a valid email address: ")
    assert reason in str(refused.value)
