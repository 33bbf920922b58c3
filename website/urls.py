"""The composition root: the one place that wires every app's URLs. Public pages live under a
language prefix (i18n_patterns); `/` chooses the language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from learning import views as learning_views
from library import submissions as library_submissions
from network import accounts, self_service, workspace
from network import views as network_views
from progress import api as progress_api
from progress import views as progress_views
from progress import workspace as progress_workspace
from search import views as search_views
from website import lockout, media, translation_overrides, view_restrictions, views
from website.api import api_router
from website.sitemap import PageSitemap

# django-allauth's answer when its rate limits turn a request away (Django itself has no 429).
handler429 = "website.too_many_requests.account_rate_limited"


# Action and investment's records join the pages, images and documents of /api/v2/.
progress_api.register(api_router)


def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": PageSitemap(request)})


urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/v2/", api_router.urls),
    path("api/landscapes.geojson", network_views.landscapes_geojson, name="landscapes_geojson"),
    path(
        "basemap/<str:version>/<int:z>/<int:x>/<int:y>.png",
        network_views.basemap_tile,
        name="basemap_tile",
    ),
    path(
        "basemap/<str:version>/<int:z>/<int:x>/<int:y>@2x.png",
        network_views.basemap_tile,
        {"density": 2},
        name="basemap_tile_2x",
    ),
    path("django-admin/", admin.site.urls),
    # wagtail-localize's "Stop synced translation", before its URLs: only who may edit the
    # source page may detach a translation from it.
    path(
        "admin/localize/translate/<int:translation_id>/disable/",
        require_admin_access(translation_overrides.stop_translation),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's password form for documents, with the sign-in lockout's limit.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        view_restrictions.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    # Wagtail's document view, with its headers put right (website/media.py).
    re_path(r"^documents/(\d+)/(.*)$", media.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
]

# Uploaded images are served by website.media.MediaMiddleware (SERVE_MEDIA), in every
# environment with the same headers; documents by Wagtail's view above.
if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Wagtail's page serving catches everything else, so it comes last.
urlpatterns += i18n_patterns(
    path("accounts/unlock/<str:token>/", lockout.unlock_sign_in, name="account_unlock_sign_in"),
    path("accounts/", include("allauth.urls")),
    path("my-account/", accounts.my_account, name="my_account"),
    path("my-profile/", self_service.my_profile, name="my_profile"),
    path("my-profile/confirm/", self_service.confirm_current, name="my_profile_confirm"),
    path("my-profile/download/", self_service.download_my_data, name="my_profile_download"),
    path("my-profile/delete/", self_service.delete_account, name="my_profile_delete"),
    # The coordinators' workspace (network/workspace.py).
    path("my-landscapes/", workspace.my_landscapes, name="my_landscapes"),
    path("my-landscapes/new/", workspace.new_landscape, name="new_landscape"),
    path("my-landscapes/<str:slug>/", workspace.edit, {"kind": "landscape"}, name="edit_landscape"),
    path(
        "my-landscapes/<str:slug>/preview/",
        workspace.draft_preview,
        {"kind": "landscape"},
        name="edit_landscape_preview",
    ),
    path(
        "my-landscapes/<str:slug>/team/",
        workspace.team,
        {"kind": "landscape"},
        name="landscape_team",
    ),
    path(
        "my-organisations/<str:slug>/",
        workspace.edit,
        {"kind": "organisation"},
        name="edit_organisation",
    ),
    path(
        "my-organisations/<str:slug>/preview/",
        workspace.draft_preview,
        {"kind": "organisation"},
        name="edit_organisation_preview",
    ),
    path(
        "my-organisations/<str:slug>/team/",
        workspace.team,
        {"kind": "organisation"},
        name="organisation_team",
    ),
    path("invitations/<str:token>/", workspace.invitation, name="team_invitation"),
    # Resources submitted to the library from the workspace (library/submissions.py).
    path("my-library/", library_submissions.my_library, name="my_library"),
    path("my-library/new/", library_submissions.submission, name="new_library_submission"),
    path("my-library/<int:page_id>/", library_submissions.submission, name="library_submission"),
    # Actions, indicators and assessments in the workspace (progress/workspace.py).
    path(
        "my-landscapes/<str:slug>/progress/",
        progress_workspace.overview,
        name="workspace_progress",
    ),
    path(
        "my-landscapes/<str:slug>/actions/new/",
        progress_workspace.edit_action,
        name="workspace_new_action",
    ),
    path(
        "my-landscapes/<str:slug>/actions/<int:pk>/",
        progress_workspace.edit_action,
        name="workspace_action",
    ),
    path(
        "my-landscapes/<str:slug>/actions/<int:pk>/delete/",
        progress_workspace.delete_action,
        name="workspace_delete_action",
    ),
    path(
        "my-landscapes/<str:slug>/indicators/<int:indicator_id>/",
        progress_workspace.edit_series,
        name="workspace_series",
    ),
    path(
        "my-landscapes/<str:slug>/assessments/new/",
        progress_workspace.edit_assessment,
        name="workspace_new_assessment",
    ),
    path(
        "my-landscapes/<str:slug>/assessments/<int:pk>/",
        progress_workspace.edit_assessment,
        name="workspace_assessment",
    ),
    path("my-organisations/<str:slug>/offers/", progress_workspace.offers, name="workspace_offers"),
    path(
        "my-organisations/<str:slug>/offers/new/",
        progress_workspace.edit_offer,
        name="workspace_new_offer",
    ),
    path(
        "my-organisations/<str:slug>/offers/<int:pk>/",
        progress_workspace.edit_offer,
        name="workspace_offer",
    ),
    # Action and investment in public (progress/views.py), before Wagtail's pages.
    path(
        "landscapes/<str:slug>/progress/",
        progress_views.landscape_progress,
        name="landscape_progress",
    ),
    path(
        "landscapes/<str:slug>/progress.csv",
        progress_views.landscape_progress_csv,
        name="landscape_progress_csv",
    ),
    path("progress/", progress_views.network_progress, name="network_progress"),
    path("progress.csv", progress_views.network_progress_csv, name="network_progress_csv"),
    path("funding/", progress_views.funding, name="funding"),
    path("funding.csv", progress_views.funding_csv, name="funding_csv"),
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("learning/sessions.ics", learning_views.catalog_sessions_ics, name="sessions_ics"),
    path(
        "learning/<slug:institution>/<slug:course>/sessions.ics",
        learning_views.course_sessions_ics,
        name="course_sessions_ics",
    ),
    # Wagtail's own sign-in and page password form, before its URLs: private pages are signed
    # in to through allauth, and their passwords have the sign-in lockout's limit.
    path("_util/login/", view_restrictions.frontend_login),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        view_restrictions.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
)
