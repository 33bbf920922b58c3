"""Words as the search index keeps them, in one place for every backend.

Every backend folds accents ("foret" finds "forêt") and then stems with Snowball: PostgreSQL
and OpenSearch with their own, SQLite (which has none) with the Snowball that `stem_text` runs
here (PyStemmer, Snowball's own C build). Snowball's Spanish and Portuguese stemmers, though,
read accents: once they are folded, the older Snowball that PostgreSQL and OpenSearch ship stems
"restauración" to "restauracion" but "restauraciones" to "restaur", and none of them joins the
Portuguese plurals of -m, -ão, -al or -el ("paisagens", "regiões", "animais", "papéis") to their
singulars. So between folding and stemming, every backend first turns those plurals into their
singular (SINGULAR_ENDINGS): here for SQLite, here too for the text and the queries that reach
PostgreSQL (search.backends.database), and with the same rules as pattern filters in the
engines' analyzers (search.languages.engine_index_settings)."""

import re
import unicodedata
from functools import lru_cache

import Stemmer

from search.languages import (
    MIN_STEM_LETTERS,
    POSTGRES_CONFIGS,
    SINGULAR_ENDINGS,
    base_language,
)

_WORD = re.compile(r"\w+")


def fold(text):
    """`text` lowercased and without accents ("Forêt" → "foret"), as every index keeps it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=32)
def _singular_pattern(base):
    endings = SINGULAR_ENDINGS.get(base)
    if not endings:
        return None
    alternatives = "|".join(re.escape(plural) for plural, _singular in endings)
    return re.compile(rf"\b(\w{{{MIN_STEM_LETTERS},}}?)({alternatives})\b")


def singular_forms(folded_text, language_code):
    """`folded_text` with the plurals of SINGULAR_ENDINGS made singular ("paisagens" →
    "paisagem" in Portuguese); other languages' text as it is."""
    base = base_language(language_code)
    pattern = _singular_pattern(base)
    if pattern is None:
        return folded_text
    singular = dict(SINGULAR_ENDINGS[base])
    return pattern.sub(lambda match: match.group(1) + singular[match.group(2)], folded_text)


def prepared_text(text, language_code):
    """What PostgreSQL's text-search configuration of the language receives: folded, plurals
    of SINGULAR_ENDINGS made singular; PostgreSQL stems it."""
    return singular_forms(fold(text), language_code)


@lru_cache(maxsize=32)
def _stemmer(base):
    algorithm = POSTGRES_CONFIGS.get(base)
    if algorithm is None or algorithm not in Stemmer.algorithms():
        return None
    stemmer = Stemmer.Stemmer(algorithm)
    stemmer.maxCacheSize = 50_000  # the same words come back in every page
    return stemmer


def stem_text(text, language_code):
    """`text` with each word folded and stemmed the way of `language_code` ("Les prairies
    humides" → "le prair humid" in French); without a stemmer for it (None: images,
    documents), only folded. Words keep their places, so a phrase stays a phrase."""
    folded = prepared_text(text or "", language_code)
    stemmer = _stemmer(base_language(language_code))
    if stemmer is None:
        return folded
    return _WORD.sub(lambda match: stemmer.stemWord(match.group(0)), folded)
