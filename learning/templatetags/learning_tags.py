from django import template
from django.utils import timezone
from django.utils.translation import get_language

from website.structure import locale_id, private_q, section_page

register = template.Library()


@register.filter
def next_session(course):
    """The course's next dated session (from prefetched sessions), else a self-paced one."""
    today = timezone.localdate()
    sessions = list(course.sessions.all())
    dated = sorted(
        (s for s in sessions if s.start_date and s.start_date >= today), key=lambda s: s.start_date
    )
    if dated:
        return dated[0]
    return next((s for s in sessions if s.is_self_paced), None)


@register.inclusion_tag("learning/includes/upcoming_sessions.html", takes_context=True)
def upcoming_sessions(context, limit=6):
    """The home page's next course sessions in the visitor's language."""
    from learning.models import CourseSession, LearningIndexPage

    language = get_language()
    sessions = (
        CourseSession.objects.filter(
            course__live=True,
            course__locale_id=locale_id(language),
            start_date__gte=timezone.localdate(),
        )
        .exclude(private_q("course"))  # nor the sessions of a private course
        .select_related("course")
        .order_by("start_date", "pk")[:limit]
    )
    catalog = section_page(LearningIndexPage, language)
    return {"request": context["request"], "sessions": sessions, "catalog": catalog}


@register.inclusion_tag("learning/includes/organisation_courses.html")
def organisation_courses(organisation):
    """An organisation's courses, when it is a training institution with a section here."""
    from learning.models import CoursePage, InstitutionPage

    sections = (
        InstitutionPage.objects.live()
        .public()
        .filter(
            locale_id=organisation.locale_id,
            organisation__translation_key=organisation.translation_key,
        )
    )
    courses = CoursePage.objects.none()
    for section in sections:
        courses |= CoursePage.objects.live().public().child_of(section)
    return {"courses": courses.order_by("title") if sections else []}
