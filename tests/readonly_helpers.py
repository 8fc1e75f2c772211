"""Making a path read-only for a test, in a way that holds even for root (CI runs as root)."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` (a folder or a file) cannot be written inside the block.

    Root ignores permission bits, so as root the path is bind-mounted read-only onto
    itself; other users get the permission bits cleared.
    """
    if os.geteuid() != 0:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    for command in (["mount", "--bind", str(path), str(path)], ["mount", "-o", "remount,ro,bind", str(path)]):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", str(path)], capture_output=True)
            pytest.skip(f"cannot make a read-only bind mount here ({done.stderr.strip()})")
    try:
        yield
    finally:
        # Lazily: a connection the test process still holds must not keep the mount busy.
        subprocess.run(["umount", "-l", str(path)], check=True)
