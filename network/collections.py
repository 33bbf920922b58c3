"""The collections that hold what network members upload: found by name under the root (made
when missing), and, for what waits for review, restricted to Editors and Moderators, so that
Wagtail's document and image views refuse everyone else, the API leaves it out and the admin's
choosers hide it. Profile photos, assessments' documents and library submissions all use these.

Collections are found by name, so renaming one in the admin makes a new one on the next upload;
the restriction is put back on every upload."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction

from network.roles import EDITORS, MODERATORS


def child_collection(name):
    """Found or made under a lock: two first uploads at once would make two collections, so the
    second waits for the first. Atomic of its own, since Wagtail publishes a page (and so
    approves what it holds) outside any transaction."""
    with transaction.atomic():
        root = Collection.objects.select_for_update().get(pk=Collection.get_first_root_node().pk)
        collection = root.get_children().filter(name=name).first()
        return collection or root.add_child(instance=Collection(name=name))


@transaction.atomic
def reviewers_only_collection(name):
    """The collection `name`, which only Editors and Moderators may open."""
    collection = child_collection(name)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None or restriction.restriction_type != CollectionViewRestriction.GROUPS:
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.set(Group.objects.filter(name__in=[EDITORS, MODERATORS]))
    return collection
