"""The printed letter: room to sign by hand between the closing and the printed name."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from opt_out_gui.core import letters
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.pdf import write_letter_pdf

# A handwritten signature needs about a centimetre and a half; 30 pt is the least we accept.
MIN_SIGNING_SPACE_PT = 30


def _word_boxes(pdf) -> list[tuple[str, float, float]]:
    """(word, top, bottom) in points for every word of the PDF, read back with pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF layout was not checked")
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (word, float(top), float(bottom))
        for top, bottom, word in re.findall(r'yMin="([\d.]+)"[^>]*yMax="([\d.]+)">([^<]+)</word>', xhtml)
    ]


@pytest.mark.parametrize(("type_id", "language", "closing"), [("gdpr-access-ai", "en", "faithfully,")])
def test_pdf_leaves_room_to_sign_between_closing_and_name(tmp_path, type_id, language, closing):
    profile = Profile("Agnieszka Wiśniewska", "a@example.eu", "Damrak 1\n1012 LG Amsterdam", "NL")
    letter = letters.compose_letter(
        load_catalog().get("adobe"),
        type_id,
        "gdpr",
        language,
        profile,
        reference="2026-K3F9Q2M",
        today=date(2026, 3, 2),
        channel="post",
    )
    pdf = tmp_path / "letter.pdf"
    write_letter_pdf(letter, pdf)
    words = _word_boxes(pdf)
    closing_bottom = max(bottom for word, _, bottom in words if word == closing)
    # The printed name under the closing (the sender block at the top names the sender too).
    name_top = min(top for word, top, _ in words if word == "Wiśniewska" and top > closing_bottom)
    assert name_top - closing_bottom >= MIN_SIGNING_SPACE_PT
