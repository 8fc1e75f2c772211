"""Every page that shows data follows the context: a change made outside the page (through
the context and its services, as another page, a dialog or a catalogue update does) shows
on the page at once, without the page being asked to refresh."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from opt_out_gui.core import updates
from opt_out_gui.core.checklist import DONE
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft
from opt_out_gui.ui.main_window import MainWindow
from tests.catalog_helpers import (
    ADDED_PLATFORM,
    REMOVED_PLATFORM,
    built_bundle,
    changed_catalog,
    new_private_key,
    newer_version,
    serve,
    trust,
)

ADDED_NAME = "Example New"


@pytest.fixture
def window(qtbot, workspace):
    workspace.profiles.save(
        Profile(name="Eva Berg", email="eva@example.org", address="A 1\n1000 X", country="NL", language="en")
    )
    shown = MainWindow(workspace)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def install_update(server, tmp_path, monkeypatch, data_dir, workspace):
    """Install a signed update that adds ADDED_PLATFORM and removes REMOVED_PLATFORM, then tell
    the context, as Settings > Catalogue does after an install."""
    key, key_path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key_path, newer_version(3), changed_catalog(tmp_path))
    )

    def install(ctx) -> None:
        updates.install_update(
            data_dir, updates.check_for_update(url, data_dir, key.public_key()), workspace.store
        )
        ctx.reload_catalog()

    return install


def draft(platform: str, reference: str) -> Draft:
    return Draft(
        reference,
        platform,
        "gdpr-objection-ai",
        "gdpr",
        "en",
        "To them",
        "Objection",
        "Body",
        channel="email",
    )


def shown_text(page) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def combo_ids(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


# ---- the catalogue changes ------------------------------------------------------------------


def test_the_letters_page_offers_the_platforms_of_a_new_catalogue(window, install_update):
    page = window.show_page("Letters")
    page.compose_for("reddit")
    assert ADDED_PLATFORM not in combo_ids(page.platform) and REMOVED_PLATFORM in combo_ids(page.platform)
    install_update(window.ctx)
    assert ADDED_PLATFORM in combo_ids(page.platform) and REMOVED_PLATFORM not in combo_ids(page.platform)
    bulk = [page.bulk_list.item(i).text() for i in range(page.bulk_list.count())]
    assert ADDED_NAME in bulk
    assert page.platform.currentData() == "reddit"  # the user's choice survives the reload


def test_the_requests_page_names_platforms_from_the_new_catalogue(window, install_update):
    window.ctx.tracker.create(draft(ADDED_PLATFORM, "2026-AAAAAAA"))
    page = window.show_page("Requests")
    assert page.model.platform_name(ADDED_PLATFORM) == ADDED_PLATFORM  # unknown to the shipped catalogue
    install_update(window.ctx)
    assert page.model.platform_name(ADDED_PLATFORM) == ADDED_NAME
    assert ADDED_NAME in page.title.text()
    assert page.service is window.ctx.tracker and page.service.catalog.get(ADDED_PLATFORM).name == ADDED_NAME


def test_the_checklist_lists_the_platforms_of_the_new_catalogue(window, install_update):
    page = window.show_page("Checklist")
    page.select_platform(REMOVED_PLATFORM)
    names = {page.model.item(r).text() for r in range(page.model.rowCount())}
    assert ADDED_NAME not in names
    install_update(window.ctx)
    names = {page.model.item(r).text() for r in range(page.model.rowCount())}
    assert ADDED_NAME in names and window.ctx.catalog.get("reddit").name in names
    assert page.detail.platform is None  # the platform shown left the catalogue


def test_the_dashboard_names_platforms_from_the_new_catalogue(window, install_update):
    request = window.ctx.tracker.create(draft(ADDED_PLATFORM, "2026-AAAAAAA"))
    # Sent 25 days ago: due within a week, so the dashboard lists it by name.
    window.ctx.tracker.record(request.id, "sent", date.today() - timedelta(days=25))
    page = window.show_page("Dashboard")
    assert ADDED_NAME not in attention_text(page)
    install_update(window.ctx)
    assert ADDED_NAME in attention_text(page)


def test_the_services_are_built_once_and_again_over_a_new_catalogue(window, install_update):
    ctx = window.ctx
    tracker, checklist = ctx.tracker, ctx.checklist
    assert (ctx.tracker, ctx.checklist) == (tracker, checklist)  # one instance each
    install_update(ctx)
    assert ctx.tracker is not tracker and ctx.checklist is not checklist
    assert ctx.checklist.catalog.get(ADDED_PLATFORM).name == ADDED_NAME


# ---- the data changes -----------------------------------------------------------------------


def test_the_requests_page_shows_a_request_saved_elsewhere(window):
    page = window.show_page("Requests")
    assert page.pages.currentIndex() == 0  # no requests yet
    window.ctx.tracker.create(draft("reddit", "2026-AAAAAAA"))
    assert page.pages.currentIndex() == 1 and page.count.text() == "1 of 1"
    request = window.ctx.tracker.find("2026-AAAAAAA")
    window.ctx.tracker.record(request.id, "sent", date.today(), channel="email")
    assert page.current.status == "sent" and "Status: Sent" in page.facts.text()


def test_the_dashboard_follows_requests_and_checklist(window):
    page = window.show_page("Dashboard")
    assert "No requests yet" in page.requests_text.text()
    window.ctx.tracker.create(draft("reddit", "2026-AAAAAAA"))
    assert "1 request — Draft: 1." in page.requests_text.text()
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    window.ctx.checklist.mark("linkedin", control.id, DONE)
    assert "1 of " in page.checklist_text.text() and "on 1 platform." in page.checklist_text.text()
    window.ctx.save_profile(Profile(name="Jan Jansen", country="NL"))
    assert "Jan Jansen" in page.profile_text.text()


def test_the_checklist_counts_and_list_follow_a_change_made_elsewhere(window, qtbot):
    page = window.show_page("Checklist")
    assert page.progress_label.text() == "No platforms picked yet"
    window.ctx.checklist.add_account("linkedin")
    linkedin = next(
        page.model.item(r) for r in range(page.model.rowCount()) if page.model.item(r).text() == "LinkedIn"
    )
    assert linkedin.checkState().name == "Checked"
    page.select_platform("linkedin")
    control = window.ctx.catalog.get("linkedin").training_controls_for("eu")[0]
    window.ctx.checklist.mark("linkedin", control.id, DONE)
    assert page.progress_label.text().startswith("1 of ")
    from opt_out_gui.ui.pages.checklist import ControlCard

    def shown_card():
        # Replaced cards are hidden at once and deleted by the event loop; new ones show on its next turn.
        cards = [c for c in page.detail.findChildren(ControlCard) if c.item.control.id == control.id]
        return cards[-1] if cards else None

    qtbot.waitUntil(lambda: shown_card() is not None and shown_card().isVisible())
    assert shown_card().done_box.isChecked() and shown_card().status.text().startswith("Done on")


def test_the_letters_page_follows_the_profile(window):
    page = window.show_page("Letters")
    page.compose_for("linkedin", "gdpr-objection-ai")
    assert "Eva Berg" in page.preview.toPlainText()
    window.ctx.save_profile(
        Profile(
            name="Jan Jansen", email="jan@example.org", address="B 2\n1000 X", country="NL", language="en"
        )
    )
    assert "Jan Jansen" in page.preview.toPlainText() and "Eva Berg" not in page.preview.toPlainText()


def attention_text(page):
    """The words of the dashboard's "Needs your attention" items."""
    return " ".join(label.text() for label in page.attention.findChildren(QLabel))
