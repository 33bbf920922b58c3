"""The progress demo's content: what the demo landscapes do, what money they seek and receive,
what changes over the years and how their partnerships grow; what two funders offer; the
indicator catalogue and the exchange rates. The loader (`progress/demo/__init__.py`) reads it.

Records are written in their landscape's language (the source page's), as its coordinators
would write them: English for most landscapes, Spanish for Páramo de Santurbán. Only the
indicator catalogue is translated, through `t()`, into every demo language: Spanish addressing
the reader as tú (Latin American usage), French as vous, Portuguese as in Brazil.

Organisations, landscapes and themes are named by their slugs; funders are the demo's four
(Commonland, UNDP, Delta Nature Finance and GreenBridge Landscape Capital), which fund as
landscapes' partners or as finance organisations. Places are [longitude, latitude] inside the
landscape's boundary (a town, a river, a ridge); one that is not (a boundary redrawn since) is
moved to the boundary's representative point."""

from datetime import date

from website.demo.helpers import TranslationMemory

TRANSLATIONS = TranslationMemory()
t = TRANSLATIONS.t

# The years every demo series covers.
FIRST_YEAR = 2018
LAST_YEAR = 2026

# ---------------------------------------------------------------------------------------------
# The indicator catalogue. `key` names an indicator in the series below and gives it a fixed
# translation key, so that a later run finds it even after an editor renamed it.
# ---------------------------------------------------------------------------------------------
INDICATORS = [
    {
        "key": "hectares",
        "name": t(
            "Hectares under restoration",
            es="Hectáreas en restauración",
            fr="Hectares en restauration",
            pt="Hectares em restauração",
        ),
        "unit": t("ha", es="ha", fr="ha", pt="ha"),
        "unit_symbol": "ha",
        "returns": "natural",
        "decimals": 0,
        "summed": True,
        "headline": True,
        "sort_order": 10,
        "description": t(
            "Land where restoration has begun and is kept up: replanted, rewetted, rested from grazing or farmed regeneratively. Count each hectare once.",
            es="Tierra donde la restauración ha comenzado y se mantiene: reforestada, rehumedecida, en descanso del pastoreo o cultivada de forma regenerativa. Cuenta cada hectárea una sola vez.",
            fr="Terres où la restauration a commencé et se poursuit\u00a0: replantées, remises en eau, mises au repos du pâturage ou cultivées de façon régénératrice. Comptez chaque hectare une seule fois.",
            pt="Terra onde a restauração começou e é mantida: replantada, reumedecida, em descanso do pastoreio ou cultivada de forma regenerativa. Conte cada hectare uma só vez.",
        ),
    },
    {
        "key": "people",
        "name": t(
            "People benefiting",
            es="Personas beneficiadas",
            fr="Personnes bénéficiaires",
            pt="Pessoas beneficiadas",
        ),
        "unit": t("people", es="personas", fr="personnes", pt="pessoas"),
        "unit_symbol": "people",
        "returns": "social",
        "decimals": 0,
        "summed": True,
        "headline": True,
        "sort_order": 20,
        "description": t(
            "People whose income, water, food or safety has improved through the partnership's actions, each counted once.",
            es="Personas cuyos ingresos, agua, alimentación o seguridad han mejorado gracias a las acciones de la alianza, cada una contada una sola vez.",
            fr="Personnes dont les revenus, l'eau, l'alimentation ou la sécurité se sont améliorés grâce aux actions du partenariat, chacune comptée une seule fois.",
            pt="Pessoas cuja renda, água, alimentação ou segurança melhorou graças às ações da parceria, cada uma contada uma única vez.",
        ),
    },
    {
        "key": "jobs",
        "name": t("Jobs created", es="Empleos creados", fr="Emplois créés", pt="Empregos criados"),
        "unit": t("jobs", es="empleos", fr="emplois", pt="empregos"),
        "unit_symbol": "jobs",
        "returns": "social",
        "decimals": 0,
        "summed": True,
        "headline": False,
        "sort_order": 30,
        "description": t(
            "Paid jobs created by the partnership's actions and still held at the end of the year, as full-time equivalents.",
            es="Empleos remunerados creados por las acciones de la alianza que siguen ocupados al final del año, en equivalentes a tiempo completo.",
            fr="Emplois rémunérés créés par les actions du partenariat et toujours occupés en fin d'année, en équivalents temps plein.",
            pt="Empregos remunerados criados pelas ações da parceria e ainda ocupados no fim do ano, em equivalentes de tempo integral.",
        ),
    },
    {
        "key": "income",
        "name": t(
            "Average household income",
            es="Ingreso promedio de los hogares",
            fr="Revenu moyen des ménages",
            pt="Renda média das famílias",
        ),
        "unit": t("USD a year", es="USD al año", fr="USD par an", pt="USD por ano"),
        "unit_symbol": "USD",
        "returns": "financial",
        "decimals": 0,
        "summed": False,
        "headline": False,
        "sort_order": 40,
        "description": t(
            "The average income of the landscape's households, in US dollars a year. Use the same survey method every year.",
            es="El ingreso promedio de los hogares del paisaje, en dólares estadounidenses al año. Usa el mismo método de encuesta cada año.",
            fr="Le revenu moyen des ménages du paysage, en dollars américains par an. Utilisez la même méthode d'enquête chaque année.",
            pt="A renda média das famílias da paisagem, em dólares americanos por ano. Use o mesmo método de pesquisa todos os anos.",
        ),
    },
    {
        "key": "carbon",
        "name": t(
            "Carbon sequestered",
            es="Carbono capturado",
            fr="Carbone séquestré",
            pt="Carbono sequestrado",
        ),
        "unit": t("t CO₂e", es="t CO₂e", fr="t éq. CO₂", pt="t CO₂e"),
        "unit_symbol": "tCO2e",
        "returns": "natural",
        "decimals": 0,
        "summed": True,
        "headline": False,
        "sort_order": 50,
        "description": t(
            "Carbon taken up by restored vegetation and soils since the partnership began, in tonnes of CO₂ equivalent.",
            es="Carbono capturado por la vegetación y los suelos restaurados desde el inicio de la alianza, en toneladas de CO₂ equivalente.",
            fr="Carbone absorbé par la végétation et les sols restaurés depuis le début du partenariat, en tonnes d'équivalent CO₂.",
            pt="Carbono capturado pela vegetação e pelos solos restaurados desde o início da parceria, em toneladas de CO₂ equivalente.",
        ),
    },
    {
        "key": "species",
        "name": t(
            "Species observed",
            es="Especies observadas",
            fr="Espèces observées",
            pt="Espécies observadas",
        ),
        "unit": t("species", es="especies", fr="espèces", pt="espécies"),
        "unit_symbol": "species",
        "returns": "natural",
        "decimals": 0,
        "summed": False,
        "headline": False,
        "sort_order": 60,
        "description": t(
            "Species recorded in the landscape's yearly survey of the group it follows (plants, birds or mammals). They do not add up across landscapes.",
            es="Especies registradas en el muestreo anual del paisaje para el grupo que sigue (plantas, aves o mamíferos). No se suman entre paisajes.",
            fr="Espèces relevées lors de l'inventaire annuel du paysage pour le groupe qu'il suit (plantes, oiseaux ou mammifères). Elles ne s'additionnent pas d'un paysage à l'autre.",
            pt="Espécies registradas no levantamento anual da paisagem para o grupo que ela acompanha (plantas, aves ou mamíferos). Não se somam entre paisagens.",
        ),
    },
    {
        "key": "flow",
        "name": t(
            "Dry-season river flow",
            es="Caudal del río en temporada seca",
            fr="Débit de la rivière en saison sèche",
            pt="Vazão do rio na estação seca",
        ),
        "unit": t("m³/s", es="m³/s", fr="m³/s", pt="m³/s"),
        "unit_symbol": "m3/s",
        "returns": "natural",
        "decimals": 2,
        "summed": False,
        "headline": False,
        "sort_order": 70,
        "description": t(
            "The average flow at the landscape's main river gauge in the driest month, in cubic metres a second.",
            es="El caudal promedio en la estación de aforo principal del paisaje durante el mes más seco, en metros cúbicos por segundo.",
            fr="Le débit moyen à la principale station de mesure du paysage pendant le mois le plus sec, en mètres cubes par seconde.",
            pt="A vazão média na principal estação fluviométrica da paisagem no mês mais seco, em metros cúbicos por segundo.",
        ),
    },
    {
        "key": "organisations",
        "name": t(
            "Organisations in the partnership",
            es="Organizaciones en la alianza",
            fr="Organisations membres du partenariat",
            pt="Organizações na parceria",
        ),
        "unit": t("organisations", es="organizaciones", fr="organisations", pt="organizações"),
        "unit_symbol": "organisations",
        "returns": "inspiration",
        "decimals": 0,
        "summed": True,
        "headline": False,
        "sort_order": 80,
        "description": t(
            "Organisations that have joined the partnership's shared agenda by the end of the year.",
            es="Organizaciones que se han sumado a la agenda común de la alianza al final del año.",
            fr="Organisations qui ont rejoint le programme commun du partenariat à la fin de l'année.",
            pt="Organizações que aderiram à agenda comum da parceria até o fim do ano.",
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Exchange rates: units of each currency to one US dollar (the reference currency), one a year
# from 2018 to 2026, dated 1 January. ILLUSTRATIVE ONLY: rounded yearly figures of about the
# right size for the demo, not market data; editors keep the real table in the admin.
# ---------------------------------------------------------------------------------------------
RATES_PER_US_DOLLAR = {
    #       2018      2019      2020      2021      2022      2023      2024      2025      2026
    "EUR": (0.85,     0.89,     0.88,     0.85,     0.95,     0.93,     0.92,     0.91,     0.87),
    "ZAR": (13.2,     14.5,     16.5,     14.8,     16.4,     18.5,     18.3,     18.2,     17.5),
    "PEN": (3.29,     3.34,     3.49,     3.88,     3.84,     3.74,     3.75,     3.65,     3.55),
    "BOB": (6.96,     6.96,     6.96,     6.96,     6.96,     6.96,     6.96,     6.96,     6.96),
    "AUD": (1.34,     1.44,     1.45,     1.33,     1.44,     1.51,     1.52,     1.55,     1.53),
    "KES": (101.3,    102.0,    106.5,    109.6,    117.9,    139.8,    134.8,    129.3,    129.0),
    "IDR": (14237,    14148,    14582,    14308,    14850,    15237,    15855,    16400,    16600),
    "ETB": (27.4,     29.1,     34.9,     43.7,     51.8,     54.6,     80.0,     133.0,    150.0),
    "BRL": (3.65,     3.94,     5.16,     5.40,     5.16,     4.99,     5.39,     5.60,     5.40),
    "INR": (68.4,     70.4,     74.1,     73.9,     78.6,     82.6,     83.7,     86.5,     88.0),
    "GTQ": (7.52,     7.70,     7.72,     7.73,     7.75,     7.83,     7.77,     7.70,     7.67),
    "MNT": (2472,     2663,     2813,     2849,     3140,     3470,     3400,     3550,     3580),
    "COP": (2956,     3281,     3693,     3743,     4255,     4325,     4071,     4150,     3900),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Funders' offers, written in the funder's language.
# ---------------------------------------------------------------------------------------------
OFFERS = [
    {
        "organisation": "greenbridge-landscape-capital",
        "language": "en",
        "title": "Loans for landscape enterprises",
        "description": (
            "Loans to enterprises that restore the land they work on, such as tree nurseries, "
            "honey producers, regenerative farms and livestock traders, repaid from their "
            "sales. Grace periods follow the time a tree or a herd takes to pay, and we can "
            "blend our loans with grants from other funders."
        ),
        "themes": ["landscape-finance", "livelihoods-value-chains", "regenerative-agriculture"],
        "regions": ["africa", "latin-america", "asia", "oceania"],
        "returns": ["financial", "social", "natural"],
        "instruments": ["loan", "blended"],
        "ticket_min": 50_000,
        "ticket_max": 2_000_000,
        "currency": "USD",
        "is_open": True,
        "link": "https://example.org/greenbridge/apply/",
    },
    {
        "organisation": "delta-nature-finance",
        "language": "en",
        "title": "Nature-based flood protection and saline farming",
        "description": (
            "Co-finance for wetland restoration, dike realignment and salt-tolerant farming in "
            "Europe's river deltas and drylands, over up to fifteen years. Public money takes "
            "the first loss, so that pension funds and banks can invest alongside us in "
            "projects that pay back slowly."
        ),
        "themes": ["water-management", "climate-adaptation", "landscape-finance"],
        "regions": ["europe"],
        "returns": ["natural", "financial"],
        "instruments": ["blended", "guarantee", "loan"],
        "ticket_min": 250_000,
        "ticket_max": 5_000_000,
        "currency": "EUR",
        "is_open": True,
        "link": "https://example.org/delta-nature-finance/apply/",
    },
]

# ---------------------------------------------------------------------------------------------
# The landscapes' records, by the slug of the landscape's source page.
#
# An action: its texts, status, dates, zones, returns, themes, where ([longitude, latitude] or
# None), lead and partner organisations, budget and currency, the instruments sought, and the
# contributions secured as (funder, amount, currency, year, instrument).
# A series: an indicator, its value in the first and the last year, the year after which it
# starts to move (`since`: the partnership's first year, when later than the first), and
# `wobble`: 0 for a figure that only grows (in uneven steps), else how far a year may stray
# from the trend (0.05 is 5%: rainfall, a survey's luck); with its source and notes on some years.
# An assessment: its date, the 5 Elements' scores (partnership, shared understanding, vision and
# planning, taking action, learning and impact) and short evidence for some of them. The last
# one is the landscape's current score.
# ---------------------------------------------------------------------------------------------
LANDSCAPES = {
    "kogelberg-coast": {
        "language": "en",
        "actions": [
            {
                "title": "Clearing invasive pines and wattles from the upper Palmiet catchment",
                "description": (
                    "Teams from Kleinmond and nearby townships clear invasive trees from the "
                    "catchments that give the most water first, then return twice to pull "
                    "seedlings before they seed again."
                ),
                "results": (
                    "2,300 hectares cleared and followed up so far; the Palmiet gives more water "
                    "in late summer than it did before clearing."
                ),
                "status": "under-way",
                "start": date(2019, 4, 1),
                "end": date(2027, 3, 31),
                "zones": ["natural"],
                "returns": ["natural", "social"],
                "themes": ["ecosystem-restoration", "water-management"],
                "where": [18.99, -34.22],
                "lead": "overberg-catchment-trust",
                "partners": ["wwf"],
                "budget": 18_500_000,
                "currency": "ZAR",
                "instruments_sought": ["grant", "blended"],
                "contributions": [
                    ("commonland", 4_200_000, "ZAR", 2020, "grant"),
                    ("commonland", 250_000, "USD", 2023, "grant"),
                ],
            },
            {
                "title": "Biochar and firewood enterprise from cleared wood",
                "description": (
                    "Turns the wood from clearing into biochar for Overberg farms and bagged "
                    "firewood for the coast, so that sales pay for follow-up clearing."
                ),
                "results": (
                    "Two enterprises run by former clearing-team members sell 600 tonnes of "
                    "biochar and firewood a year."
                ),
                "status": "completed",
                "start": date(2018, 3, 1),
                "end": date(2022, 12, 31),
                "zones": ["economic"],
                "returns": ["financial", "social"],
                "themes": ["livelihoods-value-chains"],
                "where": [19.05, -34.31],
                "lead": "overberg-catchment-trust",
                "partners": ["commonland"],
                "budget": 3_600_000,
                "currency": "ZAR",
                "instruments_sought": [],
                "contributions": [("commonland", 1_100_000, "ZAR", 2018, "grant")],
            },
            {
                "title": "Kogelberg water fund with the regional water utility",
                "description": (
                    "A fund into which the towns' water users pay a small levy, to keep the "
                    "cleared catchments clear for good. It needs start-up capital before the "
                    "levy brings in enough."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2026, 7, 1),
                "end": date(2036, 6, 30),
                "zones": ["natural", "economic"],
                "returns": ["financial", "natural"],
                "themes": ["water-management", "landscape-finance"],
                "where": None,
                "lead": "overberg-catchment-trust",
                "partners": ["commonland", "wwf"],
                "budget": 2_500_000,
                "currency": "USD",
                "instruments_sought": ["blended", "grant"],
                "contributions": [("commonland", 150_000, "USD", 2025, "grant")],
            },
            {
                "title": "Restoring the Kleinmond lagoon wetlands",
                "description": (
                    "Removing kikuyu grass and reed encroachment around the lagoon and "
                    "replanting sedges, to filter runoff from the town before it reaches the sea."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 3, 1),
                "end": date(2029, 12, 31),
                "zones": ["natural", "combined"],
                "returns": ["natural", "inspiration"],
                "themes": ["ecosystem-restoration", "biodiversity-conservation"],
                "where": [19.03, -34.33],
                "lead": "overberg-catchment-trust",
                "partners": [],
                "budget": 6_800_000,
                "currency": "ZAR",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
            {
                "title": "Drone survey of regrowth after the 2019 fires",
                "description": (
                    "Mapping pine and hakea seedlings from the air after fire, to send clearing "
                    "teams where regrowth was densest."
                ),
                "results": (
                    "Stopped in 2021 when the survey company closed; teams now record regrowth "
                    "on foot with a phone app."
                ),
                "status": "stopped",
                "start": date(2019, 11, 1),
                "end": date(2021, 5, 31),
                "zones": ["natural"],
                "returns": ["natural"],
                "themes": ["ecosystem-restoration"],
                "where": [18.93, -34.17],
                "lead": "overberg-catchment-trust",
                "partners": [],
                "budget": 450_000,
                "currency": "ZAR",
                "instruments_sought": [],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 1_200,
                "last": 3_500,
                "wobble": 0,
                "source": "Overberg Catchment Trust clearing records",
            },
            {
                "indicator": "jobs",
                "first": 60,
                "last": 180,
                "wobble": 0,
                "source": "Clearing teams' payroll",
            },
            {
                "indicator": "flow",
                "first": 0.38,
                "last": 0.52,
                "wobble": 0.08,
                "source": "Palmiet River gauge, Department of Water and Sanitation",
                "notes": {2018: "The third year of the Cape drought."},
            },
            {
                "indicator": "species",
                "first": 412,
                "last": 468,
                "wobble": 0.02,
                "source": "Schools' yearly flower count on 40 plots",
            },
        ],
        "assessments": [
            {
                "date": date(2019, 6, 12),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "partnership": "Fourteen members meet every month; terms of reference signed.",
                    "taking_action": "Clearing under way in two of seven catchments.",
                },
            },
            {
                "date": date(2021, 6, 15),
                "scores": (3, 2, 3, 2, 1),
                "evidence": {
                    "vision_and_planning": "Ten-year clearing plan agreed with the municipality.",
                },
            },
            {
                "date": date(2023, 6, 20),
                "scores": (4, 3, 3, 3, 1),
                "evidence": {
                    "partnership": "The water utility joined and co-chairs the partnership.",
                    "shared_understanding": "Joint water-yield study published with a university.",
                    "taking_action": "Clearing in five catchments; two enterprises trading.",
                },
            },
            {
                "date": date(2025, 6, 18),
                "scores": (4, 3, 3, 3, 2),
                "evidence": {
                    "learning_and_impact": "River flows and fynbos plots monitored every year.",
                },
            },
        ],
    },
    "lake-titicaca-altiplano": {
        "language": "en",
        "actions": [
            {
                "title": "Restoring raised fields in ten Puno communities",
                "description": (
                    "Communities rebuild the waru waru, raised beds between water channels that "
                    "protect crops from frost and hold water through dry spells."
                ),
                "results": "420 hectares of raised fields farmed again in the first four years.",
                "status": "under-way",
                "start": date(2022, 3, 1),
                "end": date(2027, 6, 30),
                "zones": ["combined"],
                "returns": ["natural", "social"],
                "themes": ["regenerative-agriculture", "climate-adaptation"],
                "where": [-69.95, -15.85],
                "lead": "andean-highlands-research-institute",
                "partners": ["conservation-international"],
                "budget": 2_400_000,
                "currency": "PEN",
                "instruments_sought": ["grant"],
                "contributions": [
                    ("undp", 180_000, "USD", 2022, "grant"),
                    ("undp", 350_000, "PEN", 2024, "grant"),
                ],
            },
            {
                "title": "Seed banks of native potatoes and quinoa run by women's groups",
                "description": (
                    "Women's groups on the Bolivian shore keep and exchange more than 200 "
                    "varieties of native potato, quinoa and cañihua."
                ),
                "results": (
                    "Six community seed banks hold 230 varieties and lend seed to 900 families."
                ),
                "status": "completed",
                "start": date(2021, 9, 1),
                "end": date(2024, 8, 31),
                "zones": ["combined", "economic"],
                "returns": ["social", "inspiration"],
                "themes": ["community-engagement", "climate-adaptation"],
                "where": [-69.05, -16.15],
                "lead": "andean-highlands-research-institute",
                "partners": [],
                "budget": 620_000,
                "currency": "BOB",
                "instruments_sought": [],
                "contributions": [("undp", 400_000, "BOB", 2022, "grant")],
            },
            {
                "title": "Reedbed filters for village wastewater at Juli and Copacabana",
                "description": (
                    "Totora reedbeds that treat the wastewater of two lakeside towns before it "
                    "reaches the lake, built and kept by the towns' water committees."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 4, 1),
                "end": date(2030, 3, 31),
                "zones": ["natural", "economic"],
                "returns": ["natural", "social"],
                "themes": ["water-management"],
                "where": [-69.46, -16.22],
                "lead": "andean-highlands-research-institute",
                "partners": ["conservation-international"],
                "budget": 1_800_000,
                "currency": "USD",
                "instruments_sought": ["grant", "blended"],
                "contributions": [],
            },
            {
                "title": "Binational water-quality monitoring network",
                "description": (
                    "Twenty sampling points on both shores, read by trained community monitors "
                    "and shared with the binational lake authority."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 1, 15),
                "end": date(2029, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["water-management", "community-engagement"],
                "where": None,
                "lead": "andean-highlands-research-institute",
                "partners": ["conservation-international", "undp"],
                "budget": 420_000,
                "currency": "USD",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 0,
                "last": 1_450,
                "wobble": 0,
                "since": 2021,
                "source": "Andean Highlands Research Institute field maps",
            },
            {
                "indicator": "people",
                "first": 0,
                "last": 18_000,
                "wobble": 0,
                "since": 2021,
                "source": "Community registers",
            },
            {
                "indicator": "income",
                "first": 1_450,
                "last": 2_100,
                "wobble": 0.05,
                "source": "Household survey in the pilot communities",
                "notes": {2023: "Frost in February cut the potato harvest."},
            },
            {
                "indicator": "species",
                "first": 42,
                "last": 58,
                "wobble": 0.05,
                "source": "Water-bird count in the reedbeds each May",
            },
        ],
        "assessments": [
            {
                "date": date(2021, 11, 5),
                "scores": (2, 1, 1, 1, 1),
                "evidence": {
                    "partnership": "Conveners on both shores agreed to work as one partnership.",
                },
            },
            {
                "date": date(2023, 10, 20),
                "scores": (3, 2, 1, 2, 1),
                "evidence": {
                    "shared_understanding": "Communities mapped raised fields and wetlands together.",
                    "taking_action": "Raised fields restored in the first pilot communities.",
                },
            },
            {
                "date": date(2025, 10, 24),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "vision_and_planning": "A landscape plan to 2035 approved by both assemblies.",
                },
            },
        ],
    },
    "spanish-altiplano": {
        "language": "en",
        "actions": [
            {
                "title": "Demonstration farms for regenerative almonds",
                "description": (
                    "Eight farms trial cover crops, compost and keyline ploughing in their "
                    "almond groves and open their gates to neighbours twice a year."
                ),
                "results": (
                    "The eight farms lost far less soil in the 2019 storms, and 120 farmers "
                    "have since changed at least one practice."
                ),
                "status": "completed",
                "start": date(2016, 1, 1),
                "end": date(2021, 12, 31),
                "zones": ["combined"],
                "returns": ["natural", "inspiration"],
                "themes": ["regenerative-agriculture"],
                "where": [-2.17, 37.71],
                "lead": "altiplano-regenerative-farmers",
                "partners": ["commonland"],
                "budget": 850_000,
                "currency": "EUR",
                "instruments_sought": [],
                "contributions": [("commonland", 500_000, "EUR", 2018, "grant")],
            },
            {
                "title": "Shared almond processing plant",
                "description": (
                    "A plant owned by the farmers' association that shells, sorts and packs "
                    "regenerative almonds under the Altiplano's own brand."
                ),
                "results": "Built in 2024; it processed its first 900 tonnes in 2025.",
                "status": "under-way",
                "start": date(2022, 5, 1),
                "end": date(2027, 12, 31),
                "zones": ["economic"],
                "returns": ["financial", "social"],
                "themes": ["livelihoods-value-chains"],
                "where": [-2.54, 37.81],
                "lead": "altiplano-regenerative-farmers",
                "partners": ["delta-nature-finance"],
                "budget": 3_200_000,
                "currency": "EUR",
                "instruments_sought": ["loan"],
                "contributions": [
                    ("delta-nature-finance", 1_500_000, "EUR", 2023, "loan"),
                    ("commonland", 250_000, "EUR", 2022, "grant"),
                ],
            },
            {
                "title": "Restoring the hill commons of the Sierra de María",
                "description": (
                    "Planting holm oak, juniper and native shrubs on eroded common land, with "
                    "shepherds agreeing where their flocks graze while it grows."
                ),
                "results": "640 hectares planted; survival is 70% after the dry summer of 2023.",
                "status": "under-way",
                "start": date(2020, 10, 1),
                "end": date(2028, 6, 30),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["ecosystem-restoration"],
                "where": [-2.25, 37.68],
                "lead": "altiplano-regenerative-farmers",
                "partners": ["commonland"],
                "budget": 1_100_000,
                "currency": "EUR",
                "instruments_sought": ["grant"],
                "contributions": [("commonland", 300_000, "EUR", 2021, "grant")],
            },
            {
                "title": "Keyline water retention on forty farms",
                "description": (
                    "Swales, ponds and keyline ploughing that slow storm water on forty farms "
                    "and recharge the aquifer the villages drink from."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 9, 1),
                "end": date(2030, 8, 31),
                "zones": ["combined"],
                "returns": ["natural", "financial"],
                "themes": ["water-management", "regenerative-agriculture"],
                "where": [-2.48, 37.72],
                "lead": "altiplano-regenerative-farmers",
                "partners": [],
                "budget": 1_400_000,
                "currency": "EUR",
                "instruments_sought": ["blended", "grant"],
                "contributions": [("delta-nature-finance", 200_000, "EUR", 2025, "guarantee")],
            },
            {
                "title": "Land bank for young farmers",
                "description": (
                    "Matching retiring landowners with young people who want to farm, with "
                    "long leases and a mentor from the association."
                ),
                "results": (
                    "Stopped in 2020 when the regional scheme it relied on was withdrawn; nine "
                    "leases were signed before then."
                ),
                "status": "stopped",
                "start": date(2019, 2, 1),
                "end": date(2020, 11, 30),
                "zones": ["economic"],
                "returns": ["social"],
                "themes": ["livelihoods-value-chains", "community-engagement"],
                "where": None,
                "lead": "altiplano-regenerative-farmers",
                "partners": [],
                "budget": 180_000,
                "currency": "EUR",
                "instruments_sought": [],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 6_000,
                "last": 28_000,
                "wobble": 0,
                "source": "Farmers' association membership records",
            },
            {
                "indicator": "jobs",
                "first": 15,
                "last": 140,
                "wobble": 0,
                "source": "Farmers' association",
            },
            {
                "indicator": "carbon",
                "first": 2_000,
                "last": 36_000,
                "wobble": 0,
                "source": "Soil carbon sampling on the demonstration farms, scaled up",
            },
            {
                "indicator": "organisations",
                "first": 30,
                "last": 85,
                "wobble": 0,
                "source": "Partnership register",
            },
        ],
        "assessments": [
            {
                "date": date(2018, 5, 10),
                "scores": (3, 3, 2, 2, 2),
                "evidence": {
                    "partnership": "The farmers' association convenes 30 members.",
                    "taking_action": "Eight demonstration farms running.",
                },
            },
            {
                "date": date(2020, 5, 14),
                "scores": (4, 3, 3, 2, 2),
                "evidence": {
                    "vision_and_planning": "A 20-year landscape vision agreed in every village.",
                },
            },
            {
                "date": date(2022, 5, 12),
                "scores": (4, 4, 3, 3, 2),
                "evidence": {
                    "shared_understanding": "Farmers, councils and shepherds share one soil map.",
                    "taking_action": "Processing plant financed; hill commons being planted.",
                },
            },
            {
                "date": date(2024, 5, 16),
                "scores": (4, 4, 3, 3, 3),
                "evidence": {
                    "learning_and_impact": "Yearly soil, water and income monitoring published.",
                },
            },
        ],
    },
    "avon-river-wheatbelt": {
        "language": "en",
        "actions": [
            {
                "title": "Saltland pastures on twelve farms in the Mortlock catchment",
                "description": (
                    "Planting saltbush and tall wheatgrass on salt-affected paddocks so that "
                    "they feed sheep again and lower the water table."
                ),
                "results": "1,900 hectares of saltland back in production; ewes graze it in autumn.",
                "status": "completed",
                "start": date(2017, 3, 1),
                "end": date(2021, 6, 30),
                "zones": ["combined"],
                "returns": ["natural", "financial"],
                "themes": ["regenerative-agriculture", "ecosystem-restoration"],
                "where": [116.67, -31.65],
                "lead": "wheatbelt-landcare-network",
                "partners": ["commonland"],
                "budget": 1_250_000,
                "currency": "AUD",
                "instruments_sought": [],
                "contributions": [("greenbridge-landscape-capital", 600_000, "AUD", 2020, "loan")],
            },
            {
                "title": "York gum woodland corridor from York to Beverley",
                "description": (
                    "Fencing and replanting along creeks to link the woodland remnants of "
                    "twenty farms into one corridor for birds and bandicoots."
                ),
                "results": "38 of 60 kilometres fenced and planted.",
                "status": "under-way",
                "start": date(2019, 5, 1),
                "end": date(2027, 10, 31),
                "zones": ["natural", "combined"],
                "returns": ["natural", "inspiration"],
                "themes": ["ecosystem-restoration"],
                "where": [116.85, -32.0],
                "lead": "wheatbelt-landcare-network",
                "partners": ["commonland", "greenbridge-landscape-capital"],
                "budget": 2_800_000,
                "currency": "AUD",
                "instruments_sought": ["blended"],
                "contributions": [
                    ("greenbridge-landscape-capital", 400_000, "USD", 2022, "loan"),
                    ("greenbridge-landscape-capital", 350_000, "AUD", 2024, "blended"),
                ],
            },
            {
                "title": "Soil carbon and groundwater monitoring across forty farms",
                "description": (
                    "Sampling soil carbon every three years and reading bores every quarter, "
                    "so that farms can sell carbon credits and see the water table fall."
                ),
                "results": "Bores show the water table falling under the treated catchments.",
                "status": "under-way",
                "start": date(2021, 2, 1),
                "end": date(2027, 6, 30),
                "zones": ["combined"],
                "returns": ["natural", "financial"],
                "themes": ["regenerative-agriculture"],
                "where": [117.72, -31.63],
                "lead": "wheatbelt-landcare-network",
                "partners": ["commonland"],
                "budget": 640_000,
                "currency": "AUD",
                "instruments_sought": ["grant"],
                "contributions": [("greenbridge-landscape-capital", 150_000, "AUD", 2021, "grant")],
            },
            {
                "title": "A regenerative grain brand for Perth buyers",
                "description": (
                    "A shared brand and traceability system for grain and lamb from farms in "
                    "the partnership, sold to bakers and butchers in Perth."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 7, 1),
                "end": date(2029, 6, 30),
                "zones": ["economic"],
                "returns": ["financial"],
                "themes": ["livelihoods-value-chains"],
                "where": None,
                "lead": "wheatbelt-landcare-network",
                "partners": [],
                "budget": 380_000,
                "currency": "AUD",
                "instruments_sought": ["loan", "grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 4_000,
                "last": 19_000,
                "wobble": 0,
                "source": "Wheatbelt Landcare Network farm plans",
            },
            {
                "indicator": "carbon",
                "first": 5_000,
                "last": 52_000,
                "wobble": 0,
                "source": "Soil carbon sampling, forty farms",
            },
            {
                "indicator": "species",
                "first": 61,
                "last": 78,
                "wobble": 0.04,
                "source": "Spring bird survey in the woodland remnants",
            },
        ],
        "assessments": [
            {
                "date": date(2018, 9, 3),
                "scores": (3, 2, 2, 3, 2),
                "evidence": {
                    "taking_action": "Saltland pastures under way on the first farms.",
                },
            },
            {
                "date": date(2021, 9, 6),
                "scores": (4, 3, 2, 3, 2),
                "evidence": {
                    "partnership": "Forty farms and three shires signed a catchment agreement.",
                    "shared_understanding": "Groundwater maps shared at every farm walk.",
                },
            },
            {
                "date": date(2024, 9, 9),
                "scores": (4, 3, 3, 4, 3),
                "evidence": {
                    "vision_and_planning": "Corridor plan agreed with every landholder on it.",
                    "taking_action": "Saltland done; corridor more than half planted.",
                    "learning_and_impact": "Carbon and bore readings reported every year.",
                },
            },
        ],
    },
    "laikipia-rangelands": {
        "language": "en",
        "actions": [
            {
                "title": "Planned grazing in six community conservancies",
                "description": (
                    "Herders agree each season where their cattle graze and bunch them in "
                    "large herds, so that grass on bare ground can rest and recover."
                ),
                "results": "Grass cover has come back on 14,000 hectares of bare ground.",
                "status": "under-way",
                "start": date(2018, 1, 1),
                "end": date(2027, 12, 31),
                "zones": ["combined"],
                "returns": ["natural", "social"],
                "themes": ["community-engagement", "climate-adaptation"],
                "where": [37.17, 0.39],
                "lead": "laikipia-pastoralist-council",
                "partners": ["conservation-international"],
                "budget": 96_000_000,
                "currency": "KES",
                "instruments_sought": ["grant", "blended"],
                "contributions": [
                    ("greenbridge-landscape-capital", 300_000, "USD", 2021, "blended"),
                    ("greenbridge-landscape-capital", 12_000_000, "KES", 2024, "grant"),
                ],
            },
            {
                "title": "Clearing invasive cactus with cochineal insects",
                "description": (
                    "Releasing a cochineal insect that feeds only on the invasive Opuntia "
                    "cactus, whose fruit injures cattle and whose spread shrinks the grazing."
                ),
                "results": "The cactus is dying back on 9,000 hectares where the insect was released.",
                "status": "completed",
                "start": date(2019, 3, 1),
                "end": date(2023, 2, 28),
                "zones": ["natural", "combined"],
                "returns": ["natural"],
                "themes": ["biodiversity-conservation"],
                "where": [36.54, 0.27],
                "lead": "laikipia-pastoralist-council",
                "partners": ["conservation-international"],
                "budget": 14_000_000,
                "currency": "KES",
                "instruments_sought": [],
                "contributions": [],
            },
            {
                "title": "Livestock-to-market programme",
                "description": (
                    "The conservancies buy cattle from herders who follow the grazing plan, "
                    "fatten them and sell them to premium beef buyers in Nairobi."
                ),
                "results": "4,200 head sold at better prices in 2025.",
                "status": "under-way",
                "start": date(2021, 6, 1),
                "end": date(2028, 5, 31),
                "zones": ["economic"],
                "returns": ["financial", "social"],
                "themes": ["livelihoods-value-chains"],
                "where": [37.07, 0.05],
                "lead": "laikipia-pastoralist-council",
                "partners": ["greenbridge-landscape-capital"],
                "budget": 75_000_000,
                "currency": "KES",
                "instruments_sought": ["loan"],
                "contributions": [
                    ("greenbridge-landscape-capital", 45_000_000, "KES", 2021, "loan"),
                ],
            },
            {
                "title": "Water pans for dry-season grazing",
                "description": (
                    "Digging and lining twelve water pans on the dry-season grazing areas, so "
                    "that herds no longer walk to the irrigated farms by the rivers."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 1, 1),
                "end": date(2028, 12, 31),
                "zones": ["combined"],
                "returns": ["social", "natural"],
                "themes": ["water-management", "climate-adaptation"],
                "where": [36.8, 0.6],
                "lead": "laikipia-pastoralist-council",
                "partners": [],
                "budget": 60_000_000,
                "currency": "KES",
                "instruments_sought": ["grant"],
                "contributions": [
                    ("greenbridge-landscape-capital", 5_000_000, "KES", 2025, "grant"),
                ],
            },
            {
                "title": "Rangeland carbon project feasibility study",
                "description": (
                    "Whether better grazing could earn carbon credits for the conservancies, "
                    "and on what terms the communities would agree to it."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 4, 1),
                "end": date(2027, 12, 31),
                "zones": ["combined"],
                "returns": ["financial"],
                "themes": ["climate-adaptation"],
                "where": None,
                "lead": "laikipia-pastoralist-council",
                "partners": ["tech-matters"],
                "budget": 95_000,
                "currency": "USD",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 3_000,
                "last": 20_000,
                "wobble": 0,
                "source": "Rangeland monitors' transects",
            },
            {
                "indicator": "people",
                "first": 40_000,
                "last": 160_000,
                "wobble": 0,
                "source": "Conservancy registers",
            },
            {
                "indicator": "income",
                "first": 610,
                "last": 980,
                "wobble": 0.08,
                "source": "Household survey in the six conservancies",
                "notes": {2022: "Drought: herders sold cattle early at low prices."},
            },
            {
                "indicator": "species",
                "first": 38,
                "last": 47,
                "wobble": 0.05,
                "source": "Large-mammal count by the conservancies' rangers",
            },
        ],
        "assessments": [
            {
                "date": date(2018, 2, 14),
                "scores": (2, 2, 2, 2, 1),
                "evidence": {
                    "partnership": "Six conservancies and the council agreed to plan together.",
                },
            },
            {
                "date": date(2020, 2, 18),
                "scores": (3, 2, 3, 2, 1),
                "evidence": {
                    "vision_and_planning": "Grazing plan for the plateau agreed by all six.",
                },
            },
            {
                "date": date(2022, 2, 22),
                "scores": (3, 3, 3, 3, 1),
                "evidence": {
                    "shared_understanding": "Herders and ranches read the same grass maps.",
                    "taking_action": "Planned grazing on every conservancy.",
                },
            },
            {
                "date": date(2024, 2, 20),
                "scores": (3, 3, 3, 3, 2),
                "evidence": {
                    "learning_and_impact": "Young herders monitor grass cover twice a year.",
                },
            },
        ],
    },
    "kahayan-peatlands": {
        "language": "en",
        "actions": [
            {
                "title": "Blocking drainage canals with village teams",
                "description": (
                    "Village teams build and repair wooden dams in the old drainage canals, "
                    "raising the water table so that the peat stops drying and burning."
                ),
                "results": "1,150 canal blocks built; the water table is within 40 cm of the surface.",
                "status": "under-way",
                "start": date(2020, 7, 1),
                "end": date(2027, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "social"],
                "themes": ["water-management", "ecosystem-restoration"],
                "where": [114.25, -2.75],
                "lead": "kahayan-peat-care-forum",
                "partners": ["wwf"],
                "budget": 18_000_000_000,
                "currency": "IDR",
                "instruments_sought": ["grant"],
                "contributions": [
                    ("undp", 650_000, "USD", 2021, "grant"),
                    ("undp", 2_500_000_000, "IDR", 2023, "grant"),
                ],
            },
            {
                "title": "Fire-free farming trials on wet peat",
                "description": (
                    "Trials of crops that grow without draining or burning the peat: sago, "
                    "jelutong, purun grass and fish ponds."
                ),
                "results": "Forty families farm without fire; purun mats sell in Palangka Raya.",
                "status": "completed",
                "start": date(2021, 1, 1),
                "end": date(2024, 6, 30),
                "zones": ["combined"],
                "returns": ["financial", "natural"],
                "themes": ["livelihoods-value-chains", "climate-adaptation"],
                "where": [113.95, -2.3],
                "lead": "kahayan-peat-care-forum",
                "partners": ["wwf"],
                "budget": 3_200_000_000,
                "currency": "IDR",
                "instruments_sought": [],
                "contributions": [("undp", 120_000, "USD", 2021, "grant")],
            },
            {
                "title": "Replanting native peat swamp trees",
                "description": (
                    "Village nurseries grow jelutong, ramin and belangeran seedlings to replant "
                    "burnt peat once it is wet again."
                ),
                "results": "310,000 seedlings planted on 1,400 hectares.",
                "status": "under-way",
                "start": date(2022, 1, 1),
                "end": date(2028, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["ecosystem-restoration"],
                "where": [114.1, -2.55],
                "lead": "kahayan-peat-care-forum",
                "partners": [],
                "budget": 6_500_000_000,
                "currency": "IDR",
                "instruments_sought": ["grant"],
                "contributions": [("undp", 1_500_000_000, "IDR", 2023, "grant")],
            },
            {
                "title": "Water-level gauges and a village fire alert network",
                "description": (
                    "Two hundred gauges read by villagers, with a text-message alert when the "
                    "peat gets dry enough to burn."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 3, 1),
                "end": date(2029, 2, 28),
                "zones": ["natural", "combined"],
                "returns": ["natural", "social"],
                "themes": ["climate-adaptation"],
                "where": [113.8, -2.05],
                "lead": "kahayan-peat-care-forum",
                "partners": ["wwf"],
                "budget": 750_000,
                "currency": "USD",
                "instruments_sought": ["grant", "blended"],
                "contributions": [("undp", 50_000, "USD", 2026, "grant")],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 0,
                "last": 24_000,
                "wobble": 0,
                "since": 2020,
                "source": "Peat Care Forum rewetting maps",
            },
            {
                "indicator": "carbon",
                "first": 0,
                "last": 410_000,
                "wobble": 0,
                "since": 2020,
                "source": "Emissions avoided by rewetting, estimated from water levels",
            },
            {
                "indicator": "people",
                "first": 8_000,
                "last": 62_000,
                "wobble": 0,
                "since": 2020,
                "source": "Village registers",
            },
            {
                "indicator": "species",
                "first": 130,
                "last": 171,
                "wobble": 0.04,
                "source": "Bird survey along the Kahayan river",
                "notes": {2019: "A fire year: the survey covered half the usual route."},
            },
        ],
        "assessments": [
            {
                "date": date(2020, 8, 11),
                "scores": (2, 1, 1, 2, 1),
                "evidence": {
                    "partnership": "Twelve villages formed the Peat Care Forum.",
                },
            },
            {
                "date": date(2022, 8, 16),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "shared_understanding": "Villages and the district agreed a map of the canals.",
                    "vision_and_planning": "A rewetting plan for the whole peat dome.",
                },
            },
            {
                "date": date(2024, 8, 13),
                "scores": (3, 2, 2, 3, 1),
                "evidence": {
                    "taking_action": "More than a thousand canal blocks built and kept.",
                },
            },
        ],
    },
    "lake-tana-highlands": {
        "language": "en",
        "actions": [
            {
                "title": "Terraces and check dams in twelve micro-watersheds",
                "description": (
                    "Each village plans its micro-watershed, then builds stone terraces and "
                    "check dams through its traditional community labour days."
                ),
                "results": "8,600 hectares terraced; silt at the Gumara gauge has fallen by a fifth.",
                "status": "under-way",
                "start": date(2019, 10, 1),
                "end": date(2027, 9, 30),
                "zones": ["combined"],
                "returns": ["natural", "social"],
                "themes": ["water-management", "regenerative-agriculture"],
                "where": [37.63, 11.65],
                "lead": "ecoagriculture-partners",
                "partners": ["lake-tana-watershed-bureau"],
                "budget": 2_200_000,
                "currency": "USD",
                "instruments_sought": ["grant"],
                "contributions": [("undp", 900_000, "USD", 2020, "grant")],
            },
            {
                "title": "Exclosures with beekeeping rights for landless young people",
                "description": (
                    "Degraded hillsides closed to grazing, with the right to keep bees and cut "
                    "grass there given to young people who have no land."
                ),
                "results": "620 young people keep bees on 3,100 hectares of regrowing hillside.",
                "status": "completed",
                "start": date(2019, 6, 1),
                "end": date(2023, 12, 31),
                "zones": ["natural", "economic"],
                "returns": ["social", "financial"],
                "themes": ["livelihoods-value-chains", "ecosystem-restoration"],
                "where": [37.7, 11.92],
                "lead": "lake-tana-watershed-bureau",
                "partners": ["ecoagriculture-partners"],
                "budget": 9_500_000,
                "currency": "ETB",
                "instruments_sought": [],
                "contributions": [("undp", 6_000_000, "ETB", 2020, "grant")],
            },
            {
                "title": "Silt monitoring on the Gilgel Abay and Gumara rivers",
                "description": (
                    "Sampling silt in the two main rivers after every large rain, to show the "
                    "villages and the downstream users what the terraces achieve."
                ),
                "results": "Four rainy seasons of data published with Bahir Dar University.",
                "status": "under-way",
                "start": date(2021, 6, 1),
                "end": date(2027, 10, 31),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["water-management"],
                "where": [37.39, 11.59],
                "lead": "lake-tana-watershed-bureau",
                "partners": [],
                "budget": 3_000_000,
                "currency": "ETB",
                "instruments_sought": ["grant"],
                "contributions": [("undp", 60_000, "USD", 2022, "grant")],
            },
            {
                "title": "Fodder and improved seed for terrace farmers",
                "description": (
                    "Fodder grasses on terrace risers and improved teff and barley seed, so that "
                    "every terrace pays its builders back."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 5, 1),
                "end": date(2029, 4, 30),
                "zones": ["combined", "economic"],
                "returns": ["financial"],
                "themes": ["regenerative-agriculture"],
                "where": None,
                "lead": "ecoagriculture-partners",
                "partners": ["lake-tana-watershed-bureau"],
                "budget": 14_000_000,
                "currency": "ETB",
                "instruments_sought": ["grant", "in-kind"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 2_000,
                "last": 26_000,
                "wobble": 0,
                "since": 2019,
                "source": "Watershed bureau plans",
            },
            {
                "indicator": "people",
                "first": 30_000,
                "last": 240_000,
                "wobble": 0,
                "since": 2019,
                "source": "Watershed bureau",
            },
            {
                "indicator": "jobs",
                "first": 0,
                "last": 1_900,
                "wobble": 0,
                "since": 2019,
                "source": "Youth beekeeping groups' registers",
            },
            {
                "indicator": "income",
                "first": 480,
                "last": 760,
                "wobble": 0.06,
                "source": "Household survey in twelve micro-watersheds",
            },
        ],
        "assessments": [
            {
                "date": date(2019, 12, 3),
                "scores": (2, 2, 1, 1, 1),
                "evidence": {
                    "partnership": "Bureau, villages and partners signed a memorandum.",
                },
            },
            {
                "date": date(2022, 1, 18),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "vision_and_planning": "Micro-watershed plans for all twelve villages.",
                    "taking_action": "Terracing under way; first exclosures handed to youth.",
                },
            },
            {
                "date": date(2024, 1, 23),
                "scores": (3, 3, 2, 2, 2),
                "evidence": {
                    "shared_understanding": "Villages see the river silt data each season.",
                    "learning_and_impact": "Silt monitoring published with the university.",
                },
            },
        ],
    },
    "western-bahia-cerrado": {
        "language": "en",
        "actions": [
            {
                "title": "Joint study of the Urucuia aquifer and its rivers",
                "description": (
                    "Farms, valley communities and the state water agency measure wells and "
                    "rivers together, so that everyone trusts the same figures."
                ),
                "results": "Sixty wells and twelve river points read every month since 2024.",
                "status": "under-way",
                "start": date(2024, 3, 1),
                "end": date(2027, 6, 30),
                "zones": ["natural", "economic"],
                "returns": ["natural", "inspiration"],
                "themes": ["water-management"],
                "where": [-45.79, -12.1],
                "lead": "western-bahia-producers-cooperative",
                "partners": ["conservation-international"],
                "budget": 2_400_000,
                "currency": "BRL",
                "instruments_sought": ["grant"],
                "contributions": [
                    ("greenbridge-landscape-capital", 600_000, "BRL", 2024, "grant"),
                ],
            },
            {
                "title": "Mapping the veredas and the remaining native Cerrado",
                "description": (
                    "A map of every vereda and patch of native vegetation, made with satellite "
                    "images and checked on the ground with the valley communities."
                ),
                "results": "The map shows 1,240 veredas; 18% of them have lost their buriti palms.",
                "status": "completed",
                "start": date(2023, 2, 1),
                "end": date(2024, 4, 30),
                "zones": ["natural"],
                "returns": ["natural"],
                "themes": ["biodiversity-conservation"],
                "where": [-45.0, -12.15],
                "lead": "western-bahia-producers-cooperative",
                "partners": ["conservation-international", "rainforest-alliance"],
                "budget": 450_000,
                "currency": "BRL",
                "instruments_sought": [],
                "contributions": [
                    ("greenbridge-landscape-capital", 200_000, "BRL", 2023, "grant"),
                ],
            },
            {
                "title": "A forum between the farms and the valley communities",
                "description": (
                    "A neutral facilitator and a year of meetings to agree how water is shared "
                    "in the dry season, as the first step towards a partnership."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 2, 1),
                "end": date(2028, 1, 31),
                "zones": ["combined"],
                "returns": ["social", "inspiration"],
                "themes": ["community-engagement", "water-management"],
                "where": [-44.97, -12.36],
                "lead": "western-bahia-producers-cooperative",
                "partners": ["rainforest-alliance"],
                "budget": 900_000,
                "currency": "BRL",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "organisations",
                "first": 4,
                "last": 21,
                "wobble": 0,
                "since": 2023,
                "source": "Meeting attendance records",
            },
            {
                "indicator": "species",
                "first": 190,
                "last": 204,
                "wobble": 0.02,
                "source": "Plant survey in the veredas",
            },
            {
                "indicator": "flow",
                "first": 68.0,
                "last": 59.5,
                "wobble": 0.05,
                "source": "Rio Grande gauge at Barreiras, national water agency",
                "notes": {2024: "The driest September on record."},
            },
        ],
        "assessments": [
            {
                "date": date(2023, 3, 8),
                "scores": (1, 1, 1, 1, 1),
                "evidence": {
                    "partnership": "First meeting of farms and valley communities.",
                },
            },
            {
                "date": date(2024, 9, 17),
                "scores": (1, 2, 1, 1, 1),
                "evidence": {
                    "shared_understanding": "A shared map of the veredas and native vegetation.",
                },
            },
            {
                "date": date(2026, 3, 10),
                "scores": (1, 2, 1, 2, 1),
                "evidence": {
                    "taking_action": "The joint aquifer study is measuring wells and rivers.",
                },
            },
        ],
    },
    "kodagu-coffee-hills": {
        "language": "en",
        "actions": [
            {
                "title": "Farmer field schools on shade management",
                "description": (
                    "Season-long field schools where growers and estate workers learn to keep "
                    "native shade trees while raising coffee yields."
                ),
                "results": "2,100 growers and workers trained in 84 field schools.",
                "status": "completed",
                "start": date(2018, 6, 1),
                "end": date(2022, 5, 31),
                "zones": ["combined"],
                "returns": ["social", "natural"],
                "themes": ["agroforestry"],
                "where": [75.8, 12.2],
                "lead": "sahyadri-landscape-academy",
                "partners": ["rainforest-alliance"],
                "budget": 24_000_000,
                "currency": "INR",
                "instruments_sought": [],
                "contributions": [
                    ("greenbridge-landscape-capital", 8_000_000, "INR", 2019, "grant"),
                ],
            },
            {
                "title": "Premium buyers for certified shade coffee",
                "description": (
                    "Working capital for growers' groups to certify their shade coffee and sell "
                    "it straight to specialty roasters."
                ),
                "results": "Eleven growers' groups sell to roasters at a premium of 18%.",
                "status": "under-way",
                "start": date(2021, 10, 1),
                "end": date(2027, 9, 30),
                "zones": ["economic"],
                "returns": ["financial"],
                "themes": ["livelihoods-value-chains", "agroforestry"],
                "where": [75.74, 12.42],
                "lead": "sahyadri-landscape-academy",
                "partners": ["rainforest-alliance", "greenbridge-landscape-capital"],
                "budget": 60_000_000,
                "currency": "INR",
                "instruments_sought": ["loan"],
                "contributions": [
                    ("greenbridge-landscape-capital", 30_000_000, "INR", 2022, "loan"),
                ],
            },
            {
                "title": "Mapping elephant corridors with the forest department",
                "description": (
                    "Camera traps and growers' reports map where elephants cross the estates, "
                    "so that corridors can be kept open and crops protected elsewhere."
                ),
                "results": "Five corridors mapped; conflict incidents down by a third in them.",
                "status": "under-way",
                "start": date(2022, 4, 1),
                "end": date(2027, 3, 31),
                "zones": ["natural", "combined"],
                "returns": ["natural", "social"],
                "themes": ["biodiversity-conservation"],
                "where": [75.96, 12.46],
                "lead": "sahyadri-landscape-academy",
                "partners": ["wwf"],
                "budget": 9_000_000,
                "currency": "INR",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
            {
                "title": "Reviving sacred groves at the Kaveri's source",
                "description": (
                    "Villages restore the edges of their devarakadu, the sacred groves, with "
                    "native trees from a forest nursery near Talakaveri."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 6, 1),
                "end": date(2030, 5, 31),
                "zones": ["natural"],
                "returns": ["inspiration", "natural"],
                "themes": ["biodiversity-conservation", "community-engagement"],
                "where": [75.52, 12.39],
                "lead": "sahyadri-landscape-academy",
                "partners": ["wwf"],
                "budget": 12_000_000,
                "currency": "INR",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 3_000,
                "last": 12_500,
                "wobble": 0,
                "source": "Field school registers of estates under shade management",
            },
            {
                "indicator": "people",
                "first": 5_000,
                "last": 24_000,
                "wobble": 0,
                "source": "Sahyadri Landscape Academy",
            },
            {
                "indicator": "income",
                "first": 2_100,
                "last": 2_900,
                "wobble": 0.07,
                "source": "Growers' survey",
                "notes": {2021: "Coffee prices fell sharply."},
            },
            {
                "indicator": "species",
                "first": 142,
                "last": 156,
                "wobble": 0.03,
                "source": "Bird count on twenty estates",
            },
        ],
        "assessments": [
            {
                "date": date(2019, 1, 22),
                "scores": (2, 2, 2, 2, 1),
                "evidence": {
                    "partnership": "Academy, growers' groups and the forest department meet each quarter.",
                },
            },
            {
                "date": date(2021, 1, 26),
                "scores": (3, 2, 3, 2, 1),
                "evidence": {
                    "vision_and_planning": "A landscape plan for shade and headwaters.",
                },
            },
            {
                "date": date(2023, 1, 24),
                "scores": (3, 3, 3, 3, 1),
                "evidence": {
                    "shared_understanding": "Growers and foresters share the corridor maps.",
                    "taking_action": "Field schools done; premium sales and corridor mapping under way.",
                },
            },
            {
                "date": date(2025, 1, 28),
                "scores": (3, 3, 3, 3, 2),
                "evidence": {
                    "learning_and_impact": "Yearly bird counts and growers' income survey.",
                },
            },
        ],
    },
    "trifinio-highlands": {
        "language": "en",
        "actions": [
            {
                "title": "Protecting the springs that supply eighteen towns",
                "description": (
                    "Fencing, reforesting and buying the land around the springs that supply "
                    "towns in the three countries, paid for partly by municipal water fees."
                ),
                "results": "64 springs protected; all of them flowed through the 2024 dry season.",
                "status": "under-way",
                "start": date(2016, 4, 1),
                "end": date(2027, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "social"],
                "themes": ["water-management", "governance-policy"],
                "where": [-89.35, 14.56],
                "lead": "trifinio-coffee-growers-alliance",
                "partners": ["rainforest-alliance"],
                "budget": 3_400_000,
                "currency": "USD",
                "instruments_sought": ["grant"],
                "contributions": [
                    ("undp", 1_200_000, "USD", 2018, "grant"),
                    ("undp", 400_000, "USD", 2022, "grant"),
                ],
            },
            {
                "title": "Renovating coffee plots with rust-resistant varieties",
                "description": (
                    "Replacing coffee killed by leaf rust with resistant varieties under native "
                    "shade, with seedlings from cooperative nurseries."
                ),
                "results": "3,800 hectares renovated; yields back to pre-rust levels.",
                "status": "completed",
                "start": date(2016, 1, 1),
                "end": date(2021, 12, 31),
                "zones": ["combined"],
                "returns": ["financial", "natural"],
                "themes": ["agroforestry"],
                "where": [-89.18, 14.43],
                "lead": "trifinio-coffee-growers-alliance",
                "partners": ["rainforest-alliance"],
                "budget": 2_100_000,
                "currency": "USD",
                "instruments_sought": [],
                "contributions": [("undp", 2_300_000, "GTQ", 2019, "grant")],
            },
            {
                "title": "A tri-national water fund",
                "description": (
                    "One fund, governed by the three countries' municipalities and the coffee "
                    "cooperatives, to pay for the upkeep of every protected spring."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 1, 1),
                "end": date(2037, 12, 31),
                "zones": ["natural", "economic"],
                "returns": ["financial", "natural"],
                "themes": ["water-management", "landscape-finance"],
                "where": None,
                "lead": "trifinio-coffee-growers-alliance",
                "partners": ["undp"],
                "budget": 5_000_000,
                "currency": "USD",
                "instruments_sought": ["blended", "guarantee"],
                "contributions": [("undp", 250_000, "USD", 2025, "grant")],
            },
            {
                "title": "Cloud forest corridor on the Montecristo massif",
                "description": (
                    "Linking the cloud forest fragments around the tri-border summit through "
                    "shade coffee and restored ravines."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 5, 1),
                "end": date(2031, 4, 30),
                "zones": ["natural", "combined"],
                "returns": ["natural", "inspiration"],
                "themes": ["biodiversity-conservation", "agroforestry"],
                "where": [-89.36, 14.4],
                "lead": "trifinio-coffee-growers-alliance",
                "partners": [],
                "budget": 1_600_000,
                "currency": "USD",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 1_500,
                "last": 9_800,
                "wobble": 0,
                "source": "Coffee growers' alliance plot records",
            },
            {
                "indicator": "people",
                "first": 60_000,
                "last": 210_000,
                "wobble": 0,
                "source": "Municipal water boards",
            },
            {
                "indicator": "jobs",
                "first": 40,
                "last": 380,
                "wobble": 0,
                "source": "Cooperative nurseries and spring brigades",
            },
            {
                "indicator": "flow",
                "first": 3.4,
                "last": 3.9,
                "wobble": 0.06,
                "source": "Upper Lempa gauge",
                "notes": {2023: "An El Niño year."},
            },
        ],
        "assessments": [
            {
                "date": date(2018, 11, 7),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "partnership": "A forum of municipalities from all three countries.",
                },
            },
            {
                "date": date(2021, 11, 10),
                "scores": (3, 3, 2, 3, 1),
                "evidence": {
                    "shared_understanding": "A shared inventory of the springs.",
                    "taking_action": "Springs protected; coffee renovated.",
                },
            },
            {
                "date": date(2024, 11, 12),
                "scores": (3, 3, 2, 3, 2),
                "evidence": {
                    "learning_and_impact": "Spring flows monitored through every dry season.",
                },
            },
        ],
    },
    "scheldt-delta": {
        "language": "en",
        "actions": [
            {
                "title": "Realigning the dike at the Hedwige polder",
                "description": (
                    "Moving the sea dike inland so that the tide can return to a former polder "
                    "and build a new salt marsh on the border."
                ),
                "results": "465 hectares of new tidal nature; the first spoonbills nested in 2024.",
                "status": "completed",
                "start": date(2019, 1, 1),
                "end": date(2023, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["climate-adaptation", "water-management"],
                "where": [4.18, 51.35],
                "lead": "delta-nature-finance",
                "partners": ["wwf"],
                "budget": 12_000_000,
                "currency": "EUR",
                "instruments_sought": [],
                "contributions": [("delta-nature-finance", 3_000_000, "EUR", 2021, "blended")],
            },
            {
                "title": "Salt-tolerant crops and oyster trials with farmers",
                "description": (
                    "Farmers next to the new marshes try salt-tolerant potatoes, sea aster and "
                    "oysters on land that the sea now reaches."
                ),
                "results": "Fourteen farms in the trials; sea aster sells to restaurants in Antwerp.",
                "status": "under-way",
                "start": date(2022, 3, 1),
                "end": date(2027, 2, 28),
                "zones": ["combined", "economic"],
                "returns": ["financial", "social"],
                "themes": ["climate-adaptation", "livelihoods-value-chains"],
                "where": [3.83, 51.31],
                "lead": "delta-nature-finance",
                "partners": [],
                "budget": 950_000,
                "currency": "EUR",
                "instruments_sought": ["grant"],
                "contributions": [("delta-nature-finance", 400_000, "EUR", 2022, "grant")],
            },
            {
                "title": "Raising marshes with sediment from the port",
                "description": (
                    "Placing sediment dredged for the port of Antwerp on sinking marshes, so "
                    "that they keep pace with the rising sea."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 4, 1),
                "end": date(2032, 3, 31),
                "zones": ["natural"],
                "returns": ["natural", "financial"],
                "themes": ["climate-adaptation"],
                "where": [4.0, 51.44],
                "lead": "delta-nature-finance",
                "partners": ["wwf"],
                "budget": 8_500_000,
                "currency": "EUR",
                "instruments_sought": ["blended", "guarantee"],
                "contributions": [("delta-nature-finance", 500_000, "EUR", 2025, "guarantee")],
            },
            {
                "title": "A cross-border cycling route along the new marshes",
                "description": (
                    "A route with viewpoints and signs that lets visitors follow the delta "
                    "change with each tide, from Terneuzen to the port."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 9, 1),
                "end": date(2028, 8, 31),
                "zones": ["combined"],
                "returns": ["inspiration", "financial"],
                "themes": ["community-engagement"],
                "where": None,
                "lead": "delta-nature-finance",
                "partners": [],
                "budget": 620_000,
                "currency": "EUR",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 0,
                "last": 640,
                "wobble": 0,
                "since": 2021,
                "source": "Estuary authority",
            },
            {
                "indicator": "species",
                "first": 96,
                "last": 118,
                "wobble": 0.03,
                "source": "Breeding bird survey",
            },
            {
                "indicator": "organisations",
                "first": 6,
                "last": 27,
                "wobble": 0,
                "since": 2020,
                "source": "Partnership register",
            },
            {
                "indicator": "carbon",
                "first": 0,
                "last": 5_200,
                "wobble": 0,
                "since": 2021,
                "source": "Salt-marsh carbon burial, estimated",
            },
        ],
        "assessments": [
            {
                "date": date(2021, 10, 4),
                "scores": (2, 1, 1, 1, 1),
                "evidence": {
                    "partnership": "Farmers' unions and nature groups on one steering group.",
                },
            },
            {
                "date": date(2023, 10, 9),
                "scores": (3, 2, 2, 2, 1),
                "evidence": {
                    "vision_and_planning": "Realignment sites agreed with the farmers concerned.",
                    "taking_action": "The Hedwige polder is tidal again.",
                },
            },
            {
                "date": date(2025, 10, 6),
                "scores": (3, 2, 2, 2, 2),
                "evidence": {
                    "learning_and_impact": "Bird and sediment monitoring shared across the border.",
                },
            },
        ],
    },
    "orkhon-valley-grasslands": {
        "language": "en",
        "actions": [
            {
                "title": "Grazing plans with twelve pasture user groups",
                "description": (
                    "Each group agrees its winter and summer pastures and rests the most worn "
                    "ones for a year, with the district's support."
                ),
                "results": "Nine groups have signed plans covering 41,000 hectares.",
                "status": "under-way",
                "start": date(2023, 5, 1),
                "end": date(2027, 10, 31),
                "zones": ["combined"],
                "returns": ["natural", "social"],
                "themes": ["community-engagement", "climate-adaptation"],
                "where": [102.77, 46.9],
                "lead": "khangai-herders-cooperative",
                "partners": ["wwf"],
                "budget": 850_000_000,
                "currency": "MNT",
                "instruments_sought": ["grant"],
                "contributions": [("undp", 180_000, "USD", 2023, "grant")],
            },
            {
                "title": "Fencing eroded river banks near Kharkhorin",
                "description": (
                    "Fencing twelve kilometres of the Orkhon's banks and replanting willows, "
                    "with watering points for the herds outside the fences."
                ),
                "results": "Willows have taken on nine of the twelve kilometres.",
                "status": "completed",
                "start": date(2023, 6, 1),
                "end": date(2025, 9, 30),
                "zones": ["natural"],
                "returns": ["natural"],
                "themes": ["ecosystem-restoration"],
                "where": [102.83, 47.2],
                "lead": "khangai-herders-cooperative",
                "partners": ["wwf"],
                "budget": 310_000_000,
                "currency": "MNT",
                "instruments_sought": [],
                "contributions": [("undp", 200_000_000, "MNT", 2024, "grant")],
            },
            {
                "title": "Traceable cashmere from well-managed pastures",
                "description": (
                    "A traceability system and a collection point that let buyers pay more for "
                    "cashmere from herders who keep to their grazing plans."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 4, 1),
                "end": date(2029, 3, 31),
                "zones": ["economic"],
                "returns": ["financial", "social"],
                "themes": ["livelihoods-value-chains"],
                "where": [102.23, 46.82],
                "lead": "khangai-herders-cooperative",
                "partners": [],
                "budget": 600_000,
                "currency": "USD",
                "instruments_sought": ["loan", "grant"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 0,
                "last": 41_000,
                "wobble": 0,
                "since": 2023,
                "source": "Pasture user groups' signed plans",
            },
            {
                "indicator": "people",
                "first": 0,
                "last": 3_400,
                "wobble": 0,
                "since": 2023,
                "source": "Herders' cooperative",
            },
            {
                "indicator": "income",
                "first": 2_600,
                "last": 3_300,
                "wobble": 0.08,
                "since": 2023,
                "source": "Herder household survey",
                "notes": {2024: "A dzud winter killed many animals."},
            },
        ],
        "assessments": [
            {
                "date": date(2023, 4, 18),
                "scores": (1, 1, 1, 1, 1),
                "evidence": {
                    "partnership": "The cooperative, the district and WWF agreed to start.",
                },
            },
            {
                "date": date(2024, 4, 23),
                "scores": (2, 1, 1, 2, 1),
                "evidence": {
                    "partnership": "Twelve pasture user groups joined.",
                    "taking_action": "River banks fenced near Kharkhorin.",
                },
            },
            {
                "date": date(2026, 4, 21),
                "scores": (2, 2, 1, 2, 1),
                "evidence": {
                    "shared_understanding": "Groups and the district share pasture maps.",
                },
            },
        ],
    },
    "paramo-de-santurban": {
        "language": "es",
        "actions": [
            {
                "title": "Restauración de rondas hídricas en Vetas y California",
                "description": (
                    "Familias campesinas aíslan y siembran con especies nativas las rondas de "
                    "las quebradas que abastecen los acueductos de Bucaramanga."
                ),
                "results": "Se han restaurado 380 hectáreas de rondas en 26 predios.",
                "status": "under-way",
                "start": date(2020, 2, 1),
                "end": date(2027, 12, 31),
                "zones": ["natural"],
                "returns": ["natural", "social"],
                "themes": ["water-management", "ecosystem-restoration"],
                "where": [-72.87, 7.31],
                "lead": None,
                "partners": [],
                "budget": 2_800_000_000,
                "currency": "COP",
                "instruments_sought": ["grant"],
                "contributions": [("undp", 900_000_000, "COP", 2021, "grant")],
            },
            {
                "title": "Acuerdos de uso del suelo con familias campesinas",
                "description": (
                    "Acuerdos predio a predio sobre dónde se cultiva, dónde pasta el ganado y "
                    "qué áreas se dejan para el páramo, con pago por servicios ambientales."
                ),
                "results": "Se firmaron 140 acuerdos que cubren 5.200 hectáreas.",
                "status": "completed",
                "start": date(2019, 3, 1),
                "end": date(2022, 11, 30),
                "zones": ["combined"],
                "returns": ["social", "natural"],
                "themes": ["governance-policy", "community-engagement"],
                "where": [-72.94, 7.35],
                "lead": None,
                "partners": [],
                "budget": 450_000_000,
                "currency": "COP",
                "instruments_sought": [],
                "contributions": [("undp", 80_000, "USD", 2020, "grant")],
            },
            {
                "title": "Vivero comunitario de frailejones y especies nativas",
                "description": (
                    "Un vivero manejado por mujeres campesinas que produce frailejones y "
                    "arbustos nativos para la restauración de las turberas."
                ),
                "results": "",
                "status": "seeking-funding",
                "start": date(2027, 2, 1),
                "end": date(2029, 1, 31),
                "zones": ["natural", "economic"],
                "returns": ["natural", "financial"],
                "themes": ["ecosystem-restoration", "livelihoods-value-chains"],
                "where": [-72.97, 7.21],
                "lead": None,
                "partners": [],
                "budget": 600_000_000,
                "currency": "COP",
                "instruments_sought": ["grant"],
                "contributions": [],
            },
            {
                "title": "Monitoreo de turberas con los acueductos",
                "description": (
                    "Los acueductos y las asociaciones campesinas miden juntos el nivel del "
                    "agua en las turberas y los caudales de las quebradas."
                ),
                "results": "",
                "status": "planned",
                "start": date(2027, 6, 1),
                "end": date(2030, 5, 31),
                "zones": ["natural"],
                "returns": ["natural", "inspiration"],
                "themes": ["water-management"],
                "where": None,
                "lead": None,
                "partners": [],
                "budget": 320_000_000,
                "currency": "COP",
                "instruments_sought": ["grant", "in-kind"],
                "contributions": [],
            },
        ],
        "series": [
            {
                "indicator": "hectares",
                "first": 40,
                "last": 760,
                "wobble": 0,
                "since": 2019,
                "source": "Registros de la alianza",
            },
            {
                "indicator": "people",
                "first": 300,
                "last": 1_900,
                "wobble": 0,
                "since": 2019,
                "source": "Asociaciones campesinas",
            },
            {
                "indicator": "organisations",
                "first": 3,
                "last": 14,
                "wobble": 0,
                "since": 2019,
                "source": "Actas de la alianza",
            },
        ],
        "assessments": [
            {
                "date": date(2019, 8, 20),
                "scores": (1, 1, 1, 1, 1),
                "evidence": {
                    "partnership": "Primera reunión de campesinos, acueductos y autoridad ambiental.",
                },
            },
            {
                "date": date(2021, 8, 24),
                "scores": (2, 2, 1, 2, 1),
                "evidence": {
                    "shared_understanding": "Mapa común de rondas y turberas.",
                    "taking_action": "Comenzó la restauración de rondas en Vetas.",
                },
            },
            {
                "date": date(2023, 8, 22),
                "scores": (2, 2, 2, 2, 1),
                "evidence": {
                    "vision_and_planning": "Plan de la alianza con metas a 2030.",
                },
            },
            {
                "date": date(2025, 8, 26),
                "scores": (3, 2, 2, 2, 2),
                "evidence": {
                    "partnership": "Catorce organizaciones firmaron el acuerdo de la alianza.",
                    "learning_and_impact": "Informe anual de hectáreas restauradas y caudales.",
                },
            },
        ],
    },
}
