"""The language of each object an index receives, without a query per object."""

from wagtail.models import Locale


def language_codes_by_locale_id():
    """{locale id: language code}: one small query per batch of objects to index."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of(obj, languages):
    """An object's language code, or None for things without a locale (images, documents)."""
    locale_id = getattr(obj, "locale_id", None)
    return languages.get(locale_id) if locale_id is not None else None
