"""Catalogue and update errors whose words were chosen by a condition now have one template
per case, so a translator sees whole sentences: each case is raised here by the code that
raises it in use, with the same English words as before, and the GUI words every part."""

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.updates import UpdateError, verify_bundle
from opt_out_gui.core.updates.bundle import MAX_VERSION, Manifest, verify_signed
from opt_out_gui.wording.errors import error_text
from tests.catalog_helpers import new_private_key, signed_files
from tests.core.test_catalog_loader import VALID


def _problem(tmp_path, text: str) -> str:
    folder = tmp_path / "platforms"
    folder.mkdir()
    (folder / "bad.toml").write_text(text.replace("{id}", "bad"), encoding="utf-8")
    catalog = load_catalog(folder)
    assert catalog.ids() == []
    (problem,) = catalog.problems
    return str(problem)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        # What a checked value must be: one sentence per rule.
        ('id = "{id}"', 'id = "Bad Id"', "bad.toml: id: 'Bad Id' is not lowercase letters, digits, -"),
        (
            'web = "https://example.org/"',
            'web = "example.org"',
            "bad.toml: web: 'example.org' is not an http(s) URL",
        ),
        (
            'name = "Example {id}"',
            'name = "Two\\nlines"',
            "bad.toml: name: 'Two\\nlines' is not one line of text",
        ),
        (
            'email = "privacy@example.org"',
            'email = "not an address"',
            "bad.toml: controllers[0].email: 'not an address' is not one email address",
        ),
        (
            'country = "IE"',
            'country = "XX"',
            "bad.toml: controllers[0].country: 'XX' is not an ISO 3166-1 code like IE",
        ),
        (
            'category = "social"',
            'category = "social"\nrecheck_days = 0',
            "bad.toml: recheck_days: 0 is not > 0",
        ),
        # The type a field must have: one sentence per type.
        ('name = "Example {id}"', "name = 5", "bad.toml: name: must be text, not 5"),
        ("schema = 2", 'schema = "2"', "bad.toml: schema: must be a whole number, not '2'"),
        (
            "training_opt_out = true",
            'training_opt_out = "yes"',
            "bad.toml: controls[0].training_opt_out: must be true or false, not 'yes'",
        ),
        (
            "since = 2025-06-01",
            'since = "June"',
            "bad.toml: ai_training[0].since: must be a date, not 'June'",
        ),
        (
            'category = "social"',
            'category = "social"\nlead_authority = "dpc"',
            "bad.toml: lead_authority: must be a table, not 'dpc'",
        ),
        (
            'category = "social"',
            'category = "social"\naliases = "Ex"',
            "bad.toml: aliases: must be a list, not 'Ex'",
        ),
    ],
)
def test_each_case_of_a_catalogue_problem_keeps_its_words(tmp_path, old, new, words):
    assert old in VALID
    assert _problem(tmp_path, VALID.replace(old, new, 1)) == words


def test_a_problem_with_the_whole_file_names_no_field(tmp_path):
    words = _problem(tmp_path, VALID.replace("schema = 2", "schema = = 2"))
    assert words.startswith("bad.toml: not valid TOML: ") and "line 2" in words


def _archive(listed: dict[str, bytes], present: dict[str, bytes]) -> bytes:
    manifest = Manifest(
        version=1,
        created=datetime(2026, 1, 1, tzinfo=UTC),
        files={name: hashlib.sha256(data).hexdigest() for name, data in listed.items()},
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest.to_json()))
        for name, data in present.items():
            archive.writestr(name, data)
    return buffer.getvalue()


A = {"platforms/a.toml": b"a"}
B = {"platforms/b.toml": b"b"}
MISMATCH = "bundle content does not match its manifest: "


@pytest.mark.parametrize(
    ("listed", "present", "words"),
    [
        (A, B, MISMATCH + "not listed ['platforms/b.toml'], missing ['platforms/a.toml']"),
        (A, A | B, MISMATCH + "not listed ['platforms/b.toml'], missing none"),
        (A | B, A, MISMATCH + "not listed none, missing ['platforms/b.toml']"),
    ],
)
def test_each_case_of_a_bundle_that_differs_from_its_manifest_keeps_its_words(
    tmp_path, listed, present, words
):
    key, _ = new_private_key(tmp_path)
    data = _archive(listed, present)
    with pytest.raises(UpdateError) as refused:
        verify_signed(data, key.sign(data), key.public_key())
    assert str(refused.value) == words


@pytest.mark.parametrize(
    ("version", "words"),
    [
        ("soon", f"manifest version soon is not a whole number from 1 to {MAX_VERSION}"),
        (
            10**40,
            f"manifest version {'1' + '0' * 19}... (41 digits) is not a whole number from 1 to {MAX_VERSION}",
        ),
    ],
)
def test_a_short_and_a_long_bad_manifest_version_keep_their_words(version, words):
    with pytest.raises(UpdateError) as refused:
        Manifest.from_json({"format": 1, "version": version})
    assert str(refused.value) == words


GERMAN = {
    "bundle has invalid platform entries: {problems}": "Paket mit ungültigen Einträgen: {problems}",
    "{problems}; {more}": "{problems} | {more}",
    "{file}: {key}: {problem}": "{file} (Feld {key}): {problem}",
    "{value!r} is not one of {choices}": "{value!r} ist keins von {choices}",
    "is required": "fehlt",
}


def test_every_part_of_a_refused_bundle_is_worded_in_the_users_language(tmp_path):
    key, _ = new_private_key(tmp_path)
    valid = VALID.replace("{id}", "{name}")
    files = {
        "platforms/one.toml": valid.format(name="one").replace('category = "social"', 'category = "gossip"'),
        "platforms/three.toml": valid.format(name="three").replace('company = "Example Inc."\n', ""),
        "platforms/two.toml": valid.format(name="two").replace('scope = "account"', 'scope = "world"'),
    }
    data, signature = signed_files({name: text.encode() for name, text in files.items()}, 1, key)
    with pytest.raises(UpdateError) as refused:
        verify_bundle(data, signature, key.public_key())
    categories = "social, messaging, ai-assistant"
    assert str(refused.value).startswith(
        f"bundle has invalid platform entries: one.toml: category: 'gossip' is not one of {categories}"
    )
    assert str(refused.value).endswith(
        "; three.toml: company: is required; two.toml: controls[0].scope: 'world' is not one of "
        "account, workspace, admin"
    )
    german = error_text(refused.value, lambda context, text: GERMAN[text])
    assert german.startswith(
        f"Paket mit ungültigen Einträgen: one.toml (Feld category): 'gossip' ist keins von {categories}"
    )
    assert german.endswith(
        " | three.toml (Feld company): fehlt | two.toml (Feld controls[0].scope): 'world' ist keins von "
        "account, workspace, admin"
    )
