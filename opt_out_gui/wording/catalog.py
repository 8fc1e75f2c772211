"""The catalogue in words: which one is in use, of when, with how many platforms."""

from __future__ import annotations

from datetime import date

from opt_out_gui.wording import DateFormat, Translate, count, identity


def long_date(day: date, translate: Translate = identity) -> str:
    """'1 December 2026': day, month name, year."""
    months = (
        translate("Date", "January"),
        translate("Date", "February"),
        translate("Date", "March"),
        translate("Date", "April"),
        translate("Date", "May"),
        translate("Date", "June"),
        translate("Date", "July"),
        translate("Date", "August"),
        translate("Date", "September"),
        translate("Date", "October"),
        translate("Date", "November"),
        translate("Date", "December"),
    )
    return translate("Date", "{day} {month} {year}").format(
        day=day.day, month=months[day.month - 1], year=day.year
    )


def catalog_text(
    dated: date | None, platforms: int, translate: Translate = identity, format_date: DateFormat | None = None
) -> str:
    """'1 December 2026, 83 platforms' (the date is unknown for a version that is not a date)."""
    format_date = format_date or (lambda day: long_date(day, translate))
    platforms_text = count("platform", platforms, translate)
    if dated is None:
        return platforms_text
    return translate("Catalogue", "{date}, {platforms}").format(
        date=format_date(dated), platforms=platforms_text
    )


def catalog_in_use_text(
    status, platforms: int, translate: Translate = identity, format_date: DateFormat | None = None
) -> str:
    """Which catalogue is in use (core.updates.CatalogStatus), dated and counted."""
    described = catalog_text(status.dated, platforms, translate, format_date)
    if status.source == "update":
        return translate("Catalogue", "Catalogue update: {catalog}").format(catalog=described)
    return translate("Catalogue", "Catalogue shipped with the app: {catalog}").format(catalog=described)
