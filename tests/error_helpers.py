"""Raising a core error for real, for the tests of error wording."""

from __future__ import annotations

import pytest

from opt_out_gui.core.errors import UserError
from opt_out_gui.wording.errors import error_text


def raised(action) -> UserError:
    """The UserError `action` raises; its template and fields give core's own message."""
    with pytest.raises(UserError) as caught:
        action()
    error = caught.value
    assert error_text(error) == str(error)
    return error
