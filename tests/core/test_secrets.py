import logging

import pytest
from keyring.backends import fail, null
from keyring.compat import properties

from opt_out_gui.core import secrets
from opt_out_gui.core.errors import UserError
from tests.delivery_helpers import MemoryKeyring, keyring_backend, unregistered


@pytest.fixture
def memory_keyring():
    with keyring_backend(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture(autouse=True)
def forget_memory_passwords():
    yield
    secrets._memory.clear()


@unregistered
class LowPriorityKeyring(MemoryKeyring):
    """Like keyrings.alt's plain-text file: works, but keyring itself does not recommend it."""

    priority = 0.5


@unregistered
class BrokenKeyring(MemoryKeyring):
    """How the Secret Service backend says it cannot work (no D-Bus session)."""

    @properties.classproperty
    def priority(cls):
        raise RuntimeError("D-Bus is not running")


def test_password_round_trip_through_the_keyring(memory_keyring):
    assert secrets.keyring_available()
    stored = secrets.save_password("smtp", "jan@mail.example", "s3cret pass")
    assert stored is secrets.Storage.KEYRING
    assert memory_keyring.passwords == {("opt-out-assistant:smtp", "jan@mail.example"): "s3cret pass"}
    assert secrets.get_password("smtp", "jan@mail.example") == "s3cret pass"
    assert secrets.get_password("smtp", "other@mail.example") is None
    assert secrets.delete_password("smtp", "jan@mail.example")
    assert secrets.get_password("smtp", "jan@mail.example") is None
    assert not secrets.delete_password("smtp", "jan@mail.example")


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), LowPriorityKeyring(), BrokenKeyring()], ids=type
)
def test_backends_that_cannot_keep_a_secret_count_as_no_keyring(backend):
    with keyring_backend(backend):
        assert not secrets.keyring_available()
        with pytest.raises(UserError, match="no usable password store"):
            secrets.save_password("smtp", "jan", "pw")
        assert secrets.get_password("smtp", "jan") is None


def test_without_keyring_the_password_may_stay_in_memory_only(data_dir, caplog):
    caplog.set_level(logging.DEBUG)
    low = LowPriorityKeyring()
    with keyring_backend(low):
        stored = secrets.save_password("smtp", "jan", "only-in-ram-9f2", allow_memory=True)
        assert stored is secrets.Storage.MEMORY
        assert secrets.stored_in("smtp", "jan") is secrets.Storage.MEMORY
        assert secrets.get_password("smtp", "jan") == "only-in-ram-9f2"
        assert low.passwords == {}  # the not-recommended backend was not used
        assert "only-in-ram-9f2" not in caplog.text
        assert secrets.delete_password("smtp", "jan")
        assert secrets.get_password("smtp", "jan") is None


def test_a_keyring_password_replaces_an_older_one_kept_in_memory(memory_keyring):
    with keyring_backend(fail.Keyring()):
        secrets.save_password("smtp", "jan", "old", allow_memory=True)
    secrets.save_password("smtp", "jan", "new")
    assert secrets.get_password("smtp", "jan") == "new"
    assert secrets.stored_in("smtp", "jan") is secrets.Storage.KEYRING


def test_an_empty_password_is_refused(memory_keyring):
    with pytest.raises(UserError, match="password is empty"):
        secrets.save_password("smtp", "jan", "")
    assert memory_keyring.passwords == {}
