"""The small index of law and request-type names that start-up and lists need
(core/law_names.py), written from laws.toml so they need not load the law engine.

`python -m opt_out_gui.core.laws.index` writes it again after laws.toml changed;
tests/core/test_law_names.py fails while it is out of step.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from opt_out_gui.core.laws.registry import all_laws, request_types

INDEX_PATH = Path(__file__).resolve().parent.parent / "law_names.py"


def render_index() -> str:
    """The text of core/law_names.py for the laws.toml in the package."""
    types = "".join(f"    {_literal(t.id)}: {_literal(t.title)},\n" for t in request_types())
    laws = "".join(f"    {_literal(law.id)}: {_literal(law.short_name)},\n" for law in all_laws())
    return (
        '"""Request-type titles and law short names from data/laws.toml, for start-up and lists.\n\n'
        "Written by `python -m opt_out_gui.core.laws.index`; do not edit by hand.\n"
        '"""\n\n'
        f"TYPE_TITLES = {{\n{types}}}\n\nLAW_NAMES = {{\n{laws}}}\n\n\n"
        "def type_title(type_id: str) -> str:\n"
        '    """The title of a request type; the id itself for a type this version does not know."""\n'
        "    return TYPE_TITLES.get(type_id, type_id)\n\n\n"
        "def law_name(law_id: str) -> str:\n"
        '    """The short name of a law (GDPR...); the id itself for one this version does not know."""\n'
        "    return LAW_NAMES.get(law_id, law_id)\n"
    )


def _literal(text: str) -> str:
    """A Python string literal in the project's format (double quotes)."""
    return json.dumps(text, ensure_ascii=False)


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    INDEX_PATH.write_text(render_index(), encoding="utf-8")
    print(f"wrote {INDEX_PATH}", file=sys.stderr)
