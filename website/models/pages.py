from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from website import descriptions
from website.blocks import BaseStreamBlock
from website.panels import LocaleChoicesPageForm
from website.schema import publisher
from website.translation_overrides import TranslatedStream


class SitePage(Page):
    """What every public page of ours has: a share image and structured data of its kind."""

    # Choices in the page's own language (website/panels.py).
    base_form_class = LocaleChoicesPageForm

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media; 1200×630 works best."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    schema_type = "WebPage"
    # schema.org defines inLanguage for creative works (a web page, an article, a course), not
    # for a place, an organisation or a person: page types of those kinds say False.
    schema_in_language = True

    class Meta:
        abstract = True

    def get_share_image(self):
        return self.social_image

    def description_source(self):
        """The words of its own content that describe the page (plain text or HTML, any length):
        each page type says which. website/descriptions.py makes the description from them."""
        return ""

    def fallback_description(self):
        """The description of a page whose content says nothing: its title, on the site."""
        return descriptions.titled_description(self.seo_title or self.title)

    @property
    def meta_description(self):
        """The page's `<meta name="description">` and `og:description`, in its language: the
        editor's search description when there is one, else its content's words cut to about
        160 characters, else its fallback. Never empty."""
        return (
            descriptions.plain_text(self.search_description)
            or descriptions.shorten(self.description_source())
            or self.fallback_description()
        )

    def get_view_restrictions(self):
        """Wagtail's answer, without its two queries when no private section or alias lies
        above this page (website.structure keeps that list under the content version)."""
        from wagtail.models import PageViewRestriction

        from website.structure import may_be_restricted

        if not may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_json_ld(self, request):
        """schema.org data for this page; page types of other kinds extend it."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "description": self.meta_description,
        }
        if self.schema_in_language:
            data["inLanguage"] = get_language()  # the page's own: i18n_patterns activated it
        return data


class HomePage(SitePage):
    """The front page of one language: the initiative in brief, live figures, the map, featured
    stories and upcoming course sessions (the last three filled in by the apps that own them)."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_credit = models.CharField(_("hero image credit"), max_length=200, blank=True)
    intro = RichTextField(
        _("the initiative in brief"), blank=True, features=["bold", "italic", "link"]
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    # The text is translated; the links and embeds in it stay the source's.
    override_translatable_fields = [TranslatedStream("body")]

    # Live content counted on the home page, named by string so that the foundation imports no app.
    FIGURE_PAGE_TYPES = [
        ("network.LandscapePage", ngettext_lazy("landscape", "landscapes", "count")),
        ("network.OrganisationPage", ngettext_lazy("organisation", "organisations", "count")),
        ("network.ExpertPage", ngettext_lazy("expert", "experts", "count")),
        ("learning.CoursePage", ngettext_lazy("course", "courses", "count")),
    ]
    # Profiles, which every language's directory lists from the moment they are published
    # (network.untranslated), are counted once each whatever their language, as listed there.
    FIGURES_LISTED_IN_EVERY_LANGUAGE = {
        "network.LandscapePage",
        "network.OrganisationPage",
        "network.ExpertPage",
    }

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_credit"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    schema_type = "WebSite"

    class Meta:
        verbose_name = _("home page")

    def get_share_image(self):
        return self.social_image or self.hero_image

    def description_source(self):
        return self.hero_text or self.intro or descriptions.stream_text(self.body)

    def fallback_description(self):
        return descriptions.site_description()

    def get_figures(self):
        """Live pages of each counted type in this page's language (profiles: in any language,
        each once), in one query, kept until the next publish (website.structure).

        Types whose app does not define them yet are left out rather than shown as zero."""
        labels_by_content_type = {}
        everywhere = []
        for model_name, label in self.FIGURE_PAGE_TYPES:
            try:
                model = apps.get_model(model_name)
            except LookupError:
                continue
            content_type_id = ContentType.objects.get_for_model(model).pk
            labels_by_content_type[content_type_id] = label
            if model_name in self.FIGURES_LISTED_IN_EVERY_LANGUAGE:
                everywhere.append(content_type_id)
        if not labels_by_content_type:
            return []
        from website.structure import cached_structure

        counted = Q(locale_id=self.locale_id, content_type_id__in=labels_by_content_type) | Q(
            content_type_id__in=everywhere
        )
        counts = cached_structure(
            f"figures:{self.locale_id}",
            lambda: dict(
                Page.objects.live()
                .public()
                .filter(counted)
                .order_by()  # no ordering, else the page path joins the GROUP BY
                .values_list("content_type_id")
                .annotate(count=Count("translation_key", distinct=True))
            ),
        )
        figures = []
        for content_type_id, label in labels_by_content_type.items():
            count = counts.get(content_type_id, 0)
            figures.append({"count": count, "label": label % {"count": count}})
        return figures

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data["publisher"] = publisher(request)
        return data


class StandardPage(SitePage):
    """About, Partners, Privacy and other pages of plain content."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    # The text is translated; the links and embeds in it stay the source's.
    override_translatable_fields = [TranslatedStream("body")]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def description_source(self):
        return self.intro or descriptions.stream_text(self.body)
