import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui import app as app_module
from opt_out_gui.ui.main_window import PAGE_NAMES
from tests.ui.dialogs import (
    CLOSE_ROUTES,
    answer_dialog,
    assert_gone_and_window_answers,
    close_dialog,
    offscreen_dialog,
)


def visible_text(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_first_start_shows_welcome_and_saving_the_profile_opens_dashboard(qtbot, workspace, open_window):
    window = open_window(workspace)
    assert not window.sidebar.isEnabled()
    welcome = window.stack.currentWidget()
    assert "Welcome to Opt-Out Assistant" in visible_text(welcome)
    assert str(workspace.data_dir) in visible_text(welcome)
    form = welcome.form
    form.name.setText("Jan de Vries")
    form.email.setText("jan@example.nl")
    form.address.setPlainText("Damrak 1\n1012 LG Amsterdam")
    form.country.setCurrentIndex(form.country.findData("NL"))
    form.language.setCurrentIndex(form.language.findData("nl"))
    welcome.save.click()
    assert window.sidebar.isEnabled()
    assert window.current_page_name() == "Dashboard"
    assert workspace.profiles.load() == Profile(
        name="Jan de Vries",
        email="jan@example.nl",
        address="Damrak 1\n1012 LG Amsterdam",
        country="NL",
        language="nl",
    )
    assert "Jan de Vries" in visible_text(window.stack.currentWidget())


def test_welcome_shows_validation_error_and_stores_nothing(qtbot, workspace, open_window):
    window = open_window(workspace)
    welcome = window.stack.currentWidget()
    welcome.form.email.setText("jan-at-example")
    welcome.save.click()
    assert welcome.error.isVisible()
    assert "jan-at-example" in welcome.error.text()
    assert not workspace.profiles.exists()
    assert not window.sidebar.isEnabled()


def test_skip_is_remembered(qtbot, workspace, open_window):
    window = open_window(workspace)
    window.stack.currentWidget().skip.click()
    assert window.current_page_name() == "Dashboard"
    again = open_window(workspace)
    assert again.sidebar.isEnabled()


def test_every_page_opens_and_says_what_it_holds(qtbot, workspace, open_window):
    workspace.profiles.save(Profile(name="A", country="DE"))
    window = open_window(workspace)
    for name in PAGE_NAMES:
        page = window.show_page(name)
        assert window.stack.currentWidget() is page
        text = visible_text(page)
        assert len(text) > 20, name
        assert "TODO" not in text


def test_settings_profile_edits_are_saved_and_us_needs_a_state(qtbot, workspace, open_window):
    workspace.profiles.save(Profile(name="A", country="DE"))
    window = open_window(workspace)
    settings = window.show_page("Settings").profile
    form = settings.form
    form.country.setCurrentIndex(form.country.findData("US"))
    assert form.state.isVisibleTo(form)
    settings.save.click()
    assert "State is required for the United States" in settings.error.text()
    assert workspace.profiles.load().country == "DE"
    form.state.setCurrentIndex(form.state.findData("CA"))
    settings.save.click()
    assert settings.status.text() == "Saved."
    assert (workspace.profiles.load().country, workspace.profiles.load().state) == ("US", "CA")


def test_bad_data_dir_shows_a_dialog_and_exits_2(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.main(["opt-out-gui", "--data-dir", str(blocker)]) == 2
    assert shown == [f"Cannot open your data: data directory {blocker} is not a folder"]


def crash_dialogs():
    from opt_out_gui.ui.crash import CrashDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


@offscreen_dialog
@pytest.mark.qt_no_exception_capture  # the app's own sys.excepthook is under test
@pytest.mark.parametrize("route", CLOSE_ROUTES)
def test_a_failing_slot_shows_the_crash_dialog_and_the_window_goes_on(
    qtbot, workspace, open_window, monkeypatch, route
):
    from opt_out_gui.ui.crash import ExceptionHook
    from opt_out_gui.ui.pages.requests import RequestsPage

    workspace.profiles.save(Profile(name="A", country="DE"))
    window = open_window(workspace)
    monkeypatch.setattr("sys.excepthook", sys.excepthook)  # restored after the test
    ExceptionHook(workspace.log_path).install()

    address = "zelda.quirinus@example.org"  # not in the line that raises: the log shows that line

    def broken_refresh(page):
        raise ValueError(f"cannot read {address}")

    monkeypatch.setattr(RequestsPage, "refresh", broken_refresh)
    window.sidebar.setCurrentRow(PAGE_NAMES.index("Requests"))  # the slot raises
    [dialog] = crash_dialogs()
    assert "cannot read zelda.quirinus@example.org" in dialog.text()
    assert str(workspace.log_path) in dialog.text() and "keeps running" in dialog.text()
    assert "Traceback" in dialog.detailedText()
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    log = workspace.log_path.read_text()
    assert "uncaught exception" in log and "broken_refresh" in log and "ValueError" in log
    assert "zelda.quirinus" not in log  # the message may be personal data: never logged

    # A second error reuses the dialog instead of stacking windows.
    window.sidebar.setCurrentRow(PAGE_NAMES.index("Dashboard"))
    window.sidebar.setCurrentRow(PAGE_NAMES.index("Requests"))
    assert crash_dialogs() == [dialog] and "2 errors so far" in dialog.text()

    monkeypatch.undo()  # the page works again; the window never went down
    assert window.isVisible()
    close_dialog(dialog, route, dialog.button(QMessageBox.StandardButton.Close))
    assert_gone_and_window_answers(qtbot, window, dialog)
    window.show_page("Checklist")
    assert window.current_page_name() == "Checklist"


@offscreen_dialog
def test_a_bug_while_the_window_is_built_is_shown_then_the_app_stops(qtbot, data_dir, monkeypatch):
    from opt_out_gui.ui import main_window
    from opt_out_gui.ui.crash import CrashDialog

    shown, failures = [], []

    def read_and_close(dialog):
        shown.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Close).click()

    answer_dialog(CrashDialog, read_and_close, failures)  # it is modal: nothing to go back to
    monkeypatch.setattr("sys.excepthook", sys.excepthook)

    def broken(*args, **kwargs):
        raise KeyError("no such page")

    monkeypatch.setattr(main_window.MainWindow, "__init__", broken)
    assert app_module.main(["opt-out-gui", "--data-dir", str(data_dir)]) == 1
    assert failures == []
    [text] = shown
    assert "no such page" in text and "has to close" in text


def test_profile_form_offers_exactly_the_iso_countries_the_profile_accepts(qtbot):
    from opt_out_gui.core.countries import country_names
    from opt_out_gui.ui.profile_form import qt_country_names

    assert set(qt_country_names()) == set(country_names())


def test_the_launcher_holds_garbage_collection_back_only_until_the_window_is_up(tmp_path):
    from tests.ui.launch import run_app_script

    script = (
        "import gc, sys\n"
        "from opt_out_gui.ui.start import main\n"
        "sys.argv = ['opt-out-gui', '--data-dir', sys.argv[1]]\n"
        "status = main()\n"
        "print(status, gc.isenabled(), gc.get_freeze_count() > 1000)\n"
    )
    done = run_app_script(script, str(tmp_path / "data"))
    assert done.stdout.split() == ["0", "True", "True"], done.stderr


def test_the_law_engine_and_the_requests_page_load_once_the_first_frame_is_painted(
    qtbot, workspace, open_window, monkeypatch
):
    # Off the start-up path: the law engine (on a thread) and the Requests page's module, so a
    # first click on Requests only builds the page.
    from opt_out_gui.ui import main_window

    done = []
    monkeypatch.setattr(main_window, "preload_law_engine", lambda: done.append("law engine"))
    monkeypatch.setattr(main_window, "import_module", done.append)
    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    window = open_window(workspace)
    qtbot.waitUntil(lambda: window._first_frame_painted and len(done) == 2, timeout=5000)
    assert done == ["law engine", main_window.IMPORTED_WHEN_IDLE]


def test_a_first_start_loads_nothing_for_pages_it_does_not_show(qtbot, workspace, open_window, monkeypatch):
    from opt_out_gui.ui import main_window

    done = []
    monkeypatch.setattr(main_window, "preload_law_engine", lambda: done.append("law engine"))
    monkeypatch.setattr(main_window, "import_module", done.append)
    window = open_window(workspace)  # no profile yet: the welcome page
    qtbot.waitUntil(lambda: window._first_frame_painted, timeout=5000)
    qtbot.wait(50)
    assert done == []
