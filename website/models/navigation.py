from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class MenuLinkBlock(blocks.StructBlock):
    """A link to one of our pages (followed into the visitor's language) or to an address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)
    label = blocks.CharBlock(
        label=_("Label"), required=False, max_length=60, help_text=_("Defaults to the page title")
    )

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(_("Choose a page or give an address."))
                }
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "label": blocks.BlockValidationError(_("A link to an address needs a label."))
                }
            )
        return value


class NavigationMenu(TranslatableMixin, models.Model):
    """The main navigation and the footer links, one of each per language."""

    MAIN = "main"
    FOOTER = "footer"
    PLACES = [(MAIN, _("Main navigation")), (FOOTER, _("Footer"))]

    place = models.CharField(_("place"), max_length=20, choices=PLACES)
    links = StreamField([("link", MenuLinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("place"), FieldPanel("links")]
    translatable_fields = [SynchronizedField("place"), TranslatableField("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        unique_together = [("translation_key", "locale"), ("place", "locale")]

    def __str__(self):
        return f"{self.get_place_display()} ({self.locale.language_code})"

    @classmethod
    def for_place(cls, place, language):
        """The menu for this language, else the default language's."""
        menus = {
            menu.locale.language_code: menu
            for menu in cls.objects.filter(
                place=place,
                locale__language_code__in=[language, settings.LANGUAGE_CODE],
            ).select_related("locale")
        }
        return menus.get(language) or menus.get(settings.LANGUAGE_CODE)
