"""One active catalogue: after a signed update is installed, `opt-out letter`, the Letters
page and a newly saved request all work from it (core.catalog_source.active_catalog)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from opt_out_gui.core import updates
from opt_out_gui.core.profile import Profile
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
from tests.cli.helpers import run

TYPE = "gdpr-objection-ai"


@pytest.fixture
def updated(workspace, server, tmp_path, monkeypatch, data_dir):
    """The user's data with a profile and an installed, signed catalogue update that adds
    ADDED_PLATFORM and removes REMOVED_PLATFORM."""
    workspace.profiles.save(
        Profile(
            name="Jan de Vries",
            email="jan@example.nl",
            address="Damrak 1\n1012 LG Amsterdam",
            country="NL",
            language="en",
        )
    )
    key, key_path = new_private_key(tmp_path)
    trust(monkeypatch, key, tmp_path)
    url = serve(
        server, "/c.zip", *built_bundle(tmp_path, key_path, newer_version(2), changed_catalog(tmp_path))
    )
    offer = updates.check_for_update(url, data_dir, key.public_key())
    updates.install_update(data_dir, offer, workspace.store)
    assert updates.catalog_status(data_dir).source == "update"
    return workspace


def test_the_letter_command_uses_the_installed_update(updated, capsys):
    code, out, err = run(capsys, "letter", ADDED_PLATFORM, "--type", TYPE)
    assert code == 0, err
    assert "Reddit" in out  # the added platform is a copy of Reddit's entry, controller included
    code, _, err = run(capsys, "letter", REMOVED_PLATFORM, "--type", TYPE)
    assert code == 2 and f"unknown platform {REMOVED_PLATFORM!r}" in err


def test_a_request_saved_from_the_command_line_uses_the_installed_update(updated, capsys):
    code, out, err = run(capsys, "requests", "add", "--platform", ADDED_PLATFORM, "--type", TYPE, "--json")
    assert code == 0, err
    assert json.loads(out)["platform"] == ADDED_PLATFORM
    code, _, err = run(capsys, "requests", "add", "--platform", REMOVED_PLATFORM, "--type", TYPE)
    assert code == 2 and REMOVED_PLATFORM in err


def test_the_letters_page_and_a_request_it_saves_use_the_installed_update(qtbot, updated):
    window = MainWindow(updated)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("Letters")
    offered = {page.platform.itemData(i) for i in range(page.platform.count())}
    assert ADDED_PLATFORM in offered and REMOVED_PLATFORM not in offered
    page.compose_for(ADDED_PLATFORM, TYPE)
    request = page.save_as_request()
    assert request is not None and request.platform == ADDED_PLATFORM
    # The tracker resolves the request's platform in the same catalogue as the page.
    assert window.ctx.tracker.catalog.get(ADDED_PLATFORM).name == "Example New"
    # Sent today by email: the company received it today, as the letter assumed, so the
    # tracked deadline is the one the letter states (same controller, same holidays).
    sent = window.ctx.tracker.record(request.id, "sent", date.today(), channel="email")
    assert sent.deadline == page.letter.deadline.deadline
