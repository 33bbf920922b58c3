"""The library index: the directories' engine (network.directories) over resources, searched to
the text inside their files, with a passage of that text shown under each match.

`languages=all` lists the resources of every language's library, each marked with its page's
language, as the site search does."""

import datetime
from functools import cached_property

from django.db.models import F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from library.models import (
    FIRST_YEAR,
    KINDS,
    LICENCES,
    ResourceDownloads,
    ResourceFile,
    ResourcePage,
)
from library.snippets import passages
from network.choices import REGIONS
from network.directories import ChoiceFacet, Directory, ListFacet, TermFacet
from search.service import find
from stories.models.stories import RETURNS
from website.languages import SPOKEN_LANGUAGES
from website.models import Theme


class YearFacet(ChoiceFacet):
    """The year of publication, newest first."""

    keeps_order = True

    def __init__(self, param, label, field):
        super().__init__(param, label, field, None)

    def options(self):
        latest = datetime.date.today().year + 1
        return {str(year): str(year) for year in range(latest, FIRST_YEAR - 1, -1)}


class LibraryDirectory(Directory):
    model = ResourcePage
    search_fallback_fields = ("title", "summary")
    sorts = {
        "newest": (_("Newest"), ("-publication_year", "-first_published_at")),
        "downloads": (_("Most downloaded"), ("-downloads", "-publication_year")),
        "title": (_("Title"), ("title",)),
    }
    default_sort = "newest"
    sorts_not_kept = frozenset({"downloads"})  # counted on every download, not on a publish
    per_page = 20
    card_template = "library/includes/resource_card.html"
    card_shows_themes = False
    offers_every_language = True
    cards_class = "cards--list"  # one a row: a passage found in the text reads best wide

    def __init__(self, request, index_page):
        self.all_languages = request.GET.get("languages") == "all"
        self.facets = [
            ChoiceFacet("kind", _("Kind"), "kind", KINDS),
            TermFacet("theme", _("Theme"), "themes", Theme),
            ListFacet("return", _("Return"), "returns", RETURNS),
            ListFacet(
                "language", _("Language of the resource"), "resource_languages", SPOKEN_LANGUAGES
            ),
            ListFacet("region", _("Region"), "regions", REGIONS),
            YearFacet("year", _("Year"), "publication_year"),
            ChoiceFacet("licence", _("Licence"), "licence", LICENCES),
        ]
        super().__init__(request, index_page)

    def counts_vary_on(self):
        return ("every-language",) if self.all_languages else ()

    @cached_property
    def page_conditions(self):
        if not self.all_languages:
            return super().page_conditions
        pages = Page.objects.all()
        return pages.live_q() & pages.type_q(ResourcePage) & ~pages.private_q()

    def find_matches(self):
        live = self.model.objects.live()
        if not self.all_languages:
            live = live.filter(locale_id=self.index_page.locale_id)
        return find(
            live,
            self.query,
            language=None if self.all_languages else get_language(),
            fallback_fields=self.search_fallback_fields,
        )

    def querystring_params(self):
        params = super().querystring_params()
        if self.all_languages:
            params["languages"] = "all"
        return params

    @cached_property
    def results(self):
        queryset = self.filtered()
        if self.sort == "downloads":
            counts = ResourceDownloads.objects.filter(translation_key=OuterRef("translation_key"))
            queryset = queryset.annotate(
                downloads=Coalesce(Subquery(counts.values("count")[:1]), Value(0))
            )
        return self.ordered(queryset)

    @classmethod
    def with_card_data(cls, queryset):
        first_cover = ResourceFile.objects.filter(
            page=OuterRef("pk"), document__library_text__cover__isnull=False
        ).order_by("sort_order")
        return cls.with_language(queryset).annotate(
            card_cover_id=Coalesce(
                F("cover_image_id"),
                Subquery(first_cover.values("document__library_text__cover")[:1]),
                output_field=IntegerField(),
            )
        )

    @classmethod
    def prepare_cards(cls, items, query):
        """Each card's cover and, for a search, the passage of its files' text that matched
        (a fixed number of queries for the page of cards; the site search asks it too)."""
        items = list(items)
        attach_covers(items)
        found = passages(items, query) if query else {}
        for item in items:
            item.passage = found.get(item.pk)


def attach_covers(resources):
    """Each resource's cover image (`card_cover`, with its renditions), in two queries for the
    page of cards."""
    resources = list(resources)
    ids = {item.card_cover_id for item in resources if item.card_cover_id}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_related("renditions")
    by_id = {image.pk: image for image in images} if ids else {}
    for item in resources:
        item.card_cover = by_id.get(item.card_cover_id)
