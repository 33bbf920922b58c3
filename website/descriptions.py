"""What a page says of itself in `<meta name="description">` and `og:description`: one text for
both, in the page's language, never empty.

A page's own words come first: Wagtail's "Search description" (Promote tab) when an editor wrote
one, else what the page type takes from its content (a landscape's summary, an expert's headline,
a story's standfirst… `SitePage.description_source`), as plain text cut at a word boundary to
about 160 characters; else a sentence naming the page and the site. Views that are not pages say
theirs through the `meta_description` context variable, or the words below for their URL name.
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from website.schema import initiative_name, site_name

# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160
ELLIPSIS = "…"
# Enough text gathered from a page's blocks to fill a description.
_ENOUGH = DESCRIPTION_LENGTH * 2

# Views that are not pages, by URL name: what each is for. A view may still pass its own
# `meta_description` (a landscape's progress names the landscape).
VIEW_DESCRIPTIONS = {
    "search": _(
        "Search the landscapes, organisations, experts, courses and stories of the 1000 "
        "Landscapes network."
    ),
    "account_login": _(
        "Sign in to keep your expert profile, your landscapes and your organisation's page current."
    ),
    "account_signup": _(
        "Join the network of 1000 Landscapes for 1 Billion People as an expert, a landscape "
        "partnership or an organisation."
    ),
    "account_reset_password": _("Choose a new password for your account."),
    "network_progress": _(
        "What the landscape partnerships of the network do, the money they seek and secure, and "
        "what changes, year by year."
    ),
    "funding": _(
        "Actions of landscape partnerships that still need money, largest first, beside the "
        "offers of funders that fit them."
    ),
}


_BLOCK_BOUNDARY = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|blockquote|div|dd|dt|td|th)\s*>", re.I)


def plain_text(value):
    """Text without tags or entities, its whitespace made single spaces: from a string, rich
    text (stored HTML) or anything whose str() is either."""
    if not value:
        return ""
    # The end of a paragraph, item or heading, and a line break, part words as they part lines.
    spaced = _BLOCK_BOUNDARY.sub(" ", str(value))
    text = html.unescape(strip_tags(spaced))
    return " ".join(text.split())


def stream_text(stream, block_types=("paragraph",)):
    """The plain text of a StreamField's paragraphs (or the blocks named), in order, until there
    is enough for a description."""
    texts = []
    length = 0
    for block in stream or ():
        if block.block_type not in block_types:
            continue
        value = getattr(block.value, "source", block.value)  # RichText keeps its HTML here
        text = plain_text(value)
        if text:
            texts.append(text)
            length += len(text)
            if length >= _ENOUGH:
                break
    return " ".join(texts)


def sentences(*parts):
    """Parts of a description joined into sentences: "Soil ecologist" and "Works in…" make
    "Soil ecologist. Works in…"; empty parts are left out."""
    parts = [part for part in (plain_text(part) for part in parts) if part]
    joined = []
    for part in parts[:-1]:
        joined.append(part if re.search(r"[.!?…:;]$", part) else f"{part}.")
    return " ".join([*joined, *parts[-1:]])


def shorten(text, length=DESCRIPTION_LENGTH):
    """`text` in at most `length` characters: whole when it fits, else cut at the last word
    boundary that leaves room for an ellipsis (a word longer than half of it is cut)."""
    text = plain_text(text)
    if len(text) <= length:
        return text
    cut = text[: length - len(ELLIPSIS) + 1]  # one more: is the character after it a space?
    boundary = cut.rfind(" ")
    cut = cut[:boundary] if boundary > length // 2 else cut[:-1]
    return cut.rstrip(" ,;:.(-\u2013\u2014") + ELLIPSIS  # no dangling dash or comma


def site_description():
    """What the site is, in the active language: for pages and views with nothing of their own."""
    return gettext(
        "The network of %(initiative)s: landscape partnerships, the organisations and experts "
        "who work with them, their courses and their stories."
    ) % {"initiative": initiative_name()}


def titled_description(title):
    """A page with no words of its own: its title, on the site, in the active language."""
    title = plain_text(title)
    if not title:
        return site_description()
    return gettext("%(title)s, on %(site)s: the network of %(initiative)s.") % {
        "title": title,
        "site": site_name(),
        "initiative": initiative_name(),
    }


def view_description(context):
    """The description of a view that is not a page: the one it passes, else its URL name's,
    else the site's."""
    given = plain_text(context.get("meta_description"))
    if given:
        return shorten(given)
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in VIEW_DESCRIPTIONS:
        return str(VIEW_DESCRIPTIONS[match.url_name])
    return site_description()
