"""`opt-out-gui`: start the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# isort: off
# Core and wording modules are imported before PySide6 on purpose: once PySide6 is
# loaded, its feature hook reads the source of every module imported after it, which
# costs start-up time for modules that never touch Qt (the dashboard uses these).
from opt_out_gui import APP_ID, APP_NAME, __version__
from opt_out_gui.core import catalog_source, checklist, settings, tracker, workspace  # noqa: F401  (see above)
from opt_out_gui.core.errors import UserError
from opt_out_gui.wording import checklist as checklist_words, deadlines, labels  # noqa: F401  (see above)

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
# isort: on

# Used by benchmarks/startup.py: quit on the first event-loop turn after the main window shows.
QUIT_WHEN_SHOWN_ENV = "OPT_OUT_QUIT_WHEN_SHOWN"


def parse_args(argv: list[str]):
    if not argv:
        # Launched from a desktop menu: skip building the parser (argparse is slow to import).
        from types import SimpleNamespace

        return SimpleNamespace(
            data_dir=None, catalog=None, install_desktop_entry=False, uninstall_desktop_entry=False
        )
    import argparse

    parser = argparse.ArgumentParser(prog="opt-out-gui", description=f"Start {APP_NAME}.")
    parser.add_argument("--version", action="version", version=f"opt-out-gui {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your profile, requests and log "
        "(default: $OPT_OUT_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument("--catalog", metavar="DIR", help="load platform files from DIR (for contributors)")
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add the app to your desktop's application menu (Linux: a .desktop file and icon "
        "under ~/.local/share) and exit",
    )
    menu.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="remove that menu entry and exit"
    )
    # Qt consumes its own options (-platform, -style...) from argv; ignore what argparse does not know.
    args, _unknown = parser.parse_known_args(argv)
    return args


def _start_catalog_preload(data_dir_arg: str | None, catalog_dir: Path | None):
    """Load the catalogue while Qt starts, for a returning user (whose data directory exists)."""
    from opt_out_gui.core.datadir import resolve_data_dir

    data_dir = resolve_data_dir(data_dir_arg)
    if not data_dir.is_dir():
        return None
    return catalog_source.preload_catalog(data_dir, catalog_dir)


def desktop_entry_command(install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: report on the terminal, open no window."""
    from opt_out_gui.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    try:
        result = install_desktop_entry() if install else uninstall_desktop_entry()
    except UserError as error:
        print(f"opt-out-gui: error: {error}", file=sys.stderr)
        return 2
    if install:
        print(f"Added {APP_NAME} to the application menu:")
    elif result.changed:
        print(f"Removed {APP_NAME} from the application menu:")
    else:
        print(f"No menu entry of {APP_NAME} was installed in {result.paths.desktop_file.parent}.")
    for path in result.changed:
        print(f"  {path}")
    for warning in result.warnings:
        print(f"opt-out-gui: warning: {warning}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry_command(install=args.install_desktop_entry)
    catalog_dir = Path(args.catalog) if args.catalog else None
    preloaded_catalog = _start_catalog_preload(args.data_dir, catalog_dir)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from opt_out_gui.ui.colours import ColourSchemeFollower

    ColourSchemeFollower(app)  # a child of the app: it lives as long
    from opt_out_gui.ui.window_icon import window_icon

    app.setWindowIcon(window_icon())

    from opt_out_gui.core.store import DamagedDatabase
    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui import translation
    from opt_out_gui.ui.errors import gui_error_text

    # The system's language until the data (and the language chosen in Settings) is open.
    language = translation.system_language()
    translation.install_translators(language)
    try:
        workspace = open_workspace(args.data_dir)
    except DamagedDatabase as error:
        from opt_out_gui.ui.damaged_data import recover_damaged_data

        recovered = recover_damaged_data(error)
        if recovered is None:
            return 2
        workspace = recovered
    except UserError as error:
        message = QCoreApplication.translate("App", "Cannot open your data: {error}")
        QMessageBox.critical(None, APP_NAME, message.format(error=gui_error_text(error)))
        return 2
    if translation.chosen_language(workspace.store.get_setting(settings.UI_LANGUAGE.key)) != language:
        translation.install_from_store(workspace.store)
    from opt_out_gui.ui.crash import ExceptionHook

    hook = ExceptionHook(workspace.log_path).install()

    from opt_out_gui.ui.main_window import MainWindow

    try:
        window = MainWindow(workspace, catalog_dir=catalog_dir, preloaded_catalog=preloaded_catalog)
    except Exception as error:  # no window to go back to: say so, then stop
        hook.report_fatal(error)
        workspace.close()
        return 1
    window.show()
    QTimer.singleShot(0, _collect_from_now_on)
    if not window.ctx.needs_welcome():
        QTimer.singleShot(0, window.announce_overdue)
        QTimer.singleShot(0, window.start_weekly_catalog_check)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    workspace.close()
    return status


def _collect_from_now_on() -> None:
    """Garbage collection again once the window is up, where the launcher (ui.start) held it
    back for start-up: what start-up made lives as long as the app, and is frozen out of the
    collector's passes."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
