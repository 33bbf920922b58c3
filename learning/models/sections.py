from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from website.models import SitePage
from website.translation_overrides import fixed


class LearningIndexPage(RoutablePageMixin, SitePage):
    """The course catalog: every live course of every institution, with facets; and the
    calendar and feed of the learning network."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = fixed("slug")
    parent_page_types = ["website.HomePage"]
    subpage_types = ["learning.InstitutionPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("course catalog")

    def description_source(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from learning.catalog import CourseCatalog

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = CourseCatalog(request, self)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from learning.feeds import NewCoursesFeed

        return NewCoursesFeed(self)(request)

    def live_courses(self):
        from learning.models import CoursePage

        return CoursePage.objects.live().public().descendant_of(self)


class InstitutionPage(SitePage):
    """A training institution's own section of the learning network. Its editors can add, edit
    and publish courses here and nowhere else (page permissions on this page)."""

    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The institution's profile in the organisation directory."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("organisation"), FieldPanel("intro")]
    # Who the institution is: its name, address and organisation profile are the source's.
    override_translatable_fields = fixed("slug", "title", "organisation")
    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.CoursePage"]
    schema_type = "EducationalOrganization"
    schema_in_language = False  # an organisation (and a place): schema.org gives it no language

    class Meta:
        verbose_name = _("training institution")
        verbose_name_plural = _("training institutions")

    def description_source(self):
        """Its introduction, else the summary of its organisation's profile in the page's
        language."""
        if self.intro or not self.organisation_id:
            return self.intro
        from website.localize import localize_pages

        organisation = localize_pages([self.organisation])
        return organisation[0].summary if organisation else ""

    def get_context(self, request, *args, **kwargs):
        from learning.models import CoursePage
        from website.localize import localize_pages

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live()
            .public()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions", "themes", "sessions")
            .order_by("title")
        )
        organisation = localize_pages([self.organisation]) if self.organisation_id else []
        context["organisation"] = organisation[0] if organisation else None
        return context
