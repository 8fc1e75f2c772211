"""Every request type under every law in every language, rendered with the real templates.

Each check names the rule it enforces. The combinations come from the templates and
laws.toml, so a new type or language is checked without touching this file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from opt_out_gui.core import laws, letters
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from tests.conftest import catalog_with_examples

# Fictional platforms with a controller in every region (tests/data/platforms): every law and
# language can be written whatever the research state of the real catalogue.
CATALOG = catalog_with_examples()
TODAY = date(2026, 3, 2)
REFERENCE = "2026-K3F9Q2M"
PLATFORMS = ("example-social", "example-consent")
PROFILES = {
    "gdpr": Profile("Agnieszka Müller-Øberg", "a@example.eu", "Damrak 1\n1012 LG Amsterdam", "NL"),
    "uk-gdpr": Profile("Ann Smith", "ann@example.co.uk", "1 High St\nLondon", "GB"),
    "fadp": Profile("Anna Müller", "anna@example.ch", "Bahnhofstrasse 1\n8001 Zürich", "CH"),
    "ccpa": Profile("María José Núñez", "mj@example.com", "1 Main St\nSacramento, CA 95814", "US", "CA"),
    "us-state": Profile("Dana Whitfield", "dana@example.com", "2 Oak Ave\nRichmond, VA 23219", "US", "VA"),
    "lgpd": Profile("João da Silva", "joao@example.com.br", "Rua Augusta, 100\nSão Paulo - SP", "BR"),
    "pipeda": Profile("Marie-Ève Tremblay", "marie@example.ca", "1 rue Principale\nMontréal QC", "CA"),
}
OPTIONS = letters.LetterOptions(
    grounds=("creative-work",),
    earlier_date=date(2025, 11, 5),  # every law's period from it has ended by TODAY
    earlier_reference="2025-ABCDEFG",
    correction="My birth year is 1980, not 1908.",
    agent="Jane Roe, jane@example.com",
)
# The words with which each language's access letter says the request was made electronically
# (Art. 15(3) GDPR, third subparagraph); a posted letter must not contain them.
ELECTRONIC_REQUEST = {
    "en": "as I make this request by electronic means",
    "de": "da ich diesen Antrag elektronisch stelle",
    "fr": "ma demande étant présentée par voie électronique",
    "es": "dado que presento esta solicitud por medios electrónicos",
    "it": "poiché presento la richiesta con mezzi elettronici",
    "nl": "nu ik dit verzoek elektronisch indien",
    "pl": "ponieważ składam to żądanie drogą elektroniczną",
    "pt": "uma vez que apresento este pedido por meios eletrónicos",
}
ELECTRONIC_WORDS = re.compile(
    r"electronically|by electronic means|elektronisch (stelle|indien)|par voie électronique|"
    r"por medios electrónicos|con mezzi elettronici|drogą elektroniczną|por meios eletrónicos"
)
# Portuguese contractions with a brand or company name ("à LinkedIn", "do Facebook") read wrong.
PT_CONTRACTIONS = r"\b(?:à|ao|do|da|dos|das|no|na|pelo|pela)\s+"


def combinations():
    for type_id in letters.available_types():
        for law_id in letters.laws_for_type(type_id):
            for language in letters.languages_for(type_id, law_id=law_id):
                yield type_id, law_id, language


def compose(platform_id, type_id, law_id, language, channel=None, options=OPTIONS, today=TODAY):
    family = laws.get_law(law_id).family
    profile = PROFILES.get(law_id) or PROFILES[family if family != "gdpr" else "gdpr"]
    return letters.compose_letter(
        CATALOG.get(platform_id),
        type_id,
        law_id,
        language,
        replace(profile, language=language),
        account="member-4711",
        reference=REFERENCE,
        today=today,
        options=options,
        channel=channel,
    )


def _has_response_period(type_id: str, law_id: str) -> bool:
    """False where the letter's own period is missing from the sources.

    A follow-up states the period of the request it follows up, so it always has one.
    """
    request_type = laws.get_request_type(type_id)
    follows_up = request_type.needs_previous_request and (
        request_type.recipient == "authority" or request_type.deadline_rule == "request"
    )
    rule = request_type.deadline_rule
    return follows_up or rule is None or rule in laws.get_law(law_id).deadlines


@pytest.mark.parametrize(("type_id", "law_id", "language"), list(combinations()))
def test_every_combination_renders_with_every_channel(type_id, law_id, language):
    import jinja2

    if not _has_response_period(type_id, law_id):
        # Known gap in the sources (US appeal periods): the user is told, no template runs.
        with pytest.raises(UserError, match="the sources (used )?give no (response )?period"):
            compose("example-social", type_id, law_id, language)
        return
    for platform_id in PLATFORMS:
        for channel in letters.CHANNELS:
            try:
                letter = compose(platform_id, type_id, law_id, language, channel)
            except jinja2.UndefinedError as error:  # StrictUndefined: a missing value in a template
                pytest.fail(f"{type_id}/{law_id}/{language}/{channel}: {error}")
            assert letter.channel == channel and REFERENCE in letter.subject
            text = letter.subject + "\n" + letter.body
            assert "{{" not in text and "{%" not in text
            if channel == "post":
                # Art. 15(3) GDPR: only a request made by electronic means gets that wording.
                assert not ELECTRONIC_WORDS.search(text), (type_id, law_id, language)
            _check_language(letter, text, language, law_id)


GROUNDS_OPENERS = (
    "My objection|Mein Widerspruch|Mon opposition|Mi oposición|La mia opposizione|Mijn bezwaar|"
    "Mój sprzeciw|A minha oposição"
)


def _check_language(letter, text: str, language: str, law_id: str) -> None:
    law = laws.get_law(law_id)
    # The particular-situation paragraph continues the sentence before it, without a stray line break.
    assert not re.search(rf"[^\n]\n({GROUNDS_OPENERS})", text)
    assert " r.." not in text
    assert "branded" not in text and "branded" not in letter.recipient.entity
    if language == "fr":
        # French typography: a (narrow) no-break space before : ; ? ! (URLs aside).
        assert not re.search(r"[^\u202f\u00a0][:;?!](\s|$)", re.sub(r"https?://\S+", "", text))
        assert not re.search(r"\bque [AEIOUaeiou]", text)  # elision: "qu’Adobe"
    if language == "it":
        assert not re.search(r"\bmi rivolgo a [AEIOU]", text)  # "ad Adobe"
    if language == "pl":
        assert re.search(r"\d{4} r\.", text)  # Polish dates end "r." (roku)
    if language == "pt":
        platform = CATALOG.get(letter.platform_id)
        for name in (platform.name, letter.controller.entity):
            assert not re.search(PT_CONTRACTIONS + re.escape(name), text), name
    if language == "nl":
        assert "ik haar niet" not in text  # "inhoud" is a de-word: "die", not "haar"
    if language == "es":
        assert text.count("Les ruego") <= 1
        assert " as amended by " not in text
    if law_id == "fadp" and language == "de":
        # Swiss spelling has no ß; the DSG says "Personendaten".
        assert "ß" not in text.replace(letter.sender.name, "")
        assert "personenbezogen" not in text
    if language == "en":
        north_american = law.family in ("ccpa", "us-state", "pipeda")
        assert ("Sincerely," in text) == north_american
        assert ("Yours faithfully," in text) != north_american


@pytest.mark.parametrize("language", sorted(ELECTRONIC_REQUEST))
def test_access_letter_says_electronic_only_when_it_is(language):
    by_email = compose("example-social", "gdpr-access-ai", "gdpr", language, "email").body
    by_post = compose("example-social", "gdpr-access-ai", "gdpr", language, "post").body
    assert ELECTRONIC_REQUEST[language] in by_email
    assert ELECTRONIC_REQUEST[language] not in by_post


@pytest.mark.parametrize(
    ("earlier_type", "period", "extendable", "rule"),
    [
        # 11 CCR § 7026(f)(1): stop selling/sharing within 15 business days; no extension.
        ("ccpa-opt-out", "15 business days", False, "11 CCR § 7026(f)(1)"),
        # 11 CCR § 7027(g): limit within 15 business days; no extension.
        ("ccpa-limit", "15 business days", False, "11 CCR § 7027(g)"),
        # Civ. Code § 1798.130(a)(2)(A) and 11 CCR § 7021(b): 45 days, once extendable by 45.
        ("ccpa-delete", "45 days", True, "Civ. Code § 1798.130"),
        ("ccpa-know", "45 days", True, "Civ. Code § 1798.130"),
        ("ccpa-correct", "45 days", True, "Civ. Code § 1798.130"),
    ],
)
def test_ccpa_reminder_cites_the_period_of_the_original_request(earlier_type, period, extendable, rule):
    options = replace(OPTIONS, earlier_type=earlier_type)
    letter = compose("example-social", "ccpa-reminder", "ccpa", "en", options=options)
    assert f"within {period} of receiving it" in letter.body and rule in letter.body
    assert ("extension" in letter.body) == extendable
    assert ("cannot be extended" in letter.body) != extendable
    expected = laws.compute_deadline("ccpa", OPTIONS.earlier_date, earlier_type, today=TODAY).deadline
    assert letter.deadline.deadline == expected
    spanish = compose("example-social", "ccpa-reminder", "ccpa", "es", options=options)
    assert rule in spanish.body and ("no admite prórroga" in spanish.body) != extendable


@pytest.mark.parametrize(
    ("language", "law_id", "today", "expected"),
    [
        # One month from 1 March ends on 1 April: French writes "1er", Italian "1º".
        ("fr", "gdpr", date(2026, 3, 1), "1er avril 2026"),
        ("it", "gdpr", date(2026, 3, 1), "1º aprile 2026"),
        ("pl", "gdpr", date(2026, 3, 1), "1 kwietnia 2026 r."),
        ("de", "fadp", date(2026, 3, 1), "31. März 2026"),
        # LGPD: 15 days from 17 March is 1 April; Brazilian Portuguese writes "1º de".
        ("pt", "lgpd", date(2026, 3, 17), "1º de abril de 2026"),
        # European Portuguese keeps the cardinal.
        ("pt", "gdpr", date(2026, 3, 1), "1 de abril de 2026"),
    ],
)
def test_dates_follow_each_languages_convention(language, law_id, today, expected):
    type_id = "lgpd-access" if law_id == "lgpd" else "gdpr-objection-ai"
    letter = compose("example-social", type_id, law_id, language, today=today)
    assert expected in letter.body


def test_withdrawal_from_a_platform_claiming_legitimate_interests_does_not_claim_art_17_1_b():
    # Art. 17(1)(b) GDPR applies where consent is withdrawn "and there is no other legal ground";
    # a platform relying on legitimate interests is answered with Art. 21(1) and Art. 17(1)(c).
    assert CATALOG.get("example-social").training_for("eu").basis == "legitimate_interest"
    points = {  # (Art. 17(1)(b), Art. 17(1)(c)) in each language's citation style
        "en": ("Article 17(1)(b)", "Article 17(1)(c)"),
        "de": ("Abs. 1 lit. b", "Abs. 1 lit. c"),
        "fr": ("paragraphe 1, point b)", "paragraphe 1, point c)"),
        "es": ("17.1.b)", "17.1.c)"),
        "it": ("paragrafo 1, lettera b)", "paragrafo 1, lettera c)"),
        "nl": ("lid 1, onder b", "lid 1, onder c"),
        "pl": ("ust. 1 lit. b", "ust. 1 lit. c"),
        "pt": ("n.º 1, alínea b)", "n.º 1, alínea c)"),
    }
    for language, (point_b, point_c) in points.items():
        body = compose("example-social", "gdpr-withdraw-consent", "gdpr", language).body
        assert point_b not in body and point_c in body, language
    # A platform that states consent gets Art. 17(1)(b), qualified as the article is.
    assert CATALOG.get("example-consent").training_for("eu").basis == "consent"
    body = compose("example-consent", "gdpr-withdraw-consent", "gdpr", "en").body
    assert "Article 17(1)(b) GDPR" in body and "no other legal ground" in body


@pytest.mark.parametrize("law_id", ["gdpr", "uk-gdpr"])
def test_all_data_erasure_rests_on_the_grounds_that_cover_all_data(law_id):
    # Art. 17(1)(a) (no longer necessary once the account is closed) and (b) (consent withdrawn)
    # cover all data; Art. 17(1)(c) covers only what the objection reaches.
    options = replace(OPTIONS, erasure_scope="all-data")
    name = "UK GDPR" if law_id == "uk-gdpr" else "GDPR"
    body = compose("example-social", "gdpr-erasure", law_id, "en", options=options).body
    for point in ("a", "b", "c"):
        assert f"Article 17(1)({point}) {name}" in body
    training_only = compose("example-social", "gdpr-erasure", law_id, "en").body
    assert f"Article 17(1)(a) {name}" not in training_only


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "nl", "pl", "pt"])
def test_access_letter_quotes_art_15_1_h_and_marks_questions_beyond_art_15(language):
    # Art. 15(1)(h) GDPR, official language versions on EUR-Lex (CELEX 32016R0679).
    core = {
        "en": "meaningful information about the logic involved, as well as the significance and the "
        "envisaged consequences of such processing for the data subject",
        "de": "aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die "
        "angestrebten Auswirkungen einer derartigen Verarbeitung für die betroffene Person",
        "fr": "des informations utiles concernant la logique sous-jacente, ainsi que l’importance et les "
        "conséquences prévues de ce traitement pour la personne concernée",
        "es": "información significativa sobre la lógica aplicada, así como la importancia y las "
        "consecuencias previstas de dicho tratamiento para el interesado",
        "it": "informazioni significative sulla logica utilizzata, nonché l’importanza e le conseguenze "
        "previste di tale trattamento per l’interessato",
        "nl": "nuttige informatie over de onderliggende logica, alsmede het belang en de verwachte gevolgen "
        "van die verwerking voor de betrokkene",
        "pl": "istotne informacje o zasadach ich podejmowania, a także o znaczeniu i przewidywanych "
        "konsekwencjach takiego przetwarzania dla osoby, której dane dotyczą",
        "pt": "informações úteis relativas à lógica subjacente, bem como a importância e as consequências "
        "previstas de tal tratamento para o titular dos dados",
    }[language]
    beyond = {
        "en": "Beyond what Article 15 GDPR requires",
        "de": "Über das hinaus, was Art. 15 DSGVO verlangt",
        "fr": "Au-delà de ce qu’exige l’article 15 du RGPD",
        "es": "Además de lo que exige el artículo 15 del RGPD",
        "it": "Oltre a quanto richiesto dall’articolo 15 del GDPR",
        "nl": "Naast wat artikel 15 AVG vereist",
        "pl": "Poza tym, czego wymaga art. 15 RODO",
        "pt": "Para além do que o artigo 15.º do RGPD exige",
    }[language]
    body = compose("example-social", "gdpr-access-ai", "gdpr", language).body
    assert core in body and beyond in body
    # The questions about models and removal come after that marker, not among the rights.
    assert body.index(beyond) < body.index("\n1. ")


@pytest.mark.parametrize("language", ["es", "it", "pt"])
def test_art_19_item_names_rectification_erasure_or_restriction_not_the_objection(language):
    # Art. 19 GDPR: notification of rectification, erasure or restriction.
    body = compose("example-social", "gdpr-objection-ai", "gdpr", language).body
    item = next(line for line in body.splitlines() if line.startswith("3. "))
    objection = {"es": "oposición", "it": "opposizione", "pt": "oposição"}[language]
    restriction = {"es": "limitación", "it": "limitazione", "pt": "limitação"}[language]
    assert objection not in item and restriction in item


def test_us_state_opt_out_cites_only_what_the_state_covers():
    # Utah Code § 13-61-201: targeted advertising and sale, no profiling opt-out.
    utah = compose("example-social", "us-state-opt-out", "ucpa", "en").body
    assert "Utah Code § 13-61-201" in utah and "targeted advertising and the sale of personal data" in utah
    assert "profiling" not in utah
    # Va. Code § 59.1-577(A)(5): all three, profiling only for significant decisions.
    virginia = compose("example-social", "us-state-opt-out", "vcdpa", "en").body
    assert "Va. Code § 59.1-577(A)(5)" in virginia
    assert (
        "profiling in furtherance of decisions that produce legal or similarly significant effects"
        in virginia
    )
    # Each law's own words for its profiling opt-out: Tex. Bus. & Com. Code § 541.051(b)(5)(C),
    # ORS § 646A.574(1)(d)(C).
    texas = compose("example-social", "us-state-opt-out", "tdpsa", "en").body
    assert "in furtherance of a decision that produces a legal or similarly significant effect" in texas
    oregon = compose("example-social", "us-state-opt-out", "ocpa", "en").body
    assert "decisions that produce legal effects or effects of similar significance" in oregon
    # A state the sources do not cover claims only "what the Act grants".
    indiana = compose("example-social", "us-state-opt-out", "incdpa", "en").body
    assert "to the extent the Act grants me these rights" in indiana
    # No state opt-out letter claims to stop the company's own training.
    for body in (utah, virginia, indiana):
        assert "every purpose" not in body and "do not use my personal data" not in body
