"""Saying which language a profile is in where it is not the visitor's: on the card of one listed
before it is translated, and on a profile that some languages do not have yet."""

from django import template
from django.utils.translation import get_language

from network.untranslated import language_name, source_language
from website.language_versions import page_language_versions
from website.structure import cached_structure, locale_id

register = template.Library()


@register.simple_tag
def listed_language(item):
    """{"code", "name"} of the language of a listed profile that is not in the visitor's
    language, else None. Reads `language_code`, which the directories' card data annotates."""
    code = getattr(item, "language_code", None)
    if not code or code == get_language():
        return None
    return {"code": code, "name": language_name(code)}


@register.simple_tag(takes_context=True)
def missing_translations(context, page):
    """The site's languages that `page` has no live, public version in yet, each with its
    name in that language (the language switcher's answer, which the request keeps)."""
    versions = page_language_versions(context["request"], page)
    return [
        version
        for version in versions
        if not version.is_translation and locale_id(version.language_code) != page.locale_id
    ]


@register.simple_tag
def copied_text_language(page):
    """{"code", "name"} of the language that `page`'s copied values (tags, skills: the same in
    every translation, as their source wrote them) are in, when it is not the page's; else
    None."""
    # Kept per content version: a translation and its source change only when one is published.
    code = cached_structure(
        f"source-language:{page.translation_key}:{page.locale_id}",
        lambda: source_language(page) or "",  # "" for none, as the cache cannot keep None
    )
    if not code or locale_id(code) == page.locale_id:
        return None
    return {"code": code, "name": language_name(code)}
