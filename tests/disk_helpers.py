"""A small, full disk for tests: a tmpfs mounted for the test (CI runs as root on Debian)."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(mount_point: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` at `mount_point`; skips the test where mounting is not allowed."""
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill_disk(folder: Path) -> Path:
    """Write a file until the disk holding `folder` has no byte left; returns the file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for chunk in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(descriptor, b"\0" * chunk)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(descriptor)
    assert os.statvfs(folder).f_bavail == 0
    return filler
