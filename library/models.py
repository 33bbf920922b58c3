"""The knowledge library: guides, toolkits, case studies, reports, datasets and recordings that
landscape partnerships learn from, each a page under one language's library index.

A resource carries one or more files (Wagtail documents, checked by content on upload) or a link
(a video from the hosts the site may embed), and says which languages the resource itself is in:
a Spanish PDF may be listed on the English site, marked as Spanish. The text inside its files is
extracted once per file version (library/text.py) and indexed with the page, so that a sentence
on page 40 finds it. Downloads are counted per resource, whatever the language version, and
without anything about who downloaded."""

import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from multiselectfield import MultiSelectField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from library import videos
from library.panels import FileTextPanel
from network.choices import REGIONS
from network.serializers import ChoiceListField
from stories.models.stories import RETURNS, ZONES
from website.addresses import absolute_url
from website.images import rendition_or_none
from website.languages import SPOKEN_LANGUAGES
from website.models import SitePage
from website.schema import publisher
from website.translation_overrides import fixed

KINDS = [
    ("guide", _("Guide")),
    ("toolkit", _("Toolkit")),
    ("case-study", _("Case study")),
    ("report", _("Report")),
    ("policy-brief", _("Policy brief")),
    ("dataset", _("Dataset")),
    ("video", _("Video")),
    ("webinar", _("Webinar recording")),
    ("training", _("Training material")),
]
VIDEO_KINDS = {"video", "webinar"}
# schema.org types by kind: a dataset and a recording are what schema.org names them; the rest
# are creative works.
SCHEMA_TYPES = {"dataset": "Dataset", "video": "VideoObject", "webinar": "VideoObject"}

LICENCES = [
    ("cc-by-4.0", _("CC BY 4.0 (attribution)")),
    ("cc-by-sa-4.0", _("CC BY-SA 4.0 (attribution, share alike)")),
    ("cc-by-nc-4.0", _("CC BY-NC 4.0 (attribution, non-commercial)")),
    ("cc-by-nc-sa-4.0", _("CC BY-NC-SA 4.0 (attribution, non-commercial, share alike)")),
    ("cc-by-nd-4.0", _("CC BY-ND 4.0 (attribution, no derivatives)")),
    ("cc-by-nc-nd-4.0", _("CC BY-NC-ND 4.0 (attribution, non-commercial, no derivatives)")),
    ("cc0-1.0", _("CC0 1.0 (public domain)")),
    ("all-rights-reserved", _("All rights reserved")),
]
LICENCE_URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc-by-nc-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "cc-by-nc-sa-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "cc-by-nd-4.0": "https://creativecommons.org/licenses/by-nd/4.0/",
    "cc-by-nc-nd-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
FIRST_YEAR = 1950
# What the index takes of a resource's files' text: a long report's first 300,000 characters
# (about 150 pages) are searchable; PostgreSQL's tsvector holds at most 1 MB.
MAX_INDEXED_CHARS = 300_000


def latest_year():
    return datetime.date.today().year + 1


def validate_publication_year(year):
    if year is not None and year > latest_year():
        raise ValidationError(_("A resource cannot be published after next year."))


class LibraryIndexPage(RoutablePageMixin, SitePage):
    """The resources of one language, searchable to the text inside their files, with facets;
    and the RSS feed of the newest."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = fixed("slug")
    parent_page_types = ["website.HomePage"]
    subpage_types = ["library.ResourcePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("library")
        verbose_name_plural = _("libraries")

    def description_source(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from library.directory import LibraryDirectory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = LibraryDirectory(request, self)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from library.feeds import LibraryFeed

        return LibraryFeed(self)(request)


class ResourcePage(RoutablePageMixin, SitePage):
    """One resource: what it is, who made it, what it is about, and its files or link."""

    kind = models.CharField(_("kind"), max_length=20, choices=KINDS, db_index=True)
    summary = models.TextField(
        _("summary"),
        max_length=1500,
        help_text=_("What a reader learns from it, in two to four sentences."),
    )
    link = models.URLField(
        _("link"),
        blank=True,
        help_text=_(
            "Where the resource is, when it is not a file here: a video on YouTube or Vimeo, "
            "or a page elsewhere."
        ),
    )
    resource_languages = MultiSelectField(
        _("languages of the resource"),
        choices=SPOKEN_LANGUAGES,
        max_length=60,
        help_text=_("The languages the files or the video are in, whatever this page's language."),
    )
    publication_year = models.PositiveSmallIntegerField(
        _("year of publication"),
        db_index=True,
        validators=[MinValueValidator(FIRST_YEAR), validate_publication_year],
    )
    expert_authors = ParentalManyToManyField(
        "network.ExpertPage",
        verbose_name=_("authors from the directory's experts"),
        blank=True,
        related_name="library_resources",
    )
    organisation_authors = ParentalManyToManyField(
        "network.OrganisationPage",
        verbose_name=_("authors from the directory's organisations"),
        blank=True,
        related_name="library_resources",
    )
    other_authors = models.TextField(
        _("other authors"),
        blank=True,
        max_length=1000,
        help_text=_("People or organisations not in the directory, one per line."),
    )
    licence = models.CharField(_("licence"), max_length=30, choices=LICENCES, db_index=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Left empty, the first page of its first PDF is the cover."),
    )
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    sdgs = ParentalManyToManyField(
        "website.SustainableDevelopmentGoal", verbose_name=_("SDGs"), blank=True
    )
    ecosystem_types = ParentalManyToManyField(
        "website.EcosystemType", verbose_name=_("ecosystem types"), blank=True
    )
    returns = MultiSelectField(_("returns"), choices=RETURNS, max_length=60, blank=True)
    zones = MultiSelectField(_("zones"), choices=ZONES, max_length=40, blank=True)
    regions = MultiSelectField(_("regions"), choices=REGIONS, max_length=120, blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    landscapes = ParentalManyToManyField(
        "network.LandscapePage",
        verbose_name=_("landscapes it is about"),
        blank=True,
        related_name="library_resources",
    )
    courses = ParentalManyToManyField(
        "learning.CoursePage",
        verbose_name=_("courses that use it"),
        blank=True,
        related_name="library_resources",
    )
    stories = ParentalManyToManyField(
        "stories.StoryPage",
        verbose_name=_("stories that draw on it"),
        blank=True,
        related_name="library_resources",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("publication_year")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                InlinePanel("files", label=_("File")),
                FileTextPanel(),
                FieldPanel("link"),
                FieldPanel("resource_languages"),
                FieldPanel("licence"),
                FieldPanel("cover_image"),
            ],
            heading=_("The resource"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("expert_authors"),
                FieldPanel("organisation_authors"),
                FieldPanel("other_authors"),
            ],
            heading=_("Authors"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("returns"),
                FieldPanel("zones"),
                FieldPanel("ecosystem_types"),
                FieldPanel("sdgs"),
                FieldPanel("regions"),
                FieldPanel("countries"),
            ],
            heading=_("What it is about"),
        ),
        MultiFieldPanel(
            [FieldPanel("landscapes"), FieldPanel("courses"), FieldPanel("stories")],
            heading=_("Linked pages"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("authors_text"),
        index.SearchField("full_text"),
        index.AutocompleteField("summary"),
        index.FilterField("locale_id"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("link"),
        APIField("resource_languages", serializer=ChoiceListField()),
        APIField("publication_year"),
        APIField("licence"),
        APIField("returns", serializer=ChoiceListField()),
        APIField("regions", serializer=ChoiceListField()),
        APIField("files"),
    ]
    override_translatable_fields = [
        SynchronizedField("themes"),
        SynchronizedField("sdgs"),
        SynchronizedField("ecosystem_types"),
        SynchronizedField("expert_authors"),
        SynchronizedField("organisation_authors"),
        SynchronizedField("landscapes"),
        SynchronizedField("courses"),
        SynchronizedField("stories"),
        # What the resource is, who made it, where it points and who may reuse it: the source's.
        *fixed(
            "slug",
            "other_authors",
            "kind",
            "link",
            "resource_languages",
            "publication_year",
            "licence",
            "returns",
            "zones",
            "regions",
            "countries",
        ),
    ]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []
    schema_type = "CreativeWork"

    class Meta:
        verbose_name = _("library resource")
        verbose_name_plural = _("library resources")
        # What the library's facets count and filter on, keyed by the page (an index-only scan,
        # as for the other directories).
        indexes = [
            models.Index(
                fields=["page_ptr", "kind", "licence", "publication_year", "resource_languages"],
                name="resource_facets_idx",
            ),
        ]

    def clean(self):
        super().clean()
        if self.link and self.kind in VIDEO_KINDS and not videos.embed_url(self.link):
            raise ValidationError(
                {
                    "link": _(
                        "Videos are shown from YouTube or Vimeo: give the address of the video "
                        "there, or upload the recording as a file."
                    )
                }
            )

    @property
    def schema_type_of_kind(self):
        return SCHEMA_TYPES.get(self.kind, self.schema_type)

    @property
    def author_names(self):
        """The free-text authors, one a line."""
        return [line.strip() for line in self.other_authors.splitlines() if line.strip()]

    def authors_text(self):
        """Every author's name, for the search index (which asks each field several times:
        worked out once)."""
        if not hasattr(self, "_authors_text"):
            names = [page.title for page in self.expert_authors.all()]
            names += [page.title for page in self.organisation_authors.all()]
            self._authors_text = " ".join([*names, *self.author_names])
        return self._authors_text

    def full_text(self):
        """The text inside the resource's files, for the search index (extracted once per file
        version; a file that cannot be read adds nothing; worked out once per indexing)."""
        if not hasattr(self, "_full_text"):
            from library.text import texts_of

            documents = [file.document for file in self.files.select_related("document")]
            self._full_text = "\n".join(texts_of(documents))[:MAX_INDEXED_CHARS]
        return self._full_text

    @cached_property
    def shown_files(self):
        return [file for file in self.files.select_related("document") if file.document_id]

    @property
    def video_embed_url(self):
        return videos.embed_url(self.link) if self.kind in VIDEO_KINDS else None

    def cover(self):
        """The chosen cover, else the first page of its first PDF (library/text.py makes it)."""
        if self.cover_image_id:
            return self.cover_image
        return self._generated_cover

    @cached_property
    def _generated_cover(self):
        from library.text import generated_cover

        return generated_cover(self.shown_files)

    def get_share_image(self):
        return self.social_image or self.cover()

    def description_source(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        context.update(self.linked(request))
        # Shown in the kept middle of the page: worked out only when that is rendered.
        context["cover"] = WhenShown(self.cover)
        context["licence_url"] = LICENCE_URLS.get(self.licence, "")
        context["downloads"] = (
            ResourceDownloads.objects.filter(translation_key=self.translation_key)
            .values_list("count", flat=True)
            .first()
            or 0
        )
        return context

    def linked(self, request=None):
        """The linked pages and term names the page shows (library/related.py), asked once."""
        if not hasattr(self, "_linked"):
            from library.related import linked_pages

            self._linked = linked_pages(self, request)
        return self._linked

    @path("files/<int:file_id>/", name="download")
    def download(self, request, file_id):
        from library.views import download

        return download(request, self, file_id)

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data["@type"] = self.schema_type_of_kind
        data["inLanguage"] = list(self.resource_languages)
        data["datePublished"] = str(self.publication_year)
        data["publisher"] = publisher(request)
        if self.licence in LICENCE_URLS:
            data["license"] = LICENCE_URLS[self.licence]
        authors = [
            {"@type": "Person", "name": page.title, "url": page.get_full_url(request)}
            for page in self.linked(request)["expert_authors"]
        ]
        authors += [
            {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)}
            for page in self.linked(request)["organisation_authors"]
        ]
        authors += [{"@type": "Person", "name": name} for name in self.author_names]
        if authors:
            data["author"] = authors
        image = self.get_share_image()
        rendition = rendition_or_none(image, "fill-1200x675") if image else None
        files = self.shown_files
        if data["@type"] == "VideoObject":
            published = self.first_published_at or datetime.datetime.now(datetime.UTC)
            data["uploadDate"] = published.date().isoformat()
            if self.video_embed_url:
                data["embedUrl"] = self.video_embed_url
            if rendition:
                data["thumbnailUrl"] = absolute_url(rendition.url, request)
        elif rendition:
            data["image"] = absolute_url(rendition.url, request)
        if data["@type"] == "Dataset" and files:
            data["distribution"] = [
                {
                    "@type": "DataDownload",
                    # The file itself: the counting link is closed to crawlers (robots.txt).
                    "contentUrl": absolute_url(file.document.url, request),
                    "encodingFormat": file.content_type,
                }
                for file in files
            ]
        return data

    def review_keepers(self):
        """Who submitted the resource from their workspace, and where they keep it: network's
        review e-mails tell them the outcome. An editor, who works in the admin, is not told."""
        from django.urls import reverse

        from network.teams import absolute_url

        owner = self.owner
        if owner is None or not owner.email or owner.has_perm("wagtailadmin.access_admin"):
            return [], None
        return [owner.email], absolute_url(reverse("my_library"))


class ResourceFile(TranslatableMixin, Orderable):
    """A file of a resource: the report, its summary, its data tables. Translatable, so that
    each language version of the resource says what a file is in its own words; the file
    itself is the same in every version."""

    page = ParentalKey("library.ResourcePage", related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("What this file is, when there are several: “Full report”, “Summary”."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]
    api_fields = [APIField("label"), APIField("document")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def extension(self):
        return self.document.file_extension.lower()

    @property
    def content_type(self):
        return self.document.content_type

    @property
    def size(self):
        try:
            return self.document.get_file_size()
        except OSError:
            return None


class DocumentText(models.Model):
    """The text extracted from one version of a document (its file hash), with how it went and
    the cover made from a PDF's first page. Kept apart from the page: a page's revisions would
    otherwise carry every file's text."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="library_text",
    )
    file_hash = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=20)
    detail = models.CharField(max_length=300, blank=True)
    pages = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    cover = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("extracted text")
        verbose_name_plural = _("extracted texts")

    def __str__(self):
        return f"{self.document_id}: {self.status}"


class ResourceDownloads(models.Model):
    """How many times a resource's files were downloaded, every language version together. A
    number, nothing about who."""

    translation_key = models.UUIDField(primary_key=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("downloads")
        verbose_name_plural = _("downloads")

    def __str__(self):
        return f"{self.translation_key}: {self.count}"
