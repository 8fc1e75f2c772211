from PySide6.QtWidgets import QLabel, QMessageBox

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui import app as app_module
from opt_out_gui.ui.main_window import PAGE_NAMES


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


def test_uncaught_exception_shows_dialog_with_log_path(qtbot, workspace, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    monkeypatch.setattr("sys.excepthook", None)
    app_module.install_exception_hook(workspace.log_path)
    import sys

    try:
        raise ValueError("broken widget")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    ((text, details),) = shown
    assert "broken widget" in text and str(workspace.log_path) in text
    assert "Traceback" in details
    assert "broken widget" in workspace.log_path.read_text()


def test_profile_form_offers_exactly_the_iso_countries_the_profile_accepts(qtbot):
    from opt_out_gui.core.countries import country_names
    from opt_out_gui.ui.profile_form import qt_country_names

    assert set(qt_country_names()) == set(country_names())
