import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from multiselectfield import MultiSelectField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network import choices
from network.models.base import ContactablePage
from network.serializers import ChoiceListField, CountryCodesField
from network.validators import normalise_orcid, validate_orcid
from website import descriptions
from website.languages import SPOKEN_LANGUAGES
from website.models import SitePage
from website.panels import title_panel
from website.translation_overrides import TranslatedStream, fixed

PROFILE_STALE_AFTER = datetime.timedelta(days=365)


class ExpertIndexPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    # /<lang>/landscapes/ (and the others) in every language: the public URL contract.
    override_translatable_fields = fixed("slug")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["network.ExpertPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"
    template = "network/directory_index_page.html"  # a directory like the others, no map

    def description_source(self):
        return self.intro

    class Meta:
        verbose_name = _("expert directory")

    def get_context(self, request, *args, **kwargs):
        from network.directories import ExpertDirectory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = ExpertDirectory(request, self)
        context["join_as_expert"] = True  # sign-up, with "Share my expertise" chosen
        return context


class ExpertPageSkill(TaggedItemBase):
    content_object = ParentalKey(
        "network.ExpertPage", related_name="tagged_skills", on_delete=models.CASCADE
    )


class ProfileLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class ExpertPage(ContactablePage):
    """An expert's public profile. The expert keeps it current; `account` is whose it is."""

    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    headline = models.CharField(
        _("headline"), max_length=160, help_text=_("For example: Soil ecologist, drylands")
    )
    biography = RichTextField(
        _("biography"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experts",
    )
    themes = ParentalManyToManyField(
        "website.Theme", verbose_name=_("fields of expertise"), blank=True
    )
    skills = ClusterTaggableManager(through=ExpertPageSkill, blank=True, verbose_name=_("skills"))
    languages = MultiSelectField(
        _("languages spoken"), choices=SPOKEN_LANGUAGES, max_length=120, blank=True
    )
    countries = CountryField(_("countries of experience"), multiple=True, blank=True)
    regions = MultiSelectField(
        _("regions of experience"), choices=choices.REGIONS, max_length=120, blank=True
    )
    landscapes = ParentalManyToManyField(
        "network.LandscapePage", verbose_name=_("landscapes worked in"), blank=True
    )
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=40,
        blank=True,
        validators=[validate_orcid],
        help_text=_("For example 0000-0002-1825-0097"),
    )
    links = StreamField([("link", ProfileLinkBlock())], blank=True, verbose_name=_("links"))
    availability = MultiSelectField(
        _("available for"), choices=choices.AVAILABILITY, max_length=60, blank=True
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profiles",
        help_text=_("The expert's own account: the one person who keeps this profile."),
    )
    verified = models.BooleanField(_("verified"), default=False)
    last_confirmed = models.DateField(_("last confirmed current"), null=True, blank=True)

    content_panels = [
        title_panel(_("Name"), _("The person's name, as it heads the profile.")),
        FieldPanel("headline"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("skills"),
                FieldPanel("languages"),
                FieldPanel("countries"),
                FieldPanel("regions"),
                FieldPanel("landscapes"),
                FieldPanel("availability"),
            ],
            heading=_("Expertise"),
        ),
        MultiFieldPanel(
            [FieldPanel("orcid"), FieldPanel("links"), *ContactablePage.contact_panels],
            heading=_("Links and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("account"), FieldPanel("verified"), FieldPanel("last_confirmed")],
            heading=_("Ownership"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("headline"),
        index.SearchField("biography"),
        index.AutocompleteField("headline"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("headline"),
        APIField("organisation"),
        APIField("languages", serializer=ChoiceListField()),
        APIField("countries", serializer=CountryCodesField()),
        APIField("regions", serializer=ChoiceListField()),
        APIField("availability", serializer=ChoiceListField()),
        APIField("orcid"),
        APIField("verified"),
        APIField("last_confirmed"),
    ]
    override_translatable_fields = [
        # wagtail-localize leaves many-to-many relations out unless told: keep them in step.
        SynchronizedField("themes"),
        SynchronizedField("landscapes"),
        # Who the person is, where they work and where their mail goes: the expert's own
        # (moderated) word, never a translator's. Only the biography and headline are translated.
        *fixed(
            "title",  # a person's name
            "slug",  # the same address in every language
            "contact_email",
            "account",
            "photo",
            "social_image",  # their face when the profile is shared
            "organisation",
            "orcid",
            "countries",
            "regions",
            "languages",
            "availability",
            "verified",
            "last_confirmed",
        ),
        TranslatedStream("links"),
    ]

    parent_page_types = ["network.ExpertIndexPage"]
    subpage_types = []
    schema_type = "Person"
    schema_in_language = False  # schema.org's Person has no inLanguage (knowsLanguage says more)

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        # What the directory's facets count and filter on, keyed by the page: on PostgreSQL the
        # facet counts read this narrow index (an index-only scan) instead of the wide rows
        # (StreamField bodies, boundaries). tests/bench/EXPLAIN.md has the timings.
        indexes = [
            models.Index(
                fields=["page_ptr", "countries", "regions", "languages", "availability"],
                name="expert_facets_idx",
            )
        ]

    def clean(self):
        super().clean()
        if self.orcid:
            self.orcid = normalise_orcid(self.orcid)
        if self.account_id:
            others = ExpertPage.objects.filter(account_id=self.account_id).exclude(
                translation_key=self.translation_key
            )
            if others.exists():
                raise ValidationError(
                    {"account": _("This account already keeps another expert profile.")}
                )

    def get_context(self, request, *args, **kwargs):
        from website.localize import localize_pages
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        # Shown in the page's kept middle (kept_fragments): worked out only when it is rendered.
        context["organisation"] = WhenShown(self._shown_organisation)
        context["landscapes"] = WhenShown(lambda: localize_pages(self.landscapes.all()))
        return context

    def _shown_organisation(self):
        from website.localize import localize_pages

        organisation = localize_pages([self.organisation]) if self.organisation_id else []
        return organisation[0] if organisation else None

    @property
    def public_organisation(self):
        """The organisation a card names: only a live, public one (no query: a listing fetches
        the organisation with the expert)."""
        from website.localize import is_public

        return self.organisation if self.organisation_id and is_public(self.organisation) else None

    def get_contact_email(self):
        return self.contact_email or (self.account.email if self.account_id else "")

    def get_share_image(self):
        return self.social_image or self.photo

    def description_source(self):
        """What the person does, then their biography: "Soil ecologist, drylands. Twenty years
        of…"."""
        return descriptions.sentences(self.headline, self.biography)

    @property
    def is_stale(self):
        """Not confirmed current for a year: the public page says so."""
        if self.last_confirmed is None:
            return True
        return timezone.localdate() - self.last_confirmed > PROFILE_STALE_AFTER

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data["jobTitle"] = self.headline
        same_as = [self.orcid_url] if self.orcid else []
        same_as += [link.value["url"] for link in self.links]
        if same_as:
            data["sameAs"] = same_as
        if self.languages:
            data["knowsLanguage"] = list(self.languages)
        return data
