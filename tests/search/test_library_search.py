"""The library's search, to the text inside its files, on the database's search and (run again
with SEARCH_URL) on the engine: the library index and the site search find a resource by a
sentence that only its PDF holds, and show that passage with the words marked."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup

from library.factories import make_library_index, make_resource
from library.pdfs import write_pdf
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import directory_site_world, shared_directory_site, shared_homes  # noqa: F401 (fixtures)
from website.factories import translate_page

FILLER = (
    "The partnership met in the market town to agree on the year's work plan. Farmers, "
    "foresters and the district office compared notes on the rains and the prices."
)


def pdf(*sections):
    output = BytesIO()
    write_pdf(output, title="Field notes", sections=list(sections))
    return output.getvalue()


def long_report():
    """Fifteen sections of filler, and on the last page the sentence a reader remembers."""
    sections = [(f"Chapter {number}", "\n\n".join([FILLER] * 6)) for number in range(1, 15)]
    sections.append(
        (
            "What worked",
            "Keyline ploughing slowed the runoff on the upper slopes within two seasons.",
        )
    )
    return pdf(*sections)


@pytest.fixture
def library(directory_site, search_index):
    homes = {language: pages["home"] for language, pages in directory_site.items()}
    indexes = make_library_index(homes)
    report = make_resource(
        indexes["en"],
        title="Water on the slopes",
        slug="water-on-the-slopes",
        summary="What a decade of soil conservation taught a highland partnership.",
        kind="report",
        files=[("water-on-the-slopes.pdf", long_report())],
    )
    spanish_only = make_resource(
        indexes["es"],
        title="Terrazas de la cuenca alta",
        slug="terrazas-de-la-cuenca-alta",
        summary="Una guía para reconstruir terrazas.",
        resource_languages=["es"],
        files=[
            (
                "terrazas.pdf",
                pdf(("Muros", "Las terrazas de piedra seca detienen la erosión en la ladera.")),
            )
        ],
    )
    video = make_resource(
        indexes["en"],
        title="Grazing plans explained",
        slug="grazing-plans",
        summary="A recorded webinar on planned grazing.",
        kind="webinar",
        link="https://vimeo.com/123456789",
        publication_year=2021,
        licence="cc-by-nc-4.0",
    )
    search_index.refresh()
    return {"indexes": indexes, "report": report, "spanish": spanish_only, "video": video}


def cards(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select(".resource-card")


def test_a_sentence_inside_the_pdf_finds_the_resource_with_the_passage(client, library):
    response = client.get("/en/library/", {"q": "keyline ploughing runoff"})

    assert response.status_code == 200
    found = cards(response)
    assert [card.select_one("h3").get_text(strip=True) for card in found] == ["Water on the slopes"]
    passage = found[0].select_one(".resource-card__passage")
    assert "slowed the" in passage.get_text()
    assert [mark.get_text() for mark in passage.select("mark")] == [
        "Keyline",
        "ploughing",
        "runoff",
    ]


def test_the_site_search_finds_it_too_with_the_passage(client, library):
    response = client.get("/en/search/", {"q": "keyline ploughing"})

    soup = BeautifulSoup(response.content, "html.parser")
    kinds = [kind.get_text(strip=True) for kind in soup.select(".search-results__kind")]
    assert kinds == ["Library resource"]
    marks = [mark.get_text() for mark in soup.select(".resource-card__passage mark")]
    assert marks == ["Keyline", "ploughing"]


def test_a_spanish_only_resource_is_found_from_the_english_site_with_every_language(
    client, library
):
    query = {"q": "piedra seca"}
    assert cards(client.get("/en/library/", query)) == []

    found = cards(client.get("/en/library/", {**query, "languages": "all"}))

    assert len(found) == 1
    link = found[0].select_one("h3 a")
    assert link.get_text(strip=True) == "Terrazas de la cuenca alta"
    assert link["lang"] == "es"
    assert link["href"] == "/es/library/terrazas-de-la-cuenca-alta/"
    assert "Spanish" in found[0].select_one(".card__meta").get_text()
    # The passage, from the Spanish file, is marked as Spanish on the English page.
    assert found[0].select_one(".resource-card__passage")["lang"] == "es"


def test_the_spanish_library_finds_by_stem_and_without_accents(client, library):
    found = cards(client.get("/es/library/", {"q": "erosion laderas"}))

    assert [card.select_one("h3").get_text(strip=True) for card in found] == [
        "Terrazas de la cuenca alta"
    ]
    marks = [mark.get_text() for mark in found[0].select("mark")]
    assert marks == ["erosión", "ladera"]


def test_a_translated_resource_is_found_in_its_language(client, library, search_index):
    translate_page(
        library["report"],
        "fr",
        {"Water on the slopes": "L'eau sur les pentes", "water-on-the-slopes": "eau-pentes"},
    )
    search_index.refresh()

    found = cards(client.get("/fr/library/", {"q": "keyline"}))

    assert [card.select_one("h3").get_text(strip=True) for card in found] == [
        "L'eau sur les pentes"
    ]


def test_a_library_search_runs_a_fixed_number_of_queries(client, library, search_index):
    index = library["indexes"]["en"]
    few = queries_for(client, "/en/library/?q=slopes")
    for number in range(6):
        make_resource(index, title=f"Slopes {number}", files=[(f"s{number}.pdf", long_report())])
    search_index.refresh()
    many = queries_for(client, "/en/library/?q=slopes")

    assert many == few
    assert many <= PAGE_QUERY_LIMIT
