"""`opt-out catalog`: the installed catalogue, signed updates, link health, and maintainer tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from opt_out_gui.cli.common import command_group, print_json, warn_about_refused_update, workspace_of
from opt_out_gui.core import updates
from opt_out_gui.core.catalog import Catalog, load_catalog, shipped_catalog_dir
from opt_out_gui.core.catalog_source import active_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.workspace import Workspace
from opt_out_gui.wording.catalog import catalog_in_use_text, catalog_text, long_date


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "catalog",
        help="catalogue version, signed updates, link check",
        description="Show which platform catalogue is in use, install signed updates, "
        "go back to the shipped catalogue, and check the catalogue's links. "
        "Only `update` and `check-links` use the network.",
    )

    status = actions.add_parser(
        "status", help="which catalogue is in use", description="Show the catalogue in use."
    )
    status.add_argument("--json", action="store_true", help="print JSON with stable keys")
    status.set_defaults(handler=_status)

    update = actions.add_parser(
        "update",
        help="download, verify and install a signed catalogue update",
        description="Download the catalogue bundle, check its signature and every platform entry, "
        "show what changes and install it when you agree. Exit code 0: installed or already up to "
        "date; 1: not installed.",
    )
    update.add_argument("--url", help="bundle URL (https://); remembered for the next update")
    update.add_argument("--yes", action="store_true", help="install without asking")
    update.set_defaults(handler=_update)

    revert = actions.add_parser(
        "revert", help="go back to the shipped catalogue", description="Remove the installed update."
    )
    revert.set_defaults(handler=_revert)

    links = actions.add_parser(
        "check-links",
        help="find dead, redirected and slow links in the catalogue",
        description="Check every URL in the catalogue in use (HEAD, then GET when refused). "
        "Exit code 1 when a link is dead.",
    )
    links.add_argument("--json", action="store_true", help="print JSON with stable keys")
    links.add_argument(
        "--slow", type=float, default=5.0, metavar="SECONDS", help="report links slower than this (5)"
    )
    links.set_defaults(handler=_check_links)

    lint = actions.add_parser(
        "lint",
        help="maintainers: how well the catalogue is sourced",
        description="Report, per platform and overall, the share of official sources, controls "
        "without an official source, regions without a controller or contact, and unverified facts "
        "(--catalog DIR, else the shipped catalogue). Exit code 1 when a file fails validation "
        "(schema errors, denied source hosts); the shares are only reported.",
    )
    lint.add_argument("--json", action="store_true", help="print JSON with stable keys")
    lint.set_defaults(handler=_lint)

    build = actions.add_parser(
        "build",
        help="maintainers: make a signed bundle of the catalogue",
        description="Pack the catalogue directory (--catalog DIR, else the shipped one) into "
        f"{updates.BUNDLE_FILE_NAME} and sign it into {updates.BUNDLE_FILE_NAME}{updates.SIGNATURE_SUFFIX}.",
    )
    build.add_argument("--key", required=True, metavar="PRIVATE_KEY", help="Ed25519 private key (PEM)")
    build.add_argument("--out", required=True, metavar="DIR", help="folder for the bundle and signature")
    build.add_argument("--version", type=int, help="catalogue version (default: YYYYMMDDHHMM in UTC)")
    build.set_defaults(handler=_build)

    verify = actions.add_parser(
        "verify",
        help="check a bundle's signature and contents",
        description="Check a bundle as the app would before installing it.",
    )
    verify.add_argument("bundle", metavar="BUNDLE")
    verify.add_argument(
        "--signature", metavar="FILE", help=f"signature (default: BUNDLE{updates.SIGNATURE_SUFFIX})"
    )
    verify.add_argument(
        "--public-key", metavar="PEM", help="public key (default: the one shipped with the app)"
    )
    verify.set_defaults(handler=_verify)


def catalog_in_use(args: argparse.Namespace, workspace: Workspace) -> Catalog:
    """--catalog DIR, else the installed update, else the shipped catalogue."""
    if not args.catalog:
        warn_about_refused_update(workspace.data_dir)
    return active_catalog(workspace.data_dir, Path(args.catalog) if args.catalog else None)


def _status(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    status = updates.catalog_status(workspace.data_dir)
    url = workspace.store.get_setting(updates.UPDATE_URL_SETTING) or ""
    last = updates.last_update(workspace.store)
    if args.json:
        print_json(
            status.to_json()
            | {
                "dated": status.dated.isoformat() if status.dated else None,
                "platforms": len(catalog_in_use(args, workspace).platforms),
                "update_url": url or None,
                "last_update": last.diff.to_json() | {"version": last.version} if last else None,
            }
        )
        return 0
    platforms = len(catalog_in_use(args, workspace).platforms)
    print(f"{catalog_in_use_text(status, platforms)} (version {status.version})")
    if status.installed_at is not None:
        print(f"Installed {long_date(status.installed_at.date())} at {status.installed_at:%H:%M} UTC")
    if status.refused_update:
        print(f"The installed update is not used: {status.refused_update}")
    print(f"Update URL: {url or '(not set; use `opt-out catalog update --url URL`)'}")
    if last:
        print(
            f"Last update brought: {len(last.diff.added)} added, {len(last.diff.removed)} removed, "
            f"{len(last.diff.changed)} changed, {len(updates.new_events(last.diff))} new policy events"
        )
    return 0


def _update(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    store = workspace.store
    store.require_writable()
    url = args.url or store.get_setting(updates.UPDATE_URL_SETTING)
    if not url:
        raise UserError("no update URL set; pass --url https://... (it is remembered)")
    updates.check_update_url(url)
    try:
        offer = updates.check_for_update(url, workspace.data_dir)
    except updates.CatalogUpToDate as up_to_date:
        updates.record_check(store)  # only a check that got an answer counts
        _remember(store, args.url)
        print(str(up_to_date).capitalize())
        return 0
    updates.record_check(store)
    _remember(store, args.url)
    offered = catalog_text(offer.bundle.manifest.created.date(), len(offer.bundle.platforms))
    print(f"Catalogue of {offered} (version {offer.version}) from {url}:")
    for line in offer.diff.lines():
        print(f"  {line}")
    if not args.yes and not _confirm("Install this catalogue update? [y/N] "):
        print("Not installed.")
        return 1
    updates.install_update(workspace.data_dir, offer, store)
    print(f"Installed the catalogue of {offered}. `opt-out catalog revert` goes back.")
    return 0


def _remember(store, url: str | None) -> None:
    """Keep an address that answered, so the next update needs no typing (a failed one changes nothing)."""
    if url:
        store.set_settings({updates.UPDATE_URL_SETTING: url})


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print("Not asking: input is not a terminal. Add --yes to install.", file=sys.stderr)
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def _revert(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    workspace.store.require_writable()
    if updates.revert_to_shipped(workspace.data_dir, workspace.store):
        print("Reverted to the catalogue shipped with the app.")
    else:
        print("No update is installed; the shipped catalogue is in use.")
    return 0


def _check_links(args: argparse.Namespace) -> int:
    from opt_out_gui.core.linkcheck import DEAD, check_links

    workspace = workspace_of(args)
    catalog = catalog_in_use(args, workspace)
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        print(f"\rchecked {done} of {total} links", end="", file=sys.stderr, flush=True)

    report = check_links(
        catalog.platforms, progress=progress if show_progress else None, slow_after=args.slow
    )
    if show_progress:
        print(file=sys.stderr)
    if args.json:
        print_json(report.to_json())
    else:
        print("\n".join(report.lines()))
    return 1 if report.count(DEAD) else 0


def _lint(args: argparse.Namespace) -> int:
    from opt_out_gui.core.catalog_lint import OFFICIAL_SHARE_TARGET, lint_catalog

    report = lint_catalog(load_catalog(Path(args.catalog) if args.catalog else shipped_catalog_dir()))
    if args.json:
        print_json(report.to_json())
        return 1 if report.failed else 0
    for platform in report.platforms:
        gaps = []
        if platform.controls_without_official_source:
            gaps.append("no official source: " + ", ".join(platform.controls_without_official_source))
        if platform.regions_without_controller:
            gaps.append("no controller: " + ", ".join(platform.regions_without_controller))
        if platform.regions_without_contact:
            gaps.append("no contact: " + ", ".join(platform.regions_without_contact))
        if platform.unverified_facts:
            gaps.append(f"{len(platform.unverified_facts)} unverified")
        share = f"{platform.official_share:4.0%} official of {platform.sources:>2}"
        print(f"{platform.id:<22} {share}  " + ("; ".join(gaps) or "ok"))
    totals = report.to_json()
    mark = "" if report.official_share >= OFFICIAL_SHARE_TARGET else f" (target {OFFICIAL_SHARE_TARGET:.0%})"
    print(
        f"\nOverall: {report.official_share:.0%} of {report.sources} sources official{mark}; "
        f"{totals['controls_without_official_source']} controls without an official source; "
        f"{totals['regions_without_controller']} regions without a controller; "
        f"{totals['regions_without_contact']} without a contact; "
        f"{totals['unverified_facts']} unverified facts."
    )
    for problem in report.problems:
        print(f"PROBLEM {problem}")
    return 1 if report.failed else 0


def _build(args: argparse.Namespace) -> int:
    source = Path(args.catalog) if args.catalog else shipped_catalog_dir()
    bundle, signature = updates.build_bundle(source, Path(args.key), Path(args.out), version=args.version)
    verified = updates.verify_bundle(bundle.read_bytes(), signature.read_bytes(), _public_key_of(args.key))
    print(f"Built catalogue version {verified.version} with {len(verified.platforms)} platforms:")
    print(f"  {bundle}\n  {signature}")
    return 0


def _public_key_of(private_key_path: str):
    return updates.load_private_key(Path(private_key_path)).public_key()


def _verify(args: argparse.Namespace) -> int:
    bundle_path = Path(args.bundle)
    signature_path = (
        Path(args.signature) if args.signature else Path(f"{bundle_path}{updates.SIGNATURE_SUFFIX}")
    )
    try:
        data, signature = bundle_path.read_bytes(), signature_path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read {error.filename}: {error.strerror}") from None
    key = updates.load_public_key(Path(args.public_key) if args.public_key else None)
    bundle = updates.verify_bundle(data, signature, key)
    print(
        f"{bundle_path}: valid, catalogue version {bundle.version}, "
        f"built {bundle.manifest.created:%Y-%m-%d %H:%M} UTC, {len(bundle.platforms)} platforms"
    )
    return 0
