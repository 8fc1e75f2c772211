"""core.settings: one registry of every setting (key, type, default, secret) that the
services, the GUI, the CLI and backups share."""

from __future__ import annotations

from opt_out_gui.core import backup, settings, snapshots
from opt_out_gui.core.delivery import smtp
from opt_out_gui.core.updates import install


def test_every_key_the_services_use_is_in_the_registry():
    used = {
        *smtp._SETTING_KEYS.values(),
        install.UPDATE_URL_SETTING,
        install.WEEKLY_CHECK_SETTING,
        install.LAST_CHECK_SETTING,
        install.LAST_UPDATE_SETTING,
        snapshots.KEEP_SETTING,
        settings.WELCOME_DONE.key,
        settings.UI_LANGUAGE.key,  # read by ui.translation at start-up
    }
    assert used == {s.key for s in settings.SETTINGS.values() if not s.secret}
    assert all(s.kind in settings.KINDS for s in settings.SETTINGS.values())
    assert int(settings.BACKUPS_KEEP.default) == snapshots.DEFAULT_KEEP


def test_a_backup_checks_every_setting_it_may_hold_and_holds_no_secret():
    rules = backup._setting_rules()
    assert set(rules) == {s.key for s in settings.SETTINGS.values() if not s.secret}
    assert [s.key for s in settings.SETTINGS.values() if s.secret] == ["smtp.password"]
    assert not backup._backed_up("smtp.password") and not backup._backed_up("theme")


def test_every_setting_set_through_the_app_survives_a_backup_and_a_restore(workspace, tmp_path):
    from opt_out_gui.core.backup import read_backup, restore_backup, write_backup

    values = {
        settings.WELCOME_DONE.key: "1",
        settings.CATALOG_UPDATE_URL.key: "https://example.org/catalog.zip",
        settings.CATALOG_WEEKLY_CHECK.key: "1",
        settings.CATALOG_LAST_CHECK.key: "2026-11-30T10:00:00+00:00",
        settings.BACKUPS_KEEP.key: "7",
        settings.SMTP_HOST.key: "smtp.example.org",
        settings.SMTP_PORT.key: "587",
        settings.SMTP_SECURITY.key: "starttls",
        settings.SMTP_USER.key: "ann",
        settings.SMTP_FROM.key: "ann@example.org",
        settings.UI_LANGUAGE.key: "de",
    }
    workspace.store.set_settings(values)
    target = write_backup(workspace.store, tmp_path / "backup.json")
    restored_dir = tmp_path / "restored"
    restore_backup(restored_dir, read_backup(target))
    from opt_out_gui.core.workspace import open_workspace

    restored = open_workspace(str(restored_dir))
    kept = {key: restored.store.get_setting(key) for key in values}
    restored.close()
    assert kept == values
