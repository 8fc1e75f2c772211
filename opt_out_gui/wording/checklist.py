"""The checklist in words: progress, and why a done control needs checking again."""

from __future__ import annotations

from opt_out_gui.core.checklist import Recheck
from opt_out_gui.wording import Translate, count, identity


def progress_text(done: int, total: int, translate: Translate = identity) -> str:
    """'1 of 2 controls done'."""
    return translate("Checklist", "{done} of {controls} done").format(
        done=done, controls=count("control", total, translate)
    )


def recheck_text(recheck: Recheck, translate: Translate = identity) -> str:
    t, p = translate, recheck.params
    if recheck.code == "update_brought_event":
        return t(
            "Checklist",
            "A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}",
        ).format(
            arrived=p["arrived"].isoformat(),
            platform=p["platform"],
            date=p["date"].isoformat(),
            summary=p["summary"],
        )
    if recheck.code == "policy_changed":
        return t(
            "Checklist", "{platform} changed its policy on {date}, after you did this: {summary}"
        ).format(platform=p["platform"], date=p["date"].isoformat(), summary=p["summary"])
    if recheck.code == "interval_passed":
        return t(
            "Checklist",
            "Done {days} ago; platforms change or re-enable settings, so check it every {interval}.",
        ).format(days=count("day", p["days"], t), interval=count("day", p["interval"], t))
    raise ValueError(f"no words for re-check code {recheck.code!r}")
