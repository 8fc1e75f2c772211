"""Signed catalogue updates: bundle format, download, verification, diff and install.

Nothing here touches the network unless `check_for_update` is called, which
only happens when the user asks (or turned on the weekly check).
"""

from opt_out_gui.core.updates.bundle import (
    BUNDLE_FILE_NAME,
    SIGNATURE_SUFFIX,
    Bundle,
    Manifest,
    UpdateError,
    build_bundle,
    load_private_key,
    load_public_key,
    pack_bundle,
    verify_bundle,
)
from opt_out_gui.core.updates.diff import CatalogDiff, FieldChange, NewEvent, PlatformChange, new_events
from opt_out_gui.core.updates.download import CatalogUpToDate, check_for_update, check_update_url
from opt_out_gui.core.updates.install import (
    LAST_UPDATE_SETTING,
    UPDATE_URL_SETTING,
    WEEKLY_CHECK_SETTING,
    CatalogStatus,
    InstalledUpdate,
    LastUpdate,
    UpdateOffer,
    active_catalog_dir,
    catalog_status,
    install_update,
    last_update,
    record_check,
    revert_to_shipped,
    shipped_catalog_version,
    update_problem,
    weekly_check_due,
)

__all__ = [
    "BUNDLE_FILE_NAME",
    "LAST_UPDATE_SETTING",
    "SIGNATURE_SUFFIX",
    "UPDATE_URL_SETTING",
    "WEEKLY_CHECK_SETTING",
    "Bundle",
    "CatalogDiff",
    "CatalogStatus",
    "CatalogUpToDate",
    "FieldChange",
    "InstalledUpdate",
    "LastUpdate",
    "Manifest",
    "NewEvent",
    "PlatformChange",
    "UpdateError",
    "UpdateOffer",
    "active_catalog_dir",
    "build_bundle",
    "pack_bundle",
    "catalog_status",
    "check_for_update",
    "check_update_url",
    "install_update",
    "last_update",
    "load_private_key",
    "load_public_key",
    "new_events",
    "record_check",
    "revert_to_shipped",
    "shipped_catalog_version",
    "update_problem",
    "verify_bundle",
    "weekly_check_due",
]
