"""When the company received a request (core.receipt) and the store migration that keeps it.

GDPR Art. 12(3) counts "from receipt of the request", CCPA 11 CCR § 7021(b) from "the day
that the business receives the request", PIPEDA s. 8(3) from "receipt": a posted letter's
deadline starts when it arrives, not when it was sent.
"""

import sqlite3
import tomllib
from datetime import date

import pytest

from opt_out_gui.core import receipt
from opt_out_gui.core import store as store_module
from opt_out_gui.core.datadir import prepare_data_dir
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.store import DB_FILE_NAME, MIGRATIONS, Store
from opt_out_gui.resources import data_dir as shipped_data


@pytest.mark.parametrize("channel", ["email", "web_form", "in_app"])
def test_electronic_requests_arrive_the_day_they_are_sent(channel):
    assert receipt.estimate_receipt(channel, date(2026, 3, 13), "IE", "IE") == receipt.Receipt(
        date(2026, 3, 13), receipt.SAME_DAY
    )


def test_irish_domestic_post_uses_comregs_three_day_standard_and_skips_st_patricks_day():
    # ComReg: 99.5% of single-piece letters within three working days (D+3). Posted Friday
    # 13 March 2026: Monday 16, (Tuesday 17 is St Patrick's Day), Wednesday 18, Thursday 19.
    estimate = receipt.estimate_receipt("post", date(2026, 3, 13), "IE", "IE")
    assert (estimate.day, estimate.basis) == (date(2026, 3, 19), receipt.ESTIMATED)
    assert any("comreg.ie" in source for source in estimate.standard.sources)
    assert estimate.standard.working_days == 3


def test_german_post_counts_saturdays_as_working_days():
    # Postal law from 2025 (reported): 99% by the fourth working day (Werktag, Monday to
    # Saturday). Posted Thursday 30 April 2026; Friday 1 May is Labour Day: Saturday 2,
    # Monday 4, Tuesday 5, Wednesday 6 May.
    assert receipt.estimate_receipt("post", date(2026, 4, 30), "DE", "DE").day == date(2026, 5, 6)


@pytest.mark.parametrize(("sender", "recipient"), [("NL", "IE"), ("FR", "FR"), ("", "IE"), ("IE", None)])
def test_without_a_published_standard_the_send_date_is_the_labelled_estimate(sender, recipient):
    estimate = receipt.estimate_receipt("post", date(2026, 3, 13), sender, recipient)
    assert (estimate.day, estimate.basis, estimate.standard) == (date(2026, 3, 13), receipt.ESTIMATED, None)


def test_an_entered_receipt_day_is_checked():
    sent, today = date(2026, 3, 2), date(2026, 3, 10)
    assert receipt.entered_receipt(sent, date(2026, 3, 5), today) == receipt.Receipt(
        date(2026, 3, 5), receipt.ENTERED
    )
    with pytest.raises(UserError, match="2026-03-01 is before the request was sent"):
        receipt.entered_receipt(sent, date(2026, 3, 1), today)
    with pytest.raises(UserError, match="2026-03-11 is in the future"):
        receipt.entered_receipt(sent, date(2026, 3, 11), today)


def test_every_postal_standard_is_sourced():
    raw = tomllib.loads((shipped_data() / "postal.toml").read_text(encoding="utf-8"))
    assert raw["schema"] == 1
    for item in raw["country"]:
        assert item["sources"] and all(url.startswith("https://") for url in item["sources"])
        assert item["working_days"] > 0 and item["standard"]
    assert set(receipt.postal_standards()) == {item["code"] for item in raw["country"]}


def test_migration_3_keeps_deadlines_and_says_they_count_from_the_send_date(data_dir):
    # A database written by the version before received dates: schema 2 with a sent request.
    prepare_data_dir(data_dir)
    old = sqlite3.connect(data_dir / DB_FILE_NAME)
    for script in MIGRATIONS[:2]:
        old.executescript(script)
    old.execute("PRAGMA user_version = 2")
    old.execute(
        "INSERT INTO requests (reference, platform, type, law, language, channel, created_at, "
        "sent_at, deadline, status) VALUES ('2026-AAAAAAA', 'linkedin', 'gdpr-objection-ai', 'gdpr', "
        "'en', 'post', '2026-01-01T00:00:00+00:00', '2026-01-05', '2026-02-05', 'sent')"
    )
    old.execute(
        "INSERT INTO requests (reference, platform, type, law, language, created_at, status) "
        "VALUES ('2026-BBBBBBB', 'linkedin', 'gdpr-objection-ai', 'gdpr', 'en', '2026-01-01', 'draft')"
    )
    old.commit()
    old.close()

    store = Store.open(data_dir)
    assert store.schema_version == store_module.SCHEMA_VERSION >= 3
    rows = store.connection.execute(
        "SELECT reference, sent_at, received_at, received_basis, deadline FROM requests ORDER BY id"
    ).fetchall()
    assert [tuple(row) for row in rows] == [
        ("2026-AAAAAAA", "2026-01-05", "2026-01-05", "sent_date", "2026-02-05"),
        ("2026-BBBBBBB", None, None, None, None),
    ]
    # One copy of the old database is kept before migrating, named after the version it becomes.
    [backup] = (data_dir / "backups").glob(f"*before-v{store_module.SCHEMA_VERSION}.sqlite3")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 2
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as connection:
        connection.execute("UPDATE requests SET received_basis = 'guessed'")
    store.close()
