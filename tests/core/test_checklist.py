from datetime import date, timedelta

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.checklist import CHECK_AGAIN, DONE, OPEN, SKIPPED, ChecklistService
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.wording.checklist import progress_text, recheck_text
from tests.core.test_catalog_loader import VALID


@pytest.fixture
def service(data_dir, tmp_path):
    directory = tmp_path / "platforms"
    directory.mkdir()
    (directory / "demo.toml").write_text(VALID.format(id="demo"))
    no_switch = (
        VALID.format(id="quiet")
        .replace('kind = "toggle"', 'kind = "none"')
        .replace('steps = ["Open settings.", "Switch it off."]', "")
    )
    (directory / "quiet.toml").write_text(no_switch)
    workspace = open_workspace(str(data_dir))
    yield ChecklistService(workspace.store, load_catalog(directory))
    workspace.close()


def test_progress_is_kept_per_account(service):
    service.mark("demo", "ai-toggle", DONE, account="work", when=date(2026, 1, 5))
    service.add_account("demo", "personal")
    overview = service.overview("eu", today=date(2026, 2, 1))
    by_account = {a.account: a for a in overview.accounts}
    assert by_account["work"].items[0].status == DONE
    assert by_account["personal"].items[0].status == OPEN
    assert (overview.done, overview.total) == (1, 2)
    assert progress_text(overview.done, overview.total) == "1 of 2 controls done"


def test_done_before_a_later_policy_event_needs_checking_again(service):
    # The demo platform has a policy event on 2025-06-01.
    service.mark("demo", "ai-toggle", DONE, when=date(2025, 5, 20))
    (item,) = service.account_checklist("demo", "main", "eu", today=date(2025, 7, 1)).items
    assert item.status == CHECK_AGAIN
    assert item.recheck.code == "policy_changed"
    assert (item.recheck.params["date"], item.recheck.params["summary"]) == (
        date(2025, 6, 1),
        "Training started.",
    )
    assert "changed its policy on 2025-06-01, after you did this: Training started." in recheck_text(
        item.recheck
    )


def test_done_longer_ago_than_the_recheck_interval_needs_checking_again(service):
    service.mark("demo", "ai-toggle", DONE, when=date(2025, 7, 1))
    fresh = service.account_checklist("demo", "main", "eu", today=date(2025, 7, 1) + timedelta(days=179))
    assert fresh.items[0].status == DONE
    assert fresh.items[0].next_check == date(2025, 7, 1) + timedelta(days=180)
    stale = service.account_checklist("demo", "main", "eu", today=date(2025, 7, 1) + timedelta(days=180))
    assert stale.items[0].status == CHECK_AGAIN
    assert stale.items[0].recheck.params == {"days": 180, "interval": 180}
    assert recheck_text(stale.items[0].recheck).startswith("Done 180 days ago;")


def test_controls_outside_the_region_are_not_listed_and_no_switch_means_letter(service):
    service.add_account("demo")
    service.add_account("quiet")
    overview = {a.platform.id: a for a in service.overview("uk").accounts}
    assert overview["demo"].items == () and overview["demo"].needs_letter
    assert overview["quiet"].needs_letter
    eu = {a.platform.id: a for a in service.overview("eu").accounts}
    assert not eu["demo"].needs_letter


def test_undo_skip_and_note(service):
    service.mark("demo", "ai-toggle", DONE, when=date(2026, 1, 1))
    service.set_note("demo", "ai-toggle", "switched off on my phone")
    service.mark("demo", "ai-toggle", "open")
    (item,) = service.account_checklist("demo", "main", "eu").items
    assert (item.status, item.done_at, item.note) == (OPEN, None, "switched off on my phone")
    service.mark("demo", "ai-toggle", SKIPPED)
    assert service.account_checklist("demo", "main", "eu").items[0].status == SKIPPED


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.mark("nope", "ai-toggle", DONE), "unknown platform 'nope'"),
        (lambda s: s.mark("demo", "nope", DONE), "has no control 'nope'; valid: ai-toggle"),
        (lambda s: s.mark("demo", "ai-toggle", DONE, account="  "), "account name must not be empty"),
        (lambda s: s.mark("demo", "ai-toggle", DONE, when=date.today() + timedelta(days=2)), "in the future"),
    ],
)
def test_bad_input_changes_nothing(service, call, message):
    with pytest.raises(UserError, match=message):
        call(service)
    assert service.accounts() == []


def test_removing_the_last_account_removes_the_platform_and_its_progress(service):
    service.mark("demo", "ai-toggle", DONE)
    service.set_in_use("demo", False)
    assert service.platforms_in_use() == []
    service.add_account("demo")
    assert service.account_checklist("demo", "main", "eu").items[0].status == OPEN
