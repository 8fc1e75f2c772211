"""Settings > Catalogue with a real HTTP server on 127.0.0.1 and a test signing key."""

import threading

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opt_out_gui.core import updates
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.pages.settings_catalog import CatalogSettings
from opt_out_gui.ui.widgets import date_text
from tests.catalog_helpers import (
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
from tests.ui.dialogs import CLOSE_ROUTES, close_dialog, is_shown, offscreen_dialog


@pytest.fixture
def key(tmp_path, monkeypatch):
    signing = new_private_key(tmp_path)
    trust(monkeypatch, signing[0], tmp_path)
    return signing


def make_settings(qtbot, workspace, key, catalog_dir=None):
    widget = CatalogSettings(AppContext(workspace, catalog_dir), public_key=key[0].public_key())
    qtbot.addWidget(widget)
    # A fixed window size, as the main window sets: the offscreen platform warns otherwise.
    widget.setMinimumSize(1024, 700)
    widget.show()
    return widget


def test_starts_on_the_shipped_catalogue_offline_with_weekly_check_off(qtbot, workspace, key, server):
    widget = make_settings(qtbot, workspace, key)
    status = updates.catalog_status(workspace.data_dir)
    count = len(widget.ctx.catalog.platforms)
    # The version reads as a date and a number of platforms ("2 December 2026, 83 platforms").
    assert (
        widget.status.text()
        == f"Catalogue shipped with the app: {date_text(status.dated)}, {count} platforms."
    )
    assert str(updates.shipped_catalog_version()) in widget.status.toolTip()
    assert not widget.revert.isEnabled()
    assert not widget.weekly.isChecked()
    widget.weekly.setChecked(True)
    assert workspace.store.get_setting(updates.WEEKLY_CHECK_SETTING) == "1"
    assert server.requests == []


def test_check_shows_diff_off_the_gui_thread_then_install_and_revert(
    qtbot, workspace, key, server, tmp_path, monkeypatch
):
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key[1], newer_version(4), changed_catalog(tmp_path))
    )
    threads = []
    original = updates.check_for_update

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(updates, "check_for_update", recording)
    widget = make_settings(qtbot, workspace, key)
    widget.url.setText(url)
    widget.check_updates.click()
    qtbot.waitUntil(lambda: widget.update_dialog is not None and widget.update_dialog.isVisible())
    assert threads and threads[0] is not threading.main_thread()
    dialog = widget.update_dialog
    assert NEW_CONTROL_URL in dialog.changes.toPlainText()
    assert updates.active_catalog_dir(workspace.data_dir) is None, "nothing installed before Install"

    with qtbot.waitSignal(widget.ctx.catalog_changed):
        dialog.install.click()
    assert updates.catalog_status(workspace.data_dir).version == newer_version(4)
    installed = updates.catalog_status(workspace.data_dir)
    assert widget.status.text().startswith(
        f"Catalogue update: {date_text(installed.dated)}, {len(widget.ctx.catalog.platforms)} platforms, "
        f"installed {date_text(installed.installed_at.date())}."
    )
    assert f"{date_text(installed.dated)}, " in widget.update_message.text()
    assert workspace.store.get_setting(updates.UPDATE_URL_SETTING) == url
    assert widget.revert.isEnabled()

    with qtbot.waitSignal(widget.ctx.catalog_changed):
        widget.revert.click()
    assert updates.active_catalog_dir(workspace.data_dir) is None
    assert "shipped with the app" in widget.status.text()


@offscreen_dialog
@pytest.mark.parametrize("route", CLOSE_ROUTES)
def test_closing_the_dialog_by_any_route_installs_nothing(qtbot, workspace, key, server, tmp_path, route):
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key[1], newer_version(4), changed_catalog(tmp_path))
    )
    widget = make_settings(qtbot, workspace, key)
    widget.url.setText(url)
    widget.check_updates.click()
    qtbot.waitUntil(lambda: widget.update_dialog is not None and widget.update_dialog.isVisible())
    dialog = widget.update_dialog
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    close_dialog(dialog, route, cancel)
    qtbot.waitUntil(lambda: not is_shown(dialog))
    assert QApplication.activeModalWidget() is None
    assert updates.active_catalog_dir(workspace.data_dir) is None
    qtbot.waitUntil(widget.check_updates.isEnabled)
    widget.weekly.setChecked(True)  # the page still answers
    assert workspace.store.get_setting(updates.WEEKLY_CHECK_SETTING) == "1"


def test_a_refused_bundle_shows_why(qtbot, workspace, key, server, tmp_path):
    _, other_key = new_private_key(tmp_path)
    url = serve(server, "/c.zip", *built_bundle(tmp_path, other_key, newer_version(4)))
    widget = make_settings(qtbot, workspace, key)
    widget.url.setText(url)
    widget.check_updates.click()
    qtbot.waitUntil(lambda: widget.update_error.isVisible())
    assert "Signature check failed" in widget.update_error.text()
    assert widget.update_dialog is None
    assert updates.active_catalog_dir(workspace.data_dir) is None


def test_the_remembered_address_is_prefilled_and_used_without_typing(qtbot, workspace, key, server, tmp_path):
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key[1], newer_version(4), changed_catalog(tmp_path))
    )
    workspace.store.set_settings({updates.UPDATE_URL_SETTING: url})
    widget = make_settings(qtbot, workspace, key)
    assert widget.url.text() == url
    widget.check_updates.click()
    qtbot.waitUntil(lambda: widget.update_dialog is not None and widget.update_dialog.isVisible())
    assert ("GET", "/c.zip") in server.requests
    widget.update_dialog.reject()


def test_plain_http_address_is_refused_without_saving_or_connecting(qtbot, workspace, key):
    widget = make_settings(qtbot, workspace, key)
    widget.url.setText("http://catalog.example.org/c.zip")
    widget.check_updates.click()
    assert widget.update_error.isVisible() and "plain HTTP" in widget.update_error.text()
    assert widget.update_task is None
    assert workspace.store.get_setting(updates.UPDATE_URL_SETTING) is None


def _link_catalog(tmp_path, server, paths):
    folder = tmp_path / "links"
    folder.mkdir()
    web, policy, control, *sources = (server.url(p) for p in paths)
    (folder / "alpha.toml").write_text(platform_toml("alpha", web, policy, control, sources))
    return folder


def test_link_check_reports_dead_links_with_progress(qtbot, workspace, key, server, tmp_path):
    server.routes["/ok"] = Route(body=b"fine")
    server.routes["/gone"] = Route(status=404)
    widget = make_settings(
        qtbot, workspace, key, _link_catalog(tmp_path, server, ["/ok", "/gone", "/ok", "/ok"])
    )
    widget.check_links.click()
    assert widget.link_progress.isVisible() and widget.cancel_links.isEnabled()
    qtbot.waitUntil(widget.link_results.isVisible)
    text = widget.link_results.toPlainText()
    assert f"dead: {server.url('/gone')}: HTTP 404" in text
    assert "2 of 2 links checked: 1 dead" in text
    qtbot.waitUntil(widget.check_links.isEnabled)
    assert not widget.link_progress.isVisible()


def test_link_check_can_be_cancelled(qtbot, workspace, key, server, tmp_path):
    paths = [f"/wait-{i}" for i in range(16)]
    for path in paths:
        server.routes[path] = Route(body=b"x", delay=0.4)
    widget = make_settings(qtbot, workspace, key, _link_catalog(tmp_path, server, paths))
    widget.check_links.click()
    qtbot.waitUntil(lambda: widget.link_progress.value() >= 1, timeout=5000)
    widget.cancel_links.click()
    qtbot.waitUntil(widget.link_results.isVisible, timeout=3000)
    assert "(cancelled)" in widget.link_results.toPlainText()
    qtbot.waitUntil(widget.check_links.isEnabled)
