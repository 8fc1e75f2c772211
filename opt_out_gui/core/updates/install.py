"""The installed catalogue update in <data_dir>/catalog/, and going back to the shipped one.

Layout: `catalog/v<version>/` holds `manifest.json`, `platforms/*.toml` and the
signed bundle it came from; `catalog/active.json` names the folder in use.
Installing writes a temporary folder, fsyncs it, renames it into place, then
replaces active.json in one `os.replace`: a crash at any point leaves either
the old or the new catalogue, never a mix. The shipped catalogue is the
fallback whenever no valid update is installed or the shipped one is newer.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from opt_out_gui.core import settings
from opt_out_gui.core.catalog import shipped_catalog_dir
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.store import Store
from opt_out_gui.core.updates.bundle import (
    BUNDLE_FILE_NAME,
    MANIFEST_NAME,
    SIGNATURE_SUFFIX,
    Bundle,
    Manifest,
    UpdateError,
)
from opt_out_gui.core.updates.diff import CatalogDiff

log = logging.getLogger(__name__)

CATALOG_DIR_NAME = "catalog"
ACTIVE_FILE_NAME = "active.json"
UPDATE_URL_SETTING = settings.CATALOG_UPDATE_URL.key
WEEKLY_CHECK_SETTING = settings.CATALOG_WEEKLY_CHECK.key
LAST_CHECK_SETTING = settings.CATALOG_LAST_CHECK.key
LAST_UPDATE_SETTING = settings.CATALOG_LAST_UPDATE.key
WEEKLY = timedelta(days=7)
_VERSION_DIR = re.compile(r"^v[0-9]+$")
_TEMP_PREFIX = ".tmp-"
_READ_DATE = re.compile(r"^read\s*=\s*(\d{4}-\d{2}-\d{2})\s*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class InstalledUpdate:
    version: int
    created: datetime
    installed_at: datetime
    platforms_dir: Path


@dataclass(frozen=True)
class CatalogStatus:
    """Which catalogue the app uses and how new it is."""

    source: str  # "update" or "shipped"
    version: int
    created: datetime | None  # when the update was built; None for the shipped catalogue
    installed_at: datetime | None
    shipped_version: int
    # Why an installed update is not used (edited, downgraded, damaged); None when there is none.
    refused_update: Exception | None = None

    @property
    def dated(self) -> date | None:
        """The catalogue's date: an update's build day; for the shipped catalogue the newest
        day a source was read (its version is that day as YYYYMMDD0000). None when unknown."""
        if self.created is not None:
            return self.created.date()
        try:
            return datetime.strptime(str(self.version // 10000), "%Y%m%d").date()
        except ValueError:
            return None

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "version": self.version,
            "created": self.created.isoformat() if self.created else None,
            "installed_at": self.installed_at.isoformat() if self.installed_at else None,
            "shipped_version": self.shipped_version,
            "refused_update": None if self.refused_update is None else str(self.refused_update),
        }


@dataclass(frozen=True)
class UpdateOffer:
    """A downloaded, verified bundle newer than the installed catalogue, waiting for the user's yes."""

    url: str
    bundle_bytes: bytes
    signature: bytes
    bundle: Bundle
    installed_version: int
    diff: CatalogDiff

    @property
    def version(self) -> int:
        return self.bundle.version


@dataclass(frozen=True)
class LastUpdate:
    """What the last installed update changed, for the Dashboard and the checklist."""

    version: int
    installed_at: datetime
    url: str
    diff: CatalogDiff


@lru_cache(maxsize=1)
def shipped_catalog_version() -> int:
    """The shipped catalogue's version: the newest date a source was read, as YYYYMMDD0000.

    Same scale as bundle versions (YYYYMMDDHHMM), so an app release with a
    newer catalogue outranks an older installed update. Read with a regular
    expression, not TOML, because it runs at start-up (the schema writes each
    source's `read = date` on a line of its own).
    """
    dates = []
    for path in shipped_catalog_dir().glob("*.toml"):
        try:
            found = _READ_DATE.findall(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue  # the catalogue loader reports unreadable files
        dates += [day.replace("-", "") for day in found]
    return int(max(dates)) * 10000 if dates else 0


def installed_update(data_dir: Path) -> InstalledUpdate | None:
    """The installed update when it is intact and authentic; None when absent or refused."""
    update, _ = _checked_update(Path(data_dir) / CATALOG_DIR_NAME)
    return update


def update_problem(data_dir: Path) -> Exception | None:
    """Why an installed update was refused (edited, downgraded, damaged), or None; a UserError,
    or the OSError or ValueError that made it unreadable."""
    return _checked_update(Path(data_dir) / CATALOG_DIR_NAME)[1]


# root -> (fingerprint of its files, result): the check reads and verifies every file,
# and the catalogue's location is asked for several times per start.
_checked: dict[Path, tuple[tuple, tuple[InstalledUpdate | None, Exception | None]]] = {}


def _checked_update(root: Path) -> tuple[InstalledUpdate | None, Exception | None]:
    if not (root / ACTIVE_FILE_NAME).exists():
        return None, None
    try:
        fingerprint = tuple(
            (str(path), stat.st_mtime_ns, stat.st_size)
            for path in sorted(root.rglob("*"))
            if path.is_file() and not path.name.startswith(_TEMP_PREFIX)
            for stat in (path.stat(),)
        )
    except OSError:
        fingerprint = ()
    cached = _checked.get(root)
    if cached is not None and cached[0] == fingerprint and fingerprint:
        return cached[1]
    try:
        result: tuple[InstalledUpdate | None, Exception | None] = (_verified_update(root), None)
    except FileNotFoundError:
        if (root / ACTIVE_FILE_NAME).exists():
            result = (None, UpdateError(QT_TRANSLATE_NOOP("Error", "a file of it is missing")))
        else:
            result = (None, None)
    except (OSError, ValueError, KeyError, TypeError, UserError) as error:
        log.warning("ignoring the installed catalogue update in %s: %s", root, error)
        result = (None, error.with_traceback(None))  # cached: its traceback would hold the files read
    _checked[root] = (fingerprint, result)
    return result


def _verified_update(root: Path) -> InstalledUpdate:
    """The installed update, checked against the signed bundle it came from.

    The bundle is verified with the shipped public key again, and the manifest, the
    version named in active.json and the folder, and every platform file must be the
    bundle's own: a locally edited or downgraded catalogue is refused.
    """
    from opt_out_gui.core.updates.bundle import load_public_key, verify_signed

    active = json.loads((root / ACTIVE_FILE_NAME).read_text(encoding="utf-8"))
    folder = active["dir"]
    installed_at = datetime.fromisoformat(active["installed_at"])
    if not isinstance(folder, str) or not _VERSION_DIR.match(folder):
        raise UpdateError(QT_TRANSLATE_NOOP("Error", "bad folder name {folder!r}"), folder=folder)
    signed_manifest, signed_files = verify_signed(
        (root / folder / BUNDLE_FILE_NAME).read_bytes(),
        (root / folder / (BUNDLE_FILE_NAME + SIGNATURE_SUFFIX)).read_bytes(),
        load_public_key(),
    )
    version = signed_manifest.version
    if folder != f"v{version}" or active.get("version") != version:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Error",
                "the installed catalogue claims version {claimed} in {folder}, but its signed "
                "bundle is version {version}: it was downgraded or edited",
            ),
            claimed=active.get("version"),
            folder=folder,
            version=version,
        )
    manifest = Manifest.from_json(json.loads((root / folder / MANIFEST_NAME).read_bytes()))
    if manifest != signed_manifest:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Error", "the installed manifest.json differs from the signed one: it was edited"
            )
        )
    platforms_dir = root / folder / "platforms"
    present = {f"platforms/{p.name}" for p in platforms_dir.iterdir()}
    if present != set(signed_files):
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "platform files were added or removed after the update was installed")
        )
    for name, data in signed_files.items():
        if (root / folder / name).read_bytes() != data:
            raise UpdateError(
                QT_TRANSLATE_NOOP("Error", "{path} was changed after the update was installed"), path=name
            )
    return InstalledUpdate(version, signed_manifest.created, installed_at, platforms_dir)


def active_catalog_dir(data_dir: Path) -> Path | None:
    """The installed update's platforms folder if it is intact and newer than the shipped one, else None."""
    update = installed_update(data_dir)
    if update is None or update.version <= shipped_catalog_version():
        return None
    return update.platforms_dir


def catalog_status(data_dir: Path) -> CatalogStatus:
    shipped = shipped_catalog_version()
    update, problem = _checked_update(Path(data_dir) / CATALOG_DIR_NAME)
    if update is None or update.version <= shipped:
        return CatalogStatus("shipped", shipped, None, None, shipped, problem)
    return CatalogStatus("update", update.version, update.created, update.installed_at, shipped)


def installed_version(data_dir: Path) -> int:
    return catalog_status(data_dir).version


def install_update(data_dir: Path, offer: UpdateOffer, store: Store | None = None) -> InstalledUpdate:
    """Install an offer the user accepted and record its diff in the store."""
    bundle = offer.bundle
    current = installed_version(data_dir)
    if bundle.version <= current:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Error", "catalogue version {version} is not newer than the installed {installed}"
            ),
            version=bundle.version,
            installed=current,
        )
    root = Path(data_dir) / CATALOG_DIR_NAME
    root.mkdir(mode=0o700, exist_ok=True)
    _remove_leftovers(root)
    temp = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=root))
    try:
        (temp / "platforms").mkdir(mode=0o700)
        for name, data in bundle.files.items():
            _write_synced(temp / name, data)
        _write_synced(temp / MANIFEST_NAME, json.dumps(bundle.manifest.to_json(), indent=2).encode())
        _write_synced(temp / BUNDLE_FILE_NAME, offer.bundle_bytes)
        _write_synced(temp / (BUNDLE_FILE_NAME + SIGNATURE_SUFFIX), offer.signature)
        _fsync_dir(temp / "platforms")
        _fsync_dir(temp)
        final = root / f"v{bundle.version}"
        if final.exists():  # left by an earlier install that was reverted or interrupted
            shutil.rmtree(final)
        os.rename(temp, final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _fsync_dir(root)
    installed_at = datetime.now(UTC).replace(microsecond=0)
    active = {"dir": final.name, "version": bundle.version, "installed_at": installed_at.isoformat()}
    _replace_synced(root / ACTIVE_FILE_NAME, json.dumps(active, indent=2).encode())
    for old in root.iterdir():
        if old.is_dir() and _VERSION_DIR.match(old.name) and old != final:
            shutil.rmtree(old, ignore_errors=True)
    if store is not None:
        record = {"version": bundle.version, "installed_at": installed_at.isoformat(), "url": offer.url}
        store.set_settings({LAST_UPDATE_SETTING: json.dumps(record | {"diff": offer.diff.to_json()})})
    log.info("installed catalogue update %s from %s", bundle.version, offer.url)
    return InstalledUpdate(bundle.version, bundle.manifest.created, installed_at, final / "platforms")


def revert_to_shipped(data_dir: Path, store: Store | None = None) -> bool:
    """Remove the installed update; returns False when there was none."""
    root = Path(data_dir) / CATALOG_DIR_NAME
    active = root / ACTIVE_FILE_NAME
    if not active.exists():
        return False
    # Removing active.json is the switch; the folders are only clean-up.
    active.unlink()
    _fsync_dir(root)
    for child in root.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
    if store is not None:
        store.set_settings({LAST_UPDATE_SETTING: ""})
    log.info("reverted to the shipped catalogue")
    return True


def last_update(store: Store) -> LastUpdate | None:
    """The diff of the last installed update, or None (none installed, or reverted)."""
    raw = store.get_setting(LAST_UPDATE_SETTING)
    if not raw:
        return None
    try:
        return parse_last_update(raw)
    except UserError as error:
        log.warning("ignoring unreadable %s setting: %s", LAST_UPDATE_SETTING, error)
        return None


def parse_last_update(raw: str) -> LastUpdate:
    """The stored record of the last update; UserError when it is not one."""
    try:
        data = json.loads(raw)
        return LastUpdate(
            version=int(data["version"]),
            installed_at=datetime.fromisoformat(data["installed_at"]),
            url=str(data["url"]),
            diff=CatalogDiff.from_json(data["diff"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "the record of the last catalogue update is unreadable ({reason})"),
            reason=f"{error!r:.80}",
        ) from None


def weekly_check_due(store: Store, now: datetime | None = None) -> bool:
    """True when the user turned the weekly check on and the last check is a week old."""
    if store.get_setting(WEEKLY_CHECK_SETTING) != "1" or not store.get_setting(UPDATE_URL_SETTING):
        return False
    last = store.get_setting(LAST_CHECK_SETTING)
    now = now or datetime.now(UTC)
    try:
        return last is None or now - datetime.fromisoformat(last) >= WEEKLY
    except ValueError:
        return True


def record_check(store: Store, now: datetime | None = None) -> None:
    store.set_settings({LAST_CHECK_SETTING: (now or datetime.now(UTC)).isoformat(timespec="seconds")})


def _remove_leftovers(root: Path) -> None:
    for child in root.iterdir():
        if child.name.startswith(_TEMP_PREFIX):
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def _write_synced(path: Path, data: bytes) -> None:
    # Private like everything in the data directory; O_TRUNC: active.json's temporary may remain.
    with open(os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _replace_synced(path: Path, data: bytes) -> None:
    temp = path.with_name(_TEMP_PREFIX + path.name)
    _write_synced(temp, data)
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes renames durable on POSIX; Windows cannot open a directory.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
