"""Which catalogue is active: the one decision the CLI, the GUI and the tracker share.

`--catalog DIR` (contributors), else an installed signed update, else the catalogue shipped
with the app. Kept apart from the loader because choosing an update needs the update
machinery, which itself loads catalogues.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from opt_out_gui.core.catalog import UPDATES_DIR_NAME, Catalog, load_catalog


def catalog_dir_for(user_data_dir: Path, override: Path | None = None) -> Path | None:
    """Which catalogue to load: --catalog, else an installed signed update, else None (shipped)."""
    if override is not None:
        return override
    if not (user_data_dir / UPDATES_DIR_NAME).is_dir():
        return None  # no update was ever installed: skip loading the update machinery
    from opt_out_gui.core.updates.install import active_catalog_dir

    return active_catalog_dir(user_data_dir)


def parse_cache_dir(user_data_dir: Path) -> Path | None:
    """Where parsed catalogue files are cached: in the data directory, once it exists."""
    from opt_out_gui.core.datadir import CACHE_DIR_NAME

    return user_data_dir / CACHE_DIR_NAME if user_data_dir.is_dir() else None


def active_catalog(user_data_dir: Path, override: Path | None = None) -> Catalog:
    """The catalogue in use, for the CLI, the GUI and the tracker alike: `--catalog DIR`,
    else an installed signed update, else the shipped catalogue (parse cache in the data dir)."""
    return load_catalog(catalog_dir_for(user_data_dir, override), parse_cache_dir(user_data_dir))


def preload_catalog(user_data_dir: Path, override: Path | None = None) -> Callable[[], Catalog]:
    """Start loading the active catalogue on a thread; the returned function waits for it.

    The GUI starts this before Qt initialises, whose C++ work runs without the
    GIL, so the catalogue is usually ready when the first page asks for it.
    """
    import threading

    outcome: dict[str, Any] = {}

    def load() -> None:
        try:
            outcome["catalog"] = active_catalog(user_data_dir, override)
        except Exception as error:  # handed to the caller of result()
            outcome["error"] = error

    thread = threading.Thread(target=load, name="catalog-preload", daemon=True)
    thread.start()

    def result() -> Catalog:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["catalog"]

    return result
