"""Catalogue updates: a total time limit that holds, installed updates checked again on every load,
and a failed check that is not recorded as a check."""

from __future__ import annotations

import hashlib
import json
import shutil
import time

import pytest

from opt_out_gui.core.updates import (
    UpdateError,
    active_catalog_dir,
    catalog_status,
    check_for_update,
    install_update,
)
from opt_out_gui.core.updates.download import download
from opt_out_gui.core.updates.install import LAST_CHECK_SETTING
from tests.catalog_helpers import (
    Route,
    built_bundle,
    changed_catalog,
    new_private_key,
    newer_version,
    serve,
    trust,
)
from tests.cli.helpers import run


@pytest.mark.parametrize(
    "drip, phase",
    [(1.0, "while the headers arrive"), (0.02, "while the body arrives")],
)
def test_the_total_time_limit_holds_against_a_server_that_drips(server, drip, phase):
    """1 byte a second never trips the 30 s wait between bytes; the total limit must cut it off."""
    server.routes["/slow.zip"] = Route(body=b"x" * 5000, drip=drip)
    started = time.monotonic()
    with pytest.raises(UpdateError, match=r"took longer than 1\.5 seconds; download stopped"):
        download(server.url("/slow.zip"), 1_000_000, total_timeout=1.5)
    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 3.0, f"stopped after {elapsed:.1f} s ({phase})"


def test_check_for_update_passes_the_limit_on(workspace, server):
    server.routes["/slow.zip"] = Route(body=b"x" * 5000, drip=0.5)
    started = time.monotonic()
    with pytest.raises(UpdateError, match="took longer than 1 seconds"):
        check_for_update(server.url("/slow.zip"), workspace.data_dir, total_timeout=1)
    assert time.monotonic() - started < 2.5


@pytest.fixture
def installed(workspace, server, tmp_path, monkeypatch):
    """An update (version +5) installed from a bundle signed with the trusted key; returns its folder."""
    key, key_path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    changed = changed_catalog(tmp_path / "changed")
    url = serve(server, "/c.zip", *built_bundle(tmp_path, key_path, newer_version(5), changed))
    install_update(workspace.data_dir, check_for_update(url, workspace.data_dir), workspace.store)
    assert catalog_status(workspace.data_dir).source == "update"
    return workspace.data_dir / "catalog" / f"v{newer_version(5)}", key_path, changed


def refused(workspace, words: str, capsys) -> None:
    assert active_catalog_dir(workspace.data_dir) is None
    status = catalog_status(workspace.data_dir)
    assert status.source == "shipped" and words in str(status.refused_update)
    code, out, err = run(capsys, "platforms")
    assert code == 0 and out
    assert err.startswith("opt-out: warning: the installed catalogue update is not used (")
    assert words in err and "using the catalogue shipped with the app" in err
    code, out, _ = run(capsys, "catalog", "status")
    assert f"The installed update is not used: {status.refused_update}" in out


def test_a_locally_edited_platform_file_is_refused(workspace, installed, capsys):
    folder, _, _ = installed
    linkedin = folder / "platforms" / "linkedin.toml"
    # Still valid TOML and a valid entry, and the manifest is fixed up too: only the signature can tell.
    text = linkedin.read_text().replace("LinkedIn", "LinkedOut", 1)
    linkedin.write_text(text)
    manifest = json.loads((folder / "manifest.json").read_text())
    for entry in manifest["files"]:
        if entry["path"] == "platforms/linkedin.toml":
            entry["sha256"] = hashlib.sha256(text.encode()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest))
    refused(workspace, "differs from the signed one", capsys)


def test_an_edited_bundle_fails_the_signature(workspace, installed, capsys):
    folder, _, _ = installed
    bundle = folder / "opt-out-catalog.zip"
    bundle.write_bytes(bundle.read_bytes() + b"\0")
    refused(workspace, "signature check failed", capsys)


def test_a_downgraded_catalogue_is_refused(workspace, installed, tmp_path, capsys):
    """An older, genuinely signed bundle copied over the installed one (active.json kept)."""
    folder, key_path, changed = installed
    old = tmp_path / "older"
    bundle, signature = built_bundle(old, key_path, newer_version(2), changed)
    (folder / "opt-out-catalog.zip").write_bytes(bundle)
    (folder / "opt-out-catalog.zip.sig").write_bytes(signature)
    refused(workspace, f"signed bundle is version {newer_version(2)}: it was downgraded or edited", capsys)


def test_a_missing_platform_file_is_refused(workspace, installed, capsys):
    folder, _, _ = installed
    (folder / "platforms" / "reddit.toml").unlink()
    refused(workspace, "added or removed", capsys)
    shutil.rmtree(folder)
    assert catalog_status(workspace.data_dir).source == "shipped"


def test_a_failed_update_check_is_not_recorded_as_a_check(workspace, server, capsys):
    code, _, err = run(capsys, "catalog", "update", "--url", server.url("/missing.zip"))
    assert code == 2 and "HTTP 404" in err
    assert workspace.store.get_setting(LAST_CHECK_SETTING) is None
    server.routes["/slow.zip"] = Route(body=b"x" * 100, drip=0.01)
    code, _, err = run(capsys, "catalog", "update", "--url", server.url("/slow.zip"))
    assert code == 2 and workspace.store.get_setting(LAST_CHECK_SETTING) is None


def test_a_check_that_got_an_answer_is_recorded(workspace, installed, server, capsys):
    code, out, err = run(capsys, "catalog", "update", "--url", server.url("/c.zip"))
    assert code == 0 and out.startswith("The catalogue is up to date"), err
    assert workspace.store.get_setting(LAST_CHECK_SETTING) is not None
