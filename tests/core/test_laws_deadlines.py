"""Deadlines: worked examples from the sources, and properties over many dates."""

import calendar
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.laws import compute_deadline, get_law, request_types
from opt_out_gui.core.laws import deadlines as deadlines_module
from opt_out_gui.wording.deadlines import notes_text

FAR_FUTURE = date(2040, 1, 1)


def deadline(law, received, **kwargs):
    return compute_deadline(law, received, today=FAR_FUTURE, **kwargs)


# --- Worked examples --------------------------------------------------------------------


def test_ico_example_3_september_to_3_october():
    # ICO SAR checklist: "request received 3 September -> respond by 3 October"
    # (https://ico.org.uk/global/sar-checklist-for-smes/i-need-to-complete-a-sar).
    result = deadline("uk-gdpr", date(2025, 9, 3), holiday_country="GB")
    assert result.deadline == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("received", "expected"),
    [(date(2025, 1, 31), date(2025, 2, 28)), (date(2024, 1, 31), date(2024, 2, 29))],
)
def test_31_january_ends_on_the_last_day_of_february(received, expected):
    # Regulation 1182/71 Art. 3(2)(c); ICO "last day of the following month";
    # ThomasMoreAI/legal-skills-open gdpr_deadlines.py: "receipt 31 Jan -> 28/29 Feb".
    assert deadline("gdpr", received, holiday_country="IE").deadline == expected
    assert deadline("uk-gdpr", received).deadline == expected


def test_ico_extension_is_three_months_from_receipt_with_the_other_reading_noted():
    # ICO: "calculate the extension as three months from the original start date";
    # legal-facts.md 1.2 note 2: 31 Jan 2025 -> 30 Apr; 28 Feb + two months -> 28 Apr.
    result = deadline("uk-gdpr", date(2025, 1, 31))
    assert result.extended_deadline == date(2025, 4, 30)
    assert result.alternatives == [("two further months counted from the first deadline", date(2025, 4, 28))]
    assert any("2025-04-28" in note and "ICO" in note for note in notes_text(result.notes))


def test_no_alternative_when_both_readings_agree():
    result = deadline("gdpr", date(2025, 3, 10), holiday_country="FR")
    assert result.extended_deadline == date(2025, 6, 10)
    assert result.alternatives == []


def test_gdpr_deadline_on_a_national_holiday_moves_to_the_next_working_day():
    # 1182/71 Art. 3(4). 3 Oct 2025 is German Unity Day (a Friday): next working day Monday 6 Oct.
    result = deadline("gdpr", date(2025, 9, 3), holiday_country="DE")
    assert result.deadline == date(2025, 10, 6)
    assert any("Länder" in note for note in notes_text(result.notes))
    assert any("German Unity Day" in note for note in notes_text(result.notes))
    # The same request to an Irish controller is due on the Friday.
    assert deadline("gdpr", date(2025, 9, 3), holiday_country="IE").deadline == date(2025, 10, 3)


def test_uk_uses_england_bank_holidays_and_says_so():
    # 25 Aug 2025 is the Summer Bank Holiday in England (Scotland's was 4 Aug).
    result = deadline("uk-gdpr", date(2025, 7, 25))
    assert result.deadline == date(2025, 8, 26)
    assert any("England" in note for note in notes_text(result.notes))


def test_gdpr_without_a_country_skips_weekends_only_and_says_so():
    # Regulation 1182/71 Art. 3(4): Saturdays and Sundays move the deadline whatever the country.
    # 1 Nov 2025 is a Saturday; 3 Nov a Monday.
    result = deadline("gdpr", date(2025, 10, 1))
    assert result.deadline == date(2025, 11, 3)
    assert result.holidays_unknown and result.holiday_country is None
    assert any("No roll-forward for public holidays was applied" in note for note in notes_text(result.notes))
    assert deadline("gdpr", date(2025, 10, 1), holiday_country="") == result


def test_unknown_controller_country_applies_no_public_holiday_and_flags_it():
    # 1182/71 Art. 2(1) and 3(4): the holidays of the Member State where the action is taken.
    # Received 3 Sep 2025 -> 3 Oct 2025, German Unity Day: a German controller has until Monday
    # 6 Oct; with the country unknown the date stays on the Friday and the result says why.
    unknown = deadline("gdpr", date(2025, 9, 3))
    assert unknown.deadline == date(2025, 10, 3)
    assert unknown.holidays == "unknown_country"
    assert unknown.to_json()["holidays"] == "unknown_country"
    german = deadline("gdpr", date(2025, 9, 3), holiday_country="DE")
    assert (german.deadline, german.holiday_country, german.holidays_unknown) == (
        date(2025, 10, 6),
        "DE",
        False,
    )
    # A law with one country knows whose holidays count without being told.
    assert deadline("uk-gdpr", date(2025, 7, 25)).holiday_country == "GB"


def test_ccpa_45_calendar_days_after_receipt():
    # Civ. Code § 1798.130(a)(2)(A) and 11 CCR § 7021(b): 45 days, extendable to 90;
    # Code Civ. Proc. § 12: exclude the first day, include the last -> receipt + 45.
    result = deadline("ccpa", date(2025, 3, 12), type_id="ccpa-delete")
    assert result.deadline == date(2025, 4, 28)  # receipt + 45 is Saturday 26 April
    result = deadline("ccpa", date(2025, 3, 17), type_id="ccpa-delete")
    assert result.deadline == date(2025, 5, 1)  # a Thursday: nothing moves
    assert result.extended_deadline == date(2025, 6, 16)  # receipt + 90, a Monday
    # § 7021(b) "begins on the day that the business receives the request": receipt + 44.
    assert result.alternatives[0][1] == date(2025, 4, 30)


def test_ccpa_deadline_on_a_weekend_moves_to_monday():
    # Code Civ. Proc. § 12a(a): "holiday" means "all day on Saturdays" and the holidays of § 135,
    # which include every Sunday (Gov. Code § 6700(a)(1)); § 12a(b) applies it to any
    # "rule, or regulation". Received 5 Mar 2026 + 45 = Sunday 19 Apr -> Monday 20 Apr.
    result = deadline("ccpa", date(2026, 3, 5), type_id="ccpa-delete")
    assert result.deadline == date(2026, 4, 20)
    assert result.holiday_country == "US-CA"
    assert any("2026-04-19 is a Sunday" in note for note in notes_text(result.notes))
    # Received 20 Mar 2025 + 45 = Sunday 4 May 2025 -> Monday 5 May.
    assert deadline("ccpa", date(2025, 3, 20), type_id="ccpa-know").deadline == date(2025, 5, 5)


def test_ccpa_last_day_on_a_holiday_is_excluded_too():
    # Code Civ. Proc. § 12: "... unless the last day is a holiday, and then it is also excluded";
    # § 12a: so is the Saturday after it. 20 May 2025 + 45 = Friday 4 July 2025 (Independence
    # Day) -> Saturday 5 July -> Sunday 6 July -> Monday 7 July.
    assert deadline("ccpa", date(2025, 5, 20), type_id="ccpa-know").deadline == date(2025, 7, 7)


def test_ccpa_acknowledgement_skips_a_california_holiday():
    # 11 CCR § 7021(a): confirm receipt within 10 business days. Received Thursday 20 March
    # 2025; Monday 31 March is Cesar Chavez Day, so the tenth business day is 4 April, not 3 April.
    result = deadline("ccpa", date(2025, 3, 20), type_id="ccpa-know")
    assert result.acknowledge_by == date(2025, 4, 4)


@pytest.mark.parametrize("type_id", ["ccpa-opt-out", "ccpa-limit"])
def test_ccpa_opt_out_and_limit_take_15_business_days_without_extension(type_id):
    # 11 CCR § 7026(f)(1) and § 7027(g): no later than 15 business days from receipt.
    result = deadline("ccpa", date(2025, 3, 20), type_id=type_id)
    assert result.deadline == date(2025, 4, 11)
    assert result.extended_deadline is None
    assert result.acknowledge_by is None


def test_state_laws_count_calendar_days():
    # Va. Code § 59.1-577: 45 days, once extendable by 45 (legal-facts.md section 3).
    result = deadline("vcdpa", date(2025, 6, 1))
    assert (result.deadline, result.extended_deadline) == (date(2025, 7, 16), date(2025, 8, 30))
    # Iowa: 90 days (recordinglaw.com, Parker Poe), no extension retrieved.
    iowa = deadline("icdpa", date(2025, 6, 1))
    assert (iowa.deadline, iowa.extended_deadline) == (date(2025, 8, 30), None)


def test_connecticut_appeal_60_days_and_missing_appeal_period_is_a_user_error():
    # Conn. Gen. Stat. § 42-518 (Deskbook p. 166): decide the appeal within 60 days.
    assert deadline("ctdpa", date(2025, 6, 1), type_id="us-state-appeal").deadline == date(2025, 7, 31)
    with pytest.raises(UserError, match="no period within which the company must decide an appeal under CPA"):
        deadline("cpa", date(2025, 6, 1), type_id="us-state-appeal")


def test_fadp_30_days_rolls_over_the_weekend_and_flags_non_access_requests():
    # FADP Art. 25(7), DPO Art. 18: 30 days; CO Art. 78: a last day on a weekend moves.
    access = deadline("fadp", date(2025, 3, 20), type_id="gdpr-access-ai")
    assert access.deadline == date(2025, 4, 21)  # 19 April 2025 is a Saturday
    assert access.extended_deadline is None
    assert not any("is a guide" in note for note in notes_text(access.notes))
    objection = deadline("fadp", date(2025, 3, 20), type_id="gdpr-objection-ai")
    assert objection.deadline == access.deadline
    assert any("is a guide" in note for note in notes_text(objection.notes))


def test_lgpd_15_days_noted_as_the_access_period():
    # LGPD Art. 19, II: "within 15 (fifteen) days, counted from the date of the holder's request".
    access = deadline("lgpd", date(2025, 3, 1), type_id="lgpd-access")
    assert access.deadline == date(2025, 3, 16)
    deletion = deadline("lgpd", date(2025, 3, 1), type_id="lgpd-delete")
    assert deletion.deadline == date(2025, 3, 16)
    assert any("Art. 19" in note and "not verified" in note for note in notes_text(deletion.notes))


def test_pipeda_30_days_plus_at_most_30():
    # PIPEDA s. 8(3) and 8(4). 1 July 2025 + 30 = 31 July; + 60 = Saturday 30 August, which is
    # no holiday under Interpretation Act s. 35(1), so it stays.
    result = deadline("pipeda", date(2025, 7, 1), type_id="pipeda-access")
    assert (result.deadline, result.extended_deadline) == (date(2025, 7, 31), date(2025, 8, 30))
    assert result.holiday_country == "CA-federal"


def test_pipeda_sunday_then_easter_monday_move_the_limit():
    # Interpretation Act s. 26: a limit that falls on a holiday moves to the next day that is
    # not a holiday; s. 35(1) names Sunday and Easter Monday. Received 6 Mar 2026 + 30 = Sunday
    # 5 Apr (Easter Sunday); Monday 6 Apr is Easter Monday; so the limit is Tuesday 7 Apr.
    result = deadline("pipeda", date(2026, 3, 6), type_id="pipeda-access")
    assert result.deadline == date(2026, 4, 7)
    assert any("Interpretation Act" in note for note in notes_text(result.notes))


@pytest.mark.parametrize(
    ("received", "expected", "holiday"),
    [
        # + 30 = Monday 18 May 2026, Victoria Day (s. 35(1)) -> Tuesday 19 May.
        (date(2026, 4, 18), date(2026, 5, 19), "Victoria Day"),
        # + 30 = Wednesday 30 Sep 2026, National Day for Truth and Reconciliation (s. 35(1) as
        # amended by S.C. 2021, c. 11) -> Thursday 1 Oct.
        (date(2026, 8, 31), date(2026, 10, 1), "National Day for Truth and Reconciliation"),
        # + 30 = Wednesday 11 Nov 2026, Remembrance Day -> Thursday 12 Nov.
        (date(2026, 10, 12), date(2026, 11, 12), "Remembrance Day"),
    ],
)
def test_pipeda_federal_holidays_of_the_interpretation_act(received, expected, holiday):
    result = deadline("pipeda", received, type_id="pipeda-access")
    assert result.deadline == expected
    assert any(holiday in note for note in notes_text(result.notes) if "moves to" in note)


def test_pipeda_saturday_is_not_a_holiday_and_boxing_day_is_not_listed():
    # s. 35(1) names Sunday but not Saturday, and not Boxing Day (provincial holidays count only
    # under s. 35(1)(a), where they apply; the app does not know the province).
    assert deadline("pipeda", date(2026, 3, 12), type_id="pipeda-access").deadline == date(2026, 4, 11)
    assert deadline("pipeda", date(2025, 11, 26), type_id="pipeda-access").deadline == date(2025, 12, 26)


def test_gdpr_complaint_three_months_art_78_2():
    result = deadline("gdpr", date(2025, 1, 31), type_id="gdpr-complaint")
    assert result.deadline == date(2025, 4, 30)
    assert any("Art. 78(2)" in note for note in notes_text(result.notes))
    with pytest.raises(UserError, match="no response period for 'gdpr-complaint' under UK GDPR"):
        deadline("uk-gdpr", date(2025, 1, 31), type_id="gdpr-complaint")


def test_reminder_explains_which_date_to_give():
    result = deadline("gdpr", date(2025, 1, 10), type_id="gdpr-reminder", holiday_country="AT")
    assert result.deadline == deadline("gdpr", date(2025, 1, 10), holiday_country="AT").deadline
    assert any("original request" in note for note in notes_text(result.notes))


# --- Bad input -----------------------------------------------------------------------------


def test_a_received_date_in_the_future_is_refused_unless_today_allows_it():
    with pytest.raises(UserError, match="2025-06-02 is in the future"):
        compute_deadline("gdpr", date(2025, 6, 2), today=date(2025, 6, 1))
    assert compute_deadline("gdpr", date(2025, 6, 1), today=date(2025, 6, 1)).received == date(2025, 6, 1)


def test_a_type_of_another_law_lists_the_valid_types():
    with pytest.raises(UserError, match=r"'ccpa-opt-out' does not apply under GDPR; valid types for gdpr: "):
        deadline("gdpr", date(2025, 1, 1), type_id="ccpa-opt-out")


def test_countries_are_checked():
    with pytest.raises(UserError, match="unknown country code 'ZZ'"):
        deadline("ccpa", date(2025, 1, 1), holiday_country="ZZ")
    with pytest.raises(UserError, match=r"valid countries for gdpr: AT, BE"):
        deadline("gdpr", date(2025, 1, 1), holiday_country="US")


def test_json_has_the_stable_keys_and_iso_dates():
    data = deadline("ccpa", date(2025, 3, 20), type_id="ccpa-know").to_json()
    assert list(data) == [
        "law",
        "type",
        "received",
        "deadline",
        "extended_deadline",
        "acknowledge_by",
        "notes",
        "holiday_country",
        "holidays",
        "extension",
    ]
    assert data["received"] == "2025-03-20" and data["acknowledge_by"] == "2025-04-04"
    plain = deadline("fadp", date(2025, 3, 20)).to_json()
    assert plain["type"] is None and plain["extended_deadline"] is None and plain["acknowledge_by"] is None


# --- Properties over many dates --------------------------------------------------------------

received_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


def _cases():
    """(law, type, country) for every type with a deadline, with a country where holidays count."""
    sample_countries = {"gdpr": ["DE", "IE", "FR", None], "uk-gdpr": ["GB"], "fadp": ["CH"], "pipeda": ["CA"]}
    cases = []
    for law in (get_law(t) for t in ("gdpr", "uk-gdpr", "fadp", "ccpa", "vcdpa", "icdpa", "lgpd", "pipeda")):
        for request_type in [None, *request_types(law.id)]:
            kind = request_type.deadline_rule if request_type else "request"
            if kind in law.deadlines:
                for country in sample_countries.get(law.id, [None]):
                    cases.append((law.id, request_type.id if request_type else None, country))
    return cases


def _public_holidays(country, year):
    subdivision = {"GB": "ENG", "US": "CA"}.get(country)
    return holidays.country_holidays(country, subdiv=subdivision, years=[year - 1, year, year + 1])


@settings(max_examples=300, deadline=None)
@given(received=received_dates, case=st.sampled_from(_cases()))
def test_deadlines_are_ordered_and_never_before_receipt(received, case):
    law_id, type_id, country = case
    result = deadline(law_id, received, type_id=type_id, holiday_country=country)
    assert result.deadline >= received
    if result.extended_deadline is not None:
        assert result.extended_deadline >= result.deadline
    if result.acknowledge_by is not None:
        assert received < result.acknowledge_by <= result.deadline
    for _, other in result.alternatives:
        assert other >= received


@settings(max_examples=300, deadline=None)
@given(
    received=received_dates,
    case=st.sampled_from([("gdpr", "DE"), ("gdpr", "IT"), ("uk-gdpr", "GB"), ("fadp", "CH")]),
)
def test_rolled_deadlines_never_fall_on_a_weekend_or_holiday(received, case):
    law_id, country = case
    result = deadline(law_id, received, holiday_country=country)
    public = _public_holidays(country, received.year)
    for day in (result.deadline, result.extended_deadline):
        if day is not None:
            assert day.weekday() < 5 and day not in public, day


@settings(max_examples=300, deadline=None)
@given(received=received_dates)
def test_gdpr_month_is_the_same_date_next_month_clamped_then_the_next_working_day(received):
    result = deadline("gdpr", received, holiday_country="DE")
    year, month = (received.year, received.month + 1) if received.month < 12 else (received.year + 1, 1)
    same_date = date(year, month, min(received.day, calendar.monthrange(year, month)[1]))
    public = _public_holidays("DE", received.year)
    skipped = [same_date + timedelta(days=n) for n in range((result.deadline - same_date).days)]
    assert result.deadline >= same_date
    assert all(day.weekday() >= 5 or day in public for day in skipped)


@settings(max_examples=200, deadline=None)
@given(received=received_dates)
def test_ccpa_business_days_skip_weekends_and_california_holidays(received):
    result = deadline("ccpa", received, type_id="ccpa-opt-out")
    public = _public_holidays("US", received.year)
    between = [received + timedelta(days=n) for n in range(1, (result.deadline - received).days + 1)]
    working = [day for day in between if day.weekday() < 5 and day not in public]
    assert len(working) == 15 and working[-1] == result.deadline


# --- Performance -----------------------------------------------------------------------------


def test_holiday_calendars_are_built_once_per_country_and_year(monkeypatch):
    calls = []
    real = holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append((args, kwargs.get("subdiv"), kwargs.get("years")))
        return real(*args, **kwargs)

    monkeypatch.setattr(holidays, "country_holidays", counting)
    deadlines_module._holiday_names.cache_clear()
    start = date(2025, 1, 1)
    for offset in range(2000):
        received = start + timedelta(days=offset % 300)
        deadline("gdpr", received, type_id="gdpr-objection-ai", holiday_country="DE")
        deadline("ccpa", received, type_id="ccpa-know")
    # DE and US-CA for 2025 and 2026 (deadlines cross the year), nothing per row.
    assert len(calls) <= 4
