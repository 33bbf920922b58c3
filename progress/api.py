"""Actions, indicator values and 5 Elements assessments in Wagtail's read-only API
(/api/v2/actions/, /api/v2/indicator-values/, /api/v2/assessments/): only approved records of
live, public landscapes, as the public pages show them. Filter by landscape with
`?landscape=<source page id>`; the `landscape` field gives its id, slug and name."""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from network.models import LandscapePage, OrganisationPage
from progress.models import Action, Assessment, IndicatorValue
from website.api import CheckedParametersMixin


class PageReference(serializers.Field):
    """A landscape or organisation as {id, slug, title} (the same in every language); null when
    the page is not live and public, as the pages endpoint would refuse it."""

    def to_representation(self, page):
        return _reference(page, self.context)


class PageReferences(serializers.Field):
    def to_representation(self, pages):
        shown = [_reference(page, self.context) for page in pages.all()]
        return [page for page in shown if page is not None]


def _reference(page, context):
    if page is None or not page.live or page.pk in _private_page_ids(context):
        return None
    return {"id": page.pk, "slug": page.slug, "title": page.title}


def _private_page_ids(context):
    """Organisations behind a view restriction, read once a request."""
    if "private_organisation_ids" not in context:
        public = OrganisationPage.objects.live().public().values_list("pk", flat=True)
        context["private_organisation_ids"] = set(
            OrganisationPage.objects.exclude(pk__in=public).values_list("pk", flat=True)
        )
    return context["private_organisation_ids"]


class Slugs(serializers.Field):
    def to_representation(self, terms):
        return [term.slug for term in terms.all()]


class Choices(serializers.Field):
    def to_representation(self, values):
        return list(values or [])


class ContributionSerializer(serializers.Serializer):
    """One contribution; a funder that is not public is null."""

    funder = PageReference()
    amount = serializers.DecimalField(max_digits=14, decimal_places=2)
    currency = serializers.CharField()
    year = serializers.IntegerField()
    instrument = serializers.CharField()


class ContributionsField(serializers.Field):
    def to_representation(self, contributions):
        return ContributionSerializer(contributions.all(), many=True, context=self.context).data


class IndicatorReference(serializers.Field):
    def to_representation(self, series):
        indicator = series.indicator
        return {
            "id": indicator.pk,
            "name": indicator.name,
            "unit": indicator.unit,
            "unit_symbol": indicator.unit_symbol,
            "return": indicator.returns,
        }


def public_landscapes():
    return LandscapePage.objects.live().public()


class ProgressAPIViewSet(CheckedParametersMixin, BaseAPIViewSet):
    """Parameters checked as the pages endpoint checks them (website/api.py): never a 500."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for field in queryset.model._meta.many_to_many:
            value = self.request.GET.get(field.name)
            if value is not None and not value.isdigit():
                raise BadRequestError(f"{field.name} must be an id")

    filter_backends = [FieldsFilter, OrderingFilter]
    meta_fields = ["type", "detail_url"]
    listing_default_fields = ["id", "type", "detail_url", "landscape"]
    nested_default_fields = ["id", "type", "detail_url"]


class ActionsAPIViewSet(ProgressAPIViewSet):
    name = "actions"
    model = Action
    body_fields = [
        "id",
        APIField("landscape", serializer=PageReference()),
        "language",
        "title",
        "status",
        "description",
        "results",
        APIField("zones", serializer=Choices()),
        APIField("returns", serializer=Choices()),
        APIField("themes", serializer=Slugs()),
        "start",
        "end",
        "location",
        APIField("lead_organisation", serializer=PageReference()),
        APIField("partner_organisations", serializer=PageReferences()),
        "budget",
        "budget_currency",
        APIField("instruments_sought", serializer=Choices()),
        APIField("contributions", serializer=ContributionsField()),
    ]
    listing_default_fields = [*ProgressAPIViewSet.listing_default_fields, "title", "status"]

    def get_queryset(self):
        return (
            Action.objects.filter(live=True, landscape__in=public_landscapes())
            .select_related("landscape", "lead_organisation")
            .prefetch_related("themes", "partner_organisations", "contributions__funder")
            .order_by("id")
        )


class IndicatorValuesAPIViewSet(ProgressAPIViewSet):
    name = "indicator-values"
    model = IndicatorValue
    body_fields = [
        "id",
        APIField("landscape", serializer=PageReference(source="series.landscape")),
        APIField("indicator", serializer=IndicatorReference(source="series")),
        "year",
        "date",
        "value",
        "source",
        "note",
    ]
    listing_default_fields = [
        *ProgressAPIViewSet.listing_default_fields,
        "indicator",
        "year",
        "value",
    ]

    def get_queryset(self):
        return (
            IndicatorValue.objects.filter(
                series__live=True, series__landscape__in=public_landscapes()
            )
            .select_related("series__landscape", "series__indicator")
            .order_by("id")
        )


class AssessmentsAPIViewSet(ProgressAPIViewSet):
    name = "assessments"
    model = Assessment
    body_fields = [
        "id",
        APIField("landscape", serializer=PageReference()),
        "date",
        "language",
        "partnership",
        "partnership_evidence",
        "shared_understanding",
        "shared_understanding_evidence",
        "vision_and_planning",
        "vision_and_planning_evidence",
        "taking_action",
        "taking_action_evidence",
        "learning_and_impact",
        "learning_and_impact_evidence",
    ]
    listing_default_fields = [*ProgressAPIViewSet.listing_default_fields, "date"]

    def get_queryset(self):
        return (
            Assessment.objects.filter(live=True, landscape__in=public_landscapes())
            .select_related("landscape")
            .order_by("id")
        )


def register(router):
    router.register_endpoint("actions", ActionsAPIViewSet)
    router.register_endpoint("indicator-values", IndicatorValuesAPIViewSet)
    router.register_endpoint("assessments", AssessmentsAPIViewSet)
