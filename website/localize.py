"""Relations between translatable things point at one language's version (wagtail-localize copies
page and snippet links unchanged into translations). These helpers show the visitor's version."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page


def localize_pages(pages, language=None):
    """Each page's live translation in `language` (the active one by default), in one query.
    Pages without a live translation there are left out."""
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
