"""Signed catalogue bundles: the format, building one, and verifying one.

A bundle is a zip archive holding `manifest.json` and `platforms/<id>.toml`;
a detached Ed25519 signature covers the exact bytes of the archive. The
format is documented in CONTRIBUTING.md ("Catalogue updates").
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from opt_out_gui.core.catalog import Platform, all_problems, load_catalog
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.resources import data_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

BUNDLE_FORMAT = 1
MANIFEST_NAME = "manifest.json"
BUNDLE_FILE_NAME = "opt-out-catalog.zip"
SIGNATURE_SUFFIX = ".sig"
SIGNATURE_LENGTH = 64
# The whole catalogue is well under 1 MB; the caps stop a hostile or broken server early.
MAX_BUNDLE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
# Versions are YYYYMMDDHHMM by convention; the cap keeps folder names (v<version>) short.
MAX_VERSION = 10**15 - 1
_PLATFORM_FILE = re.compile(r"^platforms/[a-z0-9][a-z0-9-]*\.toml$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class UpdateError(UserError):
    """A catalogue bundle was refused; the message says why. Nothing was installed."""


@dataclass(frozen=True)
class Manifest:
    version: int
    created: datetime
    files: dict[str, str]  # archive name -> sha256 hex digest

    def to_json(self) -> dict:
        return {
            "format": BUNDLE_FORMAT,
            "version": self.version,
            "created": self.created.isoformat(timespec="seconds"),
            "files": [{"path": name, "sha256": digest} for name, digest in sorted(self.files.items())],
        }

    @classmethod
    def from_json(cls, raw: object) -> Manifest:
        if not isinstance(raw, dict):
            raise UpdateError(QT_TRANSLATE_NOOP("Error", "manifest.json is not a JSON object"))
        if raw.get("format") != BUNDLE_FORMAT:
            raise UpdateError(
                QT_TRANSLATE_NOOP(
                    "Error", "manifest format {format!r} is not supported (this app reads {known})"
                ),
                format=raw.get("format"),
                known=BUNDLE_FORMAT,
            )
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or not 0 < version <= MAX_VERSION:
            if len(str(version)) < 30:
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error", "manifest version {version} is not a whole number from 1 to {maximum}"
                    ),
                    version=version,
                    maximum=MAX_VERSION,
                )
            raise UpdateError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}",
                ),
                start=str(version)[:20],
                digits=len(str(version)),
                maximum=MAX_VERSION,
            )
        try:
            created = datetime.fromisoformat(raw.get("created", ""))
        except (TypeError, ValueError):
            raise UpdateError(
                QT_TRANSLATE_NOOP("Error", "manifest created {created!r} is not an ISO date and time"),
                created=raw.get("created"),
            ) from None
        entries = raw.get("files")
        if not isinstance(entries, list) or not entries:
            raise UpdateError(QT_TRANSLATE_NOOP("Error", "manifest files must be a non-empty list"))
        files: dict[str, str] = {}
        for entry in entries:
            name = entry.get("path") if isinstance(entry, dict) else None
            digest = entry.get("sha256") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not _PLATFORM_FILE.match(name):
                raise UpdateError(
                    QT_TRANSLATE_NOOP("Error", "manifest file path {path!r} is not platforms/<id>.toml"),
                    path=name,
                )
            if not isinstance(digest, str) or not _SHA256.match(digest):
                raise UpdateError(
                    QT_TRANSLATE_NOOP("Error", "manifest sha256 of {path} is not 64 lowercase hex digits"),
                    path=name,
                )
            if name in files:
                raise UpdateError(QT_TRANSLATE_NOOP("Error", "manifest lists {path} twice"), path=name)
            files[name] = digest
        return cls(version=version, created=created, files=files)


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: authentic, complete, and every platform entry valid."""

    manifest: Manifest
    files: dict[str, bytes]  # archive name -> content, platform files only
    platforms: tuple[Platform, ...]

    @property
    def version(self) -> int:
        return self.manifest.version


def shipped_public_key_path() -> Path:
    return data_dir() / "catalog-signing-key.pub"


def load_public_key(path: Path | None = None) -> Ed25519PublicKey:
    """The Ed25519 key that signs catalogue updates (the shipped one by default)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    path = Path(path) if path is not None else shipped_public_key_path()
    try:
        key = load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "public key {path} cannot be read: {reason}"), path=path, reason=error
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise UserError(QT_TRANSLATE_NOOP("Error", "public key {path} is not an Ed25519 key"), path=path)
    return key


def load_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "signing key {path} cannot be read as an unencrypted PEM private key: {reason}"
            ),
            path=path,
            reason=error,
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "signing key {path} is not an Ed25519 private key"), path=path
        )
    return key


def default_version(now: datetime) -> int:
    """Date-based version YYYYMMDDHHMM (UTC): newer builds get larger numbers."""
    return int(now.astimezone(UTC).strftime("%Y%m%d%H%M"))


def build_bundle(
    catalog_dir: Path,
    private_key_path: Path,
    out_dir: Path,
    version: int | None = None,
    now: datetime | None = None,
) -> tuple[Path, Path]:
    """Pack and sign the catalogue; returns the bundle and signature paths.

    Refuses a catalogue with any invalid file: users would refuse the bundle.
    """
    catalog = load_catalog(Path(catalog_dir))
    if catalog.problems:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "catalogue {path} has invalid files, fix them first: {problems}"),
            path=catalog_dir,
            problems=all_problems(catalog.problems),
        )
    if not catalog.platforms:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "catalogue {path} has no platform files"), path=catalog_dir
        )
    key = load_private_key(private_key_path)
    now = now or datetime.now(UTC)
    version = version if version is not None else default_version(now)
    if not 0 < version <= MAX_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "catalogue version must be a whole number from 1 to {maximum}"),
            code="version_out_of_range",
            maximum=MAX_VERSION,
        )
    contents = {f"platforms/{p.path.name}": p.path.read_bytes() for p in catalog.platforms}
    bundle_bytes = pack_bundle(contents, version, now)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    bundle_path = out_dir / BUNDLE_FILE_NAME
    signature_path = out_dir / (BUNDLE_FILE_NAME + SIGNATURE_SUFFIX)
    bundle_path.write_bytes(bundle_bytes)
    signature_path.write_bytes(key.sign(bundle_bytes))
    return bundle_path, signature_path


def pack_bundle(contents: dict[str, bytes], version: int, created: datetime) -> bytes:
    """The archive bytes for platform files {"platforms/<id>.toml": content}, manifest included."""
    manifest = Manifest(
        version=version,
        created=created.astimezone(UTC).replace(microsecond=0),
        files={name: hashlib.sha256(data).hexdigest() for name, data in contents.items()},
    )
    # Fixed timestamps and order: the same catalogue and version give the same bytes.
    stamp = manifest.created.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = [(MANIFEST_NAME, json.dumps(manifest.to_json(), indent=2).encode())]
        entries += sorted(contents.items())
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def verify_bundle(bundle_bytes: bytes, signature: bytes, public_key: Ed25519PublicKey) -> Bundle:
    """Check signature, manifest, hashes and every platform entry; raise UpdateError on any fault."""
    if len(bundle_bytes) > MAX_BUNDLE_BYTES:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "bundle is {size} bytes, over the limit of {limit}"),
            size=len(bundle_bytes),
            limit=MAX_BUNDLE_BYTES,
        )
    if len(signature) != SIGNATURE_LENGTH:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "signature is {size} bytes; an Ed25519 signature is {length}"),
            size=len(signature),
            length=SIGNATURE_LENGTH,
        )
    manifest, files = verify_signed(bundle_bytes, signature, public_key)
    return Bundle(manifest=manifest, files=files, platforms=_validate_platforms(files))


def verify_signed(
    bundle_bytes: bytes, signature: bytes, public_key: Ed25519PublicKey
) -> tuple[Manifest, dict[str, bytes]]:
    """The manifest and files of an authentic bundle (signature, manifest, hashes; not the entries)."""
    from cryptography.exceptions import InvalidSignature

    # Nothing in the archive is read before the signature holds.
    try:
        public_key.verify(signature, bundle_bytes)
    except InvalidSignature:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Error", "signature check failed: the bundle was changed, damaged, or signed with another key"
            )
        ) from None
    return _unpack(bundle_bytes)


def _unpack(bundle_bytes: bytes) -> tuple[Manifest, dict[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(bundle_bytes))
    except zipfile.BadZipFile as error:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "bundle is not a zip archive: {reason}"), reason=error
        ) from None
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if len(names) != len(set(names)):
            raise UpdateError(QT_TRANSLATE_NOOP("Error", "bundle holds the same file name twice"))
        if MANIFEST_NAME not in names:
            raise UpdateError(QT_TRANSLATE_NOOP("Error", "bundle has no manifest.json"))
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise UpdateError(
                QT_TRANSLATE_NOOP("Error", "bundle unpacks to more than {limit} bytes"),
                limit=MAX_UNPACKED_BYTES,
            )
        try:
            manifest = Manifest.from_json(json.loads(archive.read(MANIFEST_NAME)))
            extra = sorted(set(names) - set(manifest.files) - {MANIFEST_NAME})
            missing = sorted(set(manifest.files) - set(names))
            if extra and missing:
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "bundle content does not match its manifest: not listed {extra}, missing {missing}",
                    ),
                    extra=extra,
                    missing=missing,
                )
            if extra:
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "bundle content does not match its manifest: not listed {extra}, missing none",
                    ),
                    extra=extra,
                )
            if missing:
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "bundle content does not match its manifest: not listed none, missing {missing}",
                    ),
                    missing=missing,
                )
            files = {name: archive.read(name) for name in sorted(manifest.files)}
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise UpdateError(
                QT_TRANSLATE_NOOP("Error", "bundle cannot be read: {reason}"), reason=error
            ) from None
    for name, data in files.items():
        if hashlib.sha256(data).hexdigest() != manifest.files[name]:
            raise UpdateError(
                QT_TRANSLATE_NOOP("Error", "{path} does not match its sha256 in the manifest"), path=name
            )
    return manifest, files


def _validate_platforms(files: dict[str, bytes]) -> tuple[Platform, ...]:
    with tempfile.TemporaryDirectory(prefix="opt-out-bundle-") as folder:
        for name, data in files.items():
            (Path(folder) / os.path.basename(name)).write_bytes(data)
        catalog = load_catalog(Path(folder))
    if catalog.problems:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "bundle has invalid platform entries: {problems}"),
            problems=all_problems(catalog.problems),
        )
    return tuple(catalog.platforms)
