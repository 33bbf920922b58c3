"""A token that changes whenever published content changes.

Fragments and pages cached under it (navigation menus, website.page_cache) are never stale
after a publish, unpublish, move, save or deletion of a live page, or an edit of a menu, a term
or the site's settings, and nothing needs to know which fragment depends on which page: a change
simply moves every key on."""

import uuid

from django.core.cache import cache

KEY = "content-version"


def content_version():
    version = cache.get(KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(KEY, version, None):
            version = cache.get(KEY, version)
    return version


def content_changed(**kwargs):
    cache.set(KEY, uuid.uuid4().hex, None)


def page_deleted(instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        content_changed()


def page_saved(instance, **kwargs):
    """A live page saved outside publishing (code, imports, the demo): its visitors see it."""
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        content_changed()


def settings_changed(created=False, **kwargs):
    # The first request of a new site creates its settings: nothing shown has changed yet.
    if not created:
        content_changed()
