"""Damaged and emptied databases are refused with a way back; kept copies stay few and are named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from opt_out_gui.core.backup import backup_json
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.store import DB_FILE_NAME, DamagedDatabase, Store
from opt_out_gui.core.workspace import open_workspace
from tests.cli.helpers import data_checksum, run


def make_data(data_dir: Path, name: str) -> str:
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(Profile(name=name, email="ann@example.org"))
    with workspace.store.transaction() as connection:
        connection.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)", [(f"note.{n}", "x" * 500) for n in range(200)]
        )
    text = backup_json(workspace.store)
    workspace.close()
    return text


def damage(database: Path) -> None:
    """Overwrite the middle pages with garbage, as a failing disk or a stray write would."""
    connection = sqlite3.connect(database)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with database.open("r+b") as handle:
        handle.seek(page_size * 3)
        handle.write(b"\xa5" * page_size * 4)


def test_a_damaged_database_is_refused_with_the_command_to_restore_the_newest_copy(tmp_path, capsys):
    data_dir = tmp_path / "data"
    first = make_data(data_dir, "First State")
    backup = tmp_path / "first.json"
    backup.write_text(first)
    make_data(tmp_path / "other", "Second State")
    # A restore over the first state keeps it as a copy in backups/.
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "other"), "restore", "--force", str(backup))
    assert code == 0 and "The data that was there is kept in" in out
    data_dir = tmp_path / "other"
    kept = next((data_dir / "backups").iterdir())
    damage(data_dir / DB_FILE_NAME)
    before = data_checksum(data_dir / "attachments"), (data_dir / DB_FILE_NAME).read_bytes()

    code, out, err = run(capsys, "--data-dir", str(data_dir), "requests", "list")
    lines = err.splitlines()
    assert code == 2 and out == "" and len(lines) == 2 and "Traceback" not in err
    assert lines[0].startswith(f"opt-out: error: {data_dir / DB_FILE_NAME} is damaged (")
    assert lines[0].endswith("; it was not changed")
    command = f"opt-out --data-dir {data_dir} restore --force {kept}"
    assert lines[1] == f"opt-out: to restore the newest kept copy, run: {command}"
    assert (data_checksum(data_dir / "attachments"), (data_dir / DB_FILE_NAME).read_bytes()) == before

    # The offered command works: the kept copy comes back, the damaged file is set aside.
    code, out, err = run(capsys, *command.split()[1:])
    assert code == 0, err
    workspace = open_workspace(str(data_dir))
    assert workspace.profiles.load().name == "Second State"
    workspace.close()
    damaged = [p for p in (data_dir / "backups").iterdir() if p.name.endswith("before-restore-damaged")]
    assert len(damaged) == 1 and (damaged[0] / DB_FILE_NAME).read_bytes() == before[1]


def test_a_damaged_database_without_copies_names_the_backup_file_way(tmp_path, capsys):
    data_dir = tmp_path / "data"
    make_data(data_dir, "Only State")
    damage(data_dir / DB_FILE_NAME)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "profile", "show")
    assert code == 2
    assert err.splitlines()[1] == (
        "opt-out: no copy is kept in its backups folder; if you have a backup file, "
        f"run: opt-out --data-dir {data_dir} restore --force FILE"
    )


def test_an_emptied_database_is_not_replaced_while_attachments_remain(tmp_path):
    data_dir = tmp_path / "data"
    make_data(data_dir, "Ann")
    (data_dir / "attachments").mkdir()
    (data_dir / "attachments" / "0123-reply.pdf").write_bytes(b"%PDF")
    (data_dir / DB_FILE_NAME).write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="is empty, but the folder holds attachments or backups"):
        Store.open(data_dir)
    assert (data_dir / DB_FILE_NAME).stat().st_size == 0
    assert (data_dir / "attachments" / "0123-reply.pdf").read_bytes() == b"%PDF"


def test_an_empty_database_left_by_a_crash_at_first_start_is_created(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILE_NAME).write_bytes(b"")
    store = Store.open(data_dir)
    assert store.schema_version > 0
    store.close()


def test_restores_keep_only_the_newest_copies_and_say_where(tmp_path, capsys):
    backup = tmp_path / "b.json"
    backup.write_text(make_data(tmp_path / "source", "Source"))
    data_dir = tmp_path / "data"
    make_data(data_dir, "Here")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backup", "--keep-copies", "2")
    assert (
        code == 0 and out == f"A restore keeps the newest 2 copies of your data in {data_dir / 'backups'}.\n"
    )
    for _ in range(4):
        code, out, err = run(capsys, "--data-dir", str(data_dir), "restore", "--force", str(backup))
        assert code == 0, err
    copies = sorted((data_dir / "backups").iterdir())
    assert len(copies) == 2
    assert f"{data_dir / 'backups'} keeps the newest 2." in out
    assert "The data that was there is kept in" in out
    with pytest.raises(UserError, match="copies to keep 0 is not a number from 1 to 100"):
        from opt_out_gui.core.backup import set_keep

        set_keep(open_workspace(str(data_dir)).store, 0)
    # The setting belongs to the data directory: the restored data did not bring it.
    assert "backups_keep" not in {row["key"] for row in json.loads(backup.read_text())["tables"]["settings"]}
