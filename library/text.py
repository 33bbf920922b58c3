"""The text inside a resource's files, extracted once per file version and kept in DocumentText.

Extraction (library/extraction.py) runs in a child process with a size, page and time bound; a
file it cannot read (damaged, encrypted, scanned without a text layer, a disguised archive) is
logged and adds no text, and never fails the save, the publish or the indexing that asked. The
first page of a PDF becomes the resource's cover when an editor chose none."""

import logging
import shutil
import tempfile
from contextlib import contextmanager
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model

from library import extraction
from library.models import DocumentText

logger = logging.getLogger(__name__)


@contextmanager
def local_path(document):
    """A path on this machine to the document's file (a temporary copy when the storage is
    remote, as S3 is)."""
    try:
        path = document.file.path
    except NotImplementedError:
        path = None
    if path:
        yield path
        return
    suffix = f".{document.file_extension}"
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy, document.open_file() as source:
        shutil.copyfileobj(source, copy)
        copy.flush()
        yield copy.name


def _cover_image(document, png):
    if not png:
        return None
    image = get_image_model()(
        title=document.title[:255],
        file=ImageFile(BytesIO(png), name=f"cover-{document.pk}.png"),
        collection=document.collection,
    )
    image.save()
    return image


def extract_document(document):
    """Extracts the text (and a PDF's cover) of the document's current file and stores it,
    replacing what an earlier version gave. Never raises for the file's sake."""
    extension = (document.file_extension or "").lower()
    try:
        with local_path(document) as path:
            result = extraction.extract(path, extension, with_cover=extension == "pdf")
    except (OSError, ValueError) as error:
        logger.warning("Could not read the file of document %s: %s", document.pk, error)
        result = extraction.Extraction(status=extraction.STATUS_DAMAGED, detail=str(error)[:300])
    if result.status != extraction.STATUS_OK:
        logger.warning(
            "No text from document %s (%s): %s", document.pk, document.filename, result.detail
        )
    with transaction.atomic():
        previous = DocumentText.objects.filter(document=document).select_related("cover").first()
        cover = _cover_image(document, result.cover_png)
        stored, _created = DocumentText.objects.update_or_create(
            document=document,
            defaults={
                "file_hash": document.file_hash,
                "status": result.status,
                "detail": result.detail[:300],
                "pages": result.pages,
                "text": result.text,
                "cover": cover,
            },
        )
        if previous and previous.cover and previous.cover != cover:
            previous.cover.delete()
    return stored


def current_texts(documents):
    """{document id: DocumentText} for the documents, extracting those never extracted or
    changed since (one query when all are current)."""
    documents = [document for document in documents if document is not None]
    stored = {
        text.document_id: text
        for text in DocumentText.objects.filter(document__in=[d.pk for d in documents]).defer(
            "text"
        )
    }
    for document in documents:
        known = stored.get(document.pk)
        if known is None or known.file_hash != document.file_hash:
            try:
                stored[document.pk] = extract_document(document)
            except Exception:
                # The file is the visitor's; a failure here must not fail a publish.
                logger.exception("Extracting the text of document %s failed", document.pk)
    return stored


def texts_of(documents):
    """The extracted text of each document, in order (empty for a file without text)."""
    documents = list(documents)
    current_texts(documents)
    texts = dict(
        DocumentText.objects.filter(document__in=[d.pk for d in documents]).values_list(
            "document_id", "text"
        )
    )
    return [texts.get(document.pk, "") for document in documents]


def generated_cover(files):
    """The cover made from the first PDF among the files, if there is one (no extraction: a
    page being shown never waits for a file to be read)."""
    for file in files:
        if file.document.file_extension.lower() == "pdf":
            text = DocumentText.objects.filter(document_id=file.document_id).only("cover")
            text = text.select_related("cover").first()
            return text.cover if text else None
    return None
