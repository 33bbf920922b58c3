from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language

from website.addresses import absolute_url

FEED_LENGTH = 30


class IndexPageFeed(Feed):
    """RSS 2.0 of the pages under one language's index page (its `items()` says which).

    An item's guid is its translation key plus the language, the same however its URL changes.
    Every link is on the site's address (website/addresses.py), not the request's host."""

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
        return self.index.get_full_url(self.request)

    def feed_url(self):
        return absolute_url(self.request.path, self.request)

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_guid(self, item):
        return f"{item.translation_key}-{get_language()}"

    def item_guid_is_permalink(self, item):
        return False
