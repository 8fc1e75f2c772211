"""Every letter's text stays as it was: a digest per combination, kept in tests/data.

Speed work on the letter service (caches, compiled templates) must not change a word, a
date or a recipient of any letter. The digests cover the subject, body, HTML, recipient and
deadline of every type under every law in every language, for two fictional platforms, by
email and by post, composed in one batch (so a cache shared between letters that should not
share it shows up). A deliberate change of wording updates the file:

    UPDATE_LETTER_GOLDEN=1 python -m pytest tests/core/test_letters_golden.py
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

from opt_out_gui.core import laws, letters
from opt_out_gui.core.errors import UserError
from tests.core.test_letters_matrix import CATALOG, OPTIONS, PROFILES, REFERENCE, TODAY, combinations

GOLDEN = Path(__file__).parent.parent / "data" / "letters_golden.json"
PLATFORMS = ("example-social", "example-consent")
CHANNELS = ("email", "post")


def _digest(letter: letters.Letter) -> str:
    deadline = letter.deadline
    parts = (
        letter.full_text(),
        letter.html,
        repr(letter.recipient),
        repr(letter.controller),
        repr((deadline.deadline, deadline.extended_deadline, deadline.holidays_unknown)),
    )
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def _outcomes() -> dict[str, str]:
    outcomes = {}
    for type_id, law_id, language in combinations():
        family = laws.get_law(law_id).family
        profile = replace(PROFILES.get(law_id) or PROFILES[family], language=language)
        for platform_id in PLATFORMS:
            for channel in CHANNELS:
                key = f"{type_id}/{law_id}/{language}/{platform_id}/{channel}"
                try:
                    letter = letters.compose_letter(
                        CATALOG.get(platform_id),
                        type_id,
                        law_id,
                        language,
                        profile,
                        account="member-4711",
                        reference=REFERENCE,
                        today=TODAY,
                        options=OPTIONS,
                        channel=channel,
                    )
                except UserError as error:
                    outcomes[key] = f"UserError: {error}"
                    continue
                outcomes[key] = _digest(letter)
    return outcomes


def test_every_letter_is_as_recorded():
    outcomes = _outcomes()
    if os.environ.get("UPDATE_LETTER_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(outcomes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert outcomes.keys() == recorded.keys(), "the combinations changed: update the golden file"
    changed = [key for key in outcomes if outcomes[key] != recorded[key]]
    assert not changed, f"{len(changed)} letters differ from the recorded text, first: {changed[:5]}"
