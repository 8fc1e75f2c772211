"""The platform catalogue: load, validate and query the per-platform TOML files.

Each file in data/platforms/ describes one platform (schema in CONTRIBUTING.md).
A file that fails validation is reported as a `CatalogProblem` (file, field,
problem) and skipped; the rest of the catalogue still loads.
"""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from opt_out_gui.core.countries import REGIONS
from opt_out_gui.core.errors import UserError
from opt_out_gui.resources import data_dir

SCHEMA_VERSION = 1
BASES = ("legitimate_interest", "consent", "contract", "unknown")
CONTROL_KINDS = ("toggle", "form", "email", "none")
SCOPES = ("account", "workspace", "admin")
TRI_STATES = ("yes", "no", "unknown")
DEFAULTS = ("on", "off", "unknown")
CATEGORIES = (
    "social",
    "messaging",
    "ai-assistant",
    "search",
    "video",
    "photos",
    "productivity",
    "collaboration",
    "creative",
    "developer",
    "publishing",
    "storage",
    "voice-assistant",
    "music",
    "stock-media",
    "business",
    "devices",
)
DEFAULT_RECHECK_DAYS = 180
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://[^\s]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def shipped_catalog_dir() -> Path:
    return data_dir() / "platforms"


UPDATES_DIR_NAME = "catalog"


def catalog_dir_for(user_data_dir: Path, override: Path | None = None) -> Path | None:
    """Which catalogue to load: --catalog, else an installed signed update, else None (shipped)."""
    if override is not None:
        return override
    if not (user_data_dir / UPDATES_DIR_NAME).is_dir():
        return None  # no update was ever installed: skip loading the update machinery
    from opt_out_gui.core.updates import active_catalog_dir

    return active_catalog_dir(user_data_dir)


class AiTraining(NamedTuple):
    basis: str
    summary: str
    sources: tuple[str, ...]


class AuthorityRef(NamedTuple):
    id: str
    sources: tuple[str, ...]


class Controller(NamedTuple):
    regions: tuple[str, ...]
    entity: str
    address: tuple[str, ...]
    email: str | None
    web_form: str | None
    dpo: str | None
    sources: tuple[str, ...]


class Control(NamedTuple):
    id: str
    title: str
    kind: str
    training_opt_out: bool
    regions: tuple[str, ...]
    scope: str
    steps: tuple[str, ...]
    url: str | None
    default: str
    retroactive: str
    confirmation: str
    note: str
    sources: tuple[str, ...]


class PolicyEvent(NamedTuple):
    date: date
    summary: str
    sources: tuple[str, ...]


class Platform(NamedTuple):
    id: str
    name: str
    company: str
    category: str
    services: tuple[str, ...]
    web: str
    privacy_policy: str | None
    last_verified: date
    recheck_days: int
    ai_training: AiTraining
    lead_authority: AuthorityRef | None
    controllers: tuple[Controller, ...]
    controls: tuple[Control, ...]
    events: tuple[PolicyEvent, ...]
    note: str
    path: Path

    def controller_for(self, region: str) -> Controller | None:
        return next((c for c in self.controllers if region in c.regions), None)

    def controls_for(self, region: str | None) -> tuple[Control, ...]:
        """Controls that exist where the user lives (all of them without a region)."""
        if region is None:
            return self.controls
        return tuple(c for c in self.controls if region in c.regions)

    def training_controls_for(self, region: str | None) -> tuple[Control, ...]:
        """Controls in the region that actually stop AI training (the checklist items)."""
        return tuple(c for c in self.controls_for(region) if c.training_opt_out and c.kind != "none")

    def control(self, control_id: str) -> Control:
        for control in self.controls:
            if control.id == control_id:
                return control
        raise UserError(
            f"{self.name} has no control {control_id!r}; valid: {', '.join(c.id for c in self.controls)}"
        )

    @property
    def regions(self) -> tuple[str, ...]:
        covered = {r for c in self.controls for r in c.regions}
        covered |= {r for c in self.controllers for r in c.regions}
        return tuple(r for r in REGIONS if r in covered)

    @property
    def all_sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        groups = [self.ai_training.sources]
        if self.lead_authority:
            groups.append(self.lead_authority.sources)
        groups += [c.sources for c in self.controllers]
        groups += [c.sources for c in self.controls]
        groups += [e.sources for e in self.events]
        for group in groups:
            seen.update(dict.fromkeys(group))
        return tuple(seen)


class CatalogProblem(NamedTuple):
    path: Path
    field: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.path.name}: {self.field}: " if self.field else f"{self.path.name}: "
        return where + self.problem


class Catalog:
    def __init__(self, directory: Path, platforms: list[Platform], problems: list[CatalogProblem]) -> None:
        self.directory = directory
        self.platforms = platforms
        self.problems = problems

    def get(self, platform_id: str) -> Platform:
        for platform in self.platforms:
            if platform.id == platform_id:
                return platform
        raise UserError(
            f"unknown platform {platform_id!r}; valid ids: " + ", ".join(p.id for p in self.platforms)
        )

    def ids(self) -> list[str]:
        return [p.id for p in self.platforms]

    def for_region(self, region: str | None) -> list[Platform]:
        if region is None:
            return list(self.platforms)
        return [p for p in self.platforms if region in p.regions]


class _Invalid(Exception):
    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field_name
        self.problem = problem


def load_catalog(directory: Path | None = None, cache_dir: Path | None = None) -> Catalog:
    """Load every *.toml in the directory (the shipped catalogue by default).

    With a cache_dir, the parsed TOML of unchanged files is read from a JSON
    cache (TOML parsing is most of the cost); every entry is still validated.
    """
    directory = Path(directory) if directory is not None else shipped_catalog_dir()
    if not directory.is_dir():
        raise UserError(f"catalogue directory {directory} does not exist or is not a folder")
    paths = sorted(directory.glob("*.toml"))
    cache = _ParseCache(cache_dir, directory, paths) if cache_dir is not None else None
    platforms: list[Platform] = []
    problems: list[CatalogProblem] = []
    seen: set[str] = set()
    for path in paths:
        try:
            raw = cache.raw(path) if cache else _read_toml(path)
            platform = _platform_from_raw(raw, path)
        except _Invalid as error:
            problems.append(CatalogProblem(path, error.field, error.problem))
            continue
        if platform.id in seen:
            problems.append(CatalogProblem(path, "id", f"duplicate platform id {platform.id!r}"))
            continue
        seen.add(platform.id)
        platforms.append(platform)
    if cache:
        cache.save()
    platforms.sort(key=lambda p: p.name.casefold())
    return Catalog(directory=directory, platforms=platforms, problems=problems)


def preload_catalog(directory: Path | None, cache_dir: Path | None) -> Callable[[], Catalog]:
    """Start loading the catalogue on a thread; the returned function waits for it.

    The GUI starts this before Qt initialises, whose C++ work runs without the
    GIL, so the catalogue is usually ready when the first page asks for it.
    """
    import threading

    outcome: dict[str, Any] = {}

    def load() -> None:
        try:
            outcome["catalog"] = load_catalog(directory, cache_dir)
        except Exception as error:  # handed to the caller of result()
            outcome["error"] = error

    thread = threading.Thread(target=load, name="catalog-preload", daemon=True)
    thread.start()

    def result() -> Catalog:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["catalog"]

    return result


def load_platform_file(path: Path) -> Platform:
    return _platform_from_raw(_read_toml(path), path)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise _Invalid("", f"not valid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise _Invalid("", f"cannot read: {error}") from None


def _platform_from_raw(raw: dict[str, Any], path: Path) -> Platform:
    platform = parse_platform(raw, path)
    if platform.id != path.stem:
        raise _Invalid("id", f"{platform.id!r} does not match the file name {path.stem!r}")
    return platform


class _ParseCache:
    """Parsed TOML of a catalogue directory, keyed by each file's name, size and mtime.

    Stored with marshal (built in, so no import cost at start-up). Dates are kept
    as ISO text in the two places the schema has them; a file with a date
    anywhere else is not cached, so validation sees exactly what TOML gave.
    """

    def __init__(self, cache_dir: Path, directory: Path, paths: list[Path]) -> None:
        import marshal
        import zlib

        self._marshal = marshal
        stamp = f"{zlib.crc32(str(directory.resolve()).encode()):08x}"
        self.path = cache_dir / f"catalog-{stamp}.marshal"
        self.entries: dict[str, Any] = {}
        self.changed = False
        try:
            stored = marshal.loads(self.path.read_bytes())
            if stored["format"] == [SCHEMA_VERSION, marshal.version]:
                self.entries = dict(stored["files"])
        except (OSError, ValueError, EOFError, KeyError, TypeError):
            self.entries = {}
        self.keys = {p.name: _file_key(p) for p in paths}

    def raw(self, path: Path) -> dict[str, Any]:
        entry = self.entries.get(path.name)
        if isinstance(entry, dict) and entry.get("key") == self.keys[path.name]:
            try:
                return _dates_from_cache(entry["raw"])
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a damaged entry: parse the file again
        raw = _read_toml(path)
        cached = _dates_for_cache(raw)
        if cached is not None:
            self.entries[path.name] = {"key": self.keys[path.name], "raw": cached}
            self.changed = True
        return raw

    def save(self) -> None:
        stale = set(self.entries) - set(self.keys)
        for name in stale:
            del self.entries[name]
        if not (self.changed or stale):
            return
        try:
            # Never create missing parents: the data directory is made (0700) elsewhere.
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            data = {"format": [SCHEMA_VERSION, self._marshal.version], "files": self.entries}
            temporary.write_bytes(self._marshal.dumps(data))
            temporary.replace(self.path)
        except (OSError, ValueError):
            pass  # A cache that cannot be written only costs speed next time.


def _file_key(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _contains_date(value: Any) -> bool:
    if isinstance(value, date):
        return True
    if isinstance(value, dict):
        return any(_contains_date(v) for v in value.values())
    if isinstance(value, list):
        return any(_contains_date(v) for v in value)
    return False


def _dates_for_cache(raw: dict[str, Any]) -> dict[str, Any] | None:
    """A copy with the schema's dates as ISO text, or None if dates sit elsewhere."""
    copy = dict(raw)
    if isinstance(copy.get("last_verified"), date):
        copy["last_verified"] = copy["last_verified"].isoformat()
    events = copy.get("events")
    if isinstance(events, list):
        copy["events"] = [
            {**e, "date": e["date"].isoformat()}
            if isinstance(e, dict) and isinstance(e.get("date"), date)
            else e
            for e in events
        ]
    return None if _contains_date(copy) else copy


def _dates_from_cache(raw: dict[str, Any]) -> dict[str, Any]:
    copy = dict(raw)
    if isinstance(copy.get("last_verified"), str):
        copy["last_verified"] = date.fromisoformat(copy["last_verified"])
    if isinstance(copy.get("events"), list):
        copy["events"] = [
            {**e, "date": date.fromisoformat(e["date"])} if isinstance(e, dict) and "date" in e else e
            for e in copy["events"]
        ]
    return copy


def validate_platform_file(path: Path) -> CatalogProblem | None:
    """The problem with one file, or None when it is valid."""
    try:
        load_platform_file(path)
    except _Invalid as error:
        return CatalogProblem(path, error.field, error.problem)
    return None


def parse_platform(raw: dict[str, Any], path: Path) -> Platform:
    reader = _Reader(raw, "")
    known = {
        "schema",
        "id",
        "name",
        "company",
        "category",
        "services",
        "web",
        "privacy_policy",
        "last_verified",
        "recheck_days",
        "ai_training",
        "lead_authority",
        "controllers",
        "controls",
        "events",
    }
    reader.reject_unknown(known)
    if reader.required("schema", int) != SCHEMA_VERSION:
        raise _Invalid("schema", f"must be {SCHEMA_VERSION}")
    platform_id = reader.required("id", str, check=_is_id, expect="lowercase letters, digits, -")
    training = _Reader(reader.required("ai_training", dict), "ai_training")
    training.reject_unknown({"basis", "summary", "sources"})
    authority_raw = reader.optional("lead_authority", dict)
    lead_authority = None
    if authority_raw is not None:
        authority = _Reader(authority_raw, "lead_authority")
        authority.reject_unknown({"id", "sources"})
        lead_authority = AuthorityRef(authority.required("id", str), authority.sources())
    controls = tuple(
        _parse_control(item, f"controls[{i}]")
        for i, item in enumerate(reader.optional("controls", list) or [])
    )
    ids = [c.id for c in controls]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise _Invalid("controls", f"duplicate control id {duplicate!r}")
    if not controls:
        raise _Invalid("controls", 'at least one control is required (kind = "none" if none exists)')
    return Platform(
        id=platform_id,
        name=reader.required("name", str),
        company=reader.required("company", str),
        category=reader.choice("category", CATEGORIES),
        services=tuple(reader.string_list("services")),
        web=reader.required("web", str, check=_is_url, expect="an http(s) URL"),
        privacy_policy=reader.optional("privacy_policy", str, check=_is_url, expect="an http(s) URL"),
        last_verified=reader.required("last_verified", date),
        recheck_days=reader.optional("recheck_days", int, check=lambda n: n > 0, expect="> 0")
        or DEFAULT_RECHECK_DAYS,
        ai_training=AiTraining(
            basis=training.choice("basis", BASES),
            summary=training.optional("summary", str) or "",
            sources=training.sources(),
        ),
        lead_authority=lead_authority,
        controllers=tuple(
            _parse_controller(item, f"controllers[{i}]")
            for i, item in enumerate(reader.optional("controllers", list) or [])
        ),
        controls=controls,
        events=tuple(
            sorted(
                (
                    _parse_event(item, f"events[{i}]")
                    for i, item in enumerate(reader.optional("events", list) or [])
                ),
                key=lambda e: e.date,
            )
        ),
        note=reader.optional("note", str) or "",
        path=path,
    )


def _parse_controller(raw: Any, where: str) -> Controller:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown({"regions", "entity", "address", "email", "web_form", "dpo", "sources"})
    return Controller(
        regions=reader.regions(),
        entity=reader.required("entity", str),
        address=tuple(reader.string_list("address")),
        email=reader.optional("email", str, check=_EMAIL.match, expect="an email address"),
        web_form=reader.optional("web_form", str, check=_is_url, expect="an http(s) URL"),
        dpo=reader.optional("dpo", str),
        sources=reader.sources(),
    )


def _parse_control(raw: Any, where: str) -> Control:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown(
        {
            "id",
            "title",
            "kind",
            "training_opt_out",
            "regions",
            "scope",
            "steps",
            "url",
            "default",
            "retroactive",
            "confirmation",
            "note",
            "sources",
        }
    )
    kind = reader.choice("kind", CONTROL_KINDS)
    steps = tuple(reader.string_list("steps"))
    if kind in ("toggle", "form") and not steps:
        raise _Invalid(f"{where}.steps", f"a {kind} needs at least one step")
    return Control(
        id=reader.required("id", str, check=_is_id, expect="lowercase letters, digits, -"),
        title=reader.required("title", str),
        kind=kind,
        training_opt_out=reader.required("training_opt_out", bool),
        regions=reader.regions(),
        scope=reader.choice("scope", SCOPES),
        steps=steps,
        url=reader.optional("url", str, check=_is_url, expect="an http(s) URL"),
        default=reader.choice("default", DEFAULTS, default="unknown"),
        retroactive=reader.choice("retroactive", TRI_STATES, default="unknown"),
        confirmation=reader.choice("confirmation", TRI_STATES, default="unknown"),
        note=reader.optional("note", str) or "",
        sources=reader.sources(),
    )


def _parse_event(raw: Any, where: str) -> PolicyEvent:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown({"date", "summary", "sources"})
    return PolicyEvent(
        date=reader.required("date", date),
        summary=reader.required("summary", str),
        sources=reader.sources(),
    )


def _as_table(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Invalid(where, "must be a table")
    return raw


def _is_id(value: str) -> bool:
    return bool(_ID.match(value))


def _is_url(value: str) -> bool:
    return bool(_URL.match(value))


_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    date: "a date",
    dict: "a table",
    list: "a list",
}


class _Reader:
    """Typed access to one TOML table, raising _Invalid with the dotted field path."""

    def __init__(self, table: dict[str, Any], prefix: str) -> None:
        self.table = table
        self.prefix = prefix

    def _name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def reject_unknown(self, known: set[str]) -> None:
        unknown = sorted(set(self.table) - known)
        if unknown:
            raise _Invalid(self._name(unknown[0]), "unknown field (see the schema in CONTRIBUTING.md)")

    def optional(
        self,
        key: str,
        kind: type,
        check: Callable[[Any], Any] | None = None,
        expect: str = "",
    ) -> Any:
        if key not in self.table:
            return None
        value = self.table[key]
        # bool is an int subclass and datetime a date subclass: reject both explicitly.
        wrong_type = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if kind is date and hasattr(value, "hour"):
            wrong_type = True
        if wrong_type:
            raise _Invalid(self._name(key), f"must be {_TYPE_NAMES[kind]}, not {value!r}")
        if kind is str and not value.strip():
            raise _Invalid(self._name(key), "must not be empty (leave the field out instead)")
        if check is not None and not check(value):
            raise _Invalid(self._name(key), f"{value!r} is not {expect}")
        return value

    def required(
        self, key: str, kind: type, check: Callable[[Any], Any] | None = None, expect: str = ""
    ) -> Any:
        if key not in self.table:
            raise _Invalid(self._name(key), "is required")
        return self.optional(key, kind, check, expect)

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        if default is not None and key not in self.table:
            return default
        value = self.required(key, str)
        if value not in allowed:
            raise _Invalid(self._name(key), f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def string_list(self, key: str) -> list[str]:
        values = self.optional(key, list) or []
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise _Invalid(self._name(key), f"must hold non-empty text only, not {value!r}")
        return values

    def regions(self) -> tuple[str, ...]:
        values = self.string_list("regions")
        if not values:
            raise _Invalid(self._name("regions"), f"is required: one or more of {', '.join(REGIONS)}")
        for value in values:
            if value not in REGIONS:
                raise _Invalid(self._name("regions"), f"{value!r} is not one of {', '.join(REGIONS)}")
        return tuple(r for r in REGIONS if r in values)

    def sources(self) -> tuple[str, ...]:
        values = self.string_list("sources")
        if not values:
            raise _Invalid(self._name("sources"), "is required: every fact needs a source")
        for value in values:
            if not _is_url(value):
                raise _Invalid(self._name("sources"), f"{value!r} is not an http(s) URL")
        return tuple(values)


def _main(argv: list[str]) -> int:
    """`python -m opt_out_gui.core.catalog FILE...`: validate files, for contributors."""
    status = 0
    for name in argv:
        problem = validate_platform_file(Path(name))
        print(problem if problem else f"{name}: ok")
        status = status or (1 if problem else 0)
    return status


if __name__ == "__main__":
    import sys

    sys.exit(_main(sys.argv[1:]))
