"""Writing real-looking PDFs: the demo library's guides and reports, and the tests' files.

The writer is fpdf2 (pure Python). Its 14 standard fonts (Helvetica here) are built into every
PDF reader, so nothing is embedded and the project does not depend on any font installed on the
machine. Those fonts are drawn with WinAnsiEncoding: setting `core_fonts_encoding` to cp1252
gives the accented Latin letters (á ç ã é ñ), and also œ, € and the typographic quotation
marks, dashes and ellipsis that Latin-1 lacks. A character outside cp1252 is replaced before it
is written: by a listed equivalent, else by its letter without accents (ő → o), else by "?".
Those replacements are the price of not embedding a TrueType font; the demo's English, Spanish,
French and Portuguese texts need none.

The text is real text (extractable, searchable): `library.extraction` reads it back in the tests.
"""

import os
import re
import unicodedata
from typing import BinaryIO

from fpdf import FPDF

ENCODING = "cp1252"
# Characters that cp1252 lacks but that typed text often holds, with their nearest cp1252 form.
REPLACEMENTS = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "\u2013",  # figure dash
    "\u2015": "\u2014",  # horizontal bar
    "\u2032": "'",  # prime
    "\u2033": '"',  # double prime
    "\u2212": "-",  # minus sign
    "\u202f": "\xa0",  # narrow no-break space (French, before : ; ? !)
    "\u2009": " ",  # thin space
}
FONT = "Helvetica"
BAND_COLOUR = (46, 111, 64)  # a landscape green
HEADING_COLOUR = (32, 78, 45)
TEXT_COLOUR = (33, 33, 33)
MUTED_COLOUR = (100, 100, 100)
MARGIN = 20  # mm


def printable(text: str) -> str:
    """The text with every character the standard fonts cannot draw replaced (see above)."""
    out = []
    for char in text:
        char = REPLACEMENTS.get(char, char)
        try:
            char.encode(ENCODING)
        except UnicodeEncodeError:
            # Compatibility decomposition turns ligatures and accented letters into plain
            # letters plus combining marks; the marks that cp1252 cannot hold are dropped.
            plain = "".join(
                part
                for part in unicodedata.normalize("NFKD", char)
                if not unicodedata.combining(part) and _encodable(part)
            )
            char = plain or "?"
        out.append(char)
    return "".join(out)


def _encodable(char: str) -> bool:
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


class _Document(FPDF):
    """An A4 document whose pages after the cover carry their number in the footer."""

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font(FONT, size=9)
        self.set_text_color(*MUTED_COLOUR)
        self.cell(0, 10, str(self.page_no()), align="C")


def new_document(*, title: str = "", author: str = "") -> FPDF:
    """An empty document set up as `write_pdf` sets it up, for callers that lay out their own
    pages (the tests' page-by-page PDFs)."""
    pdf = _Document(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.set_creator("1000 Landscapes")
    if title:
        pdf.set_title(printable(title))
    if author:
        pdf.set_author(printable(author))
    return pdf


def write_pdf(
    path_or_file: str | os.PathLike | BinaryIO,
    *,
    title: str,
    subtitle: str = "",
    author: str = "",
    sections: list[tuple[str, str]],
) -> int:
    """Write a cover page and then the sections (heading, paragraphs separated by blank lines);
    return the number of pages written."""
    pdf = new_document(title=title, author=author)
    _cover(pdf, title=title, subtitle=subtitle, author=author)
    pdf.add_page()
    for index, (heading, body) in enumerate(sections):
        if index:
            pdf.ln(4)
        # A heading at the foot of a page, away from its first paragraph, reads badly.
        if pdf.get_y() > pdf.h - MARGIN - 30:
            pdf.add_page()
        pdf.set_font(FONT, style="B", size=15)
        pdf.set_text_color(*HEADING_COLOUR)
        pdf.multi_cell(0, 8, printable(heading), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font(FONT, size=11)
        pdf.set_text_color(*TEXT_COLOUR)
        for paragraph in _paragraphs(body):
            pdf.multi_cell(0, 5.5, printable(paragraph), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pages = pdf.page_no()
    if isinstance(path_or_file, (str, os.PathLike)):
        pdf.output(os.fspath(path_or_file))
    else:
        path_or_file.write(bytes(pdf.output()))
    return pages


def _cover(pdf: FPDF, *, title: str, subtitle: str, author: str) -> None:
    pdf.add_page()
    pdf.set_fill_color(*BAND_COLOUR)
    pdf.rect(0, 0, pdf.w, 80, style="F")
    pdf.set_xy(MARGIN, 30)
    pdf.set_font(FONT, style="B", size=12)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 8, "1000 Landscapes for 1 Billion People", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(100)
    pdf.set_font(FONT, style="B", size=28)
    pdf.set_text_color(*HEADING_COLOUR)
    pdf.multi_cell(0, 12, printable(title), align="L", new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.ln(4)
        pdf.set_font(FONT, size=16)
        pdf.set_text_color(*TEXT_COLOUR)
        pdf.multi_cell(0, 8, printable(subtitle), align="L", new_x="LMARGIN", new_y="NEXT")
    if author:
        pdf.ln(10)
        pdf.set_font(FONT, size=12)
        pdf.set_text_color(*MUTED_COLOUR)
        pdf.multi_cell(0, 6, printable(author), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(*BAND_COLOUR)
    pdf.rect(0, pdf.h - 12, pdf.w, 12, style="F")


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs: blank lines separate them, single line breaks are spaces."""
    blocks = re.split(r"\n[ \t]*\n", body)
    return [re.sub(r"[ \t]*\n[ \t]*", " ", block.strip()) for block in blocks if block.strip()]
