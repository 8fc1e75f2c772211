"""Environment shared by the benchmark scripts."""

from __future__ import annotations

import compileall
import os
import sys
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


def opt_out_command() -> list[str]:
    """`opt-out` as installed next to this interpreter (the console script users run)."""
    script = Path(sys.executable).with_name("opt-out")
    return [str(script)] if script.exists() else [sys.executable, "-m", "opt_out_gui.cli"]
