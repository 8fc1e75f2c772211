"""How well the catalogue is sourced: official-source share, gaps in contacts, unverified facts.

Schema errors and denied source hosts are problems (the loader refuses the file); the rest
are measures a maintainer works down. `opt-out catalog lint` prints this report, and CI
fails on problems only.
"""

from __future__ import annotations

from dataclasses import dataclass

from opt_out_gui.core.catalog import Catalog, Platform, is_verified

# Share of official sources the catalogue aims for (issue: at least 60%).
OFFICIAL_SHARE_TARGET = 0.6


@dataclass(frozen=True)
class PlatformLint:
    id: str
    sources: int
    official: int
    controls_without_official_source: tuple[str, ...]
    regions_without_controller: tuple[str, ...]
    regions_without_contact: tuple[str, ...]  # a controller is named but no channel is published
    unverified_facts: tuple[str, ...]

    @property
    def official_share(self) -> float:
        return self.official / self.sources if self.sources else 0.0

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "sources": self.sources,
            "official_sources": self.official,
            "official_share": round(self.official_share, 3),
            "controls_without_official_source": list(self.controls_without_official_source),
            "regions_without_controller": list(self.regions_without_controller),
            "regions_without_contact": list(self.regions_without_contact),
            "unverified_facts": list(self.unverified_facts),
        }


@dataclass(frozen=True)
class CatalogLint:
    platforms: tuple[PlatformLint, ...]
    problems: tuple[str, ...]  # files the loader refused: schema errors, denied hosts

    @property
    def sources(self) -> int:
        return sum(p.sources for p in self.platforms)

    @property
    def official(self) -> int:
        return sum(p.official for p in self.platforms)

    @property
    def official_share(self) -> float:
        return self.official / self.sources if self.sources else 0.0

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def to_json(self) -> dict:
        return {
            "platforms": [p.to_json() for p in self.platforms],
            "problems": list(self.problems),
            "sources": self.sources,
            "official_sources": self.official,
            "official_share": round(self.official_share, 3),
            "official_share_target": OFFICIAL_SHARE_TARGET,
            "controls_without_official_source": sum(
                len(p.controls_without_official_source) for p in self.platforms
            ),
            "regions_without_controller": sum(len(p.regions_without_controller) for p in self.platforms),
            "regions_without_contact": sum(len(p.regions_without_contact) for p in self.platforms),
            "unverified_facts": sum(len(p.unverified_facts) for p in self.platforms),
        }


def lint_platform(platform: Platform) -> PlatformLint:
    sources = platform.all_sources
    served = platform.regions
    without_controller = []
    without_contact = []
    for region in served:
        controller = platform.controller_for(region)
        if controller is None:
            without_controller.append(region)
        elif not controller.channels():
            without_contact.append(region)
    return PlatformLint(
        id=platform.id,
        sources=len(sources),
        official=sum(s.official for s in sources),
        controls_without_official_source=tuple(
            c.id for c in platform.controls if not any(s.official for s in c.sources)
        ),
        regions_without_controller=tuple(without_controller),
        regions_without_contact=tuple(without_contact),
        unverified_facts=tuple(label for label, facts in platform.facts() if not is_verified(facts)),
    )


def lint_catalog(catalog: Catalog) -> CatalogLint:
    return CatalogLint(
        platforms=tuple(lint_platform(p) for p in catalog.platforms),
        problems=tuple(str(problem) for problem in catalog.problems),
    )
