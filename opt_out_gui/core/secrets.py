"""Passwords in the OS keyring, through the `keyring` package.

A secret is never written to the database, a settings file or a log. Where no
usable keyring exists (a headless Linux box without a Secret Service), the user may
choose to keep a password in this process's memory until the app closes; it is
then gone with the process.
"""

from __future__ import annotations

import logging
from enum import Enum

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

SERVICE_PREFIX = "opt-out-assistant"

# keyring's own rule: backends below priority 1 are not recommended. Those include
# keyrings.alt's plain-text file, which would put the password on disk unencrypted.
MIN_USABLE_PRIORITY = 1


class Storage(Enum):
    KEYRING = "keyring"
    MEMORY = "memory"


# (service, user) -> password, for the "keep in memory until the app closes" choice.
_memory: dict[tuple[str, str], str] = {}


def _service(service_key: str) -> str:
    return f"{SERVICE_PREFIX}:{service_key}"


def _usable_backend():
    """The keyring backend that would store a password, or None when there is none worth using."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
        # A chainer writes to its first backend; judge that one.
        if isinstance(backend, chainer.ChainerBackend):
            chained = backend.backends
            backend = chained[0] if chained else None
        if backend is None or isinstance(backend, (fail.Keyring, null.Keyring)):
            return None
        return backend if backend.priority >= MIN_USABLE_PRIORITY else None
    except Exception as error:  # a broken D-Bus or backend plug-in means "no keyring", not a crash
        log.warning("keyring backend unusable: %s", type(error).__name__)
        return None


def keyring_available() -> bool:
    return _usable_backend() is not None


def save_password(service_key: str, user: str, password: str, *, allow_memory: bool = False) -> Storage:
    """Store a password in the keyring, or in memory when there is no keyring and the user chose that.

    Raises UserError when neither is possible; nothing is stored then.
    """
    if not password:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "password is empty; type the password or leave the field as it was")
        )
    key = (_service(service_key), user)
    backend = _usable_backend()
    if backend is None:
        if not allow_memory:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "no usable password store (OS keyring) was found on this computer, "
                    "so the password cannot be saved",
                )
            )
        _memory[key] = password
        return Storage.MEMORY
    try:
        backend.set_password(key[0], user, password)
    except Exception as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "the OS keyring refused to store the password ({error_type})"),
            error_type=type(error).__name__,
        ) from None
    # A password now in the keyring must not linger in memory under an older value.
    _memory.pop(key, None)
    return Storage.KEYRING


def get_password(service_key: str, user: str) -> str | None:
    key = (_service(service_key), user)
    if key in _memory:
        return _memory[key]
    backend = _usable_backend()
    if backend is None:
        return None
    try:
        return backend.get_password(key[0], user)
    except Exception as error:  # a locked or broken keyring reads as "no password saved"
        log.warning("keyring read failed: %s", type(error).__name__)
        return None


def delete_password(service_key: str, user: str) -> bool:
    """Forget a password everywhere this module may have put it. True when one was found."""
    key = (_service(service_key), user)
    found = _memory.pop(key, None) is not None
    backend = _usable_backend()
    if backend is None:
        return found
    try:
        from keyring.errors import PasswordDeleteError

        backend.delete_password(key[0], user)
        return True
    except PasswordDeleteError:
        return found
    except Exception as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "the OS keyring refused to delete the password ({error_type})"),
            error_type=type(error).__name__,
        ) from None


def stored_in(service_key: str, user: str) -> Storage | None:
    """Where a password for this key is kept now, for the settings page to say so."""
    if (_service(service_key), user) in _memory:
        return Storage.MEMORY
    return Storage.KEYRING if get_password(service_key, user) is not None else None
