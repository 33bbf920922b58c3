"""Every absolute URL the site writes names it one way: the Site record's address
(website/addresses.py), even when the request arrives under another host and port, as it does
behind a proxy. The site here is http://testserver; the requests come to localhost:8000."""

import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from icalendar import Calendar

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_directory_site, make_landscape
from stories.factories import make_story, make_story_index
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
OTHER_HOST = {"HTTP_HOST": "localhost:8000"}
# Any absolute URL naming this machine, whatever the host or port.
OWN_URL = re.compile(r"https?://(?:testserver|localhost|127\.0\.0\.1)(?::\d+)?[^\s\"'<>]*")


def build_world():
    sites = make_directory_site()
    homes = {language: pages["home"] for language, pages in sites.items()}
    landscape = make_landscape(sites["en"]["landscapes"], title="Kodagu", slug="kodagu")
    catalog = make_catalog(homes)
    institution = make_institution(catalog["en"], title="Forest School", slug="forest-school")
    course = make_course(
        institution, title="Agroforestry", slug="agroforestry", sessions=[session(10)]
    )
    story = make_story(make_story_index(homes)["en"], title="Coffee shade", slug="coffee-shade")
    return {"landscape": landscape, "course": course, "story": story}


world = module_world(build_world)


def own_urls(text):
    return OWN_URL.findall(text)


def assert_on_site(urls, where):
    assert urls, f"{where}: no absolute URL of the site found"
    stray = [url for url in urls if not url.startswith(SITE + "/") and url != SITE]
    assert stray == [], f"{where} names the site by another address"


@pytest.mark.parametrize(
    "path",
    [
        "/en/landscapes/kodagu/",  # canonical, hreflang, og:url, JSON-LD
        "/en/landscapes/",
        "/en/learning/forest-school/agroforestry/",
        "/en/stories/coffee-shade/",
        "/en/search/?q=coffee",
    ],
)
def test_a_page_names_the_site_by_its_address_in_every_link_and_structured_data(
    client, world, path
):
    response = client.get(path, **OTHER_HOST)
    assert response.status_code == 200
    html = response.content.decode()
    urls = own_urls(html)
    assert_on_site(urls, path)
    assert re.search(rf'<link rel="canonical" href="{SITE}{re.escape(path.split("?")[0])}', html)
    assert f'<meta property="og:url" content="{SITE}/' in html


def test_feeds_name_the_site_by_its_address(client, world):
    for path in ["/en/stories/feed/", "/en/learning/feed/"]:
        response = client.get(path, **OTHER_HOST)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        channel_link = root.find("channel/link").text
        item_links = [item.find("link").text for item in root.iter("item")]
        assert item_links, path
        assert_on_site([channel_link, *item_links], path)
        assert_on_site(own_urls(response.content.decode()), path)  # atom:link self too


def test_robots_sitemap_calendar_and_map_data_name_the_site_by_its_address(client, world):
    robots = client.get("/robots.txt", **OTHER_HOST).content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots

    sitemap = client.get("/sitemap.xml", **OTHER_HOST).content.decode()
    assert f"<loc>{SITE}/en/landscapes/kodagu/</loc>" in sitemap
    assert_on_site(own_urls(sitemap), "sitemap")

    calendar = Calendar.from_ical(client.get("/en/learning/sessions.ics", **OTHER_HOST).content)
    events = list(calendar.walk("VEVENT"))
    assert [str(event["url"]) for event in events] == [
        f"{SITE}/en/learning/forest-school/agroforestry/"
    ]
    assert str(events[0]["uid"]).endswith("@testserver")

    geojson = client.get("/api/landscapes.geojson", **OTHER_HOST).json()
    urls = [feature["properties"]["url"] for feature in geojson["features"]]
    assert f"{SITE}/en/landscapes/kodagu/" in urls
    assert_on_site(urls, "GeoJSON")


def test_an_emailed_link_names_the_site_by_its_address(client, world):
    get_user_model().objects.create_user("ana", "ana@example.org", "a long pass phrase 42")
    response = client.post(
        "/en/accounts/password/reset/", {"email": "ana@example.org"}, **OTHER_HOST
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    links = own_urls(message.body)
    assert any("/accounts/password/reset/key/" in link for link in links), message.body
    assert_on_site(links, "the password reset e-mail")


def test_the_site_address_comes_from_the_configured_base_url(world, settings, client):
    settings.WAGTAILADMIN_BASE_URL = "https://landscapes.example.org"
    settings.ALLOWED_HOSTS = ["landscapes.example.org", "localhost"]
    call_command("set_site_address", stdout=io.StringIO())
    html = client.get("/en/landscapes/kodagu/", **OTHER_HOST).content.decode()
    assert (
        '<link rel="canonical" href="https://landscapes.example.org/en/landscapes/kodagu/"' in html
    )
    assert "testserver" not in html and "localhost" not in html


@pytest.mark.parametrize(
    "base_url", ["https://landscapes.example.org:8443", "http://example.org/site/", "mailto:x"]
)
def test_an_address_a_site_cannot_have_is_refused(world, settings, base_url):
    settings.WAGTAILADMIN_BASE_URL = base_url
    with pytest.raises(CommandError):
        call_command("set_site_address", stdout=io.StringIO())
