from django import template
from django.utils.translation import get_language

from website.structure import locale_id, section_page

register = template.Library()


@register.inclusion_tag("stories/includes/featured_stories.html", takes_context=True)
def featured_stories(context, limit=3):
    """The home page's featured stories in the visitor's language (newest first)."""
    from stories.models import StoryIndexPage, StoryPage

    language = get_language()
    stories = (
        StoryPage.objects.live()
        .public()
        .filter(locale_id=locale_id(language))
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions", "themes")
        .order_by("-featured", "-publication_date")[:limit]
    )
    index = section_page(StoryIndexPage, language)
    return {"request": context["request"], "stories": stories, "index": index}


@register.inclusion_tag("stories/includes/landscape_stories.html")
def landscape_stories(landscape):
    """The stories told of a landscape, on its page."""
    from stories.models import StoryPage

    stories = (
        StoryPage.objects.live()
        .public()
        .filter(locale_id=landscape.locale_id, landscape__translation_key=landscape.translation_key)
        .order_by("-publication_date")
    )
    return {"stories": stories}
