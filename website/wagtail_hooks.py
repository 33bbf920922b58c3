from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website import translation_overrides, translation_queue, view_restrictions
from website.models import EcosystemType, NavigationMenu, SustainableDevelopmentGoal, Theme

# Private pages and documents open only to the "logged-in users" README names: before Wagtail's
# own checks, which ask only whether a session is signed in.
hooks.register("before_serve_page", view_restrictions.require_verified_sign_in_for_page)
hooks.register("before_serve_document", view_restrictions.require_verified_sign_in_for_document)
# A translation's alias becomes an ordinary page only for who may edit its source.
hooks.register("before_convert_alias_page", translation_overrides.refuse_detaching_alias)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class EcosystemTypeViewSet(SnippetViewSet):
    model = EcosystemType
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SustainableDevelopmentGoalViewSet(SnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "globe"
    list_display = ["number", "name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = [ThemeViewSet, EcosystemTypeViewSet, SustainableDevelopmentGoalViewSet]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["place", "locale"]


register_snippet(TaxonomyGroup)
register_snippet(NavigationMenuViewSet)


# --- Translation: what awaits each language (website/translation_queue.py) ---------------------


@hooks.register("register_admin_urls")
def register_translation_queue_url():
    return [
        path(
            "to-translate/",
            translation_queue.TranslationQueueView.as_view(),
            name="translation_queue",
        ),
        path(
            "to-translate/<int:page_id>/",
            translation_queue.TranslatePageView.as_view(),
            name="translate_page",
        ),
        path(
            "to-translate/update/<int:translation_id>/",
            translation_queue.UpdateTranslationView.as_view(),
            name="update_translation",
        ),
    ]


class TranslationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(translation_queue.target_languages(request.user))


@hooks.register("register_admin_menu_item")
def register_translation_queue_menu_item():
    return TranslationQueueMenuItem(
        _("To translate"), reverse("translation_queue"), icon_name="globe", order=150
    )


@hooks.register("construct_homepage_panels")
def add_translation_queue_panel(request, panels):
    """Translators' dashboard leads with their queue; editors, who see the whole site, find it
    in the menu."""
    languages = translation_queue.target_languages(request.user)
    if languages and settings.LANGUAGE_CODE not in dict(languages):
        panels.insert(0, translation_queue.TranslationQueuePanel(languages))


@hooks.register("construct_admin_api")
def let_translators_read_source_pages(router):
    router.register_endpoint("pages", translation_queue.SourcePagesForTranslators)
