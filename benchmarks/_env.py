"""Environment shared by the benchmark scripts."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

import opt_out_gui


def child_environment() -> dict[str, str]:
    """Environment for measured child processes, as on an installed app.

    pip byte-compiles an installed package; a shell with PYTHONDONTWRITEBYTECODE
    would make every start recompile our sources and measure the compiler.
    """
    compileall.compile_dir(str(Path(opt_out_gui.__file__).parent), quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env
