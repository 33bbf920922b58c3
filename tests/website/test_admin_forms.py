"""The admin's page forms speak to the person filling them: a course's title, an expert's name,
a landscape's and an organisation's name, instead of Wagtail's "The page title as you'd like
it to be seen by the public"; and the 5 Elements say what each element and each score mean."""

import pytest
from django.contrib.auth import get_user_model

from learning.factories import make_catalog, make_course, make_institution
from network.factories import make_expert, make_landscape, make_organisation

pytestmark = pytest.mark.django_db

WAGTAILS_DEFAULT = "The page title as you&#x27;d like it to be seen by the public"


@pytest.fixture
def editor_client(client, directory_site):
    editor = get_user_model().objects.create_superuser("editor", "ed@example.org", "pw-12345678")
    client.force_login(editor)
    return client


def _edit_form(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_each_kind_of_page_names_its_title(editor_client, directory_site):
    en = directory_site["en"]
    catalog = make_catalog({language: pages["home"] for language, pages in directory_site.items()})
    pages = {
        "Name": make_expert(en["experts"]),
        "Landscape name": make_landscape(en["landscapes"]),
        "Organisation name": make_organisation(en["organisations"]),
        "Course title": make_course(make_institution(catalog["en"])),
    }
    for heading, page in pages.items():
        html = _edit_form(editor_client, page)
        label = f'id="id_title-label"><span data-panel-heading-text>{heading}<'
        assert label in html, heading
        assert WAGTAILS_DEFAULT not in html, heading


def test_the_5_elements_say_what_they_and_their_scores_mean(editor_client, directory_site):
    html = _edit_form(editor_client, make_landscape(directory_site["en"]["landscapes"]))
    assert "1 not begun, 2 started, 3 well advanced, 4 completed" in html
    assert "The partners measure what changes, learn from it and adapt." in html


def _theme_choices(html):
    """The theme checkboxes of an admin page form: [(value, label)]."""
    import re

    return re.findall(
        r'<input type="checkbox" name="themes" value="(\d+)"[^>]*>\s*([^<]+?)\s*</label>', html
    )


def test_choices_come_from_the_pages_own_language(editor_client, directory_site, themes):
    """A Spanish landscape's form offers the Spanish themes, as checkboxes, not every
    language's copy of each in a Ctrl-click list; the page's own choice stays offered."""
    from website.factories import locale
    from website.models import Theme

    spanish = make_landscape(directory_site["es"]["landscapes"])
    html = _edit_form(editor_client, spanish)
    labels = sorted(label for _value, label in _theme_choices(html))
    assert labels == ["Agua", "Financiación", "Restauración"]

    # A page that holds an English theme (saved before this rule) keeps it among the choices.
    spanish.themes = [themes["water"]]
    spanish.save()
    labels = sorted(label for _value, label in _theme_choices(_edit_form(editor_client, spanish)))
    assert labels == ["Agua", "Financiación", "Restauración", "Water"]

    # A new page under the English directory: the English ones.
    response = editor_client.get(
        f"/admin/pages/add/network/landscapepage/{directory_site['en']['landscapes'].pk}/"
    )
    labels = sorted(label for _value, label in _theme_choices(response.content.decode()))
    assert labels == ["Finance", "Restoration", "Water"]
    assert Theme.objects.filter(locale=locale("es")).count() == 3
