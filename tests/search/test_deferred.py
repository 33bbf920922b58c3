"""Indexing deferred to the end of a batch of saves (search.deferred, the demo loader's): the
indexes see nothing during the batch, and after it hold each object as it was last saved."""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import ReferenceIndex

from network.factories import make_expert
from network.models import ExpertPage
from search.deferred import indexes_updated_at_the_end
from search.service import find
from tests.worlds import directory_site_world, shared_directory_site  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def found(search_index, words):
    search_index.refresh()
    return find(ExpertPage.objects.live(), words, language="en").ids


def referring_to(user):
    return {reference.object_id for reference in ReferenceIndex.get_references_to(user)}


def test_each_object_saved_is_indexed_once_as_it_was_last_saved(directory_site, search_index):
    index = directory_site["en"]["experts"]
    account = get_user_model().objects.create_user("terraces@example.org", "terraces@example.org")

    with indexes_updated_at_the_end():
        expert = make_expert(index, title="Dry stone walls", headline="Builds terraces")
        assert found(search_index, "terraces") == []
        expert.title = "Terrace builder"
        expert.account = account
        expert.save_revision().publish()
        assert found(search_index, "builder") == []
        assert referring_to(account) == set()

    assert found(search_index, "builder") == [expert.pk]
    assert found(search_index, "walls") == []  # the title it had first is gone
    assert referring_to(account) == {str(expert.pk)}

    # Outside the block, saves are indexed at once again.
    expert.title = "Hillside mason"
    expert.save_revision().publish()
    assert found(search_index, "mason") == [expert.pk]


def test_what_was_saved_before_a_failure_is_indexed_and_what_was_undone_is_not(
    directory_site, search_index
):
    index = directory_site["en"]["experts"]

    with pytest.raises(RuntimeError), indexes_updated_at_the_end():
        kept = make_expert(index, title="Terrace builder")
        with transaction.atomic():
            make_expert(index, title="Terrace mason")
            raise RuntimeError("the loader failed half-way")

    assert found(search_index, "terrace") == [kept.pk]
