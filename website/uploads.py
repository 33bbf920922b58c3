"""Documents are checked by what they contain, not only by what they are called.

Wagtail refuses a document whose extension is not in WAGTAILDOCS_EXTENSIONS, but the name is the
uploader's to choose: an HTML page or a program renamed `report.pdf` would pass, and visitors would
download it from our address. Here each allowed type has a check of its content: a PDF starts
with `%PDF-`; Word, Excel and PowerPoint files (OOXML) and OpenDocument files are zip archives
holding the parts of their kind (read from the archive's directory, nothing is decompressed but
the few bytes of an OpenDocument's `mimetype`); CSV and plain text contain no NUL byte, as every
program, archive and office binary does, unless they are UTF-16 text with its byte-order mark.

Images need no such check of ours: Wagtail decodes every uploaded image with Willow and refuses
what is not an image of the format its extension says, or has more pixels than
WAGTAILIMAGES_MAX_IMAGE_PIXELS.

The form is Wagtail's own document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), so every way into the
library goes through it: the add and edit views, the multiple uploader and the chooser's upload
tab."""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

SAMPLE_SIZE = 64 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
UTF16_BYTE_ORDER_MARKS = (b"\xff\xfe", b"\xfe\xff")
# The folder of an OOXML package that holds the parts of its kind, beside [Content_Types].xml.
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPENDOCUMENT_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}


def _sample(file):
    file.seek(0)
    sample = file.read(SAMPLE_SIZE)
    file.seek(0)
    return sample


def _zip_names(file):
    """The member names of a zip archive, or None when the file is not one."""
    if not _sample(file).startswith(ZIP_SIGNATURE):
        return None
    try:
        with zipfile.ZipFile(file) as archive:
            return {info.filename: info for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        file.seek(0)


def is_pdf(file, extension):
    return _sample(file).startswith(b"%PDF-")


def is_ooxml(file, extension):
    members = _zip_names(file)
    if members is None or "[Content_Types].xml" not in members:
        return False
    return any(name.startswith(OOXML_FOLDERS[extension]) for name in members)


def is_opendocument(file, extension):
    """An OpenDocument package stores its media type, uncompressed, in a `mimetype` member."""
    members = _zip_names(file)
    mimetype = (members or {}).get("mimetype")
    if mimetype is None or mimetype.file_size > 100:
        return False
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.read(mimetype).strip() == OPENDOCUMENT_MIMETYPES[extension]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return False
    finally:
        file.seek(0)


def is_text(file, extension):
    sample = _sample(file)
    if sample.startswith(UTF16_BYTE_ORDER_MARKS):
        try:
            sample[: len(sample) // 2 * 2].decode("utf-16")
        except UnicodeDecodeError:
            return False
        return True
    return b"\x00" not in sample


CONTENT_CHECKS = {
    "pdf": is_pdf,
    "docx": is_ooxml,
    "xlsx": is_ooxml,
    "pptx": is_ooxml,
    "odt": is_opendocument,
    "ods": is_opendocument,
    "odp": is_opendocument,
    "csv": is_text,
    "txt": is_text,
}


def validate_document_content(file):
    """Refuses an uploaded file whose content is not of the type its extension names. Types
    with no check here are left to Wagtail's extension check (WAGTAILDOCS_EXTENSIONS), which
    refuses them unless someone allowed them; tests/website/test_uploads.py pins that every
    allowed type has a check."""
    extension = os.path.splitext(file.name)[1][1:].lower()
    check = CONTENT_CHECKS.get(extension)
    if check is not None and not check(file, extension):
        raise ValidationError(
            _(
                "The content of this file is not a valid .%(extension)s document. Upload the "
                "file in that format, or choose a file of another allowed type."
            ),
            code="invalid_document_content",
            params={"extension": extension},
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, which also checks a new file's content."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):  # not when the document keeps its file
            validate_document_content(file)
        return file
