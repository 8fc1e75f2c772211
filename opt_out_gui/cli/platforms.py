"""`opt-out platforms`: the catalogue of platforms and their AI-training controls."""

from __future__ import annotations

import argparse
import textwrap

from opt_out_gui.cli.common import catalog_from_args, print_json
from opt_out_gui.core.catalog import Platform
from opt_out_gui.core.countries import REGION_NAMES, REGIONS
from opt_out_gui.core.platform_view import platform_json, platform_summary_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "platforms",
        help="list the platforms in the catalogue and how to opt out on each",
        description="List the platforms in the catalogue with the AI-training controls "
        "that exist in a region.",
    )
    parser.add_argument("--region", choices=REGIONS, help="only controls that exist in this region")
    parser.add_argument("--json", action="store_true", help="print JSON with stable keys")
    parser.set_defaults(handler=_list)
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    show = actions.add_parser(
        "show", help="show one platform in full", description="Show one platform with its sources."
    )
    show.add_argument("id", metavar="ID", help="platform id, e.g. linkedin")
    show.add_argument("--region", choices=REGIONS, help="only controls that exist in this region")
    show.add_argument("--json", action="store_true", help="print JSON with stable keys")
    show.set_defaults(handler=_show)


def _list(args: argparse.Namespace) -> int:
    catalog = catalog_from_args(args)
    rows = [platform_summary_json(p, args.region) for p in catalog.platforms]
    if args.json:
        print_json(rows)
        return 0
    where = f" in {REGION_NAMES[args.region]}" if args.region else ""
    print(f"{len(rows)} platforms{where}:\n")
    for row in rows:
        if row["opt_out_controls"]:
            how = f"{row['opt_out_controls']} opt-out control(s)"
        else:
            how = "no opt-out control: send a letter"
        print(f"  {row['id']:<18} {row['name']:<22} {how}")
    return 0


def _show(args: argparse.Namespace) -> int:
    platform = catalog_from_args(args).get(args.id)
    if args.json:
        print_json(platform_json(platform, args.region))
        return 0
    _print_platform(platform, args.region)
    return 0


def _print_platform(platform: Platform, region: str | None) -> None:
    data = platform_json(platform, region)
    print(f"{platform.name} ({platform.company})")
    print(f"  {platform.web}   last verified {data['last_verified']}")
    basis = data["ai_training"]["basis"].replace("_", " ")
    print(f"\nAI training (legal basis claimed: {basis})")
    for line in textwrap.wrap(data["ai_training"]["summary"], 76):
        print(f"  {line}")
    print("\nControls" + (f" in {REGION_NAMES[region]}" if region else ""))
    if not data["controls"]:
        print("  None known here: a request letter is the way to object.")
    for control in data["controls"]:
        marker = "" if control["training_opt_out"] else "  [not an AI-training opt-out]"
        print(f"  - {control['title']} ({control['kind']}, {control['scope']}){marker}")
        for number, step in enumerate(control["steps"], 1):
            print(f"      {number}. {step}")
        if control["url"]:
            print(f"      {control['url']}")
        if control["note"]:
            for line in textwrap.wrap(control["note"], 72):
                print(f"      {line}")
    if data["controllers"]:
        print("\nControllers")
        for controller in data["controllers"]:
            regions = ", ".join(REGION_NAMES[r] for r in controller["regions"])
            print(f"  {controller['entity']} ({regions})")
            for line in controller["address"]:
                print(f"      {line}")
            for key in ("email", "web_form"):
                if controller[key]:
                    print(f"      {controller[key]}")
    if data["events"]:
        print("\nPolicy changes")
        for event in data["events"]:
            print(f"  {event['date']}  {event['summary']}")
    if data["note"]:
        print(f"\nNote: {data['note']}")
    print(f"\nSources ({len(data['sources'])})")
    for source in data["sources"]:
        print(f"  {source}")
