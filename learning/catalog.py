"""The course catalog: the network's directory engine with the facets a landscape leader looks
for (theme, level, language, mode, cost, certificate, institution, region, availability)."""

from collections import Counter
from functools import cached_property

from django.db.models import Case, Count, F, Max, OuterRef, Q, Subquery, Sum, When
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from learning import choices
from learning.models import CoursePage, CourseSession, InstitutionPage, availability_conditions
from learning.models.courses import session_conditions
from network.choices import REGIONS
from network.directories import ChoiceFacet, Directory, Facet, ListFacet, TermFacet
from website.languages import SPOKEN_LANGUAGES
from website.models import Theme


class SessionModeFacet(Facet):
    """Courses with at least one session in the chosen modes."""

    def __init__(self, param, label):
        super().__init__(param, label)

    def options(self):
        return dict(choices.MODES)

    def filter(self, queryset, values):
        courses = CourseSession.objects.filter(mode__in=values).values("course_id")
        return queryset.filter(pk__in=courses)

    def count_rows(self, queryset):
        sessions = CourseSession.objects.filter(course__in=queryset.order_by().values("pk"))
        return self._rows(sessions, F("mode"), Count("course_id", distinct=True))


class CertificateFacet(Facet):
    def options(self):
        return {"yes": _("With a certificate"), "no": _("Without a certificate")}

    def filter(self, queryset, values):
        return queryset.filter(certificate__in=[value == "yes" for value in values])

    def count_rows(self, queryset):
        return self._rows(queryset, F("certificate"), Count("pk"))

    def tally(self, rows):
        # A boolean as text: "true"/"false" on PostgreSQL, "1"/"0" on SQLite.
        return Counter(
            {("yes" if certificate in ("true", "1") else "no"): n for certificate, n in rows}
        )


class InstitutionFacet(Facet):
    """The training institution whose section holds the course (its parent page)."""

    def __init__(self, param, label, catalog):
        super().__init__(param, label)
        self.catalog = catalog

    @cached_property
    def institutions(self):
        return {
            page.slug: page
            for page in InstitutionPage.objects.live()
            .public()
            .child_of(self.catalog)
            .only("id", "slug", "title", "path", "depth")
        }

    def options(self):
        return {slug: page.title for slug, page in self.institutions.items()}

    def filter(self, queryset, values):
        condition = Q()
        for value in values:
            condition |= Q(path__startswith=self.institutions[value].path)
        return queryset.filter(condition)

    def count_rows(self, queryset):
        # Grouped by the parent's path in SQL: one row an institution, not one a course.
        parent_path = Substr("path", 1, Length("path") - CoursePage.steplen)
        return self._rows(queryset, parent_path, Count("pk"))

    def tally(self, rows):
        slug_by_path = {page.path: slug for slug, page in self.institutions.items()}
        return Counter({slug_by_path[path]: n for path, n in rows if path in slug_by_path})


class AvailabilityFacet(Facet):
    """Open for enrolment now, starting within 60 days, self-paced, archived (at today's date)."""

    def options(self):
        return dict(choices.AVAILABILITY)

    def filter(self, queryset, values):
        conditions = availability_conditions()
        condition = Q()
        for value in values:
            condition |= conditions[value]
        return queryset.filter(condition)

    def count(self, queryset):
        # One pass over the sessions of the matching courses: a flag a course for each kind of
        # session, then the buckets summed over the courses. (Four EXISTS a course, as filter()
        # uses, cost enough at target scale for PostgreSQL to compile the query: +16 ms.)
        has = {
            "has_" + kind.replace("-", "_"): Max(Case(When(condition, then=1), default=0))
            for kind, condition in session_conditions().items()
        }
        archived = F("has_dated") * (1 - F("has_running_or_coming")) * (1 - F("has_self_paced"))
        totals = (
            CourseSession.objects.filter(course__in=queryset.order_by().values("pk"))
            .values("course")
            .annotate(**has)
            .annotate(is_archived=archived)
            .aggregate(
                open=Sum("has_open"),
                soon=Sum("has_soon"),
                self_paced=Sum("has_self_paced"),
                archived=Sum("is_archived"),
            )
        )
        return Counter({bucket: totals[bucket.replace("-", "_")] or 0 for bucket in self.options()})


class CourseCatalog(Directory):
    model = CoursePage
    search_fallback_fields = ("title", "summary")
    sorts = {
        "start": (_("Next start date"), ("next_start", "title")),
        "newest": (pgettext_lazy("newest courses first", "Newest"), ("-first_published_at",)),
        "title": (_("Title"), ("title",)),
    }
    default_sort = "start"
    card_template = "learning/includes/course_card.html"

    def __init__(self, request, index_page):
        self.facets = [
            TermFacet("theme", _("Theme"), "themes", Theme),
            ChoiceFacet("level", _("Level"), "level", choices.LEVELS),
            ListFacet("language", _("Language"), "languages", SPOKEN_LANGUAGES),
            SessionModeFacet("mode", _("Mode")),
            ChoiceFacet("cost", _("Cost"), "cost", choices.COSTS),
            CertificateFacet("certificate", _("Certificate")),
            InstitutionFacet("institution", _("Institution"), index_page),
            ListFacet("region", _("Region"), "regions", REGIONS),
            AvailabilityFacet("availability", _("Availability")),
        ]
        super().__init__(request, index_page)

    def counts_vary_on(self):
        # Which courses are open, starting soon or archived changes with the date.
        return (timezone.localdate().isoformat(),)

    def ordered(self, queryset):
        # The earliest session starting today or later, as a subquery a course rather than Min()
        # over a join to the sessions: that grouped every column of every matching course (a
        # sort that spilled to disk at target scale) to keep 24 of them.
        today = timezone.localdate()
        next_start = (
            CourseSession.objects.filter(course=OuterRef("pk"), start_date__gte=today)
            .order_by("start_date")
            .values("start_date")[:1]
        )
        queryset = queryset.annotate(next_start=Subquery(next_start))
        if self.sort == "start":
            return queryset.order_by(F("next_start").asc(nulls_last=True), "title", "pk")
        return super().ordered(queryset)

    @classmethod
    def with_card_data(cls, queryset):
        return queryset.select_related("image").prefetch_related("image__renditions", "sessions")

    def json_ld(self):
        from learning.schema import catalog_json_ld

        return catalog_json_ld(self.index_page, self.request, self.page)
