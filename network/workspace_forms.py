"""The forms coordinators fill in at /my-landscapes/ and /my-organisations/: a page's fields in
sections, friendlier than the admin. Each form puts what was typed onto a draft copy of the page
(`apply_to`); the view stores it as a revision."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from network import choices, geometry
from network.models import LandscapePage, OrganisationPage, TeamRole
from network.paragraphs import (
    description_text,
    paragraphs_to_text,
    text_to_paragraphs,
    with_paragraphs,
)
from network.profile_forms import paragraphs_field, photo_field
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme
from website.widgets import SearchableSelectMultiple

TEXT_AREA = {"rows": 5}


class WebAddressField(forms.URLField):
    """A model's web address in a workspace form (Meta.field_classes): typed without a scheme
    ("www.example.org"), it is saved as https, as the admin and the site's other forms save it."""

    def __init__(self, **kwargs):
        super().__init__(assume_scheme="https", **kwargs)


class SectionForm(forms.ModelForm):
    """A ModelForm on a draft of the page; many-to-many values are put on as lists."""

    many_to_many = ()

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale or self.instance.locale

    def apply_to(self, page):
        for name in self.Meta.fields:
            value = self.cleaned_data[name]
            setattr(page, name, list(value) if name in self.many_to_many else value)
        return page


class LandscapeProfileForm(SectionForm):
    description_text = paragraphs_field(_("Description"), rows=10)
    many_to_many = ("themes", "ecosystem_types", "sdgs")

    class Meta:
        model = LandscapePage
        fields = [
            "title",
            "summary",
            "countries",
            "region",
            "area_types",
            "population",
            "partnership_status",
            "partnership_year",
            "themes",
            "ecosystem_types",
            "sdgs",
            "support_sought",
            "website",
            "contact_email",
        ]
        labels = {"title": _("Name of the landscape")}
        field_classes = {"website": WebAddressField}
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            # Checkboxes, not a multiple select that drops every choice on a plain click; a long
            # list (countries) is searched (website/widgets.py).
            "countries": SearchableSelectMultiple,
            "themes": SearchableSelectMultiple,
            "ecosystem_types": SearchableSelectMultiple,
            "sdgs": SearchableSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].max_length = 120
        self.fields["themes"].queryset = Theme.objects.filter(locale=self.locale).order_by("name")
        self.fields["ecosystem_types"].queryset = EcosystemType.objects.filter(
            locale=self.locale
        ).order_by("name")
        self.fields["sdgs"].queryset = SustainableDevelopmentGoal.objects.filter(
            locale=self.locale
        ).order_by("number")
        self.fields["contact_email"].help_text = _(
            "Messages from the page's contact form go here and to every coordinator. It is never "
            "shown on the site."
        )
        self.initial.setdefault("description_text", description_text(self.instance.description))

    def apply_to(self, page):
        super().apply_to(page)
        # Rewritten only when the text changed: the plain text area cannot hold the links, bold
        # and lists an editor may have put in, which an unrelated save must not strip.
        if "description_text" in self.changed_data:
            page.description = with_paragraphs(
                page.description, self.cleaned_data["description_text"]
            )
        return page


class LandscapeImageForm(SectionForm):
    image_upload = photo_field(
        _("Image"),
        _(
            "A photo of the landscape: JPEG, PNG or WebP, at most 5 MB. It becomes public when a "
            "moderator approves the page."
        ),
    )

    class Meta:
        model = LandscapePage
        fields = ["image_description"]
        help_texts = {
            "image_description": _(
                "What the image shows, for people who cannot see it (its alternative text)."
            )
        }

    def clean(self):
        data = super().clean()
        has_image = data.get("image_upload") or self.instance.image_id
        if has_image and not data.get("image_description"):
            self.add_error(
                "image_description", _("Please describe the image for people who cannot see it.")
            )
        return data


class BoundaryForm(forms.Form):
    """A boundary drawn on the map (or pasted as GeoJSON), uploaded as a file, or a pin when the
    boundary is not known. A file wins over the map, the map over the pin."""

    boundary = forms.CharField(
        label=_("Boundary"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Draw the boundary on the map, or paste it as GeoJSON (longitude before latitude)."
        ),
    )
    boundary_file = forms.FileField(
        label=_("Or upload a file"),
        required=False,
        help_text=_(
            "GeoJSON, KML, KMZ, GPX, or a shapefile zipped with its .prj, at most 10 MB. It "
            "replaces the boundary above."
        ),
    )
    pin_latitude = forms.FloatField(
        label=_("Latitude of a pin"),
        required=False,
        help_text=_("When the boundary is not known: a point in the landscape, e.g. -0.52."),
    )
    pin_longitude = forms.FloatField(
        label=_("Longitude of a pin"), required=False, help_text=_("For example 35.6.")
    )

    def __init__(self, *args, instance, tile_url="", attribution="", **kwargs):
        super().__init__(*args, **kwargs)
        from network import boundary_files
        from network.widgets import BoundaryWidget

        self.instance = instance
        # The site's map tiles where it has them (the public pages' policy allows their host).
        self.fields["boundary"].widget = BoundaryWidget(
            tile_url=tile_url,
            attribution=attribution,
            centre=(
                (instance.centre_latitude, instance.centre_longitude)
                if instance.has_location
                else None
            ),
        )
        self.fields["boundary_file"].widget.attrs["accept"] = boundary_files.ACCEPT
        if instance.boundary:
            self.initial.setdefault("boundary", instance.boundary)
        elif instance.has_location:
            self.initial.setdefault("pin_latitude", instance.centre_latitude)
            self.initial.setdefault("pin_longitude", instance.centre_longitude)

    def clean_pin_latitude(self):
        value = self.cleaned_data["pin_latitude"]
        if value is not None and not -90 <= value <= 90:
            raise ValidationError(_("A latitude is between -90 and 90."))
        return value

    def clean_pin_longitude(self):
        value = self.cleaned_data["pin_longitude"]
        if value is not None and not -180 <= value <= 180:
            raise ValidationError(_("A longitude is between -180 and 180."))
        return value

    def clean(self):
        from network import boundary_files

        data = super().clean()
        if self.errors:
            return data
        upload = data.get("boundary_file")
        text = (data.get("boundary") or "").strip()
        shape = None
        try:
            if upload:
                shape = geometry.parse_boundary(boundary_files.read_boundary_file(upload))
            elif text:
                shape = geometry.parse_boundary(_json(text))
            if shape is not None:
                boundary_files.check_vertices([shape])
        except ValidationError as error:
            self.add_error("boundary_file" if upload else "boundary", error)
            return data
        data["shape"] = shape
        latitude, longitude = data.get("pin_latitude"), data.get("pin_longitude")
        if shape is None and (latitude is None) != (longitude is None):
            self.add_error(
                "pin_longitude" if longitude is None else "pin_latitude",
                _("Give both the latitude and the longitude of the pin."),
            )
        return data

    def apply_to(self, page):
        shape = self.cleaned_data["shape"]
        if shape is not None:
            page.boundary = geometry.to_geojson(shape)
        else:
            page.boundary = None
            page.area_hectares = None
            page.centre_latitude = self.cleaned_data.get("pin_latitude")
            page.centre_longitude = self.cleaned_data.get("pin_longitude")
        page.clean()  # the centre, area and overview outline follow the boundary
        return page


def _json(text):
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:  # broken, or nested deeper than Python goes
        raise ValidationError(
            _("The boundary is not valid GeoJSON. Draw it on the map or upload a file instead.")
        ) from error


class ElementsForm(SectionForm):
    class Meta:
        model = LandscapePage
        fields = LandscapePage.ELEMENT_FIELDS
        widgets = dict.fromkeys(LandscapePage.ELEMENT_FIELDS, forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.Meta.fields:
            field = self.fields[name]
            field.choices = [("", _("Not assessed")), *choices.ELEMENT_SCORES]
            field.label = field.label[:1].upper() + field.label[1:]


class StrategyForm(SectionForm):
    class Meta:
        model = LandscapePage
        fields = ["objectives", "main_challenges", "opportunities", "intervention_strategy"]
        widgets = {name: forms.Textarea(attrs=TEXT_AREA) for name in fields}


class ReturnsForm(SectionForm):
    class Meta:
        model = LandscapePage
        fields = [
            "return_inspiration",
            "return_social",
            "return_natural",
            "return_financial",
            "zone_natural",
            "zone_combined",
            "zone_economic",
        ]
        widgets = {name: forms.Textarea(attrs=TEXT_AREA) for name in fields}


class PartnerForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=OrganisationPage.objects.none(), required=False
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=[("", "---------"), *choices.PARTNER_ROLES], required=False
    )
    since_year = forms.IntegerField(
        label=_("Partner since"), required=False, min_value=1900, max_value=2100
    )

    def __init__(self, *args, locale, current=(), **kwargs):
        super().__init__(*args, **kwargs)
        # The organisations of the page's language, and those already its partners (in
        # another language, or unpublished since): saving must not drop one silently.
        offered = OrganisationPage.objects.live().public().filter(locale=locale)
        self.fields["organisation"].queryset = OrganisationPage.objects.filter(
            Q(pk__in=current) | Q(pk__in=offered)
        ).order_by("title")

    def clean(self):
        data = super().clean()
        if data.get("organisation") and not data.get("role"):
            self.add_error("role", _("Choose the organisation's role in the partnership."))
        return data


class BasePartnersFormSet(forms.BaseFormSet):
    def clean(self):
        seen = set()
        for form in self.forms:
            organisation = form.cleaned_data.get("organisation") if form.is_valid() else None
            if organisation is None:
                continue
            if organisation.pk in seen:
                form.add_error("organisation", _("This organisation is listed twice."))
            seen.add(organisation.pk)


PartnersFormSet = forms.formset_factory(
    PartnerForm, formset=BasePartnersFormSet, extra=3, max_num=50, validate_max=True
)


def partners_formset(page, data=None):
    from network.models import LandscapePartner

    initial = [
        {
            "organisation": partner.organisation_id,
            "role": partner.role,
            "since_year": partner.since_year,
        }
        for partner in page.partners.all()
    ]
    current = [partner.organisation_id for partner in page.partners.all()]
    formset = PartnersFormSet(
        data,
        initial=initial,
        prefix="partners",
        form_kwargs={"locale": page.locale, "current": current},
    )
    formset.model = LandscapePartner
    return formset


def apply_partners(formset, page):
    from network.models import LandscapePartner

    page.partners = [
        LandscapePartner(
            organisation=form.cleaned_data["organisation"],
            role=form.cleaned_data["role"],
            since_year=form.cleaned_data.get("since_year"),
            sort_order=number,
        )
        for number, form in enumerate(
            form for form in formset.forms if form.cleaned_data.get("organisation")
        )
    ]
    return page


class OrganisationProfileForm(SectionForm):
    description_text = paragraphs_field(_("Description"), rows=8)
    many_to_many = ("themes",)

    class Meta:
        model = OrganisationPage
        fields = [
            "title",
            "organisation_type",
            "summary",
            "countries",
            "themes",
            "website",
            "contact_email",
        ]
        labels = {"title": _("Name of the organisation")}
        field_classes = {"website": WebAddressField}
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "countries": SearchableSelectMultiple,
            "themes": SearchableSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].max_length = 120
        self.fields["themes"].queryset = Theme.objects.filter(locale=self.locale).order_by("name")
        self.initial.setdefault("description_text", paragraphs_to_text(self.instance.description))

    def apply_to(self, page):
        super().apply_to(page)
        if "description_text" in self.changed_data:  # see LandscapeProfileForm.apply_to
            page.description = text_to_paragraphs(self.cleaned_data["description_text"])
        return page


class LogoForm(SectionForm):
    image_upload = photo_field(
        _("Logo"),
        _("JPEG, PNG or WebP, at most 5 MB. It becomes public when a moderator approves the page."),
    )

    class Meta:
        model = OrganisationPage
        fields = []


class NewLandscapeForm(SectionForm):
    language = forms.ChoiceField(
        label=_("Language you write in"),
        choices=settings.LANGUAGES,
        help_text=_(
            "The landscape's page is written in this language; translators translate it into "
            "the site's other languages."
        ),
    )

    class Meta:
        model = LandscapePage
        fields = ["title", "summary", "region", "countries"]
        labels = {"title": _("Name of the landscape")}
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "countries": SearchableSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].max_length = 120

    def _post_clean(self):
        pass  # the page is checked once it has a place in the tree (the view's save)


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(
        label=_("Role"), choices=TeamRole.choices, initial=TeamRole.MEMBER, widget=forms.RadioSelect
    )


class ClaimForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should you keep this page?"),
        max_length=300,
        help_text=_("One line is enough, e.g. your role in the partnership or the organisation."),
    )
