"""Several choices out of a list: ticked in a list of checkboxes when the list is short, picked
in a searchable multi-select when it is long (countries, languages, landscapes and organisations
once there are many).

The widget always renders Django's own checkbox list. Without scripts, or where they fail, that
list is the control, and it submits what it always did. static/js/multi-select.js turns a long
list into a Tom Select combobox (vendored in static/vendor/tom-select/) that ticks and unticks
those same checkboxes, so the form posts exactly the same values either way. Every word the
combobox shows or says comes from this widget's template, in the page's language; the script
has none of its own.
"""

from django import forms
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

# From this many choices on, a list is searched rather than read. 24 checkboxes still fit in
# about one screen and are quicker to scan and tick than to search, and a short vocabulary
# (themes, the 17 SDGs, regions, returns) is browsed: people read it to learn what there is. A
# longer list is one where people know the name they want (a country, a language, a landscape).
SEARCHABLE_FROM = 25

# What the combobox shows and says, as data attributes (data-placeholder…) for the script.
# %(item)s is a choice's name, %(items)s the names of those chosen, joined by the script in the
# page's language (Intl.ListFormat).
STRINGS = {
    "placeholder": _("Type to search…"),
    "no-results": _("No results"),
    # The name of the button that takes a choice away again, e.g. "Remove Spanish".
    "remove": _("Remove %(item)s"),
    # Said by screen readers as a choice is added or taken away.
    "added": _("%(item)s added"),
    "removed": _("%(item)s removed"),
    # Said by screen readers on reaching the search box.
    "chosen": _("Chosen: %(items)s"),
    "none-chosen": _("Nothing chosen yet"),
}


class SearchableSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes that become a searchable multi-select from `searchable_from` choices on
    (see the module's docstring). The count is of the choices rendered, so a list of
    landscapes or organisations becomes searchable as the network grows, with no change here."""

    template_name = "website/widgets/searchable_select_multiple.html"
    checkboxes_template_name = forms.CheckboxSelectMultiple.template_name

    class Media:
        css = {"all": ["vendor/tom-select/tom-select.min.css", "css/multi-select.css"]}
        js = ["vendor/tom-select/tom-select.base.min.js", "js/multi-select.js"]

    def __init__(self, attrs=None, choices=(), *, searchable_from=SEARCHABLE_FROM):
        super().__init__(attrs, choices)
        self.searchable_from = searchable_from

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        count = sum(len(options) for _group, options, _index in context["widget"]["optgroups"])
        context["widget"]["searchable"] = count >= self.searchable_from
        context["widget"]["strings"] = STRINGS
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The checkboxes are Django's own, through the form renderer; the block around them is a
        # project template, which the default form renderer does not search.
        context = self.get_context(name, value, attrs)
        if not context["widget"]["searchable"]:
            return self._render(self.checkboxes_template_name, context, renderer)
        context["checkboxes"] = self._render(self.checkboxes_template_name, context, renderer)
        return render_to_string(self.template_name, context)  # safe: an autoescaped template


def searchable(field):
    """`field` (a multiple choice form field) with a SearchableSelectMultiple in place of its
    widget, keeping the widget's attributes and the field's choices."""
    widget = SearchableSelectMultiple(attrs=field.widget.attrs)
    widget.choices = field.choices
    field.widget = widget
    return field
