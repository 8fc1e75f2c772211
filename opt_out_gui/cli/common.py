"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from opt_out_gui.core.catalog import Catalog, load_catalog
from opt_out_gui.core.errors import UserError


def catalog_from_args(args: argparse.Namespace) -> Catalog:
    """The catalogue from --catalog DIR, else the shipped one; problems go to stderr."""
    catalog = load_catalog(Path(args.catalog) if getattr(args, "catalog", None) else None)
    for problem in catalog.problems:
        print(f"opt-out: warning: skipped catalogue file {problem}", file=sys.stderr)
    return catalog


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))


def parse_date(value: str, field: str = "date") -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{field} {value!r} is not a date in the form YYYY-MM-DD") from None
