"""Request-type titles and law short names from data/laws.toml, for start-up and lists.

Written by `python -m opt_out_gui.core.laws.index`; do not edit by hand.
"""

TYPE_TITLES = {
    "gdpr-objection-ai": "Objection to AI training",
    "gdpr-access-ai": "Access request with AI questions",
    "gdpr-erasure": "Erasure request",
    "gdpr-restriction": "Restriction of processing",
    "gdpr-withdraw-consent": "Withdrawal of consent",
    "gdpr-rectification": "Rectification request",
    "gdpr-portability": "Data portability request",
    "gdpr-automated-decisions": "Automated decision: human review",
    "gdpr-verification-reply": "Reply to a demand for ID",
    "gdpr-controller-complaint": "Complaint to the controller (UK)",
    "gdpr-reminder": "Reminder after the deadline",
    "gdpr-complaint": "Complaint to the supervisory authority",
    "ccpa-opt-out": "Opt-out of sale or sharing",
    "ccpa-limit": "Limit use of sensitive personal information",
    "ccpa-delete": "Request to delete",
    "ccpa-know": "Request to know",
    "ccpa-correct": "Request to correct",
    "ccpa-verification-reply": "Reply to a demand for ID",
    "ccpa-agent": "Authorization of an agent",
    "ccpa-reminder": "Reminder after the deadline",
    "ccpa-complaint": "Complaint to the California Privacy Protection Agency",
    "us-state-opt-out": "Opt-out request",
    "us-state-access": "Access request",
    "us-state-delete": "Deletion request",
    "us-state-appeal": "Appeal against a refusal",
    "us-state-reminder": "Reminder after the deadline",
    "us-state-complaint": "Complaint to the state Attorney General",
    "lgpd-access": "Confirmation and access request",
    "lgpd-delete": "Deletion request",
    "lgpd-correct": "Correction request",
    "lgpd-revoke-consent": "Revocation of consent",
    "lgpd-opposition": "Opposition to processing",
    "lgpd-reminder": "Reminder after the deadline",
    "lgpd-complaint": "Petition to the ANPD",
    "pipeda-access": "Access request",
    "pipeda-reminder": "Reminder after the deadline",
    "pipeda-complaint": "Complaint to the Privacy Commissioner",
}

LAW_NAMES = {
    "gdpr": "GDPR",
    "uk-gdpr": "UK GDPR",
    "fadp": "FADP",
    "ccpa": "CCPA",
    "vcdpa": "VCDPA",
    "cpa": "CPA",
    "ctdpa": "CTDPA",
    "ucpa": "UCPA",
    "tdpsa": "TDPSA",
    "ocpa": "OCPA",
    "mcdpa": "MCDPA",
    "icdpa": "ICDPA",
    "incdpa": "Indiana ICDPA",
    "kcdpa": "KCDPA",
    "ridtppa": "RIDTPPA",
    "ndpa": "NDPA",
    "dpdpa": "DPDPA",
    "nhdpa": "NHDPA",
    "njdpl": "NJDPL",
    "tipa": "TIPA",
    "mncdpa": "Minnesota MCDPA",
    "modpa": "MODPA",
    "lgpd": "LGPD",
    "pipeda": "PIPEDA",
}


def type_title(type_id: str) -> str:
    """The title of a request type; the id itself for a type this version does not know."""
    return TYPE_TITLES.get(type_id, type_id)


def law_name(law_id: str) -> str:
    """The short name of a law (GDPR...); the id itself for one this version does not know."""
    return LAW_NAMES.get(law_id, law_id)
