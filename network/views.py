from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from network import basemap
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


@require_safe
@cache_control(public=True, max_age=basemap.CACHE_SECONDS, immutable=True)
def basemap_tile(request, version, z, x, y, density=1):
    """One tile of the site's own basemap (network/basemap.py), `density` pixels per CSS pixel
    (2 for a high-density screen's `@2x` tile). The version is in the URL, so that a change of
    drawing reaches browsers that keep the old tiles for a month."""
    if version != basemap.TILE_VERSION or not basemap.is_tile(z, x, y):
        raise Http404("No such tile.")
    return HttpResponse(basemap.tile(z, x, y, density), content_type="image/png")
