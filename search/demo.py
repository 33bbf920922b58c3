"""Demo editors' picks, so that the search page shows promoted results and suggested searches.
Idempotent: a pick that exists is left as it is."""

from django.conf import settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from learning.models import CoursePage, LearningIndexPage
from network.models import LandscapeIndexPage

PICKS = [
    # (search term, the page it promotes, what the editor says about it)
    ("agroforestry", CoursePage, "agrofor", "The network's course on trees in farming systems."),
    ("training", LearningIndexPage, "", "Every course of the learning network."),
    ("map", LandscapeIndexPage, "", "Every landscape partnership, on a map."),
]


def load(stdout):
    created = 0
    for term, model, title_contains, description in PICKS:
        pages = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        page = pages.filter(title__icontains=title_contains).first() or pages.first()
        if page is None:
            continue
        _pick, was_created = SearchPromotion.objects.get_or_create(
            query=Query.get(term), page=page, defaults={"description": description}
        )
        created += was_created
    stdout.write(f"Search: {created} editors' picks added.")
