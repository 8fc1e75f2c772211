"""`opt-out platforms`: the catalogue of platforms and their AI-training controls."""

from __future__ import annotations

import argparse
import textwrap

from opt_out_gui.cli.common import catalog_from_args, print_json, profile_region
from opt_out_gui.core.catalog import Platform
from opt_out_gui.core.countries import REGIONS, is_region
from opt_out_gui.core.platform_view import platform_json, platform_summary_json
from opt_out_gui.wording.labels import label_of, region_name

ALL_REGIONS = "all"


def _region(text: str) -> str:
    value = text.strip().lower()
    if value == ALL_REGIONS or is_region(value):
        return value
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a region: one of {', '.join(REGIONS)}, a US state like us-ca, or {ALL_REGIONS}"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    region_help = (
        "only facts and controls of this region (eu, uk, ch, us, us-ca..., ca, br, other); "
        f"default: your profile's region; '{ALL_REGIONS}' for every region"
    )
    parser = subparsers.add_parser(
        "platforms",
        help="list the platforms in the catalogue and how to opt out on each",
        description="List the platforms in the catalogue with the AI-training controls "
        "that exist in a region.",
    )
    parser.add_argument("--region", type=_region, help=region_help)
    parser.add_argument("--json", action="store_true", help="print JSON with stable keys")
    parser.set_defaults(handler=_list)
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    show = actions.add_parser(
        "show", help="show one platform in full", description="Show one platform with its sources."
    )
    show.add_argument("id", metavar="ID", help="platform id, e.g. linkedin")
    show.add_argument("--region", type=_region, help=region_help)
    show.add_argument("--json", action="store_true", help="print JSON with stable keys")
    show.set_defaults(handler=_show)


def _chosen_region(args: argparse.Namespace) -> str | None:
    if args.region == ALL_REGIONS:
        return None
    return args.region or profile_region(args)


def _list(args: argparse.Namespace) -> int:
    catalog = catalog_from_args(args)
    region = _chosen_region(args)
    if args.json:
        print_json([platform_summary_json(p, region) for p in catalog.platforms])
        return 0
    where = f" in {region_name(region)}" if region else " (all regions)"
    lines = [f"{len(catalog.platforms)} platforms{where}:\n"]
    for platform in catalog.platforms:  # only what the line shows: a summary also dates every source
        count = len(platform.training_controls_for(region))
        if platform.says_no_training(region):
            how = "says it does not train on your data: no action needed"
        elif count:
            how = f"{count} opt-out control" + ("" if count == 1 else "s")
        else:
            how = "no opt-out control: send a letter"
        lines.append(f"  {platform.id:<18} {platform.name:<22} {how}")
    print("\n".join(lines))
    if region:
        print(f"\nShowing {region_name(region)}; --region {ALL_REGIONS} shows every region.")
    return 0


def _show(args: argparse.Namespace) -> int:
    platform = catalog_from_args(args).find(args.id)
    region = _chosen_region(args)
    if args.json:
        print_json(platform_json(platform, region))
        return 0
    _print_platform(platform, region)
    return 0


def _print_platform(platform: Platform, region: str | None) -> None:
    data = platform_json(platform, region)
    shown = [data["ai_training"], data["controllers"], data["controls"], data["events"]]
    if data["lead_authority"]:
        shown.append([data["lead_authority"]])
    cited = {s["url"]: s for facts in shown for fact in facts for s in fact["sources"]}
    numbers = {url: index for index, url in enumerate(cited, 1)}
    print(f"{platform.name} ({platform.company})")
    verified = data["last_verified"] or "never (no fact has a quoted source)"
    print(f"  {platform.web}   oldest verified fact: {verified}")
    print(f"  Showing: {region_name(region) if region else 'every region'}")

    print("\nAI training")
    if not data["ai_training"]:
        print("  The catalogue has no information for this region.")
    for training in data["ai_training"]:
        _print_wrapped(_training_line(training), 2)
        if training["data"]:
            _print_wrapped(f"Data used: {training['data']}", 4)
        _print_provenance(training, numbers)

    print("\nControls" + (f" in {region_name(region)}" if region else ""))
    if data["no_action_needed"]:
        print("  No action needed: the platform states that it does not train on your data.")
        statement = platform.no_training_statement(region)
        if statement is not None:
            _print_wrapped(
                f"\u201c{statement.quote}\u201d ({statement.url}, read {statement.read.isoformat()})", 4
            )
    elif not data["controls"]:
        print("  None known here: a request letter is the way to object.")
    for control in data["controls"]:
        marker = "" if control["training_opt_out"] else "  [not an AI-training opt-out]"
        kind, scope = label_of("control_kind", control["kind"]), label_of("control_scope", control["scope"])
        print(f"  - {control['title']} ({kind}, {scope}){marker}")
        if not region:
            print(f"      regions: {', '.join(control['regions'])}")
        for number, step in enumerate(control["steps"], 1):
            print(f"      {number}. {step}")
        if control["url"]:
            print(f"      {control['url']}")
        used_unless = ""
        if control["training_opt_out"]:
            used_unless = " (your data is used for AI training unless you act)"
        facts = [
            {"on": f"Default: on{used_unless}", "off": "Default: off"}.get(control["default"], ""),
            {"no": "Does not undo past training", "yes": "Also removes data from past training"}.get(
                control["retroactive"], ""
            ),
        ]
        if any(facts):
            print("      " + ". ".join(f for f in facts if f) + ".")
        if control["note"]:
            _print_wrapped(control["note"], 6)
        _print_provenance(control, numbers, indent=6)

    if data["controllers"]:
        print("\nWho to write to")
        for controller in data["controllers"]:
            regions = ", ".join(region_name(r) for r in controller["regions"])
            print(f"  {controller['entity']} ({regions})")
            for line in controller["address"]:
                print(f"      {line}")
            for key, label in (
                ("email", "email"),
                ("dpo_email", "DPO email"),
                ("web_form", "form"),
                ("dpo_form", "DPO form"),
            ):
                if controller[key]:
                    print(f"      {label}: {controller[key]}")
            _print_provenance(controller, numbers, indent=6)
    elif region:
        print("\nWho to write to\n  The catalogue names no controller for this region.")
    if data["events"]:
        print("\nPolicy changes")
        for event in data["events"]:
            _print_wrapped(f"{event['date']}  {event['summary']}", 2)
            _print_provenance(event, numbers, indent=14)
    if data["note"]:
        print()
        _print_wrapped(f"Note: {data['note']}", 0)
    official = sum(source["official"] for source in cited.values())
    share = round(100 * official / len(cited)) if cited else 0
    print(f"\nSources ({len(cited)}; {share}% from {platform.name} itself)")
    for url, source in cited.items():
        who = "platform" if source["official"] else source["kind"]
        print(f"  [{numbers[url]}] {url} ({who}, read {source['read']})")


def _training_line(training: dict) -> str:
    trains = {
        "yes": "Trains AI on users' data",
        "no": "States that it does not train AI on users' data",
        "unknown": "Whether it trains AI on users' data is not stated",
    }[training["trains"]]
    if training["since"]:
        trains += f" since {training['since']}"
    if training["until"]:
        trains += f" (stopped {training['until']})"
    basis = ""
    if training["basis"]:
        basis = f"; legal basis claimed: {label_of('legal_basis', training['basis'])}"
    return f"{trains}{basis}. {training['summary']}"


def _print_provenance(fact: dict, numbers: dict[str, int], indent: int = 4) -> None:
    refs = ", ".join(f"[{numbers[s['url']]}]" for s in fact["sources"])
    if not fact["verified"]:
        line = f"Not verified: no source was quoted for this {refs}"
    else:
        who = "the platform's own page" if fact["from_platform"] else "a third party"
        line = f"Source: {who}, read {fact['verified_on']} {refs}"
    print(" " * indent + line)


def _print_wrapped(text: str, indent: int) -> None:
    for line in textwrap.wrap(text, 78 - indent):
        print(" " * indent + line)
