"""The instrument chooser picks requests by the platform's legal basis and the user's law."""

from dataclasses import dataclass

import pytest

from opt_out_gui.core.countries import in_scope
from opt_out_gui.core.laws import get_request_type, recommend_requests
from opt_out_gui.wording.chooser import reason_text


@dataclass(frozen=True)
class Training:
    basis: str


@dataclass(frozen=True)
class Control:
    title: str
    kind: str
    regions: tuple[str, ...]
    training_opt_out: bool = True
    id: str = "control"


@dataclass(frozen=True)
class Platform:
    name: str
    ai_training: Training
    controls: tuple[Control, ...] = ()

    def training_for(self, region):
        return self.ai_training

    def training_controls_for(self, region):
        return tuple(
            c
            for c in self.controls
            if in_scope(c.regions, region) and c.training_opt_out and c.kind != "none"
        )


def platform(basis, *controls):
    return Platform("Example", Training(basis), controls)


def types(recommendations):
    return [(r.type_id, r.law_id) for r in recommendations]


def test_consent_based_training_means_withdrawing_consent():
    [recommendation] = recommend_requests(platform("consent"), "FR", "")
    assert (recommendation.type_id, recommendation.law_id) == ("gdpr-withdraw-consent", "gdpr")
    assert "Art. 7(3) GDPR" in reason_text(recommendation)


def test_legitimate_interest_means_objecting():
    [recommendation] = recommend_requests(platform("legitimate_interest"), "DE", "BY")
    assert recommendation.type_id == "gdpr-objection-ai"
    assert "Art. 21(1) GDPR" in reason_text(recommendation)
    assert "quicker" not in reason_text(recommendation)


def test_the_reason_cites_the_law_by_its_name_in_the_readers_language():
    [german] = recommend_requests(platform("legitimate_interest"), "DE", "BY", language="de")
    assert german.params["citation"] == "Art. 21(1) DSGVO; Art. 21(2) DSGVO"
    [french] = recommend_requests(platform("consent"), "FR", "", language="fr")
    assert french.params["citation"] == "Art. 7(3) RGPD"


def test_a_toggle_in_the_users_region_is_named_as_quicker():
    toggle = Control("Use my content for AI", "toggle", ("eu", "uk"))
    [recommendation] = recommend_requests(platform("legitimate_interest", toggle), "IE", "")
    assert recommendation.type_id == "gdpr-objection-ai"  # still offered, as a record
    assert '"Use my content for AI" is quicker' in reason_text(recommendation)
    assert "dated record" in reason_text(recommendation)


def test_a_setting_the_user_already_switched_off_is_not_offered_as_quicker():
    first = Control("Use my content for AI", "toggle", ("eu",), id="content")
    second = Control("Improve the model", "toggle", ("eu",), id="model")
    example = platform("legitimate_interest", first, second)
    [one_done] = recommend_requests(example, "IE", "", done={"content"})
    assert '"Improve the model" is quicker' in reason_text(one_done)
    [both_done] = recommend_requests(example, "IE", "", done={"content", "model"})
    assert "quicker" not in reason_text(both_done) and "Art. 21(1) GDPR" in reason_text(both_done)


def test_a_toggle_elsewhere_or_one_that_does_not_stop_training_is_ignored():
    us_only = Control("AI toggle", "toggle", ("us",))
    not_training = Control("Connected experiences", "toggle", ("eu",), training_opt_out=False)
    [recommendation] = recommend_requests(platform("legitimate_interest", us_only, not_training), "IE", "")
    assert "quicker" not in reason_text(recommendation)


def test_unknown_basis_asks_for_access_and_objects():
    recommendations = recommend_requests(platform("unknown"), "GB", "")
    assert types(recommendations) == [("gdpr-access-ai", "uk-gdpr"), ("gdpr-objection-ai", "uk-gdpr")]
    assert "Art. 15 UK GDPR" in reason_text(recommendations[0])


def test_contract_basis_asks_for_access():
    assert types(recommend_requests(platform("contract"), "AT", "")) == [("gdpr-access-ai", "gdpr")]


def test_swiss_user_gets_the_gdpr_style_request_without_an_invented_article():
    [recommendation] = recommend_requests(platform("legitimate_interest"), "CH", "")
    assert (recommendation.type_id, recommendation.law_id) == ("gdpr-objection-ai", "fadp")
    assert "no FADP article" in reason_text(recommendation)
    assert "Art. 21" not in reason_text(recommendation)


def test_california_opt_out_is_not_oversold_and_first_party_instruments_follow():
    # Civ. Code § 1798.120 covers selling and sharing (disclosure to third parties); limiting
    # sensitive personal information (§ 1798.121) and deletion (§ 1798.105) reach the business's
    # own use. Global Privacy Control: § 1798.135 and 11 CCR § 7025(b)-(c).
    toggle = Control("Improve the model", "toggle", ("us",))
    recommendations = recommend_requests(platform("legitimate_interest", toggle), "US", "CA")
    assert types(recommendations) == [
        ("ccpa-opt-out", "ccpa"),
        ("ccpa-limit", "ccpa"),
        ("ccpa-delete", "ccpa"),
    ]
    opt_out, limit, delete = (reason_text(r) for r in recommendations)
    assert "§ 1798.120" in opt_out and "quicker" in opt_out
    assert "third parties" in opt_out and "does not stop" in opt_out and "its own AI" in opt_out
    assert "Global Privacy Control" in opt_out and "§ 1798.135" in opt_out and "11 CCR § 7025" in opt_out
    assert "§ 1798.121" in limit and "own use" in limit and "sensitive" in limit
    assert "§ 1798.105" in delete


def test_other_states_with_a_law_get_the_state_equivalents():
    recommendations = recommend_requests(platform("consent"), "US", "VA")
    assert types(recommendations) == [("us-state-opt-out", "vcdpa"), ("us-state-delete", "vcdpa")]
    assert "Va. Code § 59.1-577" in reason_text(recommendations[0])


@pytest.mark.parametrize(
    ("state", "section", "covers", "not_covered"),
    [
        # Va. Code § 59.1-577(A)(5): targeted advertising, sale, profiling.
        ("VA", "Va. Code § 59.1-577(A)(5)", ["targeted advertising", "sale", "profiling"], []),
        # Utah Code § 13-61-201: targeted advertising and sale, no profiling opt-out.
        ("UT", "Utah Code § 13-61-201", ["targeted advertising", "sale"], ["profiling"]),
        # Iowa Code § 715D.3(1): sale only.
        ("IA", "Iowa Code § 715D.3(1)", ["sale"], ["profiling", "targeted advertising"]),
        # ORS § 646A.574(1)(d): all three.
        ("OR", "ORS § 646A.574(1)(d)", ["targeted advertising", "sale", "profiling"], []),
    ],
)
def test_state_opt_outs_name_only_what_that_law_covers(state, section, covers, not_covered):
    [opt_out, _] = recommend_requests(platform("legitimate_interest"), "US", state)
    assert section in reason_text(opt_out) and "does not stop" in reason_text(opt_out)
    assert all(word in reason_text(opt_out) for word in covers)
    assert not any(word in reason_text(opt_out) for word in not_covered)


def test_a_state_whose_opt_outs_were_not_researched_says_so():
    [opt_out, _] = recommend_requests(platform("legitimate_interest"), "US", "IN")
    assert "do not say" in reason_text(opt_out) and "does not stop" in reason_text(opt_out)


@pytest.mark.parametrize(
    ("country", "state", "says"),
    [("US", "NY", "New York"), ("JP", "", "Japan"), ("US", "", "US state"), ("", "", "country")],
)
def test_no_law_for_the_users_place_is_said_plainly(country, state, says):
    [recommendation] = recommend_requests(platform("legitimate_interest"), country, state)
    assert recommendation.type_id is None and recommendation.law_id is None
    assert says in reason_text(recommendation)


def test_brazil_and_canada():
    assert types(recommend_requests(platform("consent"), "BR", "")) == [
        ("lgpd-revoke-consent", "lgpd"),
        ("lgpd-delete", "lgpd"),
    ]
    # LGPD Art. 18 § 2 (opposition to processing without consent that breaches the law), § 5 (free).
    opposition, access = recommend_requests(platform("legitimate_interest"), "BR", "")
    assert types([opposition, access]) == [("lgpd-opposition", "lgpd"), ("lgpd-access", "lgpd")]
    assert "Art. 18 § 2 LGPD" in reason_text(opposition) and "free of charge" in reason_text(opposition)
    assert types(recommend_requests(platform("unknown"), "CA", "")) == [("pipeda-access", "pipeda")]


@pytest.mark.parametrize(
    ("basis", "country", "state"),
    [
        (basis, country, state)
        for basis in ("consent", "legitimate_interest", "contract", "unknown")
        for country, state in (("DE", ""), ("GB", ""), ("CH", ""), ("US", "CA"), ("US", "TX"), ("BR", ""))
    ],
)
def test_every_recommendation_applies_under_its_law_and_gives_one_reason(basis, country, state):
    for recommendation in recommend_requests(platform(basis), country, state):
        assert recommendation.law_id in get_request_type(recommendation.type_id).laws
        assert reason_text(recommendation).endswith(".") and "\n" not in reason_text(recommendation)
