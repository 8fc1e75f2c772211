import csv
import io
import json
from datetime import date, timedelta

import pytest

from opt_out_gui.core import laws
from tests.cli.helpers import REQUEST_JSON_KEYS, run


@pytest.fixture
def profile(capsys):
    code, _, _ = run(
        capsys,
        "profile",
        "set",
        "--name",
        "Jan de Vries",
        "--email",
        "jan@example.nl",
        "--address",
        "Damrak 1\\n1012 LG Amsterdam",
        "--country",
        "NL",
        "--lang",
        "en",
    )
    assert code == 0


def add_linkedin_objection(capsys, *options):
    """`opt-out requests add` for an objection to LinkedIn's AI training, with more options."""
    return run(capsys, "requests", "add", "--platform", "linkedin", "--type", "gdpr-objection-ai", *options)


def test_add_with_an_incomplete_profile_names_the_missing_fields(capsys):
    code, out, err = add_linkedin_objection(capsys)
    assert code == 2 and out == ""
    assert err.startswith("opt-out: error: your profile is missing name, email, address, country")
    assert run(capsys, "requests", "list", "--json")[1].strip() == "[]"


def test_add_renders_the_letter_and_sent_starts_the_legal_deadline(capsys, profile):
    sent = date.today() - timedelta(days=40)
    code, out, _ = add_linkedin_objection(
        capsys,
        "--sent",
        sent.isoformat(),
        "--channel",
        "email",
        "--json",
    )
    assert code == 0
    request = json.loads(out)
    expected = laws.compute_deadline("gdpr", sent, "gdpr-objection-ai", "IE")
    assert request["status"] == "sent" and request["sent"] == sent.isoformat()
    assert request["deadline"] == expected.deadline.isoformat()
    assert request["overdue"] is (expected.deadline < date.today())
    assert request["reference"] in request["subject"]
    assert "Jan de Vries" in request["body"] and "Article 21" in request["body"]
    assert request["recipient"].startswith("LinkedIn Ireland Unlimited Company")
    assert [e["kind"] for e in request["events"]] == ["sent"]


def test_list_filters_and_json_keys(capsys, profile):
    add_linkedin_objection(
        capsys,
        "--sent",
        (date.today() - timedelta(days=60)).isoformat(),
    )
    run(capsys, "requests", "add", "--platform", "reddit", "--type", "gdpr-access-ai")
    everything = json.loads(run(capsys, "requests", "list", "--json")[1])
    assert {r["status"] for r in everything} == {"sent", "draft"}
    for key in REQUEST_JSON_KEYS:
        assert all(key in r for r in everything), key
    overdue = json.loads(run(capsys, "requests", "list", "--overdue", "--json")[1])
    assert [r["platform"] for r in overdue] == ["linkedin"]
    drafts = json.loads(run(capsys, "requests", "list", "--status", "draft", "--json")[1])
    assert [r["platform"] for r in drafts] == ["reddit"]
    assert json.loads(run(capsys, "requests", "list", "--due-within", "7", "--json")[1]) == []
    text = run(capsys, "requests", "list", "--overdue")[1]
    assert "linkedin" in text and "overdue by" in text and "reddit" not in text
    # Each request says of itself what the list streams.
    shown = json.loads(run(capsys, "requests", "show", everything[0]["reference"], "--json")[1])
    assert {key: shown[key] for key in everything[0]} == everything[0]


def test_list_shows_type_titles_and_ids_stay_in_json(capsys, profile):
    add_linkedin_objection(capsys)
    text = run(capsys, "requests", "list")[1]
    assert "Objection to AI training" in text and "gdpr-objection-ai" not in text
    assert " Draft " in text  # the status in words, as the app shows it
    [request] = json.loads(run(capsys, "requests", "list", "--json")[1])
    assert request["type"] == "gdpr-objection-ai"


def test_add_help_names_a_type_id_that_works(capsys, profile):
    with pytest.raises(SystemExit):
        run(capsys, "requests", "add", "--help")
    help_text = " ".join(capsys.readouterr().out.split())
    example = help_text.split("request type id, e.g. ")[1].split()[0]
    assert example in {t.id for t in laws.request_types()}
    code, out, _ = run(capsys, "requests", "add", "--platform", "linkedin", "--type", example)
    assert code == 0 and "saved as draft" in out


def test_update_follows_the_allowed_transitions_and_attaches_files(capsys, profile, tmp_path):
    sent = date.today() - timedelta(days=10)
    request = json.loads(
        add_linkedin_objection(
            capsys,
            "--sent",
            sent.isoformat(),
            "--json",
        )[1]
    )
    reference = request["reference"]
    code, _, err = run(capsys, "requests", "update", reference, "--status", "refused")
    assert code == 2 and "reason for the refusal" in err
    reply = tmp_path / "reply.eml"
    reply.write_text("Subject: your request\n\nWe cannot find you.")
    code, out, _ = run(
        capsys,
        "requests",
        "update",
        reference,
        "--status",
        "refused",
        "--reason",
        "no_match",
        "--note",
        "they could not find my account",
        "--date",
        sent.isoformat(),
        "--attach",
        str(reply),
    )
    assert code == 0 and "status refused" in out and "Next step:" in out
    code, _, err = run(capsys, "requests", "update", reference, "--status", "fulfilled")
    assert code == 2
    assert "is refused: it cannot be marked fulfilled; allowed now:" in err and "reopened" in err
    shown = json.loads(run(capsys, "requests", "show", reference.lower(), "--json")[1])
    assert shown["status"] == "refused" and shown["refusal_reason"] == "no_match"
    (attachment,) = shown["events"][-1]["attachments"]
    assert attachment["file_name"] == "reply.eml" and len(attachment["sha256"]) == 64
    assert shown["next_step"]["action"] == "complaint"
    code, _, err = run(capsys, "requests", "update", reference, "--status", "reopened", "--date", "tomorrow")
    assert code == 2 and "--date 'tomorrow' is not a date" in err


def test_export_formats_and_backup_restore(capsys, profile, tmp_path, monkeypatch):
    add_linkedin_objection(
        capsys,
        "--sent",
        date.today().isoformat(),
    )
    rows = list(csv.DictReader(io.StringIO(run(capsys, "requests", "export", "--format", "csv")[1])))
    assert [r["platform"] for r in rows] == ["linkedin"]
    ics = tmp_path / "deadlines.ics"
    assert run(capsys, "requests", "export", "--format", "ics", "--out", str(ics))[0] == 0
    assert b"BEGIN:VALARM" in ics.read_bytes() and b"LinkedIn" in ics.read_bytes()
    code, _, err = run(capsys, "requests", "export", "--format", "ics", "--out", str(ics))
    assert code == 2 and "exists already" in err

    backup = tmp_path / "backup.json"
    assert run(capsys, "backup", "--out", str(backup))[0] == 0
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 2 and "--force" in err
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "--data-dir", str(elsewhere), "restore", str(backup))
    assert code == 0 and "1 requests" in out
    again = tmp_path / "again.json"
    run(capsys, "--data-dir", str(elsewhere), "backup", "--out", str(again))
    assert again.read_text() == backup.read_text()
    code, out, _ = run(capsys, "restore", str(backup), "--force")
    assert code == 0 and "kept in" in out


def test_received_date_is_recorded_corrected_and_shown(capsys, profile):
    # GDPR Art. 12(3): one month "of receipt". Posted to LinkedIn's Irish controller from the
    # Netherlands on 2025-03-03, received (tracking) on Thursday 2025-03-06: due 2025-04-07,
    # as 6 April 2025 is a Sunday; counted from sending it would be 2025-04-03.
    code, out, _ = add_linkedin_objection(
        capsys, "--sent", "2025-03-03", "--received", "2025-03-06", "--channel", "post", "--json"
    )
    assert code == 0
    request = json.loads(out)
    assert (request["sent"], request["received"], request["received_basis"]) == (
        "2025-03-03",
        "2025-03-06",
        "entered",
    )
    assert request["deadline"] == "2025-04-07"
    code, out, _ = run(capsys, "requests", "update", request["reference"], "--received", "2025-03-10")
    assert code == 0 and "received 2025-03-10; deadline 2025-04-10" in out
    code, out, _ = run(capsys, "requests", "show", str(request["id"]))
    assert "Received:           2025-03-10 (the date you entered)" in out
    assert "2025-04-10 (counted from receipt on 2025-03-10)" in out


def test_received_date_errors_name_the_problem(capsys, profile):
    code, _, err = add_linkedin_objection(capsys, "--received", "2025-03-06")
    assert code == 2 and "--received needs --sent" in err
    code, _, err = add_linkedin_objection(capsys, "--sent", "2025-03-03", "--received", "2025-03-01")
    assert code == 2 and "2025-03-01 is before the request was sent (2025-03-03)" in err
    assert json.loads(run(capsys, "requests", "list", "--json")[1]) == []  # nothing half-written
    code, out, _ = add_linkedin_objection(capsys)
    code, _, err = run(capsys, "requests", "update", "1")
    assert code == 2 and "give --status S (what happened) or --received DATE" in err
