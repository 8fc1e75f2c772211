"""`opt-out backup` and `opt-out restore`: all your data in one JSON file, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from opt_out_gui.core.backup import read_backup, restore_backup, write_backup
from opt_out_gui.core.workspace import open_workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="save all your data (profile, checklist, requests, attachments) to one JSON file",
        description="Write a full backup: profile, settings (never passwords), accounts, checklist "
        "progress, requests with their events, and attached files. Keep it private: it holds your data.",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore",
        help="restore a backup into an empty data directory",
        description="Restore a backup made with `opt-out backup`. The data directory must be empty "
        "unless --force is given; then a copy of the current data is kept in its backups folder first.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--force", action="store_true", help="replace the data that is there now")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.data_dir)
    target = write_backup(workspace.store, Path(args.out))
    print(f"Backup written to {target}. It holds your personal data: keep it private.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    document = read_backup(Path(args.file))
    workspace = open_workspace(args.data_dir)
    result = restore_backup(workspace.store, document, force=args.force)
    if result.safety_copy:
        print(f"The data that was there is kept in {result.safety_copy}.")
    restored = ", ".join(f"{count} {table}" for table, count in result.counts.items() if count)
    print(f"Restored into {workspace.data_dir}: {restored or 'nothing (the backup is empty)'}.")
    return 0
