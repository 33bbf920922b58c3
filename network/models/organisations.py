from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network import choices
from network.models.base import ContactablePage
from network.serializers import CountryCodesField
from website.models import SitePage
from website.panels import title_panel
from website.translation_overrides import fixed


class OrganisationIndexPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    # /<lang>/landscapes/ (and the others) in every language: the public URL contract.
    override_translatable_fields = fixed("slug")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["network.OrganisationPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"
    template = "network/directory_index_page.html"  # a directory like the others, no map

    def description_source(self):
        return self.intro

    class Meta:
        verbose_name = _("organisation directory")

    def get_context(self, request, *args, **kwargs):
        from network.directories import OrganisationDirectory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = OrganisationDirectory(request, self)
        return context


class OrganisationPage(RoutablePageMixin, ContactablePage):
    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    organisation_type = models.CharField(
        _("type"), max_length=20, choices=choices.ORGANISATION_TYPES, db_index=True
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    countries = CountryField(_("countries of work"), multiple=True, blank=True)
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)

    content_panels = [
        title_panel(
            _("Organisation name"),
            _("Its name as the organisation writes it; the same in every language."),
        ),
        FieldPanel("organisation_type"),
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("countries"),
        FieldPanel("themes"),
        MultiFieldPanel(
            [FieldPanel("website"), *ContactablePage.contact_panels], heading=_("Contact")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("organisation_type"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("organisation_type"),
        APIField("website"),
        APIField("countries", serializer=CountryCodesField()),
    ]
    override_translatable_fields = [
        # wagtail-localize leaves many-to-many relations out unless told: keep them in step.
        SynchronizedField("themes"),
        # Who the organisation is, where its mail goes and where its links point: the source's.
        *fixed(
            "title",  # an organisation's name is its name in every language
            "slug",  # the same address in every language
            "contact_email",
            "website",
            "logo",
            "countries",
        ),
    ]

    parent_page_types = ["network.OrganisationIndexPage"]
    subpage_types = []
    schema_type = "Organization"
    schema_in_language = False  # schema.org's Organization has no inLanguage

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        # What the directory's facets count and filter on, keyed by the page: on PostgreSQL the
        # facet counts read this narrow index (an index-only scan) instead of the wide rows
        # (StreamField bodies, boundaries). tests/bench/EXPLAIN.md has the timings.
        indexes = [
            models.Index(
                fields=["page_ptr", "organisation_type", "countries"],
                name="organisation_facets_idx",
            )
        ]

    def get_context(self, request, *args, **kwargs):
        from network.models import ExpertPage, LandscapePage
        from network.teams import shown_team
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        # Shown in the kept middle of the page: worked out only when that is rendered.
        context["team"] = WhenShown(lambda: shown_team(self))
        context["landscapes"] = (
            LandscapePage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                partners__organisation__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("title")
        )
        context["experts"] = (
            ExpertPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, organisation__translation_key=self.translation_key)
            .order_by("title")
        )
        return context

    def get_share_image(self):
        return self.social_image or self.logo

    def description_source(self):
        return self.summary or self.description

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data["description"] = self.summary
        if self.website:
            data["sameAs"] = [self.website]
        if self.countries:
            data["areaServed"] = [
                {"@type": "Country", "name": country.name} for country in self.countries
            ]
        return data

    @path("claim/", name="claim")
    def claim_route(self, request):
        """A signed-in person asks to manage this page (network/workspace.py)."""
        from network.workspace import claim

        return claim(request, self)

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The profile itself, through ContactablePage.serve so that the contact form posts here.
        return ContactablePage.serve(self, request, *args, **kwargs)
