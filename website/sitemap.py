"""`/sitemap.xml`: every live public page in every language, each with hreflang alternates for its
live translations and an x-default (the default language's version)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    limit = 5000

    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request)

    def items(self):
        # The site's root page and its translations, each the root of one language's tree.
        in_site = Q(pk__in=[])
        for root in Site.get_site_root_paths():
            if root.site_id == self.site.pk:
                in_site |= Q(url_path__startswith=root.root_path)
        return Page.objects.live().public().filter(in_site).order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.paginator.page(page).object_list)
        translations = {}
        for translation in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            url = translation.get_full_url(self.request)
            if url:
                translations.setdefault(translation.translation_key, []).append(
                    {"lang_code": translation.locale.language_code, "location": url}
                )
        urls = []
        for page_ in pages:
            location = page_.get_full_url(self.request)
            if not location:
                continue
            alternates = translations.get(page_.translation_key, [])
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                alternates = [
                    *alternates,
                    {"lang_code": "x-default", "location": default["location"]},
                ]
            urls.append(
                {
                    "item": page_,
                    "location": location,
                    "lastmod": page_.last_published_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates,
                }
            )
        return urls
