import hashlib
import sqlite3
import stat

import pytest

from opt_out_gui.core import store as store_module
from opt_out_gui.core.datadir import prepare_data_dir
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.store import DB_FILE_NAME, SCHEMA_VERSION, Store
from opt_out_gui.core.workspace import open_workspace


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_open_creates_private_folder_and_database(data_dir):
    workspace = open_workspace(str(data_dir))
    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / DB_FILE_NAME) == 0o600
    assert _mode(workspace.log_path) == 0o600
    connection = workspace.store.connection
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert workspace.store.schema_version == SCHEMA_VERSION


def test_environment_variable_chooses_the_data_dir(data_dir, monkeypatch, tmp_path):
    other = tmp_path / "elsewhere"
    monkeypatch.setenv("OPT_OUT_DATA_DIR", str(other))
    workspace = open_workspace()
    assert workspace.data_dir == other
    assert (other / DB_FILE_NAME).exists()


def test_foreign_keys_are_enforced(data_dir):
    store = open_workspace(str(data_dir)).store
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as connection:
        connection.execute(
            "INSERT INTO checklist_progress (account_id, control, state, done_at) "
            "VALUES (999, 'x', 'done', '2026-01-01')"
        )


def test_failed_transaction_leaves_nothing_behind(data_dir):
    store = open_workspace(str(data_dir)).store
    with pytest.raises(RuntimeError), store.transaction() as connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert store.get_setting("a") is None


def test_database_from_newer_version_is_refused_and_untouched(data_dir):
    prepare_data_dir(data_dir)
    path = data_dir / DB_FILE_NAME
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = _digest(path)
    with pytest.raises(UserError, match="newer version"):
        Store.open(data_dir)
    assert _digest(path) == before
    assert not (data_dir / "backups").exists()


def test_file_that_is_not_sqlite_is_refused_and_untouched(data_dir):
    prepare_data_dir(data_dir)
    path = data_dir / DB_FILE_NAME
    path.write_text("these are my notes, not a database\n")
    before = _digest(path)
    with pytest.raises(UserError, match="not an SQLite database"):
        Store.open(data_dir)
    assert _digest(path) == before


def test_data_dir_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        open_workspace(str(target))


def test_uncreatable_data_dir_is_refused_without_creating_anything(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot create data directory"):
        open_workspace(str(blocker / "data"))
    assert blocker.read_text() == "x"


def test_migration_copies_the_database_first(data_dir, monkeypatch):
    workspace = open_workspace(str(data_dir))
    workspace.store.set_settings({"kept": "yes"})
    workspace.close()
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY);"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS + (extra,))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    migrated = Store.open(data_dir)
    assert migrated.schema_version == SCHEMA_VERSION + 1
    assert migrated.get_setting("kept") == "yes"
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert copy.execute("SELECT value FROM settings WHERE key='kept'").fetchone()[0] == "yes"
    assert _mode(backups[0]) == 0o600


def test_failed_migration_rolls_back_to_the_old_version(data_dir, monkeypatch):
    open_workspace(str(data_dir)).close()
    broken = "CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS + (broken,))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        Store.open(data_dir)
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables


def test_log_rotates_when_large_and_keeps_three(data_dir):
    from opt_out_gui.core import logsetup

    prepare_data_dir(data_dir)
    log = data_dir / logsetup.LOG_FILE_NAME
    for generation in range(5):
        log.write_bytes(str(generation).encode() * logsetup.MAX_BYTES)
        logsetup.setup_logging(data_dir)
        logsetup.setup_logging(data_dir.parent)  # release the handler so the next start rotates
    names = sorted(p.name for p in data_dir.glob("opt-out.log*"))
    assert names == ["opt-out.log", "opt-out.log.1", "opt-out.log.2", "opt-out.log.3"]
    assert (data_dir / "opt-out.log.1").read_bytes()[:1] == b"4"
    assert (data_dir / "opt-out.log.3").read_bytes()[:1] == b"2"


def test_the_full_check_is_skipped_only_for_a_file_as_the_app_left_it(data_dir, monkeypatch):
    # PRAGMA quick_check reads the whole file (seconds at 100,000 requests); it runs unless the
    # file is exactly as the app left it at its last clean close.
    import os

    from opt_out_gui.core import store as store_module
    from opt_out_gui.core.datadir import prepare_data_dir
    from opt_out_gui.core.store import Store

    checks = []
    real = store_module._open_checked
    monkeypatch.setattr(
        store_module, "_open_checked", lambda path, ro, check: checks.append(check) or real(path, ro, check)
    )
    prepare_data_dir(data_dir)
    Store.open(data_dir).close()  # created: nothing to check
    Store.open(data_dir).close()  # closed cleanly before: skipped
    crashed = Store.open(data_dir)  # closed cleanly before: skipped, then "crashes" (no close)
    crashed.set_settings({"smtp.host": "mail.example.org"})
    Store.open(data_dir).close()  # no clean close since: checked
    database = data_dir / store_module.DB_FILE_NAME
    os.utime(database, ns=(database.stat().st_atime_ns, database.stat().st_mtime_ns + 10**9))
    Store.open(data_dir).close()  # touched by someone else since the clean close: checked
    crashed.connection.close()  # the crashed session's last write reaches the file
    Store.open(data_dir).close()  # checked
    import sqlite3

    reader = sqlite3.connect(f"file:{database}?mode=ro", uri=True)  # a reader leaves an empty log
    reader.execute("SELECT count(*) FROM requests").fetchone()
    reader.close()
    assert os.path.getsize(f"{database}-wal") == 0
    Store.open(data_dir).close()  # only read since: skipped
    assert checks == [False, False, False, True, True, True, False]
    assert oct(os.stat(f"{database}.closed").st_mode & 0o777) == "0o600"
