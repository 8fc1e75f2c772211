"""`opt-out catalog ...` end to end, with bundles served from 127.0.0.1."""

import json
from datetime import date

import pytest
from cryptography.hazmat.primitives import serialization

from opt_out_gui.core import updates
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.wording.catalog import long_date
from tests.catalog_helpers import (
    ADDED_PLATFORM,
    NEW_CONTROL_URL,
    Route,
    built_bundle,
    changed_catalog,
    new_private_key,
    newer_version,
    platform_toml,
    serve,
    trust,
)
from tests.cli.helpers import run


@pytest.fixture
def signing(tmp_path, monkeypatch):
    """A fresh key pair; the app trusts its public key instead of the shipped one."""
    key, key_path = new_private_key(tmp_path)
    return key_path, trust(monkeypatch, key, tmp_path)


@pytest.fixture
def update_url(tmp_path, server, signing):
    bundle = built_bundle(tmp_path, signing[0], newer_version(3), changed_catalog(tmp_path / "changed"))
    return serve(server, "/opt-out-catalog.zip", *bundle)


def status_json(capsys):
    code, out, _ = run(capsys, "catalog", "status", "--json")
    assert code == 0
    return json.loads(out)


def test_fresh_install_uses_the_shipped_catalogue_without_network(capsys, server):
    data = status_json(capsys)
    assert data["source"] == "shipped"
    assert data["version"] == updates.shipped_catalog_version()
    assert data["update_url"] is None and data["last_update"] is None
    assert server.requests == []


def test_status_shows_the_catalogue_as_a_date_and_a_number_of_platforms(capsys):
    data = status_json(capsys)
    version = str(updates.shipped_catalog_version())  # YYYYMMDD0000 of the newest source read
    shipped_day = date(int(version[:4]), int(version[4:6]), int(version[6:8]))
    assert data["dated"] == shipped_day.isoformat()
    assert data["platforms"] == len(load_catalog().platforms)
    code, out, _ = run(capsys, "catalog", "status")
    assert code == 0
    assert f"Catalogue shipped with the app: {long_date(shipped_day)}, {data['platforms']} platforms" in out
    assert long_date(date(2026, 12, 1)) == "1 December 2026"


def test_update_without_a_url_names_the_option(capsys):
    code, out, err = run(capsys, "catalog", "update")
    assert code == 2
    assert "no update URL set; pass --url" in err


def test_update_yes_installs_shows_diff_remembers_url_then_revert(capsys, update_url):
    code, out, err = run(capsys, "catalog", "update", "--url", update_url, "--yes")
    assert code == 0, err
    assert f"Added: Example New ({ADDED_PLATFORM})" in out
    assert NEW_CONTROL_URL in out
    data = status_json(capsys)
    assert (data["source"], data["version"], data["update_url"]) == ("update", newer_version(3), update_url)
    # The version reads as the day it was built and the platforms it holds (one removed, one added).
    built = date.fromisoformat(data["dated"])
    shipped_count = len(load_catalog().platforms)
    assert data["platforms"] == shipped_count
    assert f"Installed the catalogue of {long_date(built)}, {shipped_count} platforms" in out
    code, out, _ = run(capsys, "catalog", "status")
    assert f"Catalogue update: {long_date(built)}, {shipped_count} platforms" in out
    assert data["last_update"]["added"] == [{"id": ADDED_PLATFORM, "name": "Example New"}]

    code, out, _ = run(capsys, "catalog", "update")  # the remembered URL, same version
    assert code == 0 and "up to date" in out

    code, out, _ = run(capsys, "catalog", "revert")
    assert code == 0 and "Reverted" in out
    assert status_json(capsys)["source"] == "shipped"


def test_update_without_yes_and_without_a_terminal_installs_nothing(capsys, update_url, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run(capsys, "catalog", "update", "--url", update_url)
    assert code == 1
    assert "Not installed." in out and "--yes" in err
    assert status_json(capsys)["source"] == "shipped"


def test_update_asks_on_a_terminal_and_installs_on_yes(capsys, update_url, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = []
    monkeypatch.setattr("builtins.input", lambda question: answers.append(question) or "y")
    code, out, _ = run(capsys, "catalog", "update", "--url", update_url)
    assert code == 0
    assert answers == ["Install this catalogue update? [y/N] "]
    assert status_json(capsys)["source"] == "update"


def test_refused_update_is_one_line_with_exit_code_2(capsys, tmp_path, server, signing):
    _, other_key = new_private_key(tmp_path)
    url = serve(server, "/c.zip", *built_bundle(tmp_path, other_key, newer_version(3)))
    code, out, err = run(capsys, "catalog", "update", "--url", url, "--yes")
    assert code == 2
    assert err.count("\n") == 1 and "signature check failed" in err
    assert status_json(capsys)["source"] == "shipped"


def test_build_then_verify_with_the_matching_and_another_key(capsys, tmp_path, signing):
    key_path, public_path = signing
    out_dir = tmp_path / "release"
    code, out, err = run(
        capsys, "catalog", "build", "--key", str(key_path), "--out", str(out_dir), "--version", "7"
    )
    assert code == 0, err
    bundle = out_dir / updates.BUNDLE_FILE_NAME
    assert "Built catalogue version 7" in out and bundle.exists()
    code, out, _ = run(capsys, "catalog", "verify", str(bundle), "--public-key", str(public_path))
    assert code == 0 and "valid, catalogue version 7" in out

    _, other_key = new_private_key(tmp_path)
    other_public = tmp_path / "other.pub"
    other_public.write_bytes(
        updates.load_private_key(other_key)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    code, _, err = run(capsys, "catalog", "verify", str(bundle), "--public-key", str(other_public))
    assert code == 2 and "signature check failed" in err


def test_build_refuses_an_invalid_catalogue(capsys, tmp_path, signing):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.toml").write_text("schema = 1\n")
    code, _, err = run(
        capsys,
        "--catalog",
        str(folder),
        "catalog",
        "build",
        "--key",
        str(signing[0]),
        "--out",
        str(tmp_path / "o"),
    )
    assert code == 2 and "broken.toml" in err
    assert not (tmp_path / "o").exists()


def test_check_links_json_reports_dead_links_and_exits_1(capsys, tmp_path, server):
    server.routes["/ok"] = Route(body=b"fine")
    server.routes["/gone"] = Route(status=410)
    folder = tmp_path / "platforms"
    folder.mkdir()
    urls = [server.url(p) for p in ("/ok", "/gone", "/ok", "/ok")]
    (folder / "alpha.toml").write_text(platform_toml("alpha", urls[0], urls[1], urls[2], urls[3:]))
    code, out, _ = run(capsys, "--catalog", str(folder), "catalog", "check-links", "--json")
    assert code == 1
    report = json.loads(out)
    assert (report["checked"], report["total"], report["cancelled"]) == (2, 2, False)
    assert [r["url"] for r in report["platforms"]["alpha"]["dead"]] == [server.url("/gone")]
    assert report["platforms"]["alpha"]["dead"][0]["status"] == 410


def test_installed_update_feeds_platforms_and_marks_done_items_to_check_again(capsys, update_url):
    from tests.catalog_helpers import NEW_EVENT_SUMMARY, REMOVED_PLATFORM

    run(capsys, "profile", "set", "--country", "DE")
    # Done on a date AFTER the new event's date (2026-11-20): only the update's arrival can flag it.
    code, _, err = run(
        capsys, "checklist", "linkedin", "--done", "generative-ai-improvement", "--date", "2026-11-25"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "checklist", "linkedin", "--json")
    (item,) = [
        c for c in json.loads(out)["accounts"][0]["controls"] if c["id"] == "generative-ai-improvement"
    ]
    assert item["status"] == "done"

    assert run(capsys, "catalog", "update", "--url", update_url, "--yes")[0] == 0
    code, out, _ = run(capsys, "platforms", "--json")
    ids = {row["id"] for row in json.loads(out)}
    assert ADDED_PLATFORM in ids and REMOVED_PLATFORM not in ids
    code, out, _ = run(capsys, "platforms", "show", "linkedin", "--json")
    assert NEW_CONTROL_URL in out
    code, out, _ = run(capsys, "checklist", "linkedin", "--json")
    (item,) = [
        c for c in json.loads(out)["accounts"][0]["controls"] if c["id"] == "generative-ai-improvement"
    ]
    assert item["status"] == "check_again"
    assert "A catalogue update on" in item["reason"] and NEW_EVENT_SUMMARY in item["reason"]

    run(capsys, "catalog", "revert")
    code, out, _ = run(capsys, "platforms", "--json")
    assert ADDED_PLATFORM not in {row["id"] for row in json.loads(out)}
