from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from network.roles import ensure_roles


def test_editors_choose_promoted_results_and_moderators_do_not(client, homes):
    ensure_roles()
    answers = {}
    for group in ("Editors", "Moderators", "Translators"):
        user = get_user_model().objects.create_user(group.lower(), password="a-long-password-77")
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        answers[group] = client.get("/admin/searchpicks/add/").status_code

    assert answers == {"Editors": 200, "Moderators": 302, "Translators": 302}
