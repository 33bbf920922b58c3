"""Text in another language than the page's, marked so (`lang` and `dir`), and the language
switcher, which names each language in its own words."""

from dataclasses import replace
from urllib.parse import urlencode

from django import template
from django.utils import translation

from website.text_language import language_attributes, text_language

register = template.Library()

# Where views and pages put a listing (a directory, the catalog, the search, the progress pages'
# facets): anything with `querystring_params()` and, when paginated, `page`.
LISTING_CONTEXT_NAMES = ("directory", "search", "listing")


@register.filter
def lang_dir(language_code):
    """` lang="…" dir="…"` for an element whose text is in `language_code`; nothing for none."""
    return language_attributes(language_code)


@register.filter
def text_lang(instance):
    """` lang="…" dir="…"` for an element showing a page's (or snippet's) own text while that
    text is still its source's, in another language (website.text_language); else nothing."""
    return language_attributes(text_language(instance))


def listing_query(context):
    """The query string of the listing shown (its filters, search words, sort and page
    number), made of only the parameters it understands: every value there is a code, a slug or
    a number, the same in every language, so another language's version of the listing reads
    it alike. Anything else in the address (tracking, stale or made-up parameters) is dropped."""
    for name in LISTING_CONTEXT_NAMES:
        listing = context.get(name)
        if hasattr(listing, "querystring_params"):
            params = dict(listing.querystring_params())
            number = (
                listing.page_number  # a kept directory's, its cards not fetched
                if hasattr(listing, "page_number")
                else getattr(getattr(listing, "page", None), "number", 1)
            )
            if isinstance(number, int) and number > 1:
                params["page"] = number
            return urlencode(params, doseq=True)
    return ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, versions):
    """Each language's link keeps the listing's filters and page (its translation reads the
    same parameters); a language the page is not in links to its home page and says so, in
    its own words."""
    query = listing_query(context)
    links = []
    for version in versions:
        note, note_language = "", None
        if version.is_translation:
            if query:
                version = replace(version, url=f"{version.url}?{query}")
        else:
            with translation.override(version.language_code):
                note = translation.pgettext(
                    "language switcher, after a language's name: the page has no version in it",
                    "(not translated)",
                )
            # A language whose catalogue lacks it shows the English words: marked so.
            if note == "(not translated)" and not version.language_code.startswith("en"):
                note_language = "en"
        links.append({"version": version, "note": note, "note_language": note_language})
    return {"links": links}
