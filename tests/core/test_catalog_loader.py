"""The loader reports bad files with file, field and problem, and keeps loading the rest."""

import shutil

import pytest

from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.errors import UserError

VALID = """
schema = 2
id = "{id}"
name = "Example {id}"
company = "Example Inc."
category = "social"
web = "https://example.org/"

[[ai_training]]
regions = ["eu", "uk"]
trains = "yes"
since = 2025-06-01
basis = "legitimate_interest"
summary = "Trains models on posts."

[[ai_training.sources]]
url = "https://example.org/ai"
kind = "official"
read = 2026-01-10
quote = "We use your posts to train our models."

[[ai_training]]
regions = ["us", "other"]
trains = "unknown"
summary = "Not stated."

[[ai_training.sources]]
url = "https://news.example.net/story"
kind = "press"
read = 2026-01-10

[[controllers]]
regions = ["eu"]
entity = "Example Ireland Ltd"
country = "IE"
address = ["1 Example Street", "Dublin 2", "Ireland"]
email = "privacy@example.org"

[[controllers.sources]]
url = "https://example.org/privacy"
kind = "official"
read = 2026-01-10
quote = "Example Ireland Ltd is the controller."
covers = ["entity", "address", "email"]

[[controls]]
id = "ai-toggle"
title = "Use my data for AI"
kind = "toggle"
training_opt_out = true
regions = ["eu", "us"]
scope = "account"
steps = ["Open settings.", "Switch it off."]
url = "https://example.org/settings/ai"

[[controls.sources]]
url = "https://example.org/help/ai"
kind = "official"
read = 2026-01-12
quote = "Switch it off in settings."

[[events]]
date = 2025-06-01
regions = ["eu"]
summary = "Training started."

[[events.sources]]
url = "https://example.org/news"
kind = "official"
read = 2026-01-10
quote = "From 1 June we train on public posts."
"""


@pytest.fixture
def catalog_dir(tmp_path):
    directory = tmp_path / "platforms"
    directory.mkdir()
    return directory


def write(directory, name, text):
    (directory / f"{name}.toml").write_text(text, encoding="utf-8")


HELP_SOURCE = 'url = "https://example.org/help/ai"'


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
            lambda t: t.replace(
                '[[controls.sources]]\nurl = "https://example.org/help/ai"\nkind = "official"\n'
                'read = 2026-01-12\nquote = "Switch it off in settings."\n',
                "",
            ),
            "controls[0].sources",
            "every fact needs a source",
        ),
        (
            lambda t: t.replace('regions = ["eu", "us"]', 'regions = ["mars"]'),
            "controls[0].regions",
            "'mars' is not one of",
        ),
        (
            lambda t: t.replace('regions = ["eu", "us"]', 'regions = ["us-zz"]'),
            "controls[0].regions",
            "'us-zz' is not one of",
        ),
        (lambda t: "favourite_colour = 'blue'\n" + t, "favourite_colour", "unknown field"),
        (lambda t: t.replace('id = "{id}"', 'id = "other"'), "id", "does not match the file name"),
        (lambda t: t.replace("[[ai_training]]", "[[ai_training\n", 1), "", "not valid TOML"),
        (
            lambda t: t.replace('steps = ["Open settings.", "Switch it off."]', ""),
            "controls[0].steps",
            "a toggle needs at least one step",
        ),
        (lambda t: t.replace("schema = 2", "schema = 1"), "schema", "must be 2"),
        # Sources: what may be cited, and as what.
        (
            lambda t: t.replace(HELP_SOURCE, 'url = "https://tinyurl.com/abc"'),
            "controls[0].sources[0].url",
            "shortener",
        ),
        (
            lambda t: t.replace(
                HELP_SOURCE, 'url = "https://e-signaturehome.com/mastah-kampret/xyz/help/answer"'
            ),
            "controls[0].sources[0].url",
            "mirror",
        ),
        (
            lambda t: t.replace(HELP_SOURCE, 'url = "https://github.com/someone/scraper/blob/main/x.py"'),
            "controls[0].sources[0].url",
            "code on github.com is not a source",
        ),
        (
            lambda t: t.replace(HELP_SOURCE, 'url = "https://blog.example.net/how-to"'),
            "controls[0].sources[0].kind",
            "not one of the platform's own hosts",
        ),
        (
            lambda t: t.replace("read = 2026-01-12", "read = 2999-01-01"),
            "controls[0].sources[0].read",
            "in the future",
        ),
        (
            lambda t: t.replace('kind = "official"\nread = 2026-01-12', 'kind = "blog"\nread = 2026-01-12'),
            "controls[0].sources[0].kind",
            "'blog' is not one of",
        ),
        # Region truth: a legal basis only where the law knows one; one entry per region.
        (
            lambda t: t.replace('regions = ["eu", "uk"]', 'regions = ["eu", "us-ca"]'),
            "ai_training[0].basis",
            "'us-ca' does not",
        ),
        (
            lambda t: t.replace('regions = ["us", "other"]', 'regions = ["uk", "other"]'),
            "ai_training[1].regions",
            "'uk' is already in an earlier entry",
        ),
        (
            lambda t: t.replace('date = 2025-06-01\nregions = ["eu"]\n', "date = 2025-06-01\n"),
            "events[0].regions",
            "is required",
        ),
        # Controllers: single valid addresses, one-line names, every contact sourced.
        (
            lambda t: t.replace('"privacy@example.org"', '"x@evil.example>,<y@example.org"'),
            "controllers[0].email",
            "is not one email address",
        ),
        (
            lambda t: t.replace('entity = "Example Ireland Ltd"', 'entity = "Example\\nBcc: x@evil.example"'),
            "controllers[0].entity",
            "one line of text",
        ),
        (
            lambda t: t.replace('name = "Example {id}"', 'name = "Example\\u2028{id}"'),
            "name",
            "one line of text",
        ),
        (
            lambda t: t.replace('covers = ["entity", "address", "email"]', 'covers = ["entity", "address"]'),
            "controllers[0].sources",
            "no source covers 'email'",
        ),
        (
            lambda t: t.replace('country = "IE"\n', ""),
            "controllers[0].country",
            "is required with an address",
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
    assert [c.id for c in platform.training_controls_for("us-ca")] == ["ai-toggle"]  # a state is in "us"
    assert platform.training_controls_for("uk") == ()
    assert platform.controls[0].default == "unknown"  # absent means unknown
    assert platform.recheck_days == 180
    assert [s.url for s in platform.all_sources] == [
        "https://example.org/ai",
        "https://news.example.net/story",
        "https://example.org/privacy",
        "https://example.org/help/ai",
        "https://example.org/news",
    ]
    # Facts are scoped: the EU basis and the EU event never answer for the US.
    assert platform.training_for("eu").basis == "legitimate_interest"
    assert platform.training_for("us-ca").basis is None
    assert platform.training_for("ch") is None
    assert [e.date.isoformat() for e in platform.events_for("us")] == []
    assert platform.controller_for("eu").country == "IE"
    assert platform.controller_for("uk") is None
    # Provenance: the unquoted press source leaves that fact unverified; the oldest
    # verified fact dates the platform.
    assert platform.last_verified.isoformat() == "2026-01-10"
    assert platform.domains == ("example.org",)


def test_a_state_entry_wins_over_its_country(catalog_dir):
    text = VALID.format(id="demo").replace(
        'regions = ["us", "other"]\ntrains = "unknown"', 'regions = ["us-ca"]\ntrains = "no"'
    )
    text += """
[[ai_training]]
regions = ["us"]
trains = "yes"
summary = "Trains."

[[ai_training.sources]]
url = "https://example.org/us"
kind = "official"
read = 2026-01-10
"""
    write(catalog_dir, "demo", text)
    platform = load_catalog(catalog_dir).get("demo")
    assert platform.training_for("us-ca").trains == "no"
    assert platform.training_for("us-va").trains == "yes"
    assert platform.says_no_training("us-ca") and not platform.says_no_training("us-tx")


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
    (copy / "linkedin.toml").write_text("schema = 2\nid = 'linkedin'\n")
    catalog = load_catalog(copy)
    assert "linkedin" not in catalog.ids()
    assert len(catalog.platforms) == len(load_catalog().platforms) - 1
    (problem,) = catalog.problems
    assert problem.path.name == "linkedin.toml" and problem.problem == "is required"
    assert problem.field == "web"


def test_parse_cache_gives_the_same_catalogue_and_follows_edits(catalog_dir, tmp_path):
    import os

    write(catalog_dir, "demo", VALID.format(id="demo"))
    cache = tmp_path / "cache"
    first = load_catalog(catalog_dir, cache_dir=cache)
    assert list(cache.glob("catalog-*.pickle"))
    again = load_catalog(catalog_dir, cache_dir=cache)
    assert again.platforms == first.platforms == load_catalog(catalog_dir).platforms
    edited = VALID.format(id="demo").replace("Example demo", "Renamed demo")
    path = catalog_dir / "demo.toml"
    path.write_text(edited)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert load_catalog(catalog_dir, cache_dir=cache).get("demo").name == "Renamed demo"
    path.unlink()
    assert load_catalog(catalog_dir, cache_dir=cache).platforms == []


def test_the_cache_holds_checked_platforms_until_the_app_changes(catalog_dir, tmp_path, monkeypatch):
    import os

    import opt_out_gui

    write(catalog_dir, "demo", VALID.format(id="demo"))
    path = catalog_dir / "demo.toml"
    cache = tmp_path / "cache"
    load_catalog(catalog_dir, cache_dir=cache)
    # The same size and time, another name: only a cache that skips reading the file keeps the old one.
    stat = path.stat()
    path.write_text(path.read_text().replace("Example demo", "Example dEmo"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_catalog(catalog_dir, cache_dir=cache).get("demo").name == "Example demo"
    monkeypatch.setattr(opt_out_gui, "__version__", "99.0.0")  # a new version may check new rules
    assert load_catalog(catalog_dir, cache_dir=cache).get("demo").name == "Example dEmo"


def test_corrupt_cache_is_ignored(catalog_dir, tmp_path):
    write(catalog_dir, "demo", VALID.format(id="demo"))
    cache = tmp_path / "cache"
    load_catalog(catalog_dir, cache_dir=cache)
    (cached,) = cache.glob("catalog-*.pickle")
    cached.write_bytes(cached.read_bytes()[:40])
    assert load_catalog(catalog_dir, cache_dir=cache).ids() == ["demo"]
    cached.write_text("not pickle data")
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


def test_an_unknown_practice_needs_no_source_but_any_stated_fact_does(catalog_dir):
    unknown = (
        '\n[[ai_training]]\nregions = ["ch"]\ntrains = "unknown"\nsummary = "Not stated for Switzerland."\n'
    )
    write(catalog_dir, "open", VALID.format(id="open") + unknown)
    write(
        catalog_dir,
        "dated",
        VALID.format(id="dated") + unknown.replace('"unknown"\n', '"unknown"\nsince = 2025-01-01\n'),
    )
    catalog = load_catalog(catalog_dir)
    assert catalog.ids() == ["open"]
    assert catalog.get("open").training_for("ch").sources == ()
    assert "ai_training[ch]" not in dict(catalog.get("open").facts())  # nothing to verify
    (problem,) = catalog.problems
    assert (problem.path.stem, problem.field) == ("dated", "ai_training[2].sources")


def test_find_accepts_ids_names_and_aliases_and_suggests_close_ids(catalog_dir):
    write(
        catalog_dir,
        "demo",
        VALID.format(id="demo").replace(
            'company = "Example Inc."', 'aliases = ["DemoChat"]\ncompany = "Example Inc."'
        ),
    )
    write(catalog_dir, "other", VALID.format(id="other"))
    catalog = load_catalog(catalog_dir)
    assert catalog.find("demo").id == "demo"
    assert catalog.find("  Example DEMO ").id == "demo"
    assert catalog.find("demochat").id == "demo"
    with pytest.raises(UserError, match="unknown platform 'dmeo'; did you mean demo"):
        catalog.find("dmeo")
    with pytest.raises(UserError, match="unknown platform 'zzzzzz'") as unknown:
        catalog.find("zzzzzz")
    assert (unknown.value.code, unknown.value.fields["count"]) == ("platform_unknown", 2)
    from opt_out_gui.cli.errors import cli_error_text

    assert cli_error_text(unknown.value).endswith("`opt-out platforms` lists the 2 platforms")
