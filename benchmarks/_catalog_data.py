"""A catalogue of N platforms for the benchmarks: the real platform files, then copies of them
with new ids and names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_TOP_LEVEL = {key: re.compile(rf"^{key} = .*$", re.MULTILINE) for key in ("id", "name", "aliases")}


def scaled_catalog(count: int, into: Path) -> Path:
    """A catalogue folder of `count` platforms: the real files, then copies of them with the ids
    'ID-copyN' and names 'NAME (copy N)' (aliases dropped, which must stay unique)."""
    from opt_out_gui.core.catalog import shipped_catalog_dir

    into.mkdir(parents=True)
    sources = sorted(shipped_catalog_dir().glob("*.toml"))
    for index in range(count):
        source = sources[index % len(sources)]
        copy = index // len(sources)
        if copy == 0:
            shutil.copyfile(source, into / source.name)
            continue
        new_id = f"{source.stem}-copy{copy}"
        text = source.read_text(encoding="utf-8")
        text = _TOP_LEVEL["id"].sub(f'id = "{new_id}"', text, count=1)
        name = re.search(r'^name = "(.*)"$', text, re.MULTILINE)
        assert name, f"{source} has no top-level name"
        text = _TOP_LEVEL["name"].sub(f'name = "{name.group(1)} (copy {copy})"', text, count=1)
        text = _TOP_LEVEL["aliases"].sub("aliases = []", text, count=1)
        (into / f"{new_id}.toml").write_text(text, encoding="utf-8")
    return into
