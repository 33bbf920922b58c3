"""Makers of real files for the library's tests: PDFs good and bad, DOCX and ODT documents, and
a ZIP bomb. Each writes into the given directory and returns the file's path.

The DOCX and ODT files are written part by part with zipfile, as Word and LibreOffice write
them (with the same namespaces and the parts a reader needs), which keeps the tests free of
python-docx and odfpy."""

import io
import itertools
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF
from PIL import Image, ImageDraw

from library.pdfs import new_document, printable, write_pdf

SAMPLE_SECTIONS = [
    (
        "Gestión del paisaje",
        "La gestión del paisaje reúne a los agricultores, las comunidades y el gobierno local.\n\n"
        "Cada región define sus metas de restauración con las personas que viven allí.",
    ),
    (
        "Le paysage et l’œuvre commune",
        "Le paysage est une « œuvre » collective : forêts, rivières et villages ensemble.",
    ),
    (
        "A água e a restauração",
        "A água é o coração da paisagem — e da produção: “sem água, nada cresce”.",
    ),
]


def sample_pdf(directory: Path, name: str = "guide.pdf") -> Path:
    """A small guide in Spanish, French and Portuguese, with a cover page."""
    path = Path(directory) / name
    write_pdf(
        path,
        title="Guía de restauración \u2013 Guide de restauration",
        subtitle="Paisajes, paysages, paisagens",
        author="Red de Paisajes",
        sections=SAMPLE_SECTIONS,
    )
    return path


def pdf_with_pages(directory: Path, pages: list[str], name: str = "pages.pdf") -> Path:
    """A PDF with one page for each text given, in order."""
    pdf = new_document(title="Pages")
    pdf.set_auto_page_break(auto=False)
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 6, printable(text))
    path = Path(directory) / name
    pdf.output(str(path))
    return path


def scanned_pdf(directory: Path, pages: int = 3, name: str = "scanned.pdf") -> Path:
    """A PDF whose pages are pictures of text, as a scanner makes them: no text layer (not
    even page numbers)."""
    pdf = FPDF(format="A4")
    for number in range(1, pages + 1):
        image = Image.new("L", (620, 877), color=245)
        draw = ImageDraw.Draw(image)
        for line in range(20):
            draw.text((40, 60 + 36 * line), f"Scanned page {number}, line {line}", fill=20)
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    path = Path(directory) / name
    pdf.output(str(path))
    return path


def encrypted_pdf(directory: Path, name: str = "encrypted.pdf") -> Path:
    """A PDF with text that opens only with its password ("secret")."""
    pdf = new_document(title="Confidential")
    pdf.set_encryption(owner_password="owner-secret", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "The confidential landscape budget for next year.")
    path = Path(directory) / name
    pdf.output(str(path))
    return path


def fake_pdf(directory: Path, name: str = "report.pdf") -> Path:
    """A web page saved under a PDF's name, as a failed download leaves it."""
    path = Path(directory) / name
    path.write_text(
        "<!DOCTYPE html><html><head><title>Not found</title></head>"
        "<body><h1>404 Not Found</h1></body></html>\n",
        encoding="utf-8",
    )
    return path


def truncated_pdf(directory: Path, name: str = "truncated.pdf") -> Path:
    """The first half of a real PDF of several pages, as an interrupted upload leaves it."""
    buffer = io.BytesIO()
    write_pdf(
        buffer,
        title="Interrupted",
        sections=[(f"Part {n}", "Words about landscapes. " * 200) for n in range(1, 6)],
    )
    data = buffer.getvalue()
    path = Path(directory) / name
    path.write_bytes(data[: len(data) // 2])
    return path


WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
DOCX_RELATIONSHIPS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="word/document.xml"/>
</Relationships>"""
DOCX_DOCUMENT_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{WORD_NAMESPACE}"><w:body>'
)
DOCX_DOCUMENT_END = "<w:sectPr/></w:body></w:document>"


def _docx_paragraph(text: str) -> str:
    """A paragraph as Word writes one: its text split over runs (at a space and mid-word)."""
    middle = len(text) // 2
    first_space = text.find(" ")
    cuts = sorted({0, *([first_space] if first_space > 0 else []), middle, len(text)})
    runs = "".join(
        f'<w:r><w:rPr><w:b w:val="{index % 2}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text[start:end])}</w:t></w:r>'
        for index, (start, end) in enumerate(itertools.pairwise(cuts))
    )
    return f"<w:p><w:pPr><w:pStyle w:val='Normal'/></w:pPr>{runs}</w:p>"


def _docx_parts(archive: zipfile.ZipFile) -> None:
    archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
    archive.writestr("_rels/.rels", DOCX_RELATIONSHIPS)


def docx_with_paragraphs(
    directory: Path, paragraphs: list[str], name: str = "document.docx"
) -> Path:
    """A Word document with these paragraphs."""
    body = "".join(_docx_paragraph(text) for text in paragraphs)
    path = Path(directory) / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _docx_parts(archive)
        archive.writestr("word/document.xml", DOCX_DOCUMENT_START + body + DOCX_DOCUMENT_END)
    return path


def docx_with_text_box(directory: Path, name: str = "boxed.docx") -> Path:
    """A Word document with a text box (which Word writes twice, the second time for older
    readers), a tab and a line break."""
    box = "<w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>Before the box.</w:t></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>Anchor paragraph.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Value</w:t><w:br/><w:t>Next line</w:t></w:r></w:p>"
    )
    start = DOCX_DOCUMENT_START.replace(
        "<w:document ",
        '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps" ',
    )
    path = Path(directory) / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _docx_parts(archive)
        archive.writestr("word/document.xml", start + body + DOCX_DOCUMENT_END)
    return path


def docx_zip_bomb(directory: Path, megabytes: int = 256, name: str = "bomb.docx") -> Path:
    """A Word document whose document.xml is one paragraph of `megabytes` MB of spaces: a few
    hundred kilobytes packed. Written a megabyte at a time, so the test never holds it all."""
    path = Path(directory) / name
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        _docx_parts(archive)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(DOCX_DOCUMENT_START.encode() + b"<w:p><w:r><w:t>")
            for _ in range(megabytes):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p>" + DOCX_DOCUMENT_END.encode())
    return path


def docx_with_lying_sizes(directory: Path, name: str = "liar.docx") -> Path:
    """A ZIP bomb whose archive claims that document.xml unpacks to 1000 bytes: the checks of
    declared sizes and ratios pass it, so only the reading itself can stop it."""
    path = docx_zip_bomb(directory, megabytes=64, name=name)
    data = bytearray(path.read_bytes())
    member = b"word/document.xml"
    # The local header: signature, then at offset 22 the 4-byte uncompressed size, at 26 the
    # name's length; a ZIP64 member keeps its sizes in an extra field instead (0xFFFFFFFF here).
    # The central directory: the uncompressed size at offset 24, the name's length at 28.
    for signature, size_at, name_length_at in ((b"PK\x03\x04", 22, 26), (b"PK\x01\x02", 24, 28)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            length = _short(data, start + name_length_at)
            header = 30 if signature == b"PK\x03\x04" else 46
            if data[start + header : start + header + length] == member:
                _patch_zip64_size(data, start, header, length, size_at)
            start += 4
    path.write_bytes(bytes(data))
    return path


def _short(data: bytearray, position: int) -> int:
    """The little-endian 2-byte number at this position, as ZIP headers hold them."""
    return int.from_bytes(data[position : position + 2], "little")


def _patch_zip64_size(data: bytearray, start: int, header: int, name_length: int, size_at: int):
    """Make a header say its member unpacks to 1000 bytes, in the ZIP64 extra field if it has
    one (the sizes there are what readers believe), else in the header itself."""
    fake = 1000
    if data[start + size_at : start + size_at + 4] != b"\xff\xff\xff\xff":
        data[start + size_at : start + size_at + 4] = fake.to_bytes(4, "little")
        return
    extra_length_at = 28 if header == 30 else 30
    extra_length = _short(data, start + extra_length_at)
    extra = start + header + name_length
    position = extra
    while position < extra + extra_length:
        kind = _short(data, position)
        size = _short(data, position + 2)
        if kind == 1:  # ZIP64: the uncompressed size comes first
            data[position + 4 : position + 12] = fake.to_bytes(8, "little")
            return
        position += 4 + size


ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _odt_paragraph(text: str, index: int) -> str:
    """A paragraph as LibreOffice writes one: a heading first, then paragraphs whose second
    word is in a span. After the first word, a run of spaces as LibreOffice writes it (a space
    and text:s for the others), which a reader of the text is to make one space again."""
    words = [escape(word) for word in text.split(" ")]
    if len(words) > 1:
        words[0] += ' <text:s text:c="2"/>'
        words[1] = f'<text:span text:style-name="T1">{words[1]}</text:span>'
    inner = " ".join(words)
    if index == 0:
        return f'<text:h text:outline-level="1">{inner}</text:h>'
    return f'<text:p text:style-name="Standard">{inner}</text:p>'


def odt_with_paragraphs(directory: Path, paragraphs: list[str], name: str = "document.odt") -> Path:
    """An OpenDocument text with these paragraphs (the first one as a heading)."""
    body = "".join(_odt_paragraph(text, index) for index, text in enumerate(paragraphs))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NAMESPACES} office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    path = Path(directory) / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype comes first and stored, so that the format shows at a fixed offset.
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", ODT_MANIFEST)
        archive.writestr("content.xml", content)
    return path
