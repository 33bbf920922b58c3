"""Wagtail's image template tags, except that an image whose file cannot be read or decoded is
left out (nothing printed; an `as` variable set to None) instead of a broken placeholder or a
failed page (website/images.py says why).

The settings register this module under Wagtail's own name (TEMPLATES' "libraries":
`wagtailimages_tags`), so that every template's `{% load wagtailimages_tags %}` gets it, the
admin's included, and no template has to change. Every other tag and filter of Wagtail's
library is passed on as it is. The three `render` methods follow Wagtail 8.0's
(wagtail/images/templatetags/wagtailimages_tags.py), with `get_rendition(s)` where Wagtail calls
`get_rendition(s)_or_not_found`; pyproject.toml keeps Wagtail below 8.1, and
tests/reliability/test_image_failures.py checks the output against Wagtail's for a sound image."""

from django import template
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.templatetags import wagtailimages_tags as wagtail_library

from website.images import rendition_or_none, renditions_or_none

register = template.Library()
register.tags.update(wagtail_library.register.tags)
register.filters.update(wagtail_library.register.filters)


def _resolve(attrs, context):
    return {name: value.resolve(context) for name, value in attrs.items()}


def _left_out(node, context):
    if node.output_var_name:
        context[node.output_var_name] = None
    return ""


class ImageNode(wagtail_library.ImageNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        rendition = rendition_or_none(image, self.get_filter())
        if rendition is None:
            return _left_out(self, context)
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag(_resolve(self.attrs, context))


class _ResponsiveNode:
    """What {% srcset_image %} and {% picture %} share: several renditions, wrapped."""

    wrapper = None  # ResponsiveImage or Picture

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = renditions_or_none(image, self.get_filters())
        if renditions is None:
            return _left_out(self, context)
        if self.output_var_name:
            context[self.output_var_name] = self.wrapper(renditions)
            return ""
        return self.wrapper(renditions, _resolve(self.attrs, context)).__html__()


class SrcsetImageNode(_ResponsiveNode, wagtail_library.SrcsetImageNode):
    wrapper = ResponsiveImage


class PictureNode(_ResponsiveNode, wagtail_library.PictureNode):
    wrapper = Picture


TOLERANT = {
    wagtail_library.ImageNode: ImageNode,
    wagtail_library.SrcsetImageNode: SrcsetImageNode,
    wagtail_library.PictureNode: PictureNode,
}


def image(parser, token):
    """Wagtail's parser (the same syntax and errors), giving the node of this module."""
    node = wagtail_library.image(parser, token)
    return TOLERANT[type(node)](
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )


for name in ("image", "srcset_image", "picture"):
    register.tag(name, image)
