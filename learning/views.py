"""Calendars of course sessions. Wagtail's page URLs end in a slash, so the `.ics` addresses of
the URL contract are routed here."""

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from learning.calendar import sessions_calendar
from learning.models import CoursePage, CourseSession, LearningIndexPage
from website.structure import section_page


def _calendar_response(sessions, request, name):
    return HttpResponse(
        sessions_calendar(sessions, request, name=name),
        content_type="text/calendar; charset=utf-8",
    )


def _catalog():
    catalog = section_page(LearningIndexPage, get_language())
    if catalog is None:
        raise Http404
    return catalog


@require_safe
@cache_control(public=True, max_age=0, s_maxage=900, stale_while_revalidate=3600)
def catalog_sessions_ics(request):
    """Every upcoming dated session of the catalog in the visitor's language."""
    catalog = _catalog()
    sessions = (
        CourseSession.objects.filter(
            course__in=catalog.live_courses(), start_date__gte=timezone.localdate()
        )
        .select_related("course")
        .order_by("start_date", "pk")
    )
    return _calendar_response(sessions, request, catalog.title)


@require_safe
@cache_control(public=True, max_age=0, s_maxage=900, stale_while_revalidate=3600)
def course_sessions_ics(request, institution, course):
    course_page = (
        CoursePage.objects.live()
        .public()
        .descendant_of(_catalog())
        .filter(slug=course, url_path__endswith=f"/{institution}/{course}/")
        .first()
    )
    if course_page is None:
        raise Http404
    sessions = course_page.sessions.filter(start_date__gte=timezone.localdate()).order_by(
        "start_date", "pk"
    )
    for session in sessions:
        session.course = course_page
    return _calendar_response(sessions, request, course_page.title)
