"""`opt-out backup` and `opt-out restore`: all your data in one JSON file, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from opt_out_gui.cli.common import workspace_of
from opt_out_gui.core.backup import read_backup, restore_backup, write_backup
from opt_out_gui.core.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="save all your data (profile, checklist, requests, attachments) to one JSON file",
        description="Write a full backup: profile, settings (never passwords), accounts, checklist "
        "progress, requests with their events, and attached files. Keep it private: it holds your data.",
    )
    backup.add_argument("--out", metavar="FILE", help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument(
        "--keep-copies",
        metavar="N",
        help="how many copies of your data a restore keeps in the data directory's backups folder "
        "(default 5); remembered",
    )
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore",
        help="restore a backup into an empty data directory",
        description="Restore a backup made with `opt-out backup`, or a copy from the data directory's "
        "backups folder. Every value is checked first; nothing changes if one is wrong. The data "
        "directory must be empty unless --force is given; then the data that is there is kept in "
        "its backups folder (the newest copies are kept, 5 unless `backup --keep-copies` says otherwise).",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file, or a copy in the backups folder")
    restore.add_argument("--force", action="store_true", help="replace the data that is there now")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    if args.out is None and args.keep_copies is None:
        raise UserError("give --out FILE to write a backup (or --keep-copies N)")
    workspace = workspace_of(args)
    if args.keep_copies is not None:
        from opt_out_gui.core.backup import set_keep

        keep = set_keep(workspace.store, args.keep_copies)
        print(f"A restore keeps the newest {keep} copies of your data in {workspace.data_dir / 'backups'}.")
    if args.out is not None:
        target = write_backup(workspace.store, Path(args.out), replace=args.force)
        print(f"Backup written to {target}. It holds your personal data: keep it private.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from opt_out_gui.core.datadir import resolve_data_dir

    document = read_backup(Path(args.file))
    data_dir = resolve_data_dir(args.data_dir)
    result = restore_backup(data_dir, document, force=args.force, source=args.file)
    restored = ", ".join(f"{count} {table}" for table, count in result.counts.items() if count)
    print(f"Restored into {data_dir}: {restored or 'nothing (the backup is empty)'}.")
    if result.safety_copy:
        print(f"The data that was there is kept in {result.safety_copy}.")
    if result.removed:
        print(
            f"Removed {len(result.removed)} older copies; "
            f"{result.backups_dir} keeps the newest {result.kept}."
        )
    return 0
