"""Profiles are listed in every language from the moment they are published, translated or not.

A coordinator writes a landscape in their own language, an expert their profile; translators
translate them later. Until a language has a live, public version of such a page, that language's
directory, map and search list the page in a language it exists in: the default language's
version when there is one, else the version created first (the lowest id: the one its author
wrote, whose translations came after it). One version of each page, never two.

These are conditions on the page rows themselves (NOT EXISTS on translation_key, which Wagtail
indexes with the locale), so a listing still runs a fixed number of queries, whatever its size."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page

from website.structure import locale_id as locale_id_of


def listed_q(locale_id, models, own=None):
    """The pages of `models` that the listings of `locale_id`'s language show: its own pages
    (those that also meet `own`, e.g. being under the directory) and the untranslated_q() ones.
    Whoever asks adds live and public: these conditions are about languages only."""
    own_pages = Q(locale_id=locale_id)
    if own is not None:
        own_pages &= own
    return own_pages | untranslated_q(locale_id, models)


def untranslated_q(locale_id, models):
    """Pages of `models` (page classes) in other languages that stand in for a translation
    `locale_id` does not have yet: of a page's live, public versions, the default language's,
    else the first made."""
    versions = Page.objects.live().public().filter(translation_key=OuterRef("translation_key"))
    content_types = ContentType.objects.get_for_models(*models).values()
    elsewhere = Q(content_type_id__in=[content_type.pk for content_type in content_types])
    default_id = locale_id_of(settings.LANGUAGE_CODE)
    if default_id is None or default_id == locale_id:
        return (
            elsewhere
            & ~Q(locale_id=locale_id)
            & ~Exists(versions.filter(Q(locale_id=locale_id) | Q(pk__lt=OuterRef("pk"))))
        )
    from_default = Q(locale_id=default_id) & ~Exists(versions.filter(locale_id=locale_id))
    from_others = ~Q(locale_id__in=[locale_id, default_id]) & ~Exists(
        versions.filter(Q(locale_id__in=[locale_id, default_id]) | Q(pk__lt=OuterRef("pk")))
    )
    return elsewhere & (from_default | from_others)


def language_name(language_code):
    """A content language's name in that language ("Español"), as the language switcher says it."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(language_code, language_code)


def source_language(page):
    """The language code of the version `page`'s translations are made from (wagtail-localize's
    source, followed back to the first), or None when `page` is no translation: the language of
    the values translations copy from their source unchanged, such as tags and skills."""
    from wagtail_localize.models import Translation

    language, key, target = None, page.translation_key, page.locale_id
    for _step in settings.WAGTAIL_CONTENT_LANGUAGES:  # a chain of sources is at most this long
        source = (
            Translation.objects.filter(source__object_id=key, target_locale_id=target)
            .values_list("source__locale_id", "source__locale__language_code")
            .first()
        )
        if source is None:
            break
        target, language = source
    return language
