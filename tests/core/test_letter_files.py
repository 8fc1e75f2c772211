"""core.letter_files: the one writer of letter files for the GUI and the CLI."""

from __future__ import annotations

import stat
from datetime import date

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.letter_files import LetterChoice, letter_file_name, save_letter, write_letters
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import TrackerService
from opt_out_gui.core.workspace import open_workspace

SENDER = Profile(
    name="Jan de Vries", email="jan@example.nl", address="Damrak 1\n1012 LG Amsterdam", country="NL"
)
CHOICE = LetterChoice(type_id="gdpr-objection-ai", law_id="gdpr", language="en", profile=SENDER)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_a_batch_writes_what_it_can_and_names_what_it_cannot(catalog, tmp_path, data_dir):
    folder = tmp_path / "letters"
    folder.mkdir()
    nobody = catalog.get("linkedin")._replace(controllers=())  # no controller known: no letter
    workspace = open_workspace(str(data_dir))
    tracker = TrackerService(workspace.store, catalog)
    batch = write_letters(
        [catalog.get("adobe"), nobody, catalog.get("reddit")],
        CHOICE,
        folder,
        "txt",
        today=date(2026, 3, 2),
        tracker=tracker,
    )
    assert [p.name.split("-gdpr-")[0] for p in batch.written] == ["adobe", "reddit"]
    assert [(platform.id, type(error).__name__) for platform, error in batch.problems] == [
        ("linkedin", "NoContactError")
    ]
    for path, request in zip(batch.written, batch.tracked, strict=True):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert request.reference in path.name and request.status == "draft"
        assert path.read_text().split("\n")[0] == "Jan de Vries"
    assert [r.platform for r in tracker.all()] == ["adobe", "reddit"]
    workspace.close()


def test_problems_every_letter_would_have_stop_the_batch_before_any_file(catalog, tmp_path):
    with pytest.raises(UserError, match="not a folder"):
        write_letters([catalog.get("adobe")], CHOICE, tmp_path / "missing", "txt", today=date(2026, 3, 2))
    nameless = LetterChoice("gdpr-objection-ai", "gdpr", "en", Profile(country="NL"))
    with pytest.raises(UserError) as refused:
        write_letters([catalog.get("adobe")], nameless, tmp_path, "pdf", today=date(2026, 3, 2))
    assert (refused.value.code, refused.value.fields["field"]) == ("sender_field_missing", "name")
    assert list(tmp_path.iterdir()) == []


def test_a_saved_letter_never_silently_replaces_a_file(catalog, tmp_path):
    from opt_out_gui.core.files import TargetExists
    from opt_out_gui.core.letter_files import compose

    letter = compose(catalog.get("adobe"), CHOICE, today=date(2026, 3, 2))
    target = tmp_path / letter_file_name(letter, "html")
    target.write_text("mine")
    with pytest.raises(TargetExists):
        save_letter(letter, "html", target)
    assert target.read_text() == "mine"
    save_letter(letter, "html", target, replace=True)
    assert "Jan de Vries" in target.read_text()
