from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F, Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy, register_permission_policy

from network.contact_admin import ContactMessageViewSet
from network.models import (
    Claim,
    ClaimStatus,
    ExpertPage,
    LandscapePage,
    TeamMembership,
    TeamRole,
)
from network.models.experts import PROFILE_STALE_AFTER
from website.admin_views import TitledAdminView
from website.formats import collation_key


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")


class TeamMembershipForm(WagtailAdminModelForm):
    """An editor's change to a membership keeps the team's rule: a page keeps a coordinator."""

    class Meta:
        model = TeamMembership
        fields = ["role", "shown_on_page"]

    def clean_role(self):
        role = self.cleaned_data["role"]
        member = self.instance
        if member.pk and member.is_coordinator and role != TeamRole.COORDINATOR:
            others = TeamMembership.objects.filter(
                translation_key=member.translation_key, role=TeamRole.COORDINATOR
            ).exclude(pk=member.pk)
            if not others.exists():
                raise ValidationError(
                    _(
                        "A page always keeps at least one coordinator. Make someone else a "
                        "coordinator first."
                    )
                )
        return role


class ChangeOnly(ModelPermissionPolicy):
    """Memberships are viewed and changed in the admin, never added or deleted there."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)


class TeamMembershipViewSet(ModelViewSet):
    """Every team's members, for editors to step in: change a role, hide someone from a page.
    People join teams through invitations and claims, and leave through the workspace (which
    keeps a coordinator on every page), not here: no add, no delete."""

    model = TeamMembership
    icon = "group"
    menu_label = _("Teams")
    menu_order = 331
    add_to_admin_menu = True
    list_display = ["page", "user", "role", "shown_on_page", "joined_at"]
    list_filter = ["role", "shown_on_page"]
    search_fields = ["user__email", "page__title"]
    form_fields = ["role", "shown_on_page"]
    exclude_form_fields = None

    def get_form_class(self, for_update=False):
        return TeamMembershipForm


register_permission_policy(TeamMembership, ChangeOnly(TeamMembership))


@hooks.register("register_admin_viewset")
def register_team_memberships():
    return TeamMembershipViewSet("team_memberships")


def may_see_stale_profiles(user):
    """The report names every expert in every language: it is for those who may change every
    page (editors, superusers), not for anyone with "change" on some section (an institution's
    editors, translators)."""
    root = Page.get_first_root_node()
    return root is not None and page_permission_policy.user_has_permission_for_instance(
        user, "change", root
    )


class StaleProfilesView(PageReportView):
    """Expert profiles not confirmed as current for a year, oldest first: editors nudge them."""

    page_title = _("Profiles to confirm")
    header_icon = "user"
    index_url_name = "stale_profiles"
    index_results_url_name = "stale_profiles_results"
    list_export = [*PageReportView.list_export, "last_confirmed"]
    export_headings = {**PageReportView.export_headings, "last_confirmed": _("Last confirmed")}

    def dispatch(self, request, *args, **kwargs):
        if not may_see_stale_profiles(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        year_ago = timezone.localdate() - PROFILE_STALE_AFTER
        self.queryset = (
            ExpertPage.objects.live()
            .filter(Q(last_confirmed__isnull=True) | Q(last_confirmed__lt=year_ago))
            .select_related("locale")
            .order_by(F("last_confirmed").asc(nulls_first=True), "title")
        )
        return super().get_queryset()


@hooks.register("register_admin_urls")
def register_stale_profiles_urls():
    return [
        path("reports/stale-profiles/", StaleProfilesView.as_view(), name="stale_profiles"),
        path(
            "reports/stale-profiles/results/",
            StaleProfilesView.as_view(results_only=True),
            name="stale_profiles_results",
        ),
    ]


class StaleProfilesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_stale_profiles(request.user)


@hooks.register("register_reports_menu_item")
def register_stale_profiles_menu_item():
    return StaleProfilesMenuItem(
        _("Profiles to confirm"), reverse("stale_profiles"), icon_name="user", order=700
    )


@hooks.register("construct_image_chooser_queryset")
def hide_profile_photos_awaiting_review(images, request):
    """Nobody the private collection does not admit can see or pick an unapproved photo."""
    from network.profile_photos import hide_pending

    return hide_pending(images, request)


# --- Partnerships: claims to coordinate, and landscapes by completeness -------------------------


def may_decide_claims(user):
    """Editors (who may change every page) accept or refuse claims: becoming a coordinator is
    becoming the keeper of a page."""
    return may_see_stale_profiles(user)


class ClaimsView(TitledAdminView, TemplateView):
    """The queue of people asking to coordinate a landscape's page: accept or refuse each."""

    page_title = _("Claims to coordinate")
    header_icon = "group"
    template_name = "network/admin/claims.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_decide_claims(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claims = Claim.objects.select_related("page", "user", "decided_by")
        context["pending"] = claims.filter(status=ClaimStatus.PENDING).order_by("created_at")
        context["decided"] = claims.exclude(status=ClaimStatus.PENDING).order_by("-decided_at")[:20]
        return context

    def post(self, request, *args, **kwargs):
        from network import teams

        claim_id = request.POST.get("claim", "")
        claim = Claim.objects.filter(pk=int(claim_id)).first() if claim_id.isdigit() else None
        decision = request.POST.get("decision")
        if claim is not None and decision in ("accept", "refuse"):
            decided = teams.decide(claim.pk, request.user, decision == "accept", request)
            if decided.decided_by_id != request.user.pk:  # another editor was first
                messages.warning(request, _("Another editor has already decided this request."))
            elif decision == "accept":
                messages.success(
                    request,
                    _("%(person)s now coordinates %(page)s; they have been told by e-mail.")
                    % {"person": claim.user.email, "page": claim.page.title},
                )
            else:
                messages.success(
                    request,
                    _("The request of %(person)s is refused; they have been told by e-mail.")
                    % {"person": claim.user.email},
                )
        return redirect("partnership_claims")


class CompletenessView(TitledAdminView, TemplateView):
    """Every landscape's page in a language, least complete first, with what it lacks and its
    coordinators: editors see where to help. It reads the pages as stored (the live version, or
    a proposal as it was made), not drafts in progress: one query whatever their number."""

    page_title = _("Landscapes by completeness")
    header_icon = "doc-full"
    template_name = "network/admin/completeness.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_stale_profiles(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from network import completeness

        context = super().get_context_data(**kwargs)
        language = self.request.GET.get("language")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        pages = (
            LandscapePage.objects.filter(locale__language_code=language)
            .select_related("locale")
            .prefetch_related("partners")
        )
        coordinators = {}
        for member in TeamMembership.objects.filter(role=TeamRole.COORDINATOR).select_related(
            "user"
        ):
            coordinators.setdefault(member.translation_key, []).append(member.user.email)
        rows = []
        for page in pages:
            missing = completeness.missing(page)
            rows.append(
                {
                    "page": page,
                    "missing": [label for _section, label in missing],
                    "share": completeness.share(page, missing),
                    "coordinators": coordinators.get(page.translation_key, []),
                }
            )
        rows.sort(key=lambda row: (row["share"], collation_key(row["page"].title)))
        context.update({"rows": rows, "languages": settings.LANGUAGES, "language": language})
        return context


@hooks.register("register_admin_urls")
def register_partnership_urls():
    from network.terraso_admin import TerrasoImportView

    return [
        path("terraso/import/", TerrasoImportView.as_view(), name="terraso_import"),
        path("partnerships/claims/", ClaimsView.as_view(), name="partnership_claims"),
        path(
            "reports/landscape-completeness/",
            CompletenessView.as_view(),
            name="landscape_completeness",
        ),
    ]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_stale_profiles(request.user)


@hooks.register("register_admin_menu_item")
def register_claims_menu_item():
    return EditorsMenuItem(
        _("Claims to coordinate"), reverse("partnership_claims"), icon_name="group", order=330
    )


class TerrasoImportMenuItem(MenuItem):
    def is_shown(self, request):
        from network.terraso_import import may_import

        return may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_terraso_import_menu_item():
    return TerrasoImportMenuItem(
        _("Import from Terraso"), reverse("terraso_import"), icon_name="download", order=335
    )


@hooks.register("register_reports_menu_item")
def register_completeness_menu_item():
    return EditorsMenuItem(
        _("Landscapes by completeness"),
        reverse("landscape_completeness"),
        icon_name="doc-full",
        order=710,
    )


# --- A landscape's boundary and its countries (network/country_outlines.py) ---------------------


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_a_misplaced_boundary(request, page):
    from network.country_outlines import warn_if_misplaced

    if isinstance(page.specific, LandscapePage):
        warn_if_misplaced(request, page.specific)
