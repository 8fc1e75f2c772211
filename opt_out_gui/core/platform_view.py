"""JSON views of catalogue entries, shared by the CLI and the GUI so both show the same data.

With a region, a view holds only the facts that are true there (a fact of another region
never reaches the user); without one, every fact with its regions.
"""

from __future__ import annotations

from opt_out_gui.core.catalog import (
    AiTraining,
    Control,
    Controller,
    Platform,
    Source,
    is_verified,
    verified_on,
)
from opt_out_gui.core.countries import in_scope


def source_json(source: Source) -> dict:
    return {
        "url": source.url,
        "kind": source.kind,
        "official": source.official,
        "read": source.read.isoformat(),
        "quote": source.quote or None,
    }


def _provenance(sources: tuple[Source, ...]) -> dict:
    """Whether a fact comes from the platform itself, and when it was last confirmed."""
    confirmed = verified_on(sources)
    return {
        "verified": is_verified(sources),
        "from_platform": any(s.official for s in sources),
        "verified_on": confirmed.isoformat() if confirmed else None,
        "sources": [source_json(s) for s in sources],
    }


def control_json(control: Control) -> dict:
    return {
        "id": control.id,
        "title": control.title,
        "kind": control.kind,
        "training_opt_out": control.training_opt_out,
        "regions": list(control.regions),
        "scope": control.scope,
        "steps": list(control.steps),
        "url": control.url,
        "default": control.default,
        "retroactive": control.retroactive,
        "confirmation": control.confirmation,
        "note": control.note,
    } | _provenance(control.sources)


def training_json(training: AiTraining) -> dict:
    return {
        "regions": list(training.regions),
        "trains": training.trains,
        "since": training.since.isoformat() if training.since else None,
        "until": training.until.isoformat() if training.until else None,
        "data": training.data or None,
        "basis": training.basis,
        "summary": training.summary,
    } | _provenance(training.sources)


def controller_json(controller: Controller) -> dict:
    return {
        "regions": list(controller.regions),
        "entity": controller.entity,
        "country": controller.country,
        "address": list(controller.address),
        "email": controller.email,
        "web_form": controller.web_form,
        "dpo_email": controller.dpo_email,
        "dpo_form": controller.dpo_form,
        "channels": [channel for channel, _value in controller.channels()],
    } | _provenance(controller.sources)


def platform_summary_json(platform: Platform, region: str | None) -> dict:
    opt_outs = platform.training_controls_for(region)
    training = platform.training_for(region)
    last_verified = platform.last_verified
    return {
        "id": platform.id,
        "name": platform.name,
        "aliases": list(platform.aliases),
        "company": platform.company,
        "category": platform.category,
        "trains": training.trains if training else None,
        "ai_training_basis": training.basis if training else None,
        "opt_out_controls": len(opt_outs),
        "no_action_needed": platform.says_no_training(region),
        "needs_letter": not opt_outs and not platform.says_no_training(region),
        "last_verified": last_verified.isoformat() if last_verified else None,
    }


def platform_json(platform: Platform, region: str | None = None) -> dict:
    trainings = platform.ai_training if region is None else _kept(platform.training_for(region))
    controllers = platform.controllers if region is None else _kept(platform.controller_for(region))
    sources = platform.all_sources
    last_verified = platform.last_verified
    return {
        "id": platform.id,
        "name": platform.name,
        "aliases": list(platform.aliases),
        "company": platform.company,
        "category": platform.category,
        "services": list(platform.services),
        "web": platform.web,
        "privacy_policy": platform.privacy_policy,
        "region": region,
        "last_verified": last_verified.isoformat() if last_verified else None,
        "recheck_days": platform.recheck_days,
        "ai_training": [training_json(t) for t in trainings],
        "lead_authority": (
            {"id": platform.lead_authority.id} | _provenance(platform.lead_authority.sources)
            if platform.lead_authority and (region is None or in_scope(("eu",), region))
            else None
        ),
        "controllers": [controller_json(c) for c in controllers],
        "controls": [control_json(c) for c in platform.controls_for(region)],
        "no_action_needed": platform.says_no_training(region),
        "needs_letter": not platform.training_controls_for(region) and not platform.says_no_training(region),
        "events": [
            {"date": e.date.isoformat(), "regions": list(e.regions), "summary": e.summary}
            | _provenance(e.sources)
            for e in platform.events_for(region)
        ],
        "note": platform.note,
        "official_share": round(sum(s.official for s in sources) / len(sources), 2) if sources else 0,
    }


def _kept(entry):
    return (entry,) if entry is not None else ()
