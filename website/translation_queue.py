"""What awaits translation into each language, for the people who translate (translators,
editors): the way in to wagtail-localize's views for pages they cannot find in the explorer.

Translators hold page permissions only on the other languages' trees, so Wagtail's explorer and
admin search never show them a page of the default language. Here, for one language:

- new: live pages that have no version in that language yet, each offered once, in the version
  the directories stand in with (as network/untranslated.py: the default language's, else the
  first written: a landscape its coordinators wrote in Spanish awaits English and French);
- changed: translations whose source was published again after they were last brought up to
  date ("Sync translated pages");
- unpublished: translations in that language that are drafts or have changes not published.

Each list is one query for its rows and one for its count, whatever its size. Who may see the
queue is `may_translate()` (wagtail-localize's own permission to submit translations); into
which languages, `target_languages()`: those whose tree the person may change."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from website.admin_views import TitledAdminView
from website.structure import locale_id

STATES = {
    "new": _("Not yet translated"),
    "changed": _("Source changed"),
    "unpublished": _("Not published"),
}


def may_translate(user):
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


def target_languages(user):
    """[(code, name)] of the languages `user` translates into: those whose home page (and so
    whose tree) they may change, if they may translate at all."""
    if not may_translate(user):
        return []
    policy = PagePermissionPolicy()
    homes = {home.locale_id: home for home in Page.objects.filter(depth=2)}
    languages = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        home = homes.get(locale_id(code))
        if home is not None and policy.user_has_permission_for_instance(user, "change", home):
            languages.append((code, get_language_info(code)["name_translated"]))
    return languages


def _content_pages():
    """Pages under a language's home page: the root and the homes are the site's structure,
    translated when a language is added."""
    return Page.objects.filter(depth__gt=2)


def new_pages(language):
    """Live pages with no version at all in `language` (not even a draft), each once: its
    default-language version, else the first live one written. The most recently published
    first."""
    target = locale_id(language)
    default = locale_id(settings.LANGUAGE_CODE)
    versions = Page.objects.filter(translation_key=OuterRef("translation_key"))
    earlier = versions.live().filter(pk__lt=OuterRef("pk"))
    if target == default:
        offered = ~Exists(earlier)
    else:
        offered = Q(locale_id=default) | ~Exists(
            versions.live().filter(locale_id=default)
        ) & ~Exists(earlier)
    return (
        _content_pages()
        .live()
        .exclude(locale_id=target)
        .filter(~Exists(versions.filter(locale_id=target)), offered)
        .order_by(F("last_published_at").desc(nulls_last=True), "pk")
    )


def _translated_into(language):
    """Pages that wagtail-localize translates into `language` (their translation_key)."""
    return Translation.objects.filter(
        target_locale_id=locale_id(language), source__object_id=OuterRef("translation_key")
    )


def changed_translations(language):
    """Translations into `language` whose source page was published after the page in
    `language` (`target`) was last saved (by "Bring up to date", or by its translator): the
    longest waiting first. Each language is judged by its own page: bringing one language up
    to date leaves the others listed."""
    published = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    target = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=locale_id(language)
    )
    return (
        Translation.objects.filter(target_locale_id=locale_id(language), enabled=True)
        .annotate(
            source_published_at=Subquery(published.values("last_published_at")[:1]),
            target_id=Subquery(target.values("pk")[:1]),
            target_title=Subquery(target.values("title")[:1]),
            target_saved_at=Subquery(target.values("latest_revision_created_at")[:1]),
        )
        .filter(source_published_at__gt=F("target_saved_at"), target_id__isnull=False)
        .select_related("source", "source__specific_content_type")
        .order_by("source_published_at", "pk")
    )


def unpublished_pages(language):
    """Translations in `language` that are drafts or have changes waiting to be published."""
    return (
        _content_pages()
        .filter(locale_id=locale_id(language))
        .filter(Q(live=False) | Q(has_unpublished_changes=True))
        .filter(Exists(_translated_into(language)))
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "pk")
    )


def queue(language, state):
    """The rows of one list of the queue, as a queryset."""
    if state == "changed":
        return changed_translations(language)
    if state == "unpublished":
        return unpublished_pages(language).select_related("content_type", "locale")
    return new_pages(language).select_related("content_type", "locale")


def counts(language):
    """{state: number of rows} for `language`."""
    return {state: queue(language, state).count() for state in STATES}


class TranslationQueueView(TitledAdminView, TemplateView):
    """The queue for one language and one state, fifty rows a page, searchable by title; each
    row leads into wagtail-localize: translate, bring up to date, or finish and publish."""

    page_title = _("To translate")
    header_icon = "globe"
    template_name = "website/admin/translation_queue.html"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        self.languages = target_languages(request.user)
        if not self.languages:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def chosen_language(self):
        """The language asked for, else the admin's own language (a translator who reads the
        admin in French translates into French), else the first other than the default."""
        codes = [code for code, _name in self.languages]
        others = [code for code in codes if code != settings.LANGUAGE_CODE]
        for wanted in (self.request.GET.get("language"), get_language()):
            if wanted in codes and (wanted in others or wanted == self.request.GET.get("language")):
                return wanted
        return (others or codes)[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = self.chosen_language()
        state = self.request.GET.get("state")
        if state not in STATES:
            state = "new"
        query = self.request.GET.get("q", "").strip()[:100]
        rows = queue(language, state)
        if query:
            title = "source__object_repr" if state == "changed" else "title"
            rows = rows.filter(**{f"{title}__icontains": query})
        page = Paginator(rows, self.per_page).get_page(self.request.GET.get("p"))
        context.update(
            {
                "languages": self.languages,
                "language": language,
                "language_name": dict(self.languages)[language],
                "state": state,
                "query": query,
                "tabs": [
                    (key, label, total)
                    for (key, label), total in zip(
                        STATES.items(), counts(language).values(), strict=True
                    )
                ],
                "page_obj": page,
                "rows": [_row(item, state, language) for item in page.object_list],
            }
        )
        return context


def _row(item, state, language):
    """What the queue shows of one page or translation, and where its actions lead."""
    if state == "changed":
        source = item.source
        return {
            "title": item.target_title,
            "source_title": source.object_repr,
            "kind": source.specific_content_type.model_class()._meta.verbose_name,
            "written_in": _language_name(source.locale_id),
            "when": item.source_published_at,
            "update": reverse("update_translation", args=[item.pk]),
            "edit": reverse("wagtailadmin_pages:edit", args=[item.target_id]),
        }
    row = {
        "title": item.title,
        "kind": item.specific_class._meta.verbose_name if item.specific_class else "",
        "written_in": _language_name(item.locale_id),
    }
    if state == "unpublished":
        row.update(
            when=item.latest_revision_created_at,
            action=reverse("wagtailadmin_pages:edit", args=[item.pk]),
            action_label=_("Continue"),
        )
    else:
        row.update(
            when=item.last_published_at,
            translate=reverse("translate_page", args=[item.pk]),
            view=item.url,
        )
    return row


class TranslatePageView(View):
    """ "Translate" in the queue: creates the page's translation into one language (with
    wagtail-localize, as its "Translate this page" does, parents and linked pages included) and
    opens it in the translation editor. One step, and no way back into a tree the translator
    may not explore."""

    def post(self, request, page_id):
        language = request.POST.get("language")
        page = get_object_or_404(Page.objects.live().filter(depth__gt=2), pk=page_id).specific
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None or locale.pk == page.locale_id:
            raise PermissionDenied
        translator = language in dict(target_languages(request.user))
        if not translator and not keeps_and_may_translate(request.user, page, locale):
            raise PermissionDenied
        translation = page.get_translation_or_none(locale)
        if translation is None:
            with transaction.atomic():
                # Who translates only their own section's pages brings only those pages along,
                # not the pages and terms they link to elsewhere on the site.
                TranslationCreator(request.user, [locale]).create_translations(
                    page, include_related_objects=translator
                )
            translation = page.get_translation(locale)
            messages.success(
                request,
                _("Translate %(title)s here, then publish it.") % {"title": page.title},
            )
        return redirect("wagtailadmin_pages:edit", translation.pk)


class UpdateTranslationView(View):
    """ "Bring up to date" in the queue: the translation takes in what changed in its source
    (what is translated stays; new and changed text follows the source until translated) as a
    draft of this language's page only, and opens it to review and publish. Not
    wagtail-localize's "Sync translated pages", which may publish every language's."""

    def post(self, request, translation_id):
        translation = get_object_or_404(
            Translation.objects.select_related("source", "target_locale"), pk=translation_id
        )
        language = translation.target_locale.language_code
        if language not in dict(target_languages(request.user)):
            raise PermissionDenied
        with transaction.atomic():
            translation.source.update_from_db()
            translation.save_target(user=request.user, publish=False)
        target = translation.get_target_instance()
        messages.success(
            request,
            _("%(title)s is up to date with its source: translate what is new, then publish it.")
            % {"title": target.title},
        )
        return redirect("wagtailadmin_pages:edit", target.pk)


def keeps_and_may_translate(user, page, locale):
    """Whether `user`, who is not a translator, may translate `page` into `locale` because the
    page is theirs to keep (an institution's editors and its courses): they may change it, and
    add pages where its translation goes, under its parent's translation."""
    if not page.permissions_for_user(user).can_edit():
        return False
    parent = page.get_parent().get_translation_or_none(locale)
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def _language_name(locale_pk):
    """A content language's name in the admin's language, from its Locale's id."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if locale_id(code) == locale_pk:
            return get_language_info(code)["name_translated"]
    return ""


class TranslationQueuePanel(Component):
    """On the dashboard of whoever translates but does not keep the whole site (translators):
    how many pages await them in each language, and the way in."""

    name = "translation_queue"
    template_name = "website/admin/translation_queue_panel.html"
    order = 90  # above Wagtail's own panels: for a translator it is the day's work

    def __init__(self, languages):
        self.languages = languages

    def get_context_data(self, parent_context):
        url = reverse("translation_queue")
        return {
            "languages": [
                {
                    "name": name,
                    "counts": [
                        (label, total, f"{url}?{urlencode({'language': code, 'state': state})}")
                        for (state, label), total in zip(
                            STATES.items(), counts(code).values(), strict=True
                        )
                    ],
                }
                for code, name in self.languages
            ]
        }


class SourcePagesForTranslators(PagesAdminAPIViewSet):
    """The admin API's pages, plus, for those who translate, every live, public page, one at a
    time: the translation editor shows a linked page (a snippet's or a block's) by asking this
    API for it, and otherwise waits forever. Such pages are public anyway; drafts and private
    pages outside the translator's trees stay out. The listings (the explorer's menu) stay as
    they were: they lead to pages one may change."""

    def get_base_queryset(self):
        pages = super().get_base_queryset()
        if self.action != "detail_view" or not may_translate(self.request.user):
            return pages
        return pages | Page.objects.live().public().filter(depth__gt=1)
