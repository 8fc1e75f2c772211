"""Every file the app writes is readable only by the user (0600), every folder it makes 0700.

One data directory goes through everything that writes into it: profile, checklist,
requests with attachments, an email sent (its evidence .eml), an imported reply, a
catalogue update installed, a migration copy, restores (kept copies), the catalogue
cache and the log. Files written with --out are checked as they are written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from opt_out_gui.core import store as store_module
from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.store import SCHEMA_VERSION, Store
from tests.catalog_helpers import built_bundle, changed_catalog, new_private_key, newer_version, serve, trust
from tests.cli.helpers import run
from tests.delivery_helpers import smtp_server


@pytest.fixture(autouse=True)
def permissive_umask():
    """A umask that lets everything through, so only the app's own choices count."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_every_file_in_the_data_directory_is_private(data_dir, tmp_path, capsys, server, monkeypatch):
    def ok(*argv):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        return out

    ok("profile", "set", "--name", "Ann Example", "--email", "ann@example.org", "--address", "Street 1",
       "--country", "DE")  # fmt: skip
    ok("checklist", "linkedin", "--done", "generative-ai-improvement", "--note", "off")
    ok("requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--sent", "2026-03-02")
    ok("requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai")
    evidence = tmp_path / "reply.pdf"
    evidence.write_bytes(b"%PDF")
    ok("requests", "update", "1", "--status", "acknowledged", "--attach", str(evidence))
    reply = tmp_path / "reply.eml"
    reply.write_text("From: privacy@adobe.com\nSubject: Re: request 1\n\nOk\n")
    ok("requests", "import-reply", str(reply), "--request", "1")
    with smtp_server() as mail:
        ok("smtp", "set", "--host", "127.0.0.1", "--port", str(mail.port), "--security", "none",
           "--from", "ann@example.org")  # fmt: skip
        ok("send", "2")
    key, key_path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    bundle = built_bundle(tmp_path, key_path, newer_version(4), changed_catalog(tmp_path / "changed"))
    ok("catalog", "update", "--url", serve(server, "/c.zip", *bundle), "--yes")
    load_catalog(shipped_catalog_dir(), cache_dir=data_dir / "cache")
    backup = tmp_path / "backup.json"
    ok("backup", "--out", str(backup))
    ok("restore", "--force", str(backup))
    # A migration keeps a copy of the database first.
    monkeypatch.setattr(
        store_module, "MIGRATIONS", store_module.MIGRATIONS + ("CREATE TABLE later (id INTEGER);",)
    )
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    Store.open(data_dir).close()

    kinds = {p.relative_to(data_dir).parts[0] for p in data_dir.rglob("*")}
    assert {"attachments", "backups", "catalog", "cache", "opt-out.sqlite3", "opt-out.log"} <= kinds
    wrong = [
        f"{path.relative_to(data_dir)}: {mode(path):o}"
        for path in [data_dir, *data_dir.rglob("*")]
        if mode(path) != (0o700 if path.is_dir() else 0o600) and path.parent.name != "cache"
    ]
    assert wrong == []


def test_the_catalogue_cache_is_private(tmp_path):
    cache = tmp_path / "cache"
    load_catalog(shipped_catalog_dir(), cache_dir=cache)
    files = list(cache.iterdir())
    assert files and mode(cache) == 0o700
    assert {mode(path) for path in files} == {0o600}
