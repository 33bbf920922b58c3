"""Which stemming each language is searched with.

PostgreSQL's text-search configurations and OpenSearch/Elasticsearch's stemmers are named by
language; content knows its language by its locale's ISO code. A language without a stemmer here
is still searched, only without stemming ("simple")."""

# ISO 639-1 code → PostgreSQL's built-in text-search configuration (PostgreSQL 13+).
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

# Our own configurations copy PostgreSQL's and fold accents first (unaccent), so that "foret"
# finds "forêt". The search app's migration creates one per entry above, plus "simple".
OUR_CONFIG_PREFIX = "tl_"


def base_language(language_code):
    """The base code of a content language ("pt-br" → "pt"), or "" for none."""
    return (language_code or "").split("-")[0].lower()


def postgres_config(language_code):
    """Our text-search configuration for a language (its base code: "pt-br" → "pt")."""
    return OUR_CONFIG_PREFIX + POSTGRES_CONFIGS.get(base_language(language_code), "simple")


def language_of_config(config):
    """The base language code whose stemming one of our configurations has ("tl_portuguese"
    → "pt"); None for "tl_simple" or no configuration."""
    name = (config or "").removeprefix(OUR_CONFIG_PREFIX)
    return next((code for code, each in POSTGRES_CONFIGS.items() if each == name), None)


# ISO 639-1 code → (stemmer, stop words) of OpenSearch/Elasticsearch's analysis-common module.
# Snowball stemmers, like PostgreSQL's, so that both backends find the same things
# ("restaurar" finds "restauramos"; the "light_" stemmers only fold plurals and genders).
ENGINE_ANALYSIS = {
    "ar": ("arabic", "_arabic_"),
    "ca": ("catalan", "_catalan_"),
    "da": ("danish", "_danish_"),
    "de": ("german", "_german_"),
    "el": ("greek", "_greek_"),
    "en": ("english", "_english_"),
    "es": ("spanish", "_spanish_"),
    "eu": ("basque", "_basque_"),
    "fi": ("finnish", "_finnish_"),
    "fr": ("french", "_french_"),
    "hi": ("hindi", "_hindi_"),
    "hu": ("hungarian", "_hungarian_"),
    "id": ("indonesian", "_indonesian_"),
    "it": ("italian", "_italian_"),
    "nb": ("norwegian", "_norwegian_"),
    "nl": ("dutch", "_dutch_"),
    "pt": ("portuguese", "_portuguese_"),
    "ro": ("romanian", "_romanian_"),
    "ru": ("russian", "_russian_"),
    "sv": ("swedish", "_swedish_"),
    "tr": ("turkish", "_turkish_"),
}

# ISO 639-1 code → plural endings that Snowball leaves apart from their singular once accents
# are folded, and the singular ending each becomes, for every backend (search.stemming says
# why). Only after at least MIN_STEM_LETTERS letters, so that short words ("pais", "mais",
# "leis") stay as they are.
SINGULAR_ENDINGS = {
    "es": [
        ("ciones", "cion"),  # restauraciones → restauracion, as "restauración" folds
        ("siones", "sion"),  # inversiones → inversion
    ],
    "pt": [
        ("oes", "ao"),  # regiões, ações → regiao, acao
        ("aes", "ao"),  # capitães → capitao
        ("ns", "m"),  # paisagens, jovens → paisagem, jovem
        ("ais", "al"),  # animais, reais → animal, real
        ("eis", "el"),  # papéis, níveis → papel, nivel
        ("ois", "ol"),  # anzóis → anzol
    ],
}
MIN_STEM_LETTERS = 2

# Articles that French and Catalan attach with an apostrophe ("l'eau", "d'arbres").
ELISION_ARTICLES = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "ca": ["d", "l", "m", "n", "s", "t"],
    "it": ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl"],
}


def _language_filters(base):
    """({name: definition}, names) of the filters that treat `base`'s words once lowercased and
    folded, in their order: elide articles, make the plurals singular, stem."""
    filters = {}
    if base in ELISION_ARTICLES:
        filters[f"site_elision_{base}"] = {
            "type": "elision",
            "articles_case": True,
            "articles": ELISION_ARTICLES[base],
        }
    for number, (plural, ending) in enumerate(SINGULAR_ENDINGS.get(base, [])):
        filters[f"site_singular_{base}_{number}"] = {
            "type": "pattern_replace",
            "pattern": f"^(\\w{{{MIN_STEM_LETTERS},}}){plural}$",
            "replacement": f"$1{ending}",
        }
    if base in ENGINE_ANALYSIS:
        filters[f"site_stemmer_{base}"] = {"type": "stemmer", "language": ENGINE_ANALYSIS[base][0]}
    return filters, list(filters)


def engine_index_settings(language_code=None, every_language=()):
    """INDEX_SETTINGS for an OpenSearch/Elasticsearch index of one language's content, or, with
    no language, of every language's (and of images and documents): there each word is kept
    folded and also as each of `every_language` (the site's language codes) would stem it, so
    that a word typed matches in any language, as the database's search across languages does.
    The analyzer is the index's `default`, which every text field Wagtail maps uses;
    autocomplete keeps Wagtail's edge n-grams (which fold accents) and gets a folding analyzer
    for what is typed.

    Folding comes first, as in PostgreSQL's configurations (see the search migration): the
    accented stop words ("été") then stay searchable, as they are there. Then the plurals that
    Snowball misses once folded become singular, as search.stemming does."""
    chain = ["lowercase", "asciifolding"]
    if language_code is None:
        filters, branches = {}, []
        for base in dict.fromkeys(base_language(code) for code in every_language):
            language_filters, names = _language_filters(base)
            if names:
                filters.update(language_filters)
                branches.append(", ".join(names))
        if branches:
            filters["site_every_language"] = {
                "type": "multiplexer",
                "filters": branches,
                "preserve_original": True,
            }
            chain += ["site_every_language", "remove_duplicates"]
    else:
        base = base_language(language_code)
        filters, names = _language_filters(base)
        if base in ENGINE_ANALYSIS:
            # Stop words go before the stemmer, which would change them.
            filters["site_stop"] = {
                "type": "stop",
                "stopwords": ENGINE_ANALYSIS[base][1],
                "ignore_case": True,
            }
            names.insert(len(names) - 1, "site_stop")
        chain += names
    analysis = {
        "analyzer": {
            "default": {"type": "custom", "tokenizer": "standard", "filter": chain},
            "site_folding": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
    }
    if filters:
        analysis["filter"] = filters
    return {"settings": {"analysis": analysis}}
