"""Who the site's e-mails come from, in the language they are written in: the sender's display
name and the subject's prefix are the site's name in the active language ("Mil Paisajes
<noreply@…>", "[Mil Paisajes] Confirma tu dirección…"); the address is DEFAULT_FROM_EMAIL's."""

from email.utils import formataddr, parseaddr

from django.conf import settings

from website.schema import site_name


def sender():
    """DEFAULT_FROM_EMAIL's address under the site's name in the active language."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return formataddr((site_name(), address))


def subject_prefix():
    return f"[{site_name()}] "
