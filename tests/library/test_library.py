"""The library's pages as visitors and editors meet them: the index's facets and sorts, a
resource's page with its files, cover, links and structured data, downloads counted, the feed,
the pages that link back, and files that cannot be read."""

import json
import xml.etree.ElementTree as ET
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from library.factories import make_library_index, make_resource
from library.models import DocumentText, ResourceDownloads, ResourcePage
from library.pdfs import write_pdf
from network.factories import make_expert, make_landscape
from tests.library import files
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import module_world

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def pdf(title="Notes", text="Stone walls hold the soil."):
    output = BytesIO()
    write_pdf(output, title=title, sections=[("Notes", text)])
    return output.getvalue()


def build_library():
    """A library in every language with three English resources (their PDFs read for real), a
    landscape and an expert they link to: built once for the module, each test rolled back."""
    from network.factories import make_directory_site

    directory_site = make_directory_site()
    homes = {language: pages["home"] for language, pages in directory_site.items()}
    indexes = make_library_index(homes)
    landscape = make_landscape(directory_site["en"]["landscapes"], title="Kijabe", slug="kijabe")
    expert = make_expert(directory_site["en"]["experts"], title="Amina Odhiambo", slug="amina")
    guide = make_resource(
        indexes["en"],
        title="Terrace handbook",
        slug="terrace-handbook",
        kind="guide",
        publication_year=2024,
        resource_languages=["en", "fr"],
        files=[("terraces.pdf", pdf("Terrace handbook"))],
        landscapes=[landscape],
        experts=[expert],
        other_authors="Ana Lima\nRift Valley Trust",
    )
    report = make_resource(
        indexes["en"],
        title="Watershed report",
        slug="watershed-report",
        kind="report",
        publication_year=2019,
        resource_languages=["es"],
        licence="cc0-1.0",
        files=[("report.pdf", pdf("Watershed report"))],
    )
    dataset = make_resource(
        indexes["en"],
        title="Rainfall series",
        slug="rainfall-series",
        kind="dataset",
        publication_year=2022,
        files=[("rainfall.txt", b"year,rain\n2020,812\n")],
    )
    return {
        "indexes": indexes,
        "guide": guide,
        "report": report,
        "dataset": dataset,
        "landscape": landscape,
        "expert": expert,
    }


library_world = module_world(build_library)


@pytest.fixture
def library(library_world, db):
    return library_world


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [card.get_text(strip=True) for card in soup(response).select(".resource-card h3")]


def facet(response, param):
    """{label: count} of a facet's options, as shown."""
    page = soup(response)
    counts = {}
    for box in page.select(f'input[name="{param}"]'):
        label = box.find_parent("label").get_text(" ", strip=True)
        name, _space, count = label.rpartition(" ")
        counts[name] = int(count.strip("()"))
    return counts


def test_the_index_lists_newest_first_with_kind_year_and_language(client, library):
    response = client.get("/en/library/")

    assert titles(response) == ["Terrace handbook", "Rainfall series", "Watershed report"]
    meta = [
        p.get_text(" ", strip=True) for p in soup(response).select(".resource-card .card__meta")
    ]
    assert meta[0] == "Guide · 2024 · English , French"
    assert meta[2] == "Report · 2019 · Spanish"


def test_facets_count_and_filter(client, library):
    response = client.get("/en/library/")
    assert facet(response, "kind") == {"Guide": 1, "Report": 1, "Dataset": 1}
    assert facet(response, "language") == {"English": 2, "French": 1, "Spanish": 1}
    assert facet(response, "year") == {"2024": 1, "2022": 1, "2019": 1}

    spanish = client.get("/en/library/", {"language": "es"})
    assert titles(spanish) == ["Watershed report"]
    # Within a facet the values are alternatives: the counts of the others stay.
    assert facet(spanish, "language") == {"English": 2, "French": 1, "Spanish": 1}
    assert facet(spanish, "kind") == {"Report": 1}

    assert titles(client.get("/en/library/", {"licence": "cc0-1.0"})) == ["Watershed report"]
    assert titles(client.get("/en/library/", {"kind": "nonsense"})) == titles(
        client.get("/en/library/")
    )


def test_most_downloaded_first(client, library):
    for _ in range(3):
        client.get(f"/en/library/watershed-report/files/{library['report'].files.get().pk}/")

    response = client.get("/en/library/", {"sort": "downloads"})

    assert titles(response)[0] == "Watershed report"


def test_the_index_runs_a_fixed_number_of_queries(client, library):
    index = library["indexes"]["en"]
    few = queries_for(client, "/en/library/?kind=guide&kind=report")
    for number in range(5):
        make_resource(index, kind="guide", files=[(f"g{number}.pdf", pdf())])
    many = queries_for(client, "/en/library/?kind=guide&kind=report")

    assert many == few
    assert many <= PAGE_QUERY_LIMIT


def test_a_resource_page_shows_what_it_is_and_its_file(client, library):
    page = soup(client.get("/en/library/terrace-handbook/"))

    assert page.h1.get_text(strip=True) == "Terrace handbook"
    facts = page.select_one(".facts").get_text(" ", strip=True)
    assert "Guide" in facts and "2024" in facts and "English, French" in facts
    licence = page.select_one('a[rel~="license"]')
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    download = page.select_one(".resource__files a")
    assert (
        download["href"] == f"/en/library/terrace-handbook/files/{library['guide'].files.get().pk}/"
    )
    assert "PDF" in page.select_one(".resource__file-meta").get_text()
    authors = [item.get_text(strip=True) for item in page.select("#resource-authors + ul li")]
    assert authors == ["Amina Odhiambo", "Ana Lima", "Rift Valley Trust"]
    assert page.select_one('a[href="/en/landscapes/kijabe/"]')
    # The first page of its PDF is its cover.
    assert page.select_one(".resource__cover img")


def test_its_pdf_was_read_and_its_first_page_made_the_cover(library):
    document = library["guide"].files.get().document
    text = DocumentText.objects.get(document=document)

    assert text.status == "ok"
    assert "Stone walls hold the soil." in text.text
    assert text.cover is not None
    assert text.cover.width == 600


def test_the_page_shows_each_download_while_its_middle_is_kept(client, library):
    """The page's header, files and facts are kept per content version; its download count,
    which changes without a publish, is not."""

    def shown_downloads():
        page = BeautifulSoup(client.get("/en/library/terrace-handbook/").text, "html.parser")
        label = page.find("dt", string="Downloads")
        return label.find_next_sibling("dd").get_text(strip=True)

    file = library["guide"].files.get()
    assert shown_downloads() == "0"
    client.get(f"/en/library/terrace-handbook/files/{file.pk}/")
    assert shown_downloads() == "1"
    client.get(f"/en/library/terrace-handbook/files/{file.pk}/")
    assert shown_downloads() == "2"


def test_a_download_is_counted_without_who_and_served(client, library):
    resource = library["guide"]
    file = resource.files.get()

    response = client.get(f"/en/library/terrace-handbook/files/{file.pk}/")

    assert response.status_code == 302
    assert response["Location"] == file.document.url
    served = client.get(response["Location"])
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF-")
    assert ResourceDownloads.objects.get(translation_key=resource.translation_key).count == 1
    # Never served from a cache: each download counts.
    client.get(f"/en/library/terrace-handbook/files/{file.pk}/")
    assert ResourceDownloads.objects.get(translation_key=resource.translation_key).count == 2
    # Only a number is stored: no address, no account, no time.
    assert {field.name for field in ResourceDownloads._meta.get_fields()} == {
        "translation_key",
        "count",
    }
    assert client.get("/en/library/terrace-handbook/files/999999/").status_code == 404
    other = library["report"].files.get()
    assert client.get(f"/en/library/terrace-handbook/files/{other.pk}/").status_code == 404


def test_linked_pages_show_the_resource(client, library):
    landscape = soup(client.get("/en/landscapes/kijabe/"))
    expert = soup(client.get("/en/experts/amina/"))

    for page in (landscape, expert):
        links = [a.get_text(strip=True) for a in page.select("#library-resources ~ ul a")]
        assert links == ["Terrace handbook"]


def test_structured_data_of_each_kind(client, library):
    def json_ld(path):
        page = soup(client.get(path))
        return [json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]')]

    guide = next(
        d for d in json_ld("/en/library/terrace-handbook/") if d["@type"] == "CreativeWork"
    )
    assert guide["inLanguage"] == ["en", "fr"]
    assert guide["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {"@type": "Person", "name": "Ana Lima"} in guide["author"]
    dataset = next(d for d in json_ld("/en/library/rainfall-series/") if d["@type"] == "Dataset")
    document = library["dataset"].files.get().document
    assert dataset["distribution"][0]["contentUrl"].endswith(document.url)


def test_the_feed_lists_new_resources(client, library):
    response = client.get("/en/library/feed/")

    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert {item.findtext("title") for item in feed.iter("item")} == {
        "Terrace handbook",
        "Watershed report",
        "Rainfall series",
    }


def test_the_api_lists_resources_with_their_facts(client, library):
    response = client.get(
        "/api/v2/pages/", {"type": "library.ResourcePage", "fields": "kind,licence"}
    )

    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert items["Watershed report"]["kind"] == "report"
    assert items["Watershed report"]["licence"] == "cc0-1.0"


@pytest.mark.parametrize(
    ("maker", "status"),
    [
        (files.encrypted_pdf, "encrypted"),
        (files.scanned_pdf, "no-text"),
        (files.docx_zip_bomb, "too-large"),
    ],
)
def test_an_unreadable_file_is_skipped_and_the_resource_published(
    client, library, tmp_path, maker, status
):
    path = maker(tmp_path)
    resource = make_resource(
        library["indexes"]["en"],
        title="Hard to read",
        slug="hard-to-read",
        files=[(path.name, path.read_bytes())],
    )

    assert resource.live
    assert DocumentText.objects.get(document=resource.files.get().document).status == status
    assert client.get("/en/library/hard-to-read/").status_code == 200


def test_a_video_must_come_from_a_host_the_site_embeds(library):
    video = ResourcePage.objects.get(pk=library["guide"].pk)
    video.kind = "video"
    video.link = "https://example.org/watch/123"
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "link" in error.value.message_dict

    video.link = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    video.full_clean()
    assert video.video_embed_url == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"


def test_a_spanish_visitor_reads_the_index_in_spanish(client, library):
    page = soup(client.get("/es/library/"))

    assert page.select_one('label[for="directory-q"]').get_text(strip=True) == (
        "Busca en los títulos, los resúmenes y el texto de los archivos"
    )
    assert "Sigue los nuevos recursos (RSS)" in page.get_text()


def test_the_command_reads_every_file_again(library):
    from io import StringIO

    from django.core.management import call_command

    DocumentText.objects.all().delete()
    output = StringIO()
    call_command("extract_library_text", stdout=output)

    assert "ok: 3" in output.getvalue()
    assert DocumentText.objects.filter(status="ok").count() == 3
    output = StringIO()
    call_command("extract_library_text", "--again", stdout=output)
    assert "3 files of library resources read." in output.getvalue()


def test_an_unknown_licence_or_kind_is_refused(library):
    resource = ResourcePage.objects.get(pk=library["guide"].pk)
    resource.licence = "cc-by-99"
    resource.kind = "pamphlet"
    with pytest.raises(ValidationError) as error:
        resource.full_clean()

    assert {"licence", "kind"} <= set(error.value.message_dict)


def test_the_sitemap_lists_the_library_and_its_resources(client, library):
    response = client.get("/sitemap.xml")

    locations = {loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")}
    assert any(location.endswith("/en/library/") for location in locations)
    assert any(location.endswith("/en/library/terrace-handbook/") for location in locations)


def test_a_translation_says_what_each_file_is_in_its_language(client, library):
    from website.factories import translate_page

    resource = make_resource(
        library["indexes"]["en"],
        title="Grazing plan",
        slug="grazing-plan",
        files=[("plan.pdf", pdf()), ("summary.pdf", pdf("Summary"), "Two-page summary")],
    )
    translate_page(
        resource,
        "es",
        {"Grazing plan": "Plan de pastoreo", "Two-page summary": "Resumen de dos páginas"},
    )

    english = soup(client.get("/en/library/grazing-plan/"))
    spanish = soup(client.get("/es/library/grazing-plan/"))
    assert [a.get_text(strip=True) for a in english.select(".resource__files a.button")] == [
        "plan.pdf",
        "Two-page summary",
    ]
    assert [a.get_text(strip=True) for a in spanish.select(".resource__files a.button")] == [
        "plan.pdf",
        "Resumen de dos páginas",
    ]
    # The same files: each link of the translation serves the English version's document.
    english_file = resource.files.get(label="Two-page summary").document_id
    spanish_link = spanish.select(".resource__files a.button")[1]["href"]
    assert client.get(spanish_link)["Location"].startswith(f"/documents/{english_file}/")


def test_the_editor_sees_which_files_the_search_can_read(client, library, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)

    response = client.get(f"/admin/pages/{library['guide'].pk}/edit/")

    status = soup(response).select_one(".file-text-status").get_text(" ", strip=True)
    assert "Text extracted · 2 pages" in status


def test_a_resource_page_runs_a_fixed_number_of_queries(client, library):
    assert queries_for(client, "/en/library/terrace-handbook/") <= PAGE_QUERY_LIMIT
