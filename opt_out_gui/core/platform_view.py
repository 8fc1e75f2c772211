"""JSON views of catalogue entries, shared by the CLI and the GUI so both show the same data."""

from __future__ import annotations

from opt_out_gui.core.catalog import Control, Platform


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
        "sources": list(control.sources),
    }


def platform_summary_json(platform: Platform, region: str | None) -> dict:
    opt_outs = platform.training_controls_for(region)
    return {
        "id": platform.id,
        "name": platform.name,
        "company": platform.company,
        "category": platform.category,
        "ai_training_basis": platform.ai_training.basis,
        "opt_out_controls": len(opt_outs),
        "needs_letter": not opt_outs,
        "last_verified": platform.last_verified.isoformat(),
    }


def platform_json(platform: Platform, region: str | None = None) -> dict:
    return {
        "id": platform.id,
        "name": platform.name,
        "company": platform.company,
        "category": platform.category,
        "services": list(platform.services),
        "web": platform.web,
        "privacy_policy": platform.privacy_policy,
        "last_verified": platform.last_verified.isoformat(),
        "recheck_days": platform.recheck_days,
        "ai_training": {
            "basis": platform.ai_training.basis,
            "summary": platform.ai_training.summary,
            "sources": list(platform.ai_training.sources),
        },
        "lead_authority": (
            {"id": platform.lead_authority.id, "sources": list(platform.lead_authority.sources)}
            if platform.lead_authority
            else None
        ),
        "controllers": [
            {
                "regions": list(c.regions),
                "entity": c.entity,
                "address": list(c.address),
                "email": c.email,
                "web_form": c.web_form,
                "dpo": c.dpo,
                "sources": list(c.sources),
            }
            for c in platform.controllers
            if region is None or region in c.regions
        ],
        "controls": [control_json(c) for c in platform.controls_for(region)],
        "needs_letter": not platform.training_controls_for(region),
        "events": [
            {"date": e.date.isoformat(), "summary": e.summary, "sources": list(e.sources)}
            for e in platform.events
        ],
        "note": platform.note,
        "sources": list(platform.all_sources),
    }
