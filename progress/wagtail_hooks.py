"""Action and investment in the admin: editors keep every record, the indicator catalogue (each
indicator translated with wagtail-localize) and the exchange rates; moderators open the records
that wait for their review from their dashboard."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from progress.models import (
    Action,
    Assessment,
    ExchangeRate,
    FundingOffer,
    Indicator,
    IndicatorSeries,
)

MODERATED = (Action, IndicatorSeries, Assessment, FundingOffer)


@hooks.register("before_edit_snippet")
def reviewers_open_only_what_they_review(request, instance):
    """Who may not publish a record (a moderator) opens it only while it waits in a review:
    they may correct it and approve it there, never change a record nobody submitted (and
    then approve their own change)."""
    if not isinstance(instance, MODERATED):
        return
    publish = f"progress.publish_{instance._meta.model_name}"
    if not request.user.has_perm(publish) and not instance.workflow_in_progress:
        raise PermissionDenied


class ActionViewSet(SnippetViewSet):
    model = Action
    icon = "tasks"
    list_display = ["title", "landscape", "status", "budget", "budget_currency", "live"]
    list_filter = ["status", "live"]
    search_fields = ["title", "description"]


class IndicatorSeriesViewSet(SnippetViewSet):
    model = IndicatorSeries
    icon = "table"
    list_display = ["indicator", "landscape", "live"]
    list_filter = ["indicator", "live"]


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "pick"
    list_display = ["landscape", "date", "live"]
    list_filter = ["live"]


class FundingOfferViewSet(SnippetViewSet):
    model = FundingOffer
    icon = "pick"
    list_display = ["title", "organisation", "is_open", "currency", "live"]
    list_filter = ["is_open", "live"]
    search_fields = ["title", "description"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    list_display = ["name", "unit", "returns", "summed", "headline"]


class ExchangeRateViewSet(SnippetViewSet):
    model = ExchangeRate
    icon = "table"
    list_display = ["currency", "date", "rate"]
    list_filter = ["currency"]


class ProgressGroup(SnippetViewSetGroup):
    menu_label = _("Action and investment")
    menu_icon = "tasks"
    menu_order = 250
    items = [
        ActionViewSet,
        IndicatorSeriesViewSet,
        AssessmentViewSet,
        FundingOfferViewSet,
        IndicatorViewSet,
        ExchangeRateViewSet,
    ]


register_snippet(ProgressGroup)
