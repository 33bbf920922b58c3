"""What a landscape's (or organisation's) page still lacks, section by section: the workspace
shows it to the team, and editors list pages by it (admin report "Landscapes to complete")."""

from django.utils.translation import gettext_lazy as _

from network.models import LandscapePage

STRATEGY_FIELDS = ["objectives", "main_challenges", "opportunities", "intervention_strategy"]


def missing(page):
    """[(section slug, what is missing)] in the order of the workspace's sections."""
    if isinstance(page, LandscapePage):
        checks = [
            ("boundary", page.boundary or page.has_location, _("No boundary or pin on the map")),
            (
                "elements",
                any(getattr(page, name) for name in LandscapePage.ELEMENT_FIELDS),
                _("No 5 Elements scores"),
            ),
            ("strategy", any(getattr(page, name) for name in STRATEGY_FIELDS), _("No strategy")),
            ("partners", len(page.partners.all()) > 0, _("No partners")),
            ("image", page.image_id, _("No image")),
        ]
    else:
        checks = [
            ("profile", page.description, _("No description")),
            ("profile", page.countries, _("No countries of work")),
            ("logo", page.logo_id, _("No logo")),
        ]
    return [(section, label) for section, present, label in checks if not present]


def checked(page):
    return 5 if isinstance(page, LandscapePage) else 3


def share(page, missing_parts=None):
    """The share complete, as a whole percentage."""
    missing_parts = missing(page) if missing_parts is None else missing_parts
    total = checked(page)
    return round(100 * (total - len(missing_parts)) / total)
