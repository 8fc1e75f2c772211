"""`opt-out restore --force` is killed (SIGKILL) at 50 chosen points; the data survives every time.

The restore runs in a child process whose file-system calls (open for writing,
write-sync, rename, link, unlink, mkdir, rmdir) are counted; at the chosen step the
child kills itself with SIGKILL, so every point of the staging and the switch can be
hit, not just the ones a timer happens to land on. The 50 points are drawn with a
fixed seed from every step of a dry run, and every step of the switch itself is among
them. After some kills the start-up recovery is killed too, at a seeded step.

After each kill the data directory is opened as the app opens it, and then:
the database passes `PRAGMA integrity_check`; every attachment row has its file with
the right SHA-256 and there is no other file; the data is exactly the old data or
exactly the new data (the backup JSON equals one of them); and `backup` works.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from opt_out_gui.core.backup import backup_json, write_backup
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace

REPO = Path(__file__).resolve().parents[2]
KILLS = 50
SEED = 20261201
# The child: count file-system calls, SIGKILL itself at step KILL_AT (0: never), print the count.
CHILD = textwrap.dedent(
    """
    import os, shutil, signal, sys

    kill_at = int(os.environ["KILL_AT"])
    steps = 0

    def counted(function):
        def wrapper(*args, **kwargs):
            global steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)
        return wrapper

    def counted_open(function):
        plain = function
        watched = counted(function)
        def wrapper(path, flags, *args, **kwargs):
            writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            return (watched if writing else plain)(path, flags, *args, **kwargs)
        return wrapper

    for name in ("replace", "rename", "link", "unlink", "mkdir", "rmdir", "fsync", "write"):
        setattr(os, name, counted(getattr(os, name)))
    os.open = counted_open(os.open)
    mode = sys.argv[1]
    if mode == "restore":
        from opt_out_gui.cli import main
        code = main(["--data-dir", sys.argv[2], "restore", "--force", sys.argv[3]])
    else:  # "open": what any command does first
        from opt_out_gui.core.store import Store
        Store.open(__import__("pathlib").Path(sys.argv[2])).close()
        code = 0
    print("steps", steps, flush=True)
    sys.exit(code)
    """
)


def run_child(mode: str, data_dir: Path, backup: Path | None, kill_at: int) -> tuple[int, int | None]:
    """(return code, steps counted) of a child run; the count is None when it was killed."""
    child = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data_dir), str(backup or "")],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO), KILL_AT=str(kill_at)),
        timeout=60,
    )
    steps = next(
        (int(line.split()[1]) for line in child.stdout.splitlines() if line.startswith("steps")), None
    )
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"child failed ({child.returncode}): {child.stderr}")
    return child.returncode, steps


def fill(data_dir: Path, tag: str, attachments: list[bytes]) -> str:
    """A data directory with a profile, requests, events and the given attachments; its backup JSON."""
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(Profile(name=f"Person {tag}", email=f"{tag}@example.org", country="DE"))
    workspace.store.set_settings({"backups_keep": "3"})
    tracker = TrackerService(workspace.store, load_catalog())
    files = data_dir.parent / f"files-{tag}"
    files.mkdir()
    for number, content in enumerate(attachments):
        request = tracker.create(
            Draft(
                reference=f"2026-{tag}{number:03d}",
                platform="linkedin",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="privacy@example.org",
                subject=f"Objection {tag} {number}",
                body=f"Dear Sir or Madam,\n\nobjection {number} of {tag}.\n",
                channel="email",
            )
        )
        evidence = files / f"reply-{number}.pdf"
        evidence.write_bytes(content)
        tracker.record(request.id, "withdrawn", date(2026, 3, 1), attachments=[evidence])
    text = backup_json(workspace.store)
    workspace.close()
    return text


def check_survivor(data_dir: Path, old: str, new: str, out: Path) -> str:
    """Open as the app does and check everything; returns 'old' or 'new'."""
    workspace = open_workspace(str(data_dir))
    try:
        connection = workspace.store.connection
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT stored_path, sha256 FROM attachments").fetchall()
        for stored_path, digest in rows:
            assert hashlib.sha256((data_dir / stored_path).read_bytes()).hexdigest() == digest, stored_path
        on_disk = {f"attachments/{p.name}" for p in (data_dir / "attachments").iterdir()}
        assert on_disk == {row[0] for row in rows}, "attachment files and rows differ"
        assert not (data_dir / ".restore-stage").exists() and not (data_dir / "restore-switch.json").exists()
        text = backup_json(workspace.store)
        assert text in (old, new), "the data is a mix of old and new"
        out.unlink(missing_ok=True)
        write_backup(workspace.store, out)
        assert json.loads(out.read_text())["tables"]["profile"]
        return "old" if text == old else "new"
    finally:
        workspace.close()


def test_restore_killed_at_50_points_leaves_old_or_new_data(tmp_path):
    rng = random.Random(SEED)
    # A large attachment (as in the report) and several small ones, on both sides.
    big = rng.randbytes(3 * 1024 * 1024)
    old = fill(tmp_path / "template", "AAAA", [big, b"old small reply", rng.randbytes(5000)])
    new_source = tmp_path / "new-source"
    new_files = [rng.randbytes(2 * 1024 * 1024)] + [f"new reply {n}".encode() for n in range(11)]
    new = fill(new_source, "BBBB", new_files)
    backup = tmp_path / "new.json"
    backup.write_text(new, encoding="utf-8")
    data_dir = tmp_path / "data"
    out = tmp_path / "check.json"

    def fresh() -> None:
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(tmp_path / "template", data_dir)

    # Dry run: how many steps a whole restore takes, and where the switch starts.
    fresh()
    code, total = run_child("restore", data_dir, backup, kill_at=0)
    assert code == 0 and check_survivor(data_dir, old, new, out) == "new"
    assert total > KILLS
    switch_steps = _switch_steps(data_dir, backup, total, tmp_path)
    others = [step for step in range(1, total + 1) if step not in switch_steps]
    points = sorted(switch_steps + rng.sample(others, KILLS - len(switch_steps)))
    assert len(set(points)) == KILLS

    outcomes = {"old": 0, "new": 0}
    recovery_kills = 0
    for number, point in enumerate(points):
        fresh()
        code, _ = run_child("restore", data_dir, backup, kill_at=point)
        assert code == -signal.SIGKILL, f"step {point} did not kill the restore"
        if number % 3 == 0:
            # Kill the start-up recovery too, at a seeded early step (recovery takes only a few).
            code, _ = run_child("open", data_dir, None, kill_at=rng.randint(1, 8))
            recovery_kills += code == -signal.SIGKILL
        outcomes[check_survivor(data_dir, old, new, out)] += 1
    # Both outcomes occur: kills before the commit point keep the old data, after it the new.
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes
    assert recovery_kills > 0
    print(f"restore kills survived: {KILLS} ({outcomes}), recovery kills survived: {recovery_kills}")


def _switch_steps(data_dir: Path, backup: Path, total: int, tmp_path: Path) -> list[int]:
    """The steps from the commit point (switch file written) to the end: the switch itself."""
    # Bisect for the first step whose kill leaves the new data: the commit point.
    low, high = 1, total
    while low < high:
        middle = (low + high) // 2
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(tmp_path / "template", data_dir)
        run_child("restore", data_dir, backup, kill_at=middle)
        workspace = open_workspace(str(data_dir))
        restored = workspace.profiles.load().name == "Person BBBB"
        workspace.close()
        if restored:
            high = middle
        else:
            low = middle + 1
    return list(range(max(1, low - 3), min(total, low + 20) + 1))
