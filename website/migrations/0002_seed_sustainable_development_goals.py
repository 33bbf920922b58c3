"""The 17 Sustainable Development Goals with their official UN short names in English, Spanish,
French and Portuguese, so that every install can tag content with them from the start."""

import uuid

from django.db import migrations

COLOURS = [
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942",
    "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
    "#19486A",
]

NAMES = {
    "en": [
        "No poverty", "Zero hunger", "Good health and well-being", "Quality education",
        "Gender equality", "Clean water and sanitation", "Affordable and clean energy",
        "Decent work and economic growth", "Industry, innovation and infrastructure",
        "Reduced inequalities", "Sustainable cities and communities",
        "Responsible consumption and production", "Climate action", "Life below water",
        "Life on land", "Peace, justice and strong institutions", "Partnerships for the goals",
    ],
    "es": [
        "Fin de la pobreza", "Hambre cero", "Salud y bienestar", "Educación de calidad",
        "Igualdad de género", "Agua limpia y saneamiento", "Energía asequible y no contaminante",
        "Trabajo decente y crecimiento económico", "Industria, innovación e infraestructura",
        "Reducción de las desigualdades", "Ciudades y comunidades sostenibles",
        "Producción y consumo responsables", "Acción por el clima", "Vida submarina",
        "Vida de ecosistemas terrestres", "Paz, justicia e instituciones sólidas",
        "Alianzas para lograr los objetivos",
    ],
    "fr": [
        "Pas de pauvreté", "Faim « zéro »", "Bonne santé et bien-être", "Éducation de qualité",
        "Égalité entre les sexes", "Eau propre et assainissement",
        "Énergie propre et d'un coût abordable", "Travail décent et croissance économique",
        "Industrie, innovation et infrastructure", "Inégalités réduites",
        "Villes et communautés durables", "Consommation et production responsables",
        "Mesures relatives à la lutte contre les changements climatiques", "Vie aquatique",
        "Vie terrestre", "Paix, justice et institutions efficaces",
        "Partenariats pour la réalisation des objectifs",
    ],
    "pt": [
        "Erradicação da pobreza", "Fome zero e agricultura sustentável", "Saúde e bem-estar",
        "Educação de qualidade", "Igualdade de gênero", "Água potável e saneamento",
        "Energia limpa e acessível", "Trabalho decente e crescimento econômico",
        "Indústria, inovação e infraestrutura", "Redução das desigualdades",
        "Cidades e comunidades sustentáveis", "Consumo e produção responsáveis",
        "Ação contra a mudança global do clima", "Vida na água", "Vida terrestre",
        "Paz, justiça e instituições eficazes", "Parcerias e meios de implementação",
    ],
}


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Goal = apps.get_model("website", "SustainableDevelopmentGoal")
    existing = dict(Goal.objects.values_list("number", "translation_key"))
    keys = [existing.get(number) or uuid.uuid4() for number in range(1, 18)]
    for language_code, names in NAMES.items():
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        for number, (name, colour, key) in enumerate(zip(names, COLOURS, keys, strict=True), 1):
            Goal.objects.get_or_create(
                locale=locale,
                number=number,
                defaults={"name": name, "colour": colour, "translation_key": key},
            )


def unseed(apps, schema_editor):
    apps.get_model("website", "SustainableDevelopmentGoal").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
