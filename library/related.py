"""What a resource links to, as its page shows it: the visitor's version of each linked page,
live and public (website.localize), in a fixed number of queries."""

from website.localize import shown_pages


def linked_pages(resource):
    def shown(pages):
        return [page for page in shown_pages(pages) if page is not None]

    return {
        "expert_authors": resource.linked_authors["experts"],
        "organisation_authors": resource.linked_authors["organisations"],
        "landscapes": shown(resource.landscapes.all()),
        "courses": shown(resource.courses.all()),
        "stories": shown(resource.stories.all()),
    }
