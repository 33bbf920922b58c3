"""What other pages show of the library: a landscape the resources about it, an expert and an
organisation what they wrote, a course its materials, a story its sources. Each relation points
at one language's version of the page (wagtail-localize copies it unchanged into translations),
so every version of the page is asked for; each resource is shown in the visitor's language
when it has that version, else in its own, marked."""

from django import template
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from library.models import LibraryIndexPage, ResourcePage
from website.structure import cached_structure, locale_id, section_page

register = template.Library()

LINKED_RESOURCES_SHOWN = 12
HEADINGS = {
    "landscapes": _("Resources about this landscape"),
    "expert_authors": _("In the library"),
    "organisation_authors": _("In the library"),
    "courses": _("Course materials"),
    "stories": _("Sources"),
}


def linked_resources(page, relation, limit=LINKED_RESOURCES_SHOWN):
    """What a page shows of the resources linked to it: {title, url, kind, year, language_code}
    of each, newest first, kept for the content version (a publish or unpublish of a resource
    moves it on), so that a landscape's or an expert's page asks nothing more of the database
    once warm."""
    language = get_language()
    return cached_structure(
        f"library-linked:{relation}:{page.translation_key}:{language}",
        lambda: _linked_resources(page, relation, language, limit),
    )


def _linked_resources(page, relation, language, limit):
    versions = Page.objects.filter(translation_key=page.translation_key).values("pk")
    resources = (
        ResourcePage.objects.live()
        .public()
        .filter(**{f"{relation}__in": versions})
        .annotate(language_code=F("locale__language_code"))
        .order_by("-publication_year", "title", "pk")
        .distinct()
    )
    active = locale_id(language)
    chosen = {}
    for resource in resources:
        known = chosen.get(resource.translation_key)
        if known is None or (resource.locale_id == active and known.locale_id != active):
            chosen[resource.translation_key] = resource
    return [
        {
            "title": resource.title,
            "url": resource.url,
            "kind": str(resource.get_kind_display()),
            "year": resource.publication_year,
            "language_code": resource.language_code,
        }
        for resource in list(chosen.values())[:limit]
    ]


@register.inclusion_tag("library/includes/linked_resources.html", takes_context=True)
def resources_linked_to(context, page, relation):
    """The resources whose `relation` (landscapes, expert_authors, organisation_authors,
    courses, stories) holds `page`, with a heading and a way into the library."""
    library = section_page(LibraryIndexPage, get_language())
    return {
        "resources": linked_resources(page, relation),
        "heading": HEADINGS[relation],
        "library_url": library.url if library else "",
        "LANGUAGE_CODE": get_language(),
    }


@register.filter
def passage_language(resource):
    """The language a passage of the resource's files is in, when it is not the visitor's: the
    resource's own language (its first, when it has several and the visitor's is not one)."""
    languages = list(resource.resource_languages or [])
    if not languages or get_language() in languages:
        return ""
    return languages[0]
