"""Files attached to a request's events: copied into ``<data dir>/attachments/`` (mode 0600)
before the event is written, and removed again when writing it fails."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from opt_out_gui.core.datadir import ATTACHMENTS_DIR
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.files import write_private_file
from opt_out_gui.core.tracker.lifecycle import MAX_ATTACHMENT_BYTES


class StoredFile(NamedTuple):
    source_name: str
    relative: str  # the path under the data directory that the database records
    path: Path
    sha256: str
    size: int


def copy_attachment(data_dir: Path, source: Path) -> StoredFile:
    """Copy a file the user attaches into the data directory; raises UserError naming it."""
    if not source.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Error", "attachment {path} is not a readable file"), path=source)
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "attachment {path} is {megabytes} MB; the limit is {limit} MB"),
            path=source,
            megabytes=size // (1024 * 1024),
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    import hashlib  # here, not at the top: the tracker is imported at start-up
    import secrets

    from opt_out_gui.core.files import file_problem

    relative = f"{ATTACHMENTS_DIR}/{secrets.token_hex(8)}-{_safe_file_name(source.name)}"
    target = data_dir / relative
    digest = hashlib.sha256()
    try:
        with source.open("rb") as reader:
            data = reader.read()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot read attachment {path}: {reason}"),
            path=source,
            reason=error.strerror or error,
        ) from None
    digest.update(data)
    created = not target.parent.exists()
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        write_private_file(target, data)
    except OSError as error:
        if created:  # leave the data directory as it was
            target.parent.rmdir()
        raise file_problem(error, target) from None
    return StoredFile(source.name, relative, target, digest.hexdigest(), len(data))


def _safe_file_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).lstrip(".")
    return cleaned[-80:] or "attachment"
