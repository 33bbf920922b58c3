import datetime

from website.feeds import FEED_LENGTH, IndexPageFeed


class LibraryFeed(IndexPageFeed):
    """One language's live resources, newest first."""

    def description(self):
        return self.index.intro or self.index.title

    def items(self):
        from library.models import ResourcePage

        return (
            ResourcePage.objects.live()
            .public()
            .child_of(self.index)
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.first_published_at or datetime.datetime.now(datetime.UTC)
