import json
from pathlib import Path

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
        "aliases",
        "company",
        "category",
        "trains",
        "ai_training_basis",
        "opt_out_controls",
        "no_action_needed",
        "needs_letter",
        "last_verified",
    }
    linkedin = next(r for r in rows if r["id"] == "linkedin")
    expected = len(load_catalog().get("linkedin").training_controls_for("eu"))
    assert linkedin["opt_out_controls"] == expected


def test_platforms_show_prints_steps_sources_and_provenance(capsys):
    platform = load_catalog().get("openai-chatgpt")
    code, out, _ = run(capsys, "platforms", "show", "openai-chatgpt", "--region", "all")
    assert code == 0
    assert platform.controls[0].steps[0] in out
    assert all(source.url in out for source in platform.all_sources)
    assert "every region" in out
    code, out, _ = run(capsys, "platforms", "show", "openai-chatgpt", "--region", "all", "--json")
    data = json.loads(out)
    cited = {
        s["url"]
        for group in ("ai_training", "controllers", "controls", "events")
        for fact in data[group]
        for s in fact["sources"]
    }
    assert cited == {s.url for s in platform.all_sources if s.url in cited}
    for control in data["controls"]:
        assert {"verified", "from_platform", "verified_on"} <= set(control)
        assert control["from_platform"] == any(s["official"] for s in control["sources"])


def test_platforms_use_the_profiles_region_and_hide_other_regions_facts(capsys, tmp_path):
    catalog = tmp_path / "platforms"
    catalog.mkdir()
    example = Path(__file__).parents[1] / "data" / "platforms" / "example-social.toml"
    (catalog / "example-social.toml").write_text(example.read_text())
    run(capsys, "profile", "set", "--country", "US", "--state", "CA")
    code, out, _ = run(capsys, "--catalog", str(catalog), "platforms", "show", "example-social")
    assert code == 0
    assert "Showing: California (United States)" in out
    assert "Example Social, Inc." in out and "Example Social Ireland Limited" not in out
    assert "2024-10-01" in out and "2025-09-15" not in out  # the EU start date is not California's
    assert "legitimate interest" not in out
    code, out, _ = run(capsys, "--catalog", str(catalog), "platforms", "show", "example-social", "--json")
    assert [c["entity"] for c in json.loads(out)["controllers"]] == ["Example Social, Inc."]
    code, out, _ = run(
        capsys, "--catalog", str(catalog), "platforms", "show", "example-social", "--region", "eu"
    )
    assert "Example Social Ireland Limited" in out and "legitimate interest" in " ".join(out.split())


def test_unknown_platform_suggests_close_ids_and_names_work(capsys):
    code, _, err = run(capsys, "platforms", "show", "linkdin")
    assert code == 2
    assert "unknown platform 'linkdin'; did you mean linkedin?" in err
    code, _, err = run(capsys, "platforms", "show", "myspace")
    assert code == 2 and "`opt-out platforms` lists the" in err and "linkedin" not in err
    code, out, _ = run(capsys, "platforms", "show", "ChatGPT", "--region", "all")
    assert code == 0 and out.startswith("ChatGPT")


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


def test_checklist_of_a_platform_not_in_the_list_shows_its_steps_and_how_to_add_it(capsys):
    run(capsys, "profile", "set", "--country", "DE")
    control = load_catalog().get("linkedin").training_controls_for("eu")[0]
    code, out, _ = run(capsys, "checklist", "linkedin")
    assert code == 0
    assert control.steps[0] in out and control.title in out
    assert "not in your list yet" in out and "opt-out checklist linkedin --add" in out
    code, out, _ = run(capsys, "checklist", "--json")
    assert json.loads(out)["accounts"] == []  # looking added nothing


def test_a_setting_that_is_not_a_training_switch_never_says_data_is_used_for_training(capsys):
    catalog = load_catalog()
    shown = [
        (platform, control)
        for platform in catalog.platforms
        for control in platform.controls
        if not control.training_opt_out and control.default == "on"
    ]
    assert shown  # e.g. Evernote's "AI features", on by default but not a training switch
    platform, control = shown[0]
    code, out, _ = run(capsys, "platforms", "show", platform.id, "--region", "all")
    block = out.split(control.title, 1)[1].split("\n  - ", 1)[0]
    assert code == 0 and "Default: on" in block and "used for AI training unless" not in block


def test_no_action_needed_quotes_the_platforms_statement(capsys):
    statement = load_catalog().get("apple").no_training_statement("eu")
    code, out, _ = run(capsys, "platforms", "show", "apple", "--region", "eu")
    assert code == 0 and "No action needed" in out
    assert statement.quote.split()[0] in out and statement.url.split("/")[2] in out


def test_checklist_without_a_country_names_where_each_control_exists(capsys):
    from opt_out_gui.wording.labels import region_name

    code, out, err = run(capsys, "checklist", "linkedin")
    assert code == 0 and "no country yet" in err
    for control in load_catalog().get("linkedin").training_controls_for(None):
        line = out.split(control.title, 1)[1].splitlines()[1]
        assert line.strip() == "exists in: " + ", ".join(region_name(r) for r in control.regions)
