"""The site's URLs, after one of the benchmark's own: the floor."""

from django.http import HttpResponse
from django.urls import path

from website.urls import urlpatterns as site


def floor(request):
    """A constant answer through the whole middleware stack: the most requests a second this
    server can give, against which every page is measured."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *site]
