"""`opt-out deadline`, `opt-out laws`, `opt-out authorities`: the law engine on the command line."""

from __future__ import annotations

import argparse
import textwrap

from opt_out_gui.cli.common import catalog_from_args, parse_date, print_json
from opt_out_gui.core import authorities
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.laws import all_laws, compute_deadline, get_law, request_types
from opt_out_gui.wording.deadlines import notes_text


def register(subparsers: argparse._SubParsersAction) -> None:
    law_ids = ", ".join(law.id for law in all_laws())
    deadline = subparsers.add_parser(
        "deadline",
        help="when must a company answer a request received on a given day",
        description="Work out the date by which a company must answer your request, the latest date "
        "if it extends the period, and when it must confirm receipt (California). Dates that "
        "fall on a weekend or public holiday move where the law says so.",
        epilog=f"Laws: {law_ids}. See `opt-out laws` for the request types of each law.",
    )
    deadline.add_argument("--law", required=True, metavar="LAW", help="the law, e.g. gdpr, uk-gdpr, ccpa")
    deadline.add_argument(
        "--received",
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the company received your request (for a reminder: the original request)",
    )
    deadline.add_argument(
        "--type",
        metavar="TYPE",
        help="the request type, e.g. gdpr-objection-ai or ccpa-opt-out (some have shorter periods)",
    )
    deadline.add_argument(
        "--country",
        metavar="CC",
        help="the company's country (ISO code, e.g. IE): its public holidays move the deadline; "
        "without it, no public holiday is counted and the output says so",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON with stable keys")
    deadline.set_defaults(handler=_deadline)

    laws = subparsers.add_parser(
        "laws",
        help="list the privacy laws and the requests you can make under each",
        description="List the laws the app knows, their response periods and regulators, "
        "and the request types with the article or section each one cites.",
    )
    laws.add_argument("--json", action="store_true", help="print JSON with stable keys")
    laws.set_defaults(handler=_laws)

    found = subparsers.add_parser(
        "authorities",
        help="list data protection authorities and regulators to complain to",
        description="List the authorities that take complaints, with their complaint form, email "
        "and address where a source gives them.",
    )
    found.add_argument("--country", metavar="CC", help="only authorities of this country (ISO code, e.g. DE)")
    found.add_argument(
        "--for",
        dest="platform",
        metavar="PLATFORM",
        help="where to complain about a platform in the catalogue, e.g. linkedin: the authorities "
        "of your profile's region first, then the platform's lead authority in the EU",
    )
    found.add_argument(
        "--law",
        metavar="LAW",
        help="with --for: where a complaint about the platform under LAW goes, for the country "
        "(and state or Land) in your profile, with the alternative you may choose",
    )
    found.add_argument("--json", action="store_true", help="print JSON with stable keys")
    found.set_defaults(handler=_authorities)


def _deadline(args: argparse.Namespace) -> int:
    received = parse_date(args.received, "--received")
    result = compute_deadline(args.law, received, type_id=args.type, holiday_country=args.country)
    if args.json:
        print_json(result.to_json() | {"notes": notes_text(result.notes)})
        return 0
    law = get_law(result.law)
    print(
        f"{law.short_name}: request received {received.isoformat()}"
        + (f" ({result.type})" if result.type else "")
    )
    rows = [
        ("Answer due by", result.deadline),
        ("If extended", result.extended_deadline),
        ("Confirm receipt by", result.acknowledge_by),
    ]
    for label, day in rows:
        if day:
            print(f"  {label + ':':<20}{day.isoformat()} ({day:%A})")
    for note in notes_text(result.notes):
        print(textwrap.fill(note, 88, initial_indent="  - ", subsequent_indent="    "))
    return 0


def _laws(args: argparse.Namespace) -> int:
    laws = all_laws()
    types = request_types()
    if args.json:
        print_json({"laws": [law.to_json() for law in laws], "request_types": [t.to_json() for t in types]})
        return 0
    print("Laws:")
    for law in laws:
        extension = f", up to {law.extension} if extended" if law.extension else ""
        regulator = law.regulator or "your country's authority"
        print(
            f"  {law.id:<9} {law.short_name:<16} answer within {law.response_period}{extension}; "
            f"complaints: {regulator}"
        )
    print("\nRequest types:")
    for request_type in types:
        print(f"  {request_type.id:<22} {request_type.title} [{', '.join(request_type.laws)}]")
    return 0


def _authorities(args: argparse.Namespace) -> int:
    if args.platform and args.country:
        raise UserError("give either --country or --for, not both")
    if args.law:
        return _complaint_route(args)
    if args.platform:
        return _platform_authorities(args)
    found = authorities.authorities_in(args.country) if args.country else authorities.all_authorities()
    if args.json:
        print_json([authority.to_json() for authority in found])
        return 0
    for authority in found:
        _print_authority(authority)
    return 0


_ROUTE_REASONS = {
    authorities.ROUTE_REGULATOR: "the regulator of {law}",
    authorities.ROUTE_OWN: "the authority where you live (Art. 77(1) GDPR lets you choose it)",
    authorities.ROUTE_LEAD: "the lead authority in the EU for {platform} (Art. 56 GDPR)",
    authorities.ALSO_RESPONSIBLE: "also listed for {jurisdiction} in the authorities directory",
}


def _print_authority(authority, why: str = "") -> None:
    print(f"{authority.name} [{authority.id}, {authority.country_code}, {authority.level}]")
    if why:
        print(f"  {'Why:':<16}{why}")
    for label, value in (
        ("Complaint form", authority.complaint_url),
        ("Email", authority.email),
        ("Web", authority.web),
    ):
        if value:
            print(f"  {label + ':':<16}{value}")


def _platform_authorities(args: argparse.Namespace) -> int:
    """`authorities --for PLATFORM`: those of the user's region first (the profile's law), then
    the platform's EU lead authority."""
    import sys

    from opt_out_gui.cli.common import stored_profile
    from opt_out_gui.core.laws import default_law_for

    platform = catalog_from_args(args).find(args.platform)
    profile = stored_profile(args)
    law = get_law(law_id) if (law_id := default_law_for(profile.country, profile.state)) else None
    try:
        found = authorities.authorities_for_platform(platform, law, profile.country, profile.state)
    except UserError as problem:  # the user's route needs a profile field: say so, show the rest
        print(f"opt-out: note: {problem}", file=sys.stderr)
        found = authorities.authorities_for_platform(platform, None, profile.country, profile.state)
    if args.json:
        print_json([authority.to_json() | {"basis": basis} for authority, basis in found])
        return 0
    if not found:
        print(f"The catalogue names no lead authority for {platform.name}, and your profile no country.")
        return 0
    if not profile.country:
        print("Set your country in your profile to see the authorities where you live first.\n")
    elif law is None:
        print("The app knows no privacy law for the country in your profile; the lead authority:\n")
    for authority, basis in found:
        why = _ROUTE_REASONS[basis].format(
            law=law.short_name if law else "", platform=platform.name, jurisdiction=authority.jurisdiction
        )
        _print_authority(authority, why)
    return 0


def _complaint_route(args: argparse.Namespace) -> int:
    """`authorities --for PLATFORM --law LAW`: the same decision the tracker and the letters use."""
    from opt_out_gui.cli.common import stored_profile

    if not args.platform:
        raise UserError("--law needs --for PLATFORM: the complaint is about a platform")
    law = get_law(args.law)
    platform = catalog_from_args(args).get(args.platform)
    profile = stored_profile(args)
    route = authorities.complaint_route(law, profile.country, profile.state, platform)
    if args.json:
        print_json(route.to_json())
        return 0

    def why(basis: str) -> str:
        return _ROUTE_REASONS[basis].format(law=law.short_name, platform=platform.name)

    print(f"Complaint about {platform.name} under {law.short_name}:")
    print(f"  {route.authority.name} [{route.authority.id}]: {why(route.basis)}")
    if route.alternative is not None and route.alternative_basis is not None:
        print(f"  or {route.alternative.name} [{route.alternative.id}]: {why(route.alternative_basis)}")
    return 0
