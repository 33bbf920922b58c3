"""An institution's editors land on their own courses (learning/wagtail_hooks.py): each course
with its sessions and the languages it lacks, Add a course, and Translate into each missing
language, which they may do for their own courses only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page

from learning.factories import make_catalog, make_course, make_institution, session
from tests.worlds import module_world
from website.factories import locale, translate_page

pytestmark = pytest.mark.django_db


def build_world():
    from network.factories import make_directory_site
    from network.roles import ensure_institution_editors, ensure_roles

    sites = make_directory_site()
    catalog = make_catalog({language: pages["home"] for language, pages in sites.items()})
    forest = make_institution(catalog["en"], title="Forest School", slug="forest-school")
    water = make_institution(catalog["en"], title="Water Academy", slug="water-academy")
    for institution in (forest, water):
        translate_page(institution, "es")
    translate_page(forest, "fr")
    ensure_roles()
    ours = make_course(forest, title="Agroforestry design", sessions=[session(20), session(None)])
    translate_page(ours, "es")
    theirs = make_course(water, title="Watershed basics")
    users = {}
    for role, group in {
        "forest_editor": ensure_institution_editors(forest),
        "editor": Group.objects.get(name="Editors"),
    }.items():
        user = get_user_model().objects.create_user(role, f"{role}@example.org", "pw-long-enough-1")
        user.groups.add(group)
        users[role] = user.pk
    return {"users": users, "forest": forest.pk, "ours": ours.pk, "theirs": theirs.pk}


world = module_world(build_world)


def signed_in(world, role):
    client = Client()
    client.force_login(get_user_model().objects.get(pk=world["users"][role]))
    return client


def test_an_institution_editor_lands_on_their_courses(world):
    html = signed_in(world, "forest_editor").get("/admin/").content.decode()
    panel = html[html.index('id="institution-courses-forest-school-section"') :]
    assert "Your courses at Forest School" in panel
    assert f'href="/admin/pages/add/learning/coursepage/{world["forest"]}/"' in panel
    assert "Agroforestry design" in panel and "Watershed basics" not in panel
    # Spanish is there; French is missing (a button); Portuguese too, but the school has no
    # Portuguese section yet: the site's editors make it first.
    assert "Translate into French" in panel
    assert "Translate into Spanish" not in panel and "Translate into Portuguese" not in panel
    assert "Portuguese (ask the site's editors)" in panel
    assert "created in Thousand Landscapes" not in html  # Wagtail's site-wide counts


def test_an_editor_of_the_whole_site_keeps_the_site_summary(world):
    html = signed_in(world, "editor").get("/admin/").content.decode()
    assert "institution-courses" not in html
    assert "created in Thousand Landscapes" in html


def test_an_institution_editor_translates_their_course_and_not_another(world):
    client = signed_in(world, "forest_editor")
    response = client.post(f"/admin/to-translate/{world['ours']}/", {"language": "fr"})
    ours = Page.objects.get(pk=world["ours"])
    french = ours.get_translation(locale("fr"))
    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{french.pk}/edit/")
    assert client.get(response["Location"]).status_code == 200

    response = client.post(f"/admin/to-translate/{world['theirs']}/", {"language": "es"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Page.objects.get(pk=world["theirs"]).get_translations().count() == 0


def test_the_dashboard_runs_the_same_queries_whatever_the_number_of_courses(world):
    from tests.queries import queries_for

    client = signed_in(world, "forest_editor")
    few = queries_for(client, "/admin/")
    forest = Page.objects.get(pk=world["forest"]).specific
    for number in range(4):
        make_course(forest, title=f"More course {number}", sessions=[session(10 + number)])
    assert queries_for(client, "/admin/") == few
