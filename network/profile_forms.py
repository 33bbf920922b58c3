"""The form an expert fills in at /my-profile/: every profile field, friendlier than the admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

from network.models import ExpertPage, LandscapePage, OrganisationPage
from network.paragraphs import paragraphs_to_text, paragraphs_unless_unchanged
from website.models import Theme
from website.widgets import SearchableSelectMultiple

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
PHOTO_MAX_PIXELS = 40_000_000


def validate_photo(upload):
    """A real JPEG, PNG or WebP image (judged by its content, not its name), of sensible size."""
    if upload.size > PHOTO_MAX_BYTES:
        raise ValidationError(_("The photo is larger than 5 MB; please choose a smaller one."))
    try:
        with PILImage.open(upload) as picture:
            picture_format = picture.format
            width, height = picture.size
            picture.verify()
    except Exception as error:  # Pillow raises many kinds of errors for what is not an image
        raise ValidationError(_("This file is not an image we can read.")) from error
    finally:
        upload.seek(0)
    if picture_format not in PHOTO_FORMATS:
        raise ValidationError(_("Please upload a JPEG, PNG or WebP photo."))
    if width * height > PHOTO_MAX_PIXELS:
        raise ValidationError(_("The photo has too many pixels; please choose a smaller one."))


def photo_field(label, help_text):
    """An optional photo upload, checked by validate_photo; the browser offers only images."""
    return forms.FileField(
        label=label,
        required=False,
        validators=[validate_photo],
        help_text=help_text,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )


def paragraphs_field(label, rows, max_length=10000):
    """Plain paragraphs separated by an empty line (see text_to_paragraphs)."""
    return forms.CharField(
        label=label,
        required=False,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=_("A few paragraphs; leave an empty line between them."),
    )


class ExpertProfileForm(forms.ModelForm):
    photo_upload = photo_field(
        _("Photo"),
        _(
            "JPEG, PNG or WebP, at most 5 MB. It becomes public when a moderator approves your "
            "profile; a new photo replaces the one waiting for review."
        ),
    )
    biography_text = paragraphs_field(_("Biography"), rows=8, max_length=5000)
    skills_text = forms.CharField(
        label=_("Skills"),
        required=False,
        max_length=500,
        help_text=_("Separated by commas, for example: soil mapping, facilitation"),
    )
    links_text = forms.CharField(
        label=_("Links"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One a line: a label, a space, then the address."),
    )

    class Meta:
        model = ExpertPage
        fields = [
            "title",
            "headline",
            "organisation",
            "themes",
            "languages",
            "countries",
            "regions",
            "landscapes",
            "availability",
            "orcid",
            "contact_email",
        ]
        labels = {"title": _("Your name")}
        # Checkboxes, searched when the list is long (languages, countries; landscapes as the
        # network grows): website/widgets.py.
        widgets = {
            "themes": SearchableSelectMultiple,
            "languages": SearchableSelectMultiple,
            "countries": SearchableSelectMultiple,
            "landscapes": SearchableSelectMultiple,
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        # Choices in the profile's own language; relations point at those pages and terms.
        self.fields["organisation"].queryset = (
            OrganisationPage.objects.live().public().filter(locale=locale).order_by("title")
        )
        self.fields["landscapes"].queryset = (
            LandscapePage.objects.live().public().filter(locale=locale).order_by("title")
        )
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("name")
        self.fields["title"].max_length = 120
        instance = self.instance
        if instance.pk or instance.biography:
            self.initial.setdefault("biography_text", paragraphs_to_text(instance.biography))
            self.initial.setdefault(
                "skills_text", ", ".join(tag.name for tag in instance.skills.all())
            )
            self.initial.setdefault(
                "links_text",
                "\n".join(f"{link.value['label']} {link.value['url']}" for link in instance.links),
            )

    def clean_links_text(self):
        links = []
        url_field = forms.URLField(assume_scheme="https")
        for number, line in enumerate(self.cleaned_data["links_text"].splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            label, _space, address = line.rpartition(" ")
            try:
                address = url_field.clean(address)
            except ValidationError as error:
                raise ValidationError(
                    _("Line %(number)s does not end with a web address.") % {"number": number}
                ) from error
            links.append({"label": label.strip() or address, "url": address})
        return links

    def clean_skills_text(self):
        skills = [skill.strip() for skill in self.cleaned_data["skills_text"].split(",")]
        return [skill[:100] for skill in skills if skill][:30]

    def apply_to(self, page):
        """Put what the expert typed onto `page` (a draft copy of their profile)."""
        for name in self.Meta.fields:
            if name in ("themes", "landscapes"):
                setattr(page, name, list(self.cleaned_data[name]))
            else:
                setattr(page, name, self.cleaned_data[name])
        page.biography = paragraphs_unless_unchanged(
            page.biography, self.cleaned_data["biography_text"]
        )
        links = self.cleaned_data["links_text"]
        if [dict(link.value) for link in page.links] != links:  # unchanged links keep their ids
            page.links = [("link", link) for link in links]
        page.skills.set(self.cleaned_data["skills_text"])
        return page
