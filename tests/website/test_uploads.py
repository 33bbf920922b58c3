"""Uploads through the real Wagtail admin views, as an editor makes them: documents are checked
by their content (website/uploads.py), images by Wagtail's decoding, both within the size limits;
what is refused says why and leaves nothing stored, and what is fine is kept. Documents are
served so that a browser never runs them from our address."""

import io
import zipfile

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from network.roles import EDITORS, ensure_roles
from website.uploads import CONTENT_CHECKS, validate_document_content

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
WRONG_CONTENT = "The content of this file is not a valid .{extension} document."
NOT_A_PNG = "Not a valid .png image."


def png(width=32, height=24, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def zip_archive(members, first=None):
    """A zip file of {name: bytes}; `first` is stored uncompressed first, as OpenDocument's
    `mimetype` must be."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1], zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx():
    return zip_archive(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def odt():
    mimetype = b"application/vnd.oasis.opendocument.text"
    return zip_archive({"content.xml": b"<office:document-content/>"}, first=("mimetype", mimetype))


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploads go to a folder of the test's own, which tells what was stored."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(client):
    """A member of the Editors group, signed in to the admin."""
    ensure_roles()
    user = get_user_model().objects.create_user("editor", "editor@example.org", "a-password-1")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def stored_files(media):
    return [path for path in media.rglob("*") if path.is_file()]


def add_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().id,
        },
    )


def add_documents_with_the_multiple_uploader(client, name, content):
    return client.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().id,
        },
    )


def add_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().id,
        },
    )


# Documents


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", HTML),
        ("report.pdf", EXECUTABLE),
        ("minutes.docx", HTML),
        ("minutes.docx", zip_archive({"payload.exe": EXECUTABLE})),  # a zip, not a Word file
        ("minutes.odt", docx()),  # a Word file is not an OpenDocument text
        ("figures.csv", EXECUTABLE),
    ],
)
def test_a_document_whose_content_is_not_its_type_is_refused(editor, _media, name, content):
    response = add_document(editor, name, content)

    assert response.status_code == 200  # the form again, with the error
    extension = name.rsplit(".", 1)[1]
    assert WRONG_CONTENT.format(extension=extension) in response.content.decode()
    assert Document.objects.count() == 0
    assert stored_files(_media) == []


def test_the_multiple_uploader_refuses_it_too(editor, _media):
    response = add_documents_with_the_multiple_uploader(editor, "report.pdf", HTML)

    assert response.json()["success"] is False
    assert WRONG_CONTENT.format(extension="pdf") in response.json()["error_message"]
    assert Document.objects.count() == 0
    assert stored_files(_media) == []


def test_a_document_of_a_type_not_allowed_is_refused(editor, _media):
    response = add_document(editor, "page.html", HTML)

    assert response.status_code == 200
    assert "File extension “html” is not allowed." in response.content.decode()
    assert Document.objects.count() == 0
    assert stored_files(_media) == []


def test_a_document_over_the_size_limit_is_refused(editor, _media):
    too_big = PDF + b"0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE

    response = add_document(editor, "annual-report.pdf", too_big)

    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert Document.objects.count() == 0
    assert stored_files(_media) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("minutes.docx", docx()),
        ("minutes.odt", odt()),
        ("figures.csv", "country,landscapes\nKenya,3\nPerú,2\n".encode()),
        ("figures.csv", "country,landscapes\nPerú,2\n".encode("utf-16")),  # Excel's Unicode text
    ],
)
def test_a_valid_document_is_kept(editor, name, content):
    response = add_document(editor, name, content)

    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    with document.file.open() as stored:
        assert stored.read() == content


def test_the_multiple_uploader_keeps_a_valid_pdf(editor):
    response = add_documents_with_the_multiple_uploader(editor, "report.pdf", PDF)

    assert response.json()["success"] is True
    assert Document.objects.get().title == "report.pdf"


def test_a_document_keeps_its_file_when_only_its_title_is_edited(editor):
    add_document(editor, "report.pdf", PDF)
    document = Document.objects.get()

    response = editor.post(
        f"/admin/documents/edit/{document.id}/",
        {"title": "Annual report", "collection": document.collection_id},
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Annual report"


def test_documents_are_served_so_that_browsers_do_not_run_them(editor, client):
    add_document(editor, "report.pdf", PDF)
    add_document(editor, "minutes.docx", docx())
    pdf, word = Document.objects.order_by("id")
    client.logout()

    pdf_response = client.get(pdf.url)
    word_response = client.get(word.url)

    assert pdf_response["Content-Type"] == "application/pdf"
    assert pdf_response["Content-Disposition"].startswith("inline")
    assert word_response["Content-Disposition"].startswith("attachment")
    for response in (pdf_response, word_response):
        # Wagtail's own policy for a served document wins over the site's.
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_every_allowed_document_type_has_a_content_check():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(CONTENT_CHECKS)


@pytest.mark.parametrize(
    ("name", "content", "valid"),
    [
        ("a.PDF", PDF, True),
        ("a.pdf", b"\n%PDF-1.4", False),
        ("a.xlsx", zip_archive({"[Content_Types].xml": b"", "xl/workbook.xml": b""}), True),
        ("a.xlsx", docx(), False),
        ("a.pptx", zip_archive({"[Content_Types].xml": b"", "ppt/presentation.xml": b""}), True),
        ("a.docx", b"PK\x03\x04 but not a zip at all", False),
        (
            "a.ods",
            zip_archive({}, first=("mimetype", b"application/vnd.oasis.opendocument.spreadsheet")),
            True,
        ),
        ("a.ods", odt(), False),
        ("a.odp", zip_archive({"mimetype": b"x" * 500}), False),
        ("a.txt", b"", True),
        ("a.txt", "Plain words, accentués.".encode("latin-1"), True),
        ("a.txt", b"\xff\xfe\x00\xd8", False),  # UTF-16 with a broken surrogate
        ("a.txt", b"\x7fELF\x02\x01\x01\x00", False),
    ],
)
def test_content_checks(name, content, valid):
    upload = SimpleUploadedFile(name, content)
    if valid:
        validate_document_content(upload)
    else:
        with pytest.raises(Exception, match="not a valid"):
            validate_document_content(upload)
    assert upload.tell() == 0  # left ready to be stored


# Images


@pytest.mark.parametrize(
    ("content", "error"),
    [
        # Willow reads an HTML page as markup (SVG), which is not what the name says.
        (HTML, NOT_A_PNG),
        (EXECUTABLE, "Upload a valid image. The file you uploaded was either not an image"),
    ],
)
def test_a_file_that_is_not_the_image_its_name_says_is_refused(editor, _media, content, error):
    response = add_image(editor, "photo.png", content)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert Image.objects.count() == 0
    assert stored_files(_media) == []


def test_an_image_of_another_format_than_its_name_is_refused(editor, _media):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (32, 24)).save(buffer, "GIF")

    response = add_image(editor, "photo.png", buffer.getvalue())

    assert NOT_A_PNG in response.content.decode()
    assert Image.objects.count() == 0


def test_an_svg_is_refused(editor, _media):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = add_image(editor, "logo.svg", svg)

    assert "Not a supported image format." in response.content.decode()
    assert Image.objects.count() == 0


def test_an_image_with_too_many_pixels_is_refused(editor, _media):
    # 42 megapixels: small as a file (one bit a pixel, all alike), too big to resize safely.
    response = add_image(editor, "huge.png", png(7000, 6000, mode="1"))

    assert response.status_code == 200
    assert "This file has too many pixels (42000000). Maximum pixels 40000000." in (
        response.content.decode()
    )
    assert Image.objects.count() == 0
    assert stored_files(_media) == []


def test_an_image_over_the_size_limit_is_refused(editor, _media):
    too_big = png() + b"\x00" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE

    response = add_image(editor, "photo.png", too_big)

    assert "This file is too big" in response.content.decode()
    assert Image.objects.count() == 0


def test_a_valid_png_is_kept(editor):
    response = add_image(editor, "photo.png", png())

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (32, 24)
