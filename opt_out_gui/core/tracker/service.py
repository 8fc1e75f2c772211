"""The tracker service: what the GUI and the CLI call to keep, change and advise on requests.

It checks every change against the lifecycle, asks the law engine for deadlines (counted
from the day the company received the request), copies attachments, and writes through the
repository. It works from the catalogue its caller chose (core.catalog_source.active_catalog).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from opt_out_gui.core import validation
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.store import Store
from opt_out_gui.core.tracker import advice, lifecycle
from opt_out_gui.core.tracker.attachments import StoredFile, copy_attachment
from opt_out_gui.core.tracker.lifecycle import CHANNELS, DUE_SOON_DAYS, STATUSES, Draft
from opt_out_gui.core.tracker.model import Request, RequestRow, Summary, iso
from opt_out_gui.core.tracker.repository import NewEvent, RequestQuery, RequestRepository, RowPager

if TYPE_CHECKING:
    from opt_out_gui.core.catalog import Catalog

    # The catalogue, or a function that loads it when a method first needs it: the caller
    # always decides which catalogue (core.catalog_source.active_catalog); there is no default.
    CatalogSource = Catalog | Callable[[], Catalog]


class TrackerService:
    def __init__(
        self, store: Store, catalog: CatalogSource, on_change: Callable[[], None] | None = None
    ) -> None:
        """`on_change` is called after every change a method of this service made (the GUI
        announces it to its pages)."""
        self._store = store
        self._catalog_source = catalog
        self._catalog: Catalog | None = None
        self.repository = RequestRepository(store)
        self._on_change = on_change or (lambda: None)

    @property
    def laws(self):
        """The law engine, imported on first use (start-up only needs the summary)."""
        from opt_out_gui.core import laws

        return laws

    @property
    def data_dir(self) -> Path:
        return self._store.path.parent

    @property
    def catalog(self) -> Catalog:
        """The catalogue the caller chose, loaded on first use when it was given as a function."""
        if self._catalog is None:
            source = self._catalog_source
            self._catalog = source() if callable(source) else source
        return self._catalog

    # ---- reading -------------------------------------------------------------------------

    def get(self, request_id: int) -> Request:
        request = self.repository.get(request_id)
        if request is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "request {id} does not exist"),
                code="request_not_found",
                id=request_id,
            )
        return request

    def find(self, id_or_reference: str) -> Request:
        """A request by its number or its reference (2026-K3F9Q2M, any case)."""
        text = id_or_reference.strip()
        if text.isdigit() and len(text) <= 19 and int(text) <= validation.MAX_SQLITE_INTEGER:
            return self.get(int(text))
        request_id = self.repository.id_for_reference(text.upper())
        if request_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "no request has the id or reference {reference!r}"),
                code="request_not_found",
                reference=text,
            )
        return self.get(request_id)

    def all(self) -> list[Request]:
        """Every request with its timeline, oldest first (two queries in all)."""
        return self.repository.all()

    def list(
        self,
        today: date,
        status: str | None = None,
        overdue: bool = False,
        due_within: int | None = None,
    ) -> builtins.list[RequestRow]:
        """The rows of the requests that match, newest first (the filters run in SQL)."""
        query = self._filter_query(status, overdue, due_within)
        return [] if query is None else self.repository.pager(query, today).next_rows()

    def list_json(
        self,
        today: date,
        status: str | None = None,
        overdue: bool = False,
        due_within: int | None = None,
    ) -> Iterator[dict]:
        """`Request.to_json` of the requests that match, oldest first, read as they are used."""
        self._filter_query(status, overdue, due_within)  # checks the filters before any output
        return self.repository.requests_json(today, status, overdue, due_within)

    def _filter_query(self, status: str | None, overdue: bool, due_within: int | None) -> RequestQuery | None:
        if status is not None:
            lifecycle.check_choice("status", status, STATUSES)
        if due_within is not None and due_within < 0:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "due within {days} days: give a number of days of 0 or more"),
                days=due_within,
            )
        if overdue and due_within is not None:
            return None  # no request is past its deadline and due within some days at once
        show = "overdue" if overdue else "due_soon" if due_within is not None else "all"
        return RequestQuery(show=show, due_within=due_within or 0, status=status, sort="newest")

    def rows(self, query: RequestQuery, today: date) -> RowPager:
        """The rows of a list, a page at a time (the Requests page reads them as it scrolls)."""
        return self.repository.pager(query, today)

    def count(self, query: RequestQuery | None = None, today: date | None = None) -> int:
        """How many requests a query lists; all requests without one."""
        return self.repository.count(query, today)

    def count_apart(self, query: RequestQuery, today: date) -> int:
        """count() for another thread (its own read-only connection)."""
        return self.repository.count_apart(query, today)

    def platforms_with_requests(self) -> builtins.list[str]:
        return self.repository.platforms()

    def search_query(self, text: str, **options) -> RequestQuery:
        """A query for what the user typed, which also finds the requests of platforms and
        request types whose shown names hold the text ("Objection", "LinkedIn")."""
        from opt_out_gui.core.law_names import TYPE_TITLES

        needle = " ".join(text.casefold().split())
        platforms: tuple[str, ...] = ()
        types: tuple[str, ...] = ()
        if needle:
            platforms = tuple(p.id for p in self.catalog.platforms if needle in p.name.casefold())
            types = tuple(t for t, title in TYPE_TITLES.items() if needle in title.casefold())
        return RequestQuery(search=text, search_platforms=platforms, search_types=types, **options)

    def summary(self, today: date, due_within: int = DUE_SOON_DAYS, first: int = 5) -> Summary:
        """For the dashboard: counts by status, how many are overdue and due soon, and the
        `first` most urgent of each (counts by status over an index, two index ranges, two short lists)."""
        return self.repository.summary(today, due_within, first)

    # ---- changing ------------------------------------------------------------------------

    def create(
        self,
        draft: Draft,
        sent_on: date | None = None,
        received: date | None = None,
        today: date | None = None,
    ) -> Request:
        """Store a letter as a draft request, or as sent on `sent_on` (received by the company on
        `received`, see record()): one transaction either way."""
        draft = lifecycle.check_draft(draft)
        first, changes = None, None
        if sent_on is not None:  # checked before anything is written
            unsaved = Request(
                **{name: getattr(draft, name) for name in Draft.__dataclass_fields__},
                id=0,
                created_at="",
                sent_at=None,
                deadline=None,
                extended_deadline=None,
                acknowledge_by=None,
                status="draft",
                refusal_reason=None,
            )
            _, sent_on, _ = lifecycle.check_event("sent", sent_on, "", draft.law, today or date.today())
            changes = self._sent_changes(unsaved, sent_on, None, received)
            first = NewEvent("sent", sent_on)
        request_id = self.repository.insert(draft, first, changes)
        self._on_change()
        return self.get(request_id)

    def record(
        self,
        request_id: int,
        kind: str,
        on: date,
        note: str = "",
        reason: str | None = None,
        attachments: Sequence[Path] = (),
        channel: str | None = None,
        received: date | None = None,
        today: date | None = None,
    ) -> Request:
        """Add an event to the timeline and apply its status change, in one transaction.

        `sent` starts the deadline (the channel may be given here or stored with the
        draft), counted from `received`, the day the company received it: by default the
        same day for email and web forms, an estimate for post (see core.receipt);
        `extended` sets the extended deadline; `refused` needs a reason.
        """
        self._store.require_writable()
        request = self.get(request_id)
        kind, on, note = lifecycle.check_event(kind, on, note, request.law, today or date.today())
        lifecycle.check_transition(request.status, request.reference, kind, reason, received)
        lifecycle.check_event_order(request.sent_at, on)
        changes = self._changes_for(request, kind, on, reason, channel, received)
        stored: list[StoredFile] = []
        try:
            stored = [copy_attachment(self.data_dir, Path(path)) for path in attachments]
            self.repository.add_event(request, NewEvent(kind, on, note, stored), changes)
        except BaseException:
            for copy in stored:
                copy.path.unlink(missing_ok=True)
            raise
        self._on_change()
        return self.get(request.id)

    def _changes_for(
        self,
        request: Request,
        kind: str,
        on: date,
        reason: str | None,
        channel: str | None,
        received: date | None,
    ) -> dict[str, object]:
        """Columns an event changes on its request (validated before anything is written)."""
        if kind in lifecycle.TIMELINE_ONLY_EVENTS:
            return {}
        if kind == "sent":
            return self._sent_changes(request, on, channel, received)
        if channel is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "a channel is only recorded with 'sent', not with {kind!r}"),
                kind=kind,
            )
        if kind == "extended":
            return self._extension_changes(request)
        return lifecycle.status_change(kind, reason, was_sent=request.sent_at is not None)

    def _sent_changes(
        self, request: Request, on: date, channel: str | None, received: date | None
    ) -> dict[str, object]:
        chosen = channel or request.channel
        if chosen is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "say how request {reference} was sent: channel one of {channels}"),
                code="channel_missing",
                reference=request.reference,
                channels=", ".join(CHANNELS),
            )
        lifecycle.check_choice("channel", chosen, CHANNELS)
        if on > date.today():
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "sent date {date} is in the future"), date=on.isoformat()
            )
        receipt = self.receipt_for(request, chosen, on, received)
        result = self._deadline(request, receipt.day)
        return {
            "status": "sent",
            "channel": chosen,
            "sent_at": on.isoformat(),
            "received_at": receipt.day.isoformat(),
            "received_basis": receipt.basis,
            "deadline": iso(result.deadline),
            "acknowledge_by": iso(result.acknowledge_by),
        }

    def _extension_changes(self, request: Request) -> dict[str, object]:
        received = request.received_at or request.sent_at
        assert received is not None  # ALLOWED_EVENTS offers "extended" only after "sent"
        result = self._deadline(request, received)
        if result.extended_deadline is not None:
            return {"status": "extended", "extended_deadline": result.extended_deadline.isoformat()}
        if result.extension == "none":
            law = self.law_name(request.law)
            why = self.laws.get_law(request.law).deadlines[self._rule_kind(request)].extension_note
            if why:
                template = QT_TRANSLATE_NOOP(
                    "Error", "{law} does not allow the company to extend the deadline of this request: {why}"
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Error", "{law} does not allow the company to extend the deadline of this request"
                )
            raise UserError(template, law=law, why=why)
        # The sources do not say: keep the company's word on the timeline, not a date of ours.
        return {"status": "extended"}

    def set_received(self, request_id: int, received: date, today: date | None = None) -> Request:
        """Correct the day the company received a sent request; its deadlines follow."""
        request = self.get(request_id)
        if request.sent_at is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "request {reference} is not sent yet: record it as sent, with the received date"
                ),
                reference=request.reference,
            )
        from opt_out_gui.core.receipt import entered_receipt

        receipt = entered_receipt(request.sent_at, received, today or date.today())
        result = self._deadline(request, receipt.day)
        changes: dict[str, object] = {
            "received_at": receipt.day.isoformat(),
            "received_basis": receipt.basis,
            "deadline": iso(result.deadline),
            "acknowledge_by": iso(result.acknowledge_by),
        }
        if request.extended_deadline is not None:
            changes["extended_deadline"] = iso(result.extended_deadline)
        self.repository.update(request.id, changes)
        self._on_change()
        return self.get(request.id)

    # ---- deadlines -----------------------------------------------------------------------

    def receipt_for(self, request: Request, channel: str, sent: date, received: date | None = None):
        """The day the company received the request (a core.receipt.Receipt): the day the user
        gives, else the same day for email and web forms, else an estimate for post."""
        from opt_out_gui.core import receipt
        from opt_out_gui.core.profile import ProfileService

        if received is not None:
            return receipt.entered_receipt(sent, received, max(date.today(), sent))
        sender_country = ProfileService(self._store).load().country
        recipient_country = self._controller_country(request.platform, request.law)
        return receipt.estimate_receipt(channel, sent, sender_country, recipient_country)

    def deadline_for(self, request: Request, received: date):
        """The law engine's DeadlineResult for this request received on `received`."""
        return self._deadline(request, received)

    def _deadline(self, request: Request, received: date):
        from opt_out_gui.core.recipients import holiday_country

        # Whose public holidays count: the same decision the letter makes.
        country = holiday_country(self._platform(request.platform), self.laws.get_law(request.law))
        # The receipt may be an estimate after today: that is no typing error to refuse.
        return self.laws.compute_deadline(
            request.law, received, request.type, country, today=max(received, date.today())
        )

    def _rule_kind(self, request: Request) -> str:
        try:
            return self.laws.get_request_type(request.type).deadline_rule or "request"
        except UserError:
            return "request"

    def _platform(self, platform_id: str):
        try:
            return self.catalog.get(platform_id)
        except UserError:
            return None  # a request for a platform that left the catalogue keeps working

    def _controller_country(self, platform_id: str, law_id: str) -> str | None:
        """ISO code of the controller's country (where a posted letter goes), from the catalogue."""
        from opt_out_gui.core.recipients import controller_country

        return controller_country(self._platform(platform_id), self.laws.get_law(law_id))

    # ---- what next -----------------------------------------------------------------------

    def next_step(self, request: Request, today: date, profile: Profile | None = None) -> advice.NextStep:
        """What the user can do next, as a code the fronts word (core.tracker.advice)."""
        return advice.next_step(request, today, profile, self.catalog)

    def complaint_route(self, request: Request, profile: Profile | None):
        """Where a complaint about this request goes (core.authorities.complaint_route)."""
        return advice.complaint_route(request, profile, self.catalog)

    def type_title(self, type_id: str) -> str:
        """'Objection to AI training' for gdpr-objection-ai (from the precomputed index, not the
        law engine); the id for a type this version does not know."""
        from opt_out_gui.core.law_names import type_title

        return type_title(type_id)

    def law_name(self, law_id: str) -> str:
        from opt_out_gui.core.law_names import law_name

        return law_name(law_id)
