"""Per-account progress on AI-training controls, and when to check them again.

A platform is "in use" when the user has at least one account for it; the
first account is created under the name DEFAULT_ACCOUNT. Progress is kept per
account and control. Whether a done control needs checking again is derived
(never stored) from the platform's later policy events and its re-check
interval.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import date as datetime_date
from typing import Any, NamedTuple

from opt_out_gui.core import validation
from opt_out_gui.core.catalog import UPDATES_DIR_NAME, Catalog, Control, Platform
from opt_out_gui.core.countries import in_scope
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.store import Store

DEFAULT_ACCOUNT = "main"
MAX_ACCOUNT_LENGTH = 200
MAX_NOTE_LENGTH = 2000

# Item statuses, in the order the app lists them. OPEN, DONE and SKIPPED are also the
# states stored per control; CHECK_AGAIN is derived from a stored DONE.
OPEN, CHECK_AGAIN, DONE, SKIPPED = "open", "check_again", "done", "skipped"
# A platform's status in the list: its accounts' progress, or what the catalogue says
# where the user lives (no action needed, only a letter helps).
NO_ACTION_NEEDED, LETTER_ONLY = "no_action_needed", "letter_only"
PLATFORM_STATUSES = (CHECK_AGAIN, OPEN, DONE, NO_ACTION_NEEDED, LETTER_ONLY)


class Recheck(NamedTuple):
    """Why a done control needs checking again, as a code the fronts word
    (opt_out_gui.wording.checklist): a catalogue update brought a policy change
    (`update_brought_event`), the platform changed its policy after the user acted
    (`policy_changed`), or the re-check interval passed (`interval_passed`)."""

    code: str
    params: Mapping[str, Any]

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "params": {k: v.isoformat() if isinstance(v, date) else v for k, v in self.params.items()},
        }


@dataclass(frozen=True)
class ControlItem:
    """One control of one account, as the checklist shows it."""

    control: Control
    status: str
    done_at: date | None
    next_check: date | None
    recheck: Recheck | None
    note: str

    def to_json(self) -> dict:
        c = self.control
        return {
            "id": c.id,
            "title": c.title,
            "kind": c.kind,
            "scope": c.scope,
            "url": c.url,
            "steps": list(c.steps),
            "default": c.default,
            "retroactive": c.retroactive,
            "confirmation": c.confirmation,
            "control_note": c.note,
            "status": self.status,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "next_check": self.next_check.isoformat() if self.next_check else None,
            "recheck": self.recheck.to_json() if self.recheck else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class AccountChecklist:
    """Every control of one platform account that applies in the user's region."""

    platform: Platform
    account: str
    items: tuple[ControlItem, ...]
    other_settings: tuple[Control, ...] = field(default=())

    @property
    def done(self) -> int:
        """Controls done, counting those done but due for a re-check (their Done box stays ticked)."""
        return sum(item.status in (DONE, CHECK_AGAIN) for item in self.items)

    @property
    def due(self) -> int:
        """Controls done that need checking again (counted in `done` too)."""
        return sum(item.status == CHECK_AGAIN for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def needs_letter(self) -> bool:
        """No switch, form or address to opt out with where the user lives."""
        return not self.items

    def to_json(self) -> dict:
        return {
            "platform": self.platform.id,
            "name": self.platform.name,
            "account": self.account,
            "done": self.done,
            "check_again": self.due,
            "total": self.total,
            "needs_letter": self.needs_letter,
            "controls": [item.to_json() for item in self.items],
            "not_training_opt_outs": [
                {"id": c.id, "title": c.title, "note": c.note} for c in self.other_settings
            ],
        }


@dataclass(frozen=True)
class ChecklistOverview:
    region: str | None
    accounts: tuple[AccountChecklist, ...]

    @property
    def done(self) -> int:
        """Controls done, counting those due for a re-check (see AccountChecklist.done)."""
        return sum(a.done for a in self.accounts)

    @property
    def total(self) -> int:
        return sum(a.total for a in self.accounts)

    @property
    def check_again(self) -> list[tuple[AccountChecklist, ControlItem]]:
        return [(a, i) for a in self.accounts for i in a.items if i.status == CHECK_AGAIN]

    def platform_status(self, platform: Platform) -> str | None:
        """The badge of a platform: its accounts' progress where the user has any, else what
        the catalogue says for the region; None for a platform with controls not in use."""
        items = [i for a in self.accounts if a.platform.id == platform.id for i in a.items]
        if any(i.status == CHECK_AGAIN for i in items):
            return CHECK_AGAIN
        if platform.says_no_training(self.region):
            return NO_ACTION_NEEDED
        if items:
            counted = [i for i in items if i.status != SKIPPED]
            return DONE if all(i.status == DONE for i in counted) else OPEN
        if not platform.training_controls_for(self.region):
            return LETTER_ONLY
        return OPEN if any(a.platform.id == platform.id for a in self.accounts) else None

    def to_json(self) -> dict:
        return {
            "region": self.region,
            "done": self.done,
            "total": self.total,
            "check_again": len(self.check_again),
            "accounts": [a.to_json() for a in self.accounts],
        }


@dataclass(frozen=True)
class LateEvent:
    """A policy event that reached the app with a catalogue update, possibly dated in the past."""

    platform_id: str
    date: datetime_date  # the field name would hide the type for the next annotation
    summary: str
    arrived: datetime_date
    regions: tuple[str, ...] = ()  # empty: an update from before events had regions (concerns everyone)

    def concerns(self, region: str | None) -> bool:
        return region is None or not self.regions or in_scope(self.regions, region)


def item_status(
    platform: Platform,
    state: str | None,
    done_at: date | None,
    today: date,
    late_events: tuple[LateEvent, ...] = (),
    region: str | None = None,
) -> tuple[str, date | None, Recheck | None]:
    """(status, next check date, why to check again) of one control."""
    if state == SKIPPED:
        return SKIPPED, None, None
    if state != DONE or done_at is None:
        return OPEN, None, None
    next_check = done_at + timedelta(days=platform.recheck_days)
    arrived_later = [
        e for e in late_events if e.platform_id == platform.id and e.arrived > done_at and e.concerns(region)
    ]
    if arrived_later:
        late = arrived_later[-1]
        return (
            CHECK_AGAIN,
            next_check,
            Recheck(
                "update_brought_event",
                {
                    "arrived": late.arrived,
                    "platform": platform.name,
                    "date": late.date,
                    "summary": late.summary,
                },
            ),
        )
    later = [event for event in platform.events_for(region) if done_at < event.date <= today]
    if later:
        event = later[-1]
        return (
            CHECK_AGAIN,
            next_check,
            Recheck(
                "policy_changed", {"platform": platform.name, "date": event.date, "summary": event.summary}
            ),
        )
    if next_check <= today:
        return (
            CHECK_AGAIN,
            next_check,
            Recheck("interval_passed", {"days": (today - done_at).days, "interval": platform.recheck_days}),
        )
    return DONE, next_check, None


class ChecklistService:
    def __init__(self, store: Store, catalog: Catalog, on_change: Callable[[], None] | None = None) -> None:
        """`on_change` is called after every change a method of this service made (the GUI
        announces it to its pages)."""
        self._store = store
        self.catalog = catalog
        self._on_change = on_change or (lambda: None)

    # Accounts -----------------------------------------------------------
    def accounts(self, platform_id: str | None = None) -> list[tuple[str, str]]:
        """(platform id, account name) pairs, in the order they were added."""
        sql = "SELECT platform, identifier FROM accounts"
        params: tuple = ()
        if platform_id:
            sql += " WHERE platform = ?"
            params = (platform_id,)
        rows = self._store.connection.execute(sql + " ORDER BY id", params).fetchall()
        return [(row["platform"], row["identifier"]) for row in rows]

    def platforms_in_use(self) -> list[str]:
        return list(dict.fromkeys(platform for platform, _ in self.accounts()))

    def add_account(self, platform_id: str, account: str = DEFAULT_ACCOUNT) -> str:
        self.catalog.get(platform_id)
        account = clean_account(account)
        with self._store.transaction() as connection:
            connection.execute(
                "INSERT INTO accounts (platform, identifier, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(platform, identifier) DO NOTHING",
                (platform_id, account, _now()),
            )
        self._on_change()
        return account

    def remove_account(self, platform_id: str, account: str) -> None:
        """Forget an account and its progress (the platform leaves the list with its last account)."""
        with self._store.transaction() as connection:
            deleted = connection.execute(
                "DELETE FROM accounts WHERE platform = ? AND identifier = ?", (platform_id, account)
            ).rowcount
        if not deleted:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "no account {account!r} for {platform}"),
                account=account,
                platform=platform_id,
            )
        self._on_change()

    def set_in_use(self, platform_id: str, in_use: bool) -> None:
        if in_use:
            if not self.accounts(platform_id):
                self.add_account(platform_id)
            return
        with self._store.transaction() as connection:
            connection.execute("DELETE FROM accounts WHERE platform = ?", (platform_id,))
        self._on_change()

    # Progress -----------------------------------------------------------
    def mark(
        self,
        platform_id: str,
        control_id: str,
        state: str,
        account: str = DEFAULT_ACCOUNT,
        when: date | None = None,
    ) -> None:
        """Set a control to done, skipped or open (undo) for one account.

        Undoing needs an account that exists: it never adds one.
        """
        platform = self.catalog.get(platform_id)
        platform.control(control_id)
        state, when = check_mark(state, when or date.today(), date.today())
        account = clean_account(account)
        with self._store.transaction() as connection:
            account_id = (
                _existing_account(connection, platform_id, account)
                if state == OPEN
                else _ensure_account(connection, platform_id, account)
            )
            connection.execute(
                "INSERT INTO checklist_progress (account_id, control, state, done_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(account_id, control) DO UPDATE SET state = excluded.state, "
                "done_at = excluded.done_at",
                (account_id, control_id, state, when.isoformat() if state == DONE and when else None),
            )
        self._on_change()

    def set_note(self, platform_id: str, control_id: str, note: str, account: str = DEFAULT_ACCOUNT) -> None:
        self.catalog.get(platform_id).control(control_id)
        note = check_note(note)
        account = clean_account(account)
        with self._store.transaction() as connection:
            account_id = _ensure_account(connection, platform_id, account)
            connection.execute(
                "INSERT INTO checklist_progress (account_id, control, state, note) VALUES (?, ?, 'open', ?) "
                "ON CONFLICT(account_id, control) DO UPDATE SET note = excluded.note",
                (account_id, control_id, note),
            )
        self._on_change()

    # Views -----------------------------------------------------------
    def account_checklist(
        self, platform_id: str, account: str, region: str | None, today: date | None = None
    ) -> AccountChecklist:
        platform = self.catalog.get(platform_id)
        progress = self._progress().get((platform_id, account), {})
        return _build(platform, account, region, progress, today or date.today(), self._late_events())

    def overview(
        self, region: str | None, platform_id: str | None = None, today: date | None = None
    ) -> ChecklistOverview:
        """Checklists of every account in use (or of one platform's accounts)."""
        today = today or date.today()
        progress = self._progress()
        late = self._late_events()
        known = set(self.catalog.ids())
        accounts = [
            (p, a) for p, a in self.accounts(platform_id) if p in known
        ]  # a platform dropped from the catalogue keeps its rows but is not shown
        return ChecklistOverview(
            region=region,
            accounts=tuple(
                _build(self.catalog.get(p), a, region, progress.get((p, a), {}), today, late)
                for p, a in accounts
            ),
        )

    def _late_events(self) -> tuple[LateEvent, ...]:
        """Policy events the last installed catalogue update added."""
        if not (self._store.path.parent / UPDATES_DIR_NAME).is_dir():
            return ()  # no update ever installed
        from opt_out_gui.core.updates import last_update, new_events

        update = last_update(self._store)
        if update is None:
            return ()
        arrived = update.installed_at.date()
        return tuple(
            LateEvent(e.platform_id, e.date, e.summary, arrived, e.regions) for e in new_events(update.diff)
        )

    def _progress(self) -> dict[tuple[str, str], dict[str, tuple[str, date | None, str]]]:
        rows = self._store.connection.execute(
            "SELECT a.platform, a.identifier, p.control, p.state, p.done_at, p.note "
            "FROM checklist_progress p JOIN accounts a ON a.id = p.account_id"
        ).fetchall()
        result: dict[tuple[str, str], dict[str, tuple[str, date | None, str]]] = {}
        for row in rows:
            done_at = date.fromisoformat(row["done_at"]) if row["done_at"] else None
            result.setdefault((row["platform"], row["identifier"]), {})[row["control"]] = (
                row["state"],
                done_at,
                row["note"],
            )
        return result


def _build(
    platform: Platform,
    account: str,
    region: str | None,
    progress: dict[str, tuple[str, date | None, str]],
    today: date,
    late_events: tuple[LateEvent, ...] = (),
) -> AccountChecklist:
    items = []
    for control in platform.training_controls_for(region):
        state, done_at, note = progress.get(control.id, (None, None, ""))
        status, next_check, recheck = item_status(platform, state, done_at, today, late_events, region)
        items.append(ControlItem(control, status, done_at, next_check, recheck, note))
    other = tuple(c for c in platform.controls_for(region) if not c.training_opt_out)
    return AccountChecklist(platform, account, tuple(items), other)


def clean_account(account: str) -> str:
    """An account name: one line, not empty (user input and restored backups alike)."""
    return validation.single_line("account name", account, max_length=MAX_ACCOUNT_LENGTH, required=True)


def check_mark(state: object, done_at: object, today: date) -> tuple[str, date | None]:
    """A control's state and the date it was done (a past date, only for done)."""
    state = validation.choice("state", state, (OPEN, DONE, SKIPPED))
    if done_at is None:
        return state, None
    return state, validation.past_date("date", done_at, today)


def check_note(note: str) -> str:
    return validation.multi_line("note", note, max_length=MAX_NOTE_LENGTH)


def _existing_account(connection, platform_id: str, account: str) -> int:
    row = connection.execute(
        "SELECT id FROM accounts WHERE platform = ? AND identifier = ?", (platform_id, account)
    ).fetchone()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "no account {account!r} for {platform}; nothing to undo"),
            account=account,
            platform=platform_id,
        )
    return row["id"]


def _ensure_account(connection, platform_id: str, account: str) -> int:
    connection.execute(
        "INSERT INTO accounts (platform, identifier, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(platform, identifier) DO NOTHING",
        (platform_id, account, _now()),
    )
    return connection.execute(
        "SELECT id FROM accounts WHERE platform = ? AND identifier = ?", (platform_id, account)
    ).fetchone()["id"]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
