from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

SOCIAL_NETWORKS = [
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("instagram", "Instagram"),
    ("facebook", "Facebook"),
    ("x", "X"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(label=_("Social network"), choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Social link")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """What editors change about the site as a whole, without a deployment."""

    contact_email = models.EmailField(
        _("contact address"),
        blank=True,
        help_text=_("Shown in the footer as the initiative's general contact."),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )
    map_tile_url = models.CharField(
        _("map tile address"),
        max_length=300,
        blank=True,
        default="",
        help_text=_(
            "A raster tile template with {z}, {x} and {y}. Leave it empty to draw maps without "
            "a base layer."
        ),
    )
    map_attribution = models.CharField(
        _("map attribution"),
        max_length=300,
        blank=True,
        default="",
        help_text=_("Credit that the tile provider requires, shown on every map."),
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("map_tile_url"), FieldPanel("map_attribution")], heading=_("Maps")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Every page reads these; they change when an editor saves them, which moves the
        content version on (website.structure)."""
        from website.structure import cached_structure

        if site is None:
            return super().for_site(site)
        return cached_structure(
            f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site)
        )
