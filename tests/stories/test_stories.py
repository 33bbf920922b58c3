"""Stories: pages in every language, the story map, facets, related stories, reading time, the
RSS feed and schema.org Article."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.factories import make_landscape
from stories.factories import chapter, make_story, make_story_index
from stories.models.stories import reading_minutes
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.factories import translate_page

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def indexes(directory_site):
    return make_story_index({language: pages["home"] for language, pages in directory_site.items()})


@pytest.fixture
def stories(directory_site, indexes, themes):
    landscapes = directory_site["en"]["landscapes"]
    kenya = make_landscape(landscapes, title="Kerio", slug="kerio", countries=["KE"])
    peru = make_landscape(landscapes, title="Puna", slug="puna", countries=["PE"])
    index = indexes["en"]
    return {
        "kenya": kenya,
        "peru": peru,
        "springs": make_story(
            index,
            title="Springs return",
            landscape=kenya,
            countries=["KE"],
            themes=[themes["water"]],
            returns=["natural", "social"],
            days_ago=1,
            featured=True,
            body=[
                chapter("The river", "Kerio river", 0.6, 35.6),
                ("paragraph", "<p>Between chapters.</p>"),
                chapter("The terraces", "Iten", 0.67, 35.5, zoom=12),
            ],
        ),
        "terraces": make_story(
            index,
            title="Terraces hold",
            landscape=kenya,
            countries=["KE"],
            themes=[themes["restoration"]],
            returns=["natural"],
            days_ago=5,
        ),
        "alpaca": make_story(
            index,
            title="Alpaca wool",
            landscape=peru,
            countries=["PE"],
            themes=[themes["water"], themes["finance"]],
            returns=["financial"],
            days_ago=3,
        ),
        "other": make_story(index, title="Unrelated", countries=["BR"], days_ago=10),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_renders_in_each_language_with_its_map_chapters(client, stories, language):
    story = stories["springs"]
    page = story if language == "en" else translate_page(story, language)
    html = client.get(page.url).content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{page.title}</h1>" in html
    # Without JavaScript the chapters are a list with their place names, in order.
    body = html[html.index("story-map__map") :]
    assert body.index("Kerio river") < body.index("Between chapters.") < body.index("Iten")
    data = json.loads(
        re.search(
            r'<script id="story-map-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    points = [f for f in data["features"] if f["geometry"]["type"] == "Point"]
    assert [f["geometry"]["coordinates"] for f in points] == [[35.6, 0.6], [35.5, 0.67]]
    assert 'data-zoom="12"' in html


def test_story_json_ld_is_an_article(client, stories):
    html = client.get(stories["springs"].url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Article"
    assert data["headline"] == "Springs return"
    assert data["datePublished"] == stories["springs"].publication_date.isoformat()
    assert data["author"]
    assert '<meta property="og:type" content="article">' in html


def test_a_storys_publisher_is_named_in_the_storys_language(client, stories):
    html = client.get(translate_page(stories["terraces"], "es").url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["inLanguage"] == "es"
    assert data["publisher"]["name"] == "Mil Paisajes"


def test_story_with_a_hero_image_gives_it_to_json_ld(client, indexes):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    story = make_story(
        indexes["en"], hero_image=image, authors=[("author", {"expert": None, "name": "Ana Lima"})]
    )
    html = client.get(story.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["author"] == [{"@type": "Person", "name": "Ana Lima"}]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=water", {"Springs return", "Alpaca wool"}),
        ("country=PE", {"Alpaca wool"}),
        ("landscape=kerio", {"Springs return", "Terraces hold"}),
        ("return=natural", {"Springs return", "Terraces hold"}),
        ("return=financial&theme=water", {"Alpaca wool"}),
    ],
)
def test_story_facets(client, stories, query, expected):
    response = client.get(f"/en/stories/?{query}")
    assert response.status_code == 200
    assert set(titles(response.content.decode())) == expected


def test_index_shows_the_featured_story_then_newest_first(client, stories):
    html = client.get("/en/stories/").content.decode()
    assert "Featured story" in html
    assert titles(html) == ["Springs return", "Alpaca wool", "Terraces hold", "Unrelated"]


@pytest.mark.parametrize(
    "query", ["theme=<x>", "landscape=nope", "return=", "page=0", "sdg=99", "q=%FF"]
)
def test_bad_story_parameters_are_ignored(client, stories, query):
    assert client.get(f"/en/stories/?{query}").status_code == 200


def test_related_stories_same_landscape_first_and_never_itself(client, stories):
    html = client.get(stories["springs"].url).content.decode()
    related = html[html.index('id="related"') :]
    assert titles(related) == ["Terraces hold", "Alpaca wool"]
    assert "Springs return" not in titles(related)


def test_a_landscape_lists_its_stories(client, stories):
    html = client.get(stories["kenya"].url).content.decode()
    assert f'<a href="{stories["springs"].url}">Springs return</a>' in html
    assert "Alpaca wool" not in html


def test_home_shows_featured_stories(client, stories):
    html = client.get("/en/").content.decode()
    assert "Stories from the landscapes" in html
    assert html.index("Springs return") < html.index("Alpaca wool")


def test_reading_time_is_computed_from_the_body(indexes):
    words = " ".join(["word"] * 450)
    story = make_story(
        indexes["en"],
        body=[
            ("paragraph", f"<p>{words}</p>"),
            ("quote", {"text": "one two three", "attribution": ""}),
        ],
    )
    assert story.reading_minutes == 3  # 453 words at 200 a minute
    assert reading_minutes(make_story(indexes["en"], body=[]).body) == 1


def test_feed_is_rss_2_with_only_live_stories_of_that_language(client, stories):
    translate_page(stories["alpaca"], "es")
    stories["other"].unpublish()
    root = ET.fromstring(client.get("/en/stories/feed/").content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    assert root.findtext("./channel/language") == "en"
    assert [item.findtext("title") for item in root.findall("./channel/item")] == [
        "Springs return",
        "Alpaca wool",
        "Terraces hold",
    ]
    spanish = ET.fromstring(client.get("/es/stories/feed/").content)
    assert [item.findtext("link") for item in spanish.findall("./channel/item")] == [
        "http://testserver/es/stories/" + stories["alpaca"].slug + "-es/"
    ]


@pytest.mark.slow
def test_the_story_index_runs_the_same_queries_with_10_and_100_stories(client, indexes, themes):
    def queries():
        client.get("/en/stories/?theme=water")
        with CaptureQueriesContext(connection) as context:
            assert client.get("/en/stories/?theme=water").status_code == 200
        return len(context.captured_queries)

    for _ in range(10):
        make_story(indexes["en"], themes=[themes["water"]])
    with_10 = queries()
    for _ in range(90):
        make_story(indexes["en"], themes=[themes["water"]])
    assert queries() == with_10 <= PAGE_QUERY_LIMIT


def test_every_story_block_renders(client, indexes):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Terraces", file=get_test_image_file())
    story = make_story(
        indexes["en"],
        body=[
            chapter("The river", "Kerio river", 0.6, 35.6),
            (
                "before_after",
                {
                    "before": image,
                    "before_label": "2015",
                    "after": image,
                    "after_label": "2025",
                    "caption": "The same slope",
                    "credit": "",
                },
            ),
            (
                "figures",
                {
                    "heading": "Results",
                    "figures": [
                        {"value": "120", "unit": "ha", "label": "restored", "source": "Survey 2025"}
                    ],
                },
            ),
            (
                "gallery",
                {
                    "heading": "Photos",
                    "images": [
                        {"image": image, "caption": "One", "credit": ""},
                        {"image": image, "caption": "Two", "credit": ""},
                    ],
                },
            ),
            ("quote", {"text": "The water came back.", "attribution": "A farmer"}),
        ],
    )
    html = client.get(story.url).content.decode()
    assert "2015" in html and "2025" in html and "The same slope" in html
    assert "Survey 2025" in html
    assert "One" in html and "Two" in html
    assert "The water came back." in html


def test_feed_items_carry_the_storys_own_date(client, stories):
    root = ET.fromstring(client.get("/en/stories/feed/").content)
    first = root.find("./channel/item")
    assert stories["springs"].publication_date.strftime("%d %b %Y") in first.findtext("pubDate")


def test_a_story_page_runs_the_same_queries_with_1_and_3_related_stories(client, indexes, themes):
    story = make_story(indexes["en"], themes=[themes["water"]])
    make_story(indexes["en"], themes=list(themes.values()))
    with_one = queries_for(client, story.url)
    for _ in range(2):
        make_story(indexes["en"], themes=list(themes.values()))
    html = client.get(story.url).content.decode()
    assert html.count('class="card__title"') == 3  # three related stories, each with themes
    assert queries_for(client, story.url) == with_one <= PAGE_QUERY_LIMIT
