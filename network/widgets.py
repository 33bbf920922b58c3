"""A landscape's boundary drawn on a map instead of typed as GeoJSON.

The widget is the GeoJSON textarea that the boundary field always had, inside a block that
static/js/boundary-editor.js turns into a map with drawing tools (Leaflet-Geoman, vendored in
static/vendor/leaflet-geoman/). Without scripts, or where they fail, the textarea is all there
is, and it still works: the map is an enhancement, never the only way in.
"""

import json

from django import forms
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from network.basemap import tiles_for


class BoundaryWidget(forms.Textarea):
    """GeoJSON text plus a map to draw it on (see the module's docstring).

    `tile_url` and `attribution` are the site settings' map tiles, for a form that has them at
    hand (they come with a request); without a tile URL the map is the site's own basemap
    (network/basemap.py), as everywhere on the site. Where a page sets its own tiles, its
    Content Security Policy must allow their host.
    """

    template_name = "network/widgets/boundary.html"
    # What someone who cannot use the map (a keyboard, a screen reader) does instead: the
    # workspace offers a file upload and a pin beside the map.
    keyboard_alternative = _(
        "Drawing needs a mouse, a touch screen or a pen. With a keyboard, upload a boundary "
        "file or drop a pin by its latitude and longitude instead."
    )

    class Media:
        css = {
            "all": [
                "vendor/leaflet/leaflet.css",
                "vendor/leaflet-geoman/leaflet-geoman.css",
                "css/boundary-editor.css",
            ]
        }
        js = [
            "vendor/leaflet/leaflet.js",
            "vendor/leaflet-geoman/leaflet-geoman.min.js",
            "js/boundary-editor.js",
        ]

    def __init__(self, attrs=None, *, tile_url="", attribution="", centre=None):
        super().__init__({"rows": 8, "spellcheck": "false", **(attrs or {})})
        self.tile_url = tile_url
        self.attribution = attribution
        # (latitude, longitude) the map opens on when there is no boundary yet: the pin.
        self.centre = centre

    def format_value(self, value):
        """JSON text, whatever the field hands over: a dict from the database, text that a
        JSONField prepared, or what the person typed when the form comes back with an error
        (kept exactly as typed, even when it is not JSON)."""
        if value is None or value in ("", "null"):
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["boundary"] = {
            "tiles": tiles_for(self.tile_url, self.attribution),
            "keyboard_alternative": self.keyboard_alternative,
            "centre": ",".join(str(value) for value in self.centre) if self.centre else "",
        }
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The textarea is Django's own, through the form renderer; the block around it is a
        # project template, which the default form renderer does not search.
        context = self.get_context(name, value, attrs)
        context["textarea"] = self._render("django/forms/widgets/textarea.html", context, renderer)
        return render_to_string(self.template_name, context)  # safe: an autoescaped template


class AdminBoundaryWidget(BoundaryWidget):
    """The same map in the Wagtail admin, where there is no upload and no pin: the
    alternatives there are the GeoJSON text and the centre's coordinates."""

    keyboard_alternative = _(
        "Drawing needs a mouse, a touch screen or a pen. With a keyboard, paste the GeoJSON "
        "under “Edit as GeoJSON”, or give the centre's latitude and longitude instead."
    )
