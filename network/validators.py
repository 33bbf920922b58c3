import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

ORCID_PATTERN = re.compile(r"^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$")


def normalise_orcid(value):
    """An ORCID iD as 0000-0000-0000-0000, from the iD or its https://orcid.org/ address."""
    value = value.strip().upper()
    for prefix in ("HTTPS://ORCID.ORG/", "HTTP://ORCID.ORG/", "ORCID.ORG/"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    match = ORCID_PATTERN.match(value)
    return "-".join(match.groups()) if match else value


def validate_orcid(value):
    """ORCID iDs end in an ISO 7064 MOD 11-2 check digit; a mistyped iD fails it."""
    match = ORCID_PATTERN.match(normalise_orcid(value))
    if not match:
        raise ValidationError(
            _("An ORCID iD has 16 characters in four groups, like 0000-0002-1825-0097."),
            code="orcid_format",
        )
    digits = "".join(match.groups())
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    expected = "X" if check == 10 else str(check)
    if digits[-1] != expected:
        raise ValidationError(
            _("This ORCID iD's check digit is wrong; please check it for a typing error."),
            code="orcid_checksum",
        )
