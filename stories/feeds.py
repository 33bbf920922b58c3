import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language

FEED_LENGTH = 30


class StoriesFeed(Feed):
    """RSS 2.0 of one language's live stories, newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return self.index.intro or self.index.title

    def items(self):
        from stories.models import StoryPage

        return (
            StoryPage.objects.live()
            .public()
            .child_of(self.index)
            .order_by("-publication_date", "-first_published_at")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # The story's own date (a story can be published here after it happened), at midnight.
        return datetime.datetime.combine(
            item.publication_date, datetime.time(), tzinfo=datetime.UTC
        )

    def item_guid(self, item):
        return f"{item.translation_key}-{get_language()}"

    def item_guid_is_permalink(self, item):
        return False
