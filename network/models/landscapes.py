from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from multiselectfield import MultiSelectField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from network import choices, geometry
from network.models.base import ContactablePage
from network.serializers import ChoiceListField, CountryCodesField
from network.widgets import AdminBoundaryWidget
from website import descriptions
from website.blocks import BaseStreamBlock
from website.models import SitePage
from website.panels import title_panel
from website.translation_overrides import TranslatedStream, fixed


class LandscapeIndexPage(RoutablePageMixin, SitePage):
    """The landscape directory: a map and a faceted list of every live landscape."""

    intro = models.TextField(_("introduction"), blank=True)
    # /<lang>/landscapes/ (and the others) in every language: the public URL contract.
    override_translatable_fields = fixed("slug")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["network.LandscapePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("landscape directory")

    def description_source(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from network.directories import LandscapeDirectory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = LandscapeDirectory(request, self)
        return context

    def map_data_url(self, request, query=""):
        """Where a map fetches the markers of this directory's landscapes (map_route), with the
        directory's filters as a query string."""
        url = f"{self.get_url(request)}{self.reverse_subpage('map')}"
        return f"{url}?{query}" if query else url

    @path("map/", name="map")
    def map_route(self, request):
        """The centres of the landscapes the directory lists with the same filters, as GeoJSON.
        Maps fetch them: a thousand markers inlined in the page would triple its weight."""
        from network.directories import LandscapeDirectory
        from network.geojson import COMPACT

        features = LandscapeDirectory(request, self).map_features()
        return JsonResponse(
            features, content_type="application/geo+json", json_dumps_params=COMPACT
        )

    # /<slug>/json/ as Terraso answers /landscapes/<slug>/<format>: a JSON error for a landscape
    # that is not here or a format other than json. Routed on the directory, whose routes come
    # before its pages', so that an unknown slug answers too; a page's own routes (claim/) stay
    # its page's.
    @re_path(r"^(?P<slug>[-\w]+)/(?!claim/)(?P<data_format>[-\w.]+)/$", name="terraso_export")
    def terraso_export_route(self, request, slug, data_format):
        from network.terraso import export_response

        return export_response(self, request, slug, data_format)


class LandscapePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "network.LandscapePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LandscapePartner(Orderable):
    """An organisation in a landscape's partnership, and its role there."""

    page = ParentalKey("network.LandscapePage", related_name="partners", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="landscape_partnerships",
    )
    role = models.CharField(_("role"), max_length=20, choices=choices.PARTNER_ROLES)
    since_year = models.PositiveSmallIntegerField(
        _("partner since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )

    panels = [FieldPanel("organisation"), FieldPanel("role"), FieldPanel("since_year")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")


def element_score_field(label):
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, choices=choices.ELEMENT_SCORES
    )


class LandscapePage(RoutablePageMixin, ContactablePage):
    """A landscape partnership's profile. Field names follow Terraso's landscape where it has
    them, so that `json/` can give the landscape in Terraso's export shape."""

    summary = models.TextField(_("summary"), max_length=400)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_description = models.CharField(_("image description"), max_length=250, blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=choices.REGIONS, db_index=True)
    boundary = models.JSONField(
        _("boundary"),
        null=True,
        blank=True,
        help_text=_(
            "GeoJSON: a Polygon or MultiPolygon (or a Feature or FeatureCollection of them), "
            "longitude before latitude. Its centre and area are worked out from it."
        ),
    )
    centre_latitude = models.FloatField(
        _("centre latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Only needed when there is no boundary."),
    )
    centre_longitude = models.FloatField(
        _("centre longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # The boundary simplified for maps of many landscapes, computed on save (see clean()), so
    # that /api/landscapes.geojson does no geometry work per request.
    overview_boundary = models.JSONField(null=True, blank=True, editable=False)
    area_hectares = models.FloatField(
        _("area (hectares)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Worked out from the boundary when there is one."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    area_types = MultiSelectField(
        _("area types"), choices=choices.AREA_TYPES, max_length=40, blank=True
    )
    partnership_status = models.CharField(
        _("partnership status"),
        max_length=20,
        choices=choices.PARTNERSHIP_STATUSES,
        blank=True,
        default="in-progress",
        db_index=True,
    )
    partnership_year = models.PositiveSmallIntegerField(
        _("partnership since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )

    element_partnership = element_score_field(_("partnership"))
    element_shared_understanding = element_score_field(_("shared understanding"))
    element_vision_and_planning = element_score_field(_("vision and planning"))
    element_taking_action = element_score_field(_("taking action"))
    element_learning_and_impact = element_score_field(_("learning and impact"))

    return_inspiration = models.TextField(_("return of inspiration"), blank=True)
    return_social = models.TextField(_("social return"), blank=True)
    return_natural = models.TextField(_("natural return"), blank=True)
    return_financial = models.TextField(_("financial return"), blank=True)

    zone_natural = models.TextField(_("natural zone"), blank=True)
    zone_combined = models.TextField(_("combined zone"), blank=True)
    zone_economic = models.TextField(_("economic zone"), blank=True)

    objectives = models.TextField(_("objectives"), blank=True)
    main_challenges = models.TextField(_("main challenges"), blank=True)
    opportunities = models.TextField(_("opportunities"), blank=True)
    intervention_strategy = models.TextField(_("intervention strategy"), blank=True)

    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    sdgs = ParentalManyToManyField(
        "website.SustainableDevelopmentGoal", verbose_name=_("SDGs"), blank=True
    )
    ecosystem_types = ParentalManyToManyField(
        "website.EcosystemType", verbose_name=_("ecosystem types"), blank=True
    )
    tags = ClusterTaggableManager(through=LandscapePageTag, blank=True, verbose_name=_("tags"))
    support_sought = MultiSelectField(
        _("support sought"), choices=choices.SUPPORT_SOUGHT, max_length=60, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    other_stakeholders = models.TextField(
        _("other organisations involved"),
        blank=True,
        help_text=_(
            "One name a line: organisations involved that have no page here (a landscape "
            "imported from Terraso lists those it could not match)."
        ),
    )
    terraso_terms = models.JSONField(
        _("Terraso terms"),
        default=list,
        blank=True,
        help_text=_(
            "Terms of Terraso's vocabulary that this site's taxonomy has not (languages, "
            "livelihoods, commodities, production methods, ecosystem types without a match), "
            "kept as Terraso gives them: "
            '[{"type": "COMMODITY", "value": {"original": "Coffee", "eng": "Coffee", '
            '"spa": "Café"}}]. Shown on the page and sent back to Terraso.'
        ),
    )
    terraso_id = models.UUIDField(
        _("Terraso id"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "The landscape's id on Terraso, the initiative's landscape platform, when it came "
            "from there: importing it again updates this page."
        ),
    )
    # Kept by the progress app (progress.landscape_figures) from the landscape's approved actions,
    # so that the directory can filter and count on them without reading progress records.
    seeking_funding = models.BooleanField(
        _("seeking funding"),
        default=False,
        db_index=True,
        editable=False,
        help_text=_("Kept by the progress app: an approved action of the landscape seeks funding."),
    )
    funding_gap = models.DecimalField(
        _("funding gap"),
        max_digits=20,
        decimal_places=2,
        null=True,
        editable=False,
        help_text=_(
            "Kept by the progress app: what the landscape's approved actions still need, in "
            "the reference currency (empty when none has a budget)."
        ),
    )

    content_panels = [
        title_panel(
            _("Landscape name"), _("The name the partnership uses; the same in every language.")
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_description"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldPanel("region"),
                FieldPanel("boundary", widget=AdminBoundaryWidget),
                FieldRowPanel([FieldPanel("centre_latitude"), FieldPanel("centre_longitude")]),
                FieldRowPanel([FieldPanel("area_hectares"), FieldPanel("population")]),
                FieldPanel("area_types"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("partnership_status"), FieldPanel("partnership_year")]),
                InlinePanel("partners", label=_("Partner organisations")),
                FieldPanel("other_stakeholders"),
            ],
            heading=_("Partnership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(f"element_{key}", help_text=meaning)
                for key, meaning in choices.ELEMENT_MEANINGS.items()
            ],
            heading=_("The 5 Elements"),
            help_text=_(
                "How far the partnership has come on each element of the 1000 Landscapes "
                "approach: 1 not begun, 2 started, 3 well advanced, 4 completed. Leave it empty "
                "when you do not know."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("return_inspiration"),
                FieldPanel("return_social"),
                FieldPanel("return_natural"),
                FieldPanel("return_financial"),
            ],
            heading=_("The 4 Returns"),
        ),
        MultiFieldPanel(
            [FieldPanel("zone_natural"), FieldPanel("zone_combined"), FieldPanel("zone_economic")],
            heading=_("The 3 Zones"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("objectives"),
                FieldPanel("main_challenges"),
                FieldPanel("opportunities"),
                FieldPanel("intervention_strategy"),
            ],
            heading=_("Development strategy"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("sdgs"),
                FieldPanel("ecosystem_types"),
                FieldPanel("tags"),
                FieldPanel("support_sought"),
            ],
            heading=_("Topics"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("terraso_id"),
                FieldPanel("terraso_terms"),
            ],
            heading=_("Terraso"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [FieldPanel("website"), *ContactablePage.contact_panels], heading=_("Contact")
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("objectives"),
        index.FilterField("region"),
        index.FilterField("partnership_status"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("countries", serializer=CountryCodesField()),
        APIField("region"),
        APIField("boundary"),
        APIField("centre_latitude"),
        APIField("centre_longitude"),
        APIField("area_hectares"),
        APIField("population"),
        APIField("area_types", serializer=ChoiceListField()),
        APIField("partnership_status"),
        APIField("partnership_year"),
        APIField("support_sought", serializer=ChoiceListField()),
        APIField("website"),
    ]
    # Proper names, places and figures are the same in every language; prose is translated.
    override_translatable_fields = [
        # wagtail-localize leaves many-to-many relations out unless told: keep them in step.
        SynchronizedField("themes"),
        SynchronizedField("sdgs"),
        SynchronizedField("ecosystem_types"),
        # Where mail goes, where links point and where the landscape lies: the source's.
        *fixed(
            "title",  # a landscape's name is a proper name
            "slug",  # the same address in every language
            "contact_email",
            "website",
            "boundary",
            "centre_latitude",
            "centre_longitude",
            "countries",
            "region",
            "other_stakeholders",  # proper names
            "terraso_id",
            "terraso_terms",  # Terraso's terms carry their own English and Spanish names
        ),
        TranslatableField("summary"),
        TranslatedStream("description"),
    ]

    # Worked out from the boundary, so the source's in every language with it
    # (website.translation_overrides.put_back_fixed_values).
    follows_fixed = ["overview_boundary", "area_hectares"]

    parent_page_types = ["network.LandscapeIndexPage"]
    subpage_types = []
    schema_type = "Place"
    schema_in_language = False  # schema.org's Place has no inLanguage

    class Meta:
        verbose_name = _("landscape")
        verbose_name_plural = _("landscapes")
        # What the directory's facets count and filter on, keyed by the page: on PostgreSQL the
        # facet counts read this narrow index (an index-only scan) instead of the wide rows
        # (StreamField bodies, boundaries). tests/bench/EXPLAIN.md has the timings.
        indexes = [
            models.Index(
                fields=["page_ptr", "region", "partnership_status", "countries", "support_sought"],
                name="landscape_facets_idx",
            )
        ]

    ELEMENT_FIELDS = [
        "element_partnership",
        "element_shared_understanding",
        "element_vision_and_planning",
        "element_taking_action",
        "element_learning_and_impact",
    ]

    def clean(self):
        super().clean()
        from network.terraso import check_kept_terms

        self.terraso_terms = check_kept_terms(self.terraso_terms)
        if self.boundary in ("", {}, []):
            self.boundary = None
        if self.boundary is not None:
            try:
                shape = geometry.parse_boundary(self.boundary)
            except ValidationError as error:
                raise ValidationError({"boundary": error.messages}) from error
            self.boundary = geometry.to_geojson(shape)
            (self.centre_longitude, self.centre_latitude), self.area_hectares = (
                geometry.centre_and_area(shape)
            )
            self.overview_boundary = geometry.overview_outline(shape)
        else:
            self.overview_boundary = None
            if (self.centre_latitude is None) != (self.centre_longitude is None):
                raise ValidationError(
                    {
                        "centre_longitude": _(
                            "Give both the centre's latitude and longitude, or neither."
                        )
                    }
                )

    @property
    def elements(self):
        """The 5 Elements as (label, score, score label), in their order."""
        return [
            (
                self._meta.get_field(name).verbose_name,
                getattr(self, name),
                getattr(self, f"get_{name}_display")(),
            )
            for name in self.ELEMENT_FIELDS
        ]

    def get_context(self, request, *args, **kwargs):
        from network import terraso
        from network.geojson import landscape_boundary_feature
        from network.models import ExpertPage
        from network.teams import shown_team
        from network.templatetags.network_tags import ecosystem_names
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        language = get_language()  # the page's: its address says it
        # Shown in the page's kept middle (kept_fragments): worked out only when it is rendered.
        context.update(
            {
                "partners": WhenShown(self.shown_partners),
                "experts": (
                    ExpertPage.objects.live()
                    .public()
                    .filter(
                        locale_id=self.locale_id, landscapes__translation_key=self.translation_key
                    )
                    .distinct()
                    .order_by("title")
                ),
                "map_data": WhenShown(lambda: landscape_boundary_feature(self, request)),
                "ecosystems": WhenShown(
                    lambda: (
                        [(name, "") for name in ecosystem_names(self.ecosystem_types.all())]
                        + terraso.kept_term_groups(self.terraso_terms, language).get(
                            "ECOSYSTEM_TYPE", []
                        )
                    )
                ),
                "kept_terms": WhenShown(
                    lambda: terraso.kept_term_rows(self.terraso_terms, language)
                ),
                "other_stakeholders": WhenShown(lambda: terraso.other_stakeholders(self)),
                "team": WhenShown(lambda: shown_team(self)),
            }
        )
        return context

    def shown_partners(self):
        """[(organisation in the page's language, partner)] of the partners shown."""
        from website.localize import localize_pages

        partners = list(self.partners.select_related("organisation"))
        organisations = {
            page.translation_key: page
            for page in localize_pages([partner.organisation for partner in partners])
        }
        return [
            (organisations[partner.organisation.translation_key], partner)
            for partner in partners
            if partner.organisation.translation_key in organisations
        ]

    def terraso_export_url(self):
        return f"{self.url}json/"

    def description_source(self):
        return self.summary or descriptions.stream_text(self.description)

    @property
    def has_location(self):
        return self.centre_latitude is not None and self.centre_longitude is not None

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data["description"] = self.summary
        if self.has_location:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": round(self.centre_latitude, 5),
                "longitude": round(self.centre_longitude, 5),
            }
        if self.countries:
            data["containedInPlace"] = [
                {"@type": "Country", "name": country.name} for country in self.countries
            ]
        if self.website:
            data["sameAs"] = [self.website]
        return data

    @path("claim/", name="claim")
    def claim_route(self, request):
        """A signed-in person asks to coordinate this page (network/workspace.py)."""
        from network.workspace import claim

        return claim(request, self)

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The profile itself, through ContactablePage.serve so that the contact form posts here.
        return ContactablePage.serve(self, request, *args, **kwargs)
