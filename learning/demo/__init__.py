"""Demo content for the learning network, for `make run`: the course catalog, six training
institutions tied to organisations of the network demo, thirty courses with their sessions, all
translated into every demo language through wagtail-localize, and the catalog in the main
navigation. It runs after the website and network demos, whose pages it links to.

Idempotent: what exists already is left as it is; only what is missing is created or
translated. Session dates are worked out from today when a course is created and never touched
again, so that a second run, on any later day, neither adds nor moves a session."""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from learning.models import CoursePage, CourseSession, InstitutionPage, LearningIndexPage
from network.models import ExpertPage, LandscapePage, OrganisationPage
from website.demo.helpers import (
    add_to_main_menu,
    home_page,
    other_locales,
    publish_child,
    translate_menu,
    translate_missing,
)
from website.demo.images import get_or_create_image
from website.models import SustainableDevelopmentGoal, Theme

from .content import INDEX_PAGE, INSTITUTIONS, TRANSLATIONS

# Organisation types that teach: an institution whose own organisation is missing from the
# network demo is linked to one of these first.
TEACHING_TYPES = ("training", "research")


class Network:
    """What the courses point at, looked up once in the source language: the taxonomy, and the
    landscapes, experts and organisations of the network demo, by slug."""

    def __init__(self, locale):
        self.themes = {term.slug: term for term in Theme.objects.filter(locale=locale)}
        self.sdgs = {
            goal.number: goal for goal in SustainableDevelopmentGoal.objects.filter(locale=locale)
        }
        self.landscapes = {page.slug: page for page in LandscapePage.objects.filter(locale=locale)}
        self.experts = {page.slug: page for page in ExpertPage.objects.filter(locale=locale)}
        self.organisations = {
            page.slug: page for page in OrganisationPage.objects.filter(locale=locale)
        }


def pick(lookup, keys):
    """The objects of `lookup` under `keys`, skipping any the other demos no longer have."""
    return [lookup[key] for key in keys if key in lookup]


def load_index_page(home):
    return LearningIndexPage.objects.child_of(home).first() or publish_child(
        home, LearningIndexPage(**INDEX_PAGE)
    )


def load_institutions(index_page, network):
    institutions = []
    linked = set(
        InstitutionPage.objects.child_of(index_page)
        .exclude(organisation=None)
        .values_list("organisation_id", flat=True)
    )
    for data in INSTITUTIONS:
        page = InstitutionPage.objects.child_of(index_page).filter(slug=data["slug"]).first()
        if page is None:
            organisation = organisation_for(data, network, linked)
            if organisation is not None:
                linked.add(organisation.pk)
            page = publish_child(
                index_page,
                InstitutionPage(
                    title=data["title"],
                    slug=data["slug"],
                    organisation=organisation,
                    intro=f"<p>{data['intro']}</p>",
                ),
            )
        institutions.append((page, data))
    return institutions


def organisation_for(data, network, linked):
    """The institution's own organisation in the network demo. Only two of the network's
    organisations are training or research institutions, so the others' teaching arms hang off
    an organisation of another type. Should the network demo lose one, a teaching organisation
    not linked yet stands in, else any organisation not linked yet."""
    own = network.organisations.get(data["organisation"])
    if own is not None:
        return own
    free = [page for page in network.organisations.values() if page.pk not in linked]
    teaching = [page for page in free if page.organisation_type in TEACHING_TYPES]
    return (teaching or free or [None])[0]


def load_courses(institutions, network):
    courses = []
    today = timezone.localdate()
    for institution, institution_data in institutions:
        for data in institution_data["courses"]:
            page = CoursePage.objects.child_of(institution).filter(slug=data["slug"]).first()
            courses.append(
                page
                or publish_child(
                    institution, new_course(data, institution_data["slug"], network, today)
                )
            )
    return courses


def new_course(data, institution_slug, network, today):
    slug = data["slug"]
    enrolment_url = f"https://example.org/{institution_slug}/courses/{slug}/enrol/"
    return CoursePage(
        title=data["title"],
        slug=slug,
        summary=data["summary"],
        # Stable block ids, so that the blocks' translations stay tied to them.
        description=[
            {"type": "paragraph", "id": f"{slug}-p1", "value": f"<p>{data['description']}</p>"}
        ],
        learning_outcomes=data["outcomes"],
        prerequisites=data["prerequisites"],
        level=data["level"],
        themes=pick(network.themes, data["themes"]),
        sdgs=pick(network.sdgs, data["sdgs"]),
        landscapes=pick(network.landscapes, data["landscapes"]),
        languages=data["languages"],
        workload_hours=data["workload_hours"],
        length_weeks=data["length_weeks"],
        cost=data["cost"],
        price=Decimal(data["price"]) if "price" in data else None,
        currency=data.get("currency", ""),
        certificate=data["certificate"],
        certificate_name=data.get("certificate_name", ""),
        modules=[
            {"type": "module", "id": f"{slug}-m{number}", "value": module}
            for number, module in enumerate(data["modules"], 1)
        ],
        instructors=[
            {"type": "instructor", "id": f"{slug}-i{number}", "value": instructor(name, network)}
            for number, name in enumerate(data["instructors"], 1)
        ],
        image=get_or_create_image(f"Course: {data['title']}") if data["image"] else None,
        video_url=f"https://example.org/videos/{slug}/" if data["video"] else "",
        enrolment_url=enrolment_url,
        regions=data["regions"],
        sessions=[
            new_session(
                spec,
                data["length_weeks"],
                today,
                f"{enrolment_url}?session={number}",
                currency=data.get("currency", ""),
            )
            for number, spec in enumerate(data["sessions"], 1)
        ],
    )


def instructor(name, network):
    """A demo expert's profile when the name is one of theirs (the profile shows the name in
    every language), else the name alone."""
    expert = network.experts.get(slugify(name))
    return {"expert": expert.pk, "name": ""} if expert else {"expert": None, "name": name}


def new_session(spec, length_weeks, today, own_enrolment_url, currency=""):
    """A session from its spec, dated from `today`. A dated session lasts the course's length,
    five days a week, unless its spec says otherwise. A price of its own is in the course's
    `currency`, stated on the session (it is checked before there is a course to fall back on).
    Checked with the model's own rules, which the page's validation does not reach (an inline's
    rules are the admin form's business)."""
    session = CourseSession(
        mode=spec["mode"],
        language=spec["language"],
        time_zone=spec["time_zone"],
        place=spec["place"],
        country=spec["country"],
        enrolment_url=own_enrolment_url if spec["own_link"] else "",
        price=Decimal(spec["price"]) if spec["price"] else None,
        currency=currency if spec["price"] else "",
    )
    if spec["start"] is not None:
        length = spec["length"] or length_weeks * 7 - 2
        session.start_date = today + datetime.timedelta(days=spec["start"])
        session.end_date = session.start_date + datetime.timedelta(days=length - 1)
        if spec["enrol_by"] is not None:
            session.enrolment_deadline = session.start_date - datetime.timedelta(
                days=spec["enrol_by"]
            )
    session.clean()
    return session


def session_counts(courses, today):
    """How the source-language sessions fall at `today`: over, running, to come, self-paced."""
    counts = {"past": 0, "running": 0, "upcoming": 0, "self-paced": 0}
    for session in CourseSession.objects.filter(course__in=courses):
        if session.start_date is None:
            counts["self-paced"] += 1
        elif session.start_date > today:
            counts["upcoming"] += 1
        elif (session.end_date or session.start_date) < today:
            counts["past"] += 1
        else:
            counts["running"] += 1
    return counts


def load(stdout):
    home = home_page(stdout, "learning")
    if home is None:
        return
    default_locale = Locale.get_default()
    locales = list(other_locales(TRANSLATIONS))
    network = Network(default_locale)

    index_page = load_index_page(home)
    institutions = load_institutions(index_page, network)
    courses = load_courses(institutions, network)

    # Parents before children: a page is translated under its parent's translation.
    for page in [index_page, *(page for page, _data in institutions), *courses]:
        translate_missing(page, TRANSLATIONS, locales)
    # The catalog goes after the experts directory (at the end if there is none).
    menu = add_to_main_menu(index_page, after=["network.ExpertIndexPage"])
    if menu is not None:
        translate_menu(menu, locales, TRANSLATIONS)

    counts = session_counts(courses, timezone.localdate())
    learning_pages = sum(
        model.objects.count() for model in (LearningIndexPage, InstitutionPage, CoursePage)
    )
    stdout.write(
        f"Learning: {len(institutions)} institutions and {len(courses)} courses with "
        f"{sum(counts.values())} sessions ({counts['past']} past, {counts['running']} running, "
        f"{counts['upcoming']} upcoming, {counts['self-paced']} self-paced), in "
        f"{len(locales) + 1} languages ({learning_pages} pages)."
    )
