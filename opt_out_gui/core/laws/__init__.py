"""The law engine: laws and their rights, request types, deadlines and the instrument chooser.

Facts live in data/laws.toml with a source for each; see registry.py for the types.
"""

from opt_out_gui.core.laws.chooser import Recommendation, recommend_requests
from opt_out_gui.core.laws.deadlines import DeadlineResult, compute_deadline
from opt_out_gui.core.laws.registry import (
    Law,
    OptOutScope,
    Period,
    RequestType,
    Right,
    VerificationGuidance,
    all_laws,
    default_law_for,
    get_law,
    get_request_type,
    opt_out_scope,
    request_types,
    verification_guidance,
)

__all__ = [
    "DeadlineResult",
    "Law",
    "OptOutScope",
    "Period",
    "Recommendation",
    "RequestType",
    "Right",
    "VerificationGuidance",
    "all_laws",
    "compute_deadline",
    "default_law_for",
    "get_law",
    "get_request_type",
    "opt_out_scope",
    "recommend_requests",
    "request_types",
    "verification_guidance",
]
