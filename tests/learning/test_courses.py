"""Course pages, their sessions, calendar and feeds, and schema.org data."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from icalendar import Calendar

from learning.factories import make_course, session
from learning.models import CoursePage
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.factories import translate_page

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


@pytest.fixture
def course(institutions):
    return make_course(
        institutions["forest"],
        title="Agroforestry design",
        slug="agroforestry-design",
        summary="Design farms with trees.",
        cost="partially-free",
        price=50,
        currency="EUR",
        certificate=True,
        certificate_name="Certificate in agroforestry",
        learning_outcomes="Map a farm\nChoose species",
        sessions=[
            session(20, mode="onsite", place="Cusco", country="PE"),
            session(None),
            session(-50),
        ],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_course_and_catalog_pages_render_in_each_language(
    client, catalog, institutions, course, language
):
    page = course if language == "en" else translate_page(course, language)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert "Cusco" in html
    assert 'href="https://example.org/enrol/' in html
    for url in (
        f"/{language}/learning/",
        institutions["forest"].get_translation(catalog[language].locale).url
        if language != "en"
        else institutions["forest"].url,
    ):
        assert client.get(url).status_code == 200


def test_course_json_ld_meets_googles_course_requirements(client, course):
    data = json_ld(client.get(course.url).content.decode())
    assert data["@type"] == "Course"
    assert data["name"] == "Agroforestry design"
    assert data["description"] == "Design farms with trees."
    assert (
        data["provider"]["@type"] == "Organization" and data["provider"]["name"] == "Forest School"
    )
    assert data["offers"] == [
        {"@type": "Offer", "category": "Partially Free", "price": 50.0, "priceCurrency": "EUR"}
    ]
    assert len(data["hasCourseInstance"]) == 3
    for instance in data["hasCourseInstance"]:
        assert instance["courseMode"] in {"Online", "Onsite", "Blended"}
        assert instance.get("courseWorkload") or instance.get("courseSchedule")
    assert data["educationalCredentialAwarded"] == "Certificate in agroforestry"
    assert data["teaches"] == ["Map a farm", "Choose species"]


def test_catalog_has_an_item_list(client, course):
    data = json_ld(client.get("/en/learning/").content.decode())
    assert data["@type"] == "ItemList"
    assert data["itemListElement"] == [
        {
            "@type": "ListItem",
            "position": 1,
            "url": "http://testserver/en/learning/forest-school/agroforestry-design/",
        }
    ]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (
            {"start_date": "2026-05-10", "end_date": "2026-05-01", "mode": "online"},
            "end_date",
            "cannot end before it starts",
        ),
        ({"start_date": "2026-05-10", "mode": "onsite", "place": ""}, "place", "needs a place"),
        ({"end_date": "2026-05-10", "mode": "online"}, "start_date", "Give the start date too"),
        # "250" alone would be shown in whatever currency someone guesses.
        ({"price": 250, "mode": "online"}, "currency", "Choose the currency of this price"),
    ],
)
def test_invalid_sessions_are_refused_with_a_clear_error(fields, field, message):
    import datetime

    values = {
        key: datetime.date.fromisoformat(v) if key.endswith("date") else v
        for key, v in fields.items()
    }
    with pytest.raises(ValidationError) as error:
        session(None, **{"language": "en", **values}).clean()
    assert message in " ".join(error.value.message_dict[field])


def test_a_session_price_takes_the_courses_currency_when_it_has_none(institutions):
    course = CoursePage(title="x", slug="x", currency="KES")
    priced = session(None, language="en", mode="online", price=250)
    priced.course = course
    priced.clean()  # no error: the course's KES applies
    assert priced.currency == ""


def test_a_paid_course_needs_a_price(institutions):
    course = CoursePage(
        title="x",
        slug="x",
        summary="s",
        level="beginner",
        languages=["en"],
        workload_hours=1,
        cost="paid",
        enrolment_url="https://example.org/",
    )
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "needs a price and a currency" in error.value.message_dict["price"][0]


def test_sessions_ics_has_one_event_per_upcoming_session(client, institutions, course):
    make_course(
        institutions["water"],
        sessions=[session(5), session(40, mode="blended"), session(-30), session(None)],
    )
    response = client.get("/en/learning/sessions.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert (
        len(events) == 3
    )  # course's upcoming one + two upcoming of the other; past and self-paced left out
    assert len({str(event["UID"]) for event in events}) == 3
    cusco = next(event for event in events if str(event["LOCATION"]) == "Cusco")
    assert str(cusco["SUMMARY"]) == "Agroforestry design"
    assert cusco.decoded("DTEND") > cusco.decoded("DTSTART")

    per_course = Calendar.from_ical(client.get(f"{course.url}sessions.ics").content)
    assert len(per_course.walk("VEVENT")) == 1


def test_new_courses_feed_is_rss_2(client, institutions, course):
    response = client.get("/en/learning/feed/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["Agroforestry design"]
    assert (
        items[0].findtext("link")
        == "http://testserver/en/learning/forest-school/agroforestry-design/"
    )


def test_home_shows_upcoming_sessions(client, course):
    html = client.get("/en/").content.decode()
    assert "Upcoming course sessions" in html
    assert f'<a href="{course.url}">Agroforestry design</a>' in html


def test_an_organisation_lists_its_courses(client, directory_site, institutions, course):
    from network.factories import make_organisation

    organisation = make_organisation(
        directory_site["en"]["organisations"],
        title="Forest School org",
        organisation_type="training",
    )
    institution = institutions["forest"]
    institution.organisation = organisation
    institution.save_revision().publish()
    html = client.get(organisation.url).content.decode()
    assert f'<a href="{course.url}">Agroforestry design</a>' in html


def test_a_session_whose_enrolment_closed_offers_no_enrolment(client, institutions):
    import datetime

    from django.utils import timezone

    deadline = timezone.localdate() - datetime.timedelta(days=1)
    course = make_course(
        institutions["forest"], sessions=[session(-3, length_days=30, enrolment_deadline=deadline)]
    )
    html = client.get(course.url).content.decode()
    assert "Enrolment for this session has closed." in html
    assert "Enrol in this session" not in html
    assert 'class="button" href="https://example.org/enrol/' not in html


def test_an_unknown_time_zone_is_refused():
    with pytest.raises(ValidationError) as error:
        session(None, time_zone="Mars/Olympus").full_clean(exclude=["course"])
    assert "is not a time zone" in error.value.message_dict["time_zone"][0]


def test_the_catalogs_item_list_names_the_courses_on_its_page(client, institutions):
    for number in range(26):
        make_course(institutions["forest"], title=f"Course {number:02}", sessions=[session(5)])

    for url, positions in [
        ("/en/learning/?sort=title", list(range(1, 25))),
        ("/en/learning/?sort=title&page=2", [25, 26]),
    ]:
        html = client.get(url).content.decode()
        cards = re.findall(r'<h3 class="card__title"><a href="([^"]+)">', html)
        items = json_ld(html)["itemListElement"]
        assert [item["position"] for item in items] == positions
        assert [item["url"] for item in items] == [f"http://testserver{card}" for card in cards]


@pytest.mark.parametrize(
    ("fields", "time_zone", "error"),
    [
        ({"mode": "onsite", "country": "KE"}, "Africa/Nairobi", None),  # the country's one zone
        ({"mode": "onsite", "country": "BR"}, None, "Brazil has several time zones"),
        ({"mode": "online"}, None, "Choose the time zone the dates are in."),
        ({"mode": "online", "self_paced": True}, "UTC", None),  # no dates, no zone to be in
        ({"mode": "online", "time_zone": "America/Lima"}, "America/Lima", None),
    ],
)
def test_a_sessions_time_zone_comes_from_its_country_or_is_asked_for(fields, time_zone, error):
    fields = dict(fields)
    days = None if fields.pop("self_paced", False) else 10
    item = session(days, **{"place": "Somewhere", "time_zone": "", **fields})
    if error:
        with pytest.raises(ValidationError) as raised:
            item.clean()
        assert error in " ".join(raised.value.message_dict["time_zone"])
    else:
        item.clean()
        assert item.time_zone == time_zone


def test_a_session_priced_in_another_currency_says_so(client, institutions):
    """A session in Nairobi at 250 KES, of a course priced in USD: the page and the structured
    data say KES, not "$250.00"."""
    course = make_course(
        institutions["forest"],
        cost="paid",
        price=300,
        currency="USD",
        sessions=[session(30, mode="onsite", price=250, currency="KES")],
    )
    html = client.get(course.url).content.decode()
    assert "Price for this session: KES250.00" in html and "$250.00" not in html
    data = json_ld(html)
    assert data["hasCourseInstance"][0]["offers"]["priceCurrency"] == "KES"


@pytest.mark.parametrize(
    ("language", "price"),
    [
        ("en", "R$1,200.00"),
        ("es", "1.200,00\u00a0BRL"),  # Spanish has no symbol of its own for the real
        ("fr", "1\u202f200,00\u00a0R$"),
        ("pt", "R$\u00a01.200,00"),
    ],
)
def test_prices_are_written_as_each_language_writes_money(client, institutions, language, price):
    course = make_course(
        institutions["forest"],
        cost="paid",
        price=1200,
        currency="BRL",
        sessions=[session(30, mode="online", price=1200, currency="BRL")],
    )
    page = course if language == "en" else translate_page(course, language)
    html = client.get(page.url).content.decode()
    assert f" · {price}</dd>" in html  # the course's price, beside its cost
    assert f": {price}</p>" in html  # the session's


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Peru Time"), ("es", "hora de Perú"), ("fr", "heure : Pérou"), ("pt", "Horário Peru")],
)
def test_a_sessions_time_zone_is_named_in_the_visitors_language(
    client, institutions, language, name
):
    course = make_course(
        institutions["forest"], sessions=[session(30, mode="online", time_zone="America/Lima")]
    )
    page = course if language == "en" else translate_page(course, language)
    html = client.get(page.url).content.decode()
    assert f'<span data-time-zone="America/Lima">{name}</span>' in html
    assert ">America/Lima<" not in html


def test_utc_is_named_not_left_as_an_id(client, institutions):
    course = make_course(institutions["forest"], sessions=[session(30, mode="online")])
    html = client.get(translate_page(course, "es").url).content.decode()
    assert '<span data-time-zone="UTC">tiempo universal coordinado</span>' in html


def test_a_default_certificate_is_named_in_the_pages_language(client, institutions):
    course = make_course(institutions["forest"], certificate=True, certificate_name="")
    data = json_ld(client.get(translate_page(course, "es").url).content.decode())
    assert data["educationalCredentialAwarded"] == "Certificado"
