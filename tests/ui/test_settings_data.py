"""Settings > Data: exports, backup and restore from the GUI, with the CLI's safety rules:
private files, no file replaced without a yes, a restore that asks and keeps what it replaces."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from opt_out_gui.core import snapshots
from opt_out_gui.core.backup import read_backup
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft
from opt_out_gui.ui.pages.settings_data import DataSettings
from tests.ui.dialogs import SIZE_HINTS_WARNING, answer_dialog

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_WARNING)

EVA = Profile(
    name="Eva Berg", email="eva@example.org", address="Hauptstr. 1\n10115 Berlin", country="DE", state="BE"
)


def a_draft(reference: str) -> Draft:
    return Draft(
        reference=reference,
        platform="linkedin",
        type="gdpr-objection-ai",
        law="gdpr",
        language="en",
        recipient="LinkedIn Ireland Unlimited Company",
        subject="Objection",
        body="Dear Sir or Madam,\n",
        channel="web_form",
    )


@pytest.fixture
def window(workspace, open_window):
    workspace.profiles.save(EVA)
    workspace.store.set_settings({"welcome_done": "1"})
    window = open_window(workspace)
    tracker = window.ctx.tracker
    request = tracker.create(a_draft("2026-AAAAAAA"))
    tracker.record(request.id, "sent", date.today() - timedelta(days=3))
    return window


@pytest.fixture
def tab(window) -> DataSettings:
    settings = window.show_page("Settings")
    data = settings.tab("Data")
    assert isinstance(data, DataSettings) and settings.currentWidget() is data
    return data


def answer(how: str, seen: list[str] | None = None, failures: list[str] | None = None) -> None:
    """Answer the next question as a user would: 'yes' (its action button), 'cancel', 'escape' or
    'window' (closing it)."""

    def respond(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        if how == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        elif how == "window":  # the window manager's close button
            QApplication.sendEvent(box.windowHandle(), QCloseEvent())
        else:
            wanted = QMessageBox.StandardButton.Yes if how == "yes" else QMessageBox.StandardButton.Cancel
            box.button(wanted).click()

    answer_dialog(QMessageBox, respond, failures)


def private(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_data_tab_exports_requests_in_each_format_privately(tab, tmp_path):
    out = tab.export_to(tmp_path / "requests.csv", "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["reference"] for row in rows] == ["2026-AAAAAAA"] and private(out)
    assert "Exported 1 request to" in tab.status.text() and str(out) in tab.status.text()
    assert tab.folder_link.isVisibleTo(tab) and tab.folder_link.link_text.text() == str(tmp_path)

    out = tab.export_to(tmp_path / "requests.json", "json")
    assert json.loads(out.read_text(encoding="utf-8"))["requests"][0]["reference"] == "2026-AAAAAAA"
    assert private(out)

    out = tab.export_to(tmp_path / "deadlines.ics", "ics")
    calendar = out.read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and "2026-AAAAAAA" in calendar and "LinkedIn" in calendar
    assert private(out)


@pytest.mark.parametrize(
    ("how", "replaced"), [("yes", True), ("cancel", False), ("escape", False), ("window", False)]
)
def test_an_existing_export_is_replaced_only_after_a_yes(tab, tmp_path, how, replaced):
    target = tmp_path / "requests.csv"
    target.write_text("keep me")
    seen, failures = [], []
    answer(how, seen, failures)
    tab.export_to(target, "csv")
    assert failures == [] and seen and "requests.csv exists already" in seen[0]
    assert (target.read_text() != "keep me") is replaced
    if not replaced:
        assert "Not saved: requests.csv exists already" in tab.status.text()


def test_a_backup_is_private_and_holds_everything(tab, tmp_path):
    out = tab.backup_to(tmp_path / "backup.json")
    assert private(out)
    document = read_backup(out)
    assert document["tables"]["profile"][0]["name"] == "Eva Berg"
    assert [r["reference"] for r in document["tables"]["requests"]] == ["2026-AAAAAAA"]
    assert "keep it private" in tab.status.text()


def test_restore_asks_keeps_the_replaced_data_and_says_where(tab, window, tmp_path):
    backup = tab.backup_to(tmp_path / "backup.json")
    # Then the data changes: another name, a second request.
    window.ctx.save_profile(Profile(name="Changed Name", country="DE", state="BE"))
    window.ctx.tracker.create(a_draft("2026-BBBBBBB"))

    seen, failures = [], []
    answer("yes", seen, failures)
    result = tab.restore_from(backup)
    assert failures == [] and "Replace all your data" in seen[0] and str(backup) in seen[0]
    assert result is not None and result.safety_copy is not None
    # The restored data is what the app now shows and uses.
    assert window.ctx.profile.name == "Eva Berg"
    assert [r.reference for r in window.ctx.tracker.all()] == ["2026-AAAAAAA"]
    assert window.page("Settings").profile.form.profile().name == "Eva Berg"
    # The replaced data is kept, and the page says where.
    kept = read_backup(result.safety_copy)
    assert kept["tables"]["profile"][0]["name"] == "Changed Name"
    assert len(kept["tables"]["requests"]) == 2
    assert str(result.safety_copy) in tab.status.text()
    assert tab.folder_link.link_text.text() == str(result.safety_copy)
    # The app goes on working over the restored data.
    window.ctx.tracker.create(a_draft("2026-CCCCCCC"))
    assert len(window.ctx.tracker.all()) == 2


@pytest.mark.parametrize("how", ["cancel", "escape", "window"])
def test_a_restore_the_user_declines_changes_nothing(tab, window, tmp_path, how):
    backup = tab.backup_to(tmp_path / "backup.json")
    window.ctx.save_profile(Profile(name="Changed Name", country="DE", state="BE"))
    failures = []
    answer(how, failures=failures)
    assert tab.restore_from(backup) is None and failures == []
    assert window.ctx.profile.name == "Changed Name"
    assert snapshots.snapshots(window.ctx.workspace.data_dir) == []
    assert "Nothing was restored" in tab.status.text()


def test_a_bad_backup_is_named_and_nothing_is_asked_or_changed(tab, window, tmp_path, qtbot):
    bad = tmp_path / "backup.json"
    bad.write_text(
        json.dumps({"format": "opt-out-backup", "version": 1, "schema": 1, "tables": {"profile": [{}]}})
    )
    failures = []
    answer("yes", failures=failures)  # would say yes, if asked
    assert tab.restore_from(bad) is None
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)  # the answer gives up after two seconds
    assert failures == ["no QMessageBox appeared"]
    assert tab.error.isVisibleTo(tab) and str(bad) in tab.error.text()
    assert window.ctx.profile.name == "Eva Berg"


def test_the_number_of_kept_copies_is_a_setting_a_restore_follows(tab, window, tmp_path):
    assert tab.keep.value() == 5  # the default, as `opt-out backup --keep-copies` says
    tab.keep.setValue(2)
    assert window.ctx.workspace.store.get_setting("backups_keep") == "2"
    backup = tab.backup_to(tmp_path / "backup.json")
    for _ in range(3):
        answer("yes")
        assert tab.restore_from(backup) is not None
    assert len(snapshots.snapshots(window.ctx.workspace.data_dir)) == 2
    assert "keeps the newest 2" in tab.status.text()
    assert tab.keep.value() == 2  # this data directory's choice, not the backup's
