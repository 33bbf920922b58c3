"""Relations between translatable things point at one language's version (wagtail-localize copies
page and snippet links unchanged into translations). These helpers show the visitor's version."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page


def is_public(page):
    """Whether anyone may see `page`: live and in no private section. What `.live().public()`
    asks, for a page already in hand (a foreign key, a chooser's value), without a query
    (website.structure keeps the private sections under the content version)."""
    from website.structure import restricted_sections

    if page is None or not page.live:
        return False
    return not any(page.path.startswith(path) for path in restricted_sections()[0])


def shown_pages(pages, language=None):
    """What a public page may show of the pages it links to (choosers, foreign keys): each
    page's live, public translation in `language`, else the page itself if it is live and
    public, else None (a draft under review, an unpublished or private page), in the order
    given and in one query. Every public rendering of a linked page goes through here or
    localize_pages(), never through the chosen page as it is."""
    pages = list(pages)
    translations = {page.translation_key: page for page in localize_pages(pages, language=language)}
    shown = []
    for page in pages:
        if page is None:
            shown.append(None)
        elif page.translation_key in translations:
            shown.append(translations[page.translation_key])
        else:
            shown.append(page if is_public(page) else None)
    return shown


def localize_pages(pages, language=None):
    """Each page's live translation in `language` (the active one by default), in one query.
    Pages without a live, public translation there are left out."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    from website.structure import locale_id

    language = language or get_language()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in={page.translation_key for page in pages},
            locale_id=locale_id(language),
        )
        .specific(defer=True)
    }
    seen = set()
    localized = []
    for page in pages:
        translation = translations.get(page.translation_key)
        if translation is not None and translation.pk not in seen:
            seen.add(translation.pk)
            localized.append(translation)
    return localized


def term_names(model, key_field="slug", language=None):
    """{key: name} of a taxonomy's terms in `language`, falling back to the default language's
    names; cached, as taxonomies change rarely (saving a term clears it)."""
    from website.content_version import request_memo

    language = language or get_language()
    key = f"term-names:{model._meta.label_lower}:{language}"
    memo = request_memo()  # a listing asks once a card: once a request is enough
    if memo is not None and key in memo:
        return memo[key]
    names = cache.get(key)
    if names is None:
        rows = model.objects.filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).values_list(key_field, "name", "locale__language_code")
        names = {}
        # The active language's rows come last, so that they win.
        for term_key, name, _language in sorted(rows, key=lambda row: row[2] == language):
            names[str(term_key)] = name
        cache.set(key, names, 60 * 60)
    if memo is not None:
        memo[key] = names
    return names


def forget_term_names(model):
    cache.delete_many(
        [f"term-names:{model._meta.label_lower}:{code}" for code, _name in settings.LANGUAGES]
    )
