"""Every setting the app keeps: its key, its type, its default, and whether it is a secret.

Settings are rows of the database's `settings` table (Store.get_setting, Store.set_settings),
read and written by the GUI, the CLI and the services through the keys below. A secret never
goes there: it lives only in the OS keyring (core.secrets). A backup holds every setting here
that is not secret and nothing else; restoring one checks each value with the rule the app
applies when the user sets it (core.backup). This module imports nothing, so every layer may
read it, start-up included.
"""

from __future__ import annotations

from typing import NamedTuple

KINDS = ("switch", "text", "number", "url", "email", "choice", "timestamp", "json")


class Setting(NamedTuple):  # a tuple, not a dataclass: this module is read at every start
    key: str
    kind: str  # one of KINDS; a switch is "1" (on) or "0" (off)
    default: str | None  # the value when it was never set (None: no value)
    description: str
    secret: bool = False  # kept only in the OS keyring, never in the database or a backup


WELCOME_DONE = Setting("welcome_done", "switch", "0", "the welcome was completed or skipped")
CATALOG_UPDATE_URL = Setting("catalog_update_url", "url", None, "where signed catalogue updates are offered")
CATALOG_WEEKLY_CHECK = Setting("catalog_weekly_check", "switch", "0", "check for an update once a week")
CATALOG_LAST_CHECK = Setting("catalog_last_check", "timestamp", None, "when a check last got an answer")
CATALOG_LAST_UPDATE = Setting("catalog_last_update", "json", None, "the last update and its changes")
UI_LANGUAGE = Setting(
    "ui.language", "choice", None, "the language of the app (a letter language code; empty: the system's)"
)
BACKUPS_KEEP = Setting("backups_keep", "number", "5", "how many copies of the data the backups folder keeps")
SMTP_HOST = Setting("smtp.host", "text", None, "the mail server that sends requests")
SMTP_PORT = Setting("smtp.port", "number", None, "its port (default: the usual one for the security)")
SMTP_SECURITY = Setting("smtp.security", "choice", "ssl", "ssl, starttls, or none (local server)")
SMTP_USER = Setting("smtp.user", "text", "", "the user name for the mail server")
SMTP_FROM = Setting("smtp.from", "email", None, "the sender address of requests sent from the app")
SMTP_PASSWORD = Setting(
    "smtp.password", "text", None, "the mail server's password (OS keyring, service 'smtp')", secret=True
)

SETTINGS: dict[str, Setting] = {
    setting.key: setting
    for setting in (
        WELCOME_DONE,
        CATALOG_UPDATE_URL,
        CATALOG_WEEKLY_CHECK,
        CATALOG_LAST_CHECK,
        CATALOG_LAST_UPDATE,
        BACKUPS_KEEP,
        UI_LANGUAGE,
        SMTP_HOST,
        SMTP_PORT,
        SMTP_SECURITY,
        SMTP_USER,
        SMTP_FROM,
        SMTP_PASSWORD,
    )
}


def setting(key: str) -> Setting | None:
    return SETTINGS.get(key)
