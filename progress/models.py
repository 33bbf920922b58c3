"""What a landscape partnership does (actions), what money it seeks and receives (budgets and
contributions), what changes (indicator series) and how the partnership grows (5 Elements
assessments); what funders offer; and the exchange rates that let money in many currencies be
compared without being mixed.

Coordinators keep their landscape's records in the workspace, and each record is moderated the
way their landscape's profile is: a Wagtail workflow on a revision ("Progress review"), so that
the public pages show only approved records (`live`) and a record waiting for review keeps
showing its approved version. Records belong to a landscape in every language: they point at the
landscape's source page, as teams do, and their texts are in the language they were written in.
"""

from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from multiselectfield import MultiSelectField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from network.choices import ELEMENT_SCORES, REGIONS
from progress import choices
from progress.money import CurrencyField, amount_field

FIRST_YEAR = 1950
LAST_YEAR = 2100


def year_field(verbose_name, **kwargs):
    return models.PositiveSmallIntegerField(
        verbose_name,
        validators=[
            MinValueValidator(FIRST_YEAR, _("Give a year from 1950 on.")),
            MaxValueValidator(LAST_YEAR, _("Give a year before 2100.")),
        ],
        **kwargs,
    )


class ModeratedRecord(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel
):
    """A record that coordinators keep and moderators approve (see the module's docstring)."""

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="+")
    _workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions.all()


class LandscapeRecord(ModeratedRecord):
    landscape = models.ForeignKey(
        "network.LandscapePage",
        verbose_name=_("landscape"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The landscape's source page (its records hold in every language)."),
    )
    language = models.CharField(
        _("language of its texts"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    class Meta:
        abstract = True


class Action(LandscapeRecord):
    """One of a landscape's interventions or projects, with its budget and the money secured."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    results = models.TextField(_("results"), blank=True, max_length=4000)
    status = models.CharField(
        _("status"), max_length=20, choices=choices.ACTION_STATUSES, default="planned"
    )
    zones = MultiSelectField(_("zones"), choices=choices.ZONES, max_length=40, blank=True)
    returns = MultiSelectField(
        _("returns aimed at"), choices=choices.RETURNS, max_length=60, blank=True
    )
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    location = models.JSONField(
        _("where"),
        null=True,
        blank=True,
        help_text=_("A point or an area inside the landscape, as GeoJSON."),
    )
    lead_organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_organisations = ParentalManyToManyField(
        "network.OrganisationPage",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="+",
    )
    budget = amount_field(_("budget"), null=True, blank=True)
    instruments_sought = MultiSelectField(
        _("funding sought as"),
        choices=choices.INSTRUMENTS,
        max_length=80,
        blank=True,
        help_text=_("How the money still needed could come. None chosen: any way."),
    )
    budget_currency = CurrencyField(_("currency of the budget"), blank=True)

    panels = [
        FieldPanel("landscape", permission="progress.publish_action"),
        FieldPanel("language", permission="progress.publish_action"),
        FieldPanel("title"),
        FieldPanel("status"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("zones"),
        FieldPanel("returns"),
        FieldPanel("themes"),
        FieldPanel("location"),
        FieldPanel("lead_organisation"),
        FieldPanel("partner_organisations"),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("budget_currency")]),
        FieldPanel("instruments_sought"),
        InlinePanel("contributions", label=_("Funding secured")),
        FieldPanel("results"),
    ]

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["-start", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end comes before the start.")
        if self.budget is not None and not self.budget_currency:
            errors["budget_currency"] = _("Say in which currency the budget is.")
        if self.location:
            from progress.places import check_location

            try:
                check_location(self.location, self.landscape if self.landscape_id else None)
            except ValidationError as error:
                errors["location"] = error.messages
        if errors:
            raise ValidationError(errors)


class Contribution(Orderable):
    """Money (or its worth in kind) a funder has put into an action."""

    action = ParentalKey(Action, related_name="contributions", on_delete=models.CASCADE)
    funder = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("funder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    amount = amount_field(_("amount"))
    currency = CurrencyField(_("currency"))
    year = year_field(_("year"))
    instrument = models.CharField(
        _("instrument"), max_length=20, choices=choices.INSTRUMENTS, default="grant"
    )

    panels = [
        FieldPanel("funder"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("instrument")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def clean(self):
        super().clean()
        if self.funder_id:
            from progress.funders import is_funder

            if not is_funder(self.funder):
                raise ValidationError(
                    {
                        "funder": _(
                            "%(name)s is not known as a funder. A funder is a finance "
                            "organisation, one with a funding offer, or a landscape's "
                            "partner in the role of funder."
                        )
                        % {"name": self.funder.title}
                    }
                )


class Indicator(TranslatableMixin, models.Model):
    """A measure the network shares (hectares under restoration, people benefiting…), kept and
    translated by editors, each speaking to one of the 4 Returns."""

    name = models.CharField(_("name"), max_length=120)
    unit = models.CharField(
        _("unit"), max_length=40, help_text=_("As a value is written after it: ha, people, t CO₂e")
    )
    unit_symbol = models.CharField(
        _("unit code"),
        max_length=20,
        help_text=_(
            "The unit as people may type it after a number in any language (ha, people, tCO2e); "
            "a value typed with another unit is refused."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    returns = models.CharField(_("return"), max_length=20, choices=choices.RETURNS)
    decimals = models.PositiveSmallIntegerField(
        _("decimals shown"), default=0, validators=[MaxValueValidator(4)]
    )
    summed = models.BooleanField(
        _("add up across landscapes"),
        default=True,
        help_text=_(
            "Hectares and people add up across the network; an income or a water flow does not."
        ),
    )
    headline = models.BooleanField(
        _("headline"), default=False, help_text=_("Shown on landscape pages' progress summary.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("unit_symbol")]),
        FieldPanel("returns"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("decimals"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("summed"), FieldPanel("headline")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("unit"),
        TranslatableField("description"),
        SynchronizedField("unit_symbol"),
        SynchronizedField("returns"),
        SynchronizedField("decimals"),
        SynchronizedField("summed"),
        SynchronizedField("headline"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class IndicatorSeries(LandscapeRecord):
    """A landscape's values of one indicator over time, reviewed as one."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="series",
        help_text=_("The indicator in the default language."),
    )

    panels = [
        FieldPanel("landscape", permission="progress.publish_indicatorseries"),
        FieldPanel("indicator"),
        FieldPanel("language", permission="progress.publish_indicatorseries"),
        InlinePanel("values", label=_("Values")),
    ]

    class Meta:
        verbose_name = _("indicator series")
        verbose_name_plural = _("indicator series")
        constraints = [
            models.UniqueConstraint(
                fields=["landscape", "indicator"], name="one_series_per_indicator"
            )
        ]

    def __str__(self):
        return f"{self.indicator} · {self.landscape}"


class IndicatorValue(Orderable):
    series = ParentalKey(IndicatorSeries, related_name="values", on_delete=models.CASCADE)
    year = year_field(_("year"))
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("When it is known."))
    value = models.DecimalField(
        _("value"),
        max_digits=18,
        decimal_places=4,
        validators=[
            MinValueValidator(-(10**12), _("That value is out of range.")),
            MaxValueValidator(10**12, _("That value is out of range.")),
        ],
    )
    source = models.CharField(_("source"), max_length=250, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("date"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("note")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("value")
        verbose_name_plural = _("values")

    def clean(self):
        super().clean()
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"date": _("The date is not in the year given.")})


def element_score(name):
    return models.PositiveSmallIntegerField(name, choices=ELEMENT_SCORES)


def element_evidence(name):
    return models.CharField(name, max_length=500, blank=True)


class Assessment(LandscapeRecord):
    """The partnership's own dated scoring of its 5 Elements; the latest approved one is the
    landscape's current score, and the earlier ones its history."""

    date = models.DateField(_("date"))
    partnership = element_score(_("partnership"))
    partnership_evidence = element_evidence(_("evidence for partnership"))
    shared_understanding = element_score(_("shared understanding"))
    shared_understanding_evidence = element_evidence(_("evidence for shared understanding"))
    vision_and_planning = element_score(_("vision and planning"))
    vision_and_planning_evidence = element_evidence(_("evidence for vision and planning"))
    taking_action = element_score(_("taking action"))
    taking_action_evidence = element_evidence(_("evidence for taking action"))
    learning_and_impact = element_score(_("learning and impact"))
    learning_and_impact_evidence = element_evidence(_("evidence for learning and impact"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("supporting document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("landscape", permission="progress.publish_assessment"),
        FieldPanel("date"),
        FieldPanel("language", permission="progress.publish_assessment"),
        *[
            MultiFieldPanel([FieldPanel(key), FieldPanel(f"{key}_evidence")], heading=name)
            for key, name in choices.ELEMENTS
        ],
        FieldPanel("document"),
    ]

    class Meta:
        verbose_name = _("5 Elements assessment")
        verbose_name_plural = _("5 Elements assessments")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.landscape} · {self.date:%Y-%m-%d}"

    def scores(self):
        """[(key, element name, score, score name, evidence)] in the Elements' order."""
        return [
            (
                key,
                name,
                getattr(self, key),
                getattr(self, f"get_{key}_display")(),
                getattr(self, f"{key}_evidence"),
            )
            for key, name in choices.ELEMENTS
        ]


class FundingOffer(ModeratedRecord):
    """What a funder funds: where, for what, how and how much at a time."""

    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The organisation's source page."),
    )
    language = models.CharField(
        _("language of its texts"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    themes = ParentalManyToManyField(
        "website.Theme",
        verbose_name=_("themes"),
        blank=True,
        help_text=_("None chosen: any theme."),
    )
    regions = MultiSelectField(
        _("regions"),
        choices=REGIONS,
        max_length=120,
        blank=True,
        help_text=_("None chosen: anywhere."),
    )
    returns = MultiSelectField(
        _("returns"),
        choices=choices.RETURNS,
        max_length=60,
        blank=True,
        help_text=_("None chosen: any return."),
    )
    instruments = MultiSelectField(_("instruments"), choices=choices.INSTRUMENTS, max_length=80)
    ticket_min = amount_field(_("smallest amount"), null=True, blank=True)
    ticket_max = amount_field(_("largest amount"), null=True, blank=True)
    currency = CurrencyField(_("currency"))
    is_open = models.BooleanField(_("open to applications"), default=True)
    link = models.URLField(_("how to apply"), blank=True)

    panels = [
        FieldPanel("organisation", permission="progress.publish_fundingoffer"),
        FieldPanel("language", permission="progress.publish_fundingoffer"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("is_open"),
        FieldPanel("themes"),
        FieldPanel("regions"),
        FieldPanel("returns"),
        FieldPanel("instruments"),
        FieldRowPanel([FieldPanel("ticket_min"), FieldPanel("ticket_max"), FieldPanel("currency")]),
        FieldPanel("link"),
    ]

    class Meta:
        verbose_name = _("funding offer")
        verbose_name_plural = _("funding offers")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        low, high = self.ticket_min, self.ticket_max
        if low is not None and high is not None and high < low:
            raise ValidationError(
                {"ticket_max": _("The largest amount is smaller than the smallest.")}
            )


class ExchangeRate(models.Model):
    """What one unit of a currency was worth in the reference currency on a date; editors keep
    the table, and converted totals use the latest rate in or before a contribution's year."""

    currency = CurrencyField(_("currency"))
    date = models.DateField(_("date"))
    rate = models.DecimalField(
        _("value in the reference currency"),
        max_digits=20,
        decimal_places=10,
        validators=[MinValueValidator(Decimal("0.0000000001"), _("A rate is more than 0."))],
        help_text=_("What one unit of the currency was worth, in the reference currency."),
    )

    panels = [FieldRowPanel([FieldPanel("currency"), FieldPanel("date"), FieldPanel("rate")])]

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-date"]
        constraints = [models.UniqueConstraint(fields=["currency", "date"], name="one_rate_a_day")]

    def __str__(self):
        return f"{self.currency} {self.date:%Y-%m-%d}: {self.rate}"
