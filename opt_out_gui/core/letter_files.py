"""A letter saved as a file (txt, html, pdf, eml), alone or one per platform into a folder.

What the GUI's Save buttons and "Several platforms at once", `opt-out letter --out` and
`opt-out letter --out-dir` write. Every file follows core.files.save_user_file: readable
only by the user (0600), complete or absent, and an existing file is replaced only when the
caller says the user agreed.

The PDF is drawn with Qt, which core never imports: the front passes a `pdf_writer`
(opt_out_gui.pdf.letter_pdf_bytes), a function from a letter to the PDF's bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from opt_out_gui.core import letters
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.files import save_user_file
from opt_out_gui.core.letters import Letter, LetterOptions
from opt_out_gui.core.profile import Profile

if TYPE_CHECKING:
    from opt_out_gui.core.catalog import Platform
    from opt_out_gui.core.tracker import Request, TrackerService

PdfWriter = Callable[[Letter], bytes]


def letter_bytes(letter: Letter, output_format: str, pdf_writer: PdfWriter | None = None) -> bytes:
    """The file's content. Raises UserError for a format the letter's sender cannot sign yet
    (core.letters.check_sender), or a PDF asked of a front that draws none."""
    letters.check_sender(letter.sender, output_format)
    if output_format == "pdf":
        if pdf_writer is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "this front end cannot draw a PDF"), code="pdf_unavailable"
            )
        return pdf_writer(letter)
    if output_format == "eml":
        return letters.letter_to_eml(letter)
    return (letter.html if output_format == "html" else letter.full_text()).encode("utf-8")


def letter_file_name(letter: Letter, output_format: str) -> str:
    """'linkedin-gdpr-objection-ai-2026-K3F9Q2M.pdf': platform, type and reference tell files apart."""
    return f"{letter.platform_id}-{letter.type_id}-{letter.reference}.{output_format}"


def save_letter(
    letter: Letter,
    output_format: str,
    path: Path,
    *,
    replace: bool = False,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """Write the letter to `path` (mode 0600). Raises TargetExists when it exists and not `replace`."""
    return save_user_file(Path(path), letter_bytes(letter, output_format, pdf_writer), replace=replace)


@dataclass(frozen=True)
class LetterChoice:
    """What every letter of a batch shares: the request, the law, the language, the sender."""

    type_id: str
    law_id: str | None
    language: str
    profile: Profile
    account: str = ""
    options: LetterOptions = field(default_factory=LetterOptions)
    channel: str | None = None  # None: the channel each recipient offers


def compose(platform: Platform, choice: LetterChoice, *, today: date, reference: str | None = None) -> Letter:
    """The letter to one platform (core.letters.compose_letter), under a new reference unless one is given."""
    from opt_out_gui.core.references import new_reference

    return letters.compose_letter(
        platform,
        choice.type_id,
        choice.law_id,
        choice.language,
        choice.profile,
        account=choice.account,
        reference=reference or new_reference(today),
        today=today,
        options=choice.options,
        channel=choice.channel,
    )


@dataclass
class Batch:
    """What a batch wrote: the files, the draft requests kept, and each platform that failed."""

    written: list[Path] = field(default_factory=list)
    tracked: list[Request] = field(default_factory=list)
    problems: list[tuple[Platform, UserError]] = field(default_factory=list)


def write_letters(
    platforms: Sequence[Platform],
    choice: LetterChoice,
    folder: Path,
    output_format: str,
    *,
    today: date,
    pdf_writer: PdfWriter | None = None,
    tracker: TrackerService | None = None,
) -> Batch:
    """One letter per platform into `folder` (named by letter_file_name, never replacing a file);
    with a tracker, each letter written is also kept as a draft request.

    A platform whose letter cannot be written (no controller known, a file of that name
    exists) is reported in `problems`; the others are written. A problem every letter would
    have (no folder, the sender's name missing for this format) is raised before any is written.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot write letters into {folder}: it is not a folder"),
            folder=folder,
        )
    if output_format not in letters.OUTPUT_FORMATS:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "format {format!r} is not one of {formats}"),
            format=output_format,
            formats=", ".join(letters.OUTPUT_FORMATS),
        )
    letters.check_sender(choice.profile, output_format)
    batch = Batch()
    for platform in platforms:
        try:
            letter = compose(platform, choice, today=today)
            path = folder / letter_file_name(letter, output_format)
            batch.written.append(save_letter(letter, output_format, path, pdf_writer=pdf_writer))
            if tracker is not None:
                batch.tracked.append(tracker.create(letters.draft_from_letter(letter)))
        except UserError as error:
            batch.problems.append((platform, error))
    return batch
