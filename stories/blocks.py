"""The blocks a story adds to the shared ones: map chapters (the story map), before/after pairs,
figures with their sources, and photo galleries."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.struct_block import StructBlockAdapter
from wagtail.images.blocks import ImageBlock

from network.basemap import tiles_for
from website.blocks import BaseStreamBlock, CaptionedImageBlock, KeyFigureBlock


class MapChapterBlock(blocks.StructBlock):
    """A chapter of the story map: a place and zoom, with the text told beside it. Read in order,
    the map follows the chapters; without JavaScript they are a list with their place names."""

    title = blocks.CharBlock(label=_("Chapter title"), max_length=200)
    place_name = blocks.CharBlock(label=_("Place name"), max_length=200)
    latitude = blocks.FloatBlock(
        label=_("Latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = blocks.FloatBlock(
        label=_("Longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    zoom = blocks.IntegerBlock(
        label=_("Zoom"),
        default=8,
        min_value=2,
        max_value=16,
        help_text=_("2 shows a continent, 8 a landscape, 14 a village."),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "site"
        label = _("Map chapter")
        template = "stories/blocks/map_chapter.html"
        # In the admin, a map to pick the place and zoom on, beside the fields that stay the
        # way in for a keyboard (static/js/map-chapter-picker.js).
        form_template = "stories/blocks/map_chapter_form.html"
        form_classname = "map-chapter-form"

    def get_form_context(self, value, prefix="", errors=None):
        context = super().get_form_context(value, prefix=prefix, errors=errors)
        # The site's own basemap, as the boundary's admin widget has: the form is laid out
        # without a request, so without the site settings' tile server (which the admin's
        # Content Security Policy would refuse anyway).
        context["tiles"] = tiles_for()
        return context


class MapChapterBlockAdapter(StructBlockAdapter):
    """The chapter's form in the admin's StreamField: Wagtail's StructBlock with the map picker
    started on every chapter, those added after the page loaded included."""

    js_constructor = "stories.blocks.MapChapterBlock"

    @cached_property
    def media(self):
        structblock_media = super().media
        return forms.Media(
            js=[*structblock_media._js, "vendor/leaflet/leaflet.js", "js/map-chapter-picker.js"],
            css={"all": ["vendor/leaflet/leaflet.css", "css/map-chapter-picker.css"]},
        )


register(MapChapterBlockAdapter(), MapChapterBlock)


class BeforeAfterBlock(blocks.StructBlock):
    before = ImageBlock(label=_("Before"))
    before_label = blocks.CharBlock(label=_("Before label"), max_length=80, default="Before")
    after = ImageBlock(label=_("After"))
    after_label = blocks.CharBlock(label=_("After label"), max_length=80, default="After")
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Before and after")
        template = "stories/blocks/before_after.html"


class SourcedFigureBlock(KeyFigureBlock):
    """A key figure (a number written as each language writes numbers) and where it comes from."""

    label = blocks.CharBlock(label=_("Label"), max_length=160)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)


class FiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    figures = blocks.ListBlock(SourcedFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "list-ol"
        label = _("Figures")
        template = "stories/blocks/figures.html"


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("Photos"), min_num=2, max_num=24)

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        template = "stories/blocks/gallery.html"


class StoryStreamBlock(BaseStreamBlock):
    map_chapter = MapChapterBlock()
    before_after = BeforeAfterBlock()
    figures = FiguresBlock()
    gallery = GalleryBlock()
