"""The translators' queue (website/translation_queue.py): what awaits translation into each
language, and the way into wagtail-localize from it, through the admin's real views.

A translator holds page permissions on the es/fr/pt trees only; the queue is how they find a new
English page, a source that changed, a translation not yet published, and how they reach the
translation editor, whose linked pages the admin API now shows them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page

from tests.queries import queries_for
from tests.worlds import module_world
from website.factories import locale

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-77"


def build_world():
    from learning.factories import make_catalog, make_institution
    from network.factories import make_directory_site, make_landscape
    from network.roles import ensure_institution_editors, ensure_roles
    from stories.factories import make_story, make_story_index
    from website.factories import translate_page

    sites = make_directory_site()
    homes = {language: pages["home"] for language, pages in sites.items()}
    stories = make_story_index(homes)
    institution = make_institution(make_catalog(homes)["en"], title="Forest School")
    ensure_roles()

    new = make_landscape(sites["en"]["landscapes"], title="Mau Forest")
    story = make_story(stories["en"], title="A valley restored", landscape=new)
    changed = translate_page(story, "es", {"A valley restored": "Un valle restaurado"})
    translate_page(story, "fr", {"A valley restored": "Une vallée restaurée"})
    story.save_revision().publish()  # the source moves on after its translations
    draft = make_story(stories["en"], title="Rain returns")
    translate_page(draft, "es", {"Rain returns": "Vuelve la lluvia"}, publish=False)
    spanish = make_landscape(sites["es"]["landscapes"], title="Páramo de Santurbán")

    users = {}
    for role, group in {
        "translator": Group.objects.get(name="Translators"),
        "editor": Group.objects.get(name="Editors"),
        "moderator": Group.objects.get(name="Moderators"),
        "institution_editor": ensure_institution_editors(institution),
        "expert": Group.objects.get(name="Experts"),
    }.items():
        user = get_user_model().objects.create_user(role, f"{role}@example.org", PASSWORD)
        user.groups.add(group)
        users[role] = user.pk
    return {
        "users": users,
        "new": new.pk,
        "story": story.pk,
        "changed": changed.pk,
        "spanish": spanish.pk,
    }


world = module_world(build_world)


def signed_in(world, role):
    client = Client()
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(pk=world["users"][role]))
    return client


def rows(response):
    return response.context["rows"]


def titles(response):
    return [row["title"] for row in rows(response)]


def test_a_translator_finds_a_new_english_page_and_translates_it(world):
    translator = signed_in(world, "translator")
    response = translator.get("/admin/to-translate/")
    assert response.status_code == 200
    assert response.context["language"] == "es"  # the first language they translate into
    assert [code for code, _name in response.context["languages"]] == ["es", "fr", "pt"]
    assert "Mau Forest" in titles(response)
    assert "Páramo de Santurbán" not in titles(response)  # written in Spanish already
    row = next(row for row in rows(response) if row["title"] == "Mau Forest")
    assert row["translate"] == f"/admin/to-translate/{world['new']}/"

    # "Translate" creates the Spanish translation and opens it in the translation editor.
    response = translator.post(row["translate"], {"language": "es"})
    translation = Page.objects.get(pk=world["new"]).get_translation(locale("es"))
    assert not translation.live
    assert (response.status_code, response["Location"]) == (
        302,
        f"/admin/pages/{translation.pk}/edit/",
    )
    assert "Mau Forest" in translator.get(response["Location"]).content.decode()
    # Again (a second tab, a double click): the same translation, nothing new.
    again = translator.post(row["translate"], {"language": "es"})
    assert again["Location"] == f"/admin/pages/{translation.pk}/edit/"

    after = translator.get("/admin/to-translate/")
    assert "Mau Forest" not in titles(after)
    unpublished = translator.get("/admin/to-translate/?language=es&state=unpublished")
    assert "Mau Forest" in titles(unpublished)


@pytest.mark.parametrize(
    ("role", "language"),
    [("moderator", "es"), ("institution_editor", "es"), ("translator", "en"), ("translator", "xx")],
)
def test_translating_is_refused_to_who_may_not_translate_into_the_language(world, role, language):
    response = signed_in(world, role).post(
        f"/admin/to-translate/{world['new']}/", {"language": language}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Page.objects.get(pk=world["new"]).get_translations().count() == 0


def test_a_page_written_in_spanish_awaits_french_and_portuguese(world):
    translator = signed_in(world, "translator")
    for language in ("fr", "pt"):
        response = translator.get(f"/admin/to-translate/?language={language}")
        assert "Páramo de Santurbán" in titles(response)
        row = next(row for row in rows(response) if row["title"] == "Páramo de Santurbán")
        assert row["written_in"] == "Spanish"


def test_a_changed_source_is_listed_until_its_translation_is_brought_up_to_date(world):
    translator = signed_in(world, "translator")
    response = translator.get("/admin/to-translate/?language=es&state=changed")
    assert titles(response) == ["Un valle restaurado"]
    row = rows(response)[0]
    assert row["source_title"] == "A valley restored"
    assert row["edit"] == f"/admin/pages/{world['changed']}/edit/"
    assert translator.get("/admin/to-translate/?language=pt&state=changed").context["rows"] == []

    # "Bring up to date": a draft of the Spanish page, opened to review and publish; the live
    # Spanish page and every other language stay as they are.
    response = translator.post(row["update"])
    assert (response.status_code, response["Location"]) == (
        302,
        f"/admin/pages/{world['changed']}/edit/",
    )
    spanish = Page.objects.get(pk=world["changed"])
    assert spanish.live and spanish.has_unpublished_changes
    assert titles(translator.get("/admin/to-translate/?language=es&state=changed")) == []
    assert "Un valle restaurado" in titles(
        translator.get("/admin/to-translate/?language=es&state=unpublished")
    )
    french = translator.get("/admin/to-translate/?language=fr&state=changed")
    assert titles(french) == ["Une vallée restaurée"]
    french_page = Page.objects.get(title="Une vallée restaurée")
    assert not french_page.has_unpublished_changes


@pytest.mark.parametrize("role", ["moderator", "institution_editor", "expert"])
def test_bringing_up_to_date_is_refused_to_who_does_not_translate(world, role):
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(
        source__object_id=Page.objects.get(pk=world["changed"]).translation_key,
        target_locale__language_code="es",
    )
    response = signed_in(world, role).post(f"/admin/to-translate/update/{translation.pk}/")
    assert (
        response.status_code == 302
        and response["Location"] != f"/admin/pages/{world['changed']}/edit/"
    )
    assert not Page.objects.get(pk=world["changed"]).has_unpublished_changes


def test_unpublished_translations_are_listed_with_a_way_to_finish_them(world):
    response = signed_in(world, "translator").get(
        "/admin/to-translate/?language=es&state=unpublished"
    )
    assert "Vuelve la lluvia" in titles(response)
    counts = {key: total for key, _label, total in response.context["tabs"]}
    assert counts["unpublished"] == len(rows(response))


def test_the_queue_searches_titles_and_says_when_nothing_matches(world):
    translator = signed_in(world, "translator")
    assert titles(translator.get("/admin/to-translate/?language=es&q=mau")) == ["Mau Forest"]
    response = translator.get("/admin/to-translate/?language=es&q=zzz")
    assert 'No page here has "zzz" in its title.' in response.content.decode()


def test_the_admin_in_spanish_shows_the_queue_in_spanish(world):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(pk=world["users"]["translator"])
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="es"
    )
    translator = signed_in(world, "translator")
    response = translator.get("/admin/to-translate/")
    html = response.content.decode()
    assert "Sin traducir" in html
    assert "Traducir" in html
    # A translator whose admin speaks French is shown French first.
    UserProfile.objects.filter(user=user).update(preferred_language="fr")
    assert signed_in(world, "translator").get("/admin/to-translate/").context["language"] == "fr"


@pytest.mark.parametrize(
    ("role", "refused_to", "languages"),
    [
        ("anonymous", "/admin/login/?next=/admin/to-translate/", None),
        ("expert", "/admin/login/?next=/admin/to-translate/", None),
        ("moderator", "/admin/", None),
        ("institution_editor", "/admin/", None),
        ("translator", None, ["es", "fr", "pt"]),
        ("editor", None, ["en", "es", "fr", "pt"]),
    ],
)
def test_who_sees_the_queue(world, role, refused_to, languages):
    client = signed_in(world, role)
    response = client.get("/admin/to-translate/")
    if refused_to:  # the admin sends who may not see it home, with "no permission"
        assert (response.status_code, response["Location"]) == (302, refused_to)
        return
    assert response.status_code == 200
    assert [code for code, _name in response.context["languages"]] == languages
    assert '"/admin/to-translate/"' in client.get("/admin/").content.decode()  # the menu


def test_the_menu_leads_to_the_queue_only_for_who_translates(world):
    for role in ("moderator", "institution_editor"):
        html = signed_in(world, role).get("/admin/").content.decode()
        assert "/admin/to-translate/" not in html


def test_an_editor_sees_pages_written_in_spanish_awaiting_english(world):
    response = signed_in(world, "editor").get("/admin/to-translate/?language=en")
    assert titles(response) == ["Páramo de Santurbán"]


def test_a_translators_dashboard_leads_with_the_queue(world):
    html = signed_in(world, "translator").get("/admin/").content.decode()
    panel = html[html.index('id="translation-queue-section"') :]
    assert "Not yet translated: " in panel
    assert "/admin/to-translate/?language=fr&amp;state=new" in panel
    editor = signed_in(world, "editor").get("/admin/").content.decode()
    assert 'id="translation-queue-section"' not in editor


@pytest.mark.parametrize(
    ("role", "reads"), [("translator", True), ("editor", True), ("moderator", False)]
)
def test_the_translation_editor_can_show_an_english_linked_page(world, role, reads):
    """wagtail-localize's page chooser asks the admin API for the linked page (the story's
    landscape, in English): translators read it; who translates nothing still does not."""
    response = signed_in(world, role).get(f"/admin/api/main/pages/{world['new']}/")
    assert (response.status_code == 200) is reads
    if reads:
        assert response.json()["title"] == "Mau Forest"


def test_the_explorers_menu_still_lists_only_what_a_translator_may_change(world):
    english_home = Page.objects.get(pk=world["new"]).get_parent().get_parent()
    response = signed_in(world, "translator").get(
        f"/admin/api/main/pages/?child_of={english_home.pk}&for_explorer=1"
    )
    assert response.status_code in (200, 400, 404)
    if response.status_code == 200:
        assert response.json()["items"] == []


def test_the_queue_runs_the_same_queries_whatever_its_length(world):
    from network.factories import make_landscape

    translator = signed_in(world, "translator")
    url = "/admin/to-translate/?language=es"
    few = queries_for(translator, url)
    index = Page.objects.get(pk=world["new"]).get_parent()
    for number in range(6):
        make_landscape(index.specific, title=f"Landscape {number}")
    assert queries_for(translator, url) == few


def test_a_translator_does_not_read_drafts_through_the_admin_api(world):
    """Only live, public pages are added for translators: a draft (a profile in review, a page
    never published) stays out of their reach."""
    page = Page.objects.get(pk=world["new"])
    page.unpublish()
    response = signed_in(world, "translator").get(f"/admin/api/main/pages/{page.pk}/")
    assert response.status_code != 200
