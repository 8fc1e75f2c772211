"""Where shipped files live, both in a source checkout and in an installed wheel."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    # The wheel carries templates/ and assets/ inside the package; a source
    # checkout (and an editable install) keeps them at the repository root.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def templates_dir() -> Path:
    return _shipped_dir("templates")


def assets_dir() -> Path:
    return _shipped_dir("assets")


def data_dir() -> Path:
    """Read-only data shipped with the app (catalogue, authorities)."""
    return _PACKAGE / "data"
