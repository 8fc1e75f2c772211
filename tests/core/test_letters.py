"""Letters: every type in every language renders what a controller needs to act on it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from email import policy
from email.parser import BytesParser

import pytest
from babel.dates import format_date

from opt_out_gui.core import laws, letters
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile

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
}
DATE_LOCALES = {"en": "en_GB", "pt": "pt_PT"}
PLATFORMS = ("linkedin", "openai-chatgpt", "adobe")
PROFILES = {
    "gdpr": Profile("Agnieszka Müller-Øberg", "agnieszka@example.eu", "Damrak 1\n1012 LG Amsterdam", "NL"),
    "ccpa": Profile("María José Núñez", "mj@example.com", "1 Main St\nSacramento, CA 95814", "US", "CA"),
    "us-state": Profile("Dana Whitfield", "dana@example.com", "2 Oak Ave\nRichmond, VA 23219", "US", "VA"),
}
OPTIONS = letters.LetterOptions(
    grounds=("creative-work",),
    earlier_date=EARLIER,
    earlier_reference="2025-ABCDEFG",
    correction="My birth year is 1980, not 1908.",
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def every_type_and_language():
    return [(t, lang) for t in letters.available_types() for lang in letters.languages_for(t)]


def compose(catalog, platform_id, type_id, language, law_id=None, **changes):
    family = letters.family_of(type_id)
    profile = replace(PROFILES[family], language=language)
    return letters.compose_letter(
        catalog.get(platform_id),
        type_id,
        law_id or laws.default_law_for(profile.country, profile.state),
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
    for type_id in letters.available_types():
        if type_id.startswith(("ccpa-", "us-state-")):
            assert set(letters.languages_for(type_id)) == {"en", "es"}
    # Every request type the law engine defines for these families has a letter.
    for request_type in laws.request_types():
        if request_type.family in ("gdpr", "ccpa", "us-state"):
            assert request_type.id in letters.available_types()


@pytest.mark.parametrize(("type_id", "language"), every_type_and_language())
def test_every_letter_names_parties_cites_law_and_states_deadline(catalog, type_id, language):
    for platform_id in PLATFORMS:
        letter = compose(catalog, platform_id, type_id, language)
        platform = catalog.get(platform_id)
        law = laws.get_law(letter.law_id)
        controller = platform.controller_for(law.region)
        body = letter.body
        assert letter.sender.name in body
        assert REFERENCE in letter.subject
        assert (controller.entity if controller else platform.company) in body
        assert platform.name in body
        assert SALUTATIONS[language] in body and CLOSINGS[language] in body
        if letter.recipient.kind == "controller" and "reminder" not in type_id:
            expected = laws.compute_deadline(law.id, TODAY, type_id, None, today=TODAY).deadline
            locale = DATE_LOCALES.get(language, language) if law.region != "us" else f"{language}_US"
            assert format_date(expected, "long", locale=locale) in body
        else:
            expected = laws.compute_deadline(law.id, EARLIER, None, None, today=TODAY).deadline
            assert expected.year == 2026 and expected.isoformat() == letter.deadline.deadline.isoformat()
        if type_id.startswith("gdpr-"):
            if type_id != "gdpr-complaint" and type_id != "gdpr-reminder":
                assert ART_12_3[language] in body
            if type_id in ("gdpr-objection-ai", "gdpr-erasure", "gdpr-withdraw-consent"):
                assert ART_21_1[language] in body
            if language == "en":
                assert MAIN_ARTICLE_EN[type_id] in body
        else:
            cited = [right.article for right in law.rights.values()]
            assert any(article in body for article in cited), (type_id, cited)


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


def test_unknown_controller_for_the_region_addresses_the_company_and_says_so(catalog):
    linkedin = catalog.get("linkedin")
    without_controller = linkedin._replace(controllers=())
    letter = letters.compose_letter(
        without_controller,
        "gdpr-objection-ai",
        "gdpr",
        "en",
        PROFILES["gdpr"],
        reference=REFERENCE,
        today=TODAY,
    )
    assert letter.recipient.entity == linkedin.company and not letter.recipient.known
    assert "does not name the entity responsible" in letter.body


def test_uk_letters_cite_the_uk_gdpr(catalog):
    profile = Profile("Ann Smith", "ann@example.co.uk", "1 High St\nLondon", "GB")
    letter = letters.compose_letter(
        catalog.get("linkedin"), "gdpr-objection-ai", None, "en", profile, reference=REFERENCE, today=TODAY
    )
    assert letter.law_id == "uk-gdpr"
    assert "Article 21(1) UK GDPR" in letter.body


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
        ({"type_id": "ccpa-opt-out", "language": "de"}, "choose one of en, es"),
        ({"law_id": "fadp"}, "law 'fadp' does not fit gdpr-objection-ai; valid laws: gdpr, uk-gdpr"),
        ({"law_id": "ccpa"}, "valid laws: gdpr, uk-gdpr"),
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
