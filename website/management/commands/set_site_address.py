from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from website.addresses import site_root


class Command(BaseCommand):
    help = (
        "Gives the default Site the address in WAGTAILADMIN_BASE_URL (host and port), so that "
        "every absolute URL the site writes (website/addresses.py) and the admin's e-mails "
        "name the site the same way. Run it once when deploying, and when the address changes."
    )

    def handle(self, *args, **options):
        base_url = settings.WAGTAILADMIN_BASE_URL
        address = urlsplit(base_url)
        if address.scheme not in ("http", "https") or not address.hostname:
            raise CommandError(f"WAGTAILADMIN_BASE_URL is not an http(s) address: {base_url!r}")
        # A Site record is a host and a port: Wagtail writes https for port 443 alone, and the
        # site is served from the root of its host.
        if address.scheme == "https" and address.port not in (None, 443):
            raise CommandError(
                f"{base_url!r}: a Site can be https only on port 443; serve the site there."
            )
        if address.path.strip("/") or address.query:
            raise CommandError(f"{base_url!r}: the site is served from the root of its host.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default Site yet: create one in Settings → Sites.")
        site.hostname = address.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.save()
        self.stdout.write(f"The site's address is now {site_root()}")
