import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from website.factories import locale, make_standard_page, translate_page
from website.models import NavigationMenu
from website.translation import translate

pytestmark = pytest.mark.django_db


def menu_links(html, place):
    menu = re.search(rf'<ul class="menu menu--{place}">(.*?)</ul>', html, re.S)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu.group(1)) if menu else []


def test_menu_links_follow_pages_into_the_visitors_language(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    translate_page(about, "es", {"About": "Acerca de", "about": "acerca"})
    privacy = make_standard_page(homes["en"], title="Privacy", slug="privacy")
    menu = NavigationMenu.objects.create(
        place="main",
        locale=locale("en"),
        links=[
            ("link", {"page": about, "url": "", "label": ""}),
            ("link", {"page": privacy, "url": "", "label": ""}),
            ("link", {"page": None, "url": "https://example.org/", "label": "Partner site"}),
        ],
    )
    translate(menu, locale("es"), {"Partner site": "Sitio asociado"})

    assert menu_links(client.get("/en/").content.decode(), "main") == [
        ("/en/about/", "About"),
        ("/en/privacy/", "Privacy"),
        ("https://example.org/", "Partner site"),
    ]
    # Privacy has no Spanish translation, so the Spanish menu leaves it out.
    assert menu_links(client.get("/es/").content.decode(), "main") == [
        ("/es/acerca/", "Acerca de"),
        ("https://example.org/", "Sitio asociado"),
    ]


def test_unpublished_pages_drop_out_of_the_menu(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    NavigationMenu.objects.create(
        place="footer",
        locale=locale("en"),
        links=[("link", {"page": about, "url": "", "label": "About us"})],
    )
    assert menu_links(client.get("/en/").content.decode(), "footer") == [("/en/about/", "About us")]
    about.unpublish()
    assert menu_links(client.get("/en/").content.decode(), "footer") == []


def test_menus_are_cached_until_content_changes(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    menu = NavigationMenu.objects.create(
        place="main", locale=locale("en"), links=[("link", {"page": about, "url": "", "label": ""})]
    )
    with CaptureQueriesContext(connection) as first:
        client.get("/en/")
    with CaptureQueriesContext(connection) as second:
        html = client.get("/en/").content.decode()
    assert menu_links(html, "main") == [("/en/about/", "About")]
    # The main and footer menus come from the cache: no menu, page or restriction queries.
    assert not [q for q in second.captured_queries if "website_navigationmenu" in q["sql"]]
    assert len(second.captured_queries) < len(first.captured_queries)

    # A publish changes what the menu shows at once...
    about.title = "About the initiative"
    about.save_revision().publish()
    assert menu_links(client.get("/en/").content.decode(), "main") == [
        ("/en/about/", "About the initiative")
    ]
    # ...and so does editing the menu.
    menu.links = [("link", {"page": None, "url": "https://example.org/", "label": "Partners"})]
    menu.save()
    assert menu_links(client.get("/en/").content.decode(), "main") == [
        ("https://example.org/", "Partners")
    ]
