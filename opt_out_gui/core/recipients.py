"""Who receives a request under a law, and whose public holidays its deadline counts.

Both the letter composer and the tracker ask these functions, so a letter and the
request it becomes always name the same controller and state the same deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from opt_out_gui.core.countries import region_name
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from opt_out_gui.core.catalog import Controller, Platform
    from opt_out_gui.core.laws.registry import Law

# How a letter reaches its recipient, best first; "dpo_*" reach the data protection officer.
CHANNEL_ORDER = ("email", "dpo_email", "web_form", "dpo_form", "post")


@dataclass(frozen=True)
class Recipient:
    entity: str
    address: tuple[str, ...]
    email: str | None
    web_form: str | None
    known: bool = True  # False: no controller for the region; the company is only named
    kind: str = "controller"  # or "authority"
    country: str | None = None  # ISO code of the recipient entity
    channel: str | None = None  # the best published channel (CHANNEL_ORDER)

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.web_form or self.address)


class NoContactError(UserError):
    """The catalogue names no controller with a published contact for the user's region."""

    def __init__(self, platform: Platform, region: str, authority: str | None) -> None:
        self.platform_id = platform.id
        self.region = region
        self.authority = authority
        controller = platform.controller_for(region)
        policy = platform.privacy_policy
        # One whole message per case, so that a translator sees each as it is shown.
        if controller is None and policy and authority:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue names no controller for {platform} users in {region}. Look for a privacy "
                "contact in the platform's privacy policy ({policy}), or ask {authority} how to reach the "
                "company. No letter was written without a recipient.",
            )
        elif controller is None and policy:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue names no controller for {platform} users in {region}. Look for a privacy "
                "contact in the platform's privacy policy ({policy}). "
                "No letter was written without a recipient.",
            )
        elif controller is None and authority:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue names no controller for {platform} users in {region}. Look for a privacy "
                "contact in the platform's privacy policy, or ask {authority} how to reach the company. "
                "No letter was written without a recipient.",
            )
        elif controller is None:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue names no controller for {platform} users in {region}. Look for a privacy "
                "contact in the platform's privacy policy. No letter was written without a recipient.",
            )
        elif policy and authority:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue has no email, form or postal address for {entity} ({region}). Look for a "
                "privacy contact in the platform's privacy policy ({policy}), or ask {authority} how to "
                "reach the company. No letter was written without a recipient.",
            )
        elif policy:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue has no email, form or postal address for {entity} ({region}). Look for a "
                "privacy contact in the platform's privacy policy ({policy}). No letter was written without "
                "a recipient.",
            )
        elif authority:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue has no email, form or postal address for {entity} ({region}). Look for a "
                "privacy contact in the platform's privacy policy, or ask {authority} how to reach the "
                "company. No letter was written without a recipient.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "The catalogue has no email, form or postal address for {entity} ({region}). Look for a "
                "privacy contact in the platform's privacy policy. "
                "No letter was written without a recipient.",
            )
        super().__init__(
            template,
            platform=platform.name,
            entity=controller.entity if controller else "",
            region=region_name(region),
            policy=policy or "",
            authority=authority or "",
        )


def catalog_region(law: Law) -> str:
    """The catalogue region of the people a law protects: a US state law's own state first."""
    return f"us-{law.state.lower()}" if law.state else law.region


def controller_of(platform: Platform | None, law: Law) -> Controller | None:
    return platform.controller_for(catalog_region(law)) if platform is not None else None


def controller_recipient(platform: Platform, law: Law) -> Recipient:
    """The controller a request under this law goes to, by its best published channel.

    Raises NoContactError rather than address a letter to nobody.
    """
    controller = controller_of(platform, law)
    channels = dict(controller.channels()) if controller else {}
    if controller is None or not channels:
        raise NoContactError(platform, catalog_region(law), _guidance_authority(platform, law))
    return Recipient(
        entity=controller.entity,
        address=controller.address,
        email=controller.email or controller.dpo_email,
        web_form=controller.web_form or controller.dpo_form,
        country=controller.country,
        channel=next(channel for channel in CHANNEL_ORDER if channel in channels),
    )


def named_company(platform: Platform, law: Law) -> Recipient:
    """The controller when the catalogue knows it, else the company by name only.

    For letters to an authority, which mention the company but are not sent to it.
    """
    try:
        return controller_recipient(platform, law)
    except NoContactError:
        controller = controller_of(platform, law)
        if controller is not None:
            return Recipient(controller.entity, controller.address, None, None, country=controller.country)
        return Recipient(platform.company, (), None, None, known=False)


def controller_country(platform: Platform | None, law: Law) -> str | None:
    """The country of the controller a request under this law goes to (where a letter travels)."""
    controller = controller_of(platform, law)
    return controller.country if controller else None


def holiday_country(platform: Platform | None, law: Law) -> str | None:
    """The controller's country when the law counts its public holidays there, else None.

    A controller outside the law's territory (an Irish entity answering UK GDPR requests)
    gives None, and the deadline engine falls back to the law's own rules.
    """
    country = controller_country(platform, law)
    return country if country in law.countries else None


def _guidance_authority(platform: Platform, law: Law) -> str | None:
    from opt_out_gui.core import authorities

    wanted = law.regulator or (platform.lead_authority.id if platform.lead_authority else None)
    if wanted is None:
        return None
    try:
        return authorities.get_authority(wanted).name
    except UserError:
        return None
