"""Human languages (the ones people speak, not the site's interface languages), named in the
visitor's language through Babel's CLDR data."""

from babel import Locale, UnknownLocaleError
from django.utils.functional import lazy
from django.utils.translation import get_language

_ENGLISH = Locale("en")


def language_name(code):
    """`code`'s name in the active language, e.g. "am" → "amárico" for a Spanish visitor."""
    try:
        locale = Locale.parse((get_language() or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = _ENGLISH
    return locale.languages.get(code) or _ENGLISH.languages.get(code, code)


_lazy_language_name = lazy(language_name, str)

# Every ISO 639-1 language CLDR names; sorted by English name so that the admin list is stable.
SPOKEN_LANGUAGES = [
    (code, _lazy_language_name(code))
    for code, _name in sorted(
        ((code, name) for code, name in _ENGLISH.languages.items() if len(code) == 2),
        key=lambda item: item[1],
    )
]
