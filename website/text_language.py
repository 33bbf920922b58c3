"""Which language a text is in when it is not the page's, so that the page can say so.

A translation that wagtail-localize made and nobody has translated yet (the pages and menus that
`manage.py add_language` makes, or a page a translator has only just started) is live with its
source's text: English words on an Arabic page. Marked with their own `lang` and `dir`, they are
read aloud in the right voice and laid out left to right; unmarked, the bidi algorithm moves
their punctuation and figures around.

A translation counts as waiting while none of its source's current strings is translated; from
the first translated string on, its text is the page's own (a page half translated mixes both,
and is not marked)."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils.html import format_html
from django.utils.translation import get_language_info

from website.content_version import request_memo
from website.structure import cached_structure, locale_id


def text_direction(language_code):
    """`rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu…), else `ltr`."""
    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def language_attributes(language_code):
    """` lang="…" dir="…"` for an element whose text is in `language_code` (nothing without one)."""
    if not language_code:
        return ""
    return format_html(' lang="{}" dir="{}"', language_code, text_direction(language_code))


def waiting_translations(language_code):
    """{translation key: source language code} of the pages and snippets in `language_code` that
    are translations not begun: one query a language, kept until the content changes."""
    target_id = locale_id(language_code)
    if target_id is None:
        return {}
    key = f"waiting-translations:{language_code}"
    memo = request_memo()  # asked for each text a page shows: once a request, even uncached
    if memo is not None and key in memo:
        return memo[key]
    waiting = cached_structure(key, lambda: _waiting_translations(target_id))
    if memo is not None:
        memo[key] = waiting
    return waiting


def _waiting_translations(target_id):
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    begun = StringSegment.objects.filter(source_id=OuterRef("source_id")).filter(Exists(translated))
    rows = (
        Translation.objects.filter(target_locale_id=target_id, enabled=True)
        .exclude(Exists(begun))
        .values_list("source__object_id", "source__locale__language_code")
    )
    return {str(key): source_language for key, source_language in rows}


def text_language(instance):
    """The language of `instance`'s text (a page or a translatable snippet) when it is not its
    locale's, else None."""
    key = getattr(instance, "translation_key", None)
    language_code = _language_of_locale(getattr(instance, "locale_id", None))
    if key is None or language_code is None:
        return None
    return waiting_translations(language_code).get(str(key))


def _language_of_locale(id_):
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if id_ is not None and locale_id(language_code) == id_:
            return language_code
    return None
