"""Indexing deferred to the end of a long batch of saves (the demo loader).

Every save of an indexed object normally updates the search index and Wagtail's reference index
at once, one object at a time. Loading the demo saves each page three to five times over (made,
translated, revised, published), and those updates were a third of its time. Inside
`indexes_updated_at_the_end()` the saves are only noted; on leaving it each object saved is
indexed once, and the search index receives them in bulk, a model at a time, as `update_index`
sends them. What the indexes hold afterwards is what the saves one by one would have left."""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends_with_name
from modelsearch.index import class_is_indexed, get_indexed_instance, get_indexed_models
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

DISPATCH_UID = "search.deferred.indexes_updated_at_the_end"

logger = logging.getLogger(__name__)


class SavesNoted:
    """The objects saved, by kind: for the search index, its indexed form by model; for the
    reference index, (app label, model name, pk) in the order first saved."""

    def __init__(self):
        self.for_search = defaultdict(set)
        self.for_references = {}

    def note(self, sender, instance, raw=False, **kwargs):
        if raw:
            return
        if class_is_indexed(sender) and getattr(sender, "search_auto_update", True):
            indexed = get_indexed_instance(instance, check_exists=False)
            if indexed is not None:
                self.for_search[type(indexed)].add(indexed.pk)
        if sender in ReferenceIndex.tracked_models:
            key = (sender._meta.app_label, sender._meta.model_name, str(instance.pk))
            self.for_references[key] = None


#: Whether a block is noting saves already: one inside it leaves them to the outer one.
_deferring = False


@contextmanager
def indexes_updated_at_the_end():
    """Saves inside update the search and reference indexes once each, when the block ends
    (the outermost block, when one is inside another). Not for a web request: the signal
    handlers it swaps are global."""
    global _deferring
    if _deferring:
        yield
        return
    _deferring = True
    saves = SavesNoted()
    search_senders = [
        model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in search_senders:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    post_save.connect(saves.note, weak=False, dispatch_uid=DISPATCH_UID)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _deferring = False
        post_save.disconnect(dispatch_uid=DISPATCH_UID)
        for model in search_senders:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
        # Also when the block failed half-way: what it saved and committed before is indexed
        # (what was rolled back is no longer there to be). A loader run again skips what
        # exists, and would never index it.
        _update_search_index(saves.for_search)
        _update_reference_index(saves.for_references)


def _update_search_index(pks_by_model):
    for model, pks in pks_by_model.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks).order_by("pk"))
        if not objects:
            continue
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, objects)
            except Exception:
                # As a save one by one does (modelsearch.index.insert_or_update_object): an
                # engine that is down loses nothing saved, and `update_index` catches up later;
                # the database's own index fails with the transaction it is in.
                if not backend.catch_indexing_errors:
                    raise
                logger.exception("%s objects not indexed in the %r search backend", model, name)


def _update_reference_index(keys):
    for app_label, model_name, pk in keys:
        try:
            update_reference_index_task.call(app_label, model_name, pk)
        except ObjectDoesNotExist:  # saved, then deleted within the block
            continue
