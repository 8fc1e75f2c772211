"""Signed catalogue updates against a real HTTP server on 127.0.0.1."""

from datetime import UTC, date, datetime, timedelta

import pytest

from opt_out_gui.core import updates
from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.updates import (
    CatalogUpToDate,
    UpdateError,
    active_catalog_dir,
    catalog_status,
    check_for_update,
    install_update,
    last_update,
    new_events,
    revert_to_shipped,
)
from tests.catalog_helpers import (
    ADDED_PLATFORM,
    NEW_CONTROL_URL,
    NEW_EVENT_SUMMARY,
    REMOVED_PLATFORM,
    Route,
    built_bundle,
    changed_catalog,
    new_private_key,
    newer_version,
    serve,
    signed_files,
    trust,
)


@pytest.fixture
def signing(tmp_path, monkeypatch):
    key, path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    return key, path, key.public_key()


@pytest.fixture
def changed(tmp_path):
    return changed_catalog(tmp_path / "changed")


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_valid_newer_bundle_is_shown_as_diff_installed_and_reverted(
    workspace, server, signing, changed, tmp_path
):
    _, key_path, public_key = signing
    version = newer_version(10)
    url = serve(server, "/catalog.zip", *built_bundle(tmp_path, key_path, version, changed))

    offer = check_for_update(url, workspace.data_dir, public_key)

    assert offer.version == version
    assert active_catalog_dir(workspace.data_dir) is None, "checking must not install"
    diff = offer.diff
    assert [pid for pid, _ in diff.added] == [ADDED_PLATFORM]
    assert [pid for pid, _ in diff.removed] == [REMOVED_PLATFORM]
    assert [c.platform_id for c in diff.changed] == ["linkedin"]
    (url_change,) = diff.changed[0].fields
    assert url_change.field == "controls[generative-ai-improvement].url"
    assert url_change.new == NEW_CONTROL_URL
    assert [(e.platform_id, e.date, e.summary) for e in new_events(diff)] == [
        ("linkedin", date(2026, 11, 20), NEW_EVENT_SUMMARY)
    ]
    assert any(NEW_CONTROL_URL in line for line in diff.lines())

    install_update(workspace.data_dir, offer, workspace.store)

    installed = load_catalog(active_catalog_dir(workspace.data_dir))
    assert ADDED_PLATFORM in installed.ids() and REMOVED_PLATFORM not in installed.ids()
    assert installed.get("linkedin").control("generative-ai-improvement").url == NEW_CONTROL_URL
    status = catalog_status(workspace.data_dir)
    assert (status.source, status.version) == ("update", version)
    assert status.dated == offer.bundle.manifest.created.date()
    recorded = last_update(workspace.store)
    assert recorded.version == version and recorded.url == url
    assert recorded.diff == diff

    assert revert_to_shipped(workspace.data_dir, workspace.store) is True
    assert active_catalog_dir(workspace.data_dir) is None
    assert catalog_status(workspace.data_dir).source == "shipped"
    assert last_update(workspace.store) is None
    assert not any((workspace.data_dir / "catalog").iterdir())
    assert revert_to_shipped(workspace.data_dir, workspace.store) is False


def _install(workspace, server, key_path, public_key, tmp_path, catalog_dir, version):
    url = serve(server, "/installed.zip", *built_bundle(tmp_path, key_path, version, catalog_dir))
    install_update(workspace.data_dir, check_for_update(url, workspace.data_dir, public_key), workspace.store)


def _bad_signature(ctx):
    bundle, signature = built_bundle(ctx.tmp_path, ctx.key_path, newer_version(20))
    return serve(ctx.server, "/bad-sig.zip", bundle, bytes([signature[0] ^ 1]) + signature[1:])


def _other_key(ctx):
    _, other_path = new_private_key(ctx.tmp_path)
    return serve(ctx.server, "/other-key.zip", *built_bundle(ctx.tmp_path, other_path, newer_version(20)))


def _truncated(ctx):
    bundle, signature = built_bundle(ctx.tmp_path, ctx.key_path, newer_version(20))
    url = serve(ctx.server, "/truncated.zip", bundle, signature)
    ctx.server.routes["/truncated.zip"] = Route(body=bundle, send_bytes=len(bundle) // 2)
    return url


def _declared_over_cap(ctx):
    bundle, signature = built_bundle(ctx.tmp_path, ctx.key_path, newer_version(20))
    ctx.max_bytes = len(bundle) - 1
    return serve(ctx.server, "/big.zip", bundle, signature)


def _streamed_over_cap(ctx):
    bundle, signature = built_bundle(ctx.tmp_path, ctx.key_path, newer_version(20))
    ctx.max_bytes = len(bundle) - 1
    url = serve(ctx.server, "/big-stream.zip", bundle, signature)
    ctx.server.routes["/big-stream.zip"] = Route(body=bundle, omit_length=True)
    return url


def _invalid_entry(ctx):
    reddit = (shipped_catalog_dir() / "reddit.toml").read_text(encoding="utf-8")
    broken = reddit.replace('category = "social"', 'category = "gossip"', 1).encode()
    assert broken != reddit.encode()
    files = {"platforms/reddit.toml": broken}
    return serve(ctx.server, "/invalid.zip", *signed_files(files, newer_version(20), ctx.key))


def _path_outside_platforms(ctx):
    files = {"../evil.toml": b"schema = 1\n"}
    return serve(ctx.server, "/evil.zip", *signed_files(files, newer_version(20), ctx.key))


def _older(ctx):
    return serve(ctx.server, "/older.zip", *built_bundle(ctx.tmp_path, ctx.key_path, newer_version(1)))


def _plain_http_remote(ctx):
    return "http://catalog.example.org/opt-out-catalog.zip"


def _redirect_to_http(ctx):
    ctx.server.routes["/moved.zip"] = Route(status=302, headers={"Location": "http://example.invalid/c.zip"})
    return ctx.server.url("/moved.zip")


@pytest.mark.parametrize(
    ("make_url", "reason"),
    [
        (_bad_signature, "signature check failed"),
        (_other_key, "signature check failed"),
        (_truncated, "incomplete"),
        (_declared_over_cap, "over the limit"),
        (_streamed_over_cap, "more than the limit"),
        (_invalid_entry, "reddit.toml: category: 'gossip' is not one of"),
        (_path_outside_platforms, "'../evil.toml' is not platforms/<id>.toml"),
        (_older, "older than the installed"),
        (_plain_http_remote, "plain HTTP"),
        (_redirect_to_http, "redirects to 'http://example.invalid/c.zip', refused"),
    ],
)
def test_refused_bundle_says_why_and_leaves_the_installed_catalogue_alone(
    workspace, server, signing, changed, tmp_path, make_url, reason
):
    key, key_path, public_key = signing
    _install(workspace, server, key_path, public_key, tmp_path, changed, newer_version(5))
    before = snapshot(workspace.data_dir / "catalog")
    recorded = last_update(workspace.store)

    class Ctx:
        pass

    ctx = Ctx()
    ctx.server, ctx.tmp_path, ctx.key, ctx.key_path, ctx.max_bytes = (
        server,
        tmp_path,
        key,
        key_path,
        5_000_000,
    )
    url = make_url(ctx)
    server.requests.clear()

    with pytest.raises(UpdateError) as refused:
        offer = check_for_update(url, workspace.data_dir, public_key, max_bytes=ctx.max_bytes)
        install_update(workspace.data_dir, offer, workspace.store)

    assert reason in str(refused.value)
    assert snapshot(workspace.data_dir / "catalog") == before
    assert last_update(workspace.store) == recorded
    assert catalog_status(workspace.data_dir).version == newer_version(5)
    if make_url is _redirect_to_http:
        assert server.requests == [("GET", "/moved.zip")]


def test_same_version_is_up_to_date(workspace, server, signing, changed, tmp_path):
    _, key_path, public_key = signing
    _install(workspace, server, key_path, public_key, tmp_path, changed, newer_version(5))
    with pytest.raises(CatalogUpToDate, match=f"up to date \\(version {newer_version(5)}\\)"):
        check_for_update(server.url("/installed.zip"), workspace.data_dir, public_key)


def test_tampered_installed_catalogue_falls_back_to_shipped(workspace, server, signing, changed, tmp_path):
    _, key_path, public_key = signing
    _install(workspace, server, key_path, public_key, tmp_path, changed, newer_version(5))
    installed = active_catalog_dir(workspace.data_dir)
    (installed / "linkedin.toml").write_text("schema = 1\n", encoding="utf-8")
    assert active_catalog_dir(workspace.data_dir) is None
    assert catalog_status(workspace.data_dir).source == "shipped"


def test_newer_shipped_catalogue_outranks_an_older_installed_update(
    workspace, server, signing, changed, tmp_path, monkeypatch
):
    _, key_path, public_key = signing
    _install(workspace, server, key_path, public_key, tmp_path, changed, newer_version(5))
    assert active_catalog_dir(workspace.data_dir) is not None
    monkeypatch.setattr(updates.install, "shipped_catalog_version", lambda: newer_version(6))
    assert active_catalog_dir(workspace.data_dir) is None


def test_interrupted_install_leftovers_are_ignored_and_cleaned(workspace, server, signing, changed, tmp_path):
    _, key_path, public_key = signing
    leftover = workspace.data_dir / "catalog" / ".tmp-crashed"
    (leftover / "platforms").mkdir(parents=True)
    assert active_catalog_dir(workspace.data_dir) is None
    _install(workspace, server, key_path, public_key, tmp_path, changed, newer_version(5))
    assert not leftover.exists()
    assert sorted(p.name for p in (workspace.data_dir / "catalog").iterdir()) == [
        "active.json",
        f"v{newer_version(5)}",
    ]


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/c.zip", "file:///etc/passwd", "http://10.0.0.1/c.zip", "https:///c.zip"],
)
def test_update_urls_other_than_https_or_local_http_are_refused(url):
    with pytest.raises(UpdateError, match="only https://|not a web address"):
        updates.check_update_url(url)


def test_weekly_check_is_off_by_default_and_runs_once_a_week(workspace):
    store = workspace.store
    now = datetime(2026, 11, 27, tzinfo=UTC)
    assert updates.weekly_check_due(store, now) is False
    store.set_settings({updates.WEEKLY_CHECK_SETTING: "1"})
    assert updates.weekly_check_due(store, now) is False, "no URL configured: nothing to check"
    store.set_settings({updates.UPDATE_URL_SETTING: "https://example.org/c.zip"})
    assert updates.weekly_check_due(store, now) is True
    updates.record_check(store, now)
    assert updates.weekly_check_due(store, now + timedelta(days=6)) is False
    assert updates.weekly_check_due(store, now + timedelta(days=7)) is True


def test_shipped_catalogue_is_dated_by_the_newest_day_a_source_was_read(workspace):
    shipped = load_catalog(None)
    newest = max(s.read for p in shipped.platforms for _, sources in p.facts() for s in sources)
    status = catalog_status(workspace.data_dir)
    assert status.source == "shipped"
    assert status.dated == newest
