from datetime import date

import pytest

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui.pages.settings_law import law_summary_html


@pytest.fixture
def window(workspace, open_window):
    workspace.profiles.save(Profile(name="Eva", country="FR"))
    return open_window(workspace)


def test_law_tab_follows_the_profile_country(window):
    settings = window.show_page("Settings")
    law = settings.tab("Law")
    assert settings.currentWidget() is law
    assert "General Data Protection Regulation" in law.summary.text()
    assert "CNIL" in law.summary.text() or "Commission nationale" in law.summary.text()
    window.ctx.save_profile(Profile(name="Eva", country="US", state="CA"))
    assert "California Consumer Privacy Act" in law.summary.text()


def test_summary_states_the_deadline_for_a_request_sent_today():
    # 2026-11-27 + one month = Sunday 27 December; the deadline rolls to Monday 28 December.
    from opt_out_gui.ui.widgets import date_text

    text = law_summary_html("DE", "", today=date(2026, 11, 27))
    assert date_text(date(2026, 12, 28)) in text and "December" in text
    assert "Art. 21(1) GDPR" in text


def test_summary_without_a_known_law_says_so():
    assert "knows no data-protection law for JP" in law_summary_html("JP", "")
    assert "Set your country" in law_summary_html("", "")
