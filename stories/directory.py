from functools import cached_property

from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _

from network.directories import CountryFacet, Directory, Facet, ListFacet, TermFacet
from network.models import LandscapePage
from stories.models import StoryPage
from stories.models.stories import RETURNS
from website.models import SustainableDevelopmentGoal, Theme


class LandscapeFacet(Facet):
    """The landscape a story tells of, by its slug (the same in every language)."""

    def __init__(self, param, label, index_page):
        super().__init__(param, label)
        self.index_page = index_page

    @cached_property
    def landscapes(self):
        return dict(
            LandscapePage.objects.live()
            .public()
            .filter(locale_id=self.index_page.locale_id)
            .values_list("slug", "title")
        )

    def options(self):
        return self.landscapes

    def filter(self, queryset, values):
        return queryset.filter(landscape__slug__in=values)

    def count_rows(self, queryset):
        return self._rows(
            queryset.filter(landscape__isnull=False), F("landscape__slug"), Count("pk")
        )


class StoryDirectory(Directory):
    model = StoryPage
    search_fallback_fields = ("title", "standfirst")
    sorts = {
        "newest": (_("Newest"), ("-publication_date", "-first_published_at")),
        "title": (_("Title"), ("title",)),
    }
    default_sort = "newest"
    per_page = 12
    card_template = "stories/includes/story_card.html"

    def __init__(self, request, index_page):
        self.facets = [
            TermFacet("theme", _("Theme"), "themes", Theme),
            CountryFacet("country", _("Country"), "countries"),
            LandscapeFacet("landscape", _("Landscape"), index_page),
            ListFacet("return", _("Return"), "returns", RETURNS),
            TermFacet("sdg", _("SDG"), "sdgs", SustainableDevelopmentGoal, key_field="number"),
        ]
        super().__init__(request, index_page)

    @classmethod
    def with_card_data(cls, queryset):
        return queryset.select_related("hero_image", "landscape").prefetch_related(
            "hero_image__renditions"
        )

    @cached_property
    def featured(self):
        """The newest featured story, else the newest story."""
        stories = self.with_card_data(self.base_queryset)
        return (
            stories.filter(featured=True).order_by("-publication_date").first()
            or stories.order_by("-publication_date").first()
        )
