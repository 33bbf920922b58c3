from .navigation import MenuLinkBlock, NavigationMenu
from .outbound_email import OutboundEmail
from .pages import HomePage, SitePage, StandardPage
from .site_settings import SiteSettings
from .taxonomy import EcosystemType, SustainableDevelopmentGoal, Theme

__all__ = [
    "EcosystemType",
    "HomePage",
    "MenuLinkBlock",
    "NavigationMenu",
    "OutboundEmail",
    "SitePage",
    "SiteSettings",
    "StandardPage",
    "SustainableDevelopmentGoal",
    "Theme",
]
