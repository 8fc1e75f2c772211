"""What every page shares: the workspace, the catalogue, and change notifications."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from opt_out_gui.core.catalog import Catalog
from opt_out_gui.core.catalog_source import active_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.workspace import Workspace

WELCOME_DONE_SETTING = "welcome_done"


class AppContext(QObject):
    """Services for the pages, and signals that keep pages in step with each other."""

    profile_changed = Signal()
    checklist_changed = Signal()
    # (platform id, request type id or "", earlier request id or 0): a page asks for the
    # letter composer; a reminder or complaint refers to the earlier request.
    compose_letter_requested = Signal(str, str, int)
    # A request was created or changed (an event recorded, sent, imported).
    requests_changed = Signal()
    # The catalogue was updated or reverted and has been reloaded.
    catalog_changed = Signal()

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
        """The platform catalogue, loaded on first use (or by the start-up preload)."""
        if self._catalog is None:
            if self._preloaded_catalog is not None:
                self._catalog = self._preloaded_catalog()
            else:
                self._catalog = active_catalog(self.workspace.data_dir, self.catalog_dir)
        return self._catalog

    def reload_catalog(self) -> None:
        """After a catalogue update or revert: load again and tell the pages."""
        self._catalog = None
        self._preloaded_catalog = None
        self.catalog_changed.emit()

    @property
    def checklist(self):
        from opt_out_gui.core.checklist import ChecklistService

        return ChecklistService(self.workspace.store, self.catalog)

    @property
    def region(self) -> str | None:
        return self.profile.region

    @property
    def tracker(self):
        from opt_out_gui.core.tracker import TrackerService

        return TrackerService(self.workspace.store, self.catalog)
