"""The law data: every fact has a source, request types resolve, look-ups and the default law."""

import re

import pytest

from opt_out_gui.core.authorities import get_authority
from opt_out_gui.core.countries import EEA_COUNTRIES
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.laws import (
    Period,
    all_laws,
    default_law_for,
    get_law,
    get_request_type,
    request_types,
)

URL = re.compile(r"^https?://\S+$")
ALL_RIGHTS = {right for law in all_laws() for right in law.rights}
REQUIRED_LAWS = {"gdpr", "uk-gdpr", "fadp", "ccpa", "lgpd", "pipeda"}
REQUIRED_STATE_LAWS = {"vcdpa", "cpa", "ctdpa", "ucpa", "tdpsa", "ocpa", "mcdpa", "icdpa"}
REQUIRED_TYPES = {
    "gdpr-objection-ai",
    "gdpr-access-ai",
    "gdpr-erasure",
    "gdpr-restriction",
    "gdpr-withdraw-consent",
    "gdpr-reminder",
    "gdpr-complaint",
    "ccpa-opt-out",
    "ccpa-limit",
    "ccpa-delete",
    "ccpa-know",
    "ccpa-correct",
    "ccpa-reminder",
    "ccpa-complaint",
}


def test_the_laws_and_request_types_of_the_issue_exist():
    law_ids = {law.id for law in all_laws()}
    assert law_ids >= REQUIRED_LAWS | REQUIRED_STATE_LAWS
    # The 2025-2026 state laws from the reference, one per state.
    states = {law.state for law in all_laws() if law.family == "us-state"}
    assert {"IN", "KY", "RI", "DE", "NH", "NJ", "TN", "MN", "MD", "NE"} <= states
    assert {t.id for t in request_types()} >= REQUIRED_TYPES
    families = {t.family for t in request_types()}
    assert {"us-state", "lgpd", "pipeda"} <= families


@pytest.mark.parametrize("law", all_laws(), ids=lambda law: law.id)
def test_every_fact_of_a_law_has_a_source_url(law):
    assert law.sources and all(URL.match(s) for s in law.sources)
    for right in law.rights.values():
        assert right.article and URL.match(right.source), right
    for rule in law.deadlines.values():
        assert rule.period_sources and all(URL.match(s) for s in rule.period_sources), rule.kind
        if rule.extended_period:
            assert rule.extension_sources, rule.kind
        if rule.acknowledge_within:
            assert rule.acknowledgement_sources, rule.kind
        for alternative in rule.alternatives:
            assert alternative.sources and alternative.replaces in ("deadline", "extended_deadline")
    assert "request" in law.deadlines


@pytest.mark.parametrize("law", all_laws(), ids=lambda law: law.id)
def test_regulators_are_in_the_authority_directory(law):
    if law.regulator is None:
        assert law.regulator_note  # GDPR: depends on the user's country, and says so
    else:
        assert get_authority(law.regulator).country_code == (law.countries[0])


def test_request_types_apply_under_their_family_and_name_known_rights():
    for request_type in request_types():
        assert request_type.laws, request_type.id
        assert request_type.recipient in ("controller", "authority")
        laws = [get_law(law_id) for law_id in request_type.laws]
        assert {law.family for law in laws} == {request_type.family}
        # Each right a type cites is a right some law defines (catches typos); a law of the
        # family may lack it, as PIPEDA lacks a sourced complaint section.
        assert set(request_type.rights) <= ALL_RIGHTS, request_type.id
        if request_type.deadline_rule:
            assert any(request_type.deadline_rule in law.deadlines for law in laws), request_type.id


def test_gdpr_types_also_apply_under_uk_gdpr_and_fadp():
    objection = get_request_type("gdpr-objection-ai")
    assert set(objection.laws) == {"gdpr", "uk-gdpr", "fadp"}
    assert objection.articles["gdpr"].startswith("Art. 21(1) GDPR")
    assert objection.articles["uk-gdpr"].startswith("Art. 21(1) UK GDPR")


def test_no_fadp_article_is_invented_where_the_sources_give_none():
    fadp = get_law("fadp")
    # legal-facts.md 4.1 gives FADP Art. 25 (access) and Art. 49 (FDPIC), nothing for objection.
    assert get_request_type("gdpr-access-ai").articles["fadp"] == "Art. 25 FADP"
    objection = get_request_type("gdpr-objection-ai")
    assert objection.articles["fadp"] is None
    assert "no FADP article" in objection.missing_article_note(fadp)
    assert objection.missing_article_note(get_law("gdpr")) is None


def test_gdpr_has_local_names_for_letters():
    gdpr = get_law("gdpr")
    assert gdpr.name_in("de") == "DSGVO"
    assert gdpr.name_in("fr") == "RGPD"
    assert gdpr.name_in("nl") == "AVG"
    assert gdpr.name_in("pl") == "RODO"
    assert gdpr.cite("object", "de") == "Art. 21(1) DSGVO"
    # A language without a local name falls back to the short name.
    assert gdpr.name_in("fi") == "GDPR"


def test_ccpa_facts():
    ccpa = get_law("ccpa")
    assert ccpa.response_period == Period(45, "days")
    assert ccpa.extension == Period(90, "days")
    assert ccpa.acknowledgement == Period(10, "business_days")
    assert ccpa.appeal_first is False
    assert ccpa.regulator == "uscppa"
    assert get_request_type("ccpa-opt-out").articles["ccpa"] == "Civ. Code § 1798.120"
    assert get_request_type("ccpa-limit").articles["ccpa"] == "Civ. Code § 1798.121"


def test_iowa_uses_90_days_not_the_45_of_one_dataset():
    # legal-facts.md section 3: "The yourdigitalrights.org dataset sets 45 days for Iowa; the
    # statute-based sources above say 90 days. Use 90."
    assert get_law("icdpa").response_period == Period(90, "days")


def test_appeal_type_applies_only_where_an_appeal_right_is_recorded():
    appeal = get_request_type("us-state-appeal")
    assert "ctdpa" in appeal.laws
    assert "ucpa" not in appeal.laws  # Mayer Brown: no appeal right in Utah
    assert all(get_law(law_id).appeal_first for law_id in appeal.laws)


def test_reminders_need_the_previous_request_date():
    for request_type in request_types():
        if request_type.id.endswith("-reminder"):
            assert request_type.needs_previous_request
    assert not get_request_type("gdpr-objection-ai").needs_previous_request


def test_request_types_for_one_law():
    ids = {t.id for t in request_types("uk-gdpr")}
    assert "gdpr-objection-ai" in ids and "ccpa-opt-out" not in ids


@pytest.mark.parametrize(
    ("country", "state", "expected"),
    [
        ("DE", "BY", "gdpr"),
        ("fr", "", "gdpr"),
        ("NO", "", "gdpr"),
        ("GB", "", "uk-gdpr"),
        ("CH", "", "fadp"),
        ("US", "CA", "ccpa"),
        ("US", "va", "vcdpa"),
        ("US", "IA", "icdpa"),
        ("US", "NY", None),
        ("US", "", None),
        ("BR", "", "lgpd"),
        ("CA", "", "pipeda"),
        ("JP", "", None),
        ("", "", None),
    ],
)
def test_default_law_for_where_the_user_lives(country, state, expected):
    assert default_law_for(country, state) == expected


def test_every_eea_country_defaults_to_gdpr():
    assert {default_law_for(code, "") for code in EEA_COUNTRIES} == {"gdpr"}


def test_unknown_ids_list_the_valid_choices():
    with pytest.raises(UserError, match=r"unknown law 'hipaa'; valid: gdpr, uk-gdpr"):
        get_law("hipaa")
    with pytest.raises(UserError, match=r"unknown request type 'gdpr-nope'.*gdpr-objection-ai"):
        get_request_type("gdpr-nope")
    with pytest.raises(UserError, match="unknown country code 'XX'"):
        default_law_for("XX", "")


def test_period_text_round_trips():
    for text in ("1 month", "3 months", "45 days", "1 day", "10 business days", "1 business day"):
        assert str(Period.parse(text)) == text
    with pytest.raises(ValueError):
        Period.parse("a fortnight")


def test_law_json_cites_every_right_with_its_source():
    data = get_law("gdpr").to_json()
    assert data["response_period"] == "1 month"
    assert data["extended_period"] == "3 months"
    assert data["acknowledge_within"] is None
    object_right = next(r for r in data["rights"] if r["id"] == "object")
    assert object_right["citation"] == "Art. 21(1) GDPR"
    assert object_right["source"] in data["sources"]


def test_identity_verification_guidance_is_data_with_codes_and_a_reply_letter():
    # Art. 12(6) GDPR and EDPB Guidelines 01/2022 paras. 69, 76-78; 11 CCR §§ 7026, 7027, 7060-7062.
    from opt_out_gui.core.laws import verification_guidance

    gdpr = verification_guidance("gdpr")
    assert gdpr.code == "gdpr-identity-art-12-6" and gdpr.letter_type == "gdpr-verification-reply"
    assert any("Art. 12(6)" in point for point in gdpr.points)
    assert any("Guidelines 01/2022" in point for point in gdpr.points)
    assert verification_guidance("uk-gdpr") == gdpr  # same article number in the UK GDPR
    ccpa = verification_guidance("ccpa")
    assert ccpa.letter_type == "ccpa-verification-reply"
    assert any("§§ 7060-7062" in point for point in ccpa.points)
    assert any("not verifiable consumer requests" in point for point in ccpa.points)
    for guidance in (gdpr, ccpa):
        assert guidance.sources and all(url.startswith("http") for url in guidance.sources)
        assert guidance.letter_type in [t.id for t in request_types()]
    assert verification_guidance("vcdpa") is None  # no sourced guidance: nothing is claimed


def test_state_opt_out_scopes_are_sourced_and_name_known_purposes():
    from opt_out_gui.core.laws import opt_out_scope
    from opt_out_gui.core.laws.registry import OPT_OUT_PURPOSES

    scopes = get_request_type("us-state-opt-out").opt_outs
    assert {"vcdpa", "cpa", "ctdpa", "ucpa", "tdpsa", "ocpa", "mcdpa", "icdpa"} <= set(scopes)
    for law_id, scope in scopes.items():
        assert get_law(law_id).family == "us-state"
        assert scope.sources and set(scope.purposes) <= set(OPT_OUT_PURPOSES)
    assert opt_out_scope("ucpa").purposes == ("targeted_advertising", "sale")  # Utah Code § 13-61-201
    assert opt_out_scope("icdpa").purposes == ("sale",)  # Iowa Code § 715D.3(1)
    assert opt_out_scope("incdpa") is None


def test_uk_complaint_to_the_controller_is_acknowledged_within_30_days_beginning_with_receipt():
    # DPA 2018 s. 164A(3) (inserted by the Data (Use and Access) Act 2025 s. 103): "within the
    # period of 30 days beginning when the complaint is received"; day one is the day of receipt.
    from datetime import date

    from opt_out_gui.core.laws import compute_deadline

    complaint = get_request_type("gdpr-controller-complaint")
    assert complaint.laws == ("uk-gdpr",)
    assert complaint.citation(get_law("uk-gdpr")) == "section 164A of the Data Protection Act 2018"
    result = compute_deadline("uk-gdpr", date(2026, 6, 19), complaint.id, today=date(2026, 6, 19))
    assert result.deadline == date(2026, 7, 18)


def test_new_request_types_cite_their_articles():
    assert get_request_type("gdpr-rectification").articles["gdpr"] == "Art. 16 GDPR"
    assert get_request_type("gdpr-portability").articles["uk-gdpr"] == "Art. 20 UK GDPR"
    assert get_request_type("gdpr-automated-decisions").articles["gdpr"].startswith("Art. 22 GDPR")
    # LGPD Art. 18 § 2 (opposition) and § 5 (free of charge).
    assert get_request_type("lgpd-opposition").articles["lgpd"] == "Art. 18 § 2 LGPD; Art. 18 § 5 LGPD"
    assert get_request_type("ccpa-agent").articles["ccpa"] == "11 CCR § 7063"
    assert get_request_type("ccpa-opt-out").period_citation == "11 CCR § 7026(f)(1)"
    assert get_request_type("ccpa-limit").period_citation == "11 CCR § 7027(g)"
