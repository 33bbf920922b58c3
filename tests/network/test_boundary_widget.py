"""The boundary's map widget (network/widgets.py): the GeoJSON text it holds whatever form the
value comes in, what static/js/boundary-editor.js needs of the page, and the Wagtail admin's
landscape editor showing it and keeping what an editor typed when the form comes back."""

import json

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders

from network.factories import make_directory_site, make_landscape, square
from network.widgets import AdminBoundaryWidget, BoundaryWidget
from tests.worlds import module_world

SQUARE = square(36.8, -1.3)


class BoundaryForm(forms.Form):
    boundary = forms.JSONField(required=False, widget=BoundaryWidget)


def textarea(html, name="boundary"):
    return BeautifulSoup(html, "html.parser").find("textarea", attrs={"name": name})


def editor_block(html):
    return BeautifulSoup(html, "html.parser").find(attrs={"data-boundary-editor": True})


def test_a_stored_boundary_is_shown_as_geojson_text():
    html = str(BoundaryForm(initial={"boundary": SQUARE})["boundary"])
    assert json.loads(textarea(html).get_text()) == SQUARE


def test_a_dict_given_straight_to_the_widget_is_json_text():
    html = BoundaryWidget().render("boundary", SQUARE, attrs={"id": "id_boundary"})
    assert json.loads(textarea(html).get_text()) == SQUARE


def test_text_is_shown_as_it_was_typed_even_when_the_form_refuses_it():
    typed = '{"type": "Polygon", "coordinates": [[[36.8, -1.3], [36.9'
    form = BoundaryForm(data={"boundary": typed})
    assert not form.is_valid()
    assert textarea(str(form["boundary"])).get_text().strip() == typed


def test_no_boundary_is_an_empty_field_not_null():
    assert textarea(str(BoundaryForm()["boundary"])).get_text().strip() == ""
    html = str(BoundaryForm(initial={"boundary": None})["boundary"])
    assert textarea(html).get_text().strip() == ""


def test_without_a_tile_server_the_editor_draws_on_the_sites_own_basemap():
    block = editor_block(BoundaryWidget().render("boundary", SQUARE, attrs={"id": "id_boundary"}))
    assert block["data-tile-url"] == "/basemap/1/{z}/{x}/{y}{r}.png"
    assert block["data-max-native-zoom"] == "12"
    assert block["data-attribution"] == "Natural Earth"


def test_the_block_carries_what_the_script_reads_and_hides_the_map_without_it():
    html = BoundaryWidget(tile_url="https://tiles.example.org/{z}/{x}/{y}.png").render(
        "boundary", SQUARE, attrs={"id": "id_boundary"}
    )
    block = editor_block(html)
    assert block is not None
    assert block["data-tile-url"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    # A configured tile server's deepest zoom is its own business.
    assert not block.has_attr("data-max-native-zoom")
    # Without scripts: the map area stays hidden and the textarea is in an open <details>.
    assert block.find(attrs={"data-boundary-map-area": True}).has_attr("hidden")
    source = block.find("details", attrs={"data-boundary-source": True})
    assert source.has_attr("open")
    assert source.find("textarea")["id"] == "id_boundary"
    assert source.summary.get_text(strip=True) == "Edit as GeoJSON"
    # The map has a name, and says what to use instead of it.
    region = block.find(attrs={"data-boundary-map": True})
    assert region["role"] == "region"
    assert region["aria-label"]
    described = [block.find(id=part).get_text() for part in region["aria-describedby"].split()]
    assert any("upload" in text and "pin" in text for text in described)


def test_its_media_are_the_vendored_files():
    media = BoundaryWidget().media
    scripts = [str(path) for path in media._js]
    styles = [str(path) for path in media._css["all"]]
    assert scripts == [
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet-geoman/leaflet-geoman.min.js",
        "js/boundary-editor.js",
    ]
    assert "vendor/leaflet-geoman/leaflet-geoman.css" in styles
    for path in scripts + styles:
        assert finders.find(path), f"{path} is not among the static files"


# --- The admin -------------------------------------------------------------------------------


def build():
    sites = make_directory_site()
    landscape = make_landscape(sites["en"]["landscapes"], title="Mau Forest", boundary=SQUARE)
    editor = get_user_model().objects.create_superuser(
        "boundary-editor", "boundary-editor@example.org", "pw-boundary-12345"
    )
    return {"landscape": landscape, "editor": editor}


world = module_world(build)


@pytest.fixture
def editor_client(client, world):
    client.force_login(world["editor"])
    return client


@pytest.mark.django_db
def test_the_admin_editor_of_a_landscape_draws_the_boundary_on_a_map(editor_client, world):
    response = editor_client.get(f"/admin/pages/{world['landscape'].pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    block = editor_block(html)
    assert block is not None
    assert json.loads(block.find("textarea", attrs={"name": "boundary"}).get_text()) == SQUARE
    # In the admin the alternatives are the text and the centre, not an upload.
    assert str(AdminBoundaryWidget.keyboard_alternative) in block.get_text()
    assert "upload" not in block.get_text()
    page = BeautifulSoup(html, "html.parser")
    scripts = [tag["src"] for tag in page.find_all("script", src=True)]
    for name in ("leaflet.js", "leaflet-geoman.min.js", "boundary-editor.js"):
        assert any(name in src for src in scripts), f"{name} not loaded in the admin"


@pytest.mark.django_db
def test_the_admin_keeps_typed_geojson_when_the_form_comes_back(editor_client, world):
    from tests.network.test_permissions import editor_form_data

    landscape = world["landscape"]
    typed = '{"type": "Polygon", "coordinates": [[[36.8, -1.3], [36.9, -1.3]]]}'
    data = editor_form_data(landscape, world["editor"], boundary=typed)
    response = editor_client.post(f"/admin/pages/{landscape.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with its error
    field = textarea(response.content.decode())
    assert field.get_text().strip() == typed
    assert field.get("aria-invalid") == "true"
    landscape.refresh_from_db()
    assert landscape.get_latest_revision_as_object().boundary == SQUARE
