"""A small site with every kind of page the reliability tests render, made with the project's
factories in the database that DATABASE_URL names: `python -m tests.reliability.content`
prints the URLs as JSON.

It runs in a process of its own (with tests/reliability/settings.py) because the tests that use
it work on databases other than pytest's: a backup's source, a throwaway PostgreSQL server."""

import json
import os
import sys


def make_content():
    """Home and directories in every language, a landscape and a story with images, an
    organisation, an expert; gives {name: URL}."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file_jpeg

    from network.factories import (
        make_directory_site,
        make_expert,
        make_landscape,
        make_organisation,
    )
    from stories.factories import make_story, make_story_index

    site = make_directory_site()
    en = site["en"]
    image_model = get_image_model()
    landscape_image = image_model.objects.create(
        title="Terraces at dawn", file=get_test_image_file_jpeg("terraces.jpg", colour="olive")
    )
    story_image = image_model.objects.create(
        title="Mangrove nursery", file=get_test_image_file_jpeg("nursery.jpg", colour="teal")
    )
    organisation = make_organisation(en["organisations"], title="Coastal Trust")
    landscape = make_landscape(
        en["landscapes"],
        title="Kijabe Highlands",
        slug="kijabe-highlands",
        summary="Terraces and springs above the Rift Valley.",
        image=landscape_image,
        image_description="Terraces at dawn",
        partners=[(organisation, "convenor", 2019)],
    )
    expert = make_expert(en["experts"], title="Amina Odhiambo", landscapes=[landscape])
    stories = make_story_index({code: pages["home"] for code, pages in site.items()})
    story = make_story(
        stories["en"],
        title="Mangroves come back",
        slug="mangroves-come-back",
        hero_image=story_image,
        landscape=landscape,
    )
    return {
        "home": en["home"].url,
        "home_es": site["es"]["home"].url,
        "landscapes": en["landscapes"].url,
        "landscapes_faceted": f"{en['landscapes'].url}?region=africa&country=KE",
        "landscape": landscape.url,
        "landscape_json": f"{landscape.url}json/",
        "organisations": en["organisations"].url,
        "organisation": organisation.url,
        "experts": en["experts"].url,
        "expert": expert.url,
        "stories": stories["en"].url,
        "story": story.url,
        "search": "/en/search/?q=mangroves",
        "autocomplete": "/en/search/autocomplete/?q=kija",
        "geojson": "/api/landscapes.geojson?lang=en",
        "sitemap": "/sitemap.xml",
    }


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.reliability.settings")
    import django

    django.setup()
    json.dump(make_content(), sys.stdout)


if __name__ == "__main__":
    main()
