"""The site's URLs, and its uploaded files as the front-end server serves them in production
(Django serves /media/ only with DEBUG on)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from website.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
