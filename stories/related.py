from django.db.models import Count, Q, Subquery
from wagtail.models import Page

from stories.models import StoryPage
from website.models import Theme
from website.structure import cached_structure

RELATED_STORIES = 3


def related_stories(story, limit=RELATED_STORIES):
    """Stories of the same landscape first, then those sharing themes, newest first; never the
    story itself. Which ones is worked out once per content version (at target scale, a third
    of an uncached story's time); their cards, with their images and themes, in three queries."""
    ids = cached_structure(
        f"related-stories:{story.pk}:{limit}", lambda: related_story_ids(story, limit)
    )
    cards = (
        StoryPage.objects.filter(pk__in=ids)
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions", "themes")
    )
    by_id = {card.pk: card for card in cards}
    return [by_id[pk] for pk in ids if pk in by_id]


def related_story_ids(story, limit):
    candidates = (
        StoryPage.objects.live()
        .public()
        .filter(locale_id=story.locale_id)
        .exclude(translation_key=story.translation_key)
    )
    # Conditions on ids, not on joined rows: the themes with these slugs in any language, the
    # landscape in any language (joining the themes and the landscapes' pages read every story
    # of every language before the language filter: 36 ms at 3,000 stories).
    themes = Theme.objects.filter(slug__in=[theme.slug for theme in story.themes.all()])
    shares_a_theme = Q(themes__in=themes.values("pk"))
    same_landscape = Q(pk__in=[])
    if story.landscape_id:
        landscape = Page.objects.filter(pk=story.landscape_id).values("translation_key")
        versions = Page.objects.filter(translation_key=Subquery(landscape)).values("pk")
        same_landscape = Q(landscape_id__in=versions)
    related = (
        candidates.filter(same_landscape | shares_a_theme)
        .annotate(
            same_landscape=Count("pk", filter=same_landscape, distinct=True),
            shared_themes=Count("themes", filter=shares_a_theme, distinct=True),
        )
        .order_by("-same_landscape", "-shared_themes", "-publication_date", "pk")
    )
    # Not values_list(): without a landscape, `same_landscape` filters on an empty list, and
    # Django then answers the ids alone with no rows at all.
    return [page.pk for page in related.only("pk")[:limit]]
