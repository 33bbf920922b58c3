import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from website.models import NavigationMenu, StandardPage, Theme

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "themes": Theme.objects.count(),
        "menus": NavigationMenu.objects.count(),
    }


def test_demo_content_exists_in_every_language_and_loading_it_again_changes_nothing(
    client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == first

    for language in ("en", "es", "fr", "pt"):
        assert StandardPage.objects.live().filter(locale__language_code=language).count() == 3
        assert Theme.objects.filter(locale__language_code=language).count() == 10
    about = StandardPage.objects.get(slug="about")
    spanish = about.get_translation(about.locale.__class__.objects.get(language_code="es"))
    assert spanish.title == "Sobre la iniciativa"
    response = client.get(spanish.url, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert "Sobre la iniciativa" in response.content.decode()

    # Two landscapes came from Terraso: their pages show Terraso's terms (in Spanish on the
    # Spanish page) and their exports carry Terraso's id and terms.
    page = client.get("/es/landscapes/lake-titicaca-altiplano/", HTTP_HOST="127.0.0.1:8000")
    assert "Quinua" in page.content.decode() and "Aimara" in page.content.decode()
    export = client.get("/en/landscapes/laikipia-rangelands/json/", HTTP_HOST="127.0.0.1:8000")
    data = export.json()
    assert data["id"] == "9a1e7d4b-2c6f-4e8a-b3d5-6f7a8b9c0d12"
    assert {"type": "COMMODITY", "value": {"original": "Honey", "eng": "Honey",
            "spa": "Miel de abeja"}} in data["taxonomyTerms"]  # fmt: skip
