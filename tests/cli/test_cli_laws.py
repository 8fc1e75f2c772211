"""`opt-out deadline`, `opt-out laws` and `opt-out authorities`."""

import json

import pytest

from opt_out_gui.cli import main
from tests.cli.helpers import run
from tests.core.test_catalog_loader import VALID


def platform_file(platform_id: str, lead: str = "") -> str:
    """The loader tests' sample platform, with an optional lead-authority table."""
    return VALID.format(id=platform_id).replace("[[controls]]", lead + "[[controls]]", 1)


def test_deadline_json_has_the_documented_keys(capsys):
    code, out, _ = run(capsys, "deadline", "--law", "uk-gdpr", "--received", "2025-09-03", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "law",
        "type",
        "received",
        "deadline",
        "extended_deadline",
        "acknowledge_by",
        "notes",
        "holiday_country",
        "holidays",
        "extension",
    }
    # ICO example: received 3 September, respond by 3 October.
    assert (data["law"], data["type"], data["deadline"]) == ("uk-gdpr", None, "2025-10-03")
    assert data["acknowledge_by"] is None and isinstance(data["notes"], list)


def test_deadline_with_type_and_country(capsys):
    code, out, _ = run(
        capsys, "deadline", "--law", "ccpa", "--type", "ccpa-opt-out", "--received", "2025-03-20", "--json"
    )
    assert code == 0 and json.loads(out)["deadline"] == "2025-04-11"
    code, out, _ = run(capsys, "deadline", "--law", "gdpr", "--received", "2025-09-03", "--country", "de")
    assert code == 0
    assert "Answer due by:" in out and "2025-10-06 (Monday)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--law", "gdpr", "--received", "2025-13-01"], "--received '2025-13-01' is not a date"),
        (["--law", "hipaa", "--received", "2025-01-01"], "unknown law 'hipaa'; valid: gdpr"),
        (["--law", "gdpr", "--received", "2025-01-01", "--type", "x"], "unknown request type 'x'"),
        (["--law", "gdpr", "--received", "2025-01-01", "--type", "ccpa-limit"], "valid types for gdpr"),
        (["--law", "gdpr", "--received", "2025-01-01", "--country", "QQ"], "unknown country code 'QQ'"),
        (["--law", "gdpr", "--received", "2999-01-01"], "is in the future"),
    ],
)
def test_deadline_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, "deadline", *argv)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_laws_json_lists_laws_and_request_types(capsys):
    code, out, _ = run(capsys, "laws", "--json")
    assert code == 0
    data = json.loads(out)
    laws = {law["id"]: law for law in data["laws"]}
    assert {"gdpr", "uk-gdpr", "fadp", "ccpa", "lgpd", "pipeda", "vcdpa", "icdpa"} <= set(laws)
    assert laws["ccpa"]["acknowledge_within"] == "10 business days"
    types = {t["id"]: t for t in data["request_types"]}
    assert types["gdpr-objection-ai"]["articles"]["fadp"] is None
    assert types["gdpr-complaint"]["recipient"] == "authority"


def test_laws_text_names_each_law(capsys):
    code, out, _ = run(capsys, "laws")
    assert code == 0
    assert "icdpa" in out and "answer within 90 days" in out
    assert "ccpa-opt-out" in out


def test_authorities_by_country(capsys):
    code, out, _ = run(capsys, "authorities", "--country", "FR", "--json")
    assert code == 0
    assert [a["id"] for a in json.loads(out)] == ["frcnil"]
    code, out, _ = run(capsys, "authorities", "--country", "DE")
    assert code == 0 and "debaylda" in out and "https://www.lda.bayern.de/de/beschwerde.html" in out


def test_authorities_for_a_platform_uses_the_catalogue(capsys, tmp_path):
    lead = (
        '[lead_authority]\nid = "iedpc"\n\n[[lead_authority.sources]]\nurl = "https://example.org/dpc"\n'
        'kind = "official"\nread = 2026-01-10\n\n'
    )
    (tmp_path / "alpha.toml").write_text(platform_file("alpha", lead), encoding="utf-8")
    (tmp_path / "beta.toml").write_text(platform_file("beta"), encoding="utf-8")
    code, out, _ = run(capsys, "--catalog", str(tmp_path), "authorities", "--for", "alpha", "--json")
    assert code == 0 and [a["id"] for a in json.loads(out)] == ["iedpc"]
    code, out, _ = run(capsys, "--catalog", str(tmp_path), "authorities", "--for", "beta")
    assert code == 0 and "names no lead authority for Example beta" in out
    code, out, _ = run(capsys, "--catalog", str(tmp_path), "authorities", "--for", "beta", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "--catalog", str(tmp_path), "authorities", "--for", "gamma")
    assert code == 2 and "unknown platform 'gamma'" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--country", "XX"], "unknown country 'XX'"),
        (["--country", "FR", "--for", "x"], "either --country or --for"),
    ],
)
def test_authorities_bad_input(capsys, argv, message):
    code, _, err = run(capsys, "authorities", *argv)
    assert code == 2 and message in err and err.count("\n") == 1


def test_deadline_help_explains_the_options(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["deadline", "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert "--received YYYY-MM-DD" in out and "the company's country" in out and "vcdpa" in out


def test_deadline_without_a_country_says_no_public_holiday_was_counted(capsys):
    # Regulation 1182/71 Art. 3(4): a holiday of the controller's country would move the date;
    # unknown country -> the output says so instead of silently skipping it.
    code, out, _ = run(capsys, "deadline", "--law", "gdpr", "--received", "2025-09-03", "--json")
    data = json.loads(out)
    assert code == 0 and (data["deadline"], data["holidays"], data["holiday_country"]) == (
        "2025-10-03",
        "unknown_country",
        None,
    )
    code, out, _ = run(capsys, "deadline", "--law", "gdpr", "--received", "2025-09-03")
    assert "No roll-forward for public holidays was applied" in out


def test_deadline_for_pipeda_and_ccpa_weekends(capsys):
    # Interpretation Act ss. 26, 35(1): 6 Mar 2026 + 30 = Easter Sunday -> Easter Monday -> 7 April.
    code, out, _ = run(
        capsys, "deadline", "--law", "pipeda", "--type", "pipeda-access", "--received", "2026-03-06", "--json"
    )
    assert code == 0 and json.loads(out)["deadline"] == "2026-04-07"
    # Code Civ. Proc. § 12a: 5 Mar 2026 + 45 = Sunday 19 April -> Monday 20 April.
    code, out, _ = run(
        capsys, "deadline", "--law", "ccpa", "--type", "ccpa-delete", "--received", "2026-03-05"
    )
    assert code == 0 and "2026-04-20 (Monday)" in out


def test_authorities_for_a_platform_list_the_users_region_first(capsys):
    """A Californian asking about LinkedIn sees the CCPA's regulator first, the Irish DPC last."""
    run(capsys, "profile", "set", "--country", "USA", "--state", "California")
    code, out, _ = run(capsys, "authorities", "--for", "linkedin", "--json")
    assert code == 0
    listed = [(a["id"], a["basis"]) for a in json.loads(out)]
    assert listed[0] == ("uscppa", "regulator")
    assert ("uscaag", "also") in listed  # the directory lists it for California (CCPA/CPRA) too
    assert listed[-1] == ("iedpc", "lead")
    code, out, _ = run(capsys, "authorities", "--for", "linkedin")
    assert out.index("California Privacy Protection Agency") < out.index("Irish Data Protection Commission")
    assert "the regulator of CCPA" in out and "the lead authority in the EU for LinkedIn" in out


def test_authorities_for_a_platform_from_germany_need_the_land(capsys):
    run(capsys, "profile", "set", "--country", "DE")
    code, out, err = run(capsys, "authorities", "--for", "linkedin", "--json")
    assert code == 0 and [a["id"] for a in json.loads(out)] == ["iedpc"]
    assert "state (Land) is required" in err
    run(capsys, "profile", "set", "--state", "Berlin")
    code, out, _ = run(capsys, "authorities", "--for", "linkedin", "--json")
    assert [(a["id"], a["basis"]) for a in json.loads(out)] == [("deberlbdi", "own"), ("iedpc", "lead")]


def test_authorities_by_country_name(capsys):
    code, out, _ = run(capsys, "authorities", "--country", "Ireland", "--json")
    assert code == 0 and "iedpc" in [a["id"] for a in json.loads(out)]
