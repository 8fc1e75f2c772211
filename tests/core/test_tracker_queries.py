"""Lists, filters, searches, counts and the dashboard summary run in SQL on the store's
indexes (migration 4); these check what they return on a real database."""

import sqlite3
from datetime import date, timedelta

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.store import MIGRATIONS, Store
from opt_out_gui.core.tracker import RequestQuery, TrackerService
from opt_out_gui.core.tracker.repository import search_expression
from opt_out_gui.core.workspace import open_workspace
from tests.core.test_tracker import new_request

TODAY = date(2025, 3, 10)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture
def service(data_dir, catalog):
    workspace = open_workspace(str(data_dir))
    yield TrackerService(workspace.store, catalog)
    workspace.close()


@pytest.fixture
def five(service):
    """A: overdue 10 days; B: 4 days left; C: 28 days left; D: fulfilled; E: a draft (reddit)."""
    a = new_request(service, "2025-AAAAAAA", recipient="Privacy Team, Dublin")
    service.record(a.id, "sent", date(2025, 1, 31), today=TODAY)  # deadline 2025-02-28
    b = new_request(service, "2025-BBBBBBB")
    service.record(b.id, "sent", date(2025, 2, 14), today=TODAY)  # 2025-03-14
    c = new_request(service, "2025-CCCCCCC", type="gdpr-erasure")
    service.record(c.id, "sent", date(2025, 3, 7), today=TODAY)  # 2025-04-07
    d = new_request(service, "2025-DDDDDDD")
    service.record(d.id, "sent", date(2025, 1, 31), today=TODAY)
    service.record(d.id, "fulfilled", date(2025, 2, 3), note="Zusätzliche Bestätigung erhalten", today=TODAY)
    new_request(service, "2025-EEEEEEE", platform="reddit", recipient="Reddit, Inc.")
    return service


def references(service, query, page=None):
    pager = service.rows(query, TODAY)
    rows = []
    while not pager.exhausted:
        rows += pager.next_rows(page)
    return [row.reference[5:6] for row in rows]


def test_sorted_by_deadline_drafts_last_either_way_and_paged(five):
    assert references(five, RequestQuery()) == list("ADBCE")
    assert references(five, RequestQuery(), page=2) == list("ADBCE")  # page by page, the same
    assert references(five, RequestQuery(descending=True), page=1) == list("CBDAE")
    assert references(five, RequestQuery(sort="sent")) == list("ADBCE")
    assert references(five, RequestQuery(sort="status")) == list("EABCD")  # draft, sent (by id), fulfilled
    assert references(five, RequestQuery(sort="newest")) == list("EDCBA")
    # Platforms and types sort in the order of their names, which the caller gives.
    ranked = RequestQuery(sort="platform", ranks=("reddit", "linkedin"))
    assert references(five, ranked) == list("EABCD")


def test_filters_and_counts(five):
    assert references(five, RequestQuery(show="overdue")) == ["A"]
    assert references(five, RequestQuery(show="due_soon")) == ["B"]
    assert references(five, RequestQuery(show="open")) == list("ABCE")
    assert references(five, RequestQuery(status="draft")) == ["E"]
    assert references(five, RequestQuery(platform="reddit")) == ["E"]
    assert five.count() == 5
    assert five.count(RequestQuery(show="open"), TODAY) == 4
    assert five.count(RequestQuery(show="overdue", platform="reddit"), TODAY) == 0
    assert five.platforms_with_requests() == ["linkedin", "reddit"]


def test_search_finds_words_of_reference_recipient_notes_and_names(five):
    def found(text):
        return references(five, five.search_query(text))

    assert found("2025-CCC") == ["C"]  # the reference as typed, to any length
    assert found("ccccccc") == ["C"]
    assert found("dubl") == ["A"]  # recipient
    assert found("zusatzliche") == ["D"]  # a note, without its accent
    assert found("REDD") == ["E"]  # the platform id, any case
    assert found("Erasure") == ["C"]  # the type's title, which only the index of names knows
    assert found("objection ai") == list("ADBE")  # every word, of the type id here
    assert found("nothing-like-this") == []
    assert found("  ") == list("ADBCE")
    assert five.count(five.search_query("dubl"), TODAY) == 1


def test_the_search_index_follows_every_change(five, data_dir):
    request = five.find("2025-BBBBBBB")
    five.record(request.id, "reply_received", TODAY, note="Ticket Nummer 4711", today=TODAY)
    assert references(five, five.search_query("4711")) == ["B"]
    store = five._store
    with store.transaction() as connection:  # a correction of a note, and a removal
        connection.execute("UPDATE request_events SET note = 'Ticket 99' WHERE note LIKE 'Ticket Nummer%'")
    assert references(five, five.search_query("4711")) == []
    assert references(five, five.search_query("99")) == ["B"]
    with store.transaction() as connection:
        connection.execute("DELETE FROM requests WHERE reference = '2025-BBBBBBB'")
    assert references(five, five.search_query("99")) == []
    count = store.connection.execute("SELECT count(*) FROM request_search").fetchone()[0]
    assert count == five.count() == 4


def test_what_a_user_types_never_breaks_the_search_syntax():
    assert search_expression('a "b" OR c* NEAR(') == '"a"* "b"* "or"* "c"* "near"*'
    assert search_expression("-_-") == ""


def test_summary_counts_everything_and_lists_the_first_few(five):
    for number in range(6):
        late = new_request(five, f"2025-F{number:06d}")
        five.record(late.id, "sent", date(2025, 1, 1) + timedelta(days=number), today=TODAY)
    summary = five.summary(TODAY, first=3)
    assert summary.overdue_total == 7 and len(summary.overdue) == 3
    assert [row.reference for row in summary.overdue] == ["2025-F000000", "2025-F000001", "2025-F000002"]
    assert summary.due_soon_total == 1 and [row.reference for row in summary.due_soon] == ["2025-BBBBBBB"]
    assert summary.counts["sent"] == 9 and summary.counts["draft"] == 1 and summary.total == 11


def test_summary_lists_what_it_counts_for_any_look_ahead(five):
    """A 30-day look-ahead counts and lists C (28 days left) too, not only the 14-day default's B."""
    summary = five.summary(TODAY, due_within=30, first=3)
    assert summary.due_soon_total == 2
    assert [row.reference for row in summary.due_soon] == ["2025-BBBBBBB", "2025-CCCCCCC"]


def test_the_counts_by_status_follow_every_change(five):
    """Kept by triggers (migration 5): equal to counting the requests after creating, recording
    status changes, a reply that changes no status, and deleting."""
    store = five.repository._store

    def kept():
        return {s: n for s, n in store.connection.execute("SELECT status, number FROM request_counts") if n}

    def counted():
        counting = "SELECT status, count(*) FROM requests GROUP BY status"
        return dict(store.connection.execute(counting).fetchall())

    assert kept() == counted() == {"sent": 3, "fulfilled": 1, "draft": 1}
    b = five.find("2025-BBBBBBB")
    five.record(b.id, "acknowledged", date(2025, 3, 1), today=TODAY)
    five.record(b.id, "reply_received", date(2025, 3, 2), note="asks for patience", today=TODAY)
    with store.transaction() as connection:
        connection.execute("DELETE FROM requests WHERE reference = '2025-EEEEEEE'")
    assert kept() == counted() == {"sent": 2, "acknowledged": 1, "fulfilled": 1}
    assert five.summary(TODAY).counts["draft"] == 0


def test_list_json_is_what_each_request_says_of_itself(five):
    expected = [r.to_json(TODAY) for r in five.all()]
    assert list(five.list_json(TODAY)) == expected
    assert list(five.list_json(TODAY, overdue=True)) == [expected[0]]
    assert [r["reference"] for r in five.list_json(TODAY, due_within=10)] == ["2025-BBBBBBB"]
    assert list(five.list_json(TODAY, overdue=True, due_within=10)) == []
    assert [r["reference"] for r in five.list_json(TODAY, status="draft")] == ["2025-EEEEEEE"]


def test_migration_5_counts_the_requests_already_stored(data_dir):
    data_dir.mkdir()
    connection = sqlite3.connect(data_dir / "opt-out.sqlite3")
    for script in MIGRATIONS[:4]:
        connection.executescript(script)
    for number, status in enumerate(("draft", "withdrawn", "draft"), start=1):
        connection.execute(
            "INSERT INTO requests (id, reference, platform, type, law, language, recipient, created_at, "
            "status) VALUES (?, ?, 'linkedin', 'gdpr-erasure', 'gdpr', 'en', 'Wilton Plaza', 'x', ?)",
            (number, f"2025-AAAAAA{number}", status),
        )
    connection.execute("PRAGMA user_version = 4")
    connection.commit()
    connection.close()
    store = Store.open(data_dir)
    assert sorted(map(tuple, store.connection.execute("SELECT status, number FROM request_counts"))) == [
        ("draft", 2),
        ("withdrawn", 1),
    ]
    store.close()


def test_migration_4_indexes_the_requests_already_stored(data_dir):
    """A database of schema 3 gets its search index filled from the requests it holds."""
    data_dir.mkdir()
    connection = sqlite3.connect(data_dir / "opt-out.sqlite3")
    for script in MIGRATIONS[:3]:
        connection.executescript(script)
    connection.execute(
        "INSERT INTO requests (id, reference, platform, type, law, language, recipient, created_at) "
        "VALUES (1, '2025-AAAAAAA', 'linkedin', 'gdpr-erasure', 'gdpr', 'en', 'Wilton Plaza', 'x')"
    )
    connection.execute(
        "INSERT INTO request_events (request_id, kind, date, note, created_at) "
        "VALUES (1, 'withdrawn', '2025-01-02', 'closed the account instead', 'x')"
    )
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    store = Store.open(data_dir)
    found = store.connection.execute(
        "SELECT rowid FROM request_search WHERE request_search MATCH ?", ('"wilton"* "account"*',)
    ).fetchall()
    assert [tuple(row) for row in found] == [(1,)]
    assert list((data_dir / "backups").iterdir())  # the copy kept before migrating
    store.close()
