"""Public holiday tables, computed once per (calendar, year) and kept on disk.

Loading the `holidays` library costs about a quarter of a second (some 300 modules); the
tables a user's deadlines need are few (a controller's country, a year or two), so each is
computed once and kept in the data directory's cache folder (mode 0600), keyed by the
library's version: a new version computes them again. Without a cache folder (no data
directory yet) they are computed and kept in memory only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

_cache_dir: Path | None = None
_tables: dict[str, Any] | None = None  # this process's copy of the file, read on first use


def use_cache_dir(folder: Path | None) -> None:
    """Keep the tables in `folder` (the data directory's cache folder; created when written)."""
    global _cache_dir, _tables
    if folder != _cache_dir:
        _cache_dir, _tables = folder, None


def cached(key: str, compute: Callable[[], Any]) -> Any:
    """The table stored under `key`, computed (and stored) the first time. `compute` returns
    something JSON holds (a dict of ISO dates to names, a bool)."""
    global _tables
    if _tables is None:
        _tables = _read()
    if key not in _tables:
        _tables[key] = compute()
        _write(_tables)
    return _tables[key]


def _path() -> Path | None:
    if _cache_dir is None:
        return None
    from importlib.metadata import version

    return _cache_dir / f"holidays-{version('holidays')}.json"


def _read() -> dict[str, Any]:
    path = _path()
    if path is None:
        return {}
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or damaged: computed again
    return stored if isinstance(stored, dict) else {}


def _write(tables: dict[str, Any]) -> None:
    path = _path()
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        # Private like every file in the data directory; no fsync: a lost cache only costs time.
        descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(tables, handle, ensure_ascii=False, sort_keys=True)
        temporary.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs time next run
