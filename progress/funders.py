"""Who counts as a funder: an organisation of the finance type, one with a funding offer, or a
landscape's partner in the role of funder (an approved offer, a published page). A contribution
names a funder, never anyone else."""

from django.db.models import Q

FUNDER_ROLE = "funder"
FINANCE_TYPE = "finance"


def funders_filter():
    """A Q on OrganisationPage (any language) for the organisations that fund."""
    from network.models import LandscapePartner
    from progress.models import FundingOffer

    offering = FundingOffer.objects.filter(live=True).values("organisation__translation_key")
    partnering = LandscapePartner.objects.filter(role=FUNDER_ROLE).values(
        "organisation__translation_key"
    )
    return (
        Q(organisation_type=FINANCE_TYPE)
        | Q(translation_key__in=offering)
        | Q(translation_key__in=partnering)
    )


def funders():
    """Live, public funders (in any language)."""
    from network.models import OrganisationPage

    return OrganisationPage.objects.live().public().filter(funders_filter())


def is_funder(organisation):
    return funders().filter(translation_key=organisation.translation_key).exists()
