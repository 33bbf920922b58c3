"""The forms coordinators fill in at /my-landscapes/<slug>/progress/ (actions with the money they
received, indicator values, 5 Elements assessments) and organisations' managers at
/my-organisations/<slug>/offers/. Each form puts what was typed onto a draft of the record (the
record's latest revision, or a new one); the view stores it for review (progress/records.py).

The rules stay on the models (amounts, currencies, dates, places, funders, tickets); the forms
read what people type the way they write it: amounts and values with their language's separators
("1.200,5" in Spanish), a value with its unit ("1 200 ha"), a place as a point or an area."""

import json
import os
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.choices import ELEMENT_MEANINGS, ELEMENT_SCORES
from network.models import OrganisationPage
from progress import choices
from progress.models import (
    FIRST_YEAR,
    LAST_YEAR,
    Action,
    Assessment,
    Contribution,
    FundingOffer,
    IndicatorValue,
)
from progress.money import currency_choices, validate_currency
from progress.places import check_location
from website.models import Theme
from website.uploads import validate_document_content
from website.widgets import SearchableSelectMultiple

TEXT_AREA = {"rows": 5}
# Spaces people put between thousands (a space, a no-break space, a narrow one, a thin one) and
# the apostrophe of Swiss usage: never part of a number's value.
GROUPING = re.compile(r"[\s\u00a0\u202f\u2009']")
# A number and, after it, the unit it was typed with: "1 200 ha", "1200ha", "-3,5 tCO2e".
NUMBER_AND_UNIT = re.compile(r"^\s*([-+\u2212]?\s*\d[\d\s\u00a0\u202f\u2009'.,]*)(.*)$", re.S)
DOCUMENT_EXTENSIONS = ("pdf", "docx", "odt")
DOCUMENT_TYPES = (
    ".pdf,.docx,.odt,application/pdf,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
    "application/vnd.oasis.opendocument.text"
)


def date_widget():
    """The browser's date picker where there is one; a plain box taking 2024-05-31 elsewhere."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


# --- Fields --------------------------------------------------------------------------------------


def plain_number(text):
    """A number as typed, as a Decimal; ValueError when it is none. Spaces and apostrophes
    between thousands go. The language's decimal mark is read as one ("1,5" in Spanish, "1.5" in
    English) and the other mark as grouping ("1.200" in Spanish, "1,200" in English), except
    where it cannot be: with both marks the last one is the decimal mark ("1.200,50" on an
    English page too), a mark found twice groups thousands, and a lone other mark not followed
    by three digits is the decimal mark of someone writing their own way ("1.5" on a Spanish
    page). Grouping is only taken as grouping in threes: "1,2,3" is not a number."""
    text = GROUPING.sub("", str(text)).replace("\u2212", "-")
    mark = "," if formats.get_format("DECIMAL_SEPARATOR") == "," else "."
    other = "." if mark == "," else ","
    grouping = decimal = None
    if mark in text and other in text:
        decimal = mark if text.rfind(mark) > text.rfind(other) else other
        grouping = other if decimal == mark else mark
    else:
        used = mark if mark in text else other if other in text else None
        if used is None:
            pass
        elif text.count(used) > 1 or (used == other and len(text.rpartition(used)[2]) == 3):
            grouping = used
        else:
            decimal = used
    whole, _mark, fraction = text.partition(decimal) if decimal else (text, "", "")
    if grouping:
        if not re.fullmatch(rf"[-+]?\d{{1,3}}(?:{re.escape(grouping)}\d{{3}})+", whole):
            raise ValueError(text)
        whole = whole.replace(grouping, "")
    try:
        number = Decimal(f"{whole}.{fraction}" if decimal else whole)
    except (InvalidOperation, ValueError) as error:
        raise ValueError(text) from error
    if not number.is_finite():
        raise ValueError(text)
    return number


class AmountField(forms.DecimalField):
    """An amount of money as people write it: with their language's separators and spaces
    between thousands. Its bounds are the model's, with the model's messages, checked first so
    that 10¹⁵ is "more than 100 billion" rather than a count of digits."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", None)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("localize", True)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return plain_number(value)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


def amount_field(model, name):
    field = model._meta.get_field(name)
    return AmountField(
        label=capfirst(field.verbose_name),
        required=not field.blank,
        validators=[
            validator
            for validator in field.validators
            if isinstance(validator, MinValueValidator | MaxValueValidator)
        ],
    )


class CurrencyField(forms.CharField):
    """A currency chosen by its name in the visitor's language; a code that is not a currency
    (typed into a changed form, or sent by a script) is refused with the model's message."""

    widget = forms.Select

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 3)
        super().__init__(**kwargs)
        self.validators.append(validate_currency)

    def to_python(self, value):
        return super().to_python(value).upper()

    def widget_attrs(self, widget):
        return {}  # no maxlength on a select

    def offer_choices(self):
        """Named in the language of the request (called for each form, never at import)."""
        self.widget.choices = [("", "---------"), *currency_choices()]


def currency_field(model, name):
    field = model._meta.get_field(name)
    return CurrencyField(label=capfirst(field.verbose_name), required=not field.blank)


def _offer_currencies(form):
    for field in form.fields.values():
        if isinstance(field, CurrencyField):
            field.offer_choices()


def _with_current(queryset, current_ids):
    """The choices offered, and those already chosen (in another language, or unpublished
    since): saving must not drop one silently."""
    model = queryset.model
    return model.objects.filter(Q(pk__in=queryset.values("pk")) | Q(pk__in=current_ids))


def _ids(values):
    return [value.pk for value in values]


def _mark_language(form, names, language):
    """Texts written in another language than the page's carry theirs (screen readers, spelling)."""
    if language and language != get_language():
        for name in names:
            form.fields[name].widget.attrs["lang"] = language


class FieldGroup:
    """Some of a form's fields under one legend, for network/includes/form_fields.html."""

    def __init__(self, legend, form, names):
        self.legend = legend
        self.visible_fields = [form[name] for name in names]
        self.hidden_fields = []
        self.names = names

    @property
    def errors(self):
        return any(field.errors for field in self.visible_fields)


# --- Actions and the money they received ---------------------------------------------------------


class ActionForm(forms.ModelForm):
    budget = amount_field(Action, "budget")
    budget_currency = currency_field(Action, "budget_currency")
    latitude = forms.FloatField(
        label=_("Latitude"),
        required=False,
        localize=True,
        help_text=_("Of a point where the action happens, e.g. -0.52."),
    )
    longitude = forms.FloatField(
        label=_("Longitude"), required=False, localize=True, help_text=_("For example 35.6.")
    )
    location = forms.CharField(
        label=_("Or an area, as GeoJSON"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "A Polygon or MultiPolygon (longitude before latitude), e.g. exported from a mapping "
            "tool. Leave it empty when you give a point."
        ),
    )

    groups = [
        (_("The action"), ["title", "status", "description", "results"]),
        (_("When and where"), ["start", "end", "latitude", "longitude", "location", "zones"]),
        (_("What it aims at"), ["returns", "themes"]),
        (_("Who"), ["lead_organisation", "partner_organisations"]),
        (_("Budget"), ["budget", "budget_currency", "instruments_sought"]),
    ]

    class Meta:
        model = Action
        fields = [
            "title",
            "status",
            "description",
            "results",
            "start",
            "end",
            "location",
            "zones",
            "returns",
            "themes",
            "lead_organisation",
            "partner_organisations",
            "budget",
            "budget_currency",
            "instruments_sought",
        ]
        widgets = {
            "description": forms.Textarea(attrs=TEXT_AREA),
            "results": forms.Textarea(attrs=TEXT_AREA),
            "start": date_widget(),
            "end": date_widget(),
            # Checkboxes, searched once the list is long (organisations): website/widgets.py.
            "themes": SearchableSelectMultiple,
            "partner_organisations": SearchableSelectMultiple,
        }
        help_texts = {"results": _("What the action has achieved so far.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        action = self.instance
        locale = _locale(action.language)
        self.fields["title"].label = _("Name of the action")
        self.fields["budget"].help_text = _("The whole budget of the action, in one currency.")
        self.fields["themes"].queryset = _with_current(
            Theme.objects.filter(locale=locale), _ids(action.themes.all())
        ).order_by("name")
        organisations = OrganisationPage.objects.live().public().filter(locale=locale)
        current = _ids(action.partner_organisations.all())
        if action.lead_organisation_id:
            current.append(action.lead_organisation_id)
        for name in ("lead_organisation", "partner_organisations"):
            self.fields[name].queryset = _with_current(organisations, current).order_by("title")
        _offer_currencies(self)
        _mark_language(self, ["title", "description", "results"], action.language)
        self.initial["location"] = ""
        place = action.location
        if _is_point(place):
            longitude, latitude = _point_of(place)[:2]
            self.initial.update({"latitude": latitude, "longitude": longitude})
        elif place:
            self.initial["location"] = json.dumps(place)
        self.point_typed = False

    def group_list(self):
        return [FieldGroup(legend, self, names) for legend, names in self.groups]

    def clean_latitude(self):
        value = self.cleaned_data["latitude"]
        if value is not None and not -90 <= value <= 90:
            raise ValidationError(_("A latitude is between -90 and 90."))
        return value

    def clean_longitude(self):
        value = self.cleaned_data["longitude"]
        if value is not None and not -180 <= value <= 180:
            raise ValidationError(_("A longitude is between -180 and 180."))
        return value

    def clean_location(self):
        text = (self.cleaned_data["location"] or "").strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            raise ValidationError(
                _(
                    "The area is not valid GeoJSON. Give a point by its latitude and longitude "
                    "instead, or paste the area again."
                )
            ) from None

    def clean(self):
        data = super().clean()
        latitude, longitude = data.get("latitude"), data.get("longitude")
        if "latitude" in self.errors or "longitude" in self.errors or "location" in self.errors:
            data.pop("location", None)  # the stored place stays while the typed one is wrong
            return data
        if (latitude is None) != (longitude is None):
            self.add_error(
                "longitude" if longitude is None else "latitude",
                _("Give both the latitude and the longitude of the point."),
            )
            data.pop("location", None)
            return data
        if latitude is not None:
            if data.get("location"):
                self.add_error(
                    "location", _("Give a point or an area, not both: empty one of them.")
                )
                return data
            data["location"] = {"type": "Point", "coordinates": [longitude, latitude]}
            self.point_typed = True
        if data.get("location"):
            # The model checks the place as well; here its error goes beside what was typed.
            try:
                check_location(data["location"], _landscape(self.instance))
            except ValidationError as error:
                self.add_error("latitude" if self.point_typed else "location", error)
                data.pop("location", None)
        return data

    def apply_to(self, action):
        """The many-to-many choices onto the draft (the other fields are on it already)."""
        action.themes = list(self.cleaned_data["themes"])
        action.partner_organisations = list(self.cleaned_data["partner_organisations"])
        return action


def _landscape(record):
    return record.landscape if record.landscape_id else None


def _is_point(place):
    if isinstance(place, dict) and place.get("type") == "Feature":
        place = place.get("geometry")
    return isinstance(place, dict) and place.get("type") == "Point"


def _point_of(place):
    if place.get("type") == "Feature":
        place = place["geometry"]
    return place.get("coordinates") or [None, None]


def _year_hints(form):
    """The years the model accepts, for the browser's number box."""
    form.fields["year"].widget.attrs.update({"min": FIRST_YEAR, "max": LAST_YEAR})


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


class RowsFormSet(forms.BaseFormSet):
    """Rows added and removed without JavaScript: a few empty rows at the end, a "remove"
    box on each row already there."""

    delete_label = _("Remove this row")
    row_label = _("Row %(number)s")

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = self.delete_label

    def kept_forms(self):
        """The rows to store: those already there unless removed, and the new ones filled in."""
        kept = []
        for number, form in enumerate(self.forms):
            if form.cleaned_data.get("DELETE"):
                continue
            if number >= self.initial_form_count() and not form.has_changed():
                continue
            kept.append(form)
        return kept


class ContributionForm(forms.ModelForm):
    amount = amount_field(Contribution, "amount")
    currency = currency_field(Contribution, "currency")

    class Meta:
        model = Contribution
        fields = ["funder", "amount", "currency", "year", "instrument"]

    def __init__(self, *args, funder_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        funder = self.fields["funder"]
        # Offered: the funders (progress.funders). Accepted for checking: any live, public
        # organisation, so that one that is not a funder is refused with the model's own
        # explanation; anything else is "not one of the choices", naming nothing.
        funder.queryset = OrganisationPage.objects.live().public()
        funder.choices = [("", "---------"), *funder_choices]
        _year_hints(self)
        funder.help_text = _(
            "Only funders are listed: finance organisations, organisations with a funding offer, "
            "and landscapes' partners in the role of funder."
        )
        _offer_currencies(self)


class ContributionsFormSet(RowsFormSet):
    delete_label = _("Remove this contribution")
    row_label = _("Contribution %(number)s")

    def contributions(self):
        return [
            Contribution(
                funder=form.cleaned_data["funder"],
                amount=form.cleaned_data["amount"],
                currency=form.cleaned_data["currency"],
                year=form.cleaned_data["year"],
                instrument=form.cleaned_data["instrument"],
                sort_order=number,
            )
            for number, form in enumerate(self.kept_forms())
        ]


Contributions = forms.formset_factory(
    ContributionForm,
    formset=ContributionsFormSet,
    extra=3,
    can_delete=True,
    can_delete_extra=False,
    max_num=100,
    validate_max=True,
)


def funder_choices(action):
    """[(id, name)] of the funders in the visitor's language, and those the action names already
    (in another language, say), by name."""
    from wagtail.models import Locale

    from progress.funders import funders

    offered = funders().live().public().filter(locale=Locale.get_active())
    current = [c.funder_id for c in action.contributions.all() if c.funder_id]
    found = OrganisationPage.objects.filter(Q(pk__in=offered.values("pk")) | Q(pk__in=current))
    return list(found.order_by("title").values_list("pk", "title"))


def contributions_formset(action, data=None, choices_offered=()):
    initial = [
        {
            "funder": contribution.funder_id,
            "amount": contribution.amount,
            "currency": contribution.currency,
            "year": contribution.year,
            "instrument": contribution.instrument,
        }
        for contribution in action.contributions.all()
    ]
    return Contributions(
        data,
        initial=initial,
        prefix="contributions",
        form_kwargs={"funder_choices": choices_offered},
    )


# --- Indicator values ----------------------------------------------------------------------------


# Django's own message, in Django's catalogues.
NOT_A_NUMBER = forms.DecimalField.default_error_messages["invalid"]


def _unit_key(text):
    """Units compared as people type them: t CO₂e, tCO2e and TCO2E are one."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).casefold()


def display_number(value):
    """A stored value as the visitor writes it, without trailing zeros: 1,200.5 / 1.200,5."""
    if value is None:
        return ""
    value = Decimal(value)
    places = max(0, -value.normalize().as_tuple().exponent)
    return formats.number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)


class IndicatorValueForm(forms.ModelForm):
    value = forms.CharField(max_length=60)

    class Meta:
        model = IndicatorValue
        fields = ["year", "date", "value", "source", "note"]
        widgets = {"date": date_widget()}
        help_texts = {"source": _("Where the value comes from: a survey, a report, a map.")}

    def __init__(self, *args, indicator, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        self.units = {_unit_key(indicator.unit_symbol), *(_unit_key(unit) for unit in units)}
        self.units.discard("")
        field = self.fields["value"]
        field.label = _("Value in %(unit)s") % {"unit": indicator.unit}
        field.help_text = _("A number, with or without its unit: 1200 or 1 200 %(unit)s.") % {
            "unit": indicator.unit
        }
        _year_hints(self)

    def clean_value(self):
        typed = self.cleaned_data["value"]
        found = NUMBER_AND_UNIT.match(typed)
        if found is None:
            raise ValidationError(NOT_A_NUMBER, code="invalid")
        number, unit = found.group(1).strip(), found.group(2).strip()
        if unit and _unit_key(unit) not in self.units:
            raise ValidationError(
                _("This indicator is measured in %(unit)s, not %(typed)s."),
                code="wrong_unit",
                params={"unit": self.indicator.unit, "typed": unit},
            )
        try:
            return plain_number(number)
        except ValueError:
            raise ValidationError(NOT_A_NUMBER, code="invalid") from None


class IndicatorValuesFormSet(RowsFormSet):
    delete_label = _("Remove this value")
    row_label = _("Value %(number)s")

    def clean(self):
        super().clean()
        seen = set()
        for form in self.kept_forms():
            year = form.cleaned_data.get("year")
            if year is None:
                continue
            if year in seen:
                form.add_error(
                    "year",
                    _("%(year)s is given twice. Keep one value a year.") % {"year": year},
                )
            seen.add(year)

    def values(self):
        rows = sorted(self.kept_forms(), key=lambda form: form.cleaned_data["year"])
        return [
            IndicatorValue(
                year=form.cleaned_data["year"],
                date=form.cleaned_data.get("date"),
                value=form.cleaned_data["value"],
                source=form.cleaned_data.get("source", ""),
                note=form.cleaned_data.get("note", ""),
                sort_order=number,
            )
            for number, form in enumerate(rows)
        ]


IndicatorValues = forms.formset_factory(
    IndicatorValueForm,
    formset=IndicatorValuesFormSet,
    extra=3,
    can_delete=True,
    can_delete_extra=False,
    max_num=200,
    validate_max=True,
)


def values_formset(series, indicator, units, data=None):
    initial = [
        {
            "year": value.year,
            "date": value.date,
            "value": display_number(value.value),
            "source": value.source,
            "note": value.note,
        }
        for value in sorted(series.values.all(), key=lambda value: value.year)
    ]
    return IndicatorValues(
        data,
        initial=initial,
        prefix="values",
        form_kwargs={"indicator": indicator, "units": units},
    )


# --- 5 Elements assessments ----------------------------------------------------------------------


def _element_fields():
    names = []
    for key, _name in choices.ELEMENTS:
        names += [key, f"{key}_evidence"]
    return names


class AssessmentForm(forms.ModelForm):
    document_upload = forms.FileField(
        label=_("Supporting document"),
        required=False,
        widget=forms.FileInput(attrs={"accept": DOCUMENT_TYPES}),
    )
    remove_document = forms.BooleanField(label=_("Remove the document"), required=False)

    class Meta:
        model = Assessment
        fields = ["date", *_element_fields()]
        widgets = {
            "date": date_widget(),
            **{key: forms.RadioSelect for key, _name in choices.ELEMENTS},
            **{
                f"{key}_evidence": forms.Textarea(attrs={"rows": 2})
                for key, _name in choices.ELEMENTS
            },
        }
        help_texts = {
            "date": _("When the partnership scored itself."),
            **ELEMENT_MEANINGS,
            **{
                f"{key}_evidence": _("What shows it: a sentence or two.")
                for key, _name in choices.ELEMENTS
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document_upload"].help_text = _(
            "A PDF, DOCX or ODT file, at most %(size)s: minutes, a report, a workshop's results. "
            "It becomes public when a moderator approves the assessment."
        ) % {"size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)}
        for key, name in choices.ELEMENTS:
            self.fields[key].choices = ELEMENT_SCORES
            self.fields[key].label = name
        _mark_language(
            self, [f"{key}_evidence" for key, _n in choices.ELEMENTS], self.instance.language
        )
        if not self.instance.document_id:
            del self.fields["remove_document"]

    def clean_document_upload(self):
        upload = self.cleaned_data.get("document_upload")
        if not upload:
            return None
        extension = os.path.splitext(upload.name)[1][1:].lower()
        if extension not in DOCUMENT_EXTENSIONS:
            raise ValidationError(_("Upload a PDF, DOCX or ODT file."))
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("This file is larger than %(size)s.")
                % {"size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)}
            )
        validate_document_content(upload)
        return upload


# --- Funding offers ------------------------------------------------------------------------------


class FundingOfferForm(forms.ModelForm):
    link = forms.URLField(
        label=capfirst(FundingOffer._meta.get_field("link").verbose_name),
        required=False,
        assume_scheme="https",
        help_text=_("A page where landscapes read how to apply."),
    )
    ticket_min = amount_field(FundingOffer, "ticket_min")
    ticket_max = amount_field(FundingOffer, "ticket_max")
    currency = currency_field(FundingOffer, "currency")

    class Meta:
        model = FundingOffer
        fields = [
            "title",
            "description",
            "is_open",
            "link",
            "themes",
            "regions",
            "returns",
            "instruments",
            "ticket_min",
            "ticket_max",
            "currency",
        ]
        widgets = {
            "description": forms.Textarea(attrs=TEXT_AREA),
            "themes": SearchableSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer = self.instance
        self.fields["title"].label = _("Name of the offer")
        self.fields["ticket_min"].help_text = _(
            "The smallest amount you give at a time, if there is one."
        )
        self.fields["ticket_max"].help_text = _(
            "The largest amount you give at a time, if there is one."
        )
        self.fields["themes"].queryset = _with_current(
            Theme.objects.filter(locale=_locale(offer.language)), _ids(offer.themes.all())
        ).order_by("name")
        _offer_currencies(self)
        _mark_language(self, ["title", "description"], offer.language)

    def apply_to(self, offer):
        offer.themes = list(self.cleaned_data["themes"])
        return offer


def error_summary(form=None, *formsets):
    """[(anchor, message)] of every error, for the summary at the top of a form page."""
    found = []

    def of_form(one, prefix=""):
        for name, errors in one.errors.items():
            if name == "__all__":
                found.extend(("", f"{prefix}{error}") for error in errors)
                continue
            field = one[name]
            for error in errors:
                found.append((field.auto_id, f"{prefix}{field.label}: {error}"))

    if form is not None:
        of_form(form)
    for formset in formsets:
        found.extend(("", error) for error in formset.non_form_errors())
        for number, row in enumerate(formset.forms, start=1):
            if row.errors:
                prefix = f"{formset.row_label % {'number': number}} · "  # "Value 2 · Year: …"
                of_form(row, prefix)
    return found
