from .stories import StoryIndexPage, StoryPage

__all__ = ["StoryIndexPage", "StoryPage"]
