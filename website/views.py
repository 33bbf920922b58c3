from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from website.addresses import absolute_url


@require_safe
def choose_language(request):
    """`/`: send the visitor to the home page in the best language their browser asks for."""
    language = get_language_from_request(request, check_path=False)
    supported = {code for code, _name in settings.LANGUAGES}
    if language not in supported:
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        # A library file's download link counts a download (library/views.py): crawlers that
        # follow it would count too. The files themselves stay open to them.
        "Disallow: /*/library/*/files/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml', request)}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
