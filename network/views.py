from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from network.geojson import COMPACT, landscape_collection
from network.models import LandscapePage
from network.untranslated import listed_q
from website.localize import term_names
from website.models import Theme


@require_safe
@cache_control(public=True, max_age=0, s_maxage=300, stale_while_revalidate=600)
def landscapes_geojson(request):
    """Every live landscape as a GeoJSON FeatureCollection, in the language `?lang=` names
    (the default language without it); a landscape not yet translated into it, in the language
    it exists in (network.untranslated)."""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        return HttpResponseBadRequest(
            f"Unknown language. Use lang= one of: {', '.join(dict(settings.LANGUAGES))}.",
            content_type="text/plain; charset=utf-8",
        )
    locale = Locale.objects.filter(language_code=language).first()
    landscapes = (
        LandscapePage.objects.live()
        .public()
        .filter(listed_q(locale.pk if locale else None, [LandscapePage]))
        .order_by("title")
    )
    with translation.override(language):
        collection = landscape_collection(landscapes, request, term_names(Theme, language=language))
    return JsonResponse(collection, content_type="application/geo+json", json_dumps_params=COMPACT)
