"""A token that changes whenever published content changes.

Fragments cached under it (the navigation menus) are never stale after a publish,
unpublish, move or deletion of a page, or an edit of a menu, and nothing needs to know which
fragments depend on which page: a change simply moves every key on."""

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
