import datetime
import zoneinfo
from functools import cached_property

from django import forms
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from multiselectfield import MultiSelectField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from learning import choices
from learning.time_zones import country_zones, zone_choices
from network.choices import REGIONS
from network.serializers import ChoiceListField
from website import descriptions
from website.blocks import BaseStreamBlock, PersonBlock, shown_people
from website.languages import SPOKEN_LANGUAGES
from website.models import SitePage
from website.panels import title_panel
from website.translation_overrides import TranslatedStream, fixed

SOON = datetime.timedelta(days=60)


def validate_time_zone(name):
    """An IANA time zone name, e.g. America/Lima (checked against this machine's zone data, but
    not frozen into the migrations as a list of choices)."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(name)s” is not a time zone; use a name like America/Lima or Africa/Nairobi.")
            % {"name": name}
        ) from error


class CourseModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    duration = blocks.CharBlock(
        label=_("Duration"), required=False, max_length=60, help_text=_("For example: 2 weeks")
    )

    class Meta:
        icon = "list-ol"
        label = _("Module")


class CourseSession(Orderable):
    """One run of a course (schema.org CourseInstance): when, how, where, in which language.
    A session without dates is self-paced."""

    course = ParentalKey("learning.CoursePage", related_name="sessions", on_delete=models.CASCADE)
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave both dates empty for a self-paced session."),
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, db_index=True)
    enrolment_deadline = models.DateField(_("enrolment deadline"), null=True, blank=True)
    mode = models.CharField(_("mode"), max_length=10, choices=choices.MODES, db_index=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=SPOKEN_LANGUAGES)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("The zone the dates are in. Left empty, it is the country's, if it has one."),
    )
    enrolment_url = models.URLField(_("enrolment link"), blank=True)
    price = models.DecimalField(
        _("price, if it differs"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(
        _("currency of this price"),
        max_length=3,
        choices=choices.CURRENCIES,
        blank=True,
        help_text=_("Left empty, the course's currency."),
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("enrolment_deadline")]
        ),
        FieldRowPanel([FieldPanel("mode"), FieldPanel("language")]),
        FieldRowPanel(
            [
                FieldPanel("place"),
                FieldPanel("country"),
                FieldPanel("time_zone", widget=forms.Select(choices=[("", "—"), *zone_choices()])),
            ]
        ),
        FieldRowPanel([FieldPanel("enrolment_url"), FieldPanel("price"), FieldPanel("currency")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def _course_currency(self):
        """The course's currency as the form being saved has it (the course's own form is
        cleaned before its sessions), or "" for a session without a course."""
        try:
            return self.course.currency if self.course else ""
        except ObjectDoesNotExist:
            return ""

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("A session cannot end before it starts.")
        if self.end_date and not self.start_date:
            errors["start_date"] = _(
                "Give the start date too, or neither date for a self-paced session."
            )
        if self.mode in ("onsite", "blended") and not self.place.strip():
            errors["place"] = _("An on-site or blended session needs a place.")
        if self.enrolment_deadline and self.end_date and self.enrolment_deadline > self.end_date:
            errors["enrolment_deadline"] = _(
                "The enrolment deadline cannot be after the session ends."
            )
        if self.price is not None and not self.currency and not self._course_currency():
            errors["currency"] = _(
                "Choose the currency of this price: the course has none to fall back on."
            )
        if not self.time_zone:
            zones = country_zones(self.country.code) if self.country else []
            if len(zones) == 1:
                self.time_zone = zones[0]
            elif self.is_self_paced:
                self.time_zone = "UTC"  # no dates: nothing is in a zone
            elif zones:
                errors["time_zone"] = _(
                    "%(country)s has several time zones: choose the one the dates are in."
                ) % {"country": self.country.name}
            else:
                errors["time_zone"] = _("Choose the time zone the dates are in.")
        if errors:
            raise ValidationError(errors)

    @property
    def price_currency(self):
        """The currency this session's price is in: its own, else the course's."""
        return self.currency or self._course_currency()

    @property
    def is_self_paced(self):
        return self.start_date is None

    @property
    def enrolment_open(self):
        """Can one still enrol, today? Self-paced sessions always take people."""
        today = timezone.localdate()
        if self.is_self_paced:
            return True
        if self.enrolment_deadline:
            return self.enrolment_deadline >= today
        return self.start_date >= today

    def get_enrolment_url(self):
        return self.enrolment_url or self.course.enrolment_url


def session_conditions(today=None):
    """{name: condition on CourseSession}: what the availability buckets are made of, at
    `today` (the site's date by default)."""
    today = today or timezone.localdate()
    dated = Q(start_date__isnull=False)
    return {
        "open": dated
        & (
            Q(enrolment_deadline__gte=today)
            | Q(enrolment_deadline__isnull=True, start_date__gte=today)
        ),
        "soon": Q(start_date__gte=today, start_date__lte=today + SOON),
        "self-paced": Q(start_date__isnull=True),
        "dated": dated,
        "running-or-coming": dated
        & (Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)),
    }


def availability_conditions(today=None):
    """{bucket: condition on CoursePage}, at `today` (the site's date by default)."""
    sessions = session_conditions(today)

    def has(name):
        return Exists(CourseSession.objects.filter(sessions[name], course=OuterRef("pk")))

    return {
        "open": Q(has("open")),
        "soon": Q(has("soon")),
        "self-paced": Q(has("self-paced")),
        "archived": Q(has("dated")) & ~Q(has("running-or-coming")) & ~Q(has("self-paced")),
    }


class CoursePage(SitePage):
    """A course (schema.org Course): what it teaches, at which level, at what cost. Its sessions
    say when and how."""

    summary = models.TextField(_("summary"), max_length=400)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    learning_outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome a line")
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    level = models.CharField(_("level"), max_length=20, choices=choices.LEVELS, db_index=True)
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    sdgs = ParentalManyToManyField(
        "website.SustainableDevelopmentGoal", verbose_name=_("SDGs"), blank=True
    )
    landscapes = ParentalManyToManyField(
        "network.LandscapePage", verbose_name=_("landscapes it draws on"), blank=True
    )
    languages = MultiSelectField(_("course languages"), choices=SPOKEN_LANGUAGES, max_length=60)
    workload_hours = models.PositiveSmallIntegerField(
        _("total workload (hours)"), validators=[MinValueValidator(1)]
    )
    length_weeks = models.PositiveSmallIntegerField(_("length (weeks)"), null=True, blank=True)
    cost = models.CharField(_("cost"), max_length=20, choices=choices.COSTS, db_index=True)
    price = models.DecimalField(
        _("price"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=choices.CURRENCIES, blank=True)
    certificate = models.BooleanField(_("certificate"), default=False, db_index=True)
    certificate_name = models.CharField(_("certificate name"), max_length=200, blank=True)
    modules = StreamField([("module", CourseModuleBlock())], blank=True, verbose_name=_("modules"))
    instructors = StreamField(
        [("instructor", PersonBlock(label=_("Instructor")))],
        blank=True,
        verbose_name=_("instructors"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_url = models.URLField(_("video"), blank=True)
    enrolment_url = models.URLField(_("enrolment link"))
    regions = MultiSelectField(
        _("regions it is meant for"), choices=REGIONS, max_length=120, blank=True
    )

    content_panels = [
        title_panel(_("Course title"), _("The course's name, as learners see it in the catalog.")),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("learning_outcomes"),
                FieldPanel("prerequisites"),
                FieldPanel("level"),
                FieldPanel("modules"),
                FieldPanel("instructors"),
                FieldPanel("video_url"),
            ],
            heading=_("Teaching"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("workload_hours"), FieldPanel("length_weeks")]),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("price"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("certificate"), FieldPanel("certificate_name")]),
                FieldPanel("enrolment_url"),
            ],
            heading=_("Practicalities"),
        ),
        InlinePanel("sessions", label=_("Session"), heading=_("Sessions")),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("sdgs"),
                FieldPanel("landscapes"),
                FieldPanel("regions"),
            ],
            heading=_("Topics"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("learning_outcomes"),
        index.FilterField("level"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("level"),
        APIField("languages", serializer=ChoiceListField()),
        APIField("workload_hours"),
        APIField("length_weeks"),
        APIField("cost"),
        APIField("price"),
        APIField("currency"),
        APIField("certificate"),
        APIField("enrolment_url"),
    ]
    override_translatable_fields = [
        # wagtail-localize leaves many-to-many relations out unless told: keep them in step.
        SynchronizedField("themes"),
        SynchronizedField("sdgs"),
        SynchronizedField("landscapes"),
        # Where links point and where the course is offered: the source's.
        *fixed("slug", "enrolment_url", "video_url", "regions"),
        TranslatedStream("description"),
        TranslatedStream("modules"),
        TranslatedStream("instructors"),  # who teaches
    ]

    parent_page_types = ["learning.InstitutionPage"]
    subpage_types = []
    schema_type = "Course"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        # What the directory's facets count and filter on, keyed by the page: on PostgreSQL the
        # facet counts read this narrow index (an index-only scan) instead of the wide rows
        # (StreamField bodies, boundaries). tests/bench/EXPLAIN.md has the timings.
        indexes = [
            models.Index(
                fields=["page_ptr", "level", "cost", "certificate", "languages", "regions"],
                name="course_facets_idx",
            )
        ]

    def clean(self):
        super().clean()
        if self.cost in ("paid", "partially-free") and (self.price is None or not self.currency):
            raise ValidationError(
                {"price": _("A course that costs something needs a price and a currency.")}
            )
        if self.certificate_name and not self.certificate:
            raise ValidationError(
                {"certificate": _("Tick this box when the course gives a certificate.")}
            )

    def description_source(self):
        return self.summary or descriptions.stream_text(self.description)

    def get_share_image(self):
        """Its share image, else its own picture, else the picture of a landscape it draws on:
        what a shared link and schema.org's Course (image, which Google recommends) show."""
        return self.social_image or self.image or self._landscape_image

    @cached_property
    def _landscape_image(self):
        from network.models import LandscapePage

        landscape = (
            LandscapePage.objects.live()
            .public()
            .filter(pk__in=self.landscapes.all(), image__isnull=False)
            .select_related("image")
            .order_by("title")
            .first()
        )
        return landscape.image if landscape else None

    @property
    def outcomes(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from website.localize import localize_pages
        from website.templatetags.kept_fragments import WhenShown

        context = super().get_context(request, *args, **kwargs)
        # Shown in the page's kept middle (kept_fragments): worked out only when it is rendered.
        sessions = WhenShown(self.sessions_by_time)
        context.update(
            {
                "institution": WhenShown(lambda: self.get_parent().specific),
                "current_sessions": WhenShown(lambda: sessions()[0]),
                "past_sessions": WhenShown(lambda: sessions()[1]),
                "enrolment_open": WhenShown(
                    lambda: any(session.enrolment_open for session in sessions()[0])
                ),
                "landscapes": WhenShown(lambda: localize_pages(self.landscapes.all())),
                "instructors": WhenShown(lambda: shown_people(self.instructors)),
            }
        )
        return context

    def sessions_by_time(self):
        """(current sessions, past sessions), each by start date, those without one last."""
        today = timezone.localdate()
        sessions = sorted(
            self.sessions.all(),
            key=lambda session: (session.start_date is None, session.start_date or today),
        )
        current = [
            session
            for session in sessions
            if session.is_self_paced or (session.end_date or session.start_date) >= today
        ]
        return current, [session for session in sessions if session not in current]

    def get_json_ld(self, request):
        from learning.schema import course_json_ld

        return course_json_ld(self, request)
