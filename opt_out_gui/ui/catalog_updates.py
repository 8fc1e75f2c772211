"""Catalogue updates for the GUI: checking (on request, or weekly when the user turned that
on), installing and reverting, as one service the context owns.

Settings > Catalogue and the main window's weekly check both go through it: a check runs
as a Task off the GUI thread, and its outcome comes back by signal with `quiet` telling a
weekly check (which speaks only when an update is offered) from one the user asked for.
Installing or reverting reloads the catalogue through the context, which tells every page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from opt_out_gui.core import updates
from opt_out_gui.core.workspace import Workspace
from opt_out_gui.ui.tasks import Task

log = logging.getLogger(__name__)


class CatalogUpdates(QObject):
    check_started = Signal(bool)  # quiet
    offered = Signal(object, bool)  # (core.updates.UpdateOffer, quiet)
    up_to_date = Signal(object, bool)  # (core.updates.CatalogUpToDate, quiet)
    check_failed = Signal(object, bool)  # (the error, quiet); a quiet check's failure is only logged
    check_ended = Signal()

    def __init__(
        self, workspace: Workspace, reload_catalog: Callable[[], None], parent: QObject | None = None
    ) -> None:
        """`reload_catalog` loads the catalogue again and tells the pages (AppContext.reload_catalog)."""
        super().__init__(parent)
        self.workspace = workspace
        self._reload_catalog = reload_catalog
        self.task: Task | None = None
        self._quiet = False

    @property
    def store(self):
        """The workspace's store as it is now (a restore opens a new one)."""
        return self.workspace.store

    def check(self, url: str, quiet: bool = False, public_key=None) -> bool:
        """Download and verify the update at `url` in the background (nothing is installed);
        False when a check is running already. `public_key`: the key shipped with the app if None."""
        if self.task is not None:
            return False
        data_dir = self.workspace.data_dir
        self._quiet = quiet
        self.task = Task(lambda task: updates.check_for_update(url, data_dir, public_key))
        self.task.succeeded.connect(self._offered)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._ended)
        self.check_started.emit(quiet)
        self.task.start()
        return True

    def check_weekly(self) -> bool:
        """The weekly check, when the user turned it on and a week has passed since the last
        answer; True if a check started."""
        if not updates.weekly_check_due(self.store):
            return False
        return self.check(self.store.get_setting(updates.UPDATE_URL_SETTING) or "", quiet=True)

    def install(self, offer: updates.UpdateOffer) -> None:
        """Install an offer the user accepted; the pages then show the new catalogue.
        Raises UserError or OSError, installing nothing, when it cannot be installed."""
        updates.install_update(self.workspace.data_dir, offer, self.store)
        self._reload_catalog()

    def revert(self) -> None:
        """Back to the catalogue shipped with the app. Raises OSError when the update cannot be removed."""
        updates.revert_to_shipped(self.workspace.data_dir, self.store)
        self._reload_catalog()

    def stop(self) -> None:
        """On quit: let a running check end (it is bounded by the download's timeouts)."""
        if self.task is not None:
            self.task.wait_until_done()

    def _offered(self, offer: updates.UpdateOffer) -> None:
        updates.record_check(self.store)
        self.offered.emit(offer, self._quiet)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, updates.CatalogUpToDate):
            updates.record_check(self.store)  # only a check that got an answer counts
            self.up_to_date.emit(error, self._quiet)
            return
        if self._quiet:
            log.warning("weekly catalogue check failed: %s", error)
        self.check_failed.emit(error, self._quiet)

    def _ended(self) -> None:
        self.task = None
        self.check_ended.emit()
