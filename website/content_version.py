"""A token that changes whenever published content changes.

Fragments and pages cached under it (navigation menus, website.page_cache) are never stale
after a publish, unpublish, move, save or deletion of a live page, or an edit of a menu, a term
or the site's settings, and nothing needs to know which fragment depends on which page: a change
simply moves every key on."""

import threading
import time
import uuid

from django.core.cache import cache

KEY = "content-version"

# Within one request the version is read from the cache once (a request sees one version of the
# site, and a dozen lookups do not each cost a round trip to Redis). Outside requests (commands,
# jobs) it is read every time.
_request = threading.local()


def new_version():
    """A version that says when it began: seconds since the epoch, then a random part."""
    return f"{time.time():.0f}-{uuid.uuid4().hex}"


def content_version():
    version = getattr(_request, "version", None)
    if version is not None:
        return version
    version = cache.get(KEY)
    if version is None:
        version = new_version()
        if not cache.add(KEY, version, None):
            version = cache.get(KEY, version)
    if getattr(_request, "active", False):
        _request.version = version
    return version


def request_memo():
    """A dict that lives as long as the current request (None outside requests)."""
    return _request.memo if getattr(_request, "active", False) else None


def request_started(**kwargs):
    _request.active = True
    _request.version = None
    _request.memo = {}


def request_finished(**kwargs):
    _request.active = False
    _request.version = None
    _request.memo = {}


def version_age():
    """Seconds since the content version began (a version without its time: long ago)."""
    began, _dash, _random = content_version().partition("-")
    return time.time() - float(began) if began.isdigit() else float("inf")


def content_changed(**kwargs):
    version = new_version()
    cache.set(KEY, version, None)
    if getattr(_request, "active", False):
        _request.version = version


def page_deleted(instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        content_changed()


def page_saved(instance, **kwargs):
    """A live page saved outside publishing (code, imports, the demo): its visitors see it."""
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        content_changed()


# What Wagtail fills in on an image or a document the first time it is used (its size, its
# hash): no change to what any page shows.
MEDIA_BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def media_changed(created=False, update_fields=None, **kwargs):
    """An image's or a document's new file or focal point, or its deletion: pages then show new
    renditions and addresses. Not its upload (no page shows it until one is published with it),
    nor Wagtail's filling in of its size or hash."""
    if created or (update_fields and set(update_fields) <= MEDIA_BOOKKEEPING_FIELDS):
        return
    content_changed()


def settings_changed(created=False, **kwargs):
    # The first request of a new site creates its settings: nothing shown has changed yet.
    if not created:
        content_changed()
