"""Messages that are one template per case, so a translator sees whole sentences: each case
raised by the code that raises it in use, its English words as they were, its template
translated and its fields (an inner error too) filled in."""

from __future__ import annotations

import errno
import os
from datetime import date

import pytest

from opt_out_gui.core.backup import check_backup
from opt_out_gui.core.datadir import prepare_data_dir
from opt_out_gui.core.files import file_problem, save_user_file
from opt_out_gui.core.profile import Profile, validate
from opt_out_gui.core.validation import past_date
from opt_out_gui.wording.errors import error_text
from tests.error_helpers import raised

UNKNOWN_COUNTRY = (
    "country {!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) "
    "or its English name (Germany)"
)


def bracketed(context: str, text: str) -> str:
    """A stand-in language that shows which words came through the translation."""
    return f"«{text}»"


@pytest.mark.parametrize(
    "typed, words",
    [
        ("Xyzzy", ""),
        ("Zimbabwee", "; did you mean Zimbabwe?"),
        ("Germani", "; did you mean Germany or Romania?"),
        ("Russia", "; did you mean Russian Federation or Tunisia or Austria?"),
    ],
)
def test_an_unknown_country_names_up_to_three_it_may_be_meant_as(typed, words):
    error = raised(lambda: validate(Profile(country=typed)))
    assert str(error) == UNKNOWN_COUNTRY.format(typed) + words
    assert error_text(error, bracketed) == f"«{str(error)}»"


def test_a_date_before_the_law_names_the_law_or_the_gdpr():
    gdpr = raised(lambda: past_date("sent_at", "2018-05-24", date(2026, 3, 2)))
    assert str(gdpr) == (
        "sent_at 2018-05-24 is before 2018-05-25, when the GDPR began to apply "
        "and the earliest date the app accepts"
    )
    law = raised(lambda: past_date("sent_at", "2023-06-30", date(2026, 3, 2), "cpa"))
    assert str(law) == "sent_at 2023-06-30 is before CPA took effect (2023-07-01)"
    assert error_text(law, bracketed) == f"«{str(law)}»"


def test_each_file_action_has_its_sentence(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    not_a_folder = os.strerror(errno.ENOTDIR)
    folder = raised(lambda: prepare_data_dir(blocker / "data"))
    assert str(folder) == f"cannot create data directory {blocker / 'data'}: {not_a_folder}"
    long_name = tmp_path / ("x" * 300 + ".txt")
    too_long = raised(lambda: save_user_file(long_name, b"letter"))
    assert str(too_long) == f"cannot write {str(long_name)[:80]}...: the file name is too long"
    # The inner reason is worded in the user's language too.
    assert (
        error_text(too_long, bracketed)
        == f"«cannot write {str(long_name)[:80]}...: «the file name is too long»»"
    )
    with pytest.raises(OSError) as caught:
        os.open(blocker / "opt-out.sqlite3", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    path = blocker / "opt-out.sqlite3"
    assert str(file_problem(caught.value, path, "create")) == f"cannot create {path}: {not_a_folder}"
    assert str(file_problem(caught.value, path, "open")) == f"cannot open {path}: {not_a_folder}"


@pytest.mark.parametrize("action", ["write", "create", "open", "create data directory"])
def test_a_full_disk_says_so_for_each_action(tmp_path, action):
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert str(file_problem(full, tmp_path, action)) == (
        f"disk full: cannot {action} {tmp_path}; free some space and try again (nothing was changed)"
    )


@pytest.mark.parametrize(
    "code, words",
    [
        (errno.EROFS, "it is on a read-only file system"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
    ],
)
def test_a_refused_write_says_why(tmp_path, code, words):
    error = file_problem(OSError(code, os.strerror(code)), tmp_path / "letter.txt")
    assert str(error) == f"cannot write {tmp_path / 'letter.txt'}: {words}"


def backup_with(tables: dict) -> dict:
    return {"format": "opt-out-backup", "version": 1, "schema": 1, "tables": tables}


def test_a_bad_backup_record_is_named_with_its_identity_and_field_where_it_has_them():
    both = raised(lambda: check_backup(backup_with({"profile": [{"id": 1, "name": "Jan\x07"}]}), "b.json"))
    assert str(both) == (
        "b.json: profile record 1 (id 1), field name: name must be on one line of plain text; "
        "it contains the control character U+0007 at position 4"
    )
    field_only = raised(
        lambda: check_backup(
            backup_with({"checklist_progress": [{"account_id": 5, "control": "x", "state": "done"}]}),
            "b.json",
        )
    )
    assert (
        str(field_only)
        == "b.json: checklist_progress record 1, field account_id: account 5 is not in the backup"
    )
    assert error_text(field_only, bracketed) == (
        "«b.json: checklist_progress record 1, field account_id: «account 5 is not in the backup»»"
    )
    identity_only = raised(
        lambda: check_backup(backup_with({"profile": [{"id": 1, "country": "Xyzzy"}]}), "b.json")
    )
    assert str(identity_only) == "b.json: profile record 1 (id 1): " + UNKNOWN_COUNTRY.format("Xyzzy")
