"""What a resource links to, as its page and its JSON-LD show it: the visitor's version of each
linked page, live and public (website.localize), and the names of its terms in the visitor's
language. Kept for the content version (a publish anywhere moves it on), so that a warm
resource page asks nothing of the database for them; a preview computes them from the draft."""

from django.utils.translation import get_language

from website.localize import shown_pages
from website.structure import cached_structure

PAGE_RELATIONS = ("expert_authors", "organisation_authors", "landscapes", "courses", "stories")


def linked_pages(resource, request=None):
    if resource.pk is None or getattr(request, "is_preview", False):
        return _linked_pages(resource)
    return cached_structure(
        f"library-resource-links:{resource.pk}:{get_language()}",
        lambda: _linked_pages(resource),
    )


def _linked_pages(resource):
    from network.templatetags.network_tags import ecosystem_names, sdg_labels, theme_names

    chosen = {relation: list(getattr(resource, relation).all()) for relation in PAGE_RELATIONS}
    everything = [page for pages in chosen.values() for page in pages]
    shown = dict(zip((id(page) for page in everything), shown_pages(everything), strict=True))
    linked = {
        relation: [shown[id(page)] for page in pages if shown[id(page)] is not None]
        for relation, pages in chosen.items()
    }
    linked["theme_names"] = theme_names(resource.themes.all())
    linked["ecosystem_names"] = ecosystem_names(resource.ecosystem_types.all())
    linked["sdg_labels"] = sdg_labels(resource.sdgs.all())
    return linked
