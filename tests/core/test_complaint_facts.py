"""A complaint states only what happened to the earlier request, and asks for a reply only
through the channels the user has: trust is the product, so every sentence is checked in
every language and law family it is written in."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from opt_out_gui.core import letters
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.tracker import Draft, TrackerService
from tests.core.test_letters_matrix import (
    CATALOG,
    OPTIONS,
    PROFILES,
    REFERENCE,
    TODAY,
    _check_language,
    combinations,
)

# Every follow-up that says what the earlier request got: reminders and complaints to an
# authority in every family, and the UK complaint to the controller itself.
FOLLOW_UPS = [
    c for c in combinations() if letters.action_of(c[0]) in ("reminder", "complaint", "controller-complaint")
]
COMPLAINTS = [c for c in FOLLOW_UPS if letters.action_of(c[0]) == "complaint"]
OUTCOME_DAY = date(2026, 2, 1)  # between the earlier request (5 November 2025) and today (2 March)

# The sentences that say the earlier request got no (complete) answer, or that its period ran
# out without one, written out here.
NO_ANSWER = re.compile(
    "|".join(
        (
            r"no complete (answer|response)",
            r"received no response",
            r"not received a complete answer",
            r"keine vollständige Antwort",
            r"aucune réponse",
            r"no había recibido una respuesta completa",
            r"No he recibido una respuesta completa",
            r"non avevo ricevuto",
            r"Non ho ricevuto una risposta completa",
            r"geen volledig antwoord",
            r"nie wpłynęła pełna odpowiedź",
            r"nie otrzymałem\(-am\) pełnej odpowiedzi",
            r"não tinha recebido resposta completa",
            r"não recebi resposta completa",
            r"Não recebi uma resposta completa",
            r"That period has expired",
            r"That date has passed",
            r"Diese Frist ist abgelaufen",
            r"Dieses Datum ist verstrichen",
            r"Ce délai est expiré",
            r"Cette date est passée",
            r"Ese plazo ha vencido",
            r"Esa fecha ha pasado",
            r"Tale termine è scaduto",
            r"Tale data è trascorsa",
            r"Die termijn is verstreken",
            r"Die datum is verstreken",
            r"Termin ten upłynął",
            r"Esse prazo expirou",
            r"Essa data já passou",
            r"Esse prazo transcorreu",
        )
    )
)
# How each language says the earlier request was refused.
REFUSED = {
    "en": r"refused my request",
    "de": r"meine Anfrage abgelehnt",
    "fr": r"refusé de donner suite à ma demande",
    "es": r"deneg(ó|aron) mi solicitud",
    "it": r"respinto la mia richiesta",
    "nl": r"mijn verzoek afgewezen",
    "pl": r"odm(ówiono|ówili Państwo) spełnienia mojego żądania",
    "pt": r"recus(ou|aram) (o )?meu (pedido|requerimento)",
}
# How each language says the reply may come by post to the address at the letter's head (only
# a posted letter has it: an email or a web form carries the body alone).
POSTAL = {
    "en": "postal address above",
    "de": "oben genannte Postanschrift",
    "fr": "adresse postale ci-dessus",
    "es": "dirección postal indicada arriba",
    "it": "indirizzo postale indicato sopra",
    "nl": "bovenstaande postadres",
    "pl": "powyższy adres pocztowy",
    "pt": "endereço postal acima",
}


def compose(type_id, law_id, language, profile=None, channel=None, **options):
    family = letters.family_of(type_id)
    profile = profile or PROFILES.get(law_id) or PROFILES[family]
    return letters.compose_letter(
        CATALOG.get("example-social"),
        type_id,
        law_id,
        language,
        replace(profile, language=language),
        account="member-4711",
        reference=REFERENCE,
        today=TODAY,
        options=replace(OPTIONS, **options),
        channel=channel,
    )


def body_of(letter) -> str:
    return letter.subject + "\n" + letter.body


@pytest.mark.parametrize(("type_id", "law_id", "language"), FOLLOW_UPS)
def test_after_a_refusal_the_letter_states_the_refusal_and_not_a_missing_answer(type_id, law_id, language):
    assert NO_ANSWER.search(body_of(compose(type_id, law_id, language)))  # what it said before
    letter = compose(type_id, law_id, language, earlier_outcome="refused", earlier_outcome_date=OUTCOME_DAY)
    text = body_of(letter)
    assert not NO_ANSWER.search(text)
    assert re.search(REFUSED[language], text)
    assert letters.format_letter_date(OUTCOME_DAY, language, law_id) in text
    _check_language(letter, text, language, law_id)


@pytest.mark.parametrize("outcome", ["partially_fulfilled", "needs_info"])
@pytest.mark.parametrize(("type_id", "law_id", "language"), FOLLOW_UPS)
def test_a_partial_answer_or_a_demand_is_stated_as_such(type_id, law_id, language, outcome):
    letter = compose(type_id, law_id, language, earlier_outcome=outcome, earlier_outcome_date=OUTCOME_DAY)
    text = body_of(letter)
    assert not NO_ANSWER.search(text) and not re.search(REFUSED[language], text)
    assert letters.format_letter_date(OUTCOME_DAY, language, law_id) in text
    _check_language(letter, text, language, law_id)


@pytest.mark.parametrize(
    ("type_id", "law_id", "language", "outcome", "dated", "sentence"),
    [
        (
            "gdpr-complaint",
            "gdpr",
            "en",
            "refused",
            True,
            "by 5 December 2025. On 1 February 2026 Example Social Ireland Limited refused my request.",
        ),
        (
            "gdpr-complaint",
            "gdpr",
            "en",
            "refused",
            False,
            "Example Social Ireland Limited refused my request.",
        ),
        (
            "gdpr-complaint",
            "gdpr",
            "en",
            "partially_fulfilled",
            False,
            "Limited answered my request only in part.",
        ),
        ("gdpr-complaint", "gdpr", "en", "needs_info", True, "Limited asked me for further information."),
        (
            "ccpa-complaint",
            "ccpa",
            "en",
            "refused",
            True,
            "On February 1, 2026, Example Social, Inc. refused",
        ),
        (
            "gdpr-controller-complaint",
            "uk-gdpr",
            "en",
            "refused",
            False,
            "2025-ABCDEFG. You refused my request.",
        ),
        (
            "gdpr-controller-complaint",
            "uk-gdpr",
            "de",
            "refused",
            False,
            "Sie haben meine Anfrage abgelehnt.",
        ),
        ("gdpr-complaint", "gdpr", "de", "refused", True, "Am 1. Februar 2026 hat Example Social Ireland"),
        ("gdpr-complaint", "gdpr", "fr", "partially_fulfilled", True, "Le 1er février 2026, Example Social"),
        ("gdpr-complaint", "gdpr", "pl", "refused", False, "Odmówiono spełnienia mojego żądania."),
        (
            "gdpr-reminder",
            "gdpr",
            "en",
            "partially_fulfilled",
            True,
            "that is by 5 December 2025. On 1 February 2026 you answered my request only in part.",
        ),
        (
            "pipeda-reminder",
            "pipeda",
            "fr",
            "partially_fulfilled",
            True,
            "Le 1er février 2026, vous n’avez répondu que partiellement à ma demande.",
        ),
        (
            "lgpd-complaint",
            "lgpd",
            "pt",
            "refused",
            True,
            "Em 1º de fevereiro de 2026, Example Social, Inc. recusou",
        ),
    ],
)
def test_the_outcome_sentence_reads_as_written(type_id, law_id, language, outcome, dated, sentence):
    day = OUTCOME_DAY if dated else None
    letter = compose(type_id, law_id, language, earlier_outcome=outcome, earlier_outcome_date=day)
    assert sentence in letter.body


def test_the_users_own_words_win_over_the_recorded_outcome():
    letter = compose(
        "gdpr-complaint", "gdpr", "en", earlier_outcome="refused", complaint_text="They deleted half of it."
    )
    assert "They deleted half of it." in letter.body
    assert not re.search(REFUSED["en"], letter.body) and not NO_ANSWER.search(letter.body)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"earlier_outcome": "ignored"},
            "earlier outcome 'ignored' is not one of refused, partially_fulfilled",
        ),
        ({"earlier_outcome_date": OUTCOME_DAY}, "earlier outcome date 2026-02-01 needs an earlier outcome"),
        (
            {"earlier_outcome": "refused", "earlier_outcome_date": TODAY + timedelta(days=1)},
            "earlier outcome date 2026-03-03 is in the future",
        ),
        (
            {"earlier_outcome": "refused", "earlier_outcome_date": date(2025, 11, 4)},
            r"earlier outcome date 2025-11-04 is before the earlier request was sent \(2025-11-05\)",
        ),
    ],
)
def test_a_wrong_outcome_is_named_and_no_letter_is_written(changes, message):
    with pytest.raises(UserError, match=message):
        compose("gdpr-complaint", "gdpr", "en", **changes)


def test_the_follow_ups_that_state_it_offer_the_outcome():
    for type_id in ("gdpr-reminder", "gdpr-complaint", "gdpr-controller-complaint", "pipeda-reminder"):
        assert "earlier_outcome" in letters.fields_for(type_id), type_id
    # An appeal says only that the request was not acted on in full; an ID reply is about the demand.
    for type_id in ("us-state-appeal", "gdpr-verification-reply", "gdpr-objection-ai"):
        assert "earlier_outcome" not in letters.fields_for(type_id), type_id


@pytest.mark.parametrize("channel", ["post", "email"])
@pytest.mark.parametrize("contact", ["both", "email", "address", "neither"])
@pytest.mark.parametrize(("type_id", "law_id", "language"), COMPLAINTS)
def test_the_reply_line_names_only_the_channels_the_user_has(type_id, law_id, language, contact, channel):
    family = letters.family_of(type_id)
    profile = PROFILES.get(law_id) or PROFILES[family]
    email, address = profile.email, profile.address
    profile = replace(
        profile,
        email=email if contact in ("both", "email") else "",
        address=address if contact in ("both", "address") else "",
    )
    letter = compose(type_id, law_id, language, profile=profile, channel=channel)
    closing = letter.body.split("\n\n")[-3]  # the reply line, before the closing and the name
    assert REFERENCE in closing
    with_address = contact in ("both", "address")
    assert (POSTAL[language] in letter.body) == (with_address and channel == "post")
    assert (", ".join(address.splitlines()) in closing) == (with_address and channel == "email")
    assert (email in closing) == (contact in ("both", "email"))
    assert not re.search(r" [,.]|  |\b(or|oder|ou|o|of|lub)[,.]", closing), closing
    _check_language(letter, body_of(letter), language, law_id)


def test_a_complaint_to_an_authority_has_no_answer_date_of_its_own():
    complaint = compose("gdpr-complaint", "gdpr", "en")
    assert complaint.recipient.kind == "authority" and complaint.answer_due is None
    assert complaint.deadline.deadline == date(2025, 12, 5)  # the controller's, which the letter states
    objection = compose("gdpr-objection-ai", "gdpr", "en")
    assert objection.answer_due == objection.deadline.deadline


# ---- filled from the tracker -----------------------------------------------------------------


@pytest.fixture
def tracker(workspace):
    return TrackerService(workspace.store, CATALOG)


def tracked(tracker, *events):
    draft = Draft(
        REFERENCE, "example-social", "gdpr-access-ai", "gdpr", "en", "to", "Access", "Text", channel="email"
    )
    request = tracker.record(tracker.create(draft).id, "sent", date(2026, 1, 5), today=TODAY)
    for kind, day, *reason in events:
        request = tracker.record(request.id, kind, day, reason=reason[0] if reason else None, today=TODAY)
    return request


@pytest.mark.parametrize(
    ("events", "outcome", "day"),
    [
        ([], "", None),
        ([("acknowledged", date(2026, 1, 10))], "", None),
        ([("refused", date(2026, 2, 3), "other")], "refused", date(2026, 2, 3)),
        ([("partially_fulfilled", date(2026, 2, 4))], "partially_fulfilled", date(2026, 2, 4)),
        ([("needs_info", date(2026, 1, 20))], "needs_info", date(2026, 1, 20)),
        # A complaint already filed keeps the refusal it was about.
        (
            [("refused", date(2026, 2, 3), "other"), ("escalated", date(2026, 2, 10))],
            "refused",
            date(2026, 2, 3),
        ),
        # Reopened: the user says the request again awaits its answer.
        ([("refused", date(2026, 2, 3), "other"), ("reopened", date(2026, 2, 5))], "", None),
        ([("needs_info", date(2026, 1, 20)), ("acknowledged", date(2026, 1, 25))], "", None),
    ],
)
def test_a_follow_up_takes_the_outcome_and_its_day_from_the_tracked_request(tracker, events, outcome, day):
    request = tracked(tracker, *events)
    options = letters.follow_up_options(request, replace(OPTIONS, earlier_date=None, earlier_reference=""))
    assert (options.earlier_outcome, options.earlier_outcome_date) == (outcome, day)
    assert options.earlier_date == date(2026, 1, 5) and options.earlier_reference == REFERENCE
    assert options.earlier_deadline == request.effective_deadline and options.earlier_type == "gdpr-access-ai"
    assert options.correction == OPTIONS.correction  # the rest of the letter's options stay
    letter = letters.compose_letter(
        CATALOG.get("example-social"),
        "gdpr-complaint",
        "gdpr",
        "en",
        PROFILES["gdpr"],
        reference="2026-ZZZZZZZ",
        today=TODAY,
        options=options,
    )
    assert bool(re.search(REFUSED["en"], letter.body)) == (outcome == "refused")
    assert bool(NO_ANSWER.search(letter.body)) == (outcome == "")


def test_a_fulfilled_request_is_not_followed_up_as_unanswered(tracker):
    request = tracked(tracker, ("fulfilled", date(2026, 2, 3)))
    with pytest.raises(
        UserError, match=f"request {request.id} \\({REFERENCE}\\) is recorded as fulfilled on 2026-02-03"
    ):
        letters.follow_up_options(request)


@pytest.mark.parametrize(
    ("type_id", "law_id"),
    [
        ("gdpr-reminder", "gdpr"),
        ("gdpr-complaint", "gdpr"),
        ("ccpa-reminder", "ccpa"),
        ("ccpa-complaint", "ccpa"),
        # Its text without an outcome: "I have not received a complete answer within the period".
        ("gdpr-controller-complaint", "uk-gdpr"),
    ],
)
def test_before_the_deadline_a_follow_up_cannot_claim_it_was_missed(type_id, law_id):
    recent = TODAY - timedelta(days=10)  # no law's period has ended ten days after the request
    with pytest.raises(UserError, match="until it has passed, the letter cannot say it was missed") as caught:
        compose(type_id, law_id, "en", earlier_date=recent)
    assert caught.value.code == "deadline_not_passed"
    # What the company answered meanwhile can be stated at any time.
    letter = compose(type_id, law_id, "en", earlier_date=recent, earlier_outcome="refused")
    assert not NO_ANSWER.search(body_of(letter))


def test_italian_letters_elide_the_article_before_8_and_11():
    # "entro il 8 marzo" is not Italian: "entro l'8 marzo", "dell'11 maggio"; "il 18" stays.
    letter = compose("gdpr-reminder", "gdpr", "it", earlier_date=date(2025, 11, 8))
    body = body_of(letter)
    assert "l’8 novembre 2025" in body or "L’8 novembre 2025" in body
    assert not re.search(r"\b(il|del|al|dal|nel) (8|11) ", body, re.IGNORECASE)
