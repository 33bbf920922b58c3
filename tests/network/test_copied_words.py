"""Tags and skills are the same in every translation of a profile, as their source wrote them:
on a page in another language they are marked with their own language, and named."""

import re

from network.factories import make_expert, make_landscape
from website.factories import translate_page


def facts_value(client, url, word):
    """The HTML of the value among a profile's key facts that shows `word`."""
    content = client.get(url).content.decode()
    match = re.search(rf"<dd>((?:(?!</dd>).)*{re.escape(word)}(?:(?!</dd>).)*)</dd>", content, re.S)
    assert match, f"no {word!r} on {url}"
    return match.group(1)


def tagged(page, manager, names):
    getattr(page, manager).add(*names)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_translation_shows_its_sources_tags_marked_in_their_language(client, directory_site):
    landscape = tagged(
        make_landscape(directory_site["en"]["landscapes"], title="Upper Tana"),
        "tags",
        ["water fund", "grassland"],
    )
    french = translate_page(landscape, "fr", {"Upper Tana": "Haute Tana"})

    assert sorted(tag.name for tag in french.tags.all()) == ["grassland", "water fund"]
    shown = facts_value(client, french.url, "grassland")
    assert '<span lang="en" dir="ltr">' in shown
    assert "grassland" in shown and "water fund" in shown
    assert '<small class="card__language" lang="en" dir="ltr">(English)</small>' in shown
    # In the language they were written in, nothing to say.
    assert facts_value(client, landscape.url, "grassland") in (
        "grassland, water fund",
        "water fund, grassland",
    )


def test_tags_written_in_spanish_are_marked_spanish_in_english(client, directory_site):
    landscape = tagged(
        make_landscape(directory_site["es"]["landscapes"], title="Páramo de Chingaza"),
        "tags",
        ["páramo"],
    )
    english = translate_page(landscape, "en", {"Páramo de Chingaza": "Páramo de Chingaza"})

    shown = facts_value(client, english.url, "páramo")
    assert '<span lang="es" dir="ltr">páramo</span>' in shown
    assert 'lang="es" dir="ltr">(' in shown
    assert facts_value(client, landscape.url, "páramo") == "páramo"


def test_an_experts_skills_are_marked_in_their_language(client, directory_site):
    expert = tagged(
        make_expert(directory_site["en"]["experts"], title="Amina Odhiambo"),
        "skills",
        ["catchment hydrology"],
    )
    portuguese = translate_page(expert, "pt")

    shown = facts_value(client, portuguese.url, "catchment")
    assert '<span lang="en" dir="ltr">catchment hydrology</span>' in shown
    assert "(English)" in shown
    assert facts_value(client, expert.url, "catchment") == "catchment hydrology"
