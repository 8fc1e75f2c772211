"""Render each page of the app to PNG for the README and for review.

Usage: xvfb-run -a python scripts/take_screenshots.py [OUT_DIR] [WIDTHxHEIGHT] [LANGUAGE] [dark]
("dark": the app's dark palette, as when the system asks for a dark colour scheme)
Uses a throw-away data directory with an example profile; never your own data.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from opt_out_gui.core.profile import Profile
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.main_window import PAGE_NAMES, MainWindow

EXAMPLE_PROFILE = Profile(
    name="Maria Schmidt",
    email="maria.schmidt@example.org",
    address="Beispielstraße 12\n10115 Berlin",
    country="DE",
    state="BE",
    language="de",
)


def _settle(app) -> None:
    # Layouts of wrapped text settle over a few event-loop turns.
    for _ in range(5):
        app.processEvents()


def example_checklist(workspace) -> None:
    from datetime import date, timedelta

    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.checklist import DONE, ChecklistService

    service = ChecklistService(workspace.store, load_catalog())
    for platform_id in ("linkedin", "instagram", "openai-chatgpt", "reddit", "x"):
        service.add_account(platform_id)
    linkedin = service.catalog.get("linkedin").training_controls_for("eu")
    service.mark("linkedin", linkedin[0].id, DONE, when=date.today() - timedelta(days=20))
    chatgpt = service.catalog.get("openai-chatgpt").training_controls_for("eu")
    service.mark("openai-chatgpt", chatgpt[0].id, DONE, when=date.today() - timedelta(days=200))


def example_requests(workspace) -> None:
    from datetime import date, timedelta

    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.letters import compose_letter
    from opt_out_gui.core.references import new_reference
    from opt_out_gui.core.tracker import Draft, TrackerService

    catalog = load_catalog()
    tracker = TrackerService(workspace.store, catalog)
    profile = workspace.profiles.load()
    for platform_id, sent_days_ago in (("linkedin", 45), ("openai-chatgpt", 10), ("reddit", None)):
        letter = compose_letter(
            catalog.get(platform_id),
            "gdpr-objection-ai",
            "gdpr",
            profile.language,
            profile,
            account="",
            reference=new_reference(date.today()),
            today=date.today(),
        )
        request = tracker.create(
            Draft(
                reference=letter.reference,
                platform=platform_id,
                type=letter.type_id,
                law=letter.law_id,
                language=letter.language,
                recipient=letter.recipient.email or "",
                subject=letter.subject,
                body=letter.body,
                channel="email" if letter.recipient.email else "post",
            )
        )
        if sent_days_ago is not None:
            tracker.record(request.id, "sent", date.today() - timedelta(days=sent_days_ago))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    width, height = (int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1180x780").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from opt_out_gui.ui.translation import install_translators

    install_translators(sys.argv[3] if len(sys.argv) > 3 else "en")
    if "dark" in sys.argv[4:]:
        from opt_out_gui.ui.colours import apply_palette, dark_palette

        apply_palette(app, dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_workspace(str(Path(tmp) / "fresh"))
        window = MainWindow(fresh)
        window.resize(width, height)
        window.show()
        _settle(app)
        window.grab().save(str(out / "welcome.png"))
        window.close()
        fresh.close()

        workspace = open_workspace(str(Path(tmp) / "example"))
        workspace.profiles.save(EXAMPLE_PROFILE)
        example_checklist(workspace)
        example_requests(workspace)
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        for name in PAGE_NAMES:
            page = window.show_page(name)
            if name == "Checklist":
                page.select_platform("linkedin")
            if name == "Letters":
                page.compose_for("linkedin")
            if name == "Requests":
                page.table.selectRow(0)
            _settle(app)
            window.grab().save(str(out / f"{name.lower()}.png"))
            if name == "Settings":
                for tab in ("Law", "Email", "Catalogue", "Data"):
                    page.tab(tab)
                    _settle(app)
                    window.grab().save(str(out / f"settings-{tab.lower()}.png"))
        window.close()
        workspace.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
