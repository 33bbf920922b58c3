"""Several choices out of a long list (website/widgets.py): the page always holds the plain
checkboxes, which post the same values with or without scripts; a long list carries, in the
page's language, every word the searchable multi-select shows (static/js/multi-select.js has
none of its own). /my-profile/, the workspace and the admin's page forms use it for countries,
languages and the other lists that grow. The browser side is tests/browser/test_multi_select.py."""

import html
import re
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation

from network.factories import make_expert
from network.models import ExpertPage
from tests.network.test_permissions import editor_form_data
from tests.network.test_self_service import PROFILE, sign_up_and_verify
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.widgets import SEARCHABLE_FROM, STRINGS, SearchableSelectMultiple

STATIC = Path(settings.BASE_DIR) / "static"

ENGLISH = {
    "placeholder": "Type to search…",
    "no-results": "No results",
    "remove": "Remove %(item)s",
    "added": "%(item)s added",
    "removed": "%(item)s removed",
    "chosen": "Chosen: %(items)s",
    "none-chosen": "Nothing chosen yet",
}
SPANISH = {
    "placeholder": "Escribe para buscar…",
    "no-results": "Sin resultados",
    "remove": "Quitar %(item)s",
    "added": "Se añadió %(item)s",
    "removed": "Se quitó %(item)s",
    "chosen": "Tu selección: %(items)s",
    "none-chosen": "Aún no has elegido nada",
}


def _choices(count):
    return [(f"c{number}", f"Choice {number}") for number in range(count)]


class ChoicesForm(forms.Form):
    def __init__(self, count, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["things"] = forms.MultipleChoiceField(
            choices=_choices(count), required=False, widget=SearchableSelectMultiple
        )


def multi_select(page_html, name):
    """{data attribute: value} of the searchable multi-select around the checkboxes named
    `name`, or None when those checkboxes stand alone."""
    for match in re.finditer(r"<div class=\"multi-select\" data-multi-select([^>]*)>", page_html):
        rest = page_html[match.end() : match.end() + 600]
        if f'name="{name}"' in rest.split("</label>", 1)[0]:
            return {
                key: html.unescape(value)
                for key, value in re.findall(r' data-([a-z-]+)="([^"]*)"', match.group(1))
            }
    return None


def checkboxes(page_html, name):
    """[(value, checked)] of the checkboxes named `name`, in their order on the page."""
    return [
        (value, " checked" in attrs)
        for value, attrs in re.findall(
            rf'<input type="checkbox" name="{name}" value="([^"]*)"([^>]*)>', page_html
        )
    ]


# The widget -------------------------------------------------------------------------------


def test_a_long_list_is_every_checkbox_inside_a_multi_select_with_its_words():
    form = ChoicesForm(SEARCHABLE_FROM, initial={"things": ["c3", "c7"]})
    rendered = str(form["things"])
    assert multi_select(rendered, "things") == ENGLISH
    boxes = checkboxes(rendered, "things")
    assert [value for value, _checked in boxes] == [f"c{n}" for n in range(SEARCHABLE_FROM)]
    assert [value for value, checked in boxes if checked] == ["c3", "c7"]
    # Each checkbox keeps its label: that is the control without scripts, and the names the
    # script shows.
    assert '<label for="id_things_3"><input type="checkbox" name="things" value="c3"' in rendered
    assert "Choice 3</label>" in rendered


def test_a_short_list_stays_plain_checkboxes():
    rendered = str(ChoicesForm(SEARCHABLE_FROM - 1)["things"])
    assert multi_select(rendered, "things") is None
    assert "data-multi-select" not in rendered
    assert len(checkboxes(rendered, "things")) == SEARCHABLE_FROM - 1


def test_the_words_are_in_the_pages_language():
    with translation.override("es"):
        rendered = str(ChoicesForm(SEARCHABLE_FROM)["things"])
    assert multi_select(rendered, "things") == SPANISH
    assert set(STRINGS) == set(ENGLISH)


def test_the_script_has_no_words_of_its_own():
    script = (STATIC / "js" / "multi-select.js").read_text()
    code = re.sub(r"^\s*//.*$", "", re.sub(r"/\*.*?\*/", "", script, flags=re.DOTALL), flags=re.M)
    literals = re.findall(r'"[^"\n]*"|\'[^\'\n]*\'', code)
    # Tom Select's own English defaults (its "No results found for …") are replaced too.
    words = [text.split("%(")[0].strip(" :") or text for text in ENGLISH.values()]
    for literal in literals:
        for word in [*words, "No results found", "Loading", "Add "]:
            assert word not in literal, literal
    # What the script does show, it takes from the container's data attributes.
    for key in ("placeholder", "noResults", "remove", "added", "removed", "chosen", "noneChosen"):
        assert f"strings.{key}" in script, key


def test_a_posted_choice_is_the_checkboxes_values_without_scripts():
    form = ChoicesForm(SEARCHABLE_FROM + 5, data={"things": ["c1", "c28"]})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["things"] == ["c1", "c28"]
    assert [v for v, checked in checkboxes(str(form["things"]), "things") if checked] == [
        "c1",
        "c28",
    ]


def test_its_files_are_served_from_the_site():
    media = forms.Form().media + SearchableSelectMultiple().media
    assert media._css["all"] == ["vendor/tom-select/tom-select.min.css", "css/multi-select.css"]
    assert media._js == ["vendor/tom-select/tom-select.base.min.js", "js/multi-select.js"]
    for path in (*media._css["all"], *media._js):
        text = (STATIC / path).read_text()
        assert "sourceMappingURL" not in text, path
    assert (
        (STATIC / "vendor" / "tom-select" / "LICENSE")
        .read_text()
        .lstrip()
        .startswith("Apache License")
    )


# Where it is used -------------------------------------------------------------------------


@pytest.fixture
def roles(directory_site):
    from network.roles import ensure_roles

    ensure_roles()


def test_my_profile_searches_languages_and_countries_and_saves_them_without_scripts(
    client, roles, themes
):
    sign_up_and_verify(client)
    page_html = client.get("/en/my-profile/").content.decode()
    assert multi_select(page_html, "languages") == ENGLISH
    assert multi_select(page_html, "countries") == ENGLISH
    assert len(checkboxes(page_html, "countries")) > 200
    assert len(checkboxes(page_html, "languages")) > 150
    # The themes (three here) stay checkboxes; the scripts and styles come with the page.
    assert multi_select(page_html, "themes") is None
    assert len(checkboxes(page_html, "themes")) == 3
    assert '<script src="/static/js/multi-select.js"></script>' in page_html
    assert 'href="/static/css/multi-select.css"' in page_html

    # What a browser without scripts posts: the ticked checkboxes.
    response = client.post(
        "/en/my-profile/", {**PROFILE, "languages": ["pt", "es", "qu"], "countries": ["BR", "PE"]}
    )
    assert response.status_code == 302
    draft = ExpertPage.objects.get().get_latest_revision_as_object()
    assert sorted(draft.languages) == ["es", "pt", "qu"]
    assert sorted(country.code for country in draft.countries) == ["BR", "PE"]
    page_html = client.get("/en/my-profile/").content.decode()
    assert [v for v, checked in checkboxes(page_html, "countries") if checked] == ["BR", "PE"]


def test_my_profile_in_spanish_says_it_in_spanish(client, roles):
    sign_up_and_verify(client)
    page_html = client.get("/es/my-profile/").content.decode()
    assert multi_select(page_html, "languages") == SPANISH
    # Country and language names in Spanish too, sorted as a Spanish reader expects.
    labels = re.findall(
        r'name="countries" value="(?:DE|AF)"[^>]*>\s*([^<]+?)\s*</label>', page_html
    )
    assert labels == ["Afganistán", "Alemania"]


def test_the_workspace_searches_countries(client, roles):
    sign_up_and_verify(client, email="coordinator@example.org", purpose="coordinate")
    page_html = client.get("/en/my-landscapes/new/").content.decode()
    assert multi_select(page_html, "countries") == ENGLISH
    assert '<script src="/static/js/multi-select.js"></script>' in page_html


@pytest.fixture
def editor_client(client, directory_site):
    editor = get_user_model().objects.create_superuser("editor", "ed@example.org", "pw-12345678")
    client.force_login(editor)
    return client


def test_an_admin_page_form_searches_its_long_lists_and_saves_them(
    editor_client, directory_site, themes
):
    expert = make_expert(directory_site["en"]["experts"], themes=[themes["water"]])
    response = editor_client.get(f"/admin/pages/{expert.pk}/edit/")
    page_html = response.content.decode()
    assert multi_select(page_html, "languages") == ENGLISH
    assert multi_select(page_html, "countries") == ENGLISH
    # Countries were a Ctrl-click box of 249: now checkboxes (and the search over them).
    assert "<select" not in page_html.split('name="countries"')[0].rsplit("data-contentpath", 1)[1]
    assert [v for v, checked in checkboxes(page_html, "countries") if checked] == ["PE"]
    # Short lists stay checkboxes: the page's own language's themes, and the regions.
    assert multi_select(page_html, "themes") is None
    assert multi_select(page_html, "regions") is None
    assert len(checkboxes(page_html, "regions")) == 7
    assert "/static/js/multi-select.js" in page_html
    assert "/static/vendor/tom-select/tom-select.base.min.js" in page_html

    user = get_user_model().objects.get(username="editor")
    data = editor_form_data(expert, user, languages=["fr", "sw"], countries=["KE", "TZ"])
    response = editor_client.post(f"/admin/pages/{expert.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = ExpertPage.objects.get(pk=expert.pk).get_latest_revision_as_object()
    assert sorted(draft.languages) == ["fr", "sw"]
    assert sorted(country.code for country in draft.countries) == ["KE", "TZ"]


def test_an_admin_page_form_in_spanish_says_it_in_spanish(editor_client, directory_site):
    user = get_user_model().objects.get(username="editor")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    expert = make_expert(directory_site["es"]["experts"])
    page_html = editor_client.get(f"/admin/pages/{expert.pk}/edit/").content.decode()
    assert multi_select(page_html, "countries") == SPANISH


def test_the_coordinators_and_funders_lists_of_organisations_can_be_searched():
    from progress.forms import ActionForm, FundingOfferForm

    assert isinstance(
        ActionForm.base_fields["partner_organisations"].widget, SearchableSelectMultiple
    )
    assert isinstance(ActionForm.base_fields["themes"].widget, SearchableSelectMultiple)
    assert isinstance(FundingOfferForm.base_fields["themes"].widget, SearchableSelectMultiple)
