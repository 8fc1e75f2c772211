"""The platform catalogue: load, validate and query the per-platform TOML files.

Each file in data/platforms/ describes one platform (schema in CONTRIBUTING.md).
A file that fails validation is reported as a `CatalogProblem` (file, field,
problem) and skipped; the rest of the catalogue still loads.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal, NamedTuple

from opt_out_gui.core.countries import REGIONS, in_scope, is_region, region_lineage
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.resources import data_dir

SCHEMA_VERSION = 2
BASES = ("legitimate_interest", "consent", "contract")
# Regions whose data-protection law makes a controller name a legal basis (GDPR, UK GDPR,
# LGPD Art. 7). Elsewhere a claimed basis means nothing to the user's law and is not stored.
BASIS_REGIONS = ("eu", "uk", "br")
TRAINS = ("yes", "no", "unknown")
CONTROL_KINDS = ("toggle", "form", "email", "none")
SCOPES = ("account", "workspace", "admin")
TRI_STATES = ("yes", "no", "unknown")
DEFAULTS = ("on", "off", "unknown")
SOURCE_KINDS = ("official", "regulator", "court", "record", "press")
# Fields of a controller that a source must state (its `covers`).
CONTACT_FIELDS = ("entity", "country", "address", "email", "web_form", "dpo_email", "dpo_form")
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
    "dating",
    "education",
    "travel",
    "fitness",
    "shopping",
)
DEFAULT_RECHECK_DAYS = 180
# Sources that must never be cited: they copy, hide or scan other pages rather than state
# anything themselves (help-centre mirrors, URL shorteners, scanners, paste sites).
DENIED_SOURCE_HOSTS = (
    "e-signaturehome.com",
    "archive.li",
    "archive.ph",
    "archive.is",
    "archive.today",
    "bit.ly",
    "buff.ly",
    "cnb.cx",
    "cutt.ly",
    "goo.gl",
    "is.gd",
    "lnkd.in",
    "ow.ly",
    "rb.gy",
    "t.co",
    "tinyurl.com",
    "urlscan.io",
    "virustotal.com",
    "gist.github.com",
    "raw.githubusercontent.com",
    "pastebin.com",
)
# Path fragments of proxy mirrors that serve other sites' pages under their own host.
_DENIED_PATH_MARKERS = ("/mastah-kampret/",)
# The one code host whose records may be cited: datenanfragen's CC0 company records.
_CITABLE_CODE_PATHS = {"github.com": ("/datenanfragen/data/",)}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://[^\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def shipped_catalog_dir() -> Path:
    return data_dir() / "platforms"


UPDATES_DIR_NAME = "catalog"


class Source(NamedTuple):
    url: str
    kind: str  # one of SOURCE_KINDS
    read: date  # when a person read it
    quote: str  # what it says; empty for a source nobody has quoted (the fact is unverified)
    covers: tuple[str, ...] = ()  # controller fields it states

    @property
    def official(self) -> bool:
        return self.kind == "official"

    @property
    def host(self) -> str:
        return _host(self.url)


def is_verified(sources: tuple[Source, ...]) -> bool:
    """A fact is verified when at least one of its sources has been quoted."""
    return any(source.quote for source in sources)


def verified_on(sources: tuple[Source, ...]) -> date | None:
    """When the fact was last confirmed: the newest read date of its quoted sources."""
    dates = [source.read for source in sources if source.quote]
    return max(dates) if dates else None


class AiTraining(NamedTuple):
    regions: tuple[str, ...]
    trains: str  # yes, no (stated by the platform) or unknown
    since: date | None
    until: date | None
    data: str
    basis: str | None  # only in BASIS_REGIONS, only where the platform states it
    summary: str
    sources: tuple[Source, ...]


class AuthorityRef(NamedTuple):
    id: str
    sources: tuple[Source, ...]


class Controller(NamedTuple):
    regions: tuple[str, ...]
    entity: str
    country: str | None  # ISO 3166-1 alpha-2 of the entity: decides public holidays
    address: tuple[str, ...]
    email: str | None
    web_form: str | None
    dpo_email: str | None
    dpo_form: str | None
    sources: tuple[Source, ...]

    def channels(self) -> tuple[tuple[str, str], ...]:
        """Every published way to reach the controller, best first: (channel, address)."""
        found = (
            ("email", self.email),
            ("dpo_email", self.dpo_email),
            ("web_form", self.web_form),
            ("dpo_form", self.dpo_form),
            ("post", "\n".join(self.address) if self.address else None),
        )
        return tuple((channel, value) for channel, value in found if value)

    def source_for(self, field_name: str) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if field_name in s.covers)


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
    sources: tuple[Source, ...]


class PolicyEvent(NamedTuple):
    date: date
    regions: tuple[str, ...]
    summary: str
    sources: tuple[Source, ...]


class Platform(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    company: str
    category: str
    services: tuple[str, ...]
    web: str
    domains: tuple[str, ...]  # hosts that are the platform's own (official sources live there)
    privacy_policy: str | None
    recheck_days: int
    ai_training: tuple[AiTraining, ...]
    lead_authority: AuthorityRef | None
    controllers: tuple[Controller, ...]
    controls: tuple[Control, ...]
    events: tuple[PolicyEvent, ...]
    note: str
    path: Path

    def training_for(self, region: str | None) -> AiTraining | None:
        """What the platform does with the data of users in the region (the state's entry first)."""
        return _most_specific(self.ai_training, region)

    def controller_for(self, region: str | None) -> Controller | None:
        """The controller for users in the region (a state's own controller first)."""
        return _most_specific(self.controllers, region)

    def controls_for(self, region: str | None) -> tuple[Control, ...]:
        """Controls that exist where the user lives (all of them without a region)."""
        if region is None:
            return self.controls
        return tuple(c for c in self.controls if in_scope(c.regions, region))

    def training_controls_for(self, region: str | None) -> tuple[Control, ...]:
        """Controls in the region that actually stop AI training (the checklist items)."""
        return tuple(c for c in self.controls_for(region) if c.training_opt_out and c.kind != "none")

    def events_for(self, region: str | None) -> tuple[PolicyEvent, ...]:
        """Policy changes that concern users in the region (all of them without a region)."""
        if region is None:
            return self.events
        return tuple(e for e in self.events if in_scope(e.regions, region))

    def no_training_statement(self, region: str | None) -> Source | None:
        """Where the platform says it does not train on the region's users' data: the quoted
        source, its own page first; None where it says no such thing."""
        training = self.training_for(region)
        if training is None or training.trains != "no":
            return None
        quoted = sorted((s for s in training.sources if s.quote), key=lambda s: not s.official)
        return quoted[0] if quoted else None

    def says_no_training(self, region: str | None) -> bool:
        """The platform states that it does not train on the data of users in the region."""
        training = self.training_for(region)
        return training is not None and training.trains == "no"

    def control(self, control_id: str) -> Control:
        for control in self.controls:
            if control.id == control_id:
                return control
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{platform} has no control {control!r}; valid: {controls}"),
            platform=self.name,
            control=control_id,
            controls=", ".join(c.id for c in self.controls),
        )

    @property
    def regions(self) -> tuple[str, ...]:
        """Top-level regions the catalogue says something about for this platform."""
        covered = {r for c in self.controls for r in c.regions}
        covered |= {r for c in self.controllers for r in c.regions}
        covered |= {r for t in self.ai_training for r in t.regions}
        if any(r.startswith("us-") for r in covered):
            covered.add("us")
        return tuple(r for r in REGIONS if r in covered)

    def facts(self) -> tuple[tuple[str, tuple[Source, ...]], ...]:
        """Every sourced fact as (label, sources), for provenance and lint."""
        found: list[tuple[str, tuple[Source, ...]]] = []
        found += [(f"ai_training[{','.join(t.regions)}]", t.sources) for t in self.ai_training if t.sources]
        if self.lead_authority:
            found.append(("lead_authority", self.lead_authority.sources))
        found += [(f"controllers[{','.join(c.regions)}]", c.sources) for c in self.controllers]
        found += [(f"controls[{c.id}]", c.sources) for c in self.controls]
        found += [(f"events[{e.date.isoformat()}]", e.sources) for e in self.events]
        return tuple(found)

    @property
    def last_verified(self) -> date | None:
        """The date of the oldest verified fact; None when no fact is verified."""
        dates = [verified_on(sources) for _label, sources in self.facts()]
        known = [d for d in dates if d is not None]
        return min(known) if known else None

    @property
    def all_sources(self) -> tuple[Source, ...]:
        """Every source once (by URL), in the order the file cites them."""
        seen: dict[str, Source] = {}
        for _label, sources in self.facts():
            for source in sources:
                seen.setdefault(source.url, source)
        return tuple(seen.values())


def _most_specific(entries, region: str | None):
    """The entry for the region itself, else for the region containing it (a state's country)."""
    if region is None:
        return None
    for candidate in region_lineage(region):
        for entry in entries:
            if candidate in entry.regions:
                return entry
    return None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def denied_source(url: str) -> UserError | None:
    """Why a URL may not be cited, or None when it may."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if any(host == h or host.endswith("." + h) for h in DENIED_SOURCE_HOSTS):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error", "{host} is a mirror, shortener, scanner or paste site; cite the page itself"
            ),
            host=host,
        )
    if any(marker in parts.path for marker in _DENIED_PATH_MARKERS):
        return UserError(QT_TRANSLATE_NOOP("Error", "a proxy mirror of another site; cite the original page"))
    allowed_paths = _CITABLE_CODE_PATHS.get(host)
    if allowed_paths is not None and not parts.path.startswith(allowed_paths):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error", "code on {host} is not a source (only datenanfragen/data company records are)"
            ),
            host=host,
        )
    return None


class _Invalid(UserError):
    """What is wrong in a catalogue file, raised with the keyword `field`: the field's dotted
    path, or "" for the whole file. Its words leave the file and the field to CatalogProblem."""

    @property
    def field(self) -> str:
        return str(self.fields["field"])


class CatalogProblem(UserError):
    """A catalogue file that was skipped: its `path`, the `field` and the `problem` there (in
    English; the fields hold it as an error, for the GUI to word)."""

    def __init__(self, path: Path, problem: _Invalid) -> None:
        if problem.field:
            template = QT_TRANSLATE_NOOP("Error", "{file}: {key}: {problem}")
        else:
            template = QT_TRANSLATE_NOOP("Error", "{file}: {problem}")
        # "key", not "field": a catalogue key is not one of the user's fields (wording.labels).
        super().__init__(template, file=path.name, key=problem.field, problem=problem)
        self.path = path
        self.field = problem.field
        self.problem = str(problem)


def all_problems(problems: list[CatalogProblem]) -> UserError:
    """One error naming every problem (one or more), in order, separated by "; ". A field holds
    one error; halving the list keeps the nesting shallow for a catalogue with many bad files."""
    if len(problems) == 1:
        return problems[0]
    middle = len(problems) // 2
    return UserError(
        QT_TRANSLATE_NOOP("Error", "{problems}; {more}"),
        problems=all_problems(problems[:middle]),
        more=all_problems(problems[middle:]),
    )


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
            QT_TRANSLATE_NOOP("Error", "unknown platform {platform!r}; valid ids: {ids}"),
            platform=platform_id,
            ids=", ".join(p.id for p in self.platforms),
        )

    def find(self, text: str) -> Platform:
        """A platform by id, name or alias, in any case ("chatgpt", "Twitter"); a UserError
        that suggests the closest ids when nothing matches."""
        wanted = " ".join(text.split()).casefold()
        for platform in self.platforms:
            names = (platform.id, platform.name, *platform.aliases)
            if wanted in (name.casefold() for name in names):
                return platform
        import difflib

        ids = {name.casefold(): p.id for p in self.platforms for name in (p.id, p.name, *p.aliases)}
        close = dict.fromkeys(ids[m] for m in difflib.get_close_matches(wanted, ids, n=5, cutoff=0.6))
        if close:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "unknown platform {platform!r}; did you mean {close}?"),
                platform=text,
                close=", ".join(close),
            )
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown platform {platform!r}"),
            code="platform_unknown",
            platform=text,
            count=len(self.platforms),
        )

    def ids(self) -> list[str]:
        return [p.id for p in self.platforms]

    def for_region(self, region: str | None) -> list[Platform]:
        if region is None:
            return list(self.platforms)
        return [p for p in self.platforms if region in p.regions]


def load_catalog(directory: Path | None = None, cache_dir: Path | None = None) -> Catalog:
    """Load every *.toml in the directory (the shipped catalogue by default).

    With a cache_dir, unchanged files come as validated platforms from a cache (parsing and
    validating is most of the cost, and grows with the catalogue); a changed file, or any
    file after the validation code changed, is read and checked again.
    """
    directory = Path(directory) if directory is not None else shipped_catalog_dir()
    if not directory.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "catalogue directory {path} does not exist or is not a folder"),
            path=directory,
        )
    paths = sorted(directory.glob("*.toml"), key=lambda path: path.name)  # names sort faster than Paths
    cache = _PlatformCache(cache_dir, directory, paths) if cache_dir is not None else None
    platforms: list[Platform] = []
    problems: list[CatalogProblem] = []
    seen: set[str] = set()
    for path in paths:
        try:
            platform = cache.platform(path) if cache else load_platform_file(path)
        except _Invalid as error:
            problems.append(CatalogProblem(path, error))
            continue
        if platform.id in seen:
            duplicate = _Invalid(
                QT_TRANSLATE_NOOP("Error", "duplicate platform id {id!r}"), field="id", id=platform.id
            )
            problems.append(CatalogProblem(path, duplicate))
            continue
        seen.add(platform.id)
        platforms.append(platform)
    if cache:
        cache.save()
    platforms.sort(key=lambda p: p.name.casefold())
    return Catalog(directory=directory, platforms=platforms, problems=problems)


def load_platform_file(path: Path) -> Platform:
    return _platform_from_raw(_read_toml(path), path)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "not valid TOML: {reason}"), field="", reason=error
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise _Invalid(QT_TRANSLATE_NOOP("Error", "cannot read: {reason}"), field="", reason=error) from None


def _platform_from_raw(raw: dict[str, Any], path: Path) -> Platform:
    platform = parse_platform(raw, path)
    if platform.id != path.stem:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "{id!r} does not match the file name {name!r}"),
            field="id",
            id=platform.id,
            name=path.stem,
        )
    return platform


class _PlatformCache:
    """Validated platforms of a catalogue directory, keyed by each file's name, size and mtime.

    Pickled in the private data directory (written only by this app, like the database).
    The whole cache is dropped when the code that validates and defines platforms changes
    (this module and the region list it checks against), so a rule added in a new version
    is applied to every file. Invalid files are not cached: their problem is found again.
    """

    def __init__(self, cache_dir: Path, directory: Path, paths: list[Path]) -> None:
        import zlib

        stamp = f"{zlib.crc32(str(directory.resolve()).encode()):08x}"
        self.path = cache_dir / f"catalog-{stamp}.pickle"
        self.format = _cache_format()
        self.entries: dict[str, tuple[list[int], Platform]] = {}
        self.changed = False
        import gc
        import pickle

        collecting = gc.isenabled()
        gc.disable()  # unpickling makes thousands of objects and no garbage: collecting only slows it
        try:
            with self.path.open("rb") as handle:
                stored = pickle.load(handle)
            if stored["format"] == self.format:
                self.entries = dict(stored["files"])
        except Exception:  # any damage to a cache only means parsing again
            self.entries = {}
        finally:
            # The platforms hold no reference cycles and live as long as the catalogue: kept out
            # of the collector's passes, the full pass their number would set off soon costs
            # nothing (refcounting still frees them with the catalogue).
            gc.freeze()
            if collecting:
                gc.enable()
        self.keys = {p.name: _file_key(p) for p in paths}

    def platform(self, path: Path) -> Platform:
        entry = self.entries.get(path.name)
        fresh = isinstance(entry, tuple) and len(entry) == 2 and entry[0] == self.keys[path.name]
        if fresh and isinstance(entry[1], Platform):  # type: ignore[index]
            return entry[1]._replace(path=path)  # type: ignore[index]
        self.entries.pop(path.name, None)
        self.changed = True
        platform = load_platform_file(path)
        # Stored without its own path (known at load; a thousand paths cost more to unpickle than one).
        self.entries[path.name] = (self.keys[path.name], platform._replace(path=_NO_PATH))
        return platform

    def save(self) -> None:
        stale = set(self.entries) - set(self.keys)
        for name in stale:
            del self.entries[name]
        if not (self.changed or stale):
            return
        import os
        import pickle

        try:
            # Never create missing parents: the data directory is made (0700) elsewhere.
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            data = {"format": self.format, "files": self.entries}
            # Private like every file in the data directory; no fsync: a lost cache only costs speed.
            descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(self.path)
            self.path.with_suffix(".marshal").unlink(missing_ok=True)  # the cache's format before 0.3
        except (OSError, ValueError, pickle.PicklingError):
            pass  # A cache that cannot be written only costs speed next time.


_NO_PATH = Path()


def _cache_format() -> list[Any]:
    """What a cached platform depends on besides its file: the schema, the app version and
    the source files of the rules (which change without a version bump in a checkout)."""
    import sys

    from opt_out_gui import __version__
    from opt_out_gui.core import countries

    rules = (sys.modules[__name__], countries)
    return [SCHEMA_VERSION, __version__, *(_file_key(Path(module.__file__ or "")) for module in rules)]


def _file_key(path: Path) -> list[int]:
    try:
        stat = path.stat()
    except OSError:
        return [-1, -1]
    return [stat.st_size, stat.st_mtime_ns]


def validate_platform_file(path: Path) -> CatalogProblem | None:
    """The problem with one file, or None when it is valid."""
    try:
        load_platform_file(path)
    except _Invalid as error:
        return CatalogProblem(path, error)
    return None


def parse_platform(raw: dict[str, Any], path: Path) -> Platform:
    reader = _Reader(raw, "")
    reader.reject_unknown(
        {
            "schema",
            "id",
            "name",
            "aliases",
            "company",
            "category",
            "services",
            "web",
            "domains",
            "privacy_policy",
            "recheck_days",
            "note",
            "ai_training",
            "lead_authority",
            "controllers",
            "controls",
            "events",
        }
    )
    if reader.required("schema", int) != SCHEMA_VERSION:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "must be {version} (see the schema in CONTRIBUTING.md)"),
            field="schema",
            version=SCHEMA_VERSION,
        )
    platform_id = reader.required("id", str, rule="id")
    web = reader.required("web", str, rule="url")
    privacy_policy = reader.optional("privacy_policy", str, rule="url")
    extra_domains = reader.string_list("domains")
    for domain in extra_domains:
        if "/" in domain or "." not in domain or domain != domain.lower() or not _single_line(domain):
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "{domain!r} is not a lowercase host name like example.com"),
                field="domains",
                domain=domain,
            )
    own_hosts = [_host(web), *([_host(privacy_policy)] if privacy_policy else []), *extra_domains]
    sources = _SourceRules(tuple(dict.fromkeys(own_hosts)))

    training = tuple(
        _parse_training(item, f"ai_training[{i}]", sources)
        for i, item in enumerate(reader.optional("ai_training", list) or [])
    )
    _check_regions_unique(training, "ai_training")
    authority_raw = reader.optional("lead_authority", dict)
    lead_authority = None
    if authority_raw is not None:
        authority = _Reader(authority_raw, "lead_authority")
        authority.reject_unknown({"id", "sources"})
        lead_authority = AuthorityRef(authority.required("id", str), sources.read(authority))
    controllers = tuple(
        _parse_controller(item, f"controllers[{i}]", sources)
        for i, item in enumerate(reader.optional("controllers", list) or [])
    )
    _check_regions_unique(controllers, "controllers")
    controls = tuple(
        _parse_control(item, f"controls[{i}]", sources)
        for i, item in enumerate(reader.optional("controls", list) or [])
    )
    ids = [c.id for c in controls]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "duplicate control id {id!r}"), field="controls", id=duplicate
        )
    if not controls and not any(t.trains == "no" for t in training):
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "Error",
                'at least one control is required (kind = "none" if none exists), unless the platform '
                'states it does not train (ai_training with trains = "no")',
            ),
            field="controls",
        )
    events = (
        _parse_event(item, f"events[{i}]", sources)
        for i, item in enumerate(reader.optional("events", list) or [])
    )
    return Platform(
        id=platform_id,
        name=reader.required("name", str, rule="line"),
        aliases=tuple(reader.string_list("aliases")),
        company=reader.required("company", str, rule="line"),
        category=reader.choice("category", CATEGORIES),
        services=tuple(reader.string_list("services")),
        web=web,
        domains=sources.domains,
        privacy_policy=privacy_policy,
        recheck_days=reader.optional("recheck_days", int, rule="positive") or DEFAULT_RECHECK_DAYS,
        ai_training=training,
        lead_authority=lead_authority,
        controllers=controllers,
        controls=controls,
        events=tuple(sorted(events, key=lambda e: e.date)),
        note=reader.optional("note", str) or "",
        path=path,
    )


def _check_regions_unique(entries: tuple, field_name: str) -> None:
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        twice = seen & set(entry.regions)
        if twice:
            raise _Invalid(
                QT_TRANSLATE_NOOP(
                    "Error", "{region!r} is already in an earlier entry; a region has one entry"
                ),
                field=f"{field_name}[{index}].regions",
                region=sorted(twice)[0],
            )
        seen |= set(entry.regions)


def _parse_training(raw: Any, where: str, sources: _SourceRules) -> AiTraining:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown({"regions", "trains", "since", "until", "data", "basis", "summary", "sources"})
    regions = reader.regions()
    basis = reader.optional("basis", str)
    if basis is not None:
        if basis not in BASES:
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "{value!r} is not one of {choices}"),
                field=f"{where}.basis",
                value=basis,
                choices=", ".join(BASES),
            )
        outside = [r for r in regions if r not in BASIS_REGIONS]
        if outside:
            raise _Invalid(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "a legal basis is only recorded for {regions}, whose laws have one; "
                    "{region!r} does not (split the entry)",
                ),
                field=f"{where}.basis",
                regions=", ".join(BASIS_REGIONS),
                region=outside[0],
            )
    since = reader.optional("since", date)
    until = reader.optional("until", date)
    if since and until and until < since:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "{until} is before since ({since})"),
            field=f"{where}.until",
            until=until.isoformat(),
            since=since.isoformat(),
        )
    trains = reader.choice("trains", TRAINS)
    data = reader.optional("data", str) or ""
    # "unknown" with nothing else states no fact, only what the sources leave open: no source needed.
    states_nothing = trains == "unknown" and not (basis or since or until or data)
    return AiTraining(
        regions=regions,
        trains=trains,
        since=since,
        until=until,
        data=data,
        basis=basis,
        summary=reader.required("summary", str),
        sources=sources.read(reader, optional=states_nothing),
    )


def _parse_controller(raw: Any, where: str, sources: _SourceRules) -> Controller:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown({"regions", *CONTACT_FIELDS, "sources"})
    controller = Controller(
        regions=reader.regions(),
        entity=reader.required("entity", str, rule="line"),
        country=reader.optional("country", str, rule="country"),
        address=tuple(reader.string_list("address")),
        email=reader.optional("email", str, rule="email"),
        web_form=reader.optional("web_form", str, rule="url"),
        dpo_email=reader.optional("dpo_email", str, rule="email"),
        dpo_form=reader.optional("dpo_form", str, rule="url"),
        sources=sources.read(reader, controller=True),
    )
    for line in controller.address:
        if not _single_line(line):
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "{line!r}: one line per entry, without control characters"),
                field=f"{where}.address",
                line=line,
            )
    if controller.address and not controller.country:
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "is required with an address (it decides the deadline's holidays)"),
            field=f"{where}.country",
        )
    covered = {name for source in controller.sources for name in source.covers}
    for name in CONTACT_FIELDS:
        if not getattr(controller, name) or name in covered:
            continue
        if name == "country" and "address" in covered:
            continue  # the address a source states names the country
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "no source covers {name!r}; every contact field needs its source"),
            field=f"{where}.sources",
            name=name,
        )
    return controller


def _parse_control(raw: Any, where: str, sources: _SourceRules) -> Control:
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
        raise _Invalid(
            QT_TRANSLATE_NOOP("Error", "a {kind} needs at least one step"), field=f"{where}.steps", kind=kind
        )
    return Control(
        id=reader.required("id", str, rule="id"),
        title=reader.required("title", str, rule="line"),
        kind=kind,
        training_opt_out=reader.required("training_opt_out", bool),
        regions=reader.regions(),
        scope=reader.choice("scope", SCOPES),
        steps=steps,
        url=reader.optional("url", str, rule="url"),
        default=reader.choice("default", DEFAULTS, default="unknown"),
        retroactive=reader.choice("retroactive", TRI_STATES, default="unknown"),
        confirmation=reader.choice("confirmation", TRI_STATES, default="unknown"),
        note=reader.optional("note", str) or "",
        sources=sources.read(reader),
    )


def _parse_event(raw: Any, where: str, sources: _SourceRules) -> PolicyEvent:
    reader = _Reader(_as_table(raw, where), where)
    reader.reject_unknown({"date", "regions", "summary", "sources"})
    return PolicyEvent(
        date=reader.required("date", date),
        regions=reader.regions(),
        summary=reader.required("summary", str),
        sources=sources.read(reader),
    )


class _SourceRules:
    """Reads a fact's sources: kinds, dates, denied hosts, official pages on the platform's own hosts."""

    def __init__(self, domains: tuple[str, ...]) -> None:
        self.domains = domains

    def read(self, reader: _Reader, controller: bool = False, optional: bool = False) -> tuple[Source, ...]:
        items = reader.optional("sources", list)
        if not items:
            if optional:
                return ()
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "is required: every fact needs a source"),
                field=reader.name("sources"),
            )
        today = date.today()
        found = []
        for index, item in enumerate(items):
            where = f"{reader.name('sources')}[{index}]"
            source = _Reader(_as_table(item, where), where)
            source.reject_unknown({"url", "kind", "read", "quote", "covers"})
            url = source.required("url", str, rule="url")
            denied = denied_source(url)
            if denied:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "{url}: {problem}"),
                    field=f"{where}.url",
                    url=url,
                    problem=denied,
                )
            kind = source.choice("kind", SOURCE_KINDS)
            host = _host(url)
            if kind == "official" and not any(host == d or host.endswith("." + d) for d in self.domains):
                raise _Invalid(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "{host} is not one of the platform's own hosts ({hosts}); "
                        "add it to domains if it is, or choose another kind",
                    ),
                    field=f"{where}.kind",
                    host=host,
                    hosts=", ".join(self.domains),
                )
            read = source.required("read", date)
            if read > today:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "{date} is in the future"),
                    field=f"{where}.read",
                    date=read.isoformat(),
                )
            covers = tuple(source.string_list("covers"))
            unknown = [c for c in covers if c not in CONTACT_FIELDS]
            if unknown:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "{value!r} is not one of {choices}"),
                    field=f"{where}.covers",
                    value=unknown[0],
                    choices=", ".join(CONTACT_FIELDS),
                )
            if covers and not controller:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "only controller sources say which fields they state"),
                    field=f"{where}.covers",
                )
            found.append(Source(url, kind, read, source.optional("quote", str) or "", covers))
        return tuple(found)


def _as_table(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Invalid(QT_TRANSLATE_NOOP("Error", "must be a table"), field=where)
    return raw


def _is_id(value: str) -> bool:
    return bool(_ID.match(value))


def _is_url(value: str) -> bool:
    return bool(_URL.match(value)) and _single_line(value)


def _single_line(value: str) -> bool:
    """One line of printable text: no newline, tab or other control or separator character."""
    import unicodedata

    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value)


def _is_email(value: str) -> bool:
    """One plain address (local@domain): nothing a mail header could read as a second one."""
    from email.headerregistry import Address

    if not _single_line(value) or any(ch in value for ch in ' ,;<>()[]"\\'):
        return False
    try:
        parsed = Address(addr_spec=value)
    except (ValueError, IndexError):
        return False
    return parsed.addr_spec == value and "." in parsed.domain


def _is_country(value: str) -> bool:
    from opt_out_gui.core.countries import is_country

    return bool(_COUNTRY.match(value)) and is_country(value)


# What a checked value must be (_Reader.optional's `rule`).
_Rule = Literal["id", "url", "line", "email", "country", "positive"]


def _check(field_name: str, value: Any, rule: _Rule) -> None:
    """Raise _Invalid saying what the value must be when it breaks `rule`."""
    if rule == "id" and not _is_id(value):
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not lowercase letters, digits, -")
    elif rule == "url" and not _is_url(value):
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not an http(s) URL")
    elif rule == "line" and not _single_line(value):
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not one line of text")
    elif rule == "email" and not _is_email(value):
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not one email address")
    elif rule == "country" and not _is_country(value):
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not an ISO 3166-1 code like IE")
    elif rule == "positive" and not value > 0:
        template = QT_TRANSLATE_NOOP("Error", "{value!r} is not > 0")
    else:
        return
    raise _Invalid(template, field=field_name, value=value)


def _wrong_type(field_name: str, kind: type, value: Any) -> _Invalid:
    """The problem with a value that is not of the type the schema gives the field."""
    if kind is str:
        template = QT_TRANSLATE_NOOP("Error", "must be text, not {value!r}")
    elif kind is int:
        template = QT_TRANSLATE_NOOP("Error", "must be a whole number, not {value!r}")
    elif kind is bool:
        template = QT_TRANSLATE_NOOP("Error", "must be true or false, not {value!r}")
    elif kind is date:
        template = QT_TRANSLATE_NOOP("Error", "must be a date, not {value!r}")
    elif kind is dict:
        template = QT_TRANSLATE_NOOP("Error", "must be a table, not {value!r}")
    else:  # list, the last type a field can have
        template = QT_TRANSLATE_NOOP("Error", "must be a list, not {value!r}")
    return _Invalid(template, field=field_name, value=value)


class _Reader:
    """Typed access to one TOML table, raising _Invalid with the dotted field path."""

    def __init__(self, table: dict[str, Any], prefix: str) -> None:
        self.table = table
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def reject_unknown(self, known: set[str]) -> None:
        unknown = sorted(set(self.table) - known)
        if unknown:
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "unknown field (see the schema in CONTRIBUTING.md)"),
                field=self.name(unknown[0]),
            )

    def optional(self, key: str, kind: type, rule: _Rule | None = None) -> Any:
        if key not in self.table:
            return None
        value = self.table[key]
        # bool is an int subclass and datetime a date subclass: reject both explicitly.
        wrong_type = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if kind is date and hasattr(value, "hour"):
            wrong_type = True
        if wrong_type:
            raise _wrong_type(self.name(key), kind, value)
        if kind is str and not value.strip():
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "must not be empty (leave the field out instead)"),
                field=self.name(key),
            )
        if rule is not None:
            _check(self.name(key), value, rule)
        return value

    def required(self, key: str, kind: type, rule: _Rule | None = None) -> Any:
        if key not in self.table:
            raise _Invalid(QT_TRANSLATE_NOOP("Error", "is required"), field=self.name(key))
        return self.optional(key, kind, rule)

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        if default is not None and key not in self.table:
            return default
        value = self.required(key, str)
        if value not in allowed:
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "{value!r} is not one of {choices}"),
                field=self.name(key),
                value=value,
                choices=", ".join(allowed),
            )
        return value

    def string_list(self, key: str) -> list[str]:
        values = self.optional(key, list) or []
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "must hold non-empty text only, not {value!r}"),
                    field=self.name(key),
                    value=value,
                )
        return values

    def regions(self) -> tuple[str, ...]:
        values = self.string_list("regions")
        if not values:
            raise _Invalid(
                QT_TRANSLATE_NOOP("Error", "is required: one or more of {regions}, us-ca..."),
                field=self.name("regions"),
                regions=", ".join(REGIONS),
            )
        for value in values:
            if not is_region(value):
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Error", "{value!r} is not one of {regions} or a US state like us-ca"),
                    field=self.name("regions"),
                    value=value,
                    regions=", ".join(REGIONS),
                )
        order = {region: index for index, region in enumerate(REGIONS)}
        return tuple(sorted(dict.fromkeys(values), key=lambda r: (order.get(r, order["us"]), r)))


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
