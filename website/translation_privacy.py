"""Privacy follows a page into every language.

A view restriction (login, groups, password) is set on one page, but a page's translations are
pages of their own: restricting the English landscape left its Spanish translation public, in
the sitemap, the API and search. Here a page's view restrictions are the source page's in every
language, as the fields that say who may see or reach a page are
(website/translation_overrides.py): every translation (the pages that share its translation_key,
aliases included) carries exactly the restrictions of the source, the page wagtail-localize
translates from (else the page in the default language, else the first made). When the source's
are set, changed (its groups too) or removed, the translations follow; a translation made later
(wagtail-localize copies the page) starts with them; a change made on a translation alone is put
back to the source's, so that nobody who may set privacy in one language's tree (translators)
opens, or closes, a page in another. Every filter that already asks about restrictions
(`.public()`, the serve check, the sitemap, the API, search) thus holds in every language, and
the admin shows the padlock on each.

The rows are real PageViewRestriction rows, so website.structure's cached list of private
sections moves with them (saving or deleting one moves the content version); the version is
moved once more after the commit, so that no request caches the list between a change and its
copies becoming visible."""

import threading

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save

_state = threading.local()


def _signature(restriction):
    return (
        restriction.restriction_type,
        restriction.password,
        frozenset(group.pk for group in restriction.groups.all()),
    )


def _restrictions_by_page(page_ids):
    from wagtail.models import PageViewRestriction

    by_page = {page_id: [] for page_id in page_ids}
    restrictions = PageViewRestriction.objects.filter(page_id__in=page_ids).order_by("pk")
    for restriction in restrictions.prefetch_related("groups"):
        by_page[restriction.page_id].append(restriction)
    return by_page


def _family(page_id):
    """The pages that translate `page_id` (itself included), and which of them is the source:
    the page that wagtail-localize first translated from, else the one in the default language,
    else the first made."""
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    key = Page.objects.filter(pk=page_id).values_list("translation_key", flat=True).first()
    family = list(
        Page.objects.filter(translation_key=key)
        .order_by("pk")
        .values_list("pk", "locale__language_code")
    )
    if not family:
        return [], None
    translated_from = (
        TranslationSource.objects.filter(object_id=key)
        .order_by("pk")
        .values_list("locale__language_code", flat=True)
        .first()
    )
    for language in (translated_from, settings.LANGUAGE_CODE):
        in_language = [pk for pk, code in family if code == language]
        if in_language:
            return [pk for pk, _code in family], in_language[0]
    return [pk for pk, _code in family], family[0][0]


def follow_source(page_id, add_only=False):
    """Give every page of `page_id`'s family exactly the source page's view restrictions (and
    drop duplicate rows on the source itself). With `add_only`, restrictions are only added,
    never lifted (for restrictions set before this rule). Returns whether anything changed."""
    from wagtail.models import PageViewRestriction

    page_ids, source = _family(page_id)
    if source is None:
        return False  # the page is gone
    by_page = _restrictions_by_page(page_ids)
    wanted = {}
    for restriction in by_page[source]:
        wanted.setdefault(_signature(restriction), restriction)
    changed = False
    _state.copying = True
    try:
        with transaction.atomic():
            for other_id, restrictions in by_page.items():
                kept = set()
                for restriction in restrictions:
                    signature = _signature(restriction)
                    if signature in wanted and signature not in kept:
                        kept.add(signature)
                    elif other_id == source or not add_only:
                        restriction.delete()
                        changed = True
                for signature, model in wanted.items():
                    if signature in kept:
                        continue
                    copy = PageViewRestriction.objects.create(
                        page_id=other_id,
                        restriction_type=model.restriction_type,
                        password=model.password,
                    )
                    copy.groups.set(signature[2])
                    changed = True
    finally:
        _state.copying = False
    if changed:
        from website.content_version import content_changed

        transaction.on_commit(content_changed)
    return changed


def follow_sources_everywhere(**kwargs):
    """After every migrate: restrictions set before privacy followed translations are copied to
    them (added only: a translation restricted on its own stays so). Idempotent, and as fast as
    there are restricted pages."""
    from wagtail.models import PageViewRestriction

    page_ids = PageViewRestriction.objects.order_by("pk").values_list("page_id", flat=True)
    return sum(follow_source(page_id, add_only=True) for page_id in dict.fromkeys(page_ids))


def _copying():
    return getattr(_state, "copying", False)


def restriction_saved(instance, raw=False, **kwargs):
    if not raw and not _copying():
        follow_source(instance.page_id)


def restriction_deleted(instance, origin=None, **kwargs):
    """A restriction removed on its own (not with its page) follows the source: deleting the
    English page must not open its Spanish translation."""
    from wagtail.models import PageViewRestriction

    if _copying():
        return
    direct = isinstance(origin, PageViewRestriction) or (
        isinstance(origin, QuerySet) and origin.model is PageViewRestriction
    )
    if direct:
        follow_source(instance.page_id)


def restriction_groups_changed(instance, action, reverse, pk_set, **kwargs):
    from wagtail.models import PageViewRestriction

    if _copying() or action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        follow_source(instance.page_id)
    elif pk_set:  # a group added to (or taken from) restrictions from the group's side
        for page_id in set(
            PageViewRestriction.objects.filter(pk__in=pk_set).values_list("page_id", flat=True)
        ):
            follow_source(page_id)


def page_created(instance, created=False, raw=False, **kwargs):
    """A new translation (or alias in another language) starts with its source's restrictions."""
    from wagtail.models import Page, PageViewRestriction

    if not created or raw or _copying() or not isinstance(instance, Page):
        return
    family = PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
    if family.exists():
        # Added only: the new page may itself become the source (a page first written in
        # Spanish, translated into the default language), and must not open its family.
        follow_source(instance.pk, add_only=True)


def install():
    from wagtail.models import PageViewRestriction

    post_save.connect(
        restriction_saved, sender=PageViewRestriction, dispatch_uid="privacy-follows-saved"
    )
    post_delete.connect(
        restriction_deleted, sender=PageViewRestriction, dispatch_uid="privacy-follows-deleted"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="privacy-follows-groups",
    )
    # Pages of any type, hence no sender.
    post_save.connect(page_created, dispatch_uid="privacy-follows-new-translation")
