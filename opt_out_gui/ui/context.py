"""What every page shares: the workspace, the catalogue, one instance of each service, and
the signals that announce changes.

The context owns the services (checklist, tracker) and builds each once, on first use, over
the active catalogue. A change made through a service, from any page or dialog, is
announced by the context's signal for it; every page that shows such data listens and
refreshes (ui/refresh.py). When the catalogue changes (an update installed or reverted),
the services are built again over it. When a backup is restored (Settings > Data), the
store is opened again over the restored data, the services are rebuilt, and every signal fires.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from opt_out_gui.core import settings
from opt_out_gui.core.catalog import Catalog
from opt_out_gui.core.catalog_source import active_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.workspace import Workspace

if TYPE_CHECKING:  # the services are imported when first used
    from opt_out_gui.core.checklist import ChecklistService
    from opt_out_gui.core.tracker import TrackerService
    from opt_out_gui.ui.catalog_updates import CatalogUpdates

WELCOME_DONE_SETTING = settings.WELCOME_DONE.key


class AppContext(QObject):
    """Services for the pages, and signals that keep pages in step with each other."""

    profile_changed = Signal()
    # Checklist progress or the platforms in use changed.
    checklist_changed = Signal()
    # (platform id, request type id or "", earlier request id or 0): a page asks for the
    # letter composer; a reminder or complaint refers to the earlier request.
    compose_letter_requested = Signal(str, str, int)
    # A request was created or changed (an event recorded, sent, imported).
    requests_changed = Signal()
    # The catalogue was updated or reverted and has been reloaded.
    catalog_changed = Signal()
    # All the data was replaced (a backup restored): settings too, beside the signals above.
    data_replaced = Signal()

    def __init__(
        self,
        workspace: Workspace,
        catalog_dir: Path | None,
        parent: QObject | None = None,
        preloaded_catalog: Callable[[], Catalog] | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.catalog_dir = catalog_dir
        self._catalog: Catalog | None = None
        self._preloaded_catalog = preloaded_catalog
        self._checklist: ChecklistService | None = None
        self._tracker: TrackerService | None = None
        self._catalog_updates: CatalogUpdates | None = None

    @property
    def profile(self) -> Profile:
        return self.workspace.profiles.load()

    def save_profile(self, profile: Profile) -> Profile:
        saved = self.workspace.profiles.save(profile)
        self.profile_changed.emit()
        return saved

    def needs_welcome(self) -> bool:
        return (
            not self.workspace.profiles.exists()
            and self.workspace.store.get_setting(WELCOME_DONE_SETTING) != "1"
        )

    def mark_welcome_done(self) -> None:
        self.workspace.store.set_settings({WELCOME_DONE_SETTING: "1"})

    @property
    def catalog(self) -> Catalog:
        """The active catalogue (core.catalog_source), loaded on first use or by the start-up preload."""
        if self._catalog is None:
            if self._preloaded_catalog is not None:
                self._catalog = self._preloaded_catalog()
            else:
                self._catalog = active_catalog(self.workspace.data_dir, self.catalog_dir)
        return self._catalog

    def reload_catalog(self) -> None:
        """After a catalogue update or revert: load it again, rebuild the services over it, tell the pages."""
        self._catalog = None
        self._preloaded_catalog = None
        self._drop_services()
        self.catalog_changed.emit()

    def restore_backup(self, document: dict, source: str):
        """Replace the data with a checked backup's (core.backup.restore_backup): the data there
        now is kept in the backups folder first. The store is closed for the switch and opened
        again whatever happens, the services are rebuilt over it, and every page is told.
        Returns the RestoreResult; raises UserError, changing nothing, when it cannot restore."""
        from opt_out_gui.core.backup import check_backup, restore_backup
        from opt_out_gui.core.store import Store

        check_backup(document, source)  # a bad backup is refused before the store is touched
        data_dir = self.workspace.data_dir
        self.workspace.store.close()
        try:
            result = restore_backup(data_dir, document, force=True, source=source)
        finally:
            self.workspace.store = Store.open(data_dir)
            self._drop_services()
        for signal in (
            self.profile_changed,
            self.checklist_changed,
            self.requests_changed,
            self.data_replaced,
        ):
            signal.emit()
        return result

    def _drop_services(self) -> None:
        self._checklist = None
        self._tracker = None

    @property
    def checklist(self) -> ChecklistService:
        """The one checklist service; its changes are announced by `checklist_changed`."""
        if self._checklist is None:
            from opt_out_gui.core.checklist import ChecklistService

            self._checklist = ChecklistService(
                self.workspace.store, self.catalog, on_change=self.checklist_changed.emit
            )
        return self._checklist

    @property
    def tracker(self) -> TrackerService:
        """The one tracker service; its changes are announced by `requests_changed`.

        It loads the catalogue only when a method needs it: the dashboard's summary at
        start-up does not wait for it.
        """
        if self._tracker is None:
            from opt_out_gui.core.tracker import TrackerService

            self._tracker = TrackerService(
                self.workspace.store, lambda: self.catalog, on_change=self.requests_changed.emit
            )
        return self._tracker

    @property
    def catalog_updates(self) -> CatalogUpdates:
        """Checking for, installing and reverting catalogue updates (Settings and the weekly check)."""
        if self._catalog_updates is None:
            from opt_out_gui.ui.catalog_updates import CatalogUpdates

            self._catalog_updates = CatalogUpdates(self.workspace, self.reload_catalog, self)
        return self._catalog_updates

    def stop_background_work(self) -> None:
        """On quit: let the services' background work end."""
        if self._catalog_updates is not None:
            self._catalog_updates.stop()

    @property
    def region(self) -> str | None:
        return self.profile.region


def preload_law_engine() -> None:
    """Load the law engine on a thread (as the catalogue is preloaded): the next steps of the
    dashboard and the Requests page need it, the first frame does not (it reads core.law_names)."""
    import threading

    def load() -> None:
        from opt_out_gui.core.laws.registry import registry

        registry()

    threading.Thread(target=load, name="law-engine-preload", daemon=True).start()
