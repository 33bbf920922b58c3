"""A part of a page rendered once per content version and kept, for every visitor:

    {% load kept_fragments %}
    {% kept_fragment "landscape" page %}…{% end_kept_fragment %}

For the parts of a public page that show published content only, the same for everyone who may
see the page: no form (a CSRF token), no nonce, nothing that depends on who is signed in. The
page cache (website/page_cache.py) keeps whole pages for anonymous visitors; this keeps the
costly middle of a page for everyone else too (signed-in coordinators, members, editors) and for
the first anonymous visitor after a publish.

The key holds the name, the values given (a page: its id), the language, the site and the date
("upcoming", "open now"), under the content version (website.structure.cached_structure), so a
publish, a team's change or a term's edit shows at once, as for the page cache. Never kept: a
preview (Wagtail's, a team's of its draft, a person's of their profile), which shows content
nobody published, a page not saved yet, nor a part whose value is None (a directory's listing
with a text query: Directory.kept_listing_key)."""

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from website.structure import cached_structure

register = template.Library()


@register.tag
def kept_fragment(parser, token):
    name, *values = token.split_contents()[1:]
    nodelist = parser.parse(("end_kept_fragment",))
    parser.delete_first_token()
    return KeptFragmentNode(
        nodelist, parser.compile_filter(name), [parser.compile_filter(value) for value in values]
    )


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist = nodelist
        self.name = name
        self.values = values

    def render(self, context):
        request = context.get("request")
        values = [value.resolve(context) for value in self.values]
        if (
            request is None
            or is_preview(request, context)
            or any(value is None or _unsaved(value) for value in values)
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [
            self.name.resolve(context),
            *(getattr(value, "pk", value) for value in values),
            get_language() or "",
            site.pk if site else 0,
            timezone.localdate().isoformat(),
        ]
        key = "fragment:" + ":".join(str(part) for part in parts)
        return mark_safe(cached_structure(key, lambda: str(self.nodelist.render(context))))  # noqa: S308 - rendered by our template, escaped there


def is_preview(request, context):
    """Wagtail's previews, a team's of its draft, a person's of their profile."""
    return bool(
        getattr(request, "is_preview", False)
        or context.get("is_team_preview")
        or context.get("is_profile_preview")
    )


def _unsaved(value):
    return hasattr(value, "_meta") and value.pk is None


class WhenShown:
    """A context value for a kept part of a page, worked out the first time its template asks
    for it, and not at all when the part is served kept. Templates call what they are given,
    so `{% if partners %}…{% for … in partners %}` works it out once."""

    def __init__(self, compute):
        self.compute = compute
        self.worked_out = False
        self.value = None

    def __call__(self):
        if not self.worked_out:
            self.value = self.compute()
            self.worked_out = True
        return self.value
