"""Print a letter to PDF with Qt: sender block, address window, date, reference, subject,
body and signature line, on A4 (US Letter for US laws).

Painting uses QtGui only, so the CLI can call it without a display: when no Qt
application exists, an offscreen one is created.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.letters import Letter, split_signature

# Millimetres: margins and the address window follow the common DIN 5008 / C5 window envelope.
_MARGIN_MM = 20
_WINDOW_TOP_MM = 45
# Height of the blank line left for a handwritten signature (about 15 mm).
_SIGNATURE_SPACE_PT = 36


_application = None  # the QApplication made for printing, when there was none


def _ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication rather than a bare QGuiApplication: widgets created later in
        # the same process (tests, or a GUI that prints first) need the widget kind.
        from PySide6.QtWidgets import QApplication

        global _application  # kept on the module so that it lives as long as the process
        _application = QApplication([])


def letter_document_html(letter: Letter) -> str:
    """The letter as the simple HTML subset QTextDocument lays out."""
    paragraphs, signature = split_signature(letter)

    def lines(values) -> str:
        return "<br>".join(html.escape(v) for v in values if v)

    sender = lines([letter.sender.name, *letter.sender.address.splitlines()])
    sender_one_line = html.escape(
        " · ".join(v for v in [letter.sender.name, *letter.sender.address.splitlines()] if v)
    )
    recipient = lines([letter.recipient.entity, *letter.recipient.address])
    body = "".join(f"<p>{lines(p.split(chr(10)))}</p>" for p in paragraphs)
    # Room to sign by hand between the closing and the printed name. QTextDocument ignores a
    # table's top margin, so an empty paragraph with a fixed height makes the space.
    signature_block = (
        f"<p style='margin-top: 0; margin-bottom: 0; font-size: {_SIGNATURE_SPACE_PT}pt'>&nbsp;</p>"
        "<table cellpadding='0'><tr><td style='border-top: 1px solid black; "
        f"padding-top: 3pt; width: 60mm'>{html.escape(signature)}</td></tr></table>"
        if signature
        else ""
    )
    return (
        "<html><body style='font-family: \"DejaVu Serif\", serif; font-size: 10.5pt'>"
        "<table width='100%' cellpadding='0' cellspacing='0'><tr>"
        f"<td valign='top' width='60%'><p style='font-size: 7.5pt'><u>{sender_one_line}</u></p>"
        f"<p>{recipient}</p></td>"
        f"<td valign='top' align='right'><p style='font-size: 9pt'>{sender}</p></td>"
        "</tr></table>"
        f"<p align='right' style='margin-top: 18pt'>{html.escape(letter.date_text)}<br>"
        f"{html.escape(letter.reference_label)}: {html.escape(letter.reference)}</p>"
        f"<p style='margin-top: 12pt'><b>{html.escape(letter.subject)}</b></p>"
        f"{body}{signature_block}</body></html>"
    )


def write_letter_pdf(letter: Letter, path: Path) -> None:
    """Write the letter as a PDF file. Raises UserError if the file cannot be written."""
    _ensure_gui_application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot write {path}: folder {folder} does not exist"),
            path=path,
            folder=path.parent,
        )
    from opt_out_gui.core.laws import get_law

    us_paper = get_law(letter.law_id).region == "us"
    page_size = QPageSize(QPageSize.PageSizeId.Letter if us_paper else QPageSize.PageSizeId.A4)
    writer = QPdfWriter(str(path))
    writer.setTitle(letter.subject)
    writer.setCreator("Opt-Out Assistant")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _WINDOW_TOP_MM - 25, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(letter_document_html(letter))
    document.print_(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(QT_TRANSLATE_NOOP("Error", "cannot write {path}: the PDF is empty"), path=path)


def letter_pdf_bytes(letter: Letter) -> bytes:
    """The letter as PDF bytes, for an email attachment."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="opt-out-pdf-") as folder:
        path = Path(folder) / f"{letter.reference}.pdf"
        write_letter_pdf(letter, path)
        return path.read_bytes()
