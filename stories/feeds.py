import datetime

from website.feeds import FEED_LENGTH, IndexPageFeed


class StoriesFeed(IndexPageFeed):
    """One language's live stories, newest first."""

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

    def item_description(self, item):
        return item.standfirst

    def item_pubdate(self, item):
        # The story's own date (a story can be published here after it happened), at midnight.
        return datetime.datetime.combine(
            item.publication_date, datetime.time(), tzinfo=datetime.UTC
        )
