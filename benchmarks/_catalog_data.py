"""A catalogue of N platforms for the benchmarks: the real platform files, then copies of them
with new ids and names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_TOP_LEVEL = {
    "id": re.compile(r"^id = .*$", re.MULTILINE),
    "name": re.compile(r"^name = .*$", re.MULTILINE),
    "aliases": re.compile(r"^aliases = \[.*?\]$", re.MULTILINE | re.DOTALL),  # may span lines
}


def scaled_catalog(count: int, into: Path) -> Path:
    """A catalogue folder of `count` platforms: the real files, then copies of them with the ids
    'ID-copyN' and names 'NAME (copy N)' (aliases dropped, which must stay unique); checked by
    loading it."""
    from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir

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
    catalog = load_catalog(into)
    if len(catalog.platforms) != count or catalog.problems:
        raise SystemExit(f"the scaled catalogue in {into} did not load whole: {catalog.problems[:3]}")
    return into
