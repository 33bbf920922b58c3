from django.utils.translation import gettext as _

from website.feeds import FEED_LENGTH, IndexPageFeed


class NewCoursesFeed(IndexPageFeed):
    """The newest courses of one language's catalog."""

    def title(self):
        return _("New courses: %(catalog)s") % {"catalog": self.index.title}

    def description(self):
        return _("Courses newly published in the learning network.")

    def items(self):
        return self.index.live_courses().order_by("-first_published_at")[:FEED_LENGTH]

    def item_description(self, item):
        return item.summary
