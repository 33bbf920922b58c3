"""Action and investment in the admin: editors keep every record, the indicator catalogue (each
indicator translated with wagtail-localize) and the exchange rates; moderators open the records
that wait for their review from their dashboard."""

from django.utils.translation import gettext_lazy as _
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
