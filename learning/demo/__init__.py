"""Demo content for the learning network, for `make run`: the course catalog, six training
institutions tied to organisations of the network demo, thirty courses with their sessions, all
translated into every demo language through wagtail-localize, and the catalog in the main
navigation. It runs after the website and network demos, whose pages it links to.

Idempotent: what exists already is left as it is; only what is missing is created or
translated. Session dates are worked out from today when a course is created and never touched
again, so that a second run, on any later day, neither adds nor moves a session.

The content is data, in the JSON files beside this module, which it reads when imported:
`index-page.json` (the catalog) and `institutions/`, one file per training institution with
its courses, in the order of the files' names (the order the catalog's institution facet lists
them in). A course's `instructors` are names: those of demo
experts link to their profiles, the others stay plain names; `"image": false` leaves it without
a (drawn) picture and `"video": true` gives it a video link. A module's `duration` is a number
of hours, days or weeks (`{"weeks": 2}`), which is written out here in every language. A
session is given in days from today (`start`; negative: in the past; null: self-paced, online,
without dates), because a catalog always needs sessions that are over, running, opening soon,
later and self-paced, whatever day the demo is loaded on. It lasts `length` days (by default the
course's length in weeks, five days a week); enrolment closes `enrol_by` days before the start
(negative: that many days after it; none: no deadline); `own_link` gives it an enrolment link of
its own and `price` one that differs from the course's. A few courses enrol late (a negative
`enrol_by`), and two have no next session, so that the catalog lists them as archived.

Each translated text is an object with its English source and its translations next to it,
`{"en": ..., "es": ..., "fr": ..., "pt": ...}`, so that none can be missed or drift apart; the
English goes into the page, the translations into the translation memory `TRANSLATIONS` (one
dict per language, keyed by the English string as wagtail-localize extracts it: a title, a
plain-text field, one paragraph of rich text without its <p>, a module's title, description or
duration, a certificate's name). Institution titles are names: the model synchronises them, as
it does every slug, so they are plain strings. Instructors' names are not translated either.
The one multi-line field, a course's learning `outcomes`, is a list of texts, one per line:
wagtail-localize extracts it as a single segment whose lines are joined by <br/>, so that
joined form, and its joined translations, go into the memory too.

Texts contain no "&", "<" or ">" and no line breaks: wagtail-localize escapes those in the
segments it extracts, and the escaped segment would no longer match its key in the memory."""

import datetime
from decimal import Decimal
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from learning.models import CoursePage, CourseSession, InstitutionPage, LearningIndexPage
from network.models import ExpertPage, LandscapePage, OrganisationPage
from website.demo.helpers import (
    TranslationMemory,
    add_to_main_menu,
    home_page,
    other_locales,
    publish_child,
    read_json,
    read_json_files,
    translate_menu,
    translate_missing,
)
from website.demo.images import get_or_create_image
from website.models import SustainableDevelopmentGoal, Theme

DATA = Path(__file__).resolve().parent
TRANSLATIONS = TranslationMemory()
t = TRANSLATIONS.t

# How wagtail-localize joins the lines of a plain-text field into one segment.
LINE_BREAK = "<br/>"


def lines(texts):
    """A text of one line per item (learning outcomes), from texts already in the memory.

    wagtail-localize extracts a multi-line plain-text field as a single segment whose lines are
    joined by <br/>, so that joined form, and its joined translations, go into the memory."""
    segment = LINE_BREAK.join(texts)
    for language, memory in TRANSLATIONS.items():
        TRANSLATIONS.record(language, segment, LINE_BREAK.join(memory[text] for text in texts))
    return "\n".join(texts)


def hours(number):
    return t(f"{number} hours", es=f"{number} horas", fr=f"{number} heures", pt=f"{number} horas")


def days(number):
    if number == 1:
        return t("1 day", es="1 día", fr="1 jour", pt="1 dia")
    return t(f"{number} days", es=f"{number} días", fr=f"{number} jours", pt=f"{number} dias")


def weeks(number):
    if number == 1:
        return t("1 week", es="1 semana", fr="1 semaine", pt="1 semana")
    return t(
        f"{number} weeks", es=f"{number} semanas", fr=f"{number} semaines", pt=f"{number} semanas"
    )


DURATIONS = {"hours": hours, "days": days, "weeks": weeks}


def duration(data):
    """A module's duration, `{"weeks": 2}`, written out ("2 weeks") and its translations
    recorded."""
    ((unit, number),) = data.items()
    return DURATIONS[unit](number)


# A session's fields, and the value of those its data may leave out.
SESSION_DEFAULTS = {
    "start": None,
    "length": None,
    "enrol_by": None,
    "mode": None,
    "language": None,
    "time_zone": None,
    "place": "",
    "country": "",
    "own_link": False,
    "price": None,
}
SESSION_REQUIRED = ("start", "mode", "language", "time_zone")


def session(data):
    """A session's data with every field, those it leaves out at their default."""
    missing = [field for field in SESSION_REQUIRED if field not in data]
    if missing:
        raise ValueError(f"A demo session without {', '.join(missing)}: {data}")
    return {**SESSION_DEFAULTS, **data}


def course(data):
    """A course's data as its page is made from it: a picture unless it says otherwise, no
    video unless it says so, its outcomes one per line, its modules' durations and its
    sessions written out."""
    return {
        "title": data["title"],
        "slug": data["slug"],
        "image": True,
        "video": False,
        **data,
        "outcomes": lines(data["outcomes"]),
        "modules": [
            {**module, "duration": duration(module["duration"])} for module in data["modules"]
        ],
        "sessions": [session(spec) for spec in data["sessions"]],
    }


INDEX_PAGE = TRANSLATIONS.english(read_json(DATA / "index-page.json"))
INSTITUTIONS = [
    {**institution, "courses": [course(data) for data in institution["courses"]]}
    for institution in TRANSLATIONS.english(read_json_files(DATA / "institutions"))
]

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
