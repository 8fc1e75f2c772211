from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.checklist import DONE
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.wording import sentence
from opt_out_gui.wording.deadlines import deadline_text
from tests.delivery_helpers import draft_request


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(str(data_dir))
    ws.profiles.save(Profile(name="Eva Berg", email="eva@example.org", address="A 1\n1000 X", country="DE"))
    yield ws
    ws.close()


def button(page, text):
    found = [b for b in page.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(page)]
    assert len(found) == 1, [b.text() for b in page.findChildren(QPushButton)]
    return found[0]


def shown_button(page, text) -> bool:
    return any(b.text() == text and b.isVisible() for b in page.findChildren(QPushButton))


def dashboard_text(window):
    page = window.show_page("Dashboard")
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def test_overdue_and_due_soon_requests_come_first(workspace, open_window):
    tracker = TrackerService(workspace.store, load_catalog())
    late = draft_request(tracker)
    tracker.record(late.id, "sent", date.today() - timedelta(days=60), channel="email")
    soon = draft_request(tracker)
    # Sent a little under a month ago, chosen so that the real GDPR deadline falls within the week.
    from opt_out_gui.core.laws import compute_deadline

    sent_on = next(
        date.today() - timedelta(days=days)
        for days in range(20, 40)
        if 1
        <= (
            compute_deadline("gdpr", date.today() - timedelta(days=days), holiday_country="IE").deadline
            - date.today()
        ).days
        <= 7
    )
    tracker.record(soon.id, "sent", sent_on, channel="email")
    draft_request(tracker)
    window = open_window(workspace)
    text = dashboard_text(window)
    assert "3 requests — Draft: 1, Sent: 2." in text
    summary = TrackerService(workspace.store, load_catalog()).summary(date.today())
    # Worded by the one deadline formatter (wording.deadlines), as on the Requests page.
    overdue = f"Overdue by {-summary.overdue[0].days_left} days:"
    due_soon = sentence(deadline_text(summary.due_soon[0].days_left, False)) + ":"
    assert overdue in text and due_soon in text
    assert text.index(overdue) < text.index(due_soon)


def test_checklist_progress_and_check_again_on_the_dashboard(workspace, open_window, qtbot):
    window = open_window(workspace)
    assert "You have not picked any platforms yet" in dashboard_text(window)
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    window.ctx.checklist.mark("linkedin", control.id, DONE, when=date.today() - timedelta(days=400))
    text = dashboard_text(window)
    total = len(window.ctx.catalog.get("linkedin").training_controls_for("eu"))
    # Done 400 days ago: past the re-check interval; still done (the Checklist keeps its box
    # ticked), and listed to check again.
    assert f"1 of {total} controls done on 1 platform." in text  # platforms, not accounts
    assert f"<b>Check again:</b> LinkedIn, {control.title}" in text
    with qtbot.waitSignal(window.page_changed) as shown:
        button(window.page("Dashboard").attention, "Open checklist").click()
    assert shown.args == ["Checklist"]


def test_catalogue_problems_are_shown(workspace, tmp_path, open_window):
    import shutil

    from opt_out_gui.core.catalog import shipped_catalog_dir

    copy = tmp_path / "platforms"
    shutil.copytree(shipped_catalog_dir(), copy)
    (copy / "reddit.toml").write_text("schema = 1\nid = 'reddit'\n")
    window = open_window(workspace, catalog_dir=copy)
    text = dashboard_text(window)
    assert "could not be read and were skipped" in text and "reddit.toml" in text


def test_overdue_requests_are_counted_for_the_tray(workspace, open_window):
    tracker = TrackerService(workspace.store, load_catalog())
    late = draft_request(tracker)
    tracker.record(late.id, "sent", date.today() - timedelta(days=90), channel="email")
    window = open_window(workspace)
    assert window.announce_overdue() == 1


def send_overdue(tracker, days_ago):
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today() - timedelta(days=days_ago), channel="email")
    return request


def test_each_overdue_request_has_its_letter_and_reply_buttons(workspace, open_window, qtbot):
    tracker = TrackerService(workspace.store, load_catalog())
    late = send_overdue(tracker, 60)
    window = open_window(workspace)
    page = window.page("Dashboard")
    # The advised letter comes once the page shows (its next step needs the law engine).
    # A button added to a shown page shows on the event loop's next turn.
    qtbot.waitUntil(lambda: shown_button(page, "Write reminder"))
    step = tracker.next_step(tracker.get(late.id), date.today(), workspace.profiles.load())
    assert (step.action, step.letter_type) == ("reminder", "gdpr-reminder")
    with qtbot.waitSignal(window.ctx.compose_letter_requested) as asked:
        button(page.attention, "Write reminder").click()
    assert asked.args == ["linkedin", "gdpr-reminder", late.id]

    # After a reminder that went unanswered, the next step is a complaint: its button says so.
    tracker.record(late.id, "reminder_sent", date.today() - timedelta(days=20))
    window.show_page("Dashboard")
    # A button added to a shown page shows on the event loop's next turn.
    qtbot.waitUntil(lambda: shown_button(page, "Write complaint"))
    with qtbot.waitSignal(window.ctx.compose_letter_requested) as asked:
        button(page.attention, "Write complaint").click()
    assert asked.args == ["linkedin", "gdpr-complaint", late.id]

    button(page.attention, "Record reply").click()
    assert window.current_page_name() == "Requests"
    requests = window.page("Requests")
    assert requests.current.id == late.id and requests.add_reply.isVisibleTo(requests)


def test_the_first_few_of_a_group_and_a_link_to_the_rest(workspace, open_window, qtbot):
    tracker = TrackerService(workspace.store, load_catalog())
    for days in range(60, 68):
        send_overdue(tracker, days)
    draft_request(tracker)
    window = open_window(workspace)
    page = window.page("Dashboard")
    shown = [b for b in page.attention.findChildren(QPushButton) if b.text() == "Record reply"]
    assert len(shown) == 5
    with qtbot.waitSignal(window.page_changed):
        button(page.attention, "and 3 more overdue").click()
    requests = window.page("Requests")
    assert requests.show_filter.currentText() == "Overdue"
    assert requests.count.text() == "8 of 9"


def test_a_large_count_is_written_as_the_locale_writes_numbers(workspace, open_window):
    """Qt fills %n with bare digits: "and 1,005 more overdue", not "and 1005 more overdue"."""
    tracker = TrackerService(workspace.store, load_catalog())
    late = send_overdue(tracker, 60)
    with workspace.store.transaction() as connection:
        row = connection.execute("SELECT * FROM requests WHERE id = ?", (late.id,)).fetchone()
        columns = [name for name in row.keys() if name != "id"]  # noqa: SIM118 (a Row iterates its values)
        copies = [
            tuple(f"2026-C{number:06d}" if name == "reference" else row[name] for name in columns)
            for number in range(1_009)
        ]
        connection.executemany(
            f"INSERT INTO requests ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", copies
        )
    window = open_window(workspace)
    page = window.page("Dashboard")
    assert button(page.attention, "and 1,005 more overdue")
