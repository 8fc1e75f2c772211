"""A letter saved as a file (txt, html, pdf, eml): what the CLI's --out and the GUI's Save write.

Outside core because the PDF is drawn with Qt. The file is written like every file
with personal data (core/files.py): readable only by the user, complete or absent,
and an existing file is replaced only when the user agreed.
"""

from __future__ import annotations

from pathlib import Path

from opt_out_gui.core.files import save_user_file
from opt_out_gui.core.letters import Letter


def letter_file_bytes(letter: Letter, output_format: str) -> bytes:
    from opt_out_gui.core import letters

    letters.check_sender(letter.sender, output_format)
    if output_format == "pdf":
        from opt_out_gui.pdf import letter_pdf_bytes

        return letter_pdf_bytes(letter)
    if output_format == "eml":
        return letters.letter_to_eml(letter)
    return (letter.html if output_format == "html" else letter.full_text()).encode("utf-8")


def save_letter(letter: Letter, output_format: str, path: Path, *, replace: bool = False) -> Path:
    """Write the letter to `path` (mode 0600). Raises TargetExists when it exists and not `replace`."""
    return save_user_file(Path(path), letter_file_bytes(letter, output_format), replace=replace)
