"""Property tests: any name, address or free text is data, never template code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from opt_out_gui.core import letters
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.references import REFERENCE_PATTERN, find_reference, new_reference

CATALOG = load_catalog()
TEMPLATE_SYNTAX = [
    "{{ 7*7 }}",
    "{% raw %}",
    "{# note #}",
    "{{ ''.__class__ }}",
    "{% for x in range(3) %}x{% endfor %}",
]
# Printable text on one line (the profile refuses line breaks in names), any script.
line = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60).filter(
    lambda s: s.strip() == s and s
)
injected = st.builds(lambda a, b, c: a + b + c, line, st.sampled_from(TEMPLATE_SYNTAX), line)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.one_of(line, injected),
    address=st.lists(st.one_of(line, injected), min_size=1, max_size=4),
    free_text=st.one_of(line, injected),
    type_id=st.sampled_from(["gdpr-objection-ai", "gdpr-erasure", "gdpr-access-ai"]),
    language=st.sampled_from(["en", "de", "pl"]),
)
def test_user_input_appears_literally(name, address, free_text, type_id, language):
    profile = Profile(name=name, email="x@example.org", address="\n".join(address), country="DE")
    options = letters.LetterOptions(grounds_text=free_text, data_scope=free_text)
    letter = letters.compose_letter(
        CATALOG.get("linkedin"),
        type_id,
        "gdpr",
        language,
        profile,
        account=free_text,
        reference="2026-K3F9Q2M",
        today=date(2026, 3, 2),
        options=options,
    )
    assert name in letter.body
    assert free_text in letter.body
    # The HTML carries the same text, escaped, so markup in a name stays text.
    assert str(escape(name)) in letter.html
    full = letter.full_text()
    for address_line in address:
        assert address_line in full


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2999, 12, 31)))
def test_references_match_the_pattern_and_are_found_in_subjects(today):
    reference = new_reference(today)
    assert reference.startswith(f"{today.year}-") and len(reference) == 12
    assert REFERENCE_PATTERN.fullmatch(reference)
    assert find_reference(f"Re: AW: Objection – Ref. {reference.lower()} (reply)") == reference


def test_references_do_not_repeat_and_avoid_ambiguous_letters():
    references = {new_reference(date(2026, 1, 1)) for _ in range(2000)}
    assert len(references) == 2000
    assert not any(set(r[5:]) & set("ILOU") for r in references)
    assert find_reference("no reference here, only 2026-ILLEGAL") is None


def test_edited_text_is_never_rendered():
    letter = letters.compose_letter(
        CATALOG.get("linkedin"),
        "gdpr-objection-ai",
        "gdpr",
        "en",
        Profile(name="A B", country="DE"),
        reference="2026-K3F9Q2M",
        today=date(2026, 3, 2),
    )
    edited = letters.with_edited_body(letter, "Total: {{ 7*7 }} {% raw %}")
    assert "Total: {{ 7*7 }} {% raw %}" in edited.html
    assert replace(edited, html="").body.startswith("Total: {{ 7*7 }}")
