"""Uploaded images served by the site itself, for a deployment with no front server that serves
MEDIA_ROOT (one machine: gunicorn, with WhiteNoise for the static files). SERVE_MEDIA turns it on
(the default; README's Deployment section says when to turn it off).

What is served, and how:

- Only Wagtail's image files: `original_images/` and the renditions in `images/`, with the
  formats uploads may have or be converted to (MEDIA_TYPES). Nothing else under MEDIA_ROOT:
  documents (`documents/`) go through Wagtail's document view at /documents/<id>/<name>, which
  checks their collection's privacy (a password, signed-in users) and says whether they open or
  download; served from here they would skip both. A backup directory or anything else someone
  puts under MEDIA_ROOT is not served either. Images are public by design (an expert's photo
  awaiting review has a random name: network/profile_photos.py).
- Never a directory listing, never a path out of its folder (`..`, an absolute path, a symbolic
  link that leads out), never a file whose type is not in MEDIA_TYPES: each is the same short 404,
  as is a missing file, without rendering the site's 404 page (no query for a missing image).
- The headers of Wagtail's documents, and of every response of the site: the type from the
  extension, `X-Content-Type-Options: nosniff` (the browser never guesses another type), and
  `Content-Security-Policy: default-src 'none'; sandbox`, so that even a file that somehow held
  markup could run nothing and reach nothing, in an origin of its own. Images open inline
  (`Content-Disposition: inline` with their name).
- Cached for a day by browsers and shared caches, then revalidated: `Last-Modified` and an
  `ETag` (the file's modification time and size, as nginx makes them) answer `304 Not Modified`
  to If-Modified-Since and If-None-Match, before the file is opened. Not for a year, not
  `immutable`: a rendition's name comes from its image's file name and the filter, not from its
  content, and a file name comes free again when an image is deleted or its file replaced, so the
  next upload of a `terraces.jpg` can have the same rendition names as the last. No Range
  requests (`Accept-Ranges: none`): images are small and browsers ask for them whole.

This is a middleware, next to WhiteNoise and for the same reasons: it answers before the session,
the page cache, the language and the site's CSP are looked at, so an image costs no query and no
cache lookup, and its caching headers are the same for signed-in visitors, whose other responses
CacheControlMiddleware marks `private, no-store`."""

import os
import stat
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, MiddlewareNotUsed
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed, HttpResponseNotFound
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header, http_date
from wagtail.documents.views import serve as wagtail_document_views

# The folders Wagtail writes images to: originals (AbstractImage.get_upload_to) and renditions
# (AbstractRendition.get_upload_to).
SERVED_FOLDERS = ("original_images", "images")
# WAGTAILIMAGES_EXTENSIONS and the formats of WAGTAILIMAGES_FORMAT_CONVERSIONS; never SVG, whose
# scripts would run when the file is opened.
MEDIA_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"
CACHE_CONTROL = "public, max-age=86400"


class MediaMiddleware:
    """Answers every request under MEDIA_URL (see the module's docstring); passes the others on."""

    def __init__(self, get_response):
        prefix = settings.MEDIA_URL or ""
        # Off, or media elsewhere (MEDIA_URL on another host, as with S3): nothing to do here.
        if not settings.SERVE_MEDIA or urlsplit(prefix).netloc or not prefix.startswith("/"):
            raise MiddlewareNotUsed
        if prefix == "/":
            raise ImproperlyConfigured("SERVE_MEDIA needs a MEDIA_URL of its own, not /.")
        self.get_response = get_response
        self.prefix = prefix if prefix.endswith("/") else prefix + "/"

    def __call__(self, request):
        if not request.path.startswith(self.prefix):
            return self.get_response(request)
        return serve_media(request, request.path[len(self.prefix) :])


def serve_media(request, relative_path):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    found = media_file(relative_path)
    if found is None:
        return not_found()
    path, file_stat, name = found
    content_type = MEDIA_TYPES[os.path.splitext(name)[1].lower()]
    head = HttpResponse(content_type=content_type)
    head["Content-Length"] = str(file_stat.st_size)
    head["Content-Disposition"] = content_disposition_header(False, name)
    head["Last-Modified"] = http_date(file_stat.st_mtime)
    head["ETag"] = f'"{int(file_stat.st_mtime):x}-{file_stat.st_size:x}"'
    head["Cache-Control"] = CACHE_CONTROL
    head["Accept-Ranges"] = "none"
    for name, value in security_headers().items():
        head[name] = value
    # 304 to If-None-Match or If-Modified-Since (412 to a failed If-Match), before the file is
    # opened; `head` itself when no condition applies.
    response = get_conditional_response(
        request, etag=head["ETag"], last_modified=int(file_stat.st_mtime), response=head
    )
    if response is not head or request.method == "HEAD":
        return response
    response = FileResponse(path.open("rb"), content_type=content_type)
    for name, value in head.items():
        response[name] = value
    return response


def media_file(relative_path):
    """(path, stat, file name) of the image file that `relative_path` (what follows MEDIA_URL)
    names, or None when it names nothing that may be served. The type is the name's."""
    parts = relative_path.split("/")
    if (
        len(parts) < 2
        or parts[0] not in SERVED_FOLDERS
        or any(part in ("", ".", "..") for part in parts)
        or "\\" in relative_path
        or "\x00" in relative_path
        or os.path.splitext(parts[-1])[1].lower() not in MEDIA_TYPES
    ):
        return None
    try:
        # Symbolic links resolved: the folder itself may be one (onto another disk); what is
        # served must lie in it.
        folder = (Path(settings.MEDIA_ROOT) / parts[0]).resolve()
        path = folder.joinpath(*parts[1:]).resolve()
        if not path.is_relative_to(folder):
            return None
        file_stat = path.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(file_stat.st_mode):
        return None
    return path, file_stat, parts[-1]


def not_found():
    response = HttpResponseNotFound(b"Not found.", content_type="text/plain; charset=utf-8")
    for name, value in security_headers().items():
        response[name] = value
    # A file may yet be uploaded at this name.
    response["Cache-Control"] = "no-cache"
    return response


def security_headers():
    return {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    }


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (collection privacy, `Content-Disposition`, its CSP and nosniff),
    without two headers it gets wrong: `Content-Encoding: None` on every file (its sendfile
    writes the encoding that `mimetypes` guessed, None, as a word), which curl and validators
    refuse as an unknown coding, and `ETag: ""`, the same for every document whose hash was never
    computed (one added by code rather than through the admin)."""
    response = wagtail_document_views.serve(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    if response.get("ETag") == '""':
        del response["ETag"]
    return response
