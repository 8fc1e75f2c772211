"""Opening the user's data: the one entry point both the GUI and the CLI use."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from opt_out_gui.core import holiday_cache
from opt_out_gui.core.datadir import CACHE_DIR_NAME, prepare_data_dir, resolve_data_dir
from opt_out_gui.core.logsetup import setup_logging
from opt_out_gui.core.profile import ProfileService
from opt_out_gui.core.store import Store

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    data_dir: Path
    store: Store
    log_path: Path | None  # None when the data directory cannot be written

    @property
    def profiles(self) -> ProfileService:
        return ProfileService(self.store)

    def close(self) -> None:
        self.store.close()


def open_workspace(data_dir_arg: str | None = None) -> Workspace:
    """Resolve, create and open the data directory. Raises UserError on a bad one."""
    data_dir = prepare_data_dir(resolve_data_dir(data_dir_arg))
    store = Store.open(data_dir)
    holiday_cache.use_cache_dir(data_dir / CACHE_DIR_NAME)  # public holidays computed once
    log_path = setup_logging(data_dir)
    log.info("opened data directory (schema %s)", store.schema_version)
    return Workspace(data_dir=data_dir, store=store, log_path=log_path)
