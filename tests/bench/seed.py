"""A network at target scale for the load benchmark (`manage.py seed_benchmark`, `make bench`).

Saving 75,000 Wagtail pages one by one takes hours (`add_child` runs validation, signals and a
tree update for each). Here page rows are written in bulk instead: treebeard's materialised paths
are computed here, the base `wagtailcore_page` rows are bulk-created, then the rows of each page
type's own table, the many-to-many rows and the inline rows (partners, sessions). Each thing is
made in every content language at once, its four pages sharing a `translation_key`, with
relations pointing at the default language's pages and terms, as wagtail-localize leaves them.

No revisions, no reference index and no search index are written: pages are live as they are,
and the runner times `update_index` on its own. Everything seeded is owned by one user
(`SEED_USERNAME`), which is how a later run finds it again.

Values are varied on purpose (regions and their countries, themes, types, dates, prose drawn
from a few hundred words in each language, boundaries of 20 to 200 vertices) so that facets,
search and the GeoJSON behave as they would with real content. The random generator is seeded:
the same scale gives the same network."""

import datetime
import hashlib
import io
import math
import random
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection, models, transaction
from django.db.models import F, Max, signals
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.search.models import IndexEntry

from learning.models import CoursePage, CourseSession, InstitutionPage, LearningIndexPage
from library import extraction
from library.extraction import STATUS_OK
from library.models import (
    KINDS,
    LICENCES,
    VIDEO_KINDS,
    DocumentText,
    LibraryIndexPage,
    ResourceDownloads,
    ResourceFile,
    ResourcePage,
)
from library.pdfs import write_pdf
from network import geometry
from network.models import (
    ExpertIndexPage,
    ExpertPage,
    ExpertPageSkill,
    LandscapeIndexPage,
    LandscapePage,
    LandscapePageTag,
    LandscapePartner,
    OrganisationIndexPage,
    OrganisationPage,
)
from progress.choices import ELEMENTS
from progress.demo.loader import (
    INDICATORS,
    RATES_PER_US_DOLLAR,
    exchange_rates,
    indicator_translation_key,
)
from progress.demo.loader import TRANSLATIONS as INDICATOR_TRANSLATIONS
from progress.landscape_figures import refresh_all as refresh_landscape_figures
from progress.models import (
    Action,
    Assessment,
    Contribution,
    ExchangeRate,
    FundingOffer,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from stories.models import StoryIndexPage, StoryPage
from website.models import EcosystemType, HomePage, SustainableDevelopmentGoal, Theme

SEED_USERNAME = "benchmark-seed"
RANDOM_SEED = 1000

# The issue's target scale; --scale multiplies every figure (institutions: at least three).
TARGETS = {
    "landscapes": 1000,
    "organisations": 3000,
    "experts": 10000,
    "institutions": 50,
    "courses": 2000,
    "sessions": 6000,
    "stories": 3000,
    "funding offers": 200,
    "resources": 5000,
}
# Each landscape's action and investment records, at every scale: 10 actions with 3
# contributions each, 6 indicators with a value a year for 8 years, 4 assessments (10,000
# actions, 30,000 contributions, 48,000 values and 4,000 assessments at target scale).
ACTIONS_PER_LANDSCAPE = 10
CONTRIBUTIONS_PER_ACTION = 3
SERIES_YEARS = range(2019, 2027)
ASSESSMENTS_PER_LANDSCAPE = 4
# Rows a single INSERT may carry: PostgreSQL takes at most 65,535 parameters a statement.
MAX_PARAMETERS = 60_000

# ---------------------------------------------------------------------------------------------
# Vocabulary. Every entry is (English, Spanish, French, Portuguese), so that the four language
# versions of one page say the same thing; a content language without an entry gets English.
# ---------------------------------------------------------------------------------------------
LANGUAGE_COLUMNS = {"en": 0, "es": 1, "fr": 2, "pt": 3}

NOUNS = [
    ("watershed", "cuenca", "bassin versant", "bacia hidrográfica"),
    ("soil", "suelo", "sol", "solo"),
    ("forest", "bosque", "forêt", "floresta"),
    ("mangrove", "manglar", "mangrove", "manguezal"),
    ("river", "río", "rivière", "rio"),
    ("wetland", "humedal", "zone humide", "zona úmida"),
    ("grassland", "pastizal", "prairie", "pastagem"),
    ("coffee", "café", "café", "café"),
    ("cocoa", "cacao", "cacao", "cacau"),
    ("cattle", "ganado", "bétail", "gado"),
    ("honey", "miel", "miel", "mel"),
    ("rainfall", "lluvia", "pluie", "chuva"),
    ("drought", "sequía", "sécheresse", "seca"),
    ("erosion", "erosión", "érosion", "erosão"),
    ("terrace", "terraza", "terrasse", "terraço"),
    ("spring", "manantial", "source", "nascente"),
    ("seedling", "plántula", "semis", "muda"),
    ("nursery", "vivero", "pépinière", "viveiro"),
    ("cooperative", "cooperativa", "coopérative", "cooperativa"),
    ("market", "mercado", "marché", "mercado"),
    ("farmer", "agricultor", "agriculteur", "agricultor"),
    ("herder", "pastor", "éleveur", "pastor"),
    ("village", "aldea", "village", "aldeia"),
    ("fisher", "pescador", "pêcheur", "pescador"),
    ("carbon", "carbono", "carbone", "carbono"),
    ("credit", "crédito", "crédit", "crédito"),
    ("loan", "préstamo", "prêt", "empréstimo"),
    ("investment", "inversión", "investissement", "investimento"),
    ("school", "escuela", "école", "escola"),
    ("training", "formación", "formation", "formação"),
    ("council", "consejo", "conseil", "conselho"),
    ("plan", "plan", "plan", "plano"),
    ("map", "mapa", "carte", "mapa"),
    ("monitoring", "seguimiento", "suivi", "monitoramento"),
    ("biodiversity", "biodiversidad", "biodiversité", "biodiversidade"),
    ("pollinator", "polinizador", "pollinisateur", "polinizador"),
    ("bird", "ave", "oiseau", "ave"),
    ("elephant", "elefante", "éléphant", "elefante"),
    ("wildlife", "fauna", "faune", "fauna"),
    ("corridor", "corredor", "corridor", "corredor"),
    ("fire", "fuego", "feu", "fogo"),
    ("pasture", "pasto", "pâturage", "pasto"),
    ("goat", "cabra", "chèvre", "cabra"),
    ("maize", "maíz", "maïs", "milho"),
    ("rice", "arroz", "riz", "arroz"),
    ("cassava", "yuca", "manioc", "mandioca"),
    ("sorghum", "sorgo", "sorgho", "sorgo"),
    ("millet", "mijo", "mil", "milheto"),
    ("bean", "frijol", "haricot", "feijão"),
    ("fruit", "fruta", "fruit", "fruta"),
    ("tree", "árbol", "arbre", "árvore"),
    ("shade", "sombra", "ombre", "sombra"),
    ("timber", "madera", "bois", "madeira"),
    ("bamboo", "bambú", "bambou", "bambu"),
    ("peatland", "turbera", "tourbière", "turfeira"),
    ("coast", "costa", "côte", "costa"),
    ("reef", "arrecife", "récif", "recife"),
    ("lagoon", "laguna", "lagune", "lagoa"),
    ("lake", "lago", "lac", "lago"),
    ("glacier", "glaciar", "glacier", "geleira"),
    ("valley", "valle", "vallée", "vale"),
    ("hillside", "ladera", "coteau", "encosta"),
    ("plateau", "meseta", "plateau", "planalto"),
    ("desert", "desierto", "désert", "deserto"),
    ("dune", "duna", "dune", "duna"),
    ("oasis", "oasis", "oasis", "oásis"),
    ("groundwater", "agua subterránea", "nappe phréatique", "água subterrânea"),
    ("irrigation", "riego", "irrigation", "irrigação"),
    ("well", "pozo", "puits", "poço"),
    ("road", "camino", "route", "estrada"),
    ("trade", "comercio", "commerce", "comércio"),
    ("income", "ingreso", "revenu", "renda"),
    ("livelihood", "medio de vida", "moyen de subsistance", "meio de vida"),
    ("health", "salud", "santé", "saúde"),
    ("nutrition", "nutrición", "nutrition", "nutrição"),
    ("harvest", "cosecha", "récolte", "colheita"),
    ("yield", "rendimiento", "rendement", "produtividade"),
    ("compost", "compost", "compost", "composto"),
    ("manure", "estiércol", "fumier", "esterco"),
    ("mulch", "acolchado", "paillage", "cobertura morta"),
    ("grazing", "pastoreo", "pâture", "pastejo"),
    ("restoration", "restauración", "restauration", "restauração"),
    ("regeneration", "regeneración", "régénération", "regeneração"),
    ("resilience", "resiliencia", "résilience", "resiliência"),
    ("knowledge", "conocimiento", "savoir", "conhecimento"),
    ("tradition", "tradición", "tradition", "tradição"),
    ("tenure", "tenencia", "foncier", "posse da terra"),
    ("policy", "política", "politique", "política"),
    ("budget", "presupuesto", "budget", "orçamento"),
    ("company", "empresa", "entreprise", "empresa"),
    ("buyer", "comprador", "acheteur", "comprador"),
    ("certification", "certificación", "certification", "certificação"),
    ("tourism", "turismo", "tourisme", "turismo"),
    ("craft", "artesanía", "artisanat", "artesanato"),
    ("weaving", "tejido", "tissage", "tecelagem"),
    ("seed", "semilla", "semence", "semente"),
    ("orchard", "huerto", "verger", "pomar"),
    ("vineyard", "viñedo", "vignoble", "vinhedo"),
    ("olive", "olivo", "olivier", "oliveira"),
    ("cork", "corcho", "liège", "cortiça"),
    ("salt marsh", "marisma", "marais salant", "sapal"),
    ("floodplain", "llanura aluvial", "plaine inondable", "várzea"),
    ("dam", "presa", "barrage", "barragem"),
    ("canal", "canal", "canal", "canal"),
    ("herb", "hierba", "herbe", "erva"),
    ("mushroom", "hongo", "champignon", "cogumelo"),
    ("cashew", "anacardo", "cajou", "caju"),
    ("shea", "karité", "karité", "karité"),
    ("rubber", "caucho", "caoutchouc", "borracha"),
    ("palm", "palma", "palmier", "palmeira"),
    ("tea", "té", "thé", "chá"),
    ("vanilla", "vainilla", "vanille", "baunilha"),
    ("quinoa", "quinua", "quinoa", "quinoa"),
    ("alpaca", "alpaca", "alpaga", "alpaca"),
    ("wool", "lana", "laine", "lã"),
    ("dairy", "lechería", "laiterie", "laticínio"),
    ("slope", "pendiente", "pente", "declive"),
    ("cloud forest", "bosque nuboso", "forêt de nuages", "floresta nublada"),
]

ADJECTIVES = [
    ("degraded", "degradado", "dégradé", "degradado"),
    ("restored", "restaurado", "restauré", "restaurado"),
    ("fertile", "fértil", "fertile", "fértil"),
    ("dry", "seco", "sec", "seco"),
    ("sacred", "sagrado", "sacré", "sagrado"),
    ("remote", "remoto", "isolé", "remoto"),
    ("coastal", "costero", "côtier", "costeiro"),
    ("upland", "alto", "d'altitude", "de altitude"),
    ("indigenous", "indígena", "autochtone", "indígena"),
    ("local", "local", "local", "local"),
    ("regional", "regional", "régional", "regional"),
    ("sustainable", "sostenible", "durable", "sustentável"),
    ("organic", "orgánico", "biologique", "orgânico"),
    ("resilient", "resiliente", "résilient", "resiliente"),
    ("shared", "compartido", "partagé", "compartilhado"),
    ("ancient", "antiguo", "ancien", "antigo"),
    ("native", "nativo", "indigène", "nativo"),
    ("invasive", "invasor", "envahissant", "invasor"),
    ("fragile", "frágil", "fragile", "frágil"),
    ("productive", "productivo", "productif", "produtivo"),
    ("communal", "comunal", "communal", "comunal"),
    ("seasonal", "estacional", "saisonnier", "sazonal"),
    ("eroded", "erosionado", "érodé", "erodido"),
    ("diverse", "diverso", "diversifié", "diverso"),
    ("healthy", "sano", "sain", "saudável"),
    ("abandoned", "abandonado", "abandonné", "abandonado"),
]

# {place} a proper name; {n1}…{n4} nouns; {a1} an adjective; {num} a number.
SENTENCES = [
    (
        "Partners in {place} restore {n1} and {n2} across {num} hectares of {a1} land.",
        "Los socios de {place} restauran {n1} y {n2} en {num} hectáreas de tierra {a1}.",
        "Les partenaires de {place} restaurent {n1} et {n2} sur {num} hectares de terre {a1}.",
        "Os parceiros de {place} restauram {n1} e {n2} em {num} hectares de terra {a1}.",
    ),
    (
        "Families of {place} work together on {n1}, {n2} and {n3}.",
        "Las familias de {place} trabajan juntas en {n1}, {n2} y {n3}.",
        "Les familles de {place} travaillent ensemble sur {n1}, {n2} et {n3}.",
        "As famílias de {place} trabalham juntas em {n1}, {n2} e {n3}.",
    ),
    (
        "The partnership protects the {n1} that feeds the {n2} of {place}.",
        "La alianza protege el {n1} que alimenta el {n2} de {place}.",
        "Le partenariat protège le {n1} qui nourrit le {n2} de {place}.",
        "A parceria protege o {n1} que alimenta o {n2} de {place}.",
    ),
    (
        "Since {num}, the council has mapped every {n1} and {n2} of the {a1} valley.",
        "Desde {num}, el consejo ha cartografiado cada {n1} y {n2} del valle {a1}.",
        "Depuis {num}, le conseil a cartographié chaque {n1} et {n2} de la vallée {a1}.",
        "Desde {num}, o conselho mapeou cada {n1} e {n2} do vale {a1}.",
    ),
    (
        "A {a1} {n1} brings new income from {n2} and {n3}.",
        "Un {n1} {a1} trae nuevos ingresos del {n2} y del {n3}.",
        "Un {n1} {a1} apporte de nouveaux revenus du {n2} et du {n3}.",
        "Um {n1} {a1} traz nova renda do {n2} e do {n3}.",
    ),
    (
        "Women's groups lead the {n1} nurseries and sell {n2} at the {n3} market.",
        "Los grupos de mujeres dirigen los viveros de {n1} y venden {n2} en el mercado de {n3}.",
        "Les groupements de femmes gèrent les pépinières de {n1} et vendent {n2} au marché de "
        "{n3}.",
        "Os grupos de mulheres dirigem os viveiros de {n1} e vendem {n2} no mercado de {n3}.",
    ),
    (
        "Young people learn {n1} and {n2} in the field school of {place}.",
        "Los jóvenes aprenden {n1} y {n2} en la escuela de campo de {place}.",
        "Les jeunes apprennent {n1} et {n2} à l'école de terrain de {place}.",
        "Os jovens aprendem {n1} e {n2} na escola de campo de {place}.",
    ),
    (
        "Investment in {n1} and {n2} returns {num} percent more {n3} each year.",
        "La inversión en {n1} y {n2} devuelve un {num} por ciento más de {n3} cada año.",
        "L'investissement dans {n1} et {n2} rapporte {num} pour cent de {n3} en plus chaque année.",
        "O investimento em {n1} e {n2} rende {num} por cento mais {n3} a cada ano.",
    ),
    (
        "Monitoring shows the {n1} coming back after years of {n2}.",
        "El seguimiento muestra el regreso del {n1} tras años de {n2}.",
        "Le suivi montre le retour du {n1} après des années de {n2}.",
        "O monitoramento mostra o retorno do {n1} após anos de {n2}.",
    ),
    (
        "Elders share their knowledge of {a1} {n1}, {n2} and {n3}.",
        "Los mayores comparten su conocimiento del {n1} {a1}, el {n2} y el {n3}.",
        "Les anciens partagent leur savoir sur le {n1} {a1}, le {n2} et le {n3}.",
        "Os anciãos partilham o seu conhecimento do {n1} {a1}, do {n2} e do {n3}.",
    ),
    (
        "The {a1} hillsides of {place} hold {n1}, {n2} and {n4} again.",
        "Las laderas {a1} de {place} vuelven a tener {n1}, {n2} y {n4}.",
        "Les coteaux {a1} de {place} retrouvent {n1}, {n2} et {n4}.",
        "As encostas {a1} de {place} voltam a ter {n1}, {n2} e {n4}.",
    ),
    (
        "Buyers pay a fair price for {n1} grown under {n2} without {n3}.",
        "Los compradores pagan un precio justo por el {n1} cultivado bajo {n2} sin {n3}.",
        "Les acheteurs paient un prix juste pour le {n1} cultivé sous {n2} sans {n3}.",
        "Os compradores pagam um preço justo pelo {n1} cultivado sob {n2} sem {n3}.",
    ),
]

HEADLINE_ROLES = [
    ("Soil ecologist", "Ecóloga de suelos", "Écologue des sols", "Ecóloga do solo"),
    ("Hydrologist", "Hidrólogo", "Hydrologue", "Hidrólogo"),
    ("Agronomist", "Agrónoma", "Agronome", "Agrónoma"),
    ("Landscape planner", "Planificador del paisaje", "Planificateur du paysage", "Planejador"),
    ("Community facilitator", "Facilitadora comunitaria", "Animatrice", "Facilitadora"),
    ("Finance specialist", "Especialista en finanzas", "Spécialiste financier", "Financista"),
    ("GIS analyst", "Analista SIG", "Analyste SIG", "Analista SIG"),
    ("Forester", "Ingeniero forestal", "Forestier", "Engenheiro florestal"),
    ("Rangeland scientist", "Científica de pastizales", "Pastoraliste", "Cientista de pastagens"),
    ("Policy adviser", "Asesor de políticas", "Conseiller politique", "Assessor de políticas"),
    ("Agroforester", "Agroforestal", "Agroforestier", "Agroflorestal"),
    ("Ornithologist", "Ornitóloga", "Ornithologue", "Ornitóloga"),
    ("Economist", "Economista", "Économiste", "Economista"),
    ("Anthropologist", "Antropóloga", "Anthropologue", "Antropóloga"),
    ("Project manager", "Gestora de proyectos", "Cheffe de projet", "Gestora de projetos"),
    ("Trainer", "Formador", "Formateur", "Formador"),
    ("Botanist", "Botánica", "Botaniste", "Botânica"),
    ("Veterinarian", "Veterinario", "Vétérinaire", "Veterinário"),
]
HEADLINE_PATTERN = ("{role}, {n1}", "{role}, {n1}", "{role}, {n1}", "{role}, {n1}")

COURSE_TITLES = [
    ("Introduction to {n1}", "Introducción a {n1}", "Introduction à {n1}", "Introdução a {n1}"),
    ("{N1} in practice", "{N1} en la práctica", "{N1} en pratique", "{N1} na prática"),
    (
        "Designing {n1} plans",
        "Diseño de planes de {n1}",
        "Concevoir des plans de {n1}",
        "Desenho de planos de {n1}",
    ),
    (
        "Monitoring {n1} and {n2}",
        "Seguimiento de {n1} y {n2}",
        "Suivi de {n1} et {n2}",
        "Monitoramento de {n1} e {n2}",
    ),
    ("Financing {n1}", "Financiación de {n1}", "Financer {n1}", "Financiamento de {n1}"),
    (
        "{N1} for landscape partnerships",
        "{N1} para alianzas de paisaje",
        "{N1} pour les partenariats de paysage",
        "{N1} para parcerias de paisagem",
    ),
    (
        "{N1} and {n2} from the ground up",
        "{N1} y {n2} desde la base",
        "{N1} et {n2} à partir du terrain",
        "{N1} e {n2} desde a base",
    ),
]

STORY_TITLES = [
    (
        "How {place} brought back its {n1}",
        "Cómo {place} recuperó su {n1}",
        "Comment {place} a retrouvé son {n1}",
        "Como {place} recuperou o seu {n1}",
    ),
    ("The {n1} of {place}", "El {n1} de {place}", "Le {n1} de {place}", "O {n1} de {place}"),
    (
        "{num} years of {n1} in {place}",
        "{num} años de {n1} en {place}",
        "{num} ans de {n1} à {place}",
        "{num} anos de {n1} em {place}",
    ),
    (
        "Women, {n1} and {n2} in {place}",
        "Mujeres, {n1} y {n2} en {place}",
        "Femmes, {n1} et {n2} à {place}",
        "Mulheres, {n1} e {n2} em {place}",
    ),
    (
        "What the {n1} taught {place}",
        "Lo que el {n1} enseñó a {place}",
        "Ce que le {n1} a appris à {place}",
        "O que o {n1} ensinou a {place}",
    ),
    (
        "From {n1} to {n2}: the story of {place}",
        "Del {n1} al {n2}: la historia de {place}",
        "Du {n1} au {n2} : l'histoire de {place}",
        "Do {n1} ao {n2}: a história de {place}",
    ),
]

MODULE_TITLES = [
    ("Reading the land", "Leer el territorio", "Lire le territoire", "Ler o território"),
    ("Working with {n1}", "Trabajar con {n1}", "Travailler avec {n1}", "Trabalhar com {n1}"),
    ("Mapping {n1}", "Cartografiar {n1}", "Cartographier {n1}", "Mapear {n1}"),
    ("A plan for {n1}", "Un plan para {n1}", "Un plan pour {n1}", "Um plano para {n1}"),
    ("Field visit", "Visita de campo", "Visite de terrain", "Visita de campo"),
    ("Measuring {n1}", "Medir {n1}", "Mesurer {n1}", "Medir {n1}"),
]
MODULE_DURATION = ("{num} weeks", "{num} semanas", "{num} semaines", "{num} semanas")
RESOURCE_TITLES = [
    (
        "A field guide to {n1} and {n2}",
        "Guía de campo de {n1} y {n2}",
        "Guide de terrain : {n1} et {n2}",
        "Guia de campo de {n1} e {n2}",
    ),
    (
        "Restoring {n1} in {place}",
        "Restaurar {n1} en {place}",
        "Restaurer {n1} à {place}",
        "Restaurar {n1} em {place}",
    ),
    (
        "{N1} and {n2}: lessons from {place}",
        "{N1} y {n2}: lecciones de {place}",
        "{N1} et {n2} : les leçons de {place}",
        "{N1} e {n2}: lições de {place}",
    ),
    (
        "Measuring {n1} across {num} hectares",
        "Medir {n1} en {num} hectáreas",
        "Mesurer {n1} sur {num} hectares",
        "Medir {n1} em {num} hectares",
    ),
    (
        "The {place} toolkit for {n1}",
        "Caja de herramientas de {place} para {n1}",
        "La boîte à outils de {place} pour {n1}",
        "Caixa de ferramentas de {place} para {n1}",
    ),
]
# The resources' files: section headings, and the sentence a tenth of them hold deep in their
# text, so that the benchmark's library search (`?q=watershed`) finds its matches in the files
# (the rest of the files' text is written without that word).
FILE_HEADINGS = [
    ("Introduction", "Introducción", "Introduction", "Introdução"),
    ("Methods", "Métodos", "Méthodes", "Métodos"),
    ("Findings", "Resultados", "Résultats", "Resultados"),
    ("Lessons", "Lecciones", "Leçons", "Lições"),
    ("Annex", "Anexo", "Annexe", "Anexo"),
]
WATERSHED_SENTENCE = (
    "The {place} watershed compact shares water between {num} upstream and downstream farms.",
    "El pacto de la cuenca de {place} reparte el agua entre {num} fincas de arriba y de abajo.",
    "Le pacte du bassin versant de {place} partage l'eau entre {num} fermes d'amont et d'aval.",
    "O pacto da bacia hidrográfica de {place} partilha a água entre {num} fazendas.",
)
RESOURCE_LANGUAGE_WEIGHTS = {"en": 50, "es": 20, "fr": 15, "pt": 15}
LICENCE_WEIGHTS = {"cc-by-4.0": 40, "cc-by-sa-4.0": 15, "cc-by-nc-4.0": 15, "cc-by-nc-sa-4.0": 10}
WATERSHED_SHARE = 10  # one resource in this many holds WATERSHED_SENTENCE in its file
FILE_PARAGRAPHS = (18, 30)  # paragraphs of 6 to 10 sentences: about 2,000 to 4,000 words
BENCHMARK_PDF = "documents/benchmark-resource.pdf"
BENCHMARK_COVER_TITLE = "Benchmark resource cover"

ACTION_TITLES = [
    (
        "Restoring {n1} and {n2} in {place}",
        "Restauración de {n1} y {n2} en {place}",
        "Restauration : {n1} et {n2} à {place}",
        "Restauração de {n1} e {n2} em {place}",
    ),
    (
        "{N1} nurseries for {place}",
        "Viveros de {n1} para {place}",
        "Pépinières de {n1} pour {place}",
        "Viveiros de {n1} para {place}",
    ),
    (
        "Training in {n1} and {n2}",
        "Formación en {n1} y {n2}",
        "Formation : {n1} et {n2}",
        "Formação em {n1} e {n2}",
    ),
    (
        "Monitoring {n1} across {place}",
        "Seguimiento de {n1} en {place}",
        "Suivi : {n1} à {place}",
        "Monitoramento de {n1} em {place}",
    ),
    (
        "A {n1} market for {place}",
        "Un mercado de {n1} para {place}",
        "Un marché de {n1} pour {place}",
        "Um mercado de {n1} para {place}",
    ),
    (
        "Protecting {n1} from {n2}",
        "Protección de {n1} frente a {n2}",
        "Protection : {n1} face à {n2}",
        "Proteção de {n1} contra {n2}",
    ),
]
OFFER_TITLES = [
    "Grants for landscape restoration",
    "Loans for landscape enterprises",
    "Blended finance for nature-based solutions",
    "Guarantees for community forestry",
    "Seed funding for new partnerships",
]
# (status, weight, first and last start year, shortest and longest run in years)
ACTION_PLANS = [
    ("planned", 15, 2027, 2029, 1, 4),
    ("seeking-funding", 25, 2026, 2028, 2, 5),
    ("under-way", 35, 2017, 2025, 3, 8),
    ("completed", 20, 2015, 2021, 1, 4),
    ("stopped", 5, 2016, 2023, 1, 2),
]
# (indicator key in progress/demo/indicators.json, lowest and highest first value, growth or
# None for a figure that wanders around its first value)
ASSESSMENT_ELEMENTS = [key for key, _name in ELEMENTS]
OFFER_INSTRUMENTS = ["grant", "loan", "equity", "guarantee", "blended"]
SERIES_PLANS = [
    ("hectares", 200, 20_000, 4.0),
    ("people", 500, 200_000, 3.0),
    ("jobs", 5, 400, 5.0),
    ("income", 400, 4_000, None),
    ("carbon", 100, 40_000, 8.0),
    ("species", 30, 300, None),
]

HEADING = ("What changed", "Qué cambió", "Ce qui a changé", "O que mudou")

HOME_TITLE = ("Thousand Landscapes", "Mil Paisajes", "Mille Paysages", "Mil Paisagens")
HOME_HERO = (
    "Restoring landscapes together",
    "Restaurar paisajes juntos",
    "Restaurer les paysages ensemble",
    "Restaurar paisagens juntos",
)

# Index pages under each home: their model, slug (the same in every language) and titles.
INDEX_PAGES = [
    (LandscapeIndexPage, "landscapes", ("Landscapes", "Paisajes", "Paysages", "Paisagens")),
    (
        OrganisationIndexPage,
        "organisations",
        ("Organisations", "Organizaciones", "Organisations", "Organizações"),
    ),
    (ExpertIndexPage, "experts", ("Experts", "Expertos", "Experts", "Especialistas")),
    (LearningIndexPage, "learning", ("Learning", "Aprendizaje", "Formation", "Aprendizagem")),
    (StoryIndexPage, "stories", ("Stories", "Historias", "Histoires", "Histórias")),
    (LibraryIndexPage, "library", ("Library", "Biblioteca", "Bibliothèque", "Biblioteca")),
]

THEMES = [
    ("ecosystem-restoration", "Ecosystem restoration", "Restauración de ecosistemas",
     "Restauration des écosystèmes", "Restauração de ecossistemas"),
    ("regenerative-agriculture", "Regenerative agriculture", "Agricultura regenerativa",
     "Agriculture régénératrice", "Agricultura regenerativa"),
    ("water-management", "Water management", "Gestión del agua", "Gestion de l'eau",
     "Gestão da água"),
    ("biodiversity-conservation", "Biodiversity conservation", "Conservación de la biodiversidad",
     "Conservation de la biodiversité", "Conservação da biodiversidade"),
    ("landscape-finance", "Landscape finance", "Financiación de paisajes",
     "Financement des paysages", "Financiamento de paisagens"),
    ("climate-adaptation", "Climate adaptation", "Adaptación al clima", "Adaptation au climat",
     "Adaptação climática"),
    ("livelihoods-value-chains", "Livelihoods and value chains",
     "Medios de vida y cadenas de valor", "Moyens de subsistance et filières",
     "Meios de vida e cadeias de valor"),
    ("governance-policy", "Governance and policy", "Gobernanza y políticas",
     "Gouvernance et politiques", "Governança e políticas"),
    ("agroforestry", "Agroforestry", "Agroforestería", "Agroforesterie", "Agrofloresta"),
    ("community-engagement", "Community engagement", "Participación comunitaria",
     "Engagement communautaire", "Engajamento comunitário"),
    ("soil-health", "Soil health", "Salud del suelo", "Santé des sols", "Saúde do solo"),
    ("fire-management", "Fire management", "Manejo del fuego", "Gestion des feux",
     "Manejo do fogo"),
]  # fmt: skip

ECOSYSTEM_TYPES = [
    ("tropical-forest", "Tropical forest", "Bosque tropical", "Forêt tropicale",
     "Floresta tropical"),
    ("dryland-savanna", "Dryland and savanna", "Tierras secas y sabana", "Zones sèches et savane",
     "Terras secas e savana"),
    ("grassland", "Grassland", "Pastizal", "Prairie", "Campo"),
    ("mountain", "Mountain", "Montaña", "Montagne", "Montanha"),
    ("wetland-mangrove", "Wetland and mangrove", "Humedal y manglar", "Zone humide et mangrove",
     "Zona úmida e manguezal"),
    ("mediterranean", "Mediterranean shrubland", "Matorral mediterráneo",
     "Maquis méditerranéen", "Matagal mediterrânico"),
    ("temperate-forest", "Temperate forest", "Bosque templado", "Forêt tempérée",
     "Floresta temperada"),
    ("agricultural-mosaic", "Agricultural mosaic", "Mosaico agrícola", "Mosaïque agricole",
     "Mosaico agrícola"),
]  # fmt: skip

# Countries by region: (ISO code, longitude, latitude of a point inside, time zone, languages).
COUNTRIES = {
    "africa": [
        ("KE", 37.9, 0.0, "Africa/Nairobi", ["sw", "en"]),
        ("ET", 39.5, 9.1, "Africa/Addis_Ababa", ["am", "om"]),
        ("TZ", 34.9, -6.4, "Africa/Dar_es_Salaam", ["sw", "en"]),
        ("UG", 32.3, 1.4, "Africa/Kampala", ["en", "sw"]),
        ("RW", 29.9, -1.9, "Africa/Kigali", ["rw", "fr", "en"]),
        ("GH", -1.0, 7.9, "Africa/Accra", ["en", "ak"]),
        ("CI", -5.5, 7.5, "Africa/Abidjan", ["fr"]),
        ("SN", -14.5, 14.5, "Africa/Dakar", ["fr", "wo"]),
        ("ML", -4.0, 14.6, "Africa/Bamako", ["fr", "bm"]),
        ("BF", -1.6, 12.2, "Africa/Ouagadougou", ["fr"]),
        ("NG", 8.7, 9.1, "Africa/Lagos", ["en", "ha", "yo"]),
        ("CM", 12.4, 5.4, "Africa/Douala", ["fr", "en"]),
        ("CD", 23.8, -3.0, "Africa/Kinshasa", ["fr", "ln"]),
        ("ZA", 24.9, -30.6, "Africa/Johannesburg", ["en", "af", "zu"]),
        ("MZ", 35.5, -16.7, "Africa/Maputo", ["pt"]),
        ("MW", 34.3, -13.3, "Africa/Blantyre", ["en", "ny"]),
        ("ZM", 27.8, -13.1, "Africa/Lusaka", ["en"]),
        ("MG", 46.9, -19.8, "Indian/Antananarivo", ["mg", "fr"]),
    ],
    "asia": [
        ("IN", 78.9, 21.6, "Asia/Kolkata", ["hi", "en", "kn"]),
        ("ID", 113.9, -0.8, "Asia/Jakarta", ["id"]),
        ("PH", 122.8, 12.2, "Asia/Manila", ["tl", "en"]),
        ("VN", 106.3, 15.1, "Asia/Ho_Chi_Minh", ["vi"]),
        ("TH", 100.9, 15.8, "Asia/Bangkok", ["th"]),
        ("NP", 84.1, 28.4, "Asia/Kathmandu", ["ne"]),
        ("MN", 103.8, 46.9, "Asia/Ulaanbaatar", ["mn"]),
        ("BD", 90.4, 23.7, "Asia/Dhaka", ["bn"]),
        ("LK", 80.8, 7.9, "Asia/Colombo", ["si", "ta"]),
        ("KH", 104.9, 12.6, "Asia/Phnom_Penh", ["km"]),
        ("CN", 104.2, 33.9, "Asia/Shanghai", ["zh"]),
    ],
    "europe": [
        ("ES", -3.7, 40.4, "Europe/Madrid", ["es"]),
        ("PT", -8.2, 39.4, "Europe/Lisbon", ["pt"]),
        ("FR", 2.2, 46.2, "Europe/Paris", ["fr"]),
        ("IT", 12.6, 42.5, "Europe/Rome", ["it"]),
        ("NL", 5.3, 52.1, "Europe/Amsterdam", ["nl"]),
        ("RO", 24.9, 45.9, "Europe/Bucharest", ["ro"]),
        ("GR", 21.8, 39.6, "Europe/Athens", ["el"]),
        ("SE", 15.6, 61.1, "Europe/Stockholm", ["sv"]),
    ],
    "latin-america": [
        ("BR", -51.9, -14.2, "America/Sao_Paulo", ["pt"]),
        ("PE", -75.0, -9.2, "America/Lima", ["es", "qu"]),
        ("CO", -74.3, 4.6, "America/Bogota", ["es"]),
        ("MX", -102.6, 23.6, "America/Mexico_City", ["es"]),
        ("GT", -90.2, 15.5, "America/Guatemala", ["es"]),
        ("HN", -86.8, 14.8, "America/Tegucigalpa", ["es"]),
        ("EC", -78.2, -1.8, "America/Guayaquil", ["es", "qu"]),
        ("BO", -64.6, -16.3, "America/La_Paz", ["es", "qu", "ay"]),
        ("AR", -64.6, -34.4, "America/Argentina/Buenos_Aires", ["es"]),
        ("CL", -71.5, -35.7, "America/Santiago", ["es"]),
        ("CR", -84.1, 9.9, "America/Costa_Rica", ["es"]),
    ],
    "middle-east": [
        ("MA", -6.1, 32.3, "Africa/Casablanca", ["ar", "fr"]),
        ("TN", 9.5, 34.9, "Africa/Tunis", ["ar", "fr"]),
        ("JO", 36.2, 31.0, "Asia/Amman", ["ar"]),
        ("EG", 30.8, 26.8, "Africa/Cairo", ["ar"]),
        ("LB", 35.9, 33.9, "Asia/Beirut", ["ar", "fr"]),
    ],
    "north-america": [
        ("US", -98.7, 38.1, "America/Chicago", ["en", "es"]),
        ("CA", -100.3, 54.1, "America/Toronto", ["en", "fr"]),
    ],
    "oceania": [
        ("AU", 133.8, -25.3, "Australia/Sydney", ["en"]),
        ("NZ", 175.9, -39.4, "Pacific/Auckland", ["en", "mi"]),
        ("PG", 144.9, -6.3, "Pacific/Port_Moresby", ["en", "tpi"]),
        ("FJ", 178.1, -17.7, "Pacific/Fiji", ["en", "fj"]),
    ],
}
REGION_WEIGHTS = {
    "africa": 30,
    "latin-america": 25,
    "asia": 22,
    "europe": 8,
    "middle-east": 6,
    "north-america": 4,
    "oceania": 5,
}

SYLLABLES = [
    "ka", "ra", "mbo", "lu", "ti", "na", "ve", "so", "ma", "ri", "do", "ga", "ze", "pa", "le",
    "yo", "ha", "ni", "be", "tu", "sa", "ko", "mi", "la", "wen", "chi", "ru", "ta", "ngo", "li",
    "que", "ba", "hu", "mo", "se", "ki", "al", "or", "an", "el",
]  # fmt: skip
LANDSCAPE_FEATURES = [
    "Highlands", "Watershed", "River Basin", "Coast", "Drylands", "Valley", "Plateau",
    "Mangroves", "Hills", "Rangelands", "Lakes", "Forest Corridor", "Delta", "Uplands",
    "Wetlands", "Savanna",
]  # fmt: skip
ORGANISATION_KINDS = [
    ("Watershed Trust", "ngo"),
    ("Farmers' Cooperative", "community"),
    ("Landscape Alliance", "network"),
    ("Research Institute", "research"),
    ("Conservation Society", "ngo"),
    ("Women's Network", "community"),
    ("Development Fund", "finance"),
    ("Youth Collective", "community"),
    ("District Land Council", "government"),
    ("Agroforestry Association", "ngo"),
    ("Landscape Academy", "training"),
    ("Green Capital", "finance"),
    ("Environment Office", "government"),
    ("Trading Company", "private"),
    ("Field School", "training"),
    ("Restoration Partners", "private"),
]
INSTITUTION_KINDS = ["Landscape Academy", "Field School", "Institute of Land Restoration"]
FIRST_NAMES = [
    "Amina", "Thandiwe", "Kofi", "Wanjiru", "Abebe", "Fatou", "Ngozi", "Tendai", "Lucía",
    "Mateo", "Valentina", "Joaquín", "Camila", "Diego", "Rosa", "Inti", "Ana", "João", "Mariana",
    "Tiago", "Beatriz", "Priya", "Arjun", "Meera", "Ravi", "Siti", "Budi", "Dewi", "Nguyen",
    "Linh", "Bat-Erdene", "Oyuna", "Sofia", "Lars", "Marie", "Pierre", "Élodie", "Giulia",
    "Marco", "Eleni", "Yusuf", "Layla", "Omar", "Nour", "Hannah", "James", "Aroha", "Mere",
    "Kalani", "Mei", "Chen", "Aisha", "Ibrahim", "Grace", "Samuel", "Esther", "Moses", "Chloé",
    "Hugo", "Isabel", "Pablo", "Carmen", "Rafael", "Leila", "Tariq", "Anjali", "Kavya",
    "Rahul", "Tupac", "Quilla", "Ayelen", "Nahuel", "Sipho", "Zanele", "Kwame", "Adjoa", "Mamadou",
    "Awa", "Haruto", "Yuki",
]  # fmt: skip
LAST_NAMES = [
    "Mokoena", "Otieno", "Mensah", "Kamau", "Tesfaye", "Diallo", "Okafor", "Moyo", "Quispe",
    "Mamani", "Rojas", "García", "Fernández", "Silva", "Santos", "Oliveira", "Costa", "Pereira",
    "Sharma", "Nair", "Gowda", "Rao", "Santoso", "Wijaya", "Tran", "Pham", "Bold", "Dorj",
    "Lindqvist", "Dubois", "Martin", "Rossi", "Bianchi", "Papadopoulos", "Haddad", "Benali",
    "Mansour", "Smith", "Brown", "Wilson", "Ngata", "Walker", "Wang", "Li", "Abdullahi", "Bello",
    "Achieng", "Banda", "Phiri", "Lopez", "Vargas", "Torres", "Castillo", "Ramírez", "Herrera",
    "Nkosi", "Dlamini", "Boateng", "Asante", "Traoré", "Keïta", "Sato", "Tanaka", "Kumar",
    "Iyer", "Cruz", "Flores", "Morales", "Reyes", "Cardoso", "Almeida", "Ribeiro", "Ferreira",
    "Kone", "Sow", "Ndlovu", "Muthoni", "Wekesa", "Alemu", "Girma",
]  # fmt: skip
SKILLS = [
    "soil sampling", "remote sensing", "facilitation", "GIS", "carbon accounting",
    "participatory mapping", "agroforestry design", "grant writing", "value chains",
    "hydrology", "biodiversity surveys", "rangeland management", "fire ecology",
    "land tenure", "blended finance", "monitoring and evaluation", "seed banks",
    "beekeeping", "mangrove restoration", "composting", "nursery management",
    "policy analysis", "cooperative governance", "impact investing", "ecotourism",
    "water harvesting", "erosion control", "wildlife corridors", "peatland rewetting",
    "climate risk", "gender analysis", "community radio", "training of trainers",
    "drone mapping", "data visualisation", "certification", "organic farming",
    "holistic grazing", "spatial planning", "conflict resolution",
]  # fmt: skip
LANDSCAPE_TAGS = [
    "4 returns", "restoration", "smallholders", "indigenous territory", "protected area",
    "transboundary", "coffee", "cocoa", "livestock", "fisheries", "urban fringe", "tourism",
]  # fmt: skip
SPOKEN = ["en", "es", "fr", "pt"]
CURRENCIES_BY_REGION = {
    "africa": "USD",
    "asia": "INR",
    "europe": "EUR",
    "latin-america": "USD",
    "middle-east": "EUR",
    "north-america": "USD",
    "oceania": "AUD",
}


def language_column(language):
    return LANGUAGE_COLUMNS.get(language, 0)


# ---------------------------------------------------------------------------------------------
# Text: a "spec" is what is chosen once for a thing (which template, which words); `render`
# gives it in one language, so that the four versions are translations of each other.
# ---------------------------------------------------------------------------------------------
@dataclass
class Phrase:
    template: tuple
    words: dict = field(default_factory=dict)

    def render(self, language):
        column = language_column(language)
        values = {}
        for name, value in self.words.items():
            if isinstance(value, tuple):  # a word of the vocabulary
                values[name] = value[column]
                values[name.upper()] = value[column][:1].upper() + value[column][1:]
            else:
                values[name] = value
        return self.template[column].format(**values)


class Writer:
    """Picks words and templates from one seeded random generator."""

    def __init__(self, rng, nouns=None):
        self.rng = rng
        self.nouns = nouns or NOUNS

    def words(self, place, extra=None):
        nouns = self.rng.sample(self.nouns, 4)
        words = {f"n{number}": noun for number, noun in enumerate(nouns, 1)}
        words["a1"] = self.rng.choice(ADJECTIVES)
        words["place"] = place
        words["num"] = self.rng.choice([12, 25, 40, 120, 300, 1500, 4000, 2009, 2014, 2018])
        words.update(extra or {})
        return words

    def sentence(self, place):
        return Phrase(self.rng.choice(SENTENCES), self.words(place))

    def sentences(self, place, count):
        return [self.sentence(place) for _ in range(count)]

    def phrase(self, templates, place, extra=None):
        return Phrase(self.rng.choice(templates), self.words(place, extra))


def render_text(phrases, language):
    return " ".join(phrase.render(language) for phrase in phrases)


def render_paragraphs(paragraphs, language):
    """Rich text: one <p> per paragraph of phrases."""
    return "".join(f"<p>{render_text(phrases, language)}</p>" for phrases in paragraphs)


def paragraph_blocks(paragraphs, language, heading=None):
    """StreamField JSON: paragraph blocks (and a heading before the last one)."""
    blocks = []
    for number, phrases in enumerate(paragraphs):
        if heading is not None and number == len(paragraphs) - 1 and number > 0:
            blocks.append(
                {
                    "type": "heading",
                    "value": {"text": heading[language_column(language)], "level": "h2"},
                    "id": str(uuid.uuid4()),
                }
            )
        blocks.append(
            {
                "type": "paragraph",
                "value": f"<p>{render_text(phrases, language)}</p>",
                "id": str(uuid.uuid4()),
            }
        )
    return blocks


def place_names(rng, count):
    """`count` different invented place names (Karambo, Lutina…)."""
    names = set()
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        names.add(name.capitalize())
    ordered = sorted(names)
    rng.shuffle(ordered)
    return ordered


def orcid(rng):
    """A well-formed ORCID iD, check digit included (ISO 7064 11,2)."""
    digits = [rng.randrange(10) for _ in range(15)]
    total = 0
    for digit in digits:
        total = (total + digit) * 2
    check = (12 - total % 11) % 11
    text = "".join(map(str, digits)) + ("X" if check == 10 else str(check))
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def boundary(rng, longitude, latitude):
    """A realistic, valid outline: a star-shaped polygon of 20 to 200 vertices whose radius
    wanders with a few harmonics, 5 to 70 km across, longitude stretched for the latitude."""
    vertices = rng.randint(20, 200)
    radius = math.exp(rng.uniform(math.log(0.05), math.log(0.6)))
    harmonics = [
        (rng.uniform(0.05, 0.25) / order, order, rng.uniform(0, 2 * math.pi))
        for order in (2, 3, 5, 7)
    ]
    stretch = 1 / max(0.2, math.cos(math.radians(latitude)))
    ring = []
    for step in range(vertices):
        angle = 2 * math.pi * step / vertices
        wobble = sum(size * math.sin(order * angle + phase) for size, order, phase in harmonics)
        distance = radius * (1 + wobble) * rng.uniform(0.97, 1.03)
        ring.append(
            [
                round(longitude + distance * math.cos(angle) * stretch, 5),
                round(latitude + distance * math.sin(angle), 5),
            ]
        )
    ring.append(list(ring[0]))
    return {"type": "Polygon", "coordinates": [ring]}


def weighted_region(rng):
    regions = list(REGION_WEIGHTS)
    return rng.choices(regions, weights=[REGION_WEIGHTS[region] for region in regions])[0]


def some(rng, values, low, high):
    return rng.sample(values, rng.randint(low, min(high, len(values))))


# ---------------------------------------------------------------------------------------------
# Writing pages in bulk.
# ---------------------------------------------------------------------------------------------
PAGE_FIELDS = [
    page_field for page_field in Page._meta.concrete_fields if page_field.attname != "id"
]


class PageTree:
    """Appends pages under parents with treebeard's materialised paths computed here.

    A child's path is its parent's plus its position in base 36, zero-padded to `steplen`
    (what `MP_Node._get_path` builds); positions continue after the parent's last child."""

    def __init__(self, owner):
        self.owner = owner
        self.next_position = {}
        self.added = {}  # parent id: children added

    def _position(self, parent):
        if parent.pk not in self.next_position:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .aggregate(last=Max("path"))
                .get("last")
            )
            self.next_position[parent.pk] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        position = self.next_position[parent.pk]
        self.next_position[parent.pk] += 1
        return position

    def add(self, model, parent_and_pages):
        """Insert `(parent, page)` pairs of one page type; gives the pages back with their ids.

        `page` is an unsaved instance of `model` with its own fields, title, slug, locale,
        translation key and dates set; paths, URL paths and the rest are filled in here."""
        content_type = ContentType.objects.get_for_model(model)
        pages = []
        for parent, page in parent_and_pages:
            page.path = Page._get_path(parent.path, parent.depth + 1, self._position(parent))
            page.depth = parent.depth + 1
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.numchild = 0
            page.content_type_id = content_type.pk
            page.owner_id = self.owner.pk
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.latest_revision_id = page.live_revision_id = None
            self.added[parent.pk] = self.added.get(parent.pk, 0) + 1
            pages.append(page)
        bases = [
            Page(**{f.attname: getattr(page, f.attname) for f in PAGE_FIELDS}) for page in pages
        ]
        Page.objects.bulk_create(bases, batch_size=1000)
        for page, base in zip(pages, bases, strict=True):
            page.id = page.page_ptr_id = base.id
        fields = model._meta.local_concrete_fields
        insert_rows(model, pages, fields)
        return pages

    def update_parents(self):
        """Bring each parent's `numchild` up to date with what was added under it."""
        for parent_id, count in self.added.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
        self.added = {}


def insert_rows(model, objects, fields=None):
    """INSERT the rows of `model`'s own table for `objects`, whose primary keys are set.

    Django's bulk_create refuses multi-table-inherited models; its lower-level `_insert`
    writes just this table's columns, the parent row being there already."""
    fields = fields or model._meta.local_concrete_fields
    batch = max(1, MAX_PARAMETERS // len(fields))
    for start in range(0, len(objects), batch):
        model._base_manager._insert(objects[start : start + batch], fields=fields, raw=True)


def bulk(model, rows):
    """bulk_create in batches that stay under PostgreSQL's parameter limit."""
    columns = len(model._meta.concrete_fields)
    model.objects.bulk_create(rows, batch_size=max(1, MAX_PARAMETERS // columns))


def per_us_dollar(currency, year):
    """Units of `currency` to one US dollar in `year`, from the demo's (illustrative) table."""
    if currency == "USD":
        return 1.0
    yearly = RATES_PER_US_DOLLAR[currency]
    return yearly[max(0, min(len(yearly) - 1, year - 2018))]


class FileTexts:
    """The text inside the seeded resources' files: a few thousand words each, in the file's
    language, from a pool of paragraphs written once (5,000 files written sentence by sentence
    would take a minute), the word "watershed" and its translations left out of the pool; the
    files asked for get WATERSHED_SENTENCE three quarters of the way in."""

    POOL = 240

    def __init__(self, rng):
        self.rng = rng
        writer = Writer(rng, nouns=NOUNS[1:])  # NOUNS[0]: the watershed
        self.specs = [writer.sentences("{place}", rng.randint(6, 10)) for _ in range(self.POOL)]
        self.headings = FILE_HEADINGS
        self.pool = {}

    def paragraphs(self, language):
        if language not in self.pool:
            self.pool[language] = [render_text(spec, language) for spec in self.specs]
        return self.pool[language]

    def text(self, language, place, with_watershed):
        pool = self.paragraphs(language)
        count = self.rng.randint(*FILE_PARAGRAPHS)
        chosen = [pool[self.rng.randrange(len(pool))] for _ in range(count)]
        if with_watershed:
            sentence = Phrase(WATERSHED_SENTENCE, {"place": place, "num": count * 7})
            chosen.insert(count * 3 // 4, sentence.render(language))
        column = language_column(language)
        parts = []
        for number, paragraph in enumerate(chosen):
            if number % 6 == 0:
                parts.append(self.headings[(number // 6) % len(self.headings)][column])
            parts.append(paragraph.replace("{place}", place))
        return "\n\n".join(parts)


def link_many(model, field_name, pairs):
    """Rows of a many-to-many relation from (page id, related id) pairs."""
    relation = model._meta.get_field(field_name)
    through = relation.remote_field.through
    source = f"{relation.m2m_field_name()}_id"
    target = f"{relation.m2m_reverse_field_name()}_id"
    bulk(through, [through(**{source: left, target: right}) for left, right in pairs])


# ---------------------------------------------------------------------------------------------
# The seeding itself.
# ---------------------------------------------------------------------------------------------
def scaled_counts(scale):
    counts = {name: max(1, round(target * scale)) for name, target in TARGETS.items()}
    counts["institutions"] = max(3, counts["institutions"])
    counts["sessions"] = max(counts["courses"], counts["sessions"])
    counts["actions"] = counts["landscapes"] * ACTIONS_PER_LANDSCAPE
    counts["contributions"] = counts["actions"] * CONTRIBUTIONS_PER_ACTION
    counts["indicator values"] = counts["landscapes"] * len(SERIES_PLANS) * len(SERIES_YEARS)
    counts["assessments"] = counts["landscapes"] * ASSESSMENTS_PER_LANDSCAPE
    return counts


SEEDED_MODELS = {
    "landscapes": LandscapePage,
    "organisations": OrganisationPage,
    "experts": ExpertPage,
    "institutions": InstitutionPage,
    "courses": CoursePage,
    "stories": StoryPage,
    "resources": ResourcePage,
}


def seeded_counts():
    """How many things of each kind a previous run seeded (pages of the default language)."""
    default = Locale.get_default()
    counts = {
        name: model.objects.filter(owner__username=SEED_USERNAME, locale=default).count()
        for name, model in SEEDED_MODELS.items()
    }
    counts["sessions"] = CourseSession.objects.filter(
        course__owner__username=SEED_USERNAME, course__locale=default
    ).count()
    counts["funding offers"] = FundingOffer.objects.filter(
        organisation__owner__username=SEED_USERNAME
    ).count()
    seeded_landscapes = {"landscape__owner__username": SEED_USERNAME}
    counts["actions"] = Action.objects.filter(**seeded_landscapes).count()
    counts["contributions"] = Contribution.objects.filter(
        action__landscape__owner__username=SEED_USERNAME
    ).count()
    counts["indicator values"] = IndicatorValue.objects.filter(
        series__landscape__owner__username=SEED_USERNAME
    ).count()
    counts["assessments"] = Assessment.objects.filter(**seeded_landscapes).count()
    return counts


def check_database(allow_any):
    """Refuse, unless told otherwise, any database but a PostgreSQL one named *bench*: this
    writes tens of thousands of pages and deletes them again."""
    name = str(connection.settings_dict.get("NAME", ""))
    if allow_any:
        return
    if connection.vendor != "postgresql" or "bench" not in name:
        raise RuntimeError(
            f"The database is {connection.vendor} {name!r}: seed_benchmark only writes to a "
            "PostgreSQL database whose name contains 'bench' (give --i-know to override)."
        )


@dataclass
class SiteTree:
    """The pages the network hangs from, in each language: {language: page}."""

    homes: dict
    indexes: dict  # {model: {language: page}}


class NetworkSeeder:
    """One seeding run. The steps go in the order things point to each other: organisations,
    then landscapes (their partners), experts (their landscapes and organisation), institutions
    and courses (their instructors), stories (their landscape and authors); each step keeps the
    default-language pages the later ones need."""

    def __init__(self, scale, stdout):
        self.counts = scaled_counts(scale)
        self.stdout = stdout
        self.rng = random.Random(RANDOM_SEED)
        self.writer = Writer(self.rng)
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.locales = self._locales()
        self.languages = [locale.language_code for locale in self.locales]
        self.language_of = {locale.pk: locale.language_code for locale in self.locales}
        self.default = self.locales[0]
        self.owner = self._owner()
        self.tree = PageTree(self.owner)
        self.made = {}

    # -- set-up -----------------------------------------------------------------------------
    def _locales(self):
        """The default locale first, then the other content languages."""
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = [code for code in codes if code not in locales]
        if missing:
            raise RuntimeError(f"No Wagtail locale for {missing}: run `manage.py migrate` first.")
        default = settings.LANGUAGE_CODE
        return [locales[default]] + [locales[code] for code in codes if code != default]

    def _owner(self):
        user, created = get_user_model().objects.get_or_create(
            username=SEED_USERNAME,
            defaults={"email": "benchmark-seed@example.org", "is_active": False},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        return user

    def page_fields(self, title, slug, locale, key, published):
        return {
            "title": title,
            "slug": slug,
            "locale_id": locale.pk,
            "translation_key": key,
            "first_published_at": published,
            "last_published_at": published,
            "latest_revision_created_at": None,
            "show_in_menus": False,
        }

    def published_at(self, days_back=5 * 365):
        return self.now - datetime.timedelta(
            days=self.rng.randint(0, days_back), seconds=self.rng.randint(0, 86_399)
        )

    def ensure_terms(self):
        """~12 themes and the ecosystem types in every language (what the demo has, plus what
        is missing), and the SDGs' ids in the default language (a migration makes them)."""
        for model, terms in ((Theme, THEMES), (EcosystemType, ECOSYSTEM_TYPES)):
            existing = {(term.slug, term.locale_id): term for term in model.objects.all()}
            new = []
            for slug, *names in terms:
                source = existing.get((slug, self.default.pk))
                key = source.translation_key if source else uuid.uuid4()
                for locale in self.locales:
                    if (slug, locale.pk) not in existing:
                        name = names[language_column(locale.language_code)]
                        new.append(model(slug=slug, name=name, locale=locale, translation_key=key))
            model.objects.bulk_create(new)
        self.themes = list(Theme.objects.filter(locale=self.default))
        self.ecosystems = list(EcosystemType.objects.filter(locale=self.default))
        self.sdgs = list(
            SustainableDevelopmentGoal.objects.filter(locale=self.default).values_list(
                "pk", flat=True
            )
        )

    def ensure_structure(self):
        """Home pages and index pages in every language, made here when `load_demo` has not
        made them; the default Site's root is the default language's home."""
        homes = self._homes()
        indexes = {}
        for model, slug, titles in INDEX_PAGES:
            found = {
                page.locale.language_code: page
                for page in model.objects.filter(depth=3).select_related("locale")
                if page.path.startswith(tuple(home.path for home in homes.values()))
            }
            key = found[self.default.language_code].translation_key if found else uuid.uuid4()
            new = []
            for locale in self.locales:
                code = locale.language_code
                if code not in found:
                    page = model(
                        **self.page_fields(
                            titles[language_column(code)], slug, locale, key, self.now
                        )
                    )
                    new.append((homes[code], page))
            for page in self.tree.add(model, new):
                found[self.language_of[page.locale_id]] = page
            indexes[model] = found
        self.tree.update_parents()
        self.site = SiteTree(homes=homes, indexes=indexes)

    def _homes(self):
        homes = {
            self.language_of[home.locale_id]: home
            for home in HomePage.objects.filter(depth=2).order_by("path")
        }
        root = Page.get_first_root_node()
        if self.default.language_code not in homes:
            # Wagtail's initial "Welcome" page holds the slug "home".
            root.get_children().exact_type(Page).filter(slug="home").update(slug="welcome")
            home = root.add_child(
                instance=HomePage(
                    title=HOME_TITLE[0],
                    slug="home",
                    hero_title=HOME_HERO[0],
                    locale=self.default,
                    live=True,
                    first_published_at=self.now,
                    last_published_at=self.now,
                )
            )
            homes[self.default.language_code] = home
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                Site.objects.create(
                    hostname="127.0.0.1",
                    port=80,
                    root_page=home,
                    is_default_site=True,
                    site_name=settings.WAGTAIL_SITE_NAME,
                )
            elif site.root_page_id != home.pk:
                old_root = site.root_page
                site.root_page = home
                site.save()
                if not old_root.get_children().exists():
                    old_root.delete()
            root.refresh_from_db()
        source = homes[self.default.language_code]
        new = []
        for locale in self.locales:
            code = locale.language_code
            if code not in homes:
                title = HOME_TITLE[language_column(code)]
                page = HomePage(
                    hero_title=HOME_HERO[language_column(code)],
                    **self.page_fields(
                        title, f"home-{code}", locale, source.translation_key, self.now
                    ),
                )
                new.append((root, page))
        for page in self.tree.add(HomePage, new):
            homes[self.language_of[page.locale_id]] = page
        self.tree.update_parents()
        return homes

    # -- helpers ----------------------------------------------------------------------------
    def unique_slug(self, taken, text):
        base = slugify(text)[:70].strip("-") or "page"
        slug = base
        number = 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        return slug

    def add_versions(self, model, things, parent_of):
        """Write every language version of `things`: a list of {language: page instance}.
        `parent_of(language, thing_index)` is the parent page. Gives {language: [pages]}."""
        pairs = []
        for number, versions in enumerate(things):
            for language in self.languages:
                pairs.append((parent_of(language, number), versions[language]))
        pages = self.tree.add(model, pairs)
        by_language = {language: [] for language in self.languages}
        for page in pages:
            by_language[self.language_of[page.locale_id]].append(page)
        return by_language

    def taken_slugs(self, parent):
        return set(Page.objects.child_of(parent).values_list("slug", flat=True))

    # -- organisations ----------------------------------------------------------------------
    def seed_organisations(self, places):
        index = self.site.indexes[OrganisationIndexPage]
        taken = self.taken_slugs(index[self.default.language_code])
        things, meta = [], []
        for number in range(self.counts["organisations"]):
            kind, organisation_type = ORGANISATION_KINDS[number % len(ORGANISATION_KINDS)]
            place = places[number % len(places)]
            title = f"{place} {kind}"
            slug = self.unique_slug(taken, title)
            region = weighted_region(self.rng)
            countries = [c[0] for c in some(self.rng, COUNTRIES[region], 1, 3)]
            summary = self.writer.sentences(place, 2)
            description = [self.writer.sentences(place, 3), self.writer.sentences(place, 2)]
            key = uuid.uuid4()
            published = self.published_at()
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                versions[language] = OrganisationPage(
                    summary=render_text(summary, language)[:400],
                    description=render_paragraphs(description, language),
                    organisation_type=organisation_type,
                    website=f"https://{slug}.example.org/",
                    countries=countries,
                    contact_email=f"hello@{slug}.example.org",
                    **self.page_fields(title, slug, locale, key, published),
                )
            things.append(versions)
            meta.append({"themes": some(self.rng, self.themes, 1, 3)})
        pages = self.add_versions(OrganisationPage, things, lambda language, _n: index[language])
        self.link_versions(OrganisationPage, "themes", pages, [m["themes"] for m in meta])
        self.organisations = pages[self.default.language_code]
        self.made["organisations"] = len(things)

    def link_versions(self, model, field_name, pages, related_per_thing):
        """The same related objects (default-language ones) for every language version."""
        pairs = []
        for language_pages in pages.values():
            for page, related in zip(language_pages, related_per_thing, strict=True):
                pairs.extend((page.pk, getattr(item, "pk", item)) for item in related)
        link_many(model, field_name, pairs)

    # -- landscapes -------------------------------------------------------------------------
    def seed_landscapes(self, places):
        index = self.site.indexes[LandscapeIndexPage]
        taken = self.taken_slugs(index[self.default.language_code])
        things, meta = [], []
        for number in range(self.counts["landscapes"]):
            place = places[number % len(places)]
            title = f"{place} {self.rng.choice(LANDSCAPE_FEATURES)}"
            slug = self.unique_slug(taken, title)
            region = weighted_region(self.rng)
            country_rows = some(self.rng, COUNTRIES[region], 1, 3)
            _code, longitude, latitude, _zone, _languages = country_rows[0]
            # Away from the antimeridian and the poles, where an outline would leave the map.
            longitude = max(-170, min(170, longitude + self.rng.uniform(-3, 3)))
            latitude = max(-70, min(70, latitude + self.rng.uniform(-3, 3)))
            outline = geometry.parse_boundary(boundary(self.rng, longitude, latitude))
            (centre_longitude, centre_latitude), area = geometry.centre_and_area(outline)
            status = self.rng.choices(["no", "in-progress", "yes"], weights=[20, 45, 35])[0]
            texts = {
                name: self.writer.sentences(place, count)
                for name, count in (
                    ("summary", 2),
                    ("return_inspiration", 1),
                    ("return_social", 1),
                    ("return_natural", 1),
                    ("return_financial", 1),
                    ("zone_natural", 1),
                    ("zone_combined", 1),
                    ("zone_economic", 1),
                    ("objectives", 2),
                    ("main_challenges", 2),
                    ("opportunities", 1),
                    ("intervention_strategy", 2),
                )
            }
            description = [self.writer.sentences(place, 3) for _ in range(self.rng.randint(2, 4))]
            scores = {
                name: self.rng.choice([None, 1, 2, 3, 4]) for name in LandscapePage.ELEMENT_FIELDS
            }
            fixed = {
                "countries": [row[0] for row in country_rows],
                "region": region,
                "boundary": geometry.to_geojson(outline),
                "overview_boundary": geometry.overview_outline(outline),
                "centre_longitude": centre_longitude,
                "centre_latitude": centre_latitude,
                "area_hectares": area,
                "population": self.rng.randint(5_000, 5_000_000),
                "area_types": sorted(
                    set(some(self.rng, ["rural", "rural", "peri-urban", "urban"], 1, 2))
                ),
                "partnership_status": status,
                "partnership_year": None if status == "no" else self.rng.randint(2005, 2025),
                "support_sought": sorted(
                    set(some(self.rng, ["funding", "collaboration", "research", "training"], 0, 3))
                ),
                "website": f"https://{slug}.example.org/",
                "contact_email": f"partnership@{slug}.example.org",
                **scores,
            }
            key = uuid.uuid4()
            published = self.published_at()
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                versions[language] = LandscapePage(
                    description=paragraph_blocks(description, language, HEADING),
                    **{name: render_text(text, language) for name, text in texts.items()},
                    **fixed,
                    **self.page_fields(title, slug, locale, key, published),
                )
                versions[language].summary = versions[language].summary[:400]
            things.append(versions)
            meta.append(
                {
                    "themes": some(self.rng, self.themes, 1, 4),
                    "sdgs": some(self.rng, self.sdgs, 1, 4),
                    "ecosystems": some(self.rng, self.ecosystems, 1, 2),
                    "tags": some(self.rng, LANDSCAPE_TAGS, 0, 3),
                    "partners": some(self.rng, self.organisations, 2, 5),
                    "region": region,
                    "centre": (centre_longitude, centre_latitude),
                    "place": place,
                    "countries": fixed["countries"],
                }
            )
        pages = self.add_versions(LandscapePage, things, lambda language, _n: index[language])
        self.link_versions(LandscapePage, "themes", pages, [m["themes"] for m in meta])
        self.link_versions(LandscapePage, "sdgs", pages, [m["sdgs"] for m in meta])
        self.link_versions(LandscapePage, "ecosystem_types", pages, [m["ecosystems"] for m in meta])
        tags = tags_by_name({tag for m in meta for tag in m["tags"]})
        roles = ["convener", "member", "funder", "technical", "research", "government"]
        tag_rows, partner_rows = [], []
        for language_pages in pages.values():
            for page, details in zip(language_pages, meta, strict=True):
                tag_rows += [
                    LandscapePageTag(content_object_id=page.pk, tag_id=tags[name].pk)
                    for name in details["tags"]
                ]
                partner_rows += [
                    LandscapePartner(
                        page_id=page.pk,
                        organisation_id=organisation.pk,
                        role=roles[0] if order == 0 else self.rng.choice(roles[1:]),
                        since_year=self.rng.choice([None, *range(2005, 2026)]),
                        sort_order=order,
                    )
                    for order, organisation in enumerate(details["partners"])
                ]
        bulk(LandscapePageTag, tag_rows)
        bulk(LandscapePartner, partner_rows)
        self.landscapes = pages[self.default.language_code]
        self.landscape_meta = meta
        self.made["landscapes"] = len(things)

    # -- experts ----------------------------------------------------------------------------
    def seed_experts(self):
        index = self.site.indexes[ExpertIndexPage]
        taken = self.taken_slugs(index[self.default.language_code])
        things, meta = [], []
        landscapes_by_region = {}
        for page, details in zip(self.landscapes, self.landscape_meta, strict=True):
            landscapes_by_region.setdefault(details["region"], []).append(page)
        for _number in range(self.counts["experts"]):
            title = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            slug = self.unique_slug(taken, title)
            regions = sorted({weighted_region(self.rng) for _ in range(self.rng.randint(1, 2))})
            country_rows = [
                row for region in regions for row in some(self.rng, COUNTRIES[region], 1, 2)
            ]
            spoken = {language for row in country_rows for language in row[4][:2]}
            spoken.update(some(self.rng, SPOKEN, 1, 2))
            role = self.rng.choice(HEADLINE_ROLES)
            headline = Phrase(HEADLINE_PATTERN, {"role": role, "n1": self.rng.choice(NOUNS)})
            place = self.rng.choice(self.landscape_meta)["place"]
            biography = [self.writer.sentences(place, 3)]
            if self.rng.random() < 0.5:
                biography.append(self.writer.sentences(place, 2))
            nearby = [page for region in regions for page in landscapes_by_region.get(region, [])]
            fixed = {
                "countries": [row[0] for row in country_rows],
                "regions": regions,
                "languages": sorted(spoken),
                "availability": some(
                    self.rng, ["mentoring", "consulting", "speaking", "training"], 0, 3
                ),
                "orcid": orcid(self.rng) if self.rng.random() < 0.3 else "",
                "verified": self.rng.random() < 0.6,
                "last_confirmed": self.today - datetime.timedelta(days=self.rng.randint(0, 720)),
                "organisation_id": (
                    self.rng.choice(self.organisations).pk if self.rng.random() < 0.7 else None
                ),
                "contact_email": f"{slug}@experts.example.org",
            }
            links = []
            if self.rng.random() < 0.4:
                links = [
                    {
                        "type": "link",
                        "value": {"label": "Publications", "url": f"https://example.org/{slug}/"},
                        "id": str(uuid.uuid4()),
                    }
                ]
            key = uuid.uuid4()
            published = self.published_at()
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                versions[language] = ExpertPage(
                    headline=headline.render(language)[:160],
                    biography=render_paragraphs(biography, language),
                    links=links,
                    **fixed,
                    **self.page_fields(title, slug, locale, key, published),
                )
            things.append(versions)
            meta.append(
                {
                    "themes": some(self.rng, self.themes, 1, 3),
                    "skills": some(self.rng, SKILLS, 1, 4),
                    "landscapes": some(self.rng, nearby, 0, 3) if nearby else [],
                }
            )
        pages = self.add_versions(ExpertPage, things, lambda language, _n: index[language])
        self.link_versions(ExpertPage, "themes", pages, [m["themes"] for m in meta])
        self.link_versions(ExpertPage, "landscapes", pages, [m["landscapes"] for m in meta])
        tags = tags_by_name({skill for m in meta for skill in m["skills"]})
        bulk(
            ExpertPageSkill,
            [
                ExpertPageSkill(content_object_id=page.pk, tag_id=tags[skill].pk)
                for language_pages in pages.values()
                for page, details in zip(language_pages, meta, strict=True)
                for skill in details["skills"]
            ],
        )
        self.experts = pages[self.default.language_code]
        self.made["experts"] = len(things)

    def person_blocks(self, block_type, count):
        """Instructors or authors: expert profiles mostly, a plain name sometimes."""
        blocks = []
        for _ in range(count):
            if self.rng.random() < 0.75:
                value = {"expert": self.rng.choice(self.experts).pk, "name": ""}
            else:
                name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
                value = {"expert": None, "name": name}
            blocks.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
        return blocks

    # -- learning ---------------------------------------------------------------------------
    def seed_institutions(self, places):
        catalog = self.site.indexes[LearningIndexPage]
        taken = self.taken_slugs(catalog[self.default.language_code])
        trainers = [
            page for page in self.organisations if page.organisation_type == "training"
        ] or self.organisations
        things = []
        for number in range(self.counts["institutions"]):
            place = places[-(number + 1)]
            title = f"{place} {INSTITUTION_KINDS[number % len(INSTITUTION_KINDS)]}"
            slug = self.unique_slug(taken, title)
            intro = [self.writer.sentences(place, 2)]
            organisation = trainers[number % len(trainers)]
            key = uuid.uuid4()
            published = self.published_at()
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                versions[language] = InstitutionPage(
                    organisation_id=organisation.pk,
                    intro=render_paragraphs(intro, language),
                    **self.page_fields(title, slug, locale, key, published),
                )
            things.append(versions)
        pages = self.add_versions(InstitutionPage, things, lambda language, _n: catalog[language])
        self.institutions = pages
        self.made["institutions"] = len(things)

    def seed_courses(self):
        total = self.counts["courses"]
        institutions = len(self.institutions[self.default.language_code])
        session_counts = [1] * total
        for _ in range(self.counts["sessions"] - total):
            session_counts[self.rng.randrange(total)] += 1
        taken = {}
        things, meta = [], []
        for number in range(total):
            institution_number = self.rng.randrange(institutions)
            details = self.rng.choice(self.landscape_meta)
            place = details["place"]
            title = self.writer.phrase(COURSE_TITLES, place)
            slug = self.unique_slug(
                taken.setdefault(institution_number, set()),
                title.render(self.default.language_code),
            )
            cost = self.rng.choices(["free", "partially-free", "paid"], weights=[50, 15, 35])[0]
            certificate = self.rng.random() < 0.5
            modules = [
                (
                    self.writer.phrase(MODULE_TITLES, place),
                    self.writer.sentence(place),
                    Phrase(MODULE_DURATION, {"num": self.rng.randint(1, 4)}),
                )
                for _ in range(self.rng.randint(3, 6))
            ]
            languages = sorted(set(some(self.rng, SPOKEN, 1, 2)))
            fixed = {
                "level": self.rng.choice(["beginner", "intermediate", "advanced"]),
                "languages": languages,
                "workload_hours": self.rng.randint(4, 200),
                "length_weeks": self.rng.choice([None, 1, 2, 4, 6, 8, 12, 24]),
                "cost": cost,
                "price": (
                    None
                    if cost == "free"
                    else Decimal(self.rng.randrange(20, 2000, 5)).quantize(Decimal("0.01"))
                ),
                "currency": "" if cost == "free" else CURRENCIES_BY_REGION[details["region"]],
                "certificate": certificate,
                "certificate_name": "Certificate of completion" if certificate else "",
                "instructors": self.person_blocks("instructor", self.rng.randint(1, 3)),
                "enrolment_url": f"https://learning.example.org/{slug}/enrol/",
                "regions": some(self.rng, list(REGION_WEIGHTS), 0, 2),
            }
            summary = self.writer.sentences(place, 2)
            description = [self.writer.sentences(place, 3) for _ in range(2)]
            outcomes = self.writer.sentences(place, 3)
            prerequisites = self.writer.sentences(place, 1)
            key = uuid.uuid4()
            published = self.published_at(3 * 365)
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                versions[language] = CoursePage(
                    summary=render_text(summary, language)[:400],
                    description=paragraph_blocks(description, language),
                    learning_outcomes="\n".join(o.render(language) for o in outcomes),
                    prerequisites=render_text(prerequisites, language),
                    modules=[
                        {
                            "type": "module",
                            "value": {
                                "title": module_title.render(language)[:200],
                                "description": text.render(language),
                                "duration": duration.render(language),
                            },
                            "id": str(uuid.uuid4()),
                        }
                        for module_title, text, duration in modules
                    ],
                    **fixed,
                    **self.page_fields(title.render(language)[:255], slug, locale, key, published),
                )
            things.append(versions)
            meta.append(
                {
                    "institution": institution_number,
                    "themes": some(self.rng, self.themes, 1, 3),
                    "sdgs": some(self.rng, self.sdgs, 0, 3),
                    "landscapes": some(self.rng, self.landscapes, 0, 2),
                    "sessions": self.session_specs(session_counts[number], languages, details),
                }
            )
        pages = self.add_versions(
            CoursePage,
            things,
            lambda language, n: self.institutions[language][meta[n]["institution"]],
        )
        self.link_versions(CoursePage, "themes", pages, [m["themes"] for m in meta])
        self.link_versions(CoursePage, "sdgs", pages, [m["sdgs"] for m in meta])
        self.link_versions(CoursePage, "landscapes", pages, [m["landscapes"] for m in meta])
        bulk(
            CourseSession,
            [
                CourseSession(course_id=page.pk, sort_order=order, **spec)
                for language_pages in pages.values()
                for page, details in zip(language_pages, meta, strict=True)
                for order, spec in enumerate(details["sessions"])
            ],
        )
        self.made["courses"] = total
        self.made["sessions"] = sum(session_counts)

    def session_specs(self, count, languages, landscape):
        """Sessions from 18 months ago to 10 months ahead; some self-paced."""
        specs = []
        country = landscape["countries"][0]
        zone = next(row[3] for rows in COUNTRIES.values() for row in rows if row[0] == country)
        for _ in range(count):
            mode = self.rng.choices(["online", "onsite", "blended"], weights=[50, 30, 20])[0]
            spec = {
                "mode": mode,
                "language": self.rng.choice(languages),
                "time_zone": zone,
                "enrolment_url": "",
                "price": None,
                "place": f"{landscape['place']} field centre" if mode != "online" else "",
                "country": country if mode != "online" else "",
                "start_date": None,
                "end_date": None,
                "enrolment_deadline": None,
            }
            if self.rng.random() > 0.15:
                start = self.today + datetime.timedelta(days=self.rng.randint(-540, 300))
                spec["start_date"] = start
                spec["end_date"] = start + datetime.timedelta(days=self.rng.randint(1, 120))
                if self.rng.random() < 0.5:
                    spec["enrolment_deadline"] = start - datetime.timedelta(
                        days=self.rng.randint(3, 21)
                    )
            specs.append(spec)
        return specs

    # -- stories ----------------------------------------------------------------------------
    def seed_stories(self):
        index = self.site.indexes[StoryIndexPage]
        taken = {language: self.taken_slugs(index[language]) for language in self.languages}
        things, meta = [], []
        for _number in range(self.counts["stories"]):
            landscape_number = self.rng.randrange(len(self.landscapes))
            details = self.landscape_meta[landscape_number]
            place = details["place"]
            title = self.writer.phrase(STORY_TITLES, place)
            standfirst = self.writer.sentences(place, 2)
            paragraphs = [self.writer.sentences(place, self.rng.randint(3, 5)) for _ in range(6)]
            chapters = []
            longitude, latitude = details["centre"]
            for _ in range(self.rng.randint(1, 3)):
                chapters.append(
                    (
                        self.writer.phrase(MODULE_TITLES, place),
                        self.writer.sentences(place, 2),
                        round(latitude + self.rng.uniform(-0.2, 0.2), 4),
                        round(longitude + self.rng.uniform(-0.2, 0.2), 4),
                    )
                )
            publication = self.today - datetime.timedelta(days=self.rng.randint(0, 5 * 365))
            published = datetime.datetime.combine(
                publication, datetime.time(9), tzinfo=datetime.UTC
            )
            fixed = {
                "landscape_id": (
                    self.landscapes[landscape_number].pk if self.rng.random() < 0.8 else None
                ),
                "countries": details["countries"],
                "returns": some(self.rng, ["inspiration", "social", "natural", "financial"], 1, 3),
                "zones": some(self.rng, ["natural", "combined", "economic"], 0, 2),
                "authors": self.person_blocks("author", self.rng.randint(1, 2)),
                "publication_date": publication,
                "featured": self.rng.random() < 0.01,
                "hero_caption": "",
                "hero_credit": "",
            }
            key = uuid.uuid4()
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                body = []
                for number, phrases in enumerate(paragraphs):
                    body.append(
                        {
                            "type": "paragraph",
                            "value": f"<p>{render_text(phrases, language)}</p>",
                            "id": str(uuid.uuid4()),
                        }
                    )
                    if number % 2 == 1:
                        chapter_title, text, chapter_latitude, chapter_longitude = chapters[
                            (number // 2) % len(chapters)
                        ]
                        body.append(
                            {
                                "type": "map_chapter",
                                "value": {
                                    "title": chapter_title.render(language)[:200],
                                    "place_name": place,
                                    "latitude": chapter_latitude,
                                    "longitude": chapter_longitude,
                                    "zoom": 9,
                                    "text": f"<p>{render_text(text, language)}</p>",
                                },
                                "id": str(uuid.uuid4()),
                            }
                        )
                words = sum(len(render_text(phrases, language).split()) for phrases in paragraphs)
                story_title = title.render(language)[:255]
                versions[language] = StoryPage(
                    standfirst=render_text(standfirst, language)[:500],
                    body=body,
                    reading_minutes=max(1, math.ceil(words / 200)),
                    **fixed,
                    **self.page_fields(
                        story_title,
                        self.unique_slug(taken[language], story_title),
                        locale,
                        key,
                        published,
                    ),
                )
            things.append(versions)
            meta.append(
                {
                    "themes": some(self.rng, self.themes, 1, 3),
                    "sdgs": some(self.rng, self.sdgs, 0, 3),
                }
            )
        pages = self.add_versions(StoryPage, things, lambda language, _n: index[language])
        self.link_versions(StoryPage, "themes", pages, [m["themes"] for m in meta])
        self.link_versions(StoryPage, "sdgs", pages, [m["sdgs"] for m in meta])
        self.made["stories"] = len(things)

    # -- library ----------------------------------------------------------------------------
    def seed_library(self):
        """Resources under each language's library index, spread over kinds, years, licences,
        resource languages, themes and regions, each with one file whose text is already
        extracted: a DocumentText row per document, current for the document's hash, so that
        neither a page nor `update_index` extracts anything. Every document is the same small
        PDF (what a download serves); only the stored text differs. A random generator of its
        own, so that the pages seeded before stay as they were."""
        rng = random.Random(RANDOM_SEED + 2)
        writer = Writer(rng)
        index = self.site.indexes[LibraryIndexPage]
        taken = {language: self.taken_slugs(index[language]) for language in self.languages}
        file_name, file_size, file_hash = self.benchmark_pdf()
        cover = self.benchmark_cover(file_name)
        texts = FileTexts(rng)
        kinds = [key for key, _label in KINDS]
        licences = [key for key, _label in LICENCES]
        licence_weights = [LICENCE_WEIGHTS.get(key, 5) for key in licences]
        spoken = list(RESOURCE_LANGUAGE_WEIGHTS)
        spoken_weights = list(RESOURCE_LANGUAGE_WEIGHTS.values())
        latest = self.today.year
        things, meta, documents, file_texts = [], [], [], []
        for number in range(self.counts["resources"]):
            landscape_number = rng.randrange(len(self.landscape_meta))
            details = self.landscape_meta[landscape_number]
            place = details["place"]
            kind = kinds[number % len(kinds)]
            title = writer.phrase(RESOURCE_TITLES, place)
            summary = writer.sentences(place, rng.randint(2, 3))
            languages = [rng.choices(spoken, weights=spoken_weights)[0]]
            if rng.random() < 0.15:
                languages.append(rng.choice([code for code in spoken if code != languages[0]]))
            regions = [details["region"]]
            if rng.random() < 0.2:
                regions = list(dict.fromkeys([*regions, weighted_region(rng)]))
            # Most resources are recent; a few go back decades.
            year = latest - min(int(rng.expovariate(1 / 4)), latest - 1960)
            authors = [
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                for _ in range(rng.randint(0, 2))
            ]
            fixed = {
                "kind": kind,
                "link": (
                    f"https://www.youtube.com/watch?v={uuid.UUID(int=rng.getrandbits(128)).hex[:11]}"
                    if kind in VIDEO_KINDS
                    else ""
                ),
                "resource_languages": languages,
                "publication_year": year,
                "other_authors": "\n".join(authors),
                "licence": rng.choices(licences, weights=licence_weights)[0],
                "returns": some(rng, ["inspiration", "social", "natural", "financial"], 0, 3),
                "zones": some(rng, ["natural", "combined", "economic"], 0, 2),
                "regions": regions,
                "countries": details["countries"][:2],
            }
            key = uuid.uuid4()
            # Added to the library some day of its year (this year's: by today).
            day = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
            published = datetime.datetime.combine(
                min(day, self.today), datetime.time(9), tzinfo=datetime.UTC
            )
            versions = {}
            for locale in self.locales:
                language = locale.language_code
                resource_title = title.render(language)[:255]
                versions[language] = ResourcePage(
                    summary=render_text(summary, language)[:1500],
                    **fixed,
                    **self.page_fields(
                        resource_title,
                        self.unique_slug(taken[language], resource_title),
                        locale,
                        key,
                        published,
                    ),
                )
            things.append(versions)
            meta.append(
                {
                    "themes": some(rng, self.themes, 1, 3),
                    "experts": some(rng, self.experts, 1, 2) if rng.random() < 0.4 else [],
                    "organisations": (
                        [rng.choice(self.organisations)] if rng.random() < 0.3 else []
                    ),
                    "landscapes": (
                        [self.landscapes[landscape_number]] if rng.random() < 0.4 else []
                    ),
                }
            )
            title_en = title.render(self.default.language_code)[:255]
            documents.append(
                get_document_model()(
                    title=title_en,
                    file=file_name,
                    file_size=file_size,
                    file_hash=file_hash,
                    uploaded_by_user=self.owner,
                )
            )
            file_texts.append(texts.text(languages[0], place, number % WATERSHED_SHARE == 0))
        get_document_model().objects.bulk_create(documents, batch_size=2000)
        bulk(
            DocumentText,
            [
                DocumentText(
                    document_id=document.pk,
                    file_hash=file_hash,
                    status=STATUS_OK,
                    pages=1 + len(text) // 3000,
                    text=text,
                    cover=cover,
                )
                for document, text in zip(documents, file_texts, strict=True)
            ],
        )
        pages = self.add_versions(ResourcePage, things, lambda language, _n: index[language])
        # A file's rows in the resource's language versions are translations of each other.
        file_keys = [uuid.uuid4() for _document in documents]
        bulk(
            ResourceFile,
            [
                ResourceFile(
                    page_id=page.pk,
                    document_id=document.pk,
                    sort_order=0,
                    locale_id=page.locale_id,
                    translation_key=file_key,
                )
                for language_pages in pages.values()
                for page, document, file_key in zip(
                    language_pages, documents, file_keys, strict=True
                )
            ],
        )
        for field_name, name in (
            ("themes", "themes"),
            ("expert_authors", "experts"),
            ("organisation_authors", "organisations"),
            ("landscapes", "landscapes"),
        ):
            self.link_versions(ResourcePage, field_name, pages, [m[name] for m in meta])
        # Downloads, a few resources taking most (for the "most downloaded" order).
        bulk(
            ResourceDownloads,
            [
                ResourceDownloads(
                    translation_key=page.translation_key, count=int(rng.paretovariate(1.2)) - 1
                )
                for page in pages[self.default.language_code]
            ],
        )
        self.made["resources"] = len(things)

    def benchmark_pdf(self):
        """The one small, real PDF every seeded document is (written once into the media
        storage): its name there, size and hash."""
        storage = get_document_model()._meta.get_field("file").storage
        if not storage.exists(BENCHMARK_PDF):
            content = io.BytesIO()
            write_pdf(
                content,
                title="Thousand Landscapes benchmark resource",
                sections=[("Benchmark", "A file shared by every seeded library resource.")],
            )
            storage.save(BENCHMARK_PDF, ContentFile(content.getvalue()))
        with storage.open(BENCHMARK_PDF) as file:
            content = file.read()
        return BENCHMARK_PDF, len(content), hashlib.sha1(content).hexdigest()  # noqa: S324

    def benchmark_cover(self, file_name):
        """The cover every seeded resource shows: the shared PDF's first page, rendered once by
        the extraction (as a published resource's is) and kept, like the PDF, for later runs."""
        images = get_image_model().objects.filter(
            title=BENCHMARK_COVER_TITLE, uploaded_by_user=self.owner
        )
        image = images.first()
        if image is None:
            storage = get_document_model()._meta.get_field("file").storage
            with storage.open(file_name) as file:
                content = file.read()
            with tempfile.NamedTemporaryFile(suffix=".pdf") as copy:
                copy.write(content)
                copy.flush()
                result = extraction.extract(copy.name, "pdf", with_cover=True)
            if not result.cover_png:
                return None
            image = get_image_model()(
                title=BENCHMARK_COVER_TITLE,
                file=ImageFile(io.BytesIO(result.cover_png), name="benchmark-cover.png"),
                uploaded_by_user=self.owner,
            )
            image.save()
        return image

    # -- action and investment --------------------------------------------------------------
    def ensure_indicators(self):
        """The demo's indicator catalogue in every language (the rows `load_demo` makes, with
        the same translation keys), and the exchange rates of its table; what is there stays."""
        existing = {
            (indicator.translation_key, indicator.locale_id): indicator
            for indicator in Indicator.objects.all()
        }
        new = []
        for data in INDICATORS:
            key = indicator_translation_key(data["key"])
            fields = {
                name: value
                for name, value in data.items()
                if name not in ("key", "name", "unit", "description")
            }
            for locale in self.locales:
                if (key, locale.pk) in existing:
                    continue
                strings = INDICATOR_TRANSLATIONS.strings.get(locale.language_code, {})
                texts = {
                    name: strings.get(data[name], data[name])
                    for name in ("name", "unit", "description")
                }
                new.append(Indicator(translation_key=key, locale=locale, **texts, **fields))
        Indicator.objects.bulk_create(new)
        self.indicators = {
            data["key"]: Indicator.objects.get(
                translation_key=indicator_translation_key(data["key"]), locale=self.default
            )
            for data in INDICATORS
        }
        present = set(ExchangeRate.objects.values_list("currency", "date"))
        ExchangeRate.objects.bulk_create(
            [rate for rate in exchange_rates() if (rate.currency, rate.date) not in present]
        )

    def seed_progress(self):
        """Each landscape's actions with their contributions, indicator series and 5 Elements
        assessments, and the finance organisations' offers, all live as approved records are.
        A random generator of its own, so that the pages seeded before stay as they were."""
        rng = random.Random(RANDOM_SEED + 1)
        writer = Writer(rng)
        self.ensure_indicators()
        funders = [page for page in self.organisations if page.organisation_type == "finance"]
        funders = funders or self.organisations[:5]
        offers = self.seed_offers(rng, writer, funders)
        actions, contributions, series, values, assessments = [], [], [], [], []
        action_themes = []
        # Most partnerships write their records in English, the others in their language.
        weights = [70] + [10] * (len(self.languages) - 1)
        for landscape, details in zip(self.landscapes, self.landscape_meta, strict=True):
            language = rng.choices(self.languages, weights=weights)[0]
            currency = CURRENCIES_BY_REGION[details["region"]]
            for _number in range(ACTIONS_PER_LANDSCAPE):
                action, money = self.action(rng, writer, landscape, details, language, currency)
                actions.append(action)
                contributions.append(money)
                action_themes.append(some(rng, self.themes, 1, 2))
            for key, low, high, growth in SERIES_PLANS:
                series.append(
                    IndicatorSeries(
                        landscape_id=landscape.pk,
                        indicator=self.indicators[key],
                        language=language,
                        **self.live_fields(),
                    )
                )
                values.append(self.yearly_values(rng, low, high, growth))
            assessments += self.assessments(rng, writer, landscape, details, language)
        bulk(Action, actions)
        link_many(
            Action,
            "themes",
            [
                (action.pk, theme.pk)
                for action, themes in zip(actions, action_themes, strict=True)
                for theme in themes
            ],
        )
        bulk(
            Contribution,
            [
                Contribution(action_id=action.pk, sort_order=order, **fields)
                for action, rows in zip(actions, contributions, strict=True)
                for order, fields in enumerate(rows)
            ],
        )
        bulk(IndicatorSeries, series)
        bulk(
            IndicatorValue,
            [
                IndicatorValue(series_id=one.pk, year=year, value=value, sort_order=order)
                for one, yearly in zip(series, values, strict=True)
                for order, (year, value) in enumerate(yearly)
            ],
        )
        bulk(Assessment, assessments)
        refresh_landscape_figures()
        self.made["funding offers"] = offers
        self.made["actions"] = len(actions)
        self.made["contributions"] = sum(len(rows) for rows in contributions)
        self.made["indicator values"] = sum(len(yearly) for yearly in values)
        self.made["assessments"] = len(assessments)

    def live_fields(self):
        return {
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": self.now,
            "last_published_at": self.now,
        }

    def action(self, rng, writer, landscape, details, language, currency):
        """An unsaved action and its contributions' fields."""
        plans = ACTION_PLANS
        status, _weight, first, last, shortest, longest = rng.choices(
            plans, weights=[plan[1] for plan in plans]
        )[0]
        start = datetime.date(rng.randint(first, last), rng.randint(1, 12), 1)
        end = datetime.date(start.year + rng.randint(shortest, longest), start.month, 1)
        units = per_us_dollar(currency, min(start.year, 2026))
        budget_dollars = math.exp(rng.uniform(math.log(20_000), math.log(3_000_000)))
        budget = Decimal(round(budget_dollars * units, -3))
        place = details["place"]
        longitude, latitude = details["centre"]
        partners = details["partners"]
        action = Action(
            landscape_id=landscape.pk,
            language=language,
            title=writer.phrase(ACTION_TITLES, place).render(language)[:200],
            description=render_text(writer.sentences(place, 2), language),
            results=render_text(writer.sentences(place, 1), language)
            if status in ("under-way", "completed", "stopped")
            else "",
            status=status,
            zones=some(rng, ["natural", "combined", "economic"], 1, 2),
            returns=some(rng, ["inspiration", "social", "natural", "financial"], 1, 2),
            start=start,
            end=end,
            location=(
                {"type": "Point", "coordinates": [longitude, latitude]}
                if rng.random() < 0.5
                else None
            ),
            lead_organisation_id=partners[0].pk,
            budget=budget,
            budget_currency=currency,
            instruments_sought=some(rng, ["grant", "loan", "blended", "in-kind"], 0, 2),
            **self.live_fields(),
        )
        money = []
        for _number in range(CONTRIBUTIONS_PER_ACTION):
            year = rng.randint(min(start.year, 2026), min(max(start.year, end.year), 2026))
            share = Decimal(str(round(rng.uniform(0.03, 0.25), 3)))
            in_dollars = rng.random() < 0.2
            amount = budget * share
            if in_dollars:
                amount = amount / Decimal(str(per_us_dollar(currency, year)))
            money.append(
                {
                    "funder_id": rng.choice(self.funders).pk,
                    "amount": amount.quantize(Decimal(1)),
                    "currency": "USD" if in_dollars else currency,
                    "year": year,
                    "instrument": rng.choice(["grant", "grant", "loan", "blended", "in-kind"]),
                }
            )
        return action, money

    @staticmethod
    def yearly_values(rng, low, high, growth):
        """[(year, value)] for SERIES_YEARS: growing in uneven steps by up to `growth` times,
        or wandering by up to 8% around the first value when `growth` is None."""
        first = rng.uniform(low, high)
        if growth is None:
            figures = [first * (1 + rng.uniform(-0.08, 0.08)) for _year in SERIES_YEARS]
        else:
            factor = rng.uniform(1.2, growth)
            steps = [rng.uniform(0.3, 1.7) for _year in SERIES_YEARS]
            total, reached, figures = sum(steps), 0.0, []
            for step in steps:
                reached += step
                figures.append(first * (1 + (factor - 1) * reached / total))
        return [
            (year, Decimal(round(figure)))
            for year, figure in zip(SERIES_YEARS, figures, strict=True)
        ]

    def assessments(self, rng, writer, landscape, details, language):
        """ASSESSMENTS_PER_LANDSCAPE dated scorings, every other year to 2026, the scores
        never falling."""
        scores = [rng.randint(1, 2) for _key in ASSESSMENT_ELEMENTS]
        rows = []
        for number in range(ASSESSMENTS_PER_LANDSCAPE):
            year = 2026 - 2 * (ASSESSMENTS_PER_LANDSCAPE - 1 - number)
            if number:
                for position in rng.sample(range(len(scores)), rng.randint(1, 2)):
                    scores[position] = min(4, scores[position] + 1)
            evidence = {
                f"{key}_evidence": render_text(writer.sentences(details["place"], 1), language)[
                    :500
                ]
                for key in rng.sample(ASSESSMENT_ELEMENTS, rng.randint(1, 3))
            }
            rows.append(
                Assessment(
                    landscape_id=landscape.pk,
                    language=language,
                    date=min(self.today, datetime.date(year, rng.randint(1, 12), 1)),
                    **dict(zip(ASSESSMENT_ELEMENTS, scores, strict=True)),
                    **evidence,
                    **self.live_fields(),
                )
            )
        return rows

    def seed_offers(self, rng, writer, funders):
        """Funding offers from the funders, in turn; gives how many."""
        self.funders = funders
        offers, themes = [], []
        for number in range(self.counts["funding offers"]):
            organisation = funders[number % len(funders)]
            currency = rng.choice(["USD", "USD", "EUR"])
            low = Decimal(rng.choice([10_000, 25_000, 50_000, 100_000, 250_000]))
            offers.append(
                FundingOffer(
                    organisation_id=organisation.pk,
                    language="en",
                    title=f"{organisation.title}: {rng.choice(OFFER_TITLES)}"[:200],
                    description=render_text(writer.sentences("the network", 3), "en"),
                    regions=some(rng, list(REGION_WEIGHTS), 0, 3),
                    returns=some(rng, ["inspiration", "social", "natural", "financial"], 0, 2),
                    instruments=some(rng, OFFER_INSTRUMENTS, 1, 3),
                    ticket_min=low,
                    ticket_max=low * rng.choice([4, 10, 20, 40]),
                    currency=currency,
                    is_open=rng.random() < 0.85,
                    link=f"https://{organisation.slug}.example.org/apply/",
                    **self.live_fields(),
                )
            )
            themes.append(some(rng, self.themes, 0, 3))
        bulk(FundingOffer, offers)
        link_many(
            FundingOffer,
            "themes",
            [
                (offer.pk, theme.pk)
                for offer, chosen in zip(offers, themes, strict=True)
                for theme in chosen
            ],
        )
        return len(offers)

    # -- all of it --------------------------------------------------------------------------
    def run(self):
        steps = [
            ("taxonomy", self.ensure_terms),
            ("home and index pages", self.ensure_structure),
        ]
        places = place_names(self.rng, self.counts["landscapes"] + self.counts["organisations"])
        landscape_places = places[: self.counts["landscapes"]]
        other_places = places[self.counts["landscapes"] :] or landscape_places
        steps += [
            ("organisations", lambda: self.seed_organisations(other_places)),
            ("landscapes", lambda: self.seed_landscapes(landscape_places)),
            ("experts", self.seed_experts),
            ("institutions", lambda: self.seed_institutions(other_places)),
            ("courses and sessions", self.seed_courses),
            ("stories", self.seed_stories),
            ("action and investment", self.seed_progress),
            ("library", self.seed_library),
        ]
        for name, step in steps:
            started = time.monotonic()
            step()
            self.tree.update_parents()
            self.stdout.write(f"  {name}: {time.monotonic() - started:.1f} s")
        Site.clear_site_root_paths_cache()
        return self.made


def tags_by_name(names):
    """{name: taggit tag}, made where missing; found by slug, as taggit keeps slugs unique and
    the demo may have the same tag with other capitals."""
    slugs = {name: slugify(name) for name in names}
    existing = {tag.slug: tag for tag in Tag.objects.filter(slug__in=slugs.values())}
    Tag.objects.bulk_create(
        [Tag(name=name, slug=slug) for name, slug in slugs.items() if slug not in existing]
    )
    existing = {tag.slug: tag for tag in Tag.objects.filter(slug__in=slugs.values())}
    return {name: existing[slug] for name, slug in slugs.items()}


def seed(scale, stdout):
    """Seed at `scale` in one transaction; gives {kind: number made} (per language)."""
    with transaction.atomic():
        return NetworkSeeder(scale, stdout).run()


@contextmanager
def delete_signals_muted():
    """No pre_delete or post_delete receivers for a while, in this process.

    Their receivers (search index, reference index, log entries) make Django delete page by
    page, some queries each: a quarter of an hour for the full network. Muted, the collector
    deletes each table's rows in a few statements; `flush` clears the index rows itself."""
    saved = {signal: signal.receivers for signal in (signals.pre_delete, signals.post_delete)}
    try:
        for signal in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved.items():
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def flush(stdout):
    """Delete everything a previous run seeded, with each related row (sessions, partners,
    many-to-many rows, search and reference index entries), in one transaction."""
    page_types = [
        ResourcePage,
        StoryPage,
        CoursePage,
        InstitutionPage,
        ExpertPage,
        LandscapePage,
        OrganisationPage,
    ]
    seeded = Page.objects.filter(owner__username=SEED_USERNAME)
    ids = list(seeded.values_list("pk", flat=True))
    parents = {path[: -Page.steplen] for path in seeded.values_list("path", flat=True)}
    object_ids = [str(pk) for pk in ids]
    content_types = ContentType.objects.get_for_models(Page, *page_types).values()
    documents = get_document_model().objects.filter(uploaded_by_user__username=SEED_USERNAME)
    document_ids = [str(pk) for pk in documents.values_list("pk", flat=True)]
    resource_keys = list(
        ResourcePage.objects.filter(owner__username=SEED_USERNAME)
        .values_list("translation_key", flat=True)
        .distinct()
    )
    with transaction.atomic(), delete_signals_muted():
        # The seeded landscapes' and organisations' progress records first, children first,
        # each table in a few statements (the pages' cascade would collect them row by row).
        started = time.monotonic()
        seeded_landscape = {"landscape__owner__username": SEED_USERNAME}
        for queryset in (
            Contribution.objects.filter(action__landscape__owner__username=SEED_USERNAME),
            Action.themes.through.objects.filter(action__landscape__owner__username=SEED_USERNAME),
            Action.objects.filter(**seeded_landscape),
            IndicatorValue.objects.filter(series__landscape__owner__username=SEED_USERNAME),
            IndicatorSeries.objects.filter(**seeded_landscape),
            Assessment.objects.filter(**seeded_landscape),
            FundingOffer.themes.through.objects.filter(
                fundingoffer__organisation__owner__username=SEED_USERNAME
            ),
            FundingOffer.objects.filter(organisation__owner__username=SEED_USERNAME),
        ):
            models.QuerySet.delete(queryset)
        stdout.write(f"  progress records: {time.monotonic() - started:.1f} s")
        IndexEntry.objects.filter(content_type__in=content_types, object_id__in=object_ids).delete()
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_document_model()),
            object_id__in=document_ids,
        ).delete()
        ResourceDownloads.objects.filter(translation_key__in=resource_keys).delete()
        ReferenceIndex.objects.filter(
            base_content_type__in=content_types, object_id__in=object_ids
        ).delete()
        ReferenceIndex.objects.filter(
            to_content_type__in=content_types, to_object_id__in=object_ids
        ).delete()
        # The courses go with their institutions' rows, children first; Django's
        # QuerySet.delete, not treebeard's, which ORs one condition per page.
        for model in page_types:
            started = time.monotonic()
            deleted = models.QuerySet.delete(model.objects.filter(owner__username=SEED_USERNAME))
            stdout.write(
                f"  {model._meta.verbose_name_plural}: {deleted[1].get(model._meta.label, 0)} "
                f"pages, {time.monotonic() - started:.1f} s"
            )
        # The library's documents after their resources' files, with their extracted texts
        # (the one PDF they share stays in the media storage for the next run).
        started = time.monotonic()
        deleted = models.QuerySet.delete(documents)
        stdout.write(
            f"  documents: {deleted[1].get(get_document_model()._meta.label, 0)}, "
            f"{time.monotonic() - started:.1f} s"
        )
        for parent in Page.objects.filter(path__in=parents):
            Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    Site.clear_site_root_paths_cache()
