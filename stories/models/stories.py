import math
import re
from functools import cached_property

from django.db import models
from django.db.models import F, Q, Subquery
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from multiselectfield import MultiSelectField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network.serializers import ChoiceListField
from stories.blocks import StoryStreamBlock
from website import descriptions
from website.addresses import absolute_url
from website.blocks import PersonBlock, shown_people
from website.images import rendition_or_none
from website.models import SitePage
from website.schema import initiative_name, publisher
from website.translation_overrides import TranslatedStream, fixed

RETURNS = [
    ("inspiration", _("Inspiration")),
    ("social", _("Social")),
    ("natural", _("Natural")),
    ("financial", _("Financial")),
]
ZONES = [
    ("natural", _("Natural zone")),
    ("combined", _("Combined zone")),
    ("economic", _("Economic zone")),
]
WORDS_PER_MINUTE = 200


class StoryIndexPage(RoutablePageMixin, SitePage):
    """The stories of one language: a featured story, then every story newest first, with
    facets; and the RSS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = fixed("slug")
    parent_page_types = ["website.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("story index")

    def description_source(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from stories.directory import StoryDirectory
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        directory = StoryDirectory(request, self)
        context["directory"] = directory
        # Above the first page of the whole list; worked out only when the listing is rendered,
        # not when it is served kept.
        context["featured"] = WhenShown(
            lambda: (
                None if directory.is_filtered or directory.page.number != 1 else directory.featured
            )
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from stories.feeds import StoriesFeed

        return StoriesFeed(self)(request)


class StoryPage(SitePage):
    """A landscape partnership's story, told with text, a story map, before/after images and
    figures."""

    standfirst = models.TextField(_("standfirst"), max_length=500)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("hero caption"), max_length=300, blank=True)
    hero_credit = models.CharField(_("hero credit"), max_length=200, blank=True)
    landscape = models.ForeignKey(
        "network.LandscapePage",
        verbose_name=_("landscape"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    sdgs = ParentalManyToManyField(
        "website.SustainableDevelopmentGoal", verbose_name=_("SDGs"), blank=True
    )
    returns = MultiSelectField(_("returns it shows"), choices=RETURNS, max_length=60, blank=True)
    zones = MultiSelectField(_("zones"), choices=ZONES, max_length=40, blank=True)
    authors = StreamField(
        [("author", PersonBlock(label=_("Author")))], blank=True, verbose_name=_("authors")
    )
    publication_date = models.DateField(
        _("publication date"), default=timezone.localdate, db_index=True
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Shown first on the stories page and the home page."),
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("body"))
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=1, editable=False
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("publication_date"), FieldPanel("featured")],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("landscape"),
                FieldPanel("countries"),
                FieldPanel("themes"),
                FieldPanel("sdgs"),
                FieldPanel("returns"),
                FieldPanel("zones"),
            ],
            heading=_("What it is about"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("standfirst"),
        APIField("publication_date"),
        APIField("reading_minutes"),
        APIField("returns", serializer=ChoiceListField()),
    ]
    override_translatable_fields = [
        SynchronizedField("themes"),
        SynchronizedField("sdgs"),
        SynchronizedField("publication_date"),
        # Where the story happened: the source's.
        *fixed("landscape", "countries"),
        TranslatedStream("authors"),  # who wrote it
        TranslatedStream("body"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    schema_type = "Article"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # What the directory's facets count and filter on, keyed by the page: on PostgreSQL the
        # facet counts read this narrow index (an index-only scan) instead of the wide rows
        # (StreamField bodies, boundaries). tests/bench/EXPLAIN.md has the timings.
        indexes = [
            models.Index(
                fields=["page_ptr", "landscape", "countries", "returns"],
                name="story_facets_idx",
            ),
            # The home page's featured stories, newest first: read in this order until three of
            # the visitor's language turn up, instead of sorting every story (20 ms at 3,000).
            models.Index(fields=["-featured", "-publication_date"], name="story_featured_idx"),
        ]

    def save(self, *args, **kwargs):
        self.reading_minutes = reading_minutes(self.body)
        super().save(*args, **kwargs)

    def get_share_image(self):
        return self.social_image or self.hero_image

    def description_source(self):
        return self.standfirst or descriptions.stream_text(self.body)

    def get_context(self, request, *args, **kwargs):
        from stories.related import related_stories
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        chapters = [block.value for block in self.body if block.block_type == "map_chapter"]
        context["map_chapters"] = chapters  # the head loads the map's scripts for them
        # Shown in the page's kept middle (kept_fragments): worked out only when it is rendered.
        versions = WhenShown(self.landscape_versions)
        context.update(
            {
                "related_stories": WhenShown(lambda: related_stories(self)),
                "landscape": WhenShown(lambda: versions()[0]),
                "authors": WhenShown(lambda: self.shown_authors),
                "story_map_data": WhenShown(
                    lambda: self.story_map_data(request, chapters, versions()[1])
                ),
            }
        )
        return context

    def story_map_data(self, request, chapters, shown_landscape):
        """The story map's GeoJSON: the landscape's boundary (map.js draws it in Leaflet's
        overlay pane, under the markers), then a point for each chapter."""
        from network.geojson import boundary_feature

        boundary = None
        if chapters and shown_landscape is not None:
            other_language = (
                shown_landscape.language if shown_landscape.locale_id != self.locale_id else None
            )
            boundary = boundary_feature(shown_landscape, request, other_language)
        return {
            "type": "FeatureCollection",
            "features": [
                *([boundary] if boundary else []),
                *(
                    {
                        "type": "Feature",
                        "geometry": {
                            "type": "Point",
                            "coordinates": [chapter["longitude"], chapter["latitude"]],
                        },
                        "properties": {"name": chapter["place_name"]},
                    }
                    for chapter in chapters
                ),
            ],
        }

    def landscape_versions(self):
        """The story's landscape as its page shows it, in one query, boundary included:
        (its live, public version in the story's language, or None; that version, else the
        landscape as chosen when it is live and public, or None). The first is what the page
        names and links to, as localize_pages() gives it; the second is whose boundary the
        story map draws, as shown_pages() would give it: a landscape not yet translated is
        still where the story happened, and the map marks its language."""
        from network.models import LandscapePage

        if not self.landscape_id:
            return None, None
        chosen = Page.objects.filter(pk=self.landscape_id).values("translation_key")
        versions = list(
            LandscapePage.objects.live()
            .public()
            .filter(translation_key=Subquery(chosen))
            .filter(Q(locale_id=self.locale_id) | Q(pk=self.landscape_id))
            .annotate(language=F("locale__language_code"))
        )
        translated = next(
            (version for version in versions if version.locale_id == self.locale_id), None
        )
        chosen_version = next(
            (version for version in versions if version.pk == self.landscape_id), None
        )
        return translated, translated or chosen_version

    @cached_property
    def shown_authors(self):
        """The authors as the page and its JSON-LD show them (asked once a request)."""
        return shown_people(self.authors)

    @staticmethod
    def _author_json_ld(person, request):
        """An author as schema.org's Person: a name typed in the story, or an expert with the
        address of their profile."""
        if isinstance(person, str):
            return {"@type": "Person", "name": person}
        author = {"@type": "Person", "name": person.title}
        url = person.get_full_url(request)
        if url:
            author["url"] = url
        return author

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.pop("name", None)
        data["headline"] = self.title[:110]
        data["description"] = self.standfirst
        data["datePublished"] = self.publication_date.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        data["author"] = [self._author_json_ld(person, request) for person in self.shown_authors]
        if not data["author"]:
            data["author"] = [{"@type": "Organization", "name": initiative_name()}]
        image = self.get_share_image()
        rendition = rendition_or_none(image, "fill-1200x675") if image else None
        if rendition:
            data["image"] = [absolute_url(rendition.url, request)]
        data["publisher"] = publisher(request)
        return data


def reading_minutes(body):
    """Minutes to read the story's words at 200 a minute, at least one."""
    words = 0
    for text in _texts(list(body.raw_data)):
        words += len(re.findall(r"\w+", strip_tags(text)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {
                "id",
                "type",
                "url",
                "image",
                "before",
                "after",
                "latitude",
                "longitude",
                "zoom",
            }:
                yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
