"""The demo content that `make run` loads (`load_demo`), read from the browser suite's demo site,
which loads it once for the whole run (tests/browser/demo_server.py) rather than once more here:
every language has its pages and themes, the landscapes that came from Terraso carry Terraso's
terms, and loading the demo again changes nothing.

No browser: a visitor's requests (urllib) and the database's rows."""

import html
import json
import sqlite3
import urllib.request
from contextlib import closing

from tests.browser.demo_server import REPO, manage, site_environment

LANGUAGES = ("en", "es", "fr", "pt")


def read(demo_site, path):
    with urllib.request.urlopen(f"{demo_site.url}{path}", timeout=30) as response:  # noqa: S310
        return response.read().decode()


def rows(database_url, sql):
    """The rows `sql` gives on the database at `database_url` (PostgreSQL or SQLite)."""
    if database_url.startswith("sqlite"):
        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    else:
        import psycopg2

        connection = psycopg2.connect(database_url)
    with closing(connection):
        cursor = connection.cursor()
        cursor.execute(sql)
        return cursor.fetchall()


def every_tables_rows(database_url):
    """{table: number of rows}, for every table of the site's."""
    if database_url.startswith("sqlite"):
        listed = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        listed = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    tables = [name for (name,) in rows(database_url, listed)]
    # The names are the database's own tables', not anything a visitor sent.
    count = "SELECT '{0}', COUNT(*) FROM \"{0}\""
    counted = " UNION ALL ".join(count.format(name) for name in tables)
    return dict(rows(database_url, counted))


LIVE_STANDARD_PAGES_BY_LANGUAGE = """
    SELECT l.language_code, COUNT(*) FROM website_standardpage s
    JOIN wagtailcore_page p ON p.id = s.page_ptr_id
    JOIN wagtailcore_locale l ON l.id = p.locale_id
    WHERE p.live GROUP BY 1"""
THEMES_BY_LANGUAGE = """
    SELECT l.language_code, COUNT(*) FROM website_theme t
    JOIN wagtailcore_locale l ON l.id = t.locale_id GROUP BY 1"""


def test_every_language_has_the_demo_and_loading_it_again_changes_nothing(demo_site):
    with demo_site.untouched_copy() as loaded:
        assert dict(rows(loaded, LIVE_STANDARD_PAGES_BY_LANGUAGE)) == dict.fromkeys(LANGUAGES, 3)
        assert dict(rows(loaded, THEMES_BY_LANGUAGE)) == dict.fromkeys(LANGUAGES, 10)

        first = every_tables_rows(loaded)
        assert first["wagtailcore_page"] > 100 and first["wagtailcore_revision"] > 100
        manage(site_environment(loaded, demo_site.work_dir, demo_site.url), "load_demo")
        assert every_tables_rows(loaded) == first


def test_a_page_reads_in_each_language_at_its_own_address(demo_site):
    about = json.loads((REPO / "website" / "demo" / "pages" / "01-about.json").read_text())
    for language in LANGUAGES:
        page = html.unescape(read(demo_site, f"/{language}/{about['slug'][language]}/"))
        assert f'<html lang="{language}"' in page
        assert about["title"][language] in page


def test_the_landscapes_from_terraso_show_and_export_terrasos_terms(demo_site):
    # On the Spanish page, in Spanish.
    spanish = read(demo_site, "/es/landscapes/lake-titicaca-altiplano/")
    assert "Quinua" in spanish and "Aimara" in spanish
    # Their export gives Terraso's id and terms back, with the languages Terraso keeps them in.
    export = json.loads(read(demo_site, "/en/landscapes/laikipia-rangelands/json/"))
    assert export["id"] == "9a1e7d4b-2c6f-4e8a-b3d5-6f7a8b9c0d12"
    honey = {"original": "Honey", "eng": "Honey", "spa": "Miel de abeja"}
    assert {"type": "COMMODITY", "value": honey} in export["taxonomyTerms"]
