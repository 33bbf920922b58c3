"""Text from library files: real PDFs, DOCX and ODT documents, good, damaged and hostile, read
by the real parsers in the real child process."""

import io
import subprocess
import time
import zipfile

import pytest
from PIL import Image

from library import extraction
from library.extraction import (
    STATUS_DAMAGED,
    STATUS_ENCRYPTED,
    STATUS_LABELS,
    STATUS_NO_TEXT,
    STATUS_OK,
    STATUS_TIMEOUT,
    STATUS_TOO_LARGE,
    STATUS_UNSUPPORTED,
    extract,
    extractable,
)
from library.pdfs import printable, write_pdf

from . import files

NEEDLE = "The wetland restoration in the Usambara mountains doubled the dry-season flow."


def page_text(number: int) -> str:
    return f"Page {number} of the annual report. " + "Landscapes and livelihoods. " * 20


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    """45 pages, each saying its number, and a sentence found only on page 40."""
    pages = [page_text(number) for number in range(1, 46)]
    pages[39] += NEEDLE
    return files.pdf_with_pages(tmp_path_factory.mktemp("pdfs"), pages)


def test_a_sentence_on_page_40_of_45_is_found(long_pdf):
    result = extract(long_pdf, "pdf")

    assert result.status == STATUS_OK
    assert result.pages == 45
    assert NEEDLE in result.text
    assert result.cover_png is None
    pages = result.text.split("\f")
    assert len(pages) == 45
    assert NEEDLE in pages[39]
    assert "Page 40 of the annual report" in pages[39]


def test_accented_words_and_typographic_marks_round_trip(tmp_path):
    result = extract(files.sample_pdf(tmp_path), ".PDF")

    assert result.status == STATUS_OK
    words = ["Guía", "gestión", "reúne", "paysage", "œuvre", "« œuvre »", "água", "restauração"]
    for word in words:
        assert word in result.text
    assert "“sem água, nada cresce”" in result.text
    assert "l’œuvre" in result.text
    assert "paisagem — e da produção" in result.text
    assert "restauración \u2013 Guide" in result.text


def test_words_broken_at_a_line_end_are_joined(tmp_path):
    lines = "The restora-\ntion of   degraded land.\nNorth-\nSouth cooperation.\n\n\n\nEnd."
    result = extract(files.pdf_with_pages(tmp_path, [lines]), "pdf")

    assert result.text == "The restoration of degraded land.\nNorth-South cooperation.\nEnd."


def test_write_pdf_counts_its_pages_and_writes_to_a_file_object(tmp_path):
    buffer = io.BytesIO()
    pages = write_pdf(
        buffer,
        title="Long",
        sections=[(f"Part {n}", "Many words about soil. " * 300) for n in range(3)],
    )
    path = tmp_path / "long.pdf"
    path.write_bytes(buffer.getvalue())

    assert pages > 3
    assert extract(path, "pdf").pages == pages


def test_printable_replaces_what_the_standard_fonts_cannot_draw():
    drawable = "gestión “œuvre” \u2013 — … €"
    assert printable(drawable) == drawable
    assert printable("Erdős\u2011Rényi") == "Erdos-Rényi"
    assert printable("数") == "?"


def test_the_cover_is_a_png_600_pixels_wide(tmp_path):
    result = extract(files.sample_pdf(tmp_path), "pdf", with_cover=True)

    assert result.status == STATUS_OK
    assert result.cover_png.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(result.cover_png))
    assert abs(image.width - 600) <= 2
    assert image.height > image.width  # A4, upright


def test_docx_paragraphs_come_in_order(tmp_path):
    paragraphs = [
        "Restoring landscapes together",
        "Farmers, foresters and mayors met in Nairobi.",
        "Ils ont décidé d’agir — ensemble.",
    ]
    result = extract(files.docx_with_paragraphs(tmp_path, paragraphs), "docx")

    assert result.status == STATUS_OK
    assert result.text == "\n".join(paragraphs)
    assert result.pages == 0


def test_a_docx_text_box_is_read_once(tmp_path):
    result = extract(files.docx_with_text_box(tmp_path), "docx")

    assert result.status == STATUS_OK
    assert result.text == (
        "Before the box.\nInside the box.\nAnchor paragraph.\nName Value\nNext line"
    )


def test_odt_paragraphs_come_in_order(tmp_path):
    paragraphs = ["Restauração de paisagens", "A água volta às nascentes.", "Fin del informe."]
    result = extract(files.odt_with_paragraphs(tmp_path, paragraphs), "odt")

    assert result.status == STATUS_OK
    assert result.text == "\n".join(paragraphs)


def test_txt_is_read_as_utf8(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("Notas de campo:   água\r\nsegunda línea \xff".encode() + b"\xff")

    result = extract(path, "txt")

    assert result.status == STATUS_OK
    assert result.text == "Notas de campo: água\nsegunda línea \xff\ufffd"


def test_a_scanned_pdf_has_pages_but_no_text(tmp_path):
    result = extract(files.scanned_pdf(tmp_path, pages=3), "pdf", with_cover=True)

    assert result.status == STATUS_NO_TEXT
    assert result.pages == 3
    assert result.text == ""
    assert result.cover_png.startswith(b"\x89PNG")


def test_an_encrypted_pdf_is_reported(tmp_path, caplog):
    path = files.encrypted_pdf(tmp_path)
    result = extract(path, "pdf", with_cover=True)

    assert result.status == STATUS_ENCRYPTED
    assert result.text == ""
    assert result.cover_png is None
    assert "password" in result.detail
    assert str(path) in caplog.text


def test_a_web_page_named_pdf_is_damaged(tmp_path, caplog):
    path = files.fake_pdf(tmp_path)
    result = extract(path, "pdf")

    assert result.status == STATUS_DAMAGED
    assert result.text == ""
    assert "not a readable PDF" in result.detail
    assert str(path) in caplog.text


def test_half_a_pdf_is_damaged(tmp_path):
    """PDFium reads a PDF from its end (the cross-reference table and the trailer), which an
    interrupted upload loses."""
    result = extract(files.truncated_pdf(tmp_path), "pdf")

    assert result.status == STATUS_DAMAGED
    assert result.text == ""


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")

    assert extract(empty, "pdf").status == STATUS_DAMAGED
    assert extract(tmp_path / "missing.pdf", "pdf").status == STATUS_DAMAGED
    assert extract(empty.with_suffix(".docx"), "docx").status == STATUS_DAMAGED


def test_a_pdf_given_as_a_docx_is_damaged(tmp_path):
    result = extract(files.sample_pdf(tmp_path), "docx")

    assert result.status == STATUS_DAMAGED
    assert "ZIP" in result.detail


def test_a_zip_without_the_document_part_is_damaged(tmp_path):
    result = extract(files.odt_with_paragraphs(tmp_path, ["Text"]), "docx")

    assert result.status == STATUS_DAMAGED
    assert "word/document.xml" in result.detail


def test_a_docx_zip_bomb_is_refused(tmp_path):
    path = files.docx_zip_bomb(tmp_path)
    assert path.stat().st_size < 2 * 1024 * 1024

    result = extract(path, "docx")

    assert result.status == STATUS_TOO_LARGE
    assert "word/document.xml" in result.detail


def test_a_zip_bomb_that_lies_about_its_size_is_refused(tmp_path):
    """It passes the checks of declared sizes; unpacking stops at the size declared, where the
    checksum is found wrong."""
    result = extract(files.docx_with_lying_sizes(tmp_path), "docx")

    assert result.status == STATUS_DAMAGED
    assert "Bad CRC-32" in result.detail
    assert result.text == ""


def test_the_child_cannot_use_more_memory_than_allowed(tmp_path, monkeypatch):
    """With every bound on unpacking lifted, the memory limit still stops a bomb."""
    monkeypatch.setattr(extraction, "MAX_UNZIPPED_XML_BYTES", 1024 * 1024 * 1024)
    monkeypatch.setattr(extraction, "MAX_COMPRESSION_RATIO", 10**9)
    monkeypatch.setattr(extraction, "MAX_MEMORY_BYTES", 200 * 1024 * 1024)

    result = extract(files.docx_zip_bomb(tmp_path), "docx")

    assert result.status == STATUS_TOO_LARGE
    assert result.detail == "needs more than 200.0 MB of memory"


def test_a_highly_compressed_member_is_refused(tmp_path, monkeypatch):
    """Below the size bound, an absurd ratio alone is enough."""
    monkeypatch.setattr(extraction, "MAX_UNZIPPED_XML_BYTES", 100 * 1024 * 1024)

    result = extract(files.docx_zip_bomb(tmp_path, megabytes=50), "docx")

    assert result.status == STATUS_DAMAGED
    assert "ZIP bomb" in result.detail


def test_a_docx_read_beyond_the_bound_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_UNZIPPED_XML_BYTES", 200)
    path = files.docx_with_paragraphs(tmp_path, ["A paragraph that is long enough. " * 20])

    result = extract(path, "docx")

    assert result.status == STATUS_TOO_LARGE


def test_xml_entities_are_refused(tmp_path):
    """The billion laughs: entities that expand to gigabytes."""
    path = tmp_path / "laughs.odt"
    content = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:text><text:p>&lol2;</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", content)

    result = extract(path, "odt")

    assert result.status == STATUS_DAMAGED
    assert "refused XML" in result.detail


def test_only_the_first_max_pages_are_read(long_pdf, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PAGES", 5)

    result = extract(long_pdf, "pdf")

    assert result.status == STATUS_OK
    assert result.pages == 5
    assert "Page 5 of the annual report" in result.text
    assert "Page 6 " not in result.text
    assert "first 5 of 45 pages" in result.detail


def test_text_stops_at_max_text_chars(long_pdf, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 1500)

    result = extract(long_pdf, "pdf")

    assert result.status == STATUS_OK
    assert len(result.text) == 1500
    assert result.pages < 5  # the pages after the cut were not read
    assert NEEDLE not in result.text
    assert "cut at 1500 characters" in result.detail


def test_docx_text_stops_at_max_text_chars(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 50)
    path = files.docx_with_paragraphs(tmp_path, [f"Paragraph number {n}." for n in range(100)])

    result = extract(path, "docx")

    assert result.status == STATUS_OK
    assert len(result.text) == 50
    assert result.text.startswith("Paragraph number 0.\nParagraph number 1.\n")


def test_a_file_over_max_file_bytes_is_not_opened(long_pdf, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", 1000)

    def no_child(*args, **kwargs):
        raise AssertionError("a child process was started")

    monkeypatch.setattr(subprocess, "run", no_child)

    result = extract(long_pdf, "pdf")

    assert result.status == STATUS_TOO_LARGE
    assert "limit" in result.detail


def test_a_slow_reading_times_out(long_pdf, monkeypatch, caplog):
    monkeypatch.setattr(extraction, "EXTRACTION_TIMEOUT", 0.001)
    started = time.monotonic()

    result = extract(long_pdf, "pdf")

    assert result.status == STATUS_TIMEOUT
    assert result.detail == "timed out after 0.001 s"
    assert time.monotonic() - started < 5
    assert str(long_pdf) in caplog.text


def test_other_formats_are_unsupported_without_a_child(tmp_path, monkeypatch):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04")

    def no_child(*args, **kwargs):
        raise AssertionError("a child process was started")

    monkeypatch.setattr(subprocess, "run", no_child)

    result = extract(path, "xlsx")

    assert result.status == STATUS_UNSUPPORTED
    assert result.text == ""


def test_extractable():
    assert extractable("pdf")
    assert extractable(".PDF")
    assert extractable("docx")
    assert extractable("odt")
    assert extractable("txt")
    assert not extractable("xlsx")
    assert not extractable("pptx")
    assert not extractable("csv")
    assert not extractable("")


def test_every_status_has_a_label():
    statuses = {
        value
        for name, value in vars(extraction).items()
        if name.startswith("STATUS_") and isinstance(value, str)
    }
    assert set(STATUS_LABELS) == statuses
    assert str(STATUS_LABELS[STATUS_NO_TEXT]) == "No text (scanned?)"


def test_the_child_runs_from_anywhere(long_pdf, tmp_path, monkeypatch):
    """The child finds the project from the module's own place, not from the working
    directory."""
    monkeypatch.chdir(tmp_path)

    assert extract(long_pdf, "pdf").status == STATUS_OK
