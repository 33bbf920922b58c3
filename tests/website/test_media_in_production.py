"""Uploaded files in production: images served by the site itself (website/media.py, SERVE_MEDIA)
with the documents' headers, documents through Wagtail's view, nothing else under MEDIA_ROOT, no
way out of it, and a clean 404.

The tests in this process run the test settings, whose MIDDLEWARE, URL conf and DEBUG are
production's: `test_the_tests_run_what_production_runs` proves it by reading production's
settings in a process of their own, and `test_production_serves_media_itself` sends requests to
production's settings there, as gunicorn would hand them over."""

import io
import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.website.test_settings import BASE_DIR, PRODUCTION_ENV
from website.media import CONTENT_SECURITY_POLICY

Document = get_document_model()
Image = get_image_model()

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCUMENT_POLICY = "default-src 'none'"  # Wagtail's, on every document it serves


def png(width=64, height=48):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (40, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT in a folder of the test's own, with a secret beside it (outside MEDIA_ROOT)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (tmp_path / "secret.jpg").write_bytes(b"not for the web")
    (tmp_path / "settings").write_text("SECRET_KEY = 'nobody should read this'")
    return settings.MEDIA_ROOT


@pytest.fixture
def image(media, db):
    return Image.objects.create(title="Terraces", file=ImageFile(io.BytesIO(png()), "terraces.png"))


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_served_like_a_document(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "sandbox" in CONTENT_SECURITY_POLICY.split("; ")


# Images


def test_a_rendition_is_served_with_its_type_and_the_documents_headers(client, image, media):
    rendition = image.get_rendition("fill-40x30|format-webp")
    assert rendition.url.startswith("/media/images/terraces.")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert_served_like_a_document(response)
    assert response["Content-Disposition"].startswith("inline")
    assert response["Cache-Control"] == "public, max-age=86400"
    assert "ETag" in response and "Last-Modified" in response
    assert int(response["Content-Length"]) == (media / rendition.file.name).stat().st_size
    content = body(response)
    assert content == (media / rendition.file.name).read_bytes()
    assert content[8:12] == b"WEBP"


def test_the_original_is_served_too(client, image):
    response = client.get(image.file.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert_served_like_a_document(response)
    assert body(response) == png()


def test_an_original_keeps_the_case_of_its_uploaded_name(client, media, db):
    upper = Image.objects.create(title="Photo", file=ImageFile(io.BytesIO(png()), "PHOTO.PNG"))

    response = client.get(upper.file.url)

    assert upper.file.url.endswith(".PNG")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_a_signed_in_visitor_may_keep_images_as_everyone_does(client, image):
    """Images are answered before the session is looked at: the same caching for everyone,
    where every other response to a signed-in visitor is `private, no-store`."""
    user = get_user_model().objects.create_user("ana", "ana@example.org", "a-long-password-77")
    client.force_login(user)
    rendition = image.get_rendition("width-32")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=86400"
    assert "Cookie" not in response.get("Vary", "")


def test_an_unchanged_image_answers_304(client, image):
    first = client.get(image.file.url)

    by_etag = client.get(image.file.url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(image.file.url, headers={"If-Modified-Since": first["Last-Modified"]})
    head = client.head(image.file.url)

    assert by_etag.status_code == 304 and by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert by_etag["Cache-Control"] == "public, max-age=86400"
    assert head.status_code == 200
    assert head["Content-Length"] == first["Content-Length"] and head.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/media/../settings",
        "/media/images/../../secret.jpg",
        "/media/original_images/../../secret.jpg",
        "/media/images/%2e%2e/%2e%2e/secret.jpg",
        "/media/images/..%2f..%2fsecret.jpg",
        "/media/images//secret.jpg",
        "/media/images/./../../secret.jpg",
        "/media/images/..\\..\\secret.jpg",
        "/media//etc/passwd",
        "/media/images/terraces.png%00.jpg",
        "/media/images/missing.jpg",
        "/media/original_images/missing.png",
        "/media/",
        "/media/images/",
        "/media/images",
        "/media/original_images/",
    ],
)
def test_traversal_listing_and_missing_files_are_a_clean_404(client, image, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == b"Not found."
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"nobody" not in response.content and b"not for the web" not in response.content


def test_a_symbolic_link_out_of_media_is_not_followed(client, image, media):
    (media / "images").mkdir(exist_ok=True)
    os.symlink(media.parent / "secret.jpg", media / "images" / "link.jpg")

    assert client.get("/media/images/link.jpg").status_code == 404


def test_only_image_types_are_served_from_the_image_folders(client, image, media):
    """Whatever lands in an image folder, only the types uploads may have are served: never
    markup, never SVG (whose scripts would run)."""
    for name, content in [
        ("page.html", b"<script>alert(1)</script>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("notes.txt", b"hello"),
        ("noextension", b"hello"),
    ]:
        (media / "original_images" / name).write_bytes(content)
        assert client.get(f"/media/original_images/{name}").status_code == 404, name


def test_nothing_outside_the_image_folders_is_served(client, image, media):
    """Documents, backups or anything else someone puts under MEDIA_ROOT."""
    (media / "backups" / "2025").mkdir(parents=True)
    (media / "backups" / "2025" / "photo.jpg").write_bytes(png())
    (media / "loose.png").write_bytes(png())

    assert client.get("/media/backups/2025/photo.jpg").status_code == 404
    assert client.get("/media/loose.png").status_code == 404


def test_only_get_and_head(client, image):
    response = client.post(image.file.url)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_serve_media_off_leaves_media_to_the_front_server(client, settings, image):
    settings.SERVE_MEDIA = False

    response = client.get(image.file.url)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")  # the site's 404 page, not ours


# Documents


@pytest.fixture
def document(media, db):
    return Document.objects.create(title="Annual report", file=ContentFile(PDF, name="report.pdf"))


def test_a_document_is_served_by_wagtails_view_with_its_headers(client, document):
    assert document.url == f"/documents/{document.id}/report.pdf"

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="report.pdf"'
    assert response["Content-Security-Policy"] == DOCUMENT_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert body(response) == PDF
    # Not Wagtail's `Content-Encoding: None`, nor `ETag: ""` for a document whose hash was
    # never computed (this one was made by code, not uploaded in the admin).
    assert "Content-Encoding" not in response
    assert "ETag" not in response


def test_an_uploaded_documents_etag_is_its_hash(client, document):
    document.get_file_hash()  # as an upload through the admin computes it

    response = client.get(document.url, headers={"Accept-Encoding": "gzip"})
    again = client.get(document.url, headers={"If-None-Match": response["ETag"]})

    assert response["ETag"] == f'"{document.file_hash}"'
    assert "Content-Encoding" not in response  # sent as stored, even to who accepts gzip
    assert again.status_code == 304


def test_a_document_that_is_not_a_pdf_downloads(client, media, db):
    csv = Document.objects.create(
        title="Budget", file=ContentFile(b"a,b\n1,2\n", name="budget.csv")
    )

    response = client.get(csv.url, headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"] == 'attachment; filename="budget.csv"'
    assert response["Content-Security-Policy"] == DOCUMENT_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Encoding" not in response


def test_a_documents_file_is_never_served_from_media(client, document, media):
    """Only through Wagtail's view, which checks its collection's privacy: a private
    document's file under /media/documents/ would be anyone's."""
    assert (media / document.file.name).exists()

    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_private_document_asks_for_its_password(client, media, db):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="a-long-password-77"
    )
    secret = Document.objects.create(
        title="Minutes", file=ContentFile(PDF, name="minutes.pdf"), collection=private
    )

    response = client.get(secret.url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")  # the password form
    assert PDF not in response.content
    assert client.get(f"/media/{secret.file.name}").status_code == 404


# Production itself


def production_env(**extra):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return {**clean, **PRODUCTION_ENV, **extra}


@pytest.mark.slow
def test_the_tests_run_what_production_runs():
    """What decides how /media/ and /documents/ are answered is the same in production as in
    the settings these tests run: the middleware, the URL conf (and DEBUG, which it reads), and
    the media and document settings."""
    names = [
        "MIDDLEWARE",
        "ROOT_URLCONF",
        "DEBUG",
        "SERVE_MEDIA",
        "MEDIA_URL",
        "WHITENOISE_MIMETYPES",
        "WAGTAILDOCS_SERVE_METHOD",
        "WAGTAILDOCS_INLINE_CONTENT_TYPES",
        "WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT",
        "SECURE_CONTENT_TYPE_NOSNIFF",
    ]
    script = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n, None) for n in {names!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR,
        env=production_env(SERVE_MEDIA=""),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    production = json.loads(result.stdout.strip().splitlines()[-1])

    here = json.loads(
        json.dumps({name: getattr(django_settings, name, None) for name in names}, default=str)
    )
    assert production == here
    assert production["SERVE_MEDIA"] is True  # on unless SERVE_MEDIA=false
    assert production["DEBUG"] is False
    assert "website.media.MediaMiddleware" in production["MIDDLEWARE"]


PRODUCTION_REQUESTS = textwrap.dedent(
    """
    import json, sys
    import django
    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="thousandlandscapes.example.org")
    answers = {}
    for path in sys.argv[1:]:
        for encoding in ("", "gzip"):
            response = client.get(path, secure=True, headers={"Accept-Encoding": encoding})
            content = (
                b"".join(response.streaming_content) if response.streaming else response.content
            )
            answers[f"{path} {encoding}".strip()] = {
                "status": response.status_code,
                "headers": dict(response.items()),
                "length": len(content),
            }
    print(json.dumps(answers))
    """
)


@pytest.mark.slow
def test_production_serves_media_itself(tmp_path):
    """Production's own settings, as gunicorn runs them (no database is needed to answer these):
    an uploaded image with its headers, a 404 for a missing file and for a way out of
    MEDIA_ROOT; and the world outline, collected and compressed by WhiteNoise, as GeoJSON."""
    media = tmp_path / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "terraces.2e16d0ba.fill-40x30.png").write_bytes(png(40, 30))
    (tmp_path / "secret.jpg").write_bytes(b"not for the web")
    # Production's settings, with collected static files in a folder of the test's own.
    (tmp_path / "collected_settings.py").write_text(
        "from website.settings.production import *  # noqa\n"
        f"STATIC_ROOT = {str(tmp_path / 'static')!r}\n"
    )
    env = production_env(
        DJANGO_SETTINGS_MODULE="collected_settings",
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(BASE_DIR)]),
        MEDIA_ROOT=str(media),
        SERVE_MEDIA="",
    )
    run = {"cwd": BASE_DIR, "env": env, "capture_output": True, "text": True, "timeout": 300}
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], **run
    )
    assert collected.returncode == 0, collected.stdout + collected.stderr
    assert (tmp_path / "static" / "vendor" / "world" / "countries-110m.geojson.gz").exists()

    paths = [
        "/media/images/terraces.2e16d0ba.fill-40x30.png",
        "/media/images/missing.png",
        "/media/../settings",
        "/media/images/../../secret.jpg",
        "/static/vendor/world/countries-110m.geojson",
    ]
    result = subprocess.run([sys.executable, "-c", PRODUCTION_REQUESTS, *paths], **run)
    assert result.returncode == 0, result.stdout + result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])

    served = answers["/media/images/terraces.2e16d0ba.fill-40x30.png"]
    assert served["status"] == 200
    assert served["headers"]["Content-Type"] == "image/png"
    assert served["headers"]["X-Content-Type-Options"] == "nosniff"
    assert served["headers"]["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert served["headers"]["Cache-Control"] == "public, max-age=86400"
    assert served["headers"]["Strict-Transport-Security"].startswith("max-age=31536000")
    assert served["length"] == len(png(40, 30))
    for path in paths[1:4]:
        assert answers[path]["status"] == 404, path
        assert answers[path]["headers"]["X-Content-Type-Options"] == "nosniff"

    outline = answers["/static/vendor/world/countries-110m.geojson"]
    outline_gzip = answers["/static/vendor/world/countries-110m.geojson gzip"]
    assert outline["headers"]["Content-Type"] == "application/geo+json"
    assert "Content-Encoding" not in outline["headers"]
    assert outline_gzip["headers"]["Content-Type"] == "application/geo+json"
    assert outline_gzip["headers"]["Content-Encoding"] == "gzip"
    assert outline_gzip["length"] < outline["length"] / 3
