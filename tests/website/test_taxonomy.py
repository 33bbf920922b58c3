import pytest
from django.utils import translation
from django_countries.fields import Country

from website.models import SustainableDevelopmentGoal

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "goal_2"),
    [
        ("en", "Zero hunger"),
        ("es", "Hambre cero"),
        ("fr", "Faim « zéro »"),
        ("pt", "Fome zero e agricultura sustentável"),
    ],
)
def test_the_seventeen_goals_are_seeded_in_each_language(language, goal_2):
    goals = SustainableDevelopmentGoal.objects.filter(locale__language_code=language)
    assert list(goals.values_list("number", flat=True)) == list(range(1, 18))
    assert goals.get(number=2).name == goal_2


def test_a_goal_is_the_same_goal_in_every_language():
    keys = SustainableDevelopmentGoal.objects.filter(number=13).values_list(
        "translation_key", flat=True
    )
    assert len(keys) == 4
    assert len(set(keys)) == 1


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Brazil"), ("es", "Brasil"), ("fr", "Brésil")]
)
def test_country_names_appear_in_the_visitors_language(language, name):
    with translation.override(language):
        assert Country("BR").name == name
