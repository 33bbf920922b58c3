"""Panels the page models share in the admin."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import TitleFieldPanel
from wagtail.models import TranslatableMixin

from website.widgets import SearchableSelectMultiple, searchable


def title_panel(heading, help_text):
    """The title field under the name people give it ("Name", "Course title"), in place of
    Wagtail's "The page title as you'd like it to be seen by the public"."""
    return TitleFieldPanel("title", heading=heading, help_text=help_text)


class LocaleChoicesPageForm(WagtailAdminPageForm):
    """Every page's admin form: a field that chooses several translatable things (themes,
    SDGs, ecosystem types, landscapes) offers those of the page's own language only, not every
    language's copy of each; what the page already holds stays offered, so that a page saved
    before this rule still saves. Multiple choices are ticked in a list of checkboxes rather
    than Ctrl-clicked in a box, and a long list (countries, languages, landscapes once there are
    many) is searched instead (website/widgets.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = kwargs.get("parent_page")
        locale_id = self.instance.locale_id or (parent.locale_id if parent else None)
        for name, field in self.fields.items():
            if (
                locale_id is not None
                and isinstance(field, forms.ModelMultipleChoiceField)
                and issubclass(field.queryset.model, TranslatableMixin)
            ):
                field.queryset = field.queryset.filter(
                    Q(locale_id=locale_id) | Q(pk__in=_chosen_keys(self.initial.get(name)))
                )
            if _is_multiple_choice_list(field):
                searchable(field)


_LIST_WIDGET_MODULES = ("django.forms.", "django_countries.", "multiselectfield.")


def _is_multiple_choice_list(field):
    """A field of several choices shown as a Ctrl-click box or a list of checkboxes: Django's
    own, django-countries' and django-multiselectfield's (subclasses of these two), not a
    widget that a panel chose for a reason of its own."""
    widget = field.widget
    return (
        isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
        and isinstance(widget, forms.SelectMultiple | forms.CheckboxSelectMultiple)
        and not isinstance(widget, SearchableSelectMultiple)
        and type(widget).__module__.startswith(_LIST_WIDGET_MODULES)
    )


def _chosen_keys(initial):
    """The primary keys a form field's initial value holds (an object, a key, a list of either,
    or nothing)."""
    if initial is None or initial == "":
        return []
    values = (
        initial
        if isinstance(initial, list | tuple | set) or hasattr(initial, "model")
        else [initial]
    )
    return [getattr(value, "pk", value) for value in values]
