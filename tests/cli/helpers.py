"""Running the real `opt-out` command line inside a test."""

from opt_out_gui.cli import main


def run(capsys, *argv):
    """(exit code, stdout, stderr) of `opt-out ARGV...`."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# The keys every request in `--json` output carries (issue: tracker CLI).
REQUEST_JSON_KEYS = (
    "id",
    "reference",
    "platform",
    "type",
    "law",
    "status",
    "sent",
    "received",
    "received_basis",
    "deadline",
    "extended_deadline",
    "overdue",
    "events",
)


def data_checksum(data_dir) -> str:
    """A fingerprint of the user data in a data directory: every file, and the database's content.

    The log, the database's sidecars (SQLite's -wal/-shm, the store's note of a clean close)
    and the catalogue's parse cache are left out (every command logs; they describe the
    file, not the data; any command may refresh the cache); the database counts by its
    rows, not its bytes.
    """
    import hashlib
    import sqlite3
    from pathlib import Path

    root = Path(data_dir)
    digest = hashlib.sha256()
    if not root.exists():
        return "absent"
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(("opt-out.log", "cache")) or relative.endswith(("-wal", "-shm", ".closed")):
            continue
        digest.update(relative.encode() + b"\0")
        if path.is_file() and relative != "opt-out.sqlite3":
            digest.update(path.read_bytes())
    database = root / "opt-out.sqlite3"
    if database.is_file() and database.stat().st_size:
        try:
            lines = _dump(sqlite3.connect(database))
        except sqlite3.OperationalError:
            # No room or no right to make the -shm file: read the file as it is.
            lines = _dump(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro&immutable=1", uri=True))
        for line in lines:
            digest.update(line.encode())
    return digest.hexdigest()


def _dump(connection) -> list[str]:
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
