"""The learning network in the admin: an institution's editors land on their own courses."""

from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import get_language_info
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Locale, Page

from learning.models import CoursePage, InstitutionPage
from website.formats import collation_key


def _kept_for_request(request):
    """institutions_kept_by(request.user), once a request: both dashboard hooks ask."""
    if not hasattr(request, "_institutions_kept"):
        request._institutions_kept = institutions_kept_by(request.user)
    return request._institutions_kept


def institutions_kept_by(user):
    """The institutions whose section `user`'s groups may add pages to, one version of each
    (the default language's, else the first made), for people who keep a section rather than
    the whole site. Empty for superusers and for groups with permissions higher up the tree."""
    if not user.is_active or user.is_superuser:
        return []
    granted = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="add_page"
    ).values_list("page__depth", "page__content_type__model", "page__content_type__app_label")
    if not granted or any(
        (app_label, model) != ("learning", "institutionpage")
        for _depth, model, app_label in granted
    ):
        return []
    pages = InstitutionPage.objects.filter(
        group_permissions__group__user=user, group_permissions__permission__codename="add_page"
    ).distinct()
    default = settings.LANGUAGE_CODE
    kept = {}
    for page in pages.select_related("locale").order_by("pk"):
        current = kept.get(page.translation_key)
        if current is None or (
            page.locale.language_code == default != current.locale.language_code
        ):
            kept[page.translation_key] = page
    return sorted(kept.values(), key=lambda page: collation_key(page.title))


class InstitutionCoursesPanel(Component):
    """ "Your courses", first on an institution editor's dashboard: each course with its next
    session and the languages it is missing (each a button that translates it), and Add a
    course; in place of Wagtail's site-wide counts, which are not theirs."""

    name = "institution_courses"
    template_name = "learning/admin/institution_courses_panel.html"
    order = 80

    def __init__(self, institutions):
        self.institutions = institutions

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
        sections = []
        for institution in self.institutions:
            courses = (
                CoursePage.objects.child_of(institution)
                .annotate(
                    next_session=Min(
                        "sessions__start_date", filter=Q(sessions__start_date__gte=today)
                    ),
                    session_count=Count("sessions"),
                )
                .order_by("title")
            )
            courses = list(courses)
            versions = {}
            keys = [course.translation_key for course in courses] + [institution.translation_key]
            for key, locale_id in Page.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale_id"
            ):
                versions.setdefault(key, set()).add(locales[locale_id])
            # A course is translated under its institution's translation: where there is none,
            # the site's editors add it first.
            sections_in = versions.get(institution.translation_key, set())
            sections.append(
                {
                    "institution": institution,
                    "courses": [
                        {
                            "page": course,
                            "missing": [
                                (
                                    code,
                                    get_language_info(code)["name_translated"],
                                    code in sections_in,
                                )
                                for code in languages
                                if code not in versions.get(course.translation_key, set())
                            ],
                        }
                        for course in courses
                    ],
                }
            )
        return {"sections": sections, "csrf_token": parent_context.get("csrf_token")}


@hooks.register("construct_homepage_panels")
def lead_with_the_institutions_courses(request, panels):
    institutions = _kept_for_request(request)
    if institutions:
        panels.insert(0, InstitutionCoursesPanel(institutions))


@hooks.register("construct_homepage_summary_items", order=1000)  # after Wagtail adds its own
def no_site_wide_counts_for_an_institution(request, summary_items):
    """The site's page, image and document counts are not an institution editor's business."""
    if _kept_for_request(request):
        summary_items[:] = []
