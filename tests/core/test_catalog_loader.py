"""The loader reports bad files with file, field and problem, and keeps loading the rest."""

import shutil

import pytest

from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.errors import UserError

VALID = """
schema = 1
id = "{id}"
name = "Example {id}"
company = "Example Inc."
category = "social"
web = "https://example.org/"
last_verified = 2026-01-10

[ai_training]
basis = "legitimate_interest"
summary = "Trains models on posts."
sources = ["https://example.org/ai"]

[[controls]]
id = "ai-toggle"
title = "Use my data for AI"
kind = "toggle"
training_opt_out = true
regions = ["eu", "us"]
scope = "account"
steps = ["Open settings.", "Switch it off."]
url = "https://example.org/settings/ai"
sources = ["https://example.org/help/ai"]

[[events]]
date = 2025-06-01
summary = "Training started."
sources = ["https://example.org/news"]
"""


@pytest.fixture
def catalog_dir(tmp_path):
    directory = tmp_path / "platforms"
    directory.mkdir()
    return directory


def write(directory, name, text):
    (directory / f"{name}.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("mutation", "field", "problem"),
    [
        (
            lambda t: t.replace('kind = "toggle"', 'kind = "switch"'),
            "controls[0].kind",
            "'switch' is not one of",
        ),
        (
            lambda t: t.replace('url = "https://example.org/settings/ai"', 'url = "example.org"'),
            "controls[0].url",
            "is not an http(s) URL",
        ),
        (
            lambda t: t.replace('sources = ["https://example.org/help/ai"]', "sources = []"),
            "controls[0].sources",
            "every fact needs a source",
        ),
        (
            lambda t: t.replace('regions = ["eu", "us"]', 'regions = ["mars"]'),
            "controls[0].regions",
            "'mars' is not one of",
        ),
        (
            lambda t: t.replace("last_verified = 2026-01-10", 'last_verified = "soon"'),
            "last_verified",
            "must be a date",
        ),
        (lambda t: "favourite_colour = 'blue'\n" + t, "favourite_colour", "unknown field"),
        (lambda t: t.replace('id = "{id}"', 'id = "other"'), "id", "does not match the file name"),
        (lambda t: t.replace("[ai_training]", "[ai_training\n"), "", "not valid TOML"),
        (
            lambda t: t.replace('steps = ["Open settings.", "Switch it off."]', ""),
            "controls[0].steps",
            "a toggle needs at least one step",
        ),
    ],
)
def test_bad_file_is_reported_and_skipped(catalog_dir, mutation, field, problem):
    write(catalog_dir, "good", VALID.format(id="good"))
    write(catalog_dir, "bad", mutation(VALID).replace("{id}", "bad"))
    catalog = load_catalog(catalog_dir)
    assert catalog.ids() == ["good"]
    (reported,) = catalog.problems
    assert reported.path.name == "bad.toml"
    assert reported.field == field
    assert problem in reported.problem
    assert str(reported).startswith("bad.toml: ")


def test_parsed_platform_answers_region_questions(catalog_dir):
    write(catalog_dir, "demo", VALID.format(id="demo"))
    platform = load_catalog(catalog_dir).get("demo")
    assert [c.id for c in platform.training_controls_for("eu")] == ["ai-toggle"]
    assert platform.training_controls_for("uk") == ()
    assert platform.controls[0].default == "unknown"  # absent means unknown
    assert platform.recheck_days == 180
    assert platform.all_sources == (
        "https://example.org/ai",
        "https://example.org/help/ai",
        "https://example.org/news",
    )


def test_unknown_platform_lists_valid_ids(catalog_dir):
    write(catalog_dir, "demo", VALID.format(id="demo"))
    with pytest.raises(UserError, match="unknown platform 'nope'; valid ids: demo"):
        load_catalog(catalog_dir).get("nope")


def test_missing_directory_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_catalog(tmp_path / "nowhere")


def test_a_broken_copy_of_the_shipped_catalogue_still_loads_the_rest(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(shipped_catalog_dir(), copy)
    (copy / "linkedin.toml").write_text("schema = 1\nid = 'linkedin'\n")
    catalog = load_catalog(copy)
    assert "linkedin" not in catalog.ids()
    assert len(catalog.platforms) == len(load_catalog().platforms) - 1
    (problem,) = catalog.problems
    assert problem.path.name == "linkedin.toml" and problem.problem == "is required"


def test_parse_cache_gives_the_same_catalogue_and_follows_edits(catalog_dir, tmp_path):
    import os

    write(catalog_dir, "demo", VALID.format(id="demo"))
    cache = tmp_path / "cache"
    first = load_catalog(catalog_dir, cache_dir=cache)
    assert list(cache.glob("catalog-*.marshal"))
    again = load_catalog(catalog_dir, cache_dir=cache)
    assert again.platforms == first.platforms == load_catalog(catalog_dir).platforms
    edited = VALID.format(id="demo").replace("Example demo", "Renamed demo")
    path = catalog_dir / "demo.toml"
    path.write_text(edited)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert load_catalog(catalog_dir, cache_dir=cache).get("demo").name == "Renamed demo"
    path.unlink()
    assert load_catalog(catalog_dir, cache_dir=cache).platforms == []


def test_corrupt_cache_is_ignored(catalog_dir, tmp_path):
    write(catalog_dir, "demo", VALID.format(id="demo"))
    cache = tmp_path / "cache"
    load_catalog(catalog_dir, cache_dir=cache)
    (cached,) = cache.glob("catalog-*.marshal")
    cached.write_bytes(cached.read_bytes()[:40])
    assert load_catalog(catalog_dir, cache_dir=cache).ids() == ["demo"]
    cached.write_text("not marshal data")
    assert load_catalog(catalog_dir, cache_dir=cache).ids() == ["demo"]


def test_invalid_file_is_still_reported_when_cached(catalog_dir, tmp_path):
    write(catalog_dir, "bad", VALID.format(id="bad").replace('kind = "toggle"', 'kind = "dial"'))
    cache = tmp_path / "cache"
    for _ in range(2):
        (problem,) = load_catalog(catalog_dir, cache_dir=cache).problems
        assert problem.field == "controls[0].kind"


def test_a_date_in_a_text_field_is_reported_the_same_with_the_cache(catalog_dir, tmp_path):
    write(catalog_dir, "odd", VALID.format(id="odd").replace('name = "Example odd"', "name = 2024-01-01"))
    for _ in range(2):
        (problem,) = load_catalog(catalog_dir, cache_dir=tmp_path / "cache").problems
        assert problem.field == "name" and "must be text" in problem.problem
