"""Test data for stories: an index under each language's home and stories with a body."""

import datetime
import itertools

from django.utils import timezone

from stories.models import StoryIndexPage, StoryPage
from website.factories import translate_page

_sequence = itertools.count(1)


def make_story_index(homes):
    index = homes["en"].add_child(instance=StoryIndexPage(title="Stories", slug="stories"))
    index.save_revision().publish()
    indexes = {"en": index}
    for language in homes:
        if language != "en":
            indexes[language] = translate_page(index, language, {"stories": "stories"})
    return indexes


def chapter(title, place, latitude, longitude, zoom=8, text="<p>What happened here.</p>"):
    return (
        "map_chapter",
        {
            "title": title,
            "place_name": place,
            "latitude": latitude,
            "longitude": longitude,
            "zoom": zoom,
            "text": text,
        },
    )


def make_story(index, themes=(), days_ago=0, body=None, **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Story {number}")
    fields.setdefault("slug", f"story-{number}")
    fields.setdefault("standfirst", f"What story {number} tells.")
    fields.setdefault("publication_date", timezone.localdate() - datetime.timedelta(days=days_ago))
    page = StoryPage(
        locale=index.locale,
        body=body if body is not None else [("paragraph", "<p>Words of the story.</p>")],
        **fields,
    )
    page.themes = list(themes)
    page = index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
