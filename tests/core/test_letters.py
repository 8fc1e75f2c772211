"""Letters: every type in every language renders what a controller needs to act on it."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date
from email import policy
from email.parser import BytesParser

import pytest
from babel.dates import format_date

from opt_out_gui.core import laws, letters
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.recipients import NoContactError, catalog_region
from tests.conftest import catalog_with_examples

TODAY = date(2026, 3, 2)
REFERENCE = "2026-K3F9Q2M"
EARLIER = date(2026, 1, 5)

# What a reader of each language expects to see, written out here rather than taken from the templates.
SALUTATIONS = {
    "en": "Dear Sir or Madam,",
    "de": "Sehr geehrte Damen und Herren,",
    "fr": "Madame, Monsieur,",
    "es": "Muy señores míos:",
    "it": "Gentili Signori,",
    "nl": "Geachte heer, mevrouw,",
    "pl": "Szanowni Państwo,",
    "pt": "Exmos. Senhores,",
}
CLOSINGS = {
    "en": "Yours faithfully,",
    "de": "Mit freundlichen Grüßen",
    "fr": "salutations distinguées",
    "es": "Atentamente,",
    "it": "Distinti saluti",
    "nl": "Met vriendelijke groet,",
    "pl": "Z poważaniem",
    "pt": "Com os melhores cumprimentos,",
}
# Art. 12(3) GDPR, the deadline rule every GDPR letter to a controller cites, in each language's style.
ART_12_3 = {
    "en": "Article 12(3) GDPR",
    "de": "Art. 12 Abs. 3 DSGVO",
    "fr": "article 12, paragraphe 3, du RGPD",
    "es": "artículo 12.3 del RGPD",
    "it": "articolo 12, paragrafo 3, del GDPR",
    "nl": "artikel 12, lid 3, AVG",
    "pl": "art. 12 ust. 3 RODO",
    "pt": "artigo 12.º, n.º 3, do RGPD",
}
ART_21_1 = {
    "en": "Article 21(1) GDPR",
    "de": "Art. 21 Abs. 1 DSGVO",
    "fr": "article 21, paragraphe 1, du RGPD",
    "es": "artículo 21.1 del RGPD",
    "it": "articolo 21, paragrafo 1, del GDPR",
    "nl": "artikel 21, lid 1, AVG",
    "pl": "art. 21 ust. 1 RODO",
    "pt": "artigo 21.º, n.º 1, do RGPD",
}
# The article each GDPR type rests on, as it appears in an English letter.
MAIN_ARTICLE_EN = {
    "gdpr-objection-ai": "Article 21(1) GDPR",
    "gdpr-access-ai": "Article 15(3) GDPR",
    "gdpr-erasure": "Article 17(1)(c) GDPR",
    "gdpr-restriction": "Article 18(1)(d) GDPR",
    "gdpr-withdraw-consent": "Article 7(3) GDPR",
    "gdpr-reminder": "Article 12(3) GDPR",
    "gdpr-complaint": "Article 77(1) GDPR",
    "gdpr-rectification": "Article 16 GDPR",
    "gdpr-portability": "Article 20(1) GDPR",
    "gdpr-automated-decisions": "Article 22(3) GDPR",
    "gdpr-verification-reply": "Article 12(6) GDPR",
    # UK only (Data Protection Act 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103).
    "gdpr-controller-complaint": "section 164A(1) of the Data Protection Act 2018",
}
# Brazilian letters use Brazilian forms of address.
SALUTATIONS_BY_LAW = {("lgpd", "pt"): "Prezados Senhores,"}
# Brazilian and North American closings; Swiss German writes ss for ß.
CLOSINGS_BY_LAW = {
    ("lgpd", "pt"): "Atenciosamente,",
    ("ccpa", "en"): "Sincerely,",
    ("pipeda", "en"): "Sincerely,",
    ("fadp", "de"): "Mit freundlichen Grüssen",
    **{(law.id, "en"): "Sincerely," for law in laws.all_laws() if law.family == "us-state"},
}
DATE_LOCALES = {
    ("en", "gdpr"): "en_GB",
    ("pt", "gdpr"): "pt_PT",
    ("en", "lgpd"): "en_US",
    ("pt", "lgpd"): "pt_BR",
    ("en", "pipeda"): "en_CA",
    ("fr", "pipeda"): "fr_CA",
}
# What each LGPD and PIPEDA type must cite, per language (the registry's Art. 18 and 19, s. 8).
NON_GDPR_CITATIONS = {
    ("lgpd-access", "pt"): "arts. 18 e 19 da LGPD",
    ("lgpd-access", "en"): "Arts. 18 and 19 LGPD",
    ("lgpd-delete", "pt"): "art. 18 da LGPD",
    ("lgpd-delete", "en"): "Art. 18 LGPD",
    ("lgpd-correct", "pt"): "art. 18 da LGPD",
    ("lgpd-correct", "en"): "Art. 18 LGPD",
    ("lgpd-revoke-consent", "pt"): "art. 18 da LGPD",
    ("lgpd-revoke-consent", "en"): "Art. 18 LGPD",
    ("lgpd-opposition", "pt"): "art. 18, § 2º, da LGPD",
    ("lgpd-opposition", "en"): "Art. 18 § 2 LGPD",
    ("lgpd-reminder", "pt"): "art. 19 da LGPD",
    ("lgpd-reminder", "en"): "Art. 19 LGPD",
    ("lgpd-complaint", "pt"): "art. 18, § 1º, da LGPD",
    ("lgpd-complaint", "en"): "Art. 18 § 1 LGPD",
    ("pipeda-access", "en"): "PIPEDA s. 8(3)",
    ("pipeda-access", "fr"): "paragraphe 8(3) de la LPRPDE",
    ("pipeda-reminder", "en"): "PIPEDA s. 8(5)",
    ("pipeda-reminder", "fr"): "paragraphe 8(5) de la LPRPDE",
    ("pipeda-complaint", "en"): "PIPEDA s. 8(3)",
    ("pipeda-complaint", "fr"): "paragraphe 8(3) de la LPRPDE",
}
# The Swiss FADP article each GDPR-family type rests on, in each language's Swiss citation style.
FADP_ARTICLES = {
    "en": {
        "gdpr-objection-ai": "Art. 30 para. 2 let. b FADP",
        "gdpr-access-ai": "Art. 25 para. 2 FADP",
        "gdpr-erasure": "Art. 32 FADP",
        "gdpr-restriction": "Art. 31 para. 1 FADP",
        "gdpr-withdraw-consent": "Art. 6 para. 6 FADP",
        "gdpr-reminder": "Art. 25 para. 7 FADP",
        "gdpr-complaint": "Art. 49 para. 4 FADP",
    },
    "de": {
        "gdpr-objection-ai": "Art. 30 Abs. 2 lit. b DSG",
        "gdpr-access-ai": "Art. 25 Abs. 2 DSG",
        "gdpr-erasure": "Art. 32 DSG",
        "gdpr-restriction": "Art. 31 Abs. 1 DSG",
        "gdpr-withdraw-consent": "Art. 6 Abs. 6 DSG",
        "gdpr-reminder": "Art. 25 Abs. 7 DSG",
        "gdpr-complaint": "Art. 49 Abs. 4 DSG",
    },
    "fr": {
        "gdpr-objection-ai": "art. 30, al. 2, let. b, LPD",
        "gdpr-access-ai": "art. 25, al. 2, LPD",
        "gdpr-erasure": "art. 32 LPD",
        "gdpr-restriction": "art. 31, al. 1, LPD",
        "gdpr-withdraw-consent": "art. 6, al. 6, LPD",
        "gdpr-reminder": "art. 25, al. 7, LPD",
        "gdpr-complaint": "art. 49, al. 4, LPD",
    },
    "it": {
        "gdpr-objection-ai": "art. 30 cpv. 2 lett. b LPD",
        "gdpr-access-ai": "art. 25 cpv. 2 LPD",
        "gdpr-erasure": "art. 32 LPD",
        "gdpr-restriction": "art. 31 cpv. 1 LPD",
        "gdpr-withdraw-consent": "art. 6 cpv. 6 LPD",
        "gdpr-reminder": "art. 25 cpv. 7 LPD",
        "gdpr-complaint": "art. 49 cpv. 4 LPD",
    },
    # No official version in these languages: Spanish uses LPD, the others the English FADP.
    "es": {
        "gdpr-objection-ai": "artículo 30.2.b) de la LPD",
        "gdpr-access-ai": "artículo 25.2 de la LPD",
        "gdpr-erasure": "artículo 32 de la LPD",
        "gdpr-restriction": "artículo 31.1 de la LPD",
        "gdpr-withdraw-consent": "artículo 6.6 de la LPD",
        "gdpr-reminder": "artículo 25.7 de la LPD",
        "gdpr-complaint": "artículo 49.4 de la LPD",
    },
    "nl": {
        "gdpr-objection-ai": "artikel 30, lid 2, onder b, FADP",
        "gdpr-access-ai": "artikel 25, lid 2, FADP",
        "gdpr-erasure": "artikel 32 FADP",
        "gdpr-restriction": "artikel 31, lid 1, FADP",
        "gdpr-withdraw-consent": "artikel 6, lid 6, FADP",
        "gdpr-reminder": "artikel 25, lid 7, FADP",
        "gdpr-complaint": "artikel 49, lid 4, FADP",
    },
    "pl": {
        "gdpr-objection-ai": "art. 30 ust. 2 lit. b FADP",
        "gdpr-access-ai": "art. 25 ust. 2 FADP",
        "gdpr-erasure": "art. 32 FADP",
        "gdpr-restriction": "art. 31 ust. 1 FADP",
        "gdpr-withdraw-consent": "art. 6 ust. 6 FADP",
        "gdpr-reminder": "art. 25 ust. 7 FADP",
        "gdpr-complaint": "art. 49 ust. 4 FADP",
    },
    "pt": {
        "gdpr-objection-ai": "artigo 30.º, n.º 2, alínea b), da FADP",
        "gdpr-access-ai": "artigo 25.º, n.º 2, da FADP",
        "gdpr-erasure": "artigo 32.º da FADP",
        "gdpr-restriction": "artigo 31.º, n.º 1, da FADP",
        "gdpr-withdraw-consent": "artigo 6.º, n.º 6, da FADP",
        "gdpr-reminder": "artigo 25.º, n.º 7, da FADP",
        "gdpr-complaint": "artigo 49.º, n.º 4, da FADP",
    },
}
FADP_DATE_LOCALES = {
    "en": "en_GB",
    "de": "de_CH",
    "fr": "fr_CH",
    "it": "it_CH",
    "es": "es",
    "nl": "nl",
    "pl": "pl",
    "pt": "pt_PT",
}
FADP_COMMISSIONER = {
    "en": "(FDPIC)",
    "de": "(EDÖB)",
    "fr": "(PFPDT)",
    "it": "(IFPDT)",
    "es": "FDPIC)",
    "nl": "FDPIC)",
    "pl": "FDPIC)",
    "pt": "FDPIC)",
}
# A fictional platform with a controller in every region (tests/data/platforms), so every law
# and language is exercised whatever the research state of the real catalogue.
PLATFORMS = ("example-social",)
PROFILES = {
    "gdpr": Profile("Agnieszka Müller-Øberg", "agnieszka@example.eu", "Damrak 1\n1012 LG Amsterdam", "NL"),
    "ccpa": Profile("María José Núñez", "mj@example.com", "1 Main St\nSacramento, CA 95814", "US", "CA"),
    "us-state": Profile("Dana Whitfield", "dana@example.com", "2 Oak Ave\nRichmond, VA 23219", "US", "VA"),
    "lgpd": Profile(
        "João da Silva Gonçalves", "joao@example.com.br", "Rua Augusta, 100\nSão Paulo - SP", "BR"
    ),
    "pipeda": Profile("Marie-Ève Tremblay", "marie@example.ca", "1 rue Principale\nMontréal QC", "CA"),
}
SWISS = Profile("Anna Müller", "anna@example.ch", "Bahnhofstrasse 1\n8001 Zürich", "CH")
OPTIONS = letters.LetterOptions(
    grounds=("creative-work",),
    earlier_date=EARLIER,
    earlier_reference="2025-ABCDEFG",
    correction="My birth year is 1980, not 1908.",
    agent="Jane Roe, 5 Elm St, Sacramento, CA 95814",
)


@pytest.fixture(scope="module")
def catalog():
    return catalog_with_examples()


def every_type_and_language():
    return [(t, lang) for t in letters.available_types() for lang in letters.languages_for(t)]


def compose(catalog, platform_id, type_id, language, law_id=None, **changes):
    family = letters.family_of(type_id)
    profile = replace(PROFILES[family], language=language)
    default_law = laws.default_law_for(profile.country, profile.state)
    if default_law not in letters.laws_for_type(type_id):  # a UK-only type
        default_law = letters.laws_for_type(type_id)[0]
    return letters.compose_letter(
        catalog.get(platform_id),
        type_id,
        law_id or default_law,
        language,
        profile,
        account="member-4711",
        reference=REFERENCE,
        today=TODAY,
        options=changes.pop("options", OPTIONS),
        **changes,
    )


def test_the_required_languages_are_there():
    gdpr_types = [t for t in letters.available_types() if t.startswith("gdpr-")]
    assert set(gdpr_types) == set(MAIN_ARTICLE_EN)
    for type_id in gdpr_types:
        assert set(letters.languages_for(type_id)) == set(SALUTATIONS)
        if "fadp" in laws.get_request_type(type_id).laws:
            assert set(letters.languages_for(type_id, law_id="fadp")) == set(FADP_ARTICLES)
    expected_by_family = {
        "ccpa": {"en", "es"},
        "us-state": {"en", "es"},
        "lgpd": {"pt", "en"},
        "pipeda": {"en", "fr"},
    }
    for type_id in letters.available_types():
        if letters.family_of(type_id) != "gdpr":
            assert set(letters.languages_for(type_id)) == expected_by_family[letters.family_of(type_id)]
    # Every request type the law engine defines has a letter, under every law of its family.
    for request_type in laws.request_types():
        assert request_type.id in letters.available_types()
        assert letters.laws_for_type(request_type.id) == request_type.laws


@pytest.mark.parametrize(("type_id", "language"), every_type_and_language())
def test_every_letter_names_parties_cites_law_and_states_deadline(catalog, type_id, language):
    for platform_id in PLATFORMS:
        letter = compose(catalog, platform_id, type_id, language)
        platform = catalog.get(platform_id)
        law = laws.get_law(letter.law_id)
        controller = platform.controller_for(catalog_region(law))
        body = letter.body
        assert letter.sender.name in body
        assert REFERENCE in letter.subject
        assert (controller.entity if controller else platform.company) in body
        assert platform.name in body
        salutation = SALUTATIONS_BY_LAW.get((law.id, language), SALUTATIONS[language])
        closing = CLOSINGS_BY_LAW.get((law.id, language), CLOSINGS[language])
        assert salutation in body and closing in body
        request_type = laws.get_request_type(type_id)
        follows_up = request_type.needs_previous_request and (
            request_type.recipient == "authority" or request_type.deadline_rule == "request"
        )
        if not follows_up and request_type.deadline_rule:
            expected = laws.compute_deadline(law.id, TODAY, type_id, None, today=TODAY).deadline
            assert letters.format_letter_date(expected, language, law.id) in body
        elif follows_up:
            expected = laws.compute_deadline(law.id, EARLIER, None, None, today=TODAY).deadline
            assert expected.year == 2026 and expected.isoformat() == letter.deadline.deadline.isoformat()
        if type_id.startswith("gdpr-"):
            if type_id not in ("gdpr-complaint", "gdpr-reminder") and law.id == "gdpr":
                assert ART_12_3[language] in body
            if type_id in ("gdpr-objection-ai", "gdpr-erasure", "gdpr-withdraw-consent"):
                assert ART_21_1[language] in body
            if language == "en":
                assert MAIN_ARTICLE_EN[type_id] in body
        elif law.family in ("lgpd", "pipeda"):
            assert NON_GDPR_CITATIONS[(type_id, language)] in body
        else:
            cited = [right.article for right in law.rights.values()]
            cited += [c for c in (request_type.statute_citation, request_type.period_citation) if c]
            assert any(article in body for article in cited), (type_id, cited)


@pytest.mark.parametrize(
    ("type_id", "language"), [(t, lang) for lang in FADP_ARTICLES for t in FADP_ARTICLES[lang]]
)
def test_fadp_letters_cite_only_sourced_articles_of_the_swiss_act(catalog, type_id, language):
    import re

    fadp = laws.get_law("fadp")
    sourced = {int(re.match(r"Art\. (\d+)", right.article).group(1)) for right in fadp.rights.values()}
    for platform_id in PLATFORMS:
        letter = letters.compose_letter(
            catalog.get(platform_id),
            type_id,
            None,  # the Swiss profile's law
            language,
            replace(SWISS, language=language),
            account="member-4711",
            reference=REFERENCE,
            today=TODAY,
            options=OPTIONS,
        )
        body = letter.body
        assert letter.law_id == "fadp" and REFERENCE in letter.subject
        closing = CLOSINGS_BY_LAW.get(("fadp", language), CLOSINGS[language])
        assert SWISS.name in body and SALUTATIONS[language] in body and closing in body
        assert FADP_ARTICLES[language][type_id] in body
        cited = {
            int(n) for n in re.findall(r"\b(?:[Aa]rt\.|artículo|artikel|artigo) (\d+)", letter.subject + body)
        }
        assert cited and cited <= sourced, cited - sourced
        # GDPR wording never leaks into a Swiss letter.
        assert "GDPR" not in body and "DSGVO" not in body and "RGPD" not in body
        if type_id == "gdpr-complaint":
            assert letter.recipient.kind == "authority" and letter.recipient.entity.startswith("EDÖB")
        else:
            assert FADP_COMMISSIONER[language] in body
        if type_id not in ("gdpr-reminder", "gdpr-complaint"):
            expected = laws.compute_deadline("fadp", TODAY, type_id, None, today=TODAY).deadline
            assert letters.format_letter_date(expected, language, "fadp") in body
            # The Swiss locale's month names (babel), whatever the day's own convention.
            month_and_year = format_date(expected, "long", locale=FADP_DATE_LOCALES[language]).split(" ", 1)[
                1
            ]
            assert month_and_year in body


def test_fadp_states_the_30_day_period_as_law_only_for_access(catalog):
    access = compose(catalog, "adobe", "gdpr-access-ai", "en", law_id="fadp")
    objection = compose(catalog, "adobe", "gdpr-objection-ai", "en", law_id="fadp")
    assert (
        "Under Art. 25 para. 7 FADP, the information must in general be provided within 30 days"
        in access.body
    )
    assert "I ask you to reply within 30 days" in objection.body
    assert "Art. 25 para. 7" not in objection.body


@pytest.mark.parametrize(
    ("law_id", "language", "closure"),
    [
        ("gdpr", "en", "closure of my account"),
        ("fadp", "en", "closure of my account"),
        ("fadp", "de", "Schliessung meines Kontos"),
        ("fadp", "fr", "clôture de mon compte"),
        ("fadp", "it", "chiusura del mio account"),
        ("fadp", "es", "el cierre de mi cuenta"),
        ("fadp", "nl", "mijn account te sluiten"),
        ("fadp", "pl", "zamknięcia mojego konta"),
        ("fadp", "pt", "encerramento da minha conta"),
    ],
)
def test_erasure_scope_decides_what_the_letter_asks_to_erase(catalog, law_id, language, closure):
    training_only = compose(catalog, "adobe", "gdpr-erasure", language, law_id=law_id)
    everything = compose(
        catalog,
        "adobe",
        "gdpr-erasure",
        language,
        law_id=law_id,
        options=letters.LetterOptions(erasure_scope="all-data"),
    )
    assert closure in everything.body and closure not in training_only.body


def test_draft_from_letter_keeps_the_edited_text(catalog):
    letter = letters.with_edited_body(compose(catalog, "adobe", "gdpr-objection-ai", "en"), "My own words.")
    draft = letters.draft_from_letter(letter)
    controller = catalog.get("adobe").controller_for("eu")
    assert draft.body == "My own words.\n" and draft.reference == REFERENCE
    assert (draft.platform, draft.type, draft.law, draft.language) == (
        "adobe",
        "gdpr-objection-ai",
        "gdpr",
        "en",
    )
    assert draft.recipient.splitlines()[0] == controller.entity and controller.email in draft.recipient
    assert draft.channel == "email" and draft.account == "member-4711"


def test_complaint_goes_to_the_users_authority_and_names_the_controller(catalog):
    letter = compose(catalog, "linkedin", "gdpr-complaint", "nl")
    assert letter.recipient.kind == "authority"
    assert letter.recipient.entity.startswith("Autoriteit Persoonsgegevens")
    assert "LinkedIn Ireland Unlimited Company" in letter.body
    assert "artikel 77, lid 1, AVG" in letter.body


def test_objection_grounds_and_free_text_are_worded_in_the_letter(catalog):
    options = letters.LetterOptions(grounds=("safety", "minor"), grounds_text="I am a teacher.")
    english = compose(catalog, "linkedin", "gdpr-objection-ai", "en", options=options)
    german = compose(catalog, "linkedin", "gdpr-objection-ai", "de", options=options)
    assert "harassment" in english.body and "child" in english.body
    assert "Belästigung" in german.body and "Kindheit" in german.body
    assert "I am a teacher." in english.body and "I am a teacher." in german.body


def test_platform_paragraph_uses_catalogue_facts(catalog):
    linkedin = catalog.get("linkedin")
    letter = compose(catalog, "linkedin", "gdpr-objection-ai", "de")
    toggle = next(c for c in linkedin.training_controls_for("eu") if c.kind == "toggle")
    assert f"„{toggle.title}“" in letter.body
    latest = max(e.date for e in linkedin.events if e.date <= TODAY)
    assert format_date(latest, "long", locale="de") in letter.body
    assert "berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)" in letter.body


def test_no_letter_is_written_to_nobody_but_a_complaint_still_names_the_company(catalog):
    linkedin = catalog.get("linkedin")
    without_controller = linkedin._replace(controllers=())
    with pytest.raises(NoContactError, match="names no controller for LinkedIn users in EU/EEA") as raised:
        letters.compose_letter(
            without_controller,
            "gdpr-objection-ai",
            "gdpr",
            "en",
            PROFILES["gdpr"],
            reference=REFERENCE,
            today=TODAY,
        )
    assert "privacy policy" in str(raised.value) and "Irish Data Protection Commission" in str(raised.value)
    complaint = letters.compose_letter(
        without_controller,
        "gdpr-complaint",
        "gdpr",
        "en",
        PROFILES["gdpr"],
        reference=REFERENCE,
        today=TODAY,
        options=OPTIONS,
    )
    assert complaint.recipient.kind == "authority" and linkedin.company in complaint.body


def test_a_controller_without_email_is_reached_by_its_next_channel(catalog):
    platform = catalog.get("example-social")
    eu = platform.controllers[0]
    only_dpo = platform._replace(controllers=(eu._replace(email=None), *platform.controllers[1:]))
    letter = letters.compose_letter(
        only_dpo, "gdpr-objection-ai", "gdpr", "en", PROFILES["gdpr"], reference=REFERENCE, today=TODAY
    )
    assert (letter.recipient.email, letter.recipient.channel) == ("dpo@example.org", "dpo_email")
    by_post = platform._replace(
        controllers=(eu._replace(email=None, dpo_email=None, web_form=None), *platform.controllers[1:])
    )
    letter = letters.compose_letter(
        by_post, "gdpr-objection-ai", "gdpr", "en", PROFILES["gdpr"], reference=REFERENCE, today=TODAY
    )
    assert letter.recipient.channel == "post" and letter.recipient.address[-1] == "Ireland"


def test_uk_letters_cite_the_uk_gdpr(catalog):
    profile = Profile("Ann Smith", "ann@example.co.uk", "1 High St\nLondon", "GB")
    letter = letters.compose_letter(
        catalog.get("example-social"),
        "gdpr-objection-ai",
        None,
        "en",
        profile,
        reference=REFERENCE,
        today=TODAY,
    )
    assert letter.law_id == "uk-gdpr"
    assert "Article 21(1) UK GDPR" in letter.body
    assert letter.recipient.entity == "Example Social UK Ltd"  # the UK's own controller


def test_html_is_escaped_and_keeps_the_edit(catalog):
    letter = compose(catalog, "linkedin", "gdpr-objection-ai", "en")
    hostile = replace(letter.sender, name="<script>alert(1)</script>")
    letter = replace(letter, sender=hostile)
    edited = letters.with_edited_body(letter, "Short text <b>bold</b>\n\nSecond paragraph")
    assert edited.edited
    assert "&lt;script&gt;" in edited.html and "<script>" not in edited.html
    assert "Short text &lt;b&gt;bold&lt;/b&gt;" in edited.html
    assert "<p>Second paragraph</p>" in edited.html


def test_eml_parses_with_the_right_headers(catalog):
    letter = compose(catalog, "adobe", "gdpr-access-ai", "de")
    controller = catalog.get("adobe").controller_for("eu")
    message = BytesParser(policy=policy.default).parsebytes(letters.letter_to_eml(letter))
    assert message["To"].addresses[0].addr_spec == controller.email
    assert REFERENCE in message["Subject"]
    assert message["Subject"] == letter.subject
    assert message["From"].addresses[0].display_name == PROFILES["gdpr"].name
    assert PROFILES["gdpr"].name in message.get_content()


def test_eml_without_a_controller_email_names_the_web_form(catalog):
    letter = compose(catalog, "linkedin", "gdpr-objection-ai", "en")
    with pytest.raises(UserError, match="no email address is known for LinkedIn Ireland.*web form"):
        letters.letter_to_eml(letter)


def test_mailto_only_when_short_enough(catalog):
    letter = compose(catalog, "adobe", "gdpr-objection-ai", "en")
    assert letters.mailto_url(letter) is None  # a full objection is longer than a mail link allows
    short = letters.with_edited_body(letter, "Please stop.")
    url = letters.mailto_url(short)
    assert url.startswith("mailto:privacy@adobe.com?subject=")
    assert REFERENCE in url and "Please%20stop." in url


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"type_id": "gdpr-objektion"},
            "unknown request type 'gdpr-objektion'; valid types: .*gdpr-objection-ai",
        ),
        ({"language": "sv"}, "language 'sv' is not available .* choose one of en, de, fr"),
        ({"type_id": "ccpa-opt-out", "language": "de", "law_id": "ccpa"}, "choose one of en, es"),
        (
            {"law_id": "fadp", "language": "sv"},
            "language 'sv' is not available for gdpr-objection-ai under FADP; "
            "choose one of en, de, fr, es, it, nl, pl, pt",
        ),
        ({"law_id": "ccpa"}, "law 'ccpa' does not fit gdpr-objection-ai; valid laws: gdpr, uk-gdpr, fadp"),
        ({"options": letters.LetterOptions(grounds=("boredom",))}, "unknown objection ground 'boredom'"),
        (
            {"type_id": "gdpr-reminder", "options": letters.LetterOptions()},
            "earlier request date is required",
        ),
        (
            {"type_id": "gdpr-reminder", "options": letters.LetterOptions(earlier_date=date(2026, 4, 1))},
            "earlier request date 2026-04-01 is in the future",
        ),
    ],
)
def test_bad_input_names_the_field_and_the_choices(catalog, kwargs, message):
    args = {"type_id": "gdpr-objection-ai", "language": "en", "law_id": "gdpr", "options": OPTIONS} | kwargs
    with pytest.raises(UserError, match=message):
        letters.compose_letter(
            catalog.get("linkedin"),
            args["type_id"],
            args["law_id"],
            args["language"],
            PROFILES["gdpr"],
            reference=REFERENCE,
            today=TODAY,
            options=args["options"],
        )


@pytest.mark.parametrize(
    ("output_format", "missing", "field"),
    [("txt", "name", "name"), ("pdf", "address", "address"), ("eml", "email", "email")],
)
def test_check_sender_names_the_missing_field(output_format, missing, field):
    profile = replace(PROFILES["gdpr"], **{missing: ""})
    with pytest.raises(UserError, match=f"^{field} is required for a .{output_format} letter"):
        letters.check_sender(profile, output_format)
    letters.check_sender(PROFILES["gdpr"], output_format)


def test_templates_from_outside_the_app_run_sandboxed(catalog, tmp_path):
    import jinja2

    copy = tmp_path / "templates"
    shutil.copytree(letters.shipped_templates().directory, copy)
    target = copy / "gdpr" / "objection-ai.en.txt.j2"
    target.write_text(
        target.read_text().replace("{% block request %}", "{% block request %}{{ ''.__class__.__mro__ }}")
    )
    with pytest.raises(jinja2.exceptions.SecurityError):
        compose(catalog, "linkedin", "gdpr-objection-ai", "en", templates=letters.user_templates(copy))
    # The same change in a trusted environment would run: the sandbox is what stops it.
    assert letters.user_templates(copy).sandboxed and not letters.shipped_templates().sandboxed


def test_a_users_template_folder_is_read_again_when_a_file_changes(catalog, tmp_path):
    # The shipped templates are compiled once per run; a user's own folder may be edited while
    # the app runs, and the next letter must use the edit.
    copy = tmp_path / "templates"
    shutil.copytree(letters.shipped_templates().directory, copy)
    own = letters.user_templates(copy)
    before = compose(catalog, "linkedin", "gdpr-objection-ai", "en", templates=own)
    target = copy / "gdpr" / "objection-ai.en.txt.j2"
    target.write_text(target.read_text().replace("{% block request %}", "{% block request %}Edited. "))
    later = target.stat().st_mtime + 10  # a later modification time whatever the clock's resolution
    os.utime(target, (later, later))
    after = compose(catalog, "linkedin", "gdpr-objection-ai", "en", templates=own)
    assert "Edited." not in before.body and "Edited." in after.body


def test_a_deadline_without_the_controllers_holidays_says_so(catalog):
    # When the controller's country is not one where the law applies, its public holidays are
    # unknown: the letter states the date without them and says so (issue: no silent skip).
    platform = catalog.get("example-social")
    eu = platform.controllers[0]
    abroad = platform._replace(controllers=(eu._replace(country="US"), *platform.controllers[1:]))
    for language, words in (("en", "not for public holidays"), ("de", "nicht aber Feiertage")):
        profile = replace(PROFILES["gdpr"], language=language)
        known = letters.compose_letter(
            platform, "gdpr-objection-ai", "gdpr", language, profile, reference=REFERENCE, today=TODAY
        )
        unknown = letters.compose_letter(
            abroad, "gdpr-objection-ai", "gdpr", language, profile, reference=REFERENCE, today=TODAY
        )
        assert not known.deadline.holidays_unknown and words not in known.body
        assert unknown.deadline.holidays_unknown and words in unknown.body
