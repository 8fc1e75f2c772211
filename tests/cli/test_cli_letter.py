"""`opt-out letter`: letters from the command line, and the errors a user can make."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from email import policy
from email.parser import BytesParser

import pytest

from opt_out_gui.cli import main
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.references import find_reference
from tests.cli.helpers import run

SENDER = ["--name", "Jan de Vries", "--email", "jan@example.nl", "--address", "Damrak 1\\n1012 LG Amsterdam"]


@pytest.fixture(autouse=True)
def dutch_profile(capsys):
    assert main(["profile", "set", "--country", "NL", "--lang", "nl"]) == 0
    capsys.readouterr()


def test_text_letter_to_stdout_uses_flags_over_the_profile(capsys):
    assert main(["letter", "linkedin", "--type", "gdpr-objection-ai", "--account", "jdv-1", *SENDER]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Jan de Vries\nDamrak 1\n1012 LG Amsterdam\n\nLinkedIn Ireland Unlimited Company")
    assert "artikel 21, lid 1, AVG" in out and "(account: jdv-1)" in out
    assert find_reference(out) is not None
    assert main(["profile", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == ""  # the flags did not change the profile


def test_list_types_json_gives_types_languages_and_grounds(capsys):
    assert main(["letter", "--list-types", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {row["id"]: row for row in data["types"]}
    assert by_id["gdpr-objection-ai"]["languages"] == ["en", "de", "fr", "es", "it", "nl", "pl", "pt"]
    assert by_id["ccpa-opt-out"]["languages"] == ["en", "es"]
    assert "grounds" in by_id["gdpr-objection-ai"]["options"]
    assert "safety" in data["grounds"]


def test_list_types_json_names_the_languages_of_each_law(capsys):
    assert main(["letter", "--list-types", "--json"]) == 0
    by_id = {row["id"]: row for row in json.loads(capsys.readouterr().out)["types"]}
    objection = by_id["gdpr-objection-ai"]
    assert objection["laws"] == ["gdpr", "uk-gdpr", "fadp"]
    assert objection["languages_by_law"]["fadp"] == ["en", "de", "fr", "es", "it", "nl", "pl", "pt"]
    assert by_id["lgpd-access"]["languages"] == ["en", "pt"]
    assert by_id["pipeda-access"]["languages"] == ["en", "fr"]


@pytest.mark.parametrize(
    ("scope", "present", "absent"),
    [
        (
            "all-data",
            "all personal data concerning me, and the closure of my account",
            "training, evaluation",
        ),
        ("training-data", "including every copy in training, evaluation", "closure of my account"),
    ],
)
def test_erasure_scope_flag(capsys, scope, present, absent):
    args = ["letter", "adobe", "--type", "gdpr-erasure", "--lang", "en", "--erasure-scope", scope, *SENDER]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert present in out and absent not in out.split("Article 17(1) GDPR I request", 1)[1].split(".")[0]


def test_swiss_letter_in_german_cites_the_dsg(capsys):
    args = ["letter", "adobe", "--type", "gdpr-objection-ai", "--law", "fadp", "--lang", "de", *SENDER]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Art. 30 Abs. 2 lit. b DSG" in out and "DSGVO" not in out


def test_list_types_text(capsys):
    assert main(["letter", "--list-types"]) == 0
    out = capsys.readouterr().out
    assert "gdpr-complaint" in out and "Objection grounds (--ground):" in out


def test_eml_file_parses_with_to_and_subject(tmp_path, capsys):
    out = tmp_path / "adobe.eml"
    assert (
        main(
            [
                "letter",
                "adobe",
                "--type",
                "gdpr-access-ai",
                "--lang",
                "de",
                "--format",
                "eml",
                "--out",
                str(out),
                *SENDER,
            ]
        )
        == 0
    )
    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert message["To"].addresses[0].addr_spec == load_catalog().get("adobe").controller_for("eu").email
    reference = find_reference(message["Subject"])
    assert reference and reference in capsys.readouterr().out
    assert "Art. 15 DSGVO" in message["Subject"]


def test_pdf_is_a_pdf_with_name_and_reference(tmp_path, capsys, qapp):
    # qapp: in one pytest process the widget tests need a QApplication, so it must come first.
    out = tmp_path / "letter.pdf"
    assert (
        main(
            [
                "letter",
                "linkedin",
                "--type",
                "gdpr-objection-ai",
                "--format",
                "pdf",
                "--out",
                str(out),
                *SENDER,
            ]
        )
        == 0
    )
    reference = find_reference(capsys.readouterr().out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF text was not checked")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Jan de Vries" in text and reference in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["letter", "linkedn", "--type", "gdpr-objection-ai"],
            "unknown platform 'linkedn'; valid ids: .*linkedin",
        ),
        (
            ["letter", "linkedin", "--type", "gdpr-objekt"],
            "unknown request type 'gdpr-objekt'; valid types: .*gdpr-objection-ai",
        ),
        (
            ["letter", "linkedin", "--type", "gdpr-objection-ai", "--lang", "sv"],
            "language 'sv' .* choose one of en, de",
        ),
        (["letter", "linkedin", "--type", "gdpr-objection-ai", "--law", "ccpa"], "valid laws: gdpr, uk-gdpr"),
        (["letter", "linkedin"], "--type is required; valid types: .*ccpa-opt-out"),
        (["letter", "linkedin", "--type", "gdpr-reminder", *SENDER], "earlier request date is required"),
        (
            ["letter", "linkedin", "--type", "gdpr-reminder", "--earlier-date", "5 May", *SENDER],
            "--earlier-date '5 May'",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, args, message):
    import re

    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and re.search(message, err), err


@pytest.mark.parametrize(
    ("output_format", "flags", "field"),
    [
        ("pdf", ["--email", "a@example.org", "--address", "Street 1"], "name"),
        ("pdf", ["--name", "A B", "--email", "a@example.org"], "address"),
        ("eml", ["--name", "A B", "--address", "Street 1"], "email"),
    ],
)
def test_missing_sender_field_is_named_and_no_file_is_written(tmp_path, capsys, output_format, flags, field):
    out = tmp_path / f"letter.{output_format}"
    args = [
        "letter",
        "adobe",
        "--type",
        "gdpr-objection-ai",
        "--format",
        output_format,
        "--out",
        str(out),
        *flags,
    ]
    assert main(args) == 2
    assert capsys.readouterr().err.startswith(
        f"opt-out: error: {field} is required for a .{output_format} letter"
    )
    assert not out.exists()


def test_eml_without_controller_email_writes_nothing(tmp_path, capsys):
    out = tmp_path / "l.eml"
    assert (
        main(
            [
                "letter",
                "linkedin",
                "--type",
                "gdpr-objection-ai",
                "--format",
                "eml",
                "--out",
                str(out),
                *SENDER,
            ]
        )
        == 2
    )
    assert "web form" in capsys.readouterr().err
    assert not out.exists()


def test_channel_flag_decides_whether_the_letter_claims_to_be_electronic(capsys):
    # Art. 15(3) GDPR ties the electronic copy to a request made "by electronic means":
    # a posted letter must not claim that.
    assert main(["letter", "adobe", "--type", "gdpr-access-ai", *SENDER]) == 0
    by_email = capsys.readouterr().out
    assert main(["letter", "adobe", "--type", "gdpr-access-ai", "--channel", "post", *SENDER]) == 0
    by_post = capsys.readouterr().out
    assert "nu ik dit verzoek elektronisch indien" in by_email
    assert "elektronisch indien" not in by_post
    assert "bij voorkeur in een gangbare elektronische vorm" in by_post


def test_earlier_type_of_another_law_is_refused_with_the_valid_types(capsys):
    code = main(
        [
            "letter",
            "adobe",
            "--type",
            "gdpr-reminder",
            "--earlier-date",
            "2026-01-05",
            "--earlier-type",
            "ccpa-opt-out",
            *SENDER,
        ]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "earlier request type 'ccpa-opt-out' cannot be followed up under GDPR" in err
    assert "gdpr-access-ai" in err


def test_letter_says_where_to_send_it_and_never_writes_to_nobody(capsys, tmp_path):
    # Issue: no dead ends. Without a privacy email the next published channel is named;
    # without any channel, no letter is written and the user is told where to look.
    from tests.conftest import EXAMPLE_PLATFORMS

    catalog = tmp_path / "platforms"
    catalog.mkdir()
    text = (EXAMPLE_PLATFORMS / "example-social.toml").read_text()
    without_email = text.replace('email = "privacy@example.org"\n', "").replace(
        'covers = ["entity", "address", "email"]\n\n[[controls]]',
        'covers = ["entity", "address"]\n\n[[controls]]',
    )
    (catalog / "example-social.toml").write_text(without_email)
    run(
        capsys,
        "profile",
        "set",
        "--name",
        "Maria Nunez",
        "--email",
        "m@example.com",
        "--address",
        "1 Main St",
        "--country",
        "US",
        "--state",
        "CA",
        "--lang",
        "en",
    )
    code, out, err = run(
        capsys, "--catalog", str(catalog), "letter", "example-social", "--type", "ccpa-opt-out"
    )
    assert code == 0 and "Example Social, Inc." in out, err
    assert "Send it by post to 100 Example Avenue" in err and "publishes no privacy email" in err
    no_channel = without_email.replace(
        'address = ["100 Example Avenue", "San Francisco, CA 94105", "United States"]\n', ""
    )
    no_channel = no_channel.replace('country = "US"\n', "").replace(
        'covers = ["entity", "address"]', 'covers = ["entity"]'
    )
    (catalog / "example-social.toml").write_text(no_channel)
    code, out, err = run(
        capsys, "--catalog", str(catalog), "letter", "example-social", "--type", "ccpa-opt-out"
    )
    assert code == 2 and out == ""
    assert (
        "no email, form or postal address for Example Social, Inc." in err and "No letter was written" in err
    )


def test_several_platforms_go_into_a_folder_and_can_be_kept_as_requests(tmp_path, capsys, qapp):
    # One writer for the GUI's "Several platforms at once" and this command (core.letter_files).
    import stat

    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "keep-me.txt").write_text("mine")
    args = ["letter", "adobe", "reddit", "--type", "gdpr-objection-ai", "--format", "pdf"]
    code, out, err = run(capsys, *args, "--out-dir", str(folder), "--save-request", *SENDER)
    assert code == 0, err
    written = sorted(p for p in folder.iterdir() if p.suffix == ".pdf")
    assert [p.name.split("-gdpr-")[0] for p in written] == ["adobe", "reddit"]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert f"Wrote {path}." in out
    assert (folder / "keep-me.txt").read_text() == "mine"
    code, listing, _ = run(capsys, "requests", "list", "--json")
    saved = {request["platform"]: request["reference"] for request in json.loads(listing)}
    assert set(saved) == {"adobe", "reddit"}
    assert all(saved[p.name.split("-gdpr-")[0]] in p.name for p in written)


def test_platforms_are_checked_before_any_letter_is_written(tmp_path, capsys):
    folder = tmp_path / "letters"
    folder.mkdir()
    code, out, err = run(
        capsys, "letter", "adobe", "no-such-platform", "--type", "gdpr-objection-ai", "--out-dir", str(folder)
    )
    assert code == 2 and "unknown platform 'no-such-platform'" in err and not list(folder.iterdir())
    code, out, err = run(capsys, "letter", "adobe", "reddit", "--type", "gdpr-objection-ai", *SENDER)
    assert code == 2 and "several platforms need --out-dir DIR" in err


def test_a_pdf_needs_a_front_that_draws_it():
    # core never imports Qt: without the front's pdf_writer a PDF is refused, by code.
    from opt_out_gui.core.errors import UserError
    from opt_out_gui.core.letter_files import letter_bytes
    from tests.conftest import catalog_with_examples
    from tests.core.test_letters import compose

    letter = compose(catalog_with_examples(), "adobe", "gdpr-objection-ai", "en")
    with pytest.raises(UserError) as refused:
        letter_bytes(letter, "pdf")
    assert refused.value.code == "pdf_unavailable"
    assert letter_bytes(letter, "pdf", pdf_writer=lambda drawn: b"%PDF drawn") == b"%PDF drawn"


def test_only_the_values_given_are_checked(capsys, tmp_path):
    """The stored profile was checked when saved; a bad override is refused by name, and a
    letter from the stored profile alone never loads the email validator."""
    import subprocess
    import sys

    from tests.cli.helpers import run

    code, _, _ = run(capsys, "profile", "set", *SENDER, "--country", "NL", "--lang", "en")
    assert code == 0
    code, out, err = run(capsys, "letter", "linkedin", "--type", "gdpr-objection-ai", "--email", "no address")
    assert code == 2 and out == "" and "email" in err
    script = (
        "import sys\n"
        "from opt_out_gui.cli import main\n"
        "code = main(['letter', 'linkedin', '--type', 'gdpr-objection-ai', '--out', sys.argv[1]])\n"
        "print(code, 'email_validator' in sys.modules)\n"
    )
    target = tmp_path / "letter.txt"
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split()[-2:] == ["0", "False"]
    assert "Jan de Vries" in target.read_text(encoding="utf-8")


def test_a_complaint_states_the_refusal_given_by_flags(capsys):
    code, out, err = run(
        capsys,
        "letter",
        "linkedin",
        "--type",
        "gdpr-complaint",
        "--lang",
        "en",
        "--earlier-date",
        "2026-01-05",
        "--earlier-outcome",
        "refused",
        "--earlier-outcome-date",
        "2026-02-01",
        *SENDER,
    )
    assert code == 0, err
    assert "On 1 February 2026 LinkedIn Ireland Unlimited Company refused my request." in out
    assert "no complete answer" not in out


def test_an_outcome_date_without_an_outcome_is_refused(capsys):
    code, out, err = run(
        capsys,
        "letter",
        "linkedin",
        "--type",
        "gdpr-complaint",
        "--earlier-date",
        "2026-01-05",
        "--earlier-outcome-date",
        "2026-02-01",
        *SENDER,
    )
    assert code != 0 and out == ""
    assert "earlier outcome date 2026-02-01 needs an earlier outcome" in err


def test_a_complaint_follows_a_tracked_refusal_and_promises_no_answer_date(capsys, tmp_path):
    from datetime import date, timedelta

    sent, refused = date.today() - timedelta(days=60), date.today() - timedelta(days=20)
    code, _, err = run(
        capsys, "letter", "linkedin", "--type", "gdpr-access-ai", "--lang", "en", "--save-request", *SENDER
    )
    assert code == 0, err
    request_id = re.search(r"Saved as request (\d+) \((\S+)\)", err)
    number, reference = request_id.groups()
    assert run(capsys, "requests", "update", number, "--status", "sent", "--date", sent.isoformat())[0] == 0
    code, _, err = run(
        capsys,
        "requests",
        "update",
        number,
        "--status",
        "refused",
        "--reason",
        "other",
        "--date",
        refused.isoformat(),
    )
    assert code == 0, err

    out_file = tmp_path / "complaint.txt"
    code, out, err = run(
        capsys,
        "letter",
        "linkedin",
        "--type",
        "gdpr-complaint",
        "--earlier-request",
        reference,
        "--out",
        str(out_file),
        *SENDER,
    )
    assert code == 0, err
    # A complaint goes to an authority, which owes no answer by the controller's deadline.
    assert re.fullmatch(rf"Wrote {re.escape(str(out_file))} \(reference \d{{4}}-\w{{7}}\)\.\n", out)
    letter = out_file.read_text()
    # In the tracked request's language (English), not the profile's Dutch.
    assert f"under the reference {reference}" in letter
    assert (
        f"On {refused.day} {refused:%B %Y} LinkedIn Ireland Unlimited Company refused my request." in letter
    )
    assert "no complete answer" not in letter

    code, out, err = run(capsys, "letter", "adobe", "--type", "gdpr-complaint", "--earlier-request", number)
    assert code != 0 and out == ""
    assert f"request {number} ({reference}) is about linkedin" in err


def test_a_letter_to_the_company_still_says_when_its_answer_is_due(capsys, tmp_path):
    out_file = tmp_path / "objection.txt"
    code, out, err = run(
        capsys, "letter", "linkedin", "--type", "gdpr-objection-ai", "--out", str(out_file), *SENDER
    )
    assert code == 0, err
    assert re.search(r", answer due \d{4}-\d{2}-\d{2}\)\.$", out.strip())
