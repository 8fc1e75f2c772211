"""The instrument chooser picks requests by the platform's legal basis and the user's law."""

from dataclasses import dataclass

import pytest

from opt_out_gui.core.countries import in_scope
from opt_out_gui.core.laws import get_request_type, recommend_requests


@dataclass(frozen=True)
class Training:
    basis: str


@dataclass(frozen=True)
class Control:
    title: str
    kind: str
    regions: tuple[str, ...]
    training_opt_out: bool = True


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
    assert "Art. 7(3) GDPR" in recommendation.reason


def test_legitimate_interest_means_objecting():
    [recommendation] = recommend_requests(platform("legitimate_interest"), "DE", "BY")
    assert recommendation.type_id == "gdpr-objection-ai"
    assert "Art. 21(1) GDPR" in recommendation.reason
    assert "quicker" not in recommendation.reason


def test_a_toggle_in_the_users_region_is_named_as_quicker():
    toggle = Control("Use my content for AI", "toggle", ("eu", "uk"))
    [recommendation] = recommend_requests(platform("legitimate_interest", toggle), "IE", "")
    assert recommendation.type_id == "gdpr-objection-ai"  # still offered, as a record
    assert '"Use my content for AI" is quicker' in recommendation.reason
    assert "dated record" in recommendation.reason


def test_a_toggle_elsewhere_or_one_that_does_not_stop_training_is_ignored():
    us_only = Control("AI toggle", "toggle", ("us",))
    not_training = Control("Connected experiences", "toggle", ("eu",), training_opt_out=False)
    [recommendation] = recommend_requests(platform("legitimate_interest", us_only, not_training), "IE", "")
    assert "quicker" not in recommendation.reason


def test_unknown_basis_asks_for_access_and_objects():
    recommendations = recommend_requests(platform("unknown"), "GB", "")
    assert types(recommendations) == [("gdpr-access-ai", "uk-gdpr"), ("gdpr-objection-ai", "uk-gdpr")]
    assert "Art. 15 UK GDPR" in recommendations[0].reason


def test_contract_basis_asks_for_access():
    assert types(recommend_requests(platform("contract"), "AT", "")) == [("gdpr-access-ai", "gdpr")]


def test_swiss_user_gets_the_gdpr_style_request_without_an_invented_article():
    [recommendation] = recommend_requests(platform("legitimate_interest"), "CH", "")
    assert (recommendation.type_id, recommendation.law_id) == ("gdpr-objection-ai", "fadp")
    assert "no FADP article" in recommendation.reason
    assert "Art. 21" not in recommendation.reason


def test_california_gets_ccpa_opt_out_and_delete():
    toggle = Control("Improve the model", "toggle", ("us",))
    recommendations = recommend_requests(platform("legitimate_interest", toggle), "US", "CA")
    assert types(recommendations) == [("ccpa-opt-out", "ccpa"), ("ccpa-delete", "ccpa")]
    assert "§ 1798.120" in recommendations[0].reason and "quicker" in recommendations[0].reason
    assert "§ 1798.105" in recommendations[1].reason


def test_other_states_with_a_law_get_the_state_equivalents():
    recommendations = recommend_requests(platform("consent"), "US", "VA")
    assert types(recommendations) == [("us-state-opt-out", "vcdpa"), ("us-state-delete", "vcdpa")]
    assert "Va. Code § 59.1-577" in recommendations[0].reason


@pytest.mark.parametrize(
    ("country", "state", "says"),
    [("US", "NY", "New York"), ("JP", "", "Japan"), ("US", "", "US state"), ("", "", "country")],
)
def test_no_law_for_the_users_place_is_said_plainly(country, state, says):
    [recommendation] = recommend_requests(platform("legitimate_interest"), country, state)
    assert recommendation.type_id is None and recommendation.law_id is None
    assert says in recommendation.reason


def test_brazil_and_canada():
    assert types(recommend_requests(platform("consent"), "BR", "")) == [
        ("lgpd-revoke-consent", "lgpd"),
        ("lgpd-delete", "lgpd"),
    ]
    assert types(recommend_requests(platform("legitimate_interest"), "BR", "")) == [("lgpd-access", "lgpd")]
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
        assert recommendation.reason.endswith(".") and "\n" not in recommendation.reason
