"""One background-task helper (ui/tasks.py) with one error contract, and the weekly catalogue
check as a service of the context rather than a call into a settings tab."""

from __future__ import annotations

import threading

import pytest

from opt_out_gui.core import updates
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.main_window import MainWindow
from opt_out_gui.ui.tasks import Task
from tests.catalog_helpers import (
    ADDED_PLATFORM,
    built_bundle,
    changed_catalog,
    new_private_key,
    newer_version,
    serve,
    trust,
)


class Receiver:
    """Records what a task reports, in the order it arrives, and on which thread."""

    def __init__(self, task: Task) -> None:
        self.events: list[tuple[str, object, threading.Thread]] = []
        for name in ("succeeded", "failed", "progress", "finished"):
            getattr(task, name).connect(lambda *args, name=name: self._record(name, args))

    def _record(self, name: str, args) -> None:
        self.events.append((name, args[0] if len(args) == 1 else args, threading.current_thread()))


def run(qtbot, work) -> list:
    task = Task(work)
    received = Receiver(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    qtbot.waitUntil(lambda: received.events and received.events[-1][0] == "finished")
    return received.events


def test_a_result_and_its_progress_come_back_on_the_gui_thread(qtbot):
    worker = []

    def work(task):
        worker.append(threading.current_thread())
        task.report_progress(1, 2)
        task.report_progress(2, 2)
        return "done"

    events = run(qtbot, work)
    assert [(name, value) for name, value, _ in events] == [
        ("progress", (1, 2)),
        ("progress", (2, 2)),
        ("succeeded", "done"),
        ("finished", ()),
    ]
    assert worker[0] is not threading.main_thread()
    assert all(thread is threading.main_thread() for _, _, thread in events)


def test_a_refusal_arrives_as_the_user_error_itself(qtbot):
    def work(task):
        raise UserError("email sending is not set up", code="smtp_not_set_up")

    events = run(qtbot, work)
    assert [name for name, _, _ in events] == ["failed", "finished"]
    error = events[0][1]
    assert isinstance(error, UserError) and error.code == "smtp_not_set_up"
    assert gui_error_text(error).endswith("enter your mail server in Settings > Email")


def test_a_bug_is_logged_and_said_never_swallowed(qtbot, caplog):
    def work(task):
        raise KeyError("boom")

    events = run(qtbot, work)
    assert [name for name, _, _ in events] == ["failed", "finished"]
    assert isinstance(events[0][1], KeyError)
    assert gui_error_text(events[0][1]) == "unexpected error: KeyError; details are in the log file"
    assert "background task failed" in caplog.text and "KeyError: 'boom'" in caplog.text


def test_cancelling_reaches_the_work(qtbot):
    started = threading.Event()

    def work(task):
        started.set()
        return task.cancel_event.wait(10)

    task = Task(work)
    received = Receiver(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert started.wait(10)
        task.cancel()
    assert task.wait_until_done(5) and not task.is_running()
    qtbot.waitUntil(lambda: any(name == "succeeded" for name, _, _ in received.events))
    assert ("succeeded", True) in [(name, value) for name, value, _ in received.events]


@pytest.fixture
def served_update(server, tmp_path, monkeypatch, workspace):
    key, key_path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key_path, newer_version(5), changed_catalog(tmp_path))
    )
    workspace.store.set_settings({updates.UPDATE_URL_SETTING: url})
    return url


def test_the_weekly_check_is_a_service_and_its_offer_is_installed_from_the_window(
    qtbot, workspace, served_update
):
    workspace.profiles.save(workspace.profiles.load().__class__(name="Eva", country="NL"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.start_weekly_catalog_check() is False  # turned off: nothing checks, nothing loads
    assert "Settings" not in window._pages
    workspace.store.set_settings({updates.WEEKLY_CHECK_SETTING: "1"})
    letters = window.show_page("Letters")
    assert window.start_weekly_catalog_check() is True
    assert window.ctx.catalog_updates.task is not None
    qtbot.waitUntil(lambda: window.ctx.catalog_updates.task is None, timeout=10_000)
    tab = window.page("Settings").catalog_tab()
    qtbot.waitUntil(lambda: tab.update_dialog is not None and tab.update_dialog.isVisible())
    assert window.current_page_name() == "Letters"  # offered over the page the user was on
    with qtbot.waitSignal(window.ctx.catalog_changed):
        tab.update_dialog.install.click()
    assert ADDED_PLATFORM in [letters.platform.itemData(i) for i in range(letters.platform.count())]
    assert updates.weekly_check_due(workspace.store) is False  # an answered check counts
    window.close()


def test_a_weekly_check_that_fails_says_nothing_and_retries_next_time(qtbot, workspace, server, caplog):
    workspace.store.set_settings(
        {updates.UPDATE_URL_SETTING: server.url("/missing.zip"), updates.WEEKLY_CHECK_SETTING: "1"}
    )
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ctx.catalog_updates.check_ended, timeout=10_000):
        assert window.start_weekly_catalog_check() is True
    assert "weekly catalogue check failed" in caplog.text
    assert "Settings" not in window._pages  # no tab, no dialog, no error shown
    assert updates.weekly_check_due(workspace.store) is True
