from django.conf import settings
from django.utils.cache import patch_cache_control


class PublicCacheControlMiddleware:
    """Lets a CDN or shared cache hold public pages: `public, s-maxage, stale-while-revalidate`.

    Only for anonymous GET/HEAD requests answered 200 that set no cookie and say nothing of their
    own about caching; the admin, signed-in visitors and forms (which set a CSRF cookie) are left
    alone. Browsers revalidate (max-age=0): a visitor sees an edit as soon as the CDN does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.CACHE_CONTROL_S_MAXAGE,
                stale_while_revalidate=settings.CACHE_CONTROL_STALE_WHILE_REVALIDATE,
            )
        return response

    @staticmethod
    def _is_shareable(request, response):
        user = getattr(request, "user", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not request.path.startswith(("/admin/", "/django-admin/"))
        )
