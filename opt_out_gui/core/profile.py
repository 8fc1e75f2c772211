"""The user's profile: who sends the letters, and where they live."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from opt_out_gui.core import countries
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.store import Store

# Letter languages, in the order the app offers them.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
}

# Upper bounds that keep letters and databases sane; a real name or address is far shorter.
_MAX_LENGTH = {"name": 200, "email": 254, "address": 1000}


@dataclass(frozen=True)
class Profile:
    name: str = ""
    email: str = ""
    address: str = ""
    country: str = ""
    state: str = ""
    language: str = "en"

    @property
    def region(self) -> str | None:
        """Most specific catalogue region ("eu", "us-ca"...), or None before a country is set."""
        return countries.user_region(self.country, self.state) if self.country else None

    @property
    def is_complete(self) -> bool:
        return not missing_fields(self)

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def missing_fields(profile: Profile) -> list[str]:
    """Fields a letter needs that are still empty."""
    missing = [name for name in ("name", "email", "address", "country") if not getattr(profile, name)]
    if profile.country == "US" and not profile.state:
        missing.append("state")
    return missing


def validate(profile: Profile) -> Profile:
    """Return the profile normalised, or raise UserError naming the field and value."""
    from opt_out_gui.core import validation

    values = {
        name: validation.single_line(name, getattr(profile, name), max_length=_MAX_LENGTH.get(name, 100))
        for name in ("name", "email", "country", "state", "language")
    }
    address = validation.multi_line("address", profile.address, max_length=_MAX_LENGTH["address"])
    values["address"] = "\n".join(line.strip() for line in address.splitlines() if line.strip())
    if values["email"]:
        values["email"] = validation.email_address("email", values["email"])
    country = values["country"]
    if country:
        found = countries.find_country(country)
        if found is None:
            raise _unknown_country(country, countries.close_country_names(country, n=3))
        country = found
    values["country"] = country
    state = values["state"]
    if state:
        if not country:
            raise UserError(QT_TRANSLATE_NOOP("Error", "state needs a country: set the country too"))
        known = countries.subdivision_names(country)
        if not known:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "state {state!r}: the app does not use states for {country}"),
                state=values["state"],
                country=country,
            )
        found_state = countries.find_subdivision(country, state)
        if found_state is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "state {state!r} is not a state of {country}; valid codes: {codes}"
                ),
                state=values["state"],
                country=country,
                codes=", ".join(sorted(known)),
            )
        state = found_state
    values["state"] = state
    language = values["language"].lower() or "en"
    if language not in LANGUAGES:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "language {language!r} is not offered; choose one of {choices}"),
            language=values["language"],
            choices=", ".join(LANGUAGES),
        )
    values["language"] = language
    return Profile(**values)


def _unknown_country(country: str, close: list[str]) -> UserError:
    """The error for a country the app does not know, naming up to three it may be meant as."""
    if not close:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) "
            "or its English name (Germany)",
        )
    elif len(close) == 1:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) "
            "or its English name (Germany); did you mean {first}?",
        )
    elif len(close) == 2:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) "
            "or its English name (Germany); did you mean {first} or {second}?",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Error",
            "country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) "
            "or its English name (Germany); did you mean {first} or {second} or {third}?",
        )
    first, second, third = [*close, "", "", ""][:3]
    return UserError(template, country=country, first=first, second=second, third=third)


class ProfileService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def load(self) -> Profile:
        row = self._store.connection.execute(
            "SELECT name, email, address, country, state, language FROM profile WHERE id = 1"
        ).fetchone()
        return Profile(**dict(row)) if row else Profile()

    def exists(self) -> bool:
        return self._store.connection.execute("SELECT 1 FROM profile WHERE id = 1").fetchone() is not None

    def save(self, profile: Profile) -> Profile:
        """Validate and store the whole profile in one transaction."""
        clean = validate(profile)
        if clean.country == "US" and not clean.state:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "state is required for the United States (for example CA for California)"
                )
            )
        with self._store.transaction() as connection:
            connection.execute(
                "INSERT INTO profile (id, name, email, address, country, state, language) "
                "VALUES (1, :name, :email, :address, :country, :state, :language) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                "address = excluded.address, country = excluded.country, "
                "state = excluded.state, language = excluded.language",
                clean.to_json(),
            )
        return clean

    def update(self, **changes: str) -> Profile:
        """Change some fields; the others keep their stored values."""
        current = self.load()
        updated = replace(current, **changes)
        new_country = countries.find_country(changes.get("country", "")) or changes.get("country", "")
        if "country" in changes and "state" not in changes and new_country != current.country:
            # A state of the old country means nothing in the new one.
            updated = replace(updated, state="")
        return self.save(updated)
