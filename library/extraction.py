"""The text (and a cover image) of a library resource's files, read without risk to the site.

The library indexes the full text of every file attached to a resource, so that a sentence on
page 40 of a report finds the report. Those files come from editors and from network members:
some are damaged, some may be hostile (a ZIP bomb dressed as a DOCX, a PDF built to crash or
to loop its parser), some are simply huge. Reading one must never fail a publish and never hold
a web worker, so:

- the parsing happens in a child process, `python -m library.extraction`, which answers with
  one JSON object. A parser that crashes (PDFium is C++) kills only the child; one that loops
  is killed when EXTRACTION_TIMEOUT runs out. The child limits its own address space
  (MAX_MEMORY_BYTES) and CPU time before it opens the file: setting the limits there rather than
  in a `preexec_fn` keeps `subprocess` safe in a threaded parent. Its native libraries cannot
  corrupt the answer: whatever they print on standard output is sent to standard error.
- the bounds are module constants, read when `extract` is called and passed to the child as
  arguments (so tests can change them): files over MAX_FILE_BYTES are not opened, a PDF's pages
  after MAX_PAGES are not read, text stops at MAX_TEXT_CHARS, and the XML part of a DOCX or ODT
  is refused when it unpacks (or claims to unpack) to more than MAX_UNZIPPED_XML_BYTES.
- every failure is an `Extraction` with a status and a short English detail, logged as a
  warning with the file's name; `extract` raises for nothing a file can contain.

PDFs are read with pypdfium2 (Google's PDFium, bundled in its wheel): text page by page, and the
first page rendered as a PNG cover. DOCX and ODT are ZIP archives of XML, read here with
`zipfile` and defusedxml (no entity expansion, no external references), paragraph by paragraph.

The child imports nothing of Django's but the lazy `gettext_lazy` (for STATUS_LABELS), which
needs no settings.
"""

import argparse
import base64
import io
import json
import logging
import os
import re
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Bounds, read at each call and passed to the child (tests change them).
EXTRACTION_TIMEOUT = 30  # seconds, the child's whole run
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 400
MAX_TEXT_CHARS = 500_000
MAX_UNZIPPED_XML_BYTES = 20 * 1024 * 1024
MAX_MEMORY_BYTES = 1024 * 1024 * 1024  # the child's address space
# Beyond this ratio of unpacked to packed size, a ZIP member of some size is taken for a bomb:
# Word's and LibreOffice's XML packs to between a fifth and a thirtieth of its size.
MAX_COMPRESSION_RATIO = 100
COVER_WIDTH = 600  # pixels
# A page with fewer letters than this on average is taken for an image of text (a scan).
# Read by the child only.
MIN_CHARS_PER_PAGE = 10

STATUS_OK = "ok"
STATUS_NO_TEXT = "no-text"
STATUS_ENCRYPTED = "encrypted"
STATUS_DAMAGED = "damaged"
STATUS_TOO_LARGE = "too-large"
STATUS_TIMEOUT = "timeout"
STATUS_UNSUPPORTED = "unsupported"
STATUS_LABELS = {
    STATUS_OK: _("Text extracted"),
    STATUS_NO_TEXT: _("No text (scanned?)"),
    STATUS_ENCRYPTED: _("Encrypted"),
    STATUS_DAMAGED: _("Damaged file"),
    STATUS_TOO_LARGE: _("Too large"),
    STATUS_TIMEOUT: _("Timed out"),
    STATUS_UNSUPPORTED: _("Format without text"),
}

EXTRACTABLE = frozenset({"pdf", "docx", "odt", "txt"})
PAGE_SEPARATOR = "\n\f\n"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
MARKUP_COMPATIBILITY = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


@dataclass
class Extraction:
    status: str
    text: str = ""
    pages: int = 0
    detail: str = ""
    cover_png: bytes | None = None


def extractable(extension: str) -> bool:
    """Whether files with this extension (with or without its dot) have text that we read."""
    return _normalise_extension(extension) in EXTRACTABLE


def extract(path: str | os.PathLike, extension: str, *, with_cover: bool = False) -> Extraction:
    """The text of the file at `path`, read in a child process within the module's bounds.

    `extension` names the format (the upload's name is what an editor chose; the stored file's
    may be a random one). `with_cover` also renders a PDF's first page as a PNG."""
    name = os.fspath(path)
    extension = _normalise_extension(extension)
    if extension not in EXTRACTABLE:
        result = Extraction(STATUS_UNSUPPORTED, detail=f"no text is read from .{extension} files")
        logger.info("Not extracting text from %s: %s", name, result.detail)
        return result
    try:
        size = os.stat(name).st_size
    except OSError as error:
        return _failed(name, Extraction(STATUS_DAMAGED, detail=f"cannot open: {error.strerror}"))
    if size > MAX_FILE_BYTES:
        detail = f"{_megabytes(size)} is over the {_megabytes(MAX_FILE_BYTES)} limit"
        return _failed(name, Extraction(STATUS_TOO_LARGE, detail=detail))

    timeout = EXTRACTION_TIMEOUT
    command = [
        sys.executable,
        "-m",
        "library.extraction",
        f"--max-pages={MAX_PAGES}",
        f"--max-text-chars={MAX_TEXT_CHARS}",
        f"--max-unzipped-xml-bytes={MAX_UNZIPPED_XML_BYTES}",
        f"--max-compression-ratio={MAX_COMPRESSION_RATIO}",
        f"--max-memory-bytes={MAX_MEMORY_BYTES}",
        f"--max-cpu-seconds={max(1, int(timeout) + 1)}",
        *([f"--cover={COVER_WIDTH}"] if with_cover else []),
        "--",
        os.path.abspath(name),
        extension,
    ]
    started = time.monotonic()
    try:
        finished = subprocess.run(  # noqa: S603 (our own interpreter and module, no shell)
            command,
            capture_output=True,
            timeout=timeout,
            cwd=PROJECT_ROOT,
            env=_child_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has killed the child and reaped it.
        result = Extraction(STATUS_TIMEOUT, detail=f"timed out after {timeout:g} s")
        return _failed(name, result)
    except OSError as error:
        result = Extraction(STATUS_DAMAGED, detail=f"could not start the reader: {error}")
        return _failed(name, result)
    result = _parse_answer(finished)
    logger.debug(
        "Extracted %s in %.2f s: %s, %d pages, %d characters",
        name,
        time.monotonic() - started,
        result.status,
        result.pages,
        len(result.text),
    )
    if result.status != STATUS_OK:
        return _failed(name, result)
    return result


def _normalise_extension(extension: str) -> str:
    return extension.strip().lstrip(".").lower()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _failed(name: str, result: Extraction) -> Extraction:
    logger.warning("No text from %s: %s (%s)", name, result.status, result.detail)
    return result


def _child_environment() -> dict[str, str]:
    """Only what the child needs: our code on its path, and no Django settings to load."""
    environment = {
        "PYTHONPATH": str(PROJECT_ROOT),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for name in ("PATH", "LANG", "LC_ALL", "TMPDIR"):
        if name in os.environ:
            environment[name] = os.environ[name]
    return environment


def _parse_answer(finished: subprocess.CompletedProcess) -> Extraction:
    """The child's JSON answer as an Extraction, or why there is none."""
    if finished.returncode != 0:
        if finished.returncode < 0:
            detail = f"the reader crashed (signal {-finished.returncode})"
        else:
            detail = f"the reader failed (exit status {finished.returncode})"
        last_line = finished.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        if last_line:
            detail = f"{detail}: {last_line[0][:200]}"
        return Extraction(STATUS_DAMAGED, detail=detail)
    try:
        answer = json.loads(finished.stdout)
        status = answer["status"]
        if status not in STATUS_LABELS:
            raise ValueError(status)
        cover = answer.get("cover")
        return Extraction(
            status=status,
            text=str(answer.get("text", "")),
            pages=int(answer.get("pages", 0)),
            detail=str(answer.get("detail", "")),
            cover_png=base64.b64decode(cover) if cover else None,
        )
    except (ValueError, KeyError, TypeError) as error:
        return Extraction(STATUS_DAMAGED, detail=f"the reader's answer was unreadable: {error!r}")


# The child process: everything below runs in `python -m library.extraction`.


@dataclass
class _Bounds:
    max_pages: int
    max_text_chars: int
    max_unzipped_xml_bytes: int
    max_compression_ratio: float
    max_memory_bytes: int


class _Refused(Exception):
    """A file that cannot be read, with the status to give it."""

    def __init__(self, status: str, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _read(path: str, extension: str, bounds: _Bounds, cover_width: int | None) -> dict:
    """The answer for one file, as the JSON object the parent reads."""
    try:
        if extension == "pdf":
            return _read_pdf(path, bounds, cover_width)
        if extension == "docx":
            paragraphs = _docx_paragraphs(path, bounds)
        elif extension == "odt":
            paragraphs = _odt_paragraphs(path, bounds)
        else:
            paragraphs = _txt_paragraphs(path, bounds)
        text, cut = _join_bounded(paragraphs, "\n", bounds.max_text_chars)
        if not text.strip():
            return {"status": STATUS_NO_TEXT, "detail": "the document holds no text"}
        return {"status": STATUS_OK, "text": text, "detail": _cut_detail(cut, bounds)}
    except _Refused as refused:
        return {"status": refused.status, "detail": refused.detail}
    except MemoryError:
        limit = _megabytes(bounds.max_memory_bytes)
        return {"status": STATUS_TOO_LARGE, "detail": f"needs more than {limit} of memory"}
    except RecursionError:
        return {"status": STATUS_DAMAGED, "detail": "nested too deeply to read"}
    except Exception as error:  # any parser error: a file we cannot read
        return {"status": STATUS_DAMAGED, "detail": f"unreadable: {type(error).__name__}: {error}"}


def _cut_detail(cut: bool, bounds: _Bounds) -> str:
    return f"text cut at {bounds.max_text_chars} characters" if cut else ""


def _join_bounded(parts, separator: str, limit: int) -> tuple[str, bool]:
    """The parts joined, stopping at `limit` characters; and whether text was left out."""
    out: list[str] = []
    length = 0
    for part in parts:
        if out:
            out.append(separator)
            length += len(separator)
        out.append(part)
        length += len(part)
        if length >= limit:
            return "".join(out)[:limit], True
    return "".join(out), False


# PDF

_SPACES = re.compile(r"[^\S\n\f]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A word broken at a line's end. PDFium replaces a hyphen it takes for one with U+FFFE and drops
# the line break (older versions wrote \x02); a soft hyphen is one too. They are dropped before a
# lower-case letter ("restora-tion") and are hyphens again otherwise ("North-South"). A plain
# hyphen that ends a line before a lower-case letter is taken for one as well.
_LOWER = "a-zß-öø-ÿœ"
_BREAK_MARK = re.compile(rf"(?<=\w)[\x02\xad\ufffe][ \t]*(?:\n[ \t]*)?(?=[{_LOWER}])")
_LEFT_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-", "\xad": None})
_BROKEN_WORD = re.compile(rf"(?<=\w)-[ \t]*\n[ \t]*(?=[{_LOWER}])")


def _normalise(text: str) -> str:
    """Plain text: single spaces, one blank line at most between paragraphs, no control codes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAK_MARK.sub("", text).translate(_LEFT_MARKS)
    text = _BROKEN_WORD.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def _read_pdf(path: str, bounds: _Bounds, cover_width: int | None) -> dict:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _Refused(STATUS_ENCRYPTED, "encrypted: opening it needs a password") from None
        raise _Refused(STATUS_DAMAGED, f"not a readable PDF ({error})") from None
    try:
        total = len(document)
        if total == 0:
            raise _Refused(STATUS_DAMAGED, "a PDF without pages")
        cover = _render_cover(document, cover_width) if cover_width else None
        texts: list[str] = []
        length = 0
        unreadable = 0
        for index in range(min(total, bounds.max_pages)):
            try:
                page = document[index]
                textpage = page.get_textpage()
                text = _normalise(textpage.get_text_range())
                textpage.close()
                page.close()
            except pdfium.PdfiumError:
                unreadable += 1
                text = ""
            texts.append(text)
            length += len(text) + len(PAGE_SEPARATOR)
            if length >= bounds.max_text_chars:
                break  # the pages after this one would be cut off
    finally:
        document.close()
    pages = len(texts)
    text, cut = _join_bounded(texts, PAGE_SEPARATOR, bounds.max_text_chars)
    details = []
    if pages < total and not cut:
        details.append(f"read the first {pages} of {total} pages")
    if cut:
        details.append(f"text cut at {bounds.max_text_chars} characters, on page {pages}")
    if unreadable:
        details.append(f"{unreadable} pages unreadable")
    answer = {"pages": pages, "cover": cover}
    letters = sum(1 for char in text if char.isalnum())
    if unreadable == pages:
        answer.update(status=STATUS_DAMAGED, detail="no page could be read")
    elif letters < MIN_CHARS_PER_PAGE * pages:
        detail = f"{letters} letters on {pages} pages: images of text without a text layer?"
        answer.update(status=STATUS_NO_TEXT, text=text if letters else "", detail=detail)
    else:
        answer.update(status=STATUS_OK, text=text, detail="; ".join(details))
    return answer


def _render_cover(document, cover_width: int) -> str | None:
    """The first page as a PNG about `cover_width` pixels wide, in base64; None if it fails."""
    try:
        page = document[0]
        width, height = page.get_size()
        # A strip-shaped page would make an enormous bitmap at the cover's width.
        scale = min(cover_width / width, 4 * cover_width / height)
        image = page.render(scale=scale).to_pil()
        page.close()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return base64.b64encode(buffer.getvalue()).decode("ascii")
    except Exception as error:  # a missing cover must not lose the text
        print(f"no cover: {type(error).__name__}: {error}", file=sys.stderr)
        return None


# DOCX and ODT


def _zip_member(path: str, member: str, bounds: _Bounds) -> bytes:
    """One member of a ZIP archive, refused if it unpacks, or claims to, beyond the bound."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as error:
        raise _Refused(STATUS_DAMAGED, f"not a readable ZIP archive ({error})") from None
    with archive:
        try:
            info = archive.getinfo(member)
        except KeyError:
            raise _Refused(STATUS_DAMAGED, f"no {member} in the archive") from None
        limit = bounds.max_unzipped_xml_bytes
        if info.file_size > limit:
            detail = f"{member} unpacks to {_megabytes(info.file_size)}, over {_megabytes(limit)}"
            raise _Refused(STATUS_TOO_LARGE, detail)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > bounds.max_compression_ratio:
            detail = f"{member} is compressed {ratio:.0f} to 1: a ZIP bomb?"
            raise _Refused(STATUS_DAMAGED, detail)
        try:
            with archive.open(info) as stream:
                # The sizes in the archive may lie: never unpack more than the bound.
                data = stream.read(limit + 1)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
            raise _Refused(STATUS_DAMAGED, f"cannot unpack {member} ({error})") from None
        except EOFError:
            raise _Refused(STATUS_DAMAGED, f"{member} is truncated") from None
        if len(data) > limit:
            raise _Refused(STATUS_TOO_LARGE, f"{member} unpacks to over {_megabytes(limit)}")
        return data


def _paragraph_ends(
    data: bytes, paragraph_tags: frozenset[str], skipped_tags: frozenset[str] = frozenset()
):
    """Each paragraph element of the XML as its parsing ends, inner paragraphs (a text box,
    a footnote) before the one holding them, and none inside a skipped element. Each is emptied
    once the caller is done with it, so memory holds about one paragraph at a time."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    skipping = 0
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end")):
            if element.tag in skipped_tags:
                skipping += 1 if event == "start" else -1
                if event == "end":
                    element.clear()
            elif event == "end" and element.tag in paragraph_tags:
                if not skipping:
                    yield element
                element.clear()
    except DefusedXmlException as error:
        raise _Refused(STATUS_DAMAGED, f"refused XML: {error}") from None
    except ParseError as error:
        raise _Refused(STATUS_DAMAGED, f"malformed XML ({error})") from None


def _docx_paragraphs(path: str, bounds: _Bounds):
    data = _zip_member(path, "word/document.xml", bounds)
    # Word writes a text box twice: as itself, and as a fallback for older readers.
    skipped = frozenset({f"{MARKUP_COMPATIBILITY}Fallback"})
    for paragraph in _paragraph_ends(data, frozenset({f"{WORD}p"}), skipped):
        parts = []
        for element in paragraph.iter():
            if element.tag == f"{WORD}t":
                parts.append(element.text or "")
            elif element.tag in (f"{WORD}tab", f"{WORD}ptab"):
                parts.append("\t")
            elif element.tag in (f"{WORD}br", f"{WORD}cr"):
                parts.append("\n")
            elif element.tag == f"{WORD}noBreakHyphen":
                parts.append("-")
        text = _normalise("".join(parts))
        if text:
            yield text


def _odt_paragraphs(path: str, bounds: _Bounds):
    data = _zip_member(path, "content.xml", bounds)
    tags = frozenset({f"{ODF_TEXT}p", f"{ODF_TEXT}h"})
    for paragraph in _paragraph_ends(data, tags):
        text = _normalise("".join(_odf_text(paragraph, top=True)))
        if text:
            yield text


def _odf_text(element, *, top: bool = False):
    """The text of an ODF paragraph's element and of what it holds, in order."""
    tag = element.tag
    if tag == f"{ODF_TEXT}s":
        count = element.get(f"{ODF_TEXT}c", "1")
        yield " " * (min(int(count), 100) if count.isdigit() else 1)
    elif tag == f"{ODF_TEXT}tab":
        yield "\t"
    elif tag == f"{ODF_TEXT}line-break":
        yield "\n"
    elif tag in (f"{ODF_TEXT}p", f"{ODF_TEXT}h") and not top:
        pass  # an inner paragraph (in a note): already given on its own
    else:
        yield element.text or ""
        for child in element:
            yield from _odf_text(child)
    if not top:
        yield element.tail or ""


def _txt_paragraphs(path: str, bounds: _Bounds):
    # UTF-8 takes at most four bytes a character.
    with open(path, "rb") as file:
        data = file.read(bounds.max_text_chars * 4)
    text = _normalise(data.decode("utf-8", errors="replace"))
    yield from text.split("\n")


def _limit_resources(memory_bytes: int, cpu_seconds: int) -> None:
    """Bound the child's memory and CPU time (where the platform allows)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return
    for limit, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CPU, cpu_seconds)):
        _soft, hard = resource.getrlimit(limit)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError) as error:
            print(f"cannot limit resources: {error}", file=sys.stderr)


def main(arguments: list[str] | None = None) -> int:
    """Read one file and write its Extraction as JSON on standard output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("extension")
    parser.add_argument("--max-pages", type=int, default=MAX_PAGES)
    parser.add_argument("--max-text-chars", type=int, default=MAX_TEXT_CHARS)
    parser.add_argument("--max-unzipped-xml-bytes", type=int, default=MAX_UNZIPPED_XML_BYTES)
    parser.add_argument("--max-compression-ratio", type=float, default=MAX_COMPRESSION_RATIO)
    parser.add_argument("--max-memory-bytes", type=int, default=MAX_MEMORY_BYTES)
    parser.add_argument("--max-cpu-seconds", type=int, default=EXTRACTION_TIMEOUT + 1)
    parser.add_argument("--cover", type=int, metavar="WIDTH", help="render the first page")
    options = parser.parse_args(arguments)

    # The answer goes to the real standard output; anything a native library prints there
    # goes to standard error instead.
    answer_stream = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    _limit_resources(options.max_memory_bytes, options.max_cpu_seconds)
    bounds = _Bounds(
        max_pages=max(1, options.max_pages),
        max_text_chars=max(1, options.max_text_chars),
        max_unzipped_xml_bytes=max(1, options.max_unzipped_xml_bytes),
        max_compression_ratio=options.max_compression_ratio,
        max_memory_bytes=options.max_memory_bytes,
    )
    extension = _normalise_extension(options.extension)
    answer = _read(options.path, extension, bounds, options.cover)
    json.dump(answer, answer_stream, ensure_ascii=False)
    answer_stream.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
