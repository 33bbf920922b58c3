"""An image whose file is missing, unreadable or corrupt leaves the page without that image;
it never fails the page.

What Wagtail 8.0 does by itself: when the original file is missing, its `{% image %}` and
`{% picture %}` tags print a broken <img src="/media/not-found" width="0" height="0">; when the
file is there but is not an image any more (corrupt, cut short), Pillow's error goes up and the
page answers 500, on the profile and on every listing that shows the image. Code that asks for a
rendition itself (schema.org data, the Terraso export) fails in both cases.

Here instead: `rendition_or_none` and `renditions_or_none` give None for such an image, and log
a warning naming it, so that an editor can upload it again; the template tags of
`website.templatetags.tolerant_images`, which the settings put in the place of
`wagtailimages_tags`, print nothing for it. A rendition made before the file broke is still
served: only an image that needs a new rendition is left out."""

import logging

from django.db import DatabaseError

logger = logging.getLogger(__name__)


def rendition_or_none(image, spec):
    """`image.get_rendition(spec)`, or None when the image's file cannot make one."""
    return _or_none(image, lambda: image.get_rendition(spec))


def renditions_or_none(image, specs):
    """`image.get_renditions(*specs)`, or None when the image's file cannot make them."""
    return _or_none(image, lambda: image.get_renditions(*specs))


def _or_none(image, make):
    """What `make` gives, or None when the image's file fails it.

    Bad files fail in many ways, none of them documented: a missing or unreadable file raises
    Wagtail's SourceImageIOError, one that no decoder recognises Willow's
    UnrecognisedImageFormatError, a truncated JPEG Pillow's OSError, a file that begins like XML
    the SVG parser's ParseError (a SyntaxError), and other decoders ValueError or EOFError. So
    anything is caught, and logged with its traceback, except a database error: that one would
    leave the request's transaction unusable, and is not the file's fault."""
    try:
        return make()
    except DatabaseError:
        raise
    except Exception as error:
        logger.warning(
            "Image %s (%r, file %s) left out of the page: %r",
            image.pk,
            image.title,
            image.file.name,
            error,
            exc_info=True,
        )
        return None
