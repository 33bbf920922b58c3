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


def postgres_config(language_code):
    """Our text-search configuration for a language (its base code: "pt-br" → "pt")."""
    base = (language_code or "").split("-")[0].lower()
    return OUR_CONFIG_PREFIX + POSTGRES_CONFIGS.get(base, "simple")


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

# Articles that French and Catalan attach with an apostrophe ("l'eau", "d'arbres").
ELISION_ARTICLES = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "ca": ["d", "l", "m", "n", "s", "t"],
    "it": ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl"],
}


def engine_index_settings(language_code=None):
    """INDEX_SETTINGS for an OpenSearch/Elasticsearch index of one language's content (or, with
    no language, of every language: accent folding without stemming). The analyzer is the index's
    `default`, which every text field Wagtail maps uses; autocomplete keeps Wagtail's edge n-grams
    (which fold accents) and gets a folding analyzer for what is typed."""
    base = (language_code or "").split("-")[0].lower()
    filters = {}
    chain = ["lowercase"]
    if base in ELISION_ARTICLES:
        filters["site_elision"] = {
            "type": "elision",
            "articles_case": True,
            "articles": ELISION_ARTICLES[base],
        }
        chain.insert(0, "site_elision")
    if base in ENGINE_ANALYSIS:
        stemmer, stopwords = ENGINE_ANALYSIS[base]
        filters["site_stop"] = {"type": "stop", "stopwords": stopwords, "ignore_case": True}
        filters["site_stemmer"] = {"type": "stemmer", "language": stemmer}
        # Folding first, as in PostgreSQL's configurations (see the search migration): the
        # accented stop words ("été") then stay searchable, as they are there.
        chain += ["asciifolding", "site_stop", "site_stemmer"]
    else:
        chain.append("asciifolding")
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
