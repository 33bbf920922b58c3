"""The shared vocabulary that landscapes, organisations, experts, courses and stories are tagged
with. Each term is a translatable snippet: one row per language, tied together by translation_key,
with a slug that stays the same in every language so that a filter link works in all of them."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in filter links; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyTerm):
    """A field of work: restoration, regenerative agriculture, water, finance…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


# Terraso's ecosystem types (its taxonomy terms of type ECOSYSTEM_TYPE): the value it stores,
# with the English and Spanish names its landscape export sends. Editors map ours to these.
TERRASO_ECOSYSTEM_TYPES = {
    "Desert": ("Desert", "Desierto"),
    "Forest, Temperate": ("Forest, Temperate", "Bosque, Templado"),
    "Forest, Tropical": ("Forest, Tropical", "Bosque, Tropical"),
    "Marine/Coastal": ("Marine/Coastal", "Marino / costero"),
    "Polar/Alpine": ("Polar/Alpine", "Polar / alpino"),
    "Savannah": ("Savannah", "Sabana"),
    "Shrubland": ("Shrubland", "Matorrales"),
    "Wetlands": ("Wetlands", "Humedales"),
}
TERRASO_ECOSYSTEM_CHOICES = [
    ("Desert", _("Desert")),
    ("Forest, Temperate", _("Temperate forest")),
    ("Forest, Tropical", _("Tropical forest")),
    ("Marine/Coastal", _("Marine and coastal")),
    ("Polar/Alpine", _("Polar and alpine")),
    ("Savannah", _("Savannah")),
    ("Shrubland", _("Shrubland")),
    ("Wetlands", _("Wetlands")),
]


class EcosystemType(TaxonomyTerm):
    """The IUCN-style biome a landscape belongs to: dryland, tropical forest, mangrove…"""

    terraso_ecosystem_type = models.CharField(
        _("Terraso ecosystem type"),
        max_length=40,
        blank=True,
        choices=TERRASO_ECOSYSTEM_CHOICES,
        help_text=_(
            "The ecosystem type of Terraso, the initiative's landscape platform, that this one "
            "is exchanged as. Landscapes imported from Terraso with that type get this one; "
            "without a match, this type goes to Terraso under its own name."
        ),
    )
    # When the term last changed: a landscape's Terraso export says when it last changed,
    # its terms included.
    updated_at = models.DateTimeField(auto_now=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("terraso_ecosystem_type")]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        SynchronizedField("terraso_ecosystem_type", overridable=False),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("ecosystem type")
        verbose_name_plural = _("ecosystem types")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class SustainableDevelopmentGoal(TranslatableMixin, models.Model):
    """One of the 17 UN Sustainable Development Goals, seeded with their official names."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("name"), max_length=160)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Give a colour as #RRGGBB."))],
        help_text=_("The goal's official colour, as #RRGGBB."),
    )

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("colour")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("number"),
        SynchronizedField("colour"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]
        unique_together = [("translation_key", "locale"), ("number", "locale")]

    def __str__(self):
        return _("SDG %(number)s: %(name)s") % {"number": self.number, "name": self.name}

    @property
    def slug(self):
        """The filter value for this goal: its number, the same in every language."""
        return str(self.number)
