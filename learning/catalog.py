"""The course catalog: the network's directory engine with the facets a landscape leader looks
for (theme, level, language, mode, cost, certificate, institution, region, availability)."""

from collections import Counter
from functools import cached_property

from django.db.models import Count, F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning import choices
from learning.models import CoursePage, CourseSession, InstitutionPage, availability_conditions
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

    def count(self, queryset):
        rows = (
            CourseSession.objects.filter(course__in=queryset.order_by().values("pk"))
            .values_list("mode")
            .annotate(n=Count("course_id", distinct=True))
            .order_by()
        )
        return Counter(dict(rows))


class CertificateFacet(Facet):
    def options(self):
        return {"yes": _("With a certificate"), "no": _("Without a certificate")}

    def filter(self, queryset, values):
        return queryset.filter(certificate__in=[value == "yes" for value in values])

    def count(self, queryset):
        rows = queryset.order_by().values_list("certificate").annotate(n=Count("pk"))
        return Counter({("yes" if certificate else "no"): n for certificate, n in rows})


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

    def count(self, queryset):
        slug_by_path = {page.path: slug for slug, page in self.institutions.items()}
        counts = Counter()
        for path in queryset.order_by().values_list("path", flat=True):
            parent_path = path[: -CoursePage.steplen]
            if parent_path in slug_by_path:
                counts[slug_by_path[parent_path]] += 1
        return counts


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
        conditions = availability_conditions()
        totals = queryset.order_by().aggregate(
            **{
                bucket.replace("-", "_"): Count("pk", filter=condition)
                for bucket, condition in conditions.items()
            }
        )
        return Counter({bucket: totals[bucket.replace("-", "_")] for bucket in conditions})


class CourseCatalog(Directory):
    model = CoursePage
    search_fallback_fields = ("title", "summary")
    sorts = {
        "start": (_("Next start date"), ("next_start", "title")),
        "newest": (_("Newest"), ("-first_published_at",)),
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

    def ordered(self, queryset):
        today = timezone.localdate()
        queryset = queryset.annotate(
            next_start=Min("sessions__start_date", filter=Q(sessions__start_date__gte=today))
        )
        if self.sort == "start":
            return queryset.order_by(F("next_start").asc(nulls_last=True), "title", "pk")
        return super().ordered(queryset)

    @classmethod
    def with_card_data(cls, queryset):
        return queryset.select_related("image").prefetch_related(
            "image__renditions", "themes", "sessions"
        )
