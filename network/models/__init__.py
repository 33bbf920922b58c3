from .accounts import AccountPurpose, Purpose
from .contact import ContactMessage
from .experts import ExpertIndexPage, ExpertPage, ExpertPageSkill
from .landscapes import LandscapeIndexPage, LandscapePage, LandscapePageTag, LandscapePartner
from .organisations import OrganisationIndexPage, OrganisationPage
from .partnerships import Claim, ClaimStatus, Invitation, TeamMembership, TeamRole
from .reviews import ReviewTask

__all__ = [
    "AccountPurpose",
    "Claim",
    "ClaimStatus",
    "ContactMessage",
    "ExpertIndexPage",
    "ExpertPage",
    "ExpertPageSkill",
    "Invitation",
    "LandscapeIndexPage",
    "LandscapePage",
    "LandscapePageTag",
    "LandscapePartner",
    "OrganisationIndexPage",
    "OrganisationPage",
    "Purpose",
    "ReviewTask",
    "TeamMembership",
    "TeamRole",
]
