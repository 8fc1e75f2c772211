"""The wording shared by the GUI and the CLI (opt_out_gui.wording): one label per id, one
deadline formatter, counts in one form per number, and every text ready for translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import opt_out_gui.wording
from opt_out_gui.core import catalog, checklist, countries, letters, receipt, tracker
from opt_out_gui.wording import count, identity
from opt_out_gui.wording.deadlines import deadline_text
from opt_out_gui.wording.labels import KINDS, label_of, labels_of

# Each kind of label and the ids core defines for it, in core's order.
IDS = {
    "status": tracker.STATUSES,
    "event": tracker.EVENT_KINDS,
    "refusal_reason": tracker.REFUSAL_REASONS,
    "channel": tracker.CHANNELS,
    "send_by": tracker.CHANNELS,
    "receipt_basis": receipt.BASES,
    "control_kind": catalog.CONTROL_KINDS,
    "control_scope": catalog.SCOPES,
    "category": catalog.CATEGORIES,
    "source_kind": catalog.SOURCE_KINDS,
    "legal_basis": catalog.BASES,
    "platform_status": checklist.PLATFORM_STATUSES,
    "objection_ground": letters.GROUNDS,
    "erasure_scope": letters.ERASURE_SCOPES,
    "earlier_outcome": letters.EARLIER_OUTCOMES,
    "request_group": letters.REQUEST_GROUPS,
    "region": countries.REGIONS,
}


def test_every_id_core_defines_has_exactly_one_label_in_core_order():
    assert set(IDS) == set(KINDS)
    for kind, ids in IDS.items():
        assert list(labels_of(kind)) == sorted(ids, key=list(ids).index), kind
        assert all(words.strip() for words in labels_of(kind).values()), kind


def test_labels_go_through_the_translate_function():
    calls = []

    def bracketed(context, text):
        calls.append(context)
        return f"[{text}]"

    assert label_of("channel", "in_app", bracketed) == "[In the app]"
    assert label_of("channel", "in_app") == "In the app"
    assert all(value.startswith("[") for value in labels_of("status", bracketed).values())
    assert set(calls) == {"Channel", "Status"}
    assert label_of("status", "no-such-status") == "no-such-status"


@pytest.mark.parametrize(
    ("days_left", "overdue", "words"),
    [
        (5, False, "5 days left"),
        (1, False, "1 day left"),
        (0, False, "due today"),
        (-1, True, "overdue by 1 day"),
        (-10, True, "overdue by 10 days"),
        (-3, False, "passed 3 days ago"),  # waiting for the user's information: nothing is owed
    ],
)
def test_one_deadline_formatter(days_left, overdue, words):
    assert deadline_text(days_left, overdue) == words


def test_counts_take_one_form_per_number():
    assert (count("day", 1), count("day", 2), count("day", 0)) == ("1 day", "2 days", "0 days")
    assert count("copy", 1) == "1 copy" and count("copy", 4) == "4 copies"

    def marked(context, text, disambiguation=None, n=-1):
        return "~" + identity(context, text, disambiguation, n)

    assert count("request", 3, marked) == "~3 requests"


def _translate_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("t", "translate")
        ):
            yield node


def test_every_text_is_a_literal_a_translation_tool_can_extract():
    # pyside6-lupdate reads `translate("Context", "text")` calls; a text built at run time
    # (an f-string, a variable) could never be translated.
    package = Path(opt_out_gui.wording.__file__).parent
    found = 0
    for path in sorted(package.glob("*.py")):
        for call in _translate_calls(ast.parse(path.read_text(encoding="utf-8"))):
            context, text = call.args[:2]
            if getattr(context, "value", None) in ("Error", "LawText") and not isinstance(text, ast.Constant):
                # Core's error templates and the law reference's texts, marked QT_TRANSLATE_NOOP
                # in core (where an error is raised; core/laws/texts.py).
                continue
            found += 1
            assert len(call.args) == 2, f"{path.name}:{call.lineno}"
            assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args), (
                f"{path.name}:{call.lineno} passes a text that is not a literal"
            )
    assert found > 100


def test_a_text_with_a_plural_is_a_numerus_text():
    # "(s)" appears only in the numerus texts of wording.Count, which each language gives in its
    # own plural forms (English through the en translation or identity); never shown as is.
    package = Path(opt_out_gui.wording.__file__).parent
    numerus = 0
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_tr_calls = {
            id(node.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and len(node.args) == 3
        }
        for node in ast.walk(tree):
            not_a_text = isinstance(node, ast.Constant) and ("\n" in str(node.value) or node.value == "(s)")
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "(s)" in node.value
                and not not_a_text
            ):
                assert id(node) in in_tr_calls, f"{path.name}:{node.lineno}: {node.value!r}"
                numerus += 1
    assert numerus >= 10


def test_the_wording_default_is_english_unchanged():
    assert identity("Any", "Text") == "Text"


def test_region_names_match_core_s_english_names():
    from opt_out_gui.wording.labels import region_name

    for region in (*countries.REGIONS, "us-ca", "us-ny"):
        assert region_name(region) == countries.region_name(region)


def test_every_recommendation_code_of_the_chooser_has_words():
    from opt_out_gui.core.laws import chooser
    from opt_out_gui.wording.chooser import CODES

    raised = set()
    for node in ast.walk(ast.parse(Path(chooser.__file__).read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        position = {"recommend": 1, "Recommendation": 2}.get(name)
        if position is None or len(node.args) <= position:
            continue
        if isinstance(node.args[position], ast.Constant):
            raised.add(node.args[position].value)
    assert raised == set(CODES)


def test_every_field_label_names_a_field_core_checks():
    # A label for a field no rule names any more would never be shown (and hide a renamed one).
    import opt_out_gui.core
    from opt_out_gui.wording.labels import FIELD_LABELS

    named = set()
    for path in Path(opt_out_gui.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    named.add(first.value)
                named |= {
                    keyword.value.value
                    for keyword in node.keywords
                    if keyword.arg == "field" and isinstance(keyword.value, ast.Constant)
                }
    assert set(FIELD_LABELS) - named == set()
    assert all(words(identity) == field for field, words in FIELD_LABELS.items())  # English: the name
