"""Request references like ``2026-K3F9Q2M``: the year, a dash, seven random Crockford base32 digits.

The reference goes into every letter's subject so that a reply can be matched to its
request. Crockford's alphabet leaves out I, L, O and U, which are easily misread.
"""

from __future__ import annotations

import re
import secrets
from datetime import date

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_DIGITS = 7

# Replies sometimes change case ("Re: ref 2026-k3f9q2m"), so the search ignores it.
REFERENCE_PATTERN = re.compile(
    r"(?<![0-9A-Za-z])(\d{4})-([0-9A-HJKMNP-TV-Z]{7})(?![0-9A-Za-z])", re.IGNORECASE
)


def new_reference(today: date) -> str:
    digits = "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(RANDOM_DIGITS))
    return f"{today.year:04d}-{digits}"


def find_reference(text: str) -> str | None:
    """The first reference in a text (an email subject, say), in canonical upper case."""
    match = REFERENCE_PATTERN.search(text)
    return f"{match.group(1)}-{match.group(2).upper()}" if match else None
