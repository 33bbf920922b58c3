from django.db.models import Count, Q

from stories.models import StoryPage

RELATED_STORIES = 3


def related_stories(story, limit=RELATED_STORIES):
    """Stories of the same landscape first, then those sharing themes, newest first; never the
    story itself. A fixed number of queries (the cards' images and themes fetched for all
    three), whatever the number of stories."""
    candidates = (
        StoryPage.objects.live()
        .public()
        .filter(locale_id=story.locale_id)
        .exclude(translation_key=story.translation_key)
    )
    theme_slugs = [theme.slug for theme in story.themes.all()]
    same_landscape = Q(pk__in=[])
    if story.landscape_id:
        same_landscape = Q(landscape__translation_key=story.landscape.translation_key)
    return list(
        candidates.filter(same_landscape | Q(themes__slug__in=theme_slugs))
        .annotate(
            same_landscape=Count("pk", filter=same_landscape, distinct=True),
            shared_themes=Count("themes", filter=Q(themes__slug__in=theme_slugs), distinct=True),
        )
        .order_by("-same_landscape", "-shared_themes", "-publication_date", "pk")
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions", "themes")[:limit]
    )
