import json

from opt_out_gui.core.catalog import load_catalog
from tests.cli.helpers import run


def test_platforms_json_has_stable_keys_and_region_filter(capsys):
    code, out, _ = run(capsys, "platforms", "--region", "eu", "--json")
    rows = json.loads(out)
    assert code == 0
    assert len(rows) == len(load_catalog().platforms)
    assert set(rows[0]) == {
        "id",
        "name",
        "company",
        "category",
        "ai_training_basis",
        "opt_out_controls",
        "needs_letter",
        "last_verified",
    }
    linkedin = next(r for r in rows if r["id"] == "linkedin")
    expected = len(load_catalog().get("linkedin").training_controls_for("eu"))
    assert linkedin["opt_out_controls"] == expected


def test_platforms_show_prints_steps_and_sources(capsys):
    platform = load_catalog().get("openai-chatgpt")
    code, out, _ = run(capsys, "platforms", "show", "openai-chatgpt")
    assert code == 0
    assert platform.controls[0].steps[0] in out
    assert all(source in out for source in platform.all_sources)
    code, out, _ = run(capsys, "platforms", "show", "openai-chatgpt", "--json")
    assert json.loads(out)["sources"] == list(platform.all_sources)


def test_unknown_platform_lists_valid_ids_exit_2(capsys):
    code, _, err = run(capsys, "platforms", "show", "myspace")
    assert code == 2
    assert "unknown platform 'myspace'; valid ids:" in err and "linkedin" in err


def test_checklist_done_undo_per_account(capsys):
    run(capsys, "profile", "set", "--country", "DE")
    control = load_catalog().get("linkedin").training_controls_for("eu")[0].id
    code, out, _ = run(
        capsys,
        "checklist",
        "linkedin",
        "--account",
        "work",
        "--done",
        control,
        "--date",
        "2026-01-02",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    (account,) = data["accounts"]
    assert account["account"] == "work"
    item = next(c for c in account["controls"] if c["id"] == control)
    assert item["status"] in ("done", "check_again") and item["done_at"] == "2026-01-02"
    code, out, _ = run(capsys, "checklist", "linkedin", "--account", "work", "--undo", control, "--json")
    item = next(c for c in json.loads(out)["accounts"][0]["controls"] if c["id"] == control)
    assert (item["status"], item["done_at"]) == ("open", None)


def test_checklist_text_shows_progress_and_letter_hint(capsys):
    run(capsys, "profile", "set", "--country", "DE")
    run(capsys, "checklist", "reddit", "--add")
    code, out, _ = run(capsys, "checklist")
    assert code == 0
    assert "Reddit: no opt-out control where you live; a request letter is the way to object" in out


def test_checklist_bad_control_is_exit_2_and_adds_nothing(capsys):
    code, _, err = run(capsys, "checklist", "linkedin", "--done", "nope")
    assert code == 2 and "LinkedIn has no control 'nope'" in err
    code, out, _ = run(capsys, "checklist", "--json")
    assert json.loads(out)["accounts"] == []


def test_bad_catalog_dir_is_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "--catalog", str(tmp_path / "none"), "platforms")
    assert code == 2 and "does not exist" in err
