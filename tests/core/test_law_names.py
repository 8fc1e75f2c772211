"""The precomputed names index (core/law_names.py) stays in step with laws.toml."""

from opt_out_gui.core import law_names
from opt_out_gui.core.laws import all_laws, request_types, texts
from opt_out_gui.core.laws.index import INDEX_PATH, TEXTS_PATH, render_index, render_texts


def test_the_index_file_is_what_laws_toml_gives():
    # When this fails after a change to laws.toml: python -m opt_out_gui.core.laws.index
    assert INDEX_PATH.read_text(encoding="utf-8") == render_index()


def test_the_marked_law_texts_are_what_laws_toml_gives():
    # When this fails after a change to laws.toml: python -m opt_out_gui.core.laws.index
    assert TEXTS_PATH.read_text(encoding="utf-8") == render_texts()
    marked = set(texts.TEXTS)
    for request_type in request_types():
        assert {request_type.title, request_type.description} <= marked, request_type.id
    for law in all_laws():
        shown = {law.jurisdiction, *(r.title for r in law.rights.values()), *law.notes}
        assert shown <= marked, law.id
    assert "EU and EEA" in marked and len(marked) == len(texts.TEXTS)


def test_every_type_and_law_has_its_name_from_the_law_engine():
    assert {t.id: t.title for t in request_types()} == law_names.TYPE_TITLES
    assert {law.id: law.short_name for law in all_laws()} == law_names.LAW_NAMES
    assert law_names.type_title("gdpr-objection-ai") == "Objection to AI training"
    assert law_names.law_name("uk-gdpr") == "UK GDPR"


def test_an_id_this_version_does_not_know_is_shown_as_it_is():
    assert law_names.type_title("gdpr-retired-type") == "gdpr-retired-type"
    assert law_names.law_name("xx-law") == "xx-law"
