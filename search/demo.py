"""Demo editors' picks, so that the search page shows promoted results and suggests searches in
every language. A pick belongs to the language of the page it promotes (search.site_search.
picks_in_language_q): each language's picks promote its version of the page, for a term of its
own that finds results there, described in its words. Idempotent: a pick that exists is left as
it is."""

from django.conf import settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from learning.models import CoursePage, LearningIndexPage
from network.models import LandscapeIndexPage

PICKS = [
    # (the page promoted, a word of its English title, {language: (search term, description)})
    (
        CoursePage,
        "agrofor",
        {
            "en": ("agroforestry", "The network's course on trees in farming systems."),
            "es": ("agroforestería", "El curso de la red sobre los árboles en los cultivos."),
            "fr": ("agroforesterie", "La formation du réseau sur les arbres dans les cultures."),
            "pt": ("agrofloresta", "O curso da rede sobre as árvores nas lavouras."),
        },
    ),
    (
        LearningIndexPage,
        "",
        {
            "en": ("training", "Every course of the learning network."),
            "es": ("cursos", "Todos los cursos de la red de aprendizaje."),
            "fr": ("formation", "Toutes les formations du réseau d’apprentissage."),
            "pt": ("cursos", "Todos os cursos da rede de aprendizagem."),
        },
    ),
    (
        LandscapeIndexPage,
        "",
        {
            "en": ("map", "Every landscape partnership, on a map."),
            "es": ("mapa", "Todas las alianzas de paisaje, en un mapa."),
            "fr": ("carte", "Tous les partenariats de paysage, sur une carte."),
            "pt": ("mapa", "Todas as parcerias de paisagem, em um mapa."),
        },
    ),
]


def load(stdout):
    created = 0
    for model, title_contains, by_language in PICKS:
        pages = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        page = pages.filter(title__icontains=title_contains).first() or pages.first()
        if page is None:
            continue
        versions = model.objects.live().filter(translation_key=page.translation_key)
        for version in versions.select_related("locale"):
            pick = by_language.get(version.locale.language_code)
            if pick is None:
                continue
            term, description = pick
            _pick, was_created = SearchPromotion.objects.get_or_create(
                query=Query.get(term), page=version, defaults={"description": description}
            )
            created += was_created
    stdout.write(f"Search: {created} editors' picks added.")
