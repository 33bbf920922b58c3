from .contact import ContactMessage
from .experts import ExpertIndexPage, ExpertPage, ExpertPageSkill
from .landscapes import LandscapeIndexPage, LandscapePage, LandscapePageTag, LandscapePartner
from .organisations import OrganisationIndexPage, OrganisationPage

__all__ = [
    "ContactMessage",
    "ExpertIndexPage",
    "ExpertPage",
    "ExpertPageSkill",
    "LandscapeIndexPage",
    "LandscapePage",
    "LandscapePageTag",
    "LandscapePartner",
    "OrganisationIndexPage",
    "OrganisationPage",
]
