"""What a catalogue update changes: platforms added, removed, and changed fields.

Sources and file paths are left out: they change on every re-verification and
say nothing a user acts on. New policy events are listed
on their own because they make done checklist items "check again".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from opt_out_gui.core.catalog import Platform

# Compared separately (events, controls, controllers, ai_training entries) or not at all.
_NOT_COMPARED = {"path", "sources", "events", "controls", "controllers", "ai_training", "domains"}


@dataclass(frozen=True)
class FieldChange:
    field: str  # dotted path, e.g. "controls[ai-training].url"
    old: str | None
    new: str | None

    def __str__(self) -> str:
        if self.old is None:
            return f"{self.field}: added {self.new}"
        if self.new is None:
            return f"{self.field}: removed (was {self.old})"
        return f"{self.field}: {self.old} -> {self.new}"


@dataclass(frozen=True)
class NewEvent:
    platform_id: str
    platform_name: str
    date: date
    summary: str
    sources: tuple[str, ...]  # URLs
    regions: tuple[str, ...] = ()  # empty in updates recorded before events had regions

    def to_json(self) -> dict:
        return {
            "platform": self.platform_id,
            "name": self.platform_name,
            "date": self.date.isoformat(),
            "summary": self.summary,
            "sources": list(self.sources),
            "regions": list(self.regions),
        }

    @classmethod
    def from_json(cls, raw: dict) -> NewEvent:
        return cls(
            raw["platform"],
            raw["name"],
            date.fromisoformat(raw["date"]),
            raw["summary"],
            tuple(raw["sources"]),
            tuple(raw.get("regions", ())),
        )


@dataclass(frozen=True)
class PlatformChange:
    platform_id: str
    name: str
    fields: tuple[FieldChange, ...]
    events: tuple[NewEvent, ...]


@dataclass(frozen=True)
class CatalogDiff:
    added: tuple[tuple[str, str], ...]  # (id, name)
    removed: tuple[tuple[str, str], ...]
    changed: tuple[PlatformChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        """The diff as plain lines for the CLI and the confirmation dialog."""
        if self.is_empty:
            return ["No platform entries change."]
        out = [f"Added: {name} ({pid})" for pid, name in self.added]
        out += [f"Removed: {name} ({pid})" for pid, name in self.removed]
        for change in self.changed:
            out.append(f"Changed: {change.name} ({change.platform_id})")
            out += [f"  {field}" for field in change.fields]
            out += [f"  new policy event {e.date.isoformat()}: {e.summary}" for e in change.events]
        return out

    def to_json(self) -> dict:
        return {
            "added": [{"id": pid, "name": name} for pid, name in self.added],
            "removed": [{"id": pid, "name": name} for pid, name in self.removed],
            "changed": [
                {
                    "id": c.platform_id,
                    "name": c.name,
                    "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields],
                    "new_events": [e.to_json() for e in c.events],
                }
                for c in self.changed
            ],
        }

    @classmethod
    def from_json(cls, raw: dict) -> CatalogDiff:
        return cls(
            added=tuple((p["id"], p["name"]) for p in raw["added"]),
            removed=tuple((p["id"], p["name"]) for p in raw["removed"]),
            changed=tuple(
                PlatformChange(
                    c["id"],
                    c["name"],
                    tuple(FieldChange(f["field"], f["old"], f["new"]) for f in c["fields"]),
                    tuple(NewEvent.from_json(e) for e in c["new_events"]),
                )
                for c in raw["changed"]
            ),
        )


def diff_catalogs(old: Iterable[Platform], new: Iterable[Platform]) -> CatalogDiff:
    before = {p.id: p for p in old}
    after = {p.id: p for p in new}
    changed = []
    for pid in sorted(before.keys() & after.keys()):
        fields = _field_changes(_flatten(before[pid]), _flatten(after[pid]))
        fields += _removed_events(before[pid], after[pid])
        events = _new_events(before[pid], after[pid])
        if fields or events:
            changed.append(PlatformChange(pid, after[pid].name, tuple(fields), tuple(events)))
    return CatalogDiff(
        added=tuple((pid, after[pid].name) for pid in sorted(after.keys() - before.keys())),
        removed=tuple((pid, before[pid].name) for pid in sorted(before.keys() - after.keys())),
        changed=tuple(changed),
    )


def new_events(diff: CatalogDiff) -> list[NewEvent]:
    """Policy events an update added to platforms the user already had, oldest first.

    A done checklist item of such a platform needs checking again.
    """
    return sorted((e for c in diff.changed for e in c.events), key=lambda e: (e.date, e.platform_id))


def _new_events(before: Platform, after: Platform) -> list[NewEvent]:
    known = {(e.date, e.summary) for e in before.events}
    return [
        NewEvent(after.id, after.name, e.date, e.summary, tuple(s.url for s in e.sources), e.regions)
        for e in after.events
        if (e.date, e.summary) not in known
    ]


def _removed_events(before: Platform, after: Platform) -> list[FieldChange]:
    kept = {(e.date, e.summary) for e in after.events}
    return [
        FieldChange(f"events[{e.date.isoformat()}]", e.summary, None)
        for e in before.events
        if (e.date, e.summary) not in kept
    ]


def _field_changes(before: dict[str, str | None], after: dict[str, str | None]) -> list[FieldChange]:
    changes = [
        FieldChange(key, before.get(key), after.get(key))
        for key in sorted(before.keys() | after.keys())
        if before.get(key) != after.get(key)
    ]
    # A control or controller that comes or goes is one line, not one line per field.
    whole = {c.field + "." for c in changes if "." not in c.field and (c.old is None or c.new is None)}
    return [c for c in changes if not any(c.field.startswith(prefix) for prefix in whole)]


def _flatten(platform: Platform) -> dict[str, str | None]:
    """Every compared field as "dotted.path" -> text."""
    out = _flatten_fields(platform, "", skip=set())
    for control in platform.controls:
        prefix = f"controls[{control.id}]"
        out[prefix] = control.title
        out.update(_flatten_fields(control, prefix + ".", skip={"id", "title"}))
    for training in platform.ai_training:
        prefix = f"ai_training[{','.join(training.regions)}]"
        out[prefix] = training.trains
        out.update(_flatten_fields(training, prefix + ".", skip={"regions", "trains"}))
    for controller in platform.controllers:
        prefix = f"controllers[{','.join(controller.regions)}]"
        out[prefix] = controller.entity
        out.update(_flatten_fields(controller, prefix + ".", skip={"regions", "entity"}))
    return out


def _flatten_fields(record: Any, prefix: str, skip: set[str]) -> dict[str, str | None]:  # a NamedTuple
    """The fields of a catalogue record (a NamedTuple), nested records as dotted paths."""
    out: dict[str, str | None] = {}
    for name in record._fields:
        if name in _NOT_COMPARED or name in skip:
            continue
        value = getattr(record, name)
        if hasattr(value, "_fields"):
            out.update(_flatten_fields(value, f"{prefix}{name}.", skip=set()))
        else:
            out[prefix + name] = _text(value)
    return out


def _text(value: object) -> str | None:
    if value is None or value == "" or value == ():
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return " / ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
