from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website import translation_overrides, view_restrictions
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
