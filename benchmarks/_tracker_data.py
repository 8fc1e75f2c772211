"""A returning user's data directory with N requests, generated for the benchmarks and cached.

tracker_data_dir(N): a German profile and N requests written through the app's own
TrackerService, as the app writes them: real composed letters (about 3 KB each) as bodies,
deadlines from the law engine, and a timeline of five events per sent request ending in a
realistic status for the request's age (about one in six requests past their deadline is
still unanswered: overdue), dated over the last five years. Drafts (2 %) have no timeline.

The directories are cached under $XDG_CACHE_HOME/opt-out-assistant-benchmarks,
keyed by the size, the store's schema and this file, so that a new migration or a change
here builds them again. Benchmarks measure a working copy (working_copy), never the cache.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

CACHE_ROOT = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "opt-out-assistant-benchmarks"

PROFILE_FIELDS = {
    "name": "Jana Beispiel",
    "email": "jana.beispiel@example.org",
    "address": "Musterstraße 12\n10115 Berlin",
    "country": "DE",
    "language": "de",
}
# A German user's requests: GDPR letters in German and English.
TYPE_WEIGHTS = {
    "gdpr-objection-ai": 40,
    "gdpr-access-ai": 25,
    "gdpr-erasure": 20,
    "gdpr-withdraw-consent": 10,
    "gdpr-portability": 5,
}
LANGUAGE_WEIGHTS = {"de": 3, "en": 1}
# The channel the recipient offers (email, else its web form), else post for a few.
POSTED_SHARE = 0.05
HISTORY_DAYS = 5 * 365
DRAFT_SHARE = 0.02
# Five events per sent request, the last one setting its status.
TIMELINES = {
    "sent": ("sent", "reply_received", "reminder_sent", "reply_received", "reminder_sent"),
    "acknowledged": ("sent", "acknowledged", "reply_received", "reminder_sent", "reply_received"),
    "extended": ("sent", "acknowledged", "reply_received", "extended", "reminder_sent"),
    "needs_info": ("sent", "acknowledged", "reply_received", "reminder_sent", "needs_info"),
    "fulfilled": ("sent", "acknowledged", "reply_received", "reminder_sent", "fulfilled"),
    "partially_fulfilled": ("sent", "acknowledged", "reply_received", "reminder_sent", "partially_fulfilled"),
    "refused": ("sent", "acknowledged", "reply_received", "reminder_sent", "refused"),
    "escalated": ("sent", "acknowledged", "reply_received", "refused", "escalated"),
    "withdrawn": ("sent", "acknowledged", "reply_received", "reminder_sent", "withdrawn"),
}
# Status of a request whose deadline is still running, and of one whose deadline has passed.
RUNNING_STATUS_WEIGHTS = {"sent": 45, "acknowledged": 35, "extended": 5, "needs_info": 5, "fulfilled": 10}
PAST_STATUS_WEIGHTS = {
    "fulfilled": 45,
    "partially_fulfilled": 10,
    "refused": 12,
    "escalated": 8,
    "withdrawn": 5,
    "sent": 8,
    "acknowledged": 6,
    "extended": 3,
    "needs_info": 3,
}
NOTES = {
    "sent": "",
    "reply_received": "Automatic confirmation of receipt, ticket number 48213.",
    "reminder_sent": "Reminder sent by email, citing the reference.",
    "acknowledged": "Privacy team confirmed they are handling the request.",
    "extended": "The company extended the deadline by two months, citing the number of requests.",
    "needs_info": "They ask for the email address of the account and a copy of an ID document.",
    "fulfilled": "Confirmed in writing; the data export arrived as a ZIP file.",
    "partially_fulfilled": "Export received, but without the data used for model training.",
    "refused": "Says its legitimate interest overrides the objection.",
    "escalated": "Complaint filed with the supervisory authority.",
    "withdrawn": "Withdrawn: the account was closed instead.",
}


def _fingerprint() -> str:
    from opt_out_gui.core.store import MIGRATIONS

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update("\n".join(MIGRATIONS).encode())
    return digest.hexdigest()[:12]


def tracker_data_dir(requests: int) -> Path:
    """The cached data directory with `requests` requests, generated on first use. Read-only by
    convention: measure a working_copy() of it."""
    target = CACHE_ROOT / f"tracker-{requests}-{_fingerprint()}"
    if target.is_dir():
        return target
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_ROOT.glob(f"tracker-{requests}-*"):  # made by an older schema or generator
        shutil.rmtree(stale, ignore_errors=True)
    building = CACHE_ROOT / f"building-{requests}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    print(f"(generating {requests:,} requests once into {target} ...)", file=sys.stderr, flush=True)
    _generate(building, requests)
    try:
        building.rename(target)
    except OSError:  # another run finished the same data first
        shutil.rmtree(building, ignore_errors=True)
    print(f"(generated in {time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    return target


def working_copy(source: Path, into: Path) -> Path:
    """A copy of a generated data directory that a benchmark may open and change."""
    shutil.copytree(source, into)
    return into


def _generate(data_dir: Path, requests: int) -> None:
    from opt_out_gui.core import letters
    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.errors import UserError
    from opt_out_gui.core.profile import Profile
    from opt_out_gui.core.tracker import REFUSAL_REASONS, TrackerService
    from opt_out_gui.core.workspace import open_workspace

    rng = random.Random(requests)
    today = date.today()
    workspace = open_workspace(str(data_dir))
    # A commit waits for the disk with synchronous=FULL; the app's choice for safety, but this
    # data is thrown away when a run fails, so it is written without waiting.
    workspace.store.connection.execute("PRAGMA synchronous=OFF")
    profile = workspace.profiles.save(Profile(**PROFILE_FIELDS))
    catalog = load_catalog()
    service = TrackerService(workspace.store, catalog)
    options = letters.LetterOptions(grounds=("safety",))

    drafts = {}  # (platform, type, language) -> the tracker draft of a real letter
    for platform in catalog.platforms:
        for type_id in TYPE_WEIGHTS:
            for language in LANGUAGE_WEIGHTS:
                try:
                    letter = letters.compose_letter(
                        platform, type_id, "gdpr", language, profile,
                        reference="2000-0000000", today=today, options=options,
                    )  # fmt: skip
                except UserError:  # no recipient in the EU for this platform: no letter either
                    continue
                drafts[platform.id, type_id, language] = letters.draft_from_letter(letter)
    platforms = sorted({key[0] for key in drafts})

    def pick(weights: dict[str, int]) -> str:
        return rng.choices(list(weights), weights=list(weights.values()))[0]

    def age_status(deadline: date | None) -> str:
        return pick(RUNNING_STATUS_WEIGHTS if deadline and deadline >= today else PAST_STATUS_WEIGHTS)

    for number in range(requests):
        sent = today - timedelta(days=rng.randrange(HISTORY_DAYS))
        key = (rng.choice(platforms), pick(TYPE_WEIGHTS), pick(LANGUAGE_WEIGHTS))
        while key not in drafts:
            key = (rng.choice(platforms), key[1], key[2])
        reference = f"{sent.year:04d}-{_crockford(number)}"
        template = drafts[key]
        draft = replace(
            template,
            reference=reference,
            subject=template.subject.replace("2000-0000000", reference),
            body=template.body.replace("2000-0000000", reference),
            channel="post" if rng.random() < POSTED_SHARE else template.channel,
        )
        if rng.random() < DRAFT_SHARE:
            service.create(draft)
            continue
        request = service.create(draft, sent_on=sent, today=today)
        status = age_status(request.effective_deadline)
        timeline = TIMELINES[status]
        last_day = min(today, (request.effective_deadline or today) + timedelta(days=45))
        span = max(0, (last_day - sent).days)
        days = sorted(rng.randint(0, span) for _ in timeline[1:])
        for kind, offset in zip(timeline[1:], days, strict=True):
            reason = rng.choice(REFUSAL_REASONS) if kind == "refused" else None
            service.record(
                request.id, kind, sent + timedelta(days=offset), note=NOTES[kind], reason=reason, today=today
            )
    # The service stamps each record with the time it was written; a real history was written
    # over the years it covers: the day a letter was sent, the day of each event.
    with workspace.store.transaction() as connection:
        connection.execute(
            "UPDATE requests SET created_at = sent_at || 'T09:00:00+00:00' WHERE sent_at IS NOT NULL"
        )
        connection.execute("UPDATE request_events SET created_at = date || 'T18:00:00+00:00'")
    workspace.store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()


def _crockford(number: int) -> str:
    from opt_out_gui.core.references import CROCKFORD_ALPHABET, RANDOM_DIGITS

    digits = []
    for _ in range(RANDOM_DIGITS):
        number, digit = divmod(number, len(CROCKFORD_ALPHABET))
        digits.append(CROCKFORD_ALPHABET[digit])
    return "".join(reversed(digits))
