"""Test data for the learning network: the catalog, institutions' sections and courses with
their sessions."""

import datetime
import itertools

from django.utils import timezone

from learning.models import CoursePage, CourseSession, InstitutionPage, LearningIndexPage
from website.factories import translate_page

_sequence = itertools.count(1)


def make_catalog(homes):
    """{language: LearningIndexPage} under each language's home."""
    catalog = homes["en"].add_child(
        instance=LearningIndexPage(title="Learning", slug="learning", intro="Courses.")
    )
    catalog.save_revision().publish()
    catalogs = {"en": catalog}
    for language in homes:
        if language != "en":
            catalogs[language] = translate_page(catalog, language, {"learning": "learning"})
    return catalogs


def make_institution(catalog, **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Institution {number}")
    fields.setdefault("slug", f"institution-{number}")
    page = catalog.add_child(instance=InstitutionPage(locale=catalog.locale, **fields))
    page.save_revision().publish()
    return page


def session(days_from_now=None, length_days=5, mode="online", **fields):
    """A CourseSession starting `days_from_now` days from today (None: self-paced)."""
    if days_from_now is not None:
        start = timezone.localdate() + datetime.timedelta(days=days_from_now)
        fields.setdefault("start_date", start)
        fields.setdefault("end_date", start + datetime.timedelta(days=length_days))
    if mode in ("onsite", "blended"):
        fields.setdefault("place", "Nairobi")
        fields.setdefault("country", "KE")
    fields.setdefault("language", "en")
    fields.setdefault("time_zone", "UTC")
    return CourseSession(mode=mode, **fields)


def make_course(institution, sessions=(), themes=(), **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Course {number}")
    fields.setdefault("slug", f"course-{number}")
    fields.setdefault("summary", f"What course {number} teaches.")
    fields.setdefault("level", "beginner")
    fields.setdefault("languages", ["en"])
    fields.setdefault("workload_hours", 20)
    fields.setdefault("cost", "free")
    fields.setdefault("enrolment_url", f"https://example.org/enrol/{number}")
    page = CoursePage(locale=institution.locale, **fields)
    page.themes = list(themes)
    page.sessions = list(sessions)
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    page = institution.add_child(instance=page)
    page.refresh_from_db()
    return page
