from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

NEW_COURSES = 30


class NewCoursesFeed(Feed):
    """RSS 2.0 of the newest courses of one language's catalog."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("New courses: %(catalog)s") % {"catalog": self.index.title}

    def link(self):
        return self.index.url

    def description(self):
        return _("Courses newly published in the learning network.")

    def items(self):
        return self.index.live_courses().order_by("-first_published_at")[:NEW_COURSES]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_guid(self, item):
        return f"{item.translation_key}-{get_language()}"

    def item_guid_is_permalink(self, item):
        return False
