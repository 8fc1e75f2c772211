"""Files written from laws.toml: the small index of law and request-type names that
start-up and lists need (core/law_names.py, so they need not load the law engine), and the
law texts the GUI shows, marked for translation (core/laws/texts.py).

`python -m opt_out_gui.core.laws.index` writes both again after laws.toml changed;
tests/core/test_law_names.py fails while either is out of step.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from opt_out_gui.core.laws.registry import all_laws, request_types

INDEX_PATH = Path(__file__).resolve().parent.parent / "law_names.py"
TEXTS_PATH = Path(__file__).resolve().parent / "texts.py"


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


def shown_texts() -> list[str]:
    """The texts of laws.toml the GUI shows, once each, in file order: request types' titles
    and descriptions, laws' names and jurisdictions, rights, the notes on a law's page and the deadline
    rules' sentences that a deadline's notes quote."""
    texts = [text for t in request_types() for text in (t.title, t.description)]
    for law in all_laws():
        texts += [law.name, law.jurisdiction, *(right.title for right in law.rights.values())]
        texts += [law.regulator_note, *law.notes]
        for rule in law.deadlines.values():
            texts += [*rule.notes, rule.extension_note, rule.not_stated_note]
            texts += [text for other in rule.alternatives for text in (other.label, other.used_reading)]
    return list(dict.fromkeys(text for text in texts if text))


def render_texts() -> str:
    """The text of core/laws/texts.py for the laws.toml in the package."""
    marked = "".join(f'    QT_TRANSLATE_NOOP("LawText", {_literal(text)}),\n' for text in shown_texts())
    return (
        '"""The texts of data/laws.toml that the GUI shows, marked for pyside6-lupdate: each\n'
        'translation gives them, and the GUI words them with translate("LawText", text), so a\n'
        "text changed in laws.toml shows in English until it is translated again.\n\n"
        "Written by `python -m opt_out_gui.core.laws.index`; do not edit by hand.\n"
        '"""\n\n'
        "from opt_out_gui.core.errors import QT_TRANSLATE_NOOP\n\n"
        f"TEXTS = (\n{marked})\n"
    )


def _literal(text: str) -> str:
    """A Python string literal in the project's format (double quotes)."""
    return json.dumps(text, ensure_ascii=False)


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for path, text in ((INDEX_PATH, render_index()), (TEXTS_PATH, render_texts())):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
