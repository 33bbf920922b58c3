"""The learning network's demo content: six training institutions and their courses, in English,
with, through `t()`, a translation memory with one dict per language, keyed by the English string
as wagtail-localize extracts it (a title, a plain-text field, one paragraph of rich text without
its <p>, a module's title, description or duration, a certificate's name).

Each text is written next to its translations so that none can be missed or drift apart.
Institution titles are names: the model synchronises them, as it does every slug, so they are not
in here. Instructors' names are not translated either.

Sessions are given in days from today (`start`), because a catalog always needs sessions that
are over, running, opening soon, later and self-paced, whatever day the demo is loaded on.

Texts contain no "&", "<" or ">" and no line breaks: wagtail-localize escapes those in the
segments it extracts, and the escaped segment would no longer match its key here. The one
multi-line field, the learning outcomes, goes through `lines()`, which stores it the way
wagtail-localize extracts it."""

from website.demo.helpers import TranslationMemory

TRANSLATIONS = TranslationMemory()
t = TRANSLATIONS.t

# How wagtail-localize joins the lines of a plain-text field into one segment.
LINE_BREAK = "<br/>"


def lines(*texts):
    """A text of one line per item (learning outcomes), from texts already given to `t()`.

    wagtail-localize extracts a multi-line plain-text field as a single segment whose lines are
    joined by <br/>, so that joined form, and its joined translations, go into the memory."""
    segment = LINE_BREAK.join(texts)
    for language, memory in TRANSLATIONS.items():
        TRANSLATIONS.record(language, segment, LINE_BREAK.join(memory[text] for text in texts))
    return "\n".join(texts)


def hours(number):
    return t(f"{number} hours", es=f"{number} horas", fr=f"{number} heures", pt=f"{number} horas")


def days(number):
    if number == 1:
        return t("1 day", es="1 día", fr="1 jour", pt="1 dia")
    return t(f"{number} days", es=f"{number} días", fr=f"{number} jours", pt=f"{number} dias")


def weeks(number):
    if number == 1:
        return t("1 week", es="1 semana", fr="1 semaine", pt="1 semana")
    return t(
        f"{number} weeks", es=f"{number} semanas", fr=f"{number} semaines", pt=f"{number} semanas"
    )


def module(title, description, duration):
    return {"title": title, "description": description, "duration": duration}


def session(
    start,
    *,
    mode,
    language,
    time_zone,
    length=None,
    enrol_by=None,
    place="",
    country="",
    own_link=False,
    price=None,
):
    """A dated session, `start` days from today (negative: in the past), lasting `length` days
    (by default the course's length in weeks, five days a week). Enrolment closes `enrol_by`
    days before the start (negative: that many days after it; None: no deadline). `own_link`
    gives the session an enrolment link of its own; `price` one that differs from the course's."""
    return {
        "start": start,
        "length": length,
        "enrol_by": enrol_by,
        "mode": mode,
        "language": language,
        "time_zone": time_zone,
        "place": place,
        "country": country,
        "own_link": own_link,
        "price": price,
    }


def self_paced(language):
    """An online session without dates: start when you like."""
    return session(None, mode="online", language=language, time_zone="UTC")


def course(title, slug, **fields):
    """A course's data. `instructors` are names: those of demo experts link to their profiles,
    the others stay plain names. `image` says whether the course gets a (drawn) picture."""
    return {"title": title, "slug": slug, "image": True, "video": False, **fields}


NONE = t("None.", es="Ninguno.", fr="Aucun.", pt="Nenhum.")

INDEX_PAGE = {
    "title": t("Learning", es="Aprendizaje", fr="Apprentissage", pt="Aprendizagem"),
    "slug": "learning",
    "intro": t(
        "Courses from the training institutions of the network, online and in the landscapes themselves.",
        es="Cursos de las instituciones de formación de la red, en línea y en los propios paisajes.",
        fr="Des formations proposées par les organismes de formation du réseau, en ligne et dans les paysages eux-mêmes.",
        pt="Cursos das instituições de formação da rede, on-line e nas próprias paisagens.",
    ),
}

INDIA = {"time_zone": "Asia/Kolkata", "country": "IN"}
MADIKERI = {**INDIA, "place": "Madikeri, Kodagu"}
SAKLESHPUR = {**INDIA, "place": "Sakleshpur, Hassan"}

SAHYADRI = {
    "title": "Sahyadri Landscape Academy",
    "slug": "sahyadri-landscape-academy",
    "organisation": "sahyadri-landscape-academy",
    "intro": t(
        "The academy's courses are taught on working coffee estates and in village forests of the Western Ghats, with farmers as co-teachers.",
        es="Los cursos de la academia se imparten en fincas cafeteras en activo y en bosques comunales de los Ghats occidentales, con agricultores como coformadores.",
        fr="Les formations de l'académie ont lieu dans des plantations de café en activité et dans des forêts villageoises des Ghâts occidentaux, avec des agriculteurs comme co-formateurs.",
        pt="Os cursos da academia são ministrados em fazendas de café em atividade e em florestas comunitárias dos Gates Ocidentais, com agricultores como coformadores.",
    ),
    "courses": [
        course(
            t(
                "Agroforestry design for shade coffee",
                es="Diseño agroforestal para café bajo sombra",
                fr="Conception agroforestière pour le café sous ombrage",
                pt="Desenho agroflorestal para café sombreado",
            ),
            "agroforestry-design-shade-coffee",
            summary=t(
                "Plan the shade canopy of a coffee estate so that it yields timber, fruit and pepper, shelters birds and keeps the soil cool.",
                es="Planifica el dosel de sombra de una finca cafetera para que dé madera, fruta y pimienta, dé refugio a las aves y mantenga fresco el suelo.",
                fr="Planifiez la canopée d'ombrage d'une plantation de café pour qu'elle donne du bois, des fruits et du poivre, abrite les oiseaux et garde le sol au frais.",
                pt="Planeje o dossel de sombra de uma fazenda de café para que produza madeira, frutas e pimenta, abrigue as aves e mantenha o solo fresco.",
            ),
            description=t(
                "Over six weeks you design the shade layers of a real estate with its owner: which native trees to keep, what to plant, how to space it and how the estate earns from it while the trees grow.",
                es="Durante seis semanas diseñarás los estratos de sombra de una finca real junto con su propietario: qué árboles nativos conservar, qué plantar, con qué espaciamiento y cómo obtiene ingresos la finca mientras crecen los árboles.",
                fr="Pendant six semaines, vous concevez avec son propriétaire les strates d'ombrage d'une vraie plantation\u00a0: quels arbres indigènes garder, quoi planter, à quel espacement, et comment la plantation en tire un revenu pendant que les arbres poussent.",
                pt="Ao longo de seis semanas, você desenha com o proprietário os estratos de sombra de uma fazenda real: quais árvores nativas manter, o que plantar, com que espaçamento e como a fazenda obtém renda enquanto as árvores crescem.",
            ),
            outcomes=lines(
                t(
                    "Choose native shade trees for a given altitude and rainfall",
                    es="Elegir árboles de sombra nativos para una altitud y una pluviosidad dadas",
                    fr="Choisir des arbres d'ombrage indigènes adaptés à une altitude et à une pluviométrie données",
                    pt="Escolher árvores de sombra nativas para uma altitude e uma pluviosidade dadas",
                ),
                t(
                    "Draw a planting plan with spacing and layers",
                    es="Dibujar un plan de plantación con espaciamientos y estratos",
                    fr="Dessiner un plan de plantation avec espacements et strates",
                    pt="Desenhar um plano de plantio com espaçamentos e estratos",
                ),
                t(
                    "Estimate the income of timber, fruit and pepper over twenty years",
                    es="Estimar los ingresos de madera, fruta y pimienta a veinte años",
                    fr="Estimer les revenus du bois, des fruits et du poivre sur vingt ans",
                    pt="Estimar a renda de madeira, frutas e pimenta em vinte anos",
                ),
            ),
            prerequisites=t(
                "Some experience of farming or forestry; the course is taught in English with Kannada support.",
                es="Cierta experiencia en agricultura o silvicultura; el curso se imparte en inglés con apoyo en canarés.",
                fr="Une première expérience de l'agriculture ou de la foresterie\u00a0; la formation est donnée en anglais avec un appui en kannada.",
                pt="Alguma experiência em agricultura ou silvicultura; o curso é ministrado em inglês com apoio em canarês.",
            ),
            level="intermediate",
            themes=["agroforestry", "biodiversity-conservation", "livelihoods-value-chains"],
            sdgs=[2, 8, 15],
            landscapes=["kodagu-coffee-hills"],
            languages=["en", "kn"],
            workload_hours=36,
            length_weeks=6,
            cost="paid",
            price="12000",
            currency="INR",
            certificate=True,
            certificate_name=t(
                "Certificate in Agroforestry Design",
                es="Certificado en Diseño Agroforestal",
                fr="Certificat en conception agroforestière",
                pt="Certificado em Desenho Agroflorestal",
            ),
            modules=[
                module(
                    t(
                        "Reading the estate",
                        es="Leer la finca",
                        fr="Lire la plantation",
                        pt="Ler a fazenda",
                    ),
                    t(
                        "Mapping trees, slopes, water and the owner's plans.",
                        es="Cartografiar árboles, pendientes, agua y los planes del propietario.",
                        fr="Cartographier les arbres, les pentes, l'eau et les projets du propriétaire.",
                        pt="Mapear árvores, declives, água e os planos do proprietário.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Shade layers and species",
                        es="Estratos de sombra y especies",
                        fr="Strates d'ombrage et essences",
                        pt="Estratos de sombra e espécies",
                    ),
                    t(
                        "Native trees, their canopy and their uses.",
                        es="Los árboles nativos, su copa y sus usos.",
                        fr="Les arbres indigènes, leur houppier et leurs usages.",
                        pt="As árvores nativas, sua copa e seus usos.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "The plan and its economics",
                        es="El plan y su economía",
                        fr="Le plan et son économie",
                        pt="O plano e sua economia",
                    ),
                    t(
                        "Spacing, planting calendar and a twenty-year cash flow.",
                        es="Espaciamiento, calendario de plantación y un flujo de caja a veinte años.",
                        fr="Espacements, calendrier de plantation et trésorerie sur vingt ans.",
                        pt="Espaçamento, calendário de plantio e um fluxo de caixa de vinte anos.",
                    ),
                    weeks(3),
                ),
            ],
            instructors=["Ananya Krishnan", "Rohan Ponnappa"],
            regions=["asia"],
            video=True,
            sessions=[
                session(-160, mode="blended", language="en", **MADIKERI),
                session(-18, mode="blended", language="en", enrol_by=7, **MADIKERI),
                session(95, mode="onsite", language="kn", enrol_by=21, own_link=True, **MADIKERI),
            ],
        ),
        course(
            t(
                "Birds as indicators: monitoring biodiversity on farms",
                es="Las aves como indicadores: seguimiento de la biodiversidad en fincas",
                fr="Les oiseaux comme indicateurs\u00a0: suivre la biodiversité dans les fermes",
                pt="As aves como indicadoras: monitoramento da biodiversidade em propriedades rurais",
            ),
            "birds-as-indicators",
            summary=t(
                "Learn to count birds on transects and point counts, and to use the results to show how shade and hedgerows help wildlife.",
                es="Aprende a contar aves en transectos y puntos de conteo, y a usar los resultados para mostrar cómo la sombra y los setos ayudan a la fauna.",
                fr="Apprenez à compter les oiseaux par transects et points d'écoute, et à utiliser les résultats pour montrer comment l'ombrage et les haies aident la faune.",
                pt="Aprenda a contar aves em transectos e pontos de escuta, e a usar os resultados para mostrar como a sombra e as cercas vivas ajudam a fauna.",
            ),
            description=t(
                "Birds are easy to see, quick to respond to change and loved by visitors, which makes them good indicators of a farm's biodiversity. The course mixes dawn field sessions with short lessons on data.",
                es="Las aves son fáciles de ver, responden rápido a los cambios y los visitantes las aprecian, lo que las convierte en buenos indicadores de la biodiversidad de una finca. El curso combina salidas al campo al amanecer con breves lecciones sobre datos.",
                fr="Les oiseaux sont faciles à observer, réagissent vite aux changements et plaisent aux visiteurs, ce qui en fait de bons indicateurs de la biodiversité d'une ferme. La formation alterne sorties de terrain à l'aube et courtes leçons sur les données.",
                pt="As aves são fáceis de ver, reagem rápido às mudanças e são apreciadas pelos visitantes, o que as torna boas indicadoras da biodiversidade de uma propriedade. O curso combina saídas de campo ao amanhecer com breves aulas sobre dados.",
            ),
            outcomes=lines(
                t(
                    "Identify forty common birds of the Western Ghats by sight and call",
                    es="Identificar cuarenta aves comunes de los Ghats occidentales por su aspecto y su canto",
                    fr="Reconnaître quarante oiseaux communs des Ghâts occidentaux à la vue et au chant",
                    pt="Identificar quarenta aves comuns dos Gates Ocidentais pela aparência e pelo canto",
                ),
                t(
                    "Run a point count and record it in a shared app",
                    es="Realizar un conteo por puntos y registrarlo en una aplicación compartida",
                    fr="Réaliser un point d'écoute et le saisir dans une application partagée",
                    pt="Fazer uma contagem por pontos e registrá-la num aplicativo compartilhado",
                ),
                t(
                    "Compare bird numbers between sun and shade plots",
                    es="Comparar el número de aves entre parcelas al sol y a la sombra",
                    fr="Comparer les effectifs d'oiseaux entre parcelles au soleil et à l'ombre",
                    pt="Comparar o número de aves entre parcelas ao sol e à sombra",
                ),
            ),
            prerequisites=t(
                "None. Bring binoculars if you have them; the academy lends a few.",
                es="Ninguno. Trae binoculares si tienes; la academia presta algunos.",
                fr="Aucun. Apportez des jumelles si vous en avez\u00a0; l'académie en prête quelques-unes.",
                pt="Nenhum. Traga binóculos se tiver; a academia empresta alguns.",
            ),
            level="beginner",
            themes=["biodiversity-conservation", "agroforestry"],
            sdgs=[15, 4],
            landscapes=["kodagu-coffee-hills"],
            languages=["en", "kn"],
            workload_hours=16,
            length_weeks=2,
            cost="free",
            certificate=False,
            modules=[
                module(
                    t(
                        "Field identification",
                        es="Identificación en el campo",
                        fr="Identification sur le terrain",
                        pt="Identificação em campo",
                    ),
                    t(
                        "Plumage, calls and habitats of the common species.",
                        es="Plumaje, cantos y hábitats de las especies comunes.",
                        fr="Plumages, chants et habitats des espèces communes.",
                        pt="Plumagem, cantos e habitats das espécies comuns.",
                    ),
                    days(3),
                ),
                module(
                    t(
                        "Counting methods",
                        es="Métodos de conteo",
                        fr="Méthodes de comptage",
                        pt="Métodos de contagem",
                    ),
                    t(
                        "Transects, point counts and how to avoid counting a bird twice.",
                        es="Transectos, conteos por puntos y cómo no contar dos veces la misma ave.",
                        fr="Transects, points d'écoute et comment éviter de compter deux fois le même oiseau.",
                        pt="Transectos, contagens por pontos e como não contar a mesma ave duas vezes.",
                    ),
                    days(4),
                ),
            ],
            instructors=["Meera Iyer", "Kavya Rao"],
            regions=["asia"],
            sessions=[
                session(-75, mode="onsite", language="en", **MADIKERI),
                session(24, mode="onsite", language="kn", enrol_by=7, **MADIKERI),
                session(150, mode="onsite", language="en", enrol_by=14, **SAKLESHPUR),
            ],
        ),
        course(
            t(
                "Landscape planning with village forest committees",
                es="Planificación del paisaje con comités forestales de aldea",
                fr="Planifier le paysage avec les comités forestiers villageois",
                pt="Planejamento da paisagem com comitês florestais de aldeia",
            ),
            "village-forest-planning",
            summary=t(
                "Facilitate a participatory land-use plan for a village and its forest, from the first meeting to a map everyone signs.",
                es="Facilita un plan participativo de uso del suelo para una aldea y su bosque, desde la primera reunión hasta un mapa que todos firman.",
                fr="Animez un plan participatif d'utilisation des terres pour un village et sa forêt, de la première réunion à une carte que tous signent.",
                pt="Facilite um plano participativo de uso do solo para uma aldeia e sua floresta, da primeira reunião a um mapa que todos assinam.",
            ),
            description=t(
                "Village forest committees manage thousands of hectares in the Western Ghats. This course trains the people who support them to plan with the whole village, including women and landless families, and to turn the plan into work the forest department can fund.",
                es="Los comités forestales de aldea gestionan miles de hectáreas en los Ghats occidentales. Este curso forma a quienes los apoyan para planificar con toda la aldea, incluidas las mujeres y las familias sin tierra, y para convertir el plan en trabajos que el departamento forestal pueda financiar.",
                fr="Les comités forestiers villageois gèrent des milliers d'hectares dans les Ghâts occidentaux. Cette formation prépare celles et ceux qui les accompagnent à planifier avec tout le village, y compris les femmes et les familles sans terre, et à traduire le plan en travaux que le service forestier peut financer.",
                pt="Os comitês florestais de aldeia gerem milhares de hectares nos Gates Ocidentais. Este curso capacita quem os apoia a planejar com toda a aldeia, incluindo as mulheres e as famílias sem terra, e a transformar o plano em trabalhos que o departamento florestal possa financiar.",
            ),
            outcomes=lines(
                t(
                    "Run a village mapping exercise with a mixed group",
                    es="Dirigir un ejercicio de cartografía de la aldea con un grupo diverso",
                    fr="Animer un exercice de cartographie villageoise avec un groupe mixte",
                    pt="Conduzir um exercício de mapeamento da aldeia com um grupo diverso",
                ),
                t(
                    "Agree priorities when interests differ",
                    es="Acordar prioridades cuando los intereses difieren",
                    fr="S'accorder sur des priorités quand les intérêts divergent",
                    pt="Pactuar prioridades quando os interesses divergem",
                ),
                t(
                    "Write a five-year forest work plan",
                    es="Redactar un plan de trabajo forestal a cinco años",
                    fr="Rédiger un plan de travaux forestiers sur cinq ans",
                    pt="Redigir um plano de trabalho florestal de cinco anos",
                ),
            ),
            prerequisites=t(
                "Work with a village, a forest department or a local organisation.",
                es="Trabajar con una aldea, un departamento forestal o una organización local.",
                fr="Travailler avec un village, un service forestier ou une organisation locale.",
                pt="Trabalhar com uma aldeia, um departamento florestal ou uma organização local.",
            ),
            level="intermediate",
            themes=["community-engagement", "governance-policy"],
            sdgs=[15, 16, 5],
            landscapes=["kodagu-coffee-hills"],
            languages=["en", "kn", "hi"],
            workload_hours=40,
            length_weeks=4,
            cost="partially-free",
            price="3500",
            currency="INR",
            certificate=True,
            modules=[
                module(
                    t(
                        "Who is at the table",
                        es="Quién se sienta a la mesa",
                        fr="Qui est autour de la table",
                        pt="Quem está à mesa",
                    ),
                    t(
                        "Mapping the people and groups with a stake in the forest.",
                        es="Identificar a las personas y grupos con intereses en el bosque.",
                        fr="Cartographier les personnes et les groupes concernés par la forêt.",
                        pt="Mapear as pessoas e os grupos com interesses na floresta.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Mapping with the village",
                        es="Cartografiar con la aldea",
                        fr="Cartographier avec le village",
                        pt="Mapear com a aldeia",
                    ),
                    t(
                        "Sketch maps, transect walks and seasonal calendars.",
                        es="Mapas dibujados a mano, recorridos de transecto y calendarios estacionales.",
                        fr="Cartes à main levée, marches transects et calendriers saisonniers.",
                        pt="Mapas desenhados à mão, caminhadas transversais e calendários sazonais.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "From plan to budget",
                        es="Del plan al presupuesto",
                        fr="Du plan au budget",
                        pt="Do plano ao orçamento",
                    ),
                    t(
                        "Turning priorities into a work plan the forest department can fund.",
                        es="Convertir las prioridades en un plan de trabajo que el departamento forestal pueda financiar.",
                        fr="Traduire les priorités en un plan de travaux finançable par le service forestier.",
                        pt="Transformar as prioridades num plano de trabalho que o departamento florestal possa financiar.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Ananya Krishnan", "Suresh Gowda"],
            regions=["asia"],
            image=False,
            sessions=[
                session(-210, mode="blended", language="kn", **SAKLESHPUR),
                session(45, mode="blended", language="hi", enrol_by=10, **SAKLESHPUR),
            ],
        ),
        course(
            t(
                "Running a native tree nursery",
                es="Gestionar un vivero de árboles nativos",
                fr="Gérer une pépinière d'arbres indigènes",
                pt="Gerir um viveiro de árvores nativas",
            ),
            "native-tree-nursery",
            summary=t(
                "Collect seed, raise seedlings of native trees and run a small nursery as a business that supplies restoration projects.",
                es="Recolecta semillas, produce plantones de árboles nativos y gestiona un pequeño vivero como un negocio que abastece a proyectos de restauración.",
                fr="Récoltez des graines, élevez des plants d'arbres indigènes et gérez une petite pépinière comme une entreprise qui fournit les projets de restauration.",
                pt="Colete sementes, produza mudas de árvores nativas e gerencie um pequeno viveiro como um negócio que abastece projetos de restauração.",
            ),
            description=t(
                "Restoration in the Western Ghats is held back by a shortage of good native seedlings. In two weeks at the academy's nursery you learn the whole cycle, from seed collection to hardening off, and how to price and sell what you grow.",
                es="La restauración en los Ghats occidentales se ve frenada por la escasez de buenos plantones nativos. En dos semanas en el vivero de la academia aprenderás todo el ciclo, de la recolección de semillas al endurecimiento, y a fijar el precio de lo que produces y venderlo.",
                fr="La restauration dans les Ghâts occidentaux est freinée par le manque de bons plants indigènes. En deux semaines à la pépinière de l'académie, vous apprenez tout le cycle, de la récolte des graines à l'endurcissement, et comment fixer le prix de votre production et la vendre.",
                pt="A restauração nos Gates Ocidentais esbarra na falta de boas mudas nativas. Em duas semanas no viveiro da academia, você aprende todo o ciclo, da coleta de sementes à rustificação, e como precificar e vender o que produz.",
            ),
            outcomes=lines(
                t(
                    "Collect, clean and store the seed of twenty native species",
                    es="Recolectar, limpiar y almacenar semillas de veinte especies nativas",
                    fr="Récolter, nettoyer et conserver les graines de vingt essences indigènes",
                    pt="Coletar, limpar e armazenar sementes de vinte espécies nativas",
                ),
                t(
                    "Raise healthy seedlings with little water and no peat",
                    es="Producir plantones sanos con poca agua y sin turba",
                    fr="Élever des plants sains avec peu d'eau et sans tourbe",
                    pt="Produzir mudas saudáveis com pouca água e sem turfa",
                ),
                t(
                    "Cost a batch of seedlings and set a fair price",
                    es="Calcular el costo de un lote de plantones y fijar un precio justo",
                    fr="Calculer le coût d'un lot de plants et fixer un prix juste",
                    pt="Calcular o custo de um lote de mudas e definir um preço justo",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["ecosystem-restoration", "livelihoods-value-chains"],
            sdgs=[15, 8],
            landscapes=["kodagu-coffee-hills"],
            languages=["kn", "en"],
            workload_hours=60,
            length_weeks=2,
            cost="paid",
            price="6000",
            currency="INR",
            certificate=True,
            certificate_name=t(
                "Nursery Practitioner Certificate",
                es="Certificado de Viverista",
                fr="Certificat de pépiniériste",
                pt="Certificado de Viveirista",
            ),
            modules=[
                module(
                    t("Seed", es="La semilla", fr="La graine", pt="A semente"),
                    t(
                        "Finding mother trees, collecting, cleaning and storing seed.",
                        es="Localizar árboles semilleros, recolectar, limpiar y almacenar semillas.",
                        fr="Repérer les arbres semenciers, récolter, nettoyer et conserver les graines.",
                        pt="Localizar árvores matrizes, coletar, limpar e armazenar sementes.",
                    ),
                    days(4),
                ),
                module(
                    t("Seedlings", es="Los plantones", fr="Les plants", pt="As mudas"),
                    t(
                        "Potting mix, shade, watering and hardening off.",
                        es="Sustrato, sombra, riego y endurecimiento.",
                        fr="Substrat, ombrage, arrosage et endurcissement.",
                        pt="Substrato, sombreamento, irrigação e rustificação.",
                    ),
                    days(4),
                ),
                module(
                    t(
                        "The nursery as a business",
                        es="El vivero como negocio",
                        fr="La pépinière comme entreprise",
                        pt="O viveiro como negócio",
                    ),
                    t(
                        "Costs, prices, orders and records.",
                        es="Costos, precios, pedidos y registros.",
                        fr="Coûts, prix, commandes et registres.",
                        pt="Custos, preços, pedidos e registros.",
                    ),
                    days(2),
                ),
            ],
            instructors=["Rohan Ponnappa"],
            regions=["asia"],
            sessions=[
                session(-40, mode="onsite", language="kn", **MADIKERI),
                session(12, mode="onsite", language="kn", enrol_by=4, **MADIKERI),
                session(110, mode="onsite", language="en", enrol_by=20, price="5000", **MADIKERI),
            ],
        ),
        course(
            t(
                "The Western Ghats: an introduction to a biodiversity hotspot",
                es="Los Ghats occidentales: introducción a un punto caliente de biodiversidad",
                fr="Les Ghâts occidentaux\u00a0: introduction à un point chaud de biodiversité",
                pt="Os Gates Ocidentais: introdução a um hotspot de biodiversidade",
            ),
            "western-ghats-introduction",
            summary=t(
                "A short online course on the forests, rivers, wildlife and people of the Western Ghats, for anyone about to work there.",
                es="Un breve curso en línea sobre los bosques, los ríos, la fauna y las personas de los Ghats occidentales, para quien vaya a trabajar allí.",
                fr="Une courte formation en ligne sur les forêts, les rivières, la faune et les habitants des Ghâts occidentaux, pour toute personne qui s'apprête à y travailler.",
                pt="Um curso on-line curto sobre as florestas, os rios, a fauna e as pessoas dos Gates Ocidentais, para quem vai trabalhar lá.",
            ),
            description=t(
                "Ten video lessons and readings, each under an hour, take you from the monsoon and the geology of the range to its elephants, its coffee and its conservation debates. Take them at your own pace.",
                es="Diez lecciones en video y lecturas, de menos de una hora cada una, te llevan del monzón y la geología de la cordillera a sus elefantes, su café y sus debates sobre conservación. Síguelas a tu ritmo.",
                fr="Dix leçons vidéo et lectures, de moins d'une heure chacune, vous mènent de la mousson et de la géologie de la chaîne à ses éléphants, à son café et à ses débats sur la conservation. Suivez-les à votre rythme.",
                pt="Dez aulas em vídeo e leituras, cada uma com menos de uma hora, levam você da monção e da geologia da cordilheira aos seus elefantes, ao seu café e aos seus debates sobre conservação. Faça no seu ritmo.",
            ),
            outcomes=lines(
                t(
                    "Explain why the Western Ghats are so rich in species",
                    es="Explicar por qué los Ghats occidentales son tan ricos en especies",
                    fr="Expliquer pourquoi les Ghâts occidentaux sont si riches en espèces",
                    pt="Explicar por que os Gates Ocidentais são tão ricos em espécies",
                ),
                t(
                    "Describe the main land uses and who depends on them",
                    es="Describir los principales usos del suelo y quién depende de ellos",
                    fr="Décrire les principaux usages des terres et qui en dépend",
                    pt="Descrever os principais usos do solo e quem depende deles",
                ),
                t(
                    "Find the main conservation actors and sources of data",
                    es="Localizar a los principales actores de la conservación y las fuentes de datos",
                    fr="Repérer les principaux acteurs de la conservation et les sources de données",
                    pt="Identificar os principais atores da conservação e as fontes de dados",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["biodiversity-conservation"],
            sdgs=[15, 4],
            landscapes=["kodagu-coffee-hills"],
            languages=["en", "hi"],
            workload_hours=10,
            length_weeks=2,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t(
                        "The range and its monsoon",
                        es="La cordillera y su monzón",
                        fr="La chaîne et sa mousson",
                        pt="A cordilheira e sua monção",
                    ),
                    t(
                        "Geology, climate and rivers.",
                        es="Geología, clima y ríos.",
                        fr="Géologie, climat et rivières.",
                        pt="Geologia, clima e rios.",
                    ),
                    hours(2),
                ),
                module(
                    t(
                        "Forests and wildlife",
                        es="Bosques y fauna",
                        fr="Forêts et faune",
                        pt="Florestas e fauna",
                    ),
                    t(
                        "Evergreen forests, grasslands, elephants and endemic species.",
                        es="Bosques siempreverdes, pastizales, elefantes y especies endémicas.",
                        fr="Forêts sempervirentes, prairies, éléphants et espèces endémiques.",
                        pt="Florestas perenifólias, campos, elefantes e espécies endêmicas.",
                    ),
                    hours(4),
                ),
                module(
                    t(
                        "People and land use",
                        es="Personas y uso del suelo",
                        fr="Habitants et usages des terres",
                        pt="Pessoas e uso do solo",
                    ),
                    t(
                        "Coffee, tea, villages and the debates over protection.",
                        es="Café, té, aldeas y los debates sobre la protección.",
                        fr="Café, thé, villages et débats sur la protection.",
                        pt="Café, chá, aldeias e os debates sobre a proteção.",
                    ),
                    hours(4),
                ),
            ],
            instructors=["Meera Iyer", "Ananya Krishnan"],
            regions=["asia"],
            video=True,
            sessions=[self_paced("en"), self_paced("hi")],
        ),
    ],
}

PUNO = {"time_zone": "America/Lima", "country": "PE", "place": "Puno"}
JULIACA = {**PUNO, "place": "Juliaca, Puno"}
ILAVE = {**PUNO, "place": "Ilave, Puno"}
COPACABANA = {"time_zone": "America/La_Paz", "country": "BO", "place": "Copacabana, La Paz"}

ANDEAN = {
    "title": "Andean Highlands Research Institute",
    "slug": "andean-highlands-research-institute",
    "organisation": "andean-highlands-research-institute",
    "intro": t(
        "The institute shares what it learns with farmers, students and officials through courses in Spanish, taught in Puno and online.",
        es="El instituto comparte lo que aprende con agricultores, estudiantes y funcionarios mediante cursos en español, impartidos en Puno y en línea.",
        fr="L'institut partage ce qu'il apprend avec les agriculteurs, les étudiants et les fonctionnaires par des formations en espagnol, données à Puno et en ligne.",
        pt="O instituto compartilha o que aprende com agricultores, estudantes e servidores públicos por meio de cursos em espanhol, ministrados em Puno e on-line.",
    ),
    "courses": [
        course(
            t(
                "Community weather stations: set-up, care and use",
                es="Estaciones meteorológicas comunitarias: instalación, cuidado y uso",
                fr="Stations météo communautaires\u00a0: installation, entretien et usage",
                pt="Estações meteorológicas comunitárias: instalação, manutenção e uso",
            ),
            "community-weather-stations",
            summary=t(
                "Install a low-cost weather station with your community, keep it running and turn its data into frost and drought warnings.",
                es="Instala una estación meteorológica de bajo costo con tu comunidad, mantenla en marcha y convierte sus datos en alertas de heladas y sequías.",
                fr="Installez une station météo à bas coût avec votre communauté, maintenez-la en service et tirez de ses données des alertes au gel et à la sécheresse.",
                pt="Instale uma estação meteorológica de baixo custo com sua comunidade, mantenha-a funcionando e transforme seus dados em alertas de geada e seca.",
            ),
            description=t(
                "Farmers on the Altiplano know the signs of frost, but their weather is changing. This course, taught with the institute's station network, pairs that knowledge with simple instruments and a phone message service that the community runs itself.",
                es="Los agricultores del Altiplano conocen las señales de la helada, pero su clima está cambiando. Este curso, impartido con la red de estaciones del instituto, une ese conocimiento con instrumentos sencillos y un servicio de mensajes al teléfono que gestiona la propia comunidad.",
                fr="Les agriculteurs de l'Altiplano connaissent les signes du gel, mais leur climat change. Cette formation, donnée avec le réseau de stations de l'institut, associe ce savoir à des instruments simples et à un service de messages sur téléphone que la communauté gère elle-même.",
                pt="Os agricultores do Altiplano conhecem os sinais da geada, mas o clima deles está mudando. Este curso, ministrado com a rede de estações do instituto, une esse conhecimento a instrumentos simples e a um serviço de mensagens por telefone que a própria comunidade administra.",
            ),
            outcomes=lines(
                t(
                    "Choose a site and install a weather station",
                    es="Elegir un emplazamiento e instalar una estación meteorológica",
                    fr="Choisir un site et installer une station météo",
                    pt="Escolher um local e instalar uma estação meteorológica",
                ),
                t(
                    "Check and clean the data every week",
                    es="Revisar y depurar los datos cada semana",
                    fr="Vérifier et nettoyer les données chaque semaine",
                    pt="Verificar e limpar os dados toda semana",
                ),
                t(
                    "Send frost warnings that farmers trust",
                    es="Enviar alertas de helada en las que confíen los agricultores",
                    fr="Envoyer des alertes au gel auxquelles les agriculteurs se fient",
                    pt="Enviar alertas de geada em que os agricultores confiem",
                ),
            ),
            prerequisites=t(
                "Basic use of a smartphone.",
                es="Manejo básico de un teléfono inteligente.",
                fr="Savoir se servir d'un smartphone.",
                pt="Uso básico de um smartphone.",
            ),
            level="beginner",
            themes=["climate-adaptation", "community-engagement"],
            sdgs=[13, 2],
            landscapes=["lake-titicaca-altiplano"],
            languages=["es", "qu"],
            workload_hours=24,
            length_weeks=3,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t(
                        "Instruments and siting",
                        es="Instrumentos y emplazamiento",
                        fr="Instruments et implantation",
                        pt="Instrumentos e localização",
                    ),
                    t(
                        "What each sensor measures and where to put it.",
                        es="Qué mide cada sensor y dónde colocarlo.",
                        fr="Ce que mesure chaque capteur et où le placer.",
                        pt="O que cada sensor mede e onde colocá-lo.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Data care",
                        es="Cuidado de los datos",
                        fr="Soin des données",
                        pt="Cuidado com os dados",
                    ),
                    t(
                        "Weekly checks, gaps and errors.",
                        es="Revisiones semanales, lagunas y errores.",
                        fr="Contrôles hebdomadaires, lacunes et erreurs.",
                        pt="Verificações semanais, lacunas e erros.",
                    ),
                    weeks(1),
                ),
                module(
                    t("Warnings", es="Alertas", fr="Alertes", pt="Alertas"),
                    t(
                        "Thresholds, messages and listening to feedback.",
                        es="Umbrales, mensajes y atención a las respuestas.",
                        fr="Seuils, messages et écoute des retours.",
                        pt="Limiares, mensagens e escuta do retorno.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Javier Condori Huanca"],
            regions=["latin-america"],
            image=False,
            sessions=[
                session(-120, mode="blended", language="es", **PUNO),
                # Late enrolment: the deadline is ten days after the start.
                session(-6, mode="blended", language="qu", enrol_by=-10, **PUNO),
                session(38, mode="blended", language="es", enrol_by=7, **JULIACA),
            ],
        ),
        course(
            t(
                "Climate risk and adaptation planning for mountain landscapes",
                es="Riesgo climático y planificación de la adaptación en paisajes de montaña",
                fr="Risque climatique et planification de l'adaptation dans les paysages de montagne",
                pt="Risco climático e planejamento da adaptação em paisagens de montanha",
            ),
            "mountain-climate-adaptation",
            summary=t(
                "An advanced online course on assessing climate risk in high mountains and building an adaptation plan that a landscape partnership can carry out.",
                es="Un curso avanzado en línea para evaluar el riesgo climático en la alta montaña y elaborar un plan de adaptación que una alianza de paisaje pueda llevar a cabo.",
                fr="Une formation en ligne de niveau avancé pour évaluer le risque climatique en haute montagne et bâtir un plan d'adaptation qu'un partenariat de paysage peut mettre en œuvre.",
                pt="Um curso on-line avançado para avaliar o risco climático na alta montanha e elaborar um plano de adaptação que uma parceria de paisagem possa executar.",
            ),
            description=t(
                "Glaciers are shrinking, rains are less reliable and frost comes at new times. Working on case studies from Peru and Bolivia, you combine climate projections with local knowledge, weigh adaptation options and write a plan with costs, owners and indicators.",
                es="Los glaciares retroceden, las lluvias son menos fiables y las heladas llegan en fechas nuevas. A partir de casos de Perú y Bolivia, combinarás proyecciones climáticas con conocimiento local, sopesarás opciones de adaptación y redactarás un plan con costos, responsables e indicadores.",
                fr="Les glaciers reculent, les pluies sont moins régulières et le gel arrive à de nouvelles dates. À partir d'études de cas du Pérou et de Bolivie, vous croisez projections climatiques et savoirs locaux, pesez les options d'adaptation et rédigez un plan avec coûts, responsables et indicateurs.",
                pt="As geleiras recuam, as chuvas são menos confiáveis e as geadas chegam em novas épocas. A partir de estudos de caso do Peru e da Bolívia, você combina projeções climáticas com conhecimento local, avalia opções de adaptação e redige um plano com custos, responsáveis e indicadores.",
            ),
            outcomes=lines(
                t(
                    "Read and explain downscaled climate projections",
                    es="Leer y explicar proyecciones climáticas regionalizadas",
                    fr="Lire et expliquer des projections climatiques régionalisées",
                    pt="Ler e explicar projeções climáticas regionalizadas",
                ),
                t(
                    "Assess the climate risks of a landscape with its people",
                    es="Evaluar los riesgos climáticos de un paisaje con su gente",
                    fr="Évaluer les risques climatiques d'un paysage avec ses habitants",
                    pt="Avaliar os riscos climáticos de uma paisagem com sua população",
                ),
                t(
                    "Write an adaptation plan with costs and indicators",
                    es="Redactar un plan de adaptación con costos e indicadores",
                    fr="Rédiger un plan d'adaptation chiffré et doté d'indicateurs",
                    pt="Redigir um plano de adaptação com custos e indicadores",
                ),
            ),
            prerequisites=t(
                "A degree in a related field or several years of work on climate or natural resources.",
                es="Una titulación en un campo afín o varios años de trabajo en clima o recursos naturales.",
                fr="Un diplôme dans un domaine voisin ou plusieurs années d'expérience sur le climat ou les ressources naturelles.",
                pt="Um diploma em área afim ou vários anos de trabalho com clima ou recursos naturais.",
            ),
            level="advanced",
            themes=["climate-adaptation", "water-management", "governance-policy"],
            sdgs=[13, 6, 17],
            landscapes=["lake-titicaca-altiplano"],
            languages=["es", "en"],
            workload_hours=80,
            length_weeks=10,
            cost="paid",
            price="450",
            currency="USD",
            certificate=True,
            certificate_name=t(
                "Diploma in Mountain Climate Adaptation",
                es="Diploma en Adaptación Climática de Montaña",
                fr="Diplôme en adaptation climatique en montagne",
                pt="Diploma em Adaptação Climática de Montanha",
            ),
            modules=[
                module(
                    t(
                        "Mountain climate and its changes",
                        es="El clima de montaña y sus cambios",
                        fr="Le climat de montagne et ses évolutions",
                        pt="O clima de montanha e suas mudanças",
                    ),
                    t(
                        "Glaciers, rainfall and frost in the observations and projections.",
                        es="Glaciares, lluvias y heladas en las observaciones y las proyecciones.",
                        fr="Glaciers, pluies et gel dans les observations et les projections.",
                        pt="Geleiras, chuvas e geadas nas observações e nas projeções.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Risk with local knowledge",
                        es="El riesgo con el conocimiento local",
                        fr="Le risque avec les savoirs locaux",
                        pt="O risco com o conhecimento local",
                    ),
                    t(
                        "Combining data with farmers' indicators and memories.",
                        es="Combinar los datos con los indicadores y la memoria de los agricultores.",
                        fr="Croiser les données avec les indicateurs et la mémoire des agriculteurs.",
                        pt="Combinar os dados com os indicadores e a memória dos agricultores.",
                    ),
                    weeks(3),
                ),
                module(
                    t(
                        "Adaptation options",
                        es="Opciones de adaptación",
                        fr="Options d'adaptation",
                        pt="Opções de adaptação",
                    ),
                    t(
                        "Water harvesting, crop diversity, insurance and their trade-offs.",
                        es="Cosecha de agua, diversidad de cultivos, seguros y sus contrapartidas.",
                        fr="Collecte de l'eau, diversité des cultures, assurance et leurs arbitrages.",
                        pt="Captação de água, diversidade de cultivos, seguros e suas contrapartidas.",
                    ),
                    weeks(3),
                ),
                module(
                    t("The plan", es="El plan", fr="Le plan", pt="O plano"),
                    t(
                        "Costs, owners, indicators and review.",
                        es="Costos, responsables, indicadores y revisión.",
                        fr="Coûts, responsables, indicateurs et révision.",
                        pt="Custos, responsáveis, indicadores e revisão.",
                    ),
                    weeks(2),
                ),
            ],
            instructors=["Javier Condori Huanca", "Rosa Quispe Mamani"],
            regions=["latin-america"],
            sessions=[
                session(-200, mode="online", language="es", time_zone="America/Lima"),
                session(-30, mode="online", language="es", time_zone="America/Lima", enrol_by=0),
                session(
                    80, mode="online", language="en", time_zone="UTC", enrol_by=14, price="380"
                ),
            ],
        ),
        course(
            t(
                "Restoring bofedales: high Andean wetlands",
                es="Restaurar bofedales: humedales altoandinos",
                fr="Restaurer les bofedales, zones humides des hautes Andes",
                pt="Restaurar bofedales: áreas úmidas altoandinas",
            ),
            "restoring-bofedales",
            summary=t(
                "A field course on the peat wetlands that water herds and towns in the Puna: how they work, how they degrade and how communities restore them.",
                es="Un curso de campo sobre los humedales de turba que dan agua a rebaños y pueblos en la Puna: cómo funcionan, cómo se degradan y cómo los restauran las comunidades.",
                fr="Une formation de terrain sur les tourbières qui abreuvent troupeaux et villages dans la Puna\u00a0: leur fonctionnement, leur dégradation et leur restauration par les communautés.",
                pt="Um curso de campo sobre as turfeiras que dão água a rebanhos e povoados na Puna: como funcionam, como se degradam e como as comunidades as restauram.",
            ),
            description=t(
                "Bofedales store water, carbon and forage, and the alpaca herders of the Puna have managed them for centuries with small canals. Five days in the field near Puno cover their hydrology, grazing plans and the low-cost works that bring water back to dried-out patches.",
                es="Los bofedales almacenan agua, carbono y forraje, y los pastores de alpacas de la Puna los manejan desde hace siglos con pequeños canales. Cinco días de campo cerca de Puno abordan su hidrología, los planes de pastoreo y las obras de bajo costo que devuelven el agua a las zonas secas.",
                fr="Les bofedales stockent de l'eau, du carbone et du fourrage, et les éleveurs d'alpagas de la Puna les gèrent depuis des siècles avec de petits canaux. Cinq jours de terrain près de Puno abordent leur hydrologie, les plans de pâturage et les travaux peu coûteux qui ramènent l'eau dans les parties asséchées.",
                pt="Os bofedales armazenam água, carbono e forragem, e os pastores de alpacas da Puna os manejam há séculos com pequenos canais. Cinco dias de campo perto de Puno tratam da sua hidrologia, dos planos de pastoreio e das obras de baixo custo que trazem a água de volta às áreas secas.",
            ),
            outcomes=lines(
                t(
                    "Describe how water moves through a bofedal",
                    es="Describir cómo circula el agua en un bofedal",
                    fr="Décrire comment l'eau circule dans un bofedal",
                    pt="Descrever como a água circula num bofedal",
                ),
                t(
                    "Recognise the signs of degradation",
                    es="Reconocer las señales de degradación",
                    fr="Reconnaître les signes de dégradation",
                    pt="Reconhecer os sinais de degradação",
                ),
                t(
                    "Plan simple rewetting works with herders",
                    es="Planificar con los pastores obras sencillas de rehumectación",
                    fr="Planifier avec les éleveurs des travaux simples de remise en eau",
                    pt="Planejar com os pastores obras simples de reumidificação",
                ),
            ),
            prerequisites=t(
                "Good health for fieldwork above 4,000 metres.",
                es="Buena salud para trabajar en el campo a más de 4.000 metros.",
                fr="Une bonne santé pour travailler sur le terrain au-delà de 4 000 mètres.",
                pt="Boa saúde para trabalho de campo acima de 4.000 metros.",
            ),
            level="intermediate",
            themes=["ecosystem-restoration", "water-management"],
            sdgs=[6, 15, 13],
            landscapes=["lake-titicaca-altiplano"],
            languages=["es"],
            workload_hours=45,
            length_weeks=1,
            cost="paid",
            price="900",
            currency="PEN",
            certificate=True,
            modules=[
                module(
                    t(
                        "Hydrology of bofedales",
                        es="Hidrología de los bofedales",
                        fr="Hydrologie des bofedales",
                        pt="Hidrologia dos bofedales",
                    ),
                    t(
                        "Springs, peat and the herders' canals.",
                        es="Manantiales, turba y los canales de los pastores.",
                        fr="Sources, tourbe et canaux des éleveurs.",
                        pt="Nascentes, turfa e os canais dos pastores.",
                    ),
                    days(2),
                ),
                module(
                    t(
                        "Restoration works",
                        es="Obras de restauración",
                        fr="Travaux de restauration",
                        pt="Obras de restauração",
                    ),
                    t(
                        "Rewetting, resting and reseeding, planned with the community.",
                        es="Rehumectación, descanso y resiembra, planificados con la comunidad.",
                        fr="Remise en eau, mise au repos et ressemis, planifiés avec la communauté.",
                        pt="Reumidificação, descanso e ressemeadura, planejados com a comunidade.",
                    ),
                    days(3),
                ),
            ],
            instructors=["Javier Condori Huanca", "Hilda Mamani Ccori"],
            regions=["latin-america"],
            sessions=[
                session(-300, mode="onsite", language="es", **PUNO),
                session(-95, mode="onsite", language="es", **COPACABANA),
                session(52, mode="onsite", language="es", enrol_by=14, own_link=True, **PUNO),
            ],
        ),
        course(
            t(
                "Open data for landscape research",
                es="Datos abiertos para la investigación del paisaje",
                fr="Données ouvertes pour la recherche sur les paysages",
                pt="Dados abertos para a pesquisa da paisagem",
            ),
            "open-data-landscape-research",
            summary=t(
                "Publish field data so that others can find, trust and reuse it: formats, metadata, licences and the ethics of data about communities.",
                es="Publica datos de campo para que otros puedan encontrarlos, confiar en ellos y reutilizarlos: formatos, metadatos, licencias y la ética de los datos sobre comunidades.",
                fr="Publiez vos données de terrain pour que d'autres puissent les trouver, s'y fier et les réutiliser\u00a0: formats, métadonnées, licences et éthique des données sur les communautés.",
                pt="Publique dados de campo para que outros possam encontrá-los, confiar neles e reutilizá-los: formatos, metadados, licenças e a ética dos dados sobre comunidades.",
            ),
            description=t(
                "The institute publishes all its weather and trial data openly. This self-paced course shares how, with exercises on your own data set and a section on the consent of the communities who helped collect it.",
                es="El instituto publica en abierto todos sus datos meteorológicos y de ensayos. Este curso a tu ritmo explica cómo, con ejercicios sobre tu propio conjunto de datos y una sección sobre el consentimiento de las comunidades que ayudaron a recogerlos.",
                fr="L'institut publie en accès libre toutes ses données météo et d'essais. Cette formation à suivre à votre rythme montre comment, avec des exercices sur votre propre jeu de données et une partie sur le consentement des communautés qui ont aidé à les recueillir.",
                pt="O instituto publica abertamente todos os seus dados meteorológicos e de experimentos. Este curso no seu ritmo mostra como, com exercícios sobre seu próprio conjunto de dados e uma seção sobre o consentimento das comunidades que ajudaram a coletá-los.",
            ),
            outcomes=lines(
                t(
                    "Describe a data set with standard metadata",
                    es="Describir un conjunto de datos con metadatos estándar",
                    fr="Décrire un jeu de données avec des métadonnées standard",
                    pt="Descrever um conjunto de dados com metadados padronizados",
                ),
                t(
                    "Choose an open licence and a repository",
                    es="Elegir una licencia abierta y un repositorio",
                    fr="Choisir une licence ouverte et un entrepôt de données",
                    pt="Escolher uma licença aberta e um repositório",
                ),
                t(
                    "Agree data use with the communities concerned",
                    es="Acordar el uso de los datos con las comunidades afectadas",
                    fr="Convenir de l'usage des données avec les communautés concernées",
                    pt="Pactuar o uso dos dados com as comunidades envolvidas",
                ),
            ),
            prerequisites=t(
                "Comfortable with spreadsheets.",
                es="Soltura con las hojas de cálculo.",
                fr="Être à l'aise avec les tableurs.",
                pt="Familiaridade com planilhas.",
            ),
            level="intermediate",
            themes=["governance-policy", "community-engagement"],
            sdgs=[9, 17],
            landscapes=[],
            languages=["es", "en"],
            workload_hours=12,
            length_weeks=3,
            cost="free",
            certificate=False,
            modules=[
                module(
                    t(
                        "Tidy data and formats",
                        es="Datos ordenados y formatos",
                        fr="Données bien rangées et formats",
                        pt="Dados organizados e formatos",
                    ),
                    t(
                        "Tables, units and files that last.",
                        es="Tablas, unidades y archivos que perduran.",
                        fr="Tableaux, unités et fichiers qui durent.",
                        pt="Tabelas, unidades e arquivos que duram.",
                    ),
                    hours(4),
                ),
                module(
                    t(
                        "Metadata and licences",
                        es="Metadatos y licencias",
                        fr="Métadonnées et licences",
                        pt="Metadados e licenças",
                    ),
                    t(
                        "Describing, licensing and depositing a data set.",
                        es="Describir, licenciar y depositar un conjunto de datos.",
                        fr="Décrire, placer sous licence et déposer un jeu de données.",
                        pt="Descrever, licenciar e depositar um conjunto de dados.",
                    ),
                    hours(4),
                ),
                module(
                    t(
                        "Data and communities",
                        es="Los datos y las comunidades",
                        fr="Les données et les communautés",
                        pt="Os dados e as comunidades",
                    ),
                    t(
                        "Consent, sensitive places and sharing results back.",
                        es="Consentimiento, lugares sensibles y devolución de resultados.",
                        fr="Consentement, lieux sensibles et restitution des résultats.",
                        pt="Consentimento, locais sensíveis e devolutiva dos resultados.",
                    ),
                    hours(4),
                ),
            ],
            instructors=["Maya Thompson", "Rosa Quispe Mamani"],
            regions=["latin-america", "africa", "asia"],
            image=False,
            sessions=[self_paced("es"), self_paced("en")],
        ),
        course(
            t(
                "Farmer-led field trials: design and soil sampling",
                es="Ensayos de campo dirigidos por agricultores: diseño y muestreo de suelos",
                fr="Essais au champ menés par les agriculteurs\u00a0: conception et échantillonnage des sols",
                pt="Experimentos de campo conduzidos por agricultores: desenho e amostragem de solo",
            ),
            "farmer-led-field-trials",
            summary=t(
                "Set up a fair comparison on a farmer's own plots, take soil samples correctly and read the results together.",
                es="Organiza una comparación justa en las propias parcelas de un agricultor, toma muestras de suelo correctamente y lee los resultados en conjunto.",
                fr="Mettez en place une comparaison équitable sur les parcelles d'un agriculteur, prélevez correctement des échantillons de sol et lisez les résultats ensemble.",
                pt="Monte uma comparação justa nas próprias parcelas de um agricultor, colete amostras de solo corretamente e leia os resultados em conjunto.",
            ),
            description=t(
                "Raised fields, new potato varieties and green manures are tested by the institute with farmer families on their own land. This course teaches the simple statistics and field habits that make such trials worth the effort.",
                es="El instituto prueba camellones, nuevas variedades de papa y abonos verdes con familias campesinas en sus propias tierras. Este curso enseña la estadística sencilla y los hábitos de campo que hacen que esos ensayos valgan la pena.",
                fr="L'institut teste des champs surélevés, de nouvelles variétés de pomme de terre et des engrais verts avec des familles paysannes sur leurs propres terres. Cette formation enseigne les statistiques simples et les habitudes de terrain qui rendent ces essais utiles.",
                pt="O instituto testa camalhões, novas variedades de batata e adubos verdes com famílias agricultoras em suas próprias terras. Este curso ensina a estatística simples e os hábitos de campo que fazem esses experimentos valerem a pena.",
            ),
            outcomes=lines(
                t(
                    "Design a paired-plot trial with replicates",
                    es="Diseñar un ensayo de parcelas pareadas con repeticiones",
                    fr="Concevoir un essai en parcelles appariées avec répétitions",
                    pt="Desenhar um experimento de parcelas pareadas com repetições",
                ),
                t(
                    "Take and label composite soil samples",
                    es="Tomar y etiquetar muestras compuestas de suelo",
                    fr="Prélever et étiqueter des échantillons composites de sol",
                    pt="Coletar e etiquetar amostras compostas de solo",
                ),
                t(
                    "Discuss results with farmers in plain words",
                    es="Comentar los resultados con los agricultores en palabras sencillas",
                    fr="Discuter des résultats avec les agriculteurs avec des mots simples",
                    pt="Discutir os resultados com os agricultores em palavras simples",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["regenerative-agriculture", "climate-adaptation"],
            sdgs=[2, 15],
            landscapes=["lake-titicaca-altiplano"],
            languages=["es", "ay"],
            workload_hours=30,
            length_weeks=4,
            cost="partially-free",
            price="150",
            currency="PEN",
            certificate=True,
            modules=[
                module(
                    t(
                        "A fair comparison",
                        es="Una comparación justa",
                        fr="Une comparaison équitable",
                        pt="Uma comparação justa",
                    ),
                    t(
                        "Plots, replicates and what to measure.",
                        es="Parcelas, repeticiones y qué medir.",
                        fr="Parcelles, répétitions et quoi mesurer.",
                        pt="Parcelas, repetições e o que medir.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Soil sampling",
                        es="Muestreo de suelos",
                        fr="Échantillonnage des sols",
                        pt="Amostragem de solo",
                    ),
                    t(
                        "Depth, mixing, labels and the trip to the laboratory.",
                        es="Profundidad, mezcla, etiquetas y el viaje al laboratorio.",
                        fr="Profondeur, mélange, étiquettes et envoi au laboratoire.",
                        pt="Profundidade, mistura, etiquetas e o envio ao laboratório.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Reading results together",
                        es="Leer los resultados juntos",
                        fr="Lire les résultats ensemble",
                        pt="Ler os resultados juntos",
                    ),
                    t(
                        "Simple charts and a field day with the families.",
                        es="Gráficos sencillos y un día de campo con las familias.",
                        fr="Graphiques simples et journée au champ avec les familles.",
                        pt="Gráficos simples e um dia de campo com as famílias.",
                    ),
                    weeks(2),
                ),
            ],
            instructors=["Rosa Quispe Mamani"],
            regions=["latin-america"],
            sessions=[
                session(-60, mode="blended", language="es", **PUNO),
                session(70, mode="blended", language="ay", enrol_by=14, **ILAVE),
            ],
        ),
    ],
}

KENYA = {"time_zone": "Africa/Nairobi", "country": "KE"}
NANYUKI = {**KENYA, "place": "Nanyuki, Laikipia"}
DOL_DOL = {**KENYA, "place": "Dol Dol, Laikipia"}

LAIKIPIA = {
    "title": "Laikipia Rangeland Field School",
    "slug": "laikipia-rangeland-field-school",
    "organisation": "laikipia-pastoralist-council",
    "intro": t(
        "The council's field school teaches herders, conservancy staff and partners on the rangelands themselves, in Swahili and English.",
        es="La escuela de campo del consejo forma a pastores, personal de las áreas de conservación y socios en los propios pastizales, en suajili e inglés.",
        fr="L'école de terrain du conseil forme éleveurs, personnel des aires de conservation et partenaires sur les parcours eux-mêmes, en swahili et en anglais.",
        pt="A escola de campo do conselho capacita pastores, equipes das áreas de conservação e parceiros nas próprias pastagens, em suaíli e inglês.",
    ),
    "courses": [
        course(
            t(
                "Planned grazing for community conservancies",
                es="Pastoreo planificado para áreas de conservación comunitarias",
                fr="Pâturage planifié pour les aires de conservation communautaires",
                pt="Pastoreio planejado para áreas de conservação comunitárias",
            ),
            "planned-grazing",
            summary=t(
                "Plan where and when herds graze across a conservancy so that grass recovers, wildlife has room and the dry season is less of a gamble.",
                es="Planifica dónde y cuándo pastan los rebaños en un área de conservación para que la hierba se recupere, la fauna tenga espacio y la estación seca sea menos incierta.",
                fr="Planifiez où et quand les troupeaux pâturent dans une aire de conservation pour que l'herbe repousse, que la faune ait sa place et que la saison sèche soit moins un pari.",
                pt="Planeje onde e quando os rebanhos pastam numa área de conservação para que o capim se recupere, a fauna tenha espaço e a estação seca seja menos incerta.",
            ),
            description=t(
                "Grazing committees in Laikipia have brought bare ground back to grass by bunching herds and moving them on a plan. The course follows one planning cycle with a real committee, from counting the grass in the wet season to agreeing the dry-season reserve.",
                es="Los comités de pastoreo de Laikipia han devuelto la hierba a suelos desnudos agrupando los rebaños y moviéndolos según un plan. El curso sigue un ciclo de planificación con un comité real, desde el recuento de la hierba en la estación de lluvias hasta el acuerdo sobre la reserva para la estación seca.",
                fr="Dans le Laikipia, des comités de pâturage ont fait revenir l'herbe sur des sols nus en regroupant les troupeaux et en les déplaçant selon un plan. La formation suit un cycle de planification avec un vrai comité, de l'estimation de l'herbe en saison des pluies à l'accord sur la réserve de saison sèche.",
                pt="Os comitês de pastoreio de Laikipia trouxeram o capim de volta a solos nus agrupando os rebanhos e movendo-os segundo um plano. O curso acompanha um ciclo de planejamento com um comitê real, da contagem do capim na estação chuvosa ao acordo sobre a reserva para a estação seca.",
            ),
            outcomes=lines(
                t(
                    "Estimate the forage in a grazing block",
                    es="Estimar el forraje de un bloque de pastoreo",
                    fr="Estimer le fourrage d'un bloc de pâturage",
                    pt="Estimar a forragem de um bloco de pastoreio",
                ),
                t(
                    "Draw up a grazing plan with a committee",
                    es="Elaborar un plan de pastoreo con un comité",
                    fr="Établir un plan de pâturage avec un comité",
                    pt="Elaborar um plano de pastoreio com um comitê",
                ),
                t(
                    "Agree and enforce a dry-season reserve",
                    es="Acordar y hacer respetar una reserva para la estación seca",
                    fr="Convenir d'une réserve de saison sèche et la faire respecter",
                    pt="Pactuar e fazer respeitar uma reserva para a estação seca",
                ),
            ),
            prerequisites=t(
                "Experience of livestock keeping or work with a conservancy.",
                es="Experiencia en ganadería o trabajo con un área de conservación.",
                fr="Une expérience de l'élevage ou du travail avec une aire de conservation.",
                pt="Experiência com criação de gado ou trabalho com uma área de conservação.",
            ),
            level="intermediate",
            themes=["ecosystem-restoration", "community-engagement", "climate-adaptation"],
            sdgs=[15, 1, 13],
            landscapes=["laikipia-rangelands"],
            languages=["sw", "en"],
            workload_hours=40,
            length_weeks=4,
            cost="partially-free",
            price="5000",
            currency="KES",
            certificate=True,
            certificate_name=t(
                "Certificate in Planned Grazing",
                es="Certificado en Pastoreo Planificado",
                fr="Certificat en pâturage planifié",
                pt="Certificado em Pastoreio Planejado",
            ),
            modules=[
                module(
                    t(
                        "Grass and herds",
                        es="Hierba y rebaños",
                        fr="L'herbe et les troupeaux",
                        pt="Capim e rebanhos",
                    ),
                    t(
                        "How grazing, rest and trampling shape the rangeland.",
                        es="Cómo el pastoreo, el descanso y el pisoteo dan forma al pastizal.",
                        fr="Comment pâturage, repos et piétinement façonnent le parcours.",
                        pt="Como o pastoreio, o descanso e o pisoteio moldam a pastagem.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "The grazing plan",
                        es="El plan de pastoreo",
                        fr="Le plan de pâturage",
                        pt="O plano de pastoreio",
                    ),
                    t(
                        "Blocks, moves and the dry-season reserve.",
                        es="Bloques, movimientos y la reserva para la estación seca.",
                        fr="Blocs, déplacements et réserve de saison sèche.",
                        pt="Blocos, deslocamentos e a reserva para a estação seca.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Rules and bylaws",
                        es="Normas y reglamentos",
                        fr="Règles et règlements",
                        pt="Regras e regimentos",
                    ),
                    t(
                        "Making the plan stick, fairly.",
                        es="Hacer que el plan se cumpla, con equidad.",
                        fr="Faire respecter le plan, équitablement.",
                        pt="Fazer o plano valer, com justiça.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Wanjiru Kamau", "Joseph Lekaldero"],
            regions=["africa"],
            video=True,
            sessions=[
                session(-140, mode="onsite", language="sw", **NANYUKI),
                session(-12, mode="blended", language="en", enrol_by=7, **NANYUKI),
                session(120, mode="onsite", language="sw", enrol_by=30, **DOL_DOL),
            ],
        ),
        course(
            t(
                "Rangeland monitoring with mobile phones",
                es="Seguimiento de pastizales con teléfonos celulares",
                fr="Suivi des parcours avec un téléphone portable",
                pt="Monitoramento de pastagens com celulares",
            ),
            "rangeland-monitoring-phones",
            summary=t(
                "Record grass cover, bare ground and livestock numbers with a free app, and turn the records into maps the grazing committee can use.",
                es="Registra la cobertura de hierba, el suelo desnudo y el número de cabezas de ganado con una aplicación gratuita, y convierte los registros en mapas útiles para el comité de pastoreo.",
                fr="Relevez la couverture herbacée, les sols nus et les effectifs de bétail avec une application gratuite, et tirez-en des cartes utiles au comité de pâturage.",
                pt="Registre a cobertura de capim, o solo exposto e o número de animais com um aplicativo gratuito, e transforme os registros em mapas úteis para o comitê de pastoreio.",
            ),
            description=t(
                "Young scouts in the conservancies now collect monitoring data on their phones. The course trains them and their supervisors in a simple protocol, in checking the data and in presenting it at community meetings.",
                es="Los jóvenes exploradores de las áreas de conservación recogen ahora los datos de seguimiento con sus teléfonos. El curso los forma, junto con sus supervisores, en un protocolo sencillo, en la revisión de los datos y en su presentación en las reuniones comunitarias.",
                fr="Les jeunes éclaireurs des aires de conservation recueillent désormais les données de suivi sur leur téléphone. La formation les initie, avec leurs encadrants, à un protocole simple, à la vérification des données et à leur présentation en réunion communautaire.",
                pt="Os jovens batedores das áreas de conservação agora coletam os dados de monitoramento no celular. O curso os capacita, junto com seus supervisores, num protocolo simples, na verificação dos dados e na apresentação deles nas reuniões comunitárias.",
            ),
            outcomes=lines(
                t(
                    "Follow a monitoring protocol at fixed points",
                    es="Seguir un protocolo de seguimiento en puntos fijos",
                    fr="Suivre un protocole de suivi sur des points fixes",
                    pt="Seguir um protocolo de monitoramento em pontos fixos",
                ),
                t(
                    "Check records for mistakes before they are sent",
                    es="Revisar los registros en busca de errores antes de enviarlos",
                    fr="Repérer les erreurs dans les relevés avant leur envoi",
                    pt="Verificar erros nos registros antes do envio",
                ),
                t(
                    "Present a season's results on a map",
                    es="Presentar en un mapa los resultados de una estación",
                    fr="Présenter sur une carte les résultats d'une saison",
                    pt="Apresentar num mapa os resultados de uma estação",
                ),
            ),
            prerequisites=t(
                "An Android phone; the course lends phones to those without one.",
                es="Un teléfono Android; el curso presta teléfonos a quien no tenga.",
                fr="Un téléphone Android\u00a0; la formation en prête à celles et ceux qui n'en ont pas.",
                pt="Um celular Android; o curso empresta aparelhos a quem não tiver.",
            ),
            level="beginner",
            themes=["community-engagement", "ecosystem-restoration"],
            sdgs=[15, 4, 9],
            landscapes=["laikipia-rangelands"],
            languages=["sw", "en"],
            workload_hours=20,
            length_weeks=2,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t("The protocol", es="El protocolo", fr="Le protocole", pt="O protocolo"),
                    t(
                        "Fixed points, photos and what to record.",
                        es="Puntos fijos, fotos y qué registrar.",
                        fr="Points fixes, photos et quoi relever.",
                        pt="Pontos fixos, fotos e o que registrar.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "From records to maps",
                        es="De los registros a los mapas",
                        fr="Des relevés aux cartes",
                        pt="Dos registros aos mapas",
                    ),
                    t(
                        "Checking, mapping and presenting the results.",
                        es="Revisar, cartografiar y presentar los resultados.",
                        fr="Vérifier, cartographier et présenter les résultats.",
                        pt="Verificar, mapear e apresentar os resultados.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Maya Thompson", "Wanjiru Kamau"],
            regions=["africa"],
            image=False,
            sessions=[
                session(-45, mode="onsite", language="sw", **NANYUKI),
                session(9, mode="onsite", language="sw", enrol_by=3, **DOL_DOL),
                session(40, mode="blended", language="en", enrol_by=10, **NANYUKI),
            ],
        ),
        course(
            t(
                "Living with wildlife: reducing human-wildlife conflict",
                es="Convivir con la fauna: reducir los conflictos entre personas y fauna silvestre",
                fr="Vivre avec la faune\u00a0: réduire les conflits entre humains et faune sauvage",
                pt="Conviver com a fauna: reduzir os conflitos entre pessoas e fauna silvestre",
            ),
            "living-with-wildlife",
            summary=t(
                "Practical measures against crop raiding and livestock losses, from predator-proof bomas to early warning networks, and how compensation schemes can work.",
                es="Medidas prácticas contra los daños a los cultivos y las pérdidas de ganado, desde corrales a prueba de depredadores hasta redes de alerta temprana, y cómo pueden funcionar los sistemas de compensación.",
                fr="Des mesures concrètes contre les dégâts aux cultures et les pertes de bétail, des enclos à l'épreuve des prédateurs aux réseaux d'alerte précoce, et comment les dispositifs d'indemnisation peuvent fonctionner.",
                pt="Medidas práticas contra danos às lavouras e perdas de gado, de currais à prova de predadores a redes de alerta precoce, e como os esquemas de compensação podem funcionar.",
            ),
            description=t(
                "Elephants, lions and people share the Laikipia plateau. Conservancy managers and herders teach what has worked for them, and what has not, in a week of visits to farms, bomas and scout posts.",
                es="Elefantes, leones y personas comparten la meseta de Laikipia. Gestores de áreas de conservación y pastores enseñan lo que les ha funcionado, y lo que no, en una semana de visitas a fincas, corrales y puestos de exploradores.",
                fr="Éléphants, lions et humains partagent le plateau de Laikipia. Des gestionnaires d'aires de conservation et des éleveurs transmettent ce qui a marché pour eux, et ce qui n'a pas marché, pendant une semaine de visites de fermes, d'enclos et de postes d'éclaireurs.",
                pt="Elefantes, leões e pessoas dividem o planalto de Laikipia. Gestores de áreas de conservação e pastores ensinam o que funcionou para eles, e o que não funcionou, numa semana de visitas a propriedades, currais e postos de batedores.",
            ),
            outcomes=lines(
                t(
                    "Choose deterrents suited to the species and the place",
                    es="Elegir medidas disuasorias adecuadas a la especie y al lugar",
                    fr="Choisir des moyens de dissuasion adaptés à l'espèce et au lieu",
                    pt="Escolher medidas de dissuasão adequadas à espécie e ao lugar",
                ),
                t(
                    "Set up a community early warning network",
                    es="Organizar una red comunitaria de alerta temprana",
                    fr="Mettre en place un réseau communautaire d'alerte précoce",
                    pt="Montar uma rede comunitária de alerta precoce",
                ),
                t(
                    "Judge the strengths and weaknesses of compensation schemes",
                    es="Valorar los puntos fuertes y débiles de los sistemas de compensación",
                    fr="Juger les forces et les faiblesses des dispositifs d'indemnisation",
                    pt="Avaliar os pontos fortes e fracos dos esquemas de compensação",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["biodiversity-conservation", "community-engagement"],
            sdgs=[15, 1],
            landscapes=["laikipia-rangelands"],
            languages=["en", "sw"],
            workload_hours=40,
            length_weeks=1,
            cost="paid",
            price="15000",
            currency="KES",
            certificate=False,
            modules=[
                module(
                    t(
                        "Knowing the animals",
                        es="Conocer a los animales",
                        fr="Connaître les animaux",
                        pt="Conhecer os animais",
                    ),
                    t(
                        "Why elephants raid crops and lions take cattle.",
                        es="Por qué los elefantes asaltan los cultivos y los leones atacan el ganado.",
                        fr="Pourquoi les éléphants pillent les cultures et les lions s'en prennent au bétail.",
                        pt="Por que os elefantes atacam as lavouras e os leões pegam o gado.",
                    ),
                    days(1),
                ),
                module(
                    t(
                        "Deterrents that work",
                        es="Medidas disuasorias que funcionan",
                        fr="Des moyens de dissuasion efficaces",
                        pt="Medidas de dissuasão que funcionam",
                    ),
                    t(
                        "Bomas, beehive fences, chilli and lights.",
                        es="Corrales, cercas de colmenas, ají y luces.",
                        fr="Enclos, clôtures de ruches, piment et lumières.",
                        pt="Currais, cercas de colmeias, pimenta e luzes.",
                    ),
                    days(2),
                ),
                module(
                    t(
                        "Warning and compensation",
                        es="Alerta y compensación",
                        fr="Alerte et indemnisation",
                        pt="Alerta e compensação",
                    ),
                    t(
                        "Scout networks, phone alerts and payment schemes.",
                        es="Redes de exploradores, avisos por teléfono y sistemas de pago.",
                        fr="Réseaux d'éclaireurs, alertes téléphoniques et dispositifs de paiement.",
                        pt="Redes de batedores, avisos por telefone e esquemas de pagamento.",
                    ),
                    days(2),
                ),
            ],
            instructors=["Joseph Lekaldero", "Grace Nyambura"],
            regions=["africa"],
            sessions=[
                # No next session yet: the catalog lists the course as archived.
                session(-180, mode="onsite", language="en", **NANYUKI),
                session(-20, mode="onsite", language="en", **NANYUKI),
            ],
        ),
        course(
            t(
                "Governing a community conservancy",
                es="Gobernar un área de conservación comunitaria",
                fr="Gouverner une aire de conservation communautaire",
                pt="Governar uma área de conservação comunitária",
            ),
            "governing-a-conservancy",
            summary=t(
                "Boards, bylaws, benefit sharing and accountability: what makes a community conservancy trusted by its members and its partners.",
                es="Juntas directivas, estatutos, reparto de beneficios y rendición de cuentas: lo que hace que un área de conservación comunitaria goce de la confianza de sus miembros y sus socios.",
                fr="Conseils d'administration, statuts, partage des bénéfices et redevabilité\u00a0: ce qui vaut à une aire de conservation communautaire la confiance de ses membres et de ses partenaires.",
                pt="Conselhos, estatutos, repartição de benefícios e prestação de contas: o que faz uma área de conservação comunitária ganhar a confiança de seus membros e parceiros.",
            ),
            description=t(
                "Written with the council's member conservancies, this online course works through real disputes and decisions. Each week ends with a live discussion with a conservancy board member.",
                es="Elaborado con las áreas de conservación miembros del consejo, este curso en línea analiza conflictos y decisiones reales. Cada semana termina con un debate en vivo con un miembro de la junta de un área de conservación.",
                fr="Conçue avec les aires de conservation membres du conseil, cette formation en ligne s'appuie sur des différends et des décisions réels. Chaque semaine se termine par un échange en direct avec un membre du conseil d'une aire de conservation.",
                pt="Elaborado com as áreas de conservação associadas ao conselho, este curso on-line analisa disputas e decisões reais. Cada semana termina com uma conversa ao vivo com um membro do conselho de uma área de conservação.",
            ),
            outcomes=lines(
                t(
                    "Explain the roles of the board, the manager and the members",
                    es="Explicar las funciones de la junta, el gerente y los miembros",
                    fr="Expliquer les rôles du conseil, du gestionnaire et des membres",
                    pt="Explicar os papéis do conselho, do gestor e dos membros",
                ),
                t(
                    "Draft fair rules for sharing conservancy income",
                    es="Redactar normas justas para repartir los ingresos del área de conservación",
                    fr="Rédiger des règles équitables de partage des revenus de l'aire de conservation",
                    pt="Redigir regras justas para repartir a renda da área de conservação",
                ),
                t(
                    "Prepare a simple annual report for members and donors",
                    es="Preparar un informe anual sencillo para los miembros y los donantes",
                    fr="Préparer un rapport annuel simple pour les membres et les bailleurs de fonds",
                    pt="Preparar um relatório anual simples para membros e doadores",
                ),
            ),
            prerequisites=t(
                "Membership of a board or committee, or work supporting one.",
                es="Formar parte de una junta o un comité, o trabajar en su apoyo.",
                fr="Siéger dans un conseil ou un comité, ou travailler à son appui.",
                pt="Fazer parte de um conselho ou comitê, ou trabalhar no apoio a um.",
            ),
            level="intermediate",
            themes=["governance-policy", "community-engagement"],
            sdgs=[16, 5, 15],
            landscapes=["laikipia-rangelands"],
            languages=["en", "sw"],
            workload_hours=24,
            length_weeks=6,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t("Who decides", es="Quién decide", fr="Qui décide", pt="Quem decide"),
                    t(
                        "Boards, assemblies and managers.",
                        es="Juntas, asambleas y gerentes.",
                        fr="Conseils, assemblées et gestionnaires.",
                        pt="Conselhos, assembleias e gestores.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Money and benefits",
                        es="Dinero y beneficios",
                        fr="Argent et bénéfices",
                        pt="Dinheiro e benefícios",
                    ),
                    t(
                        "Income, budgets and benefit sharing.",
                        es="Ingresos, presupuestos y reparto de beneficios.",
                        fr="Revenus, budgets et partage des bénéfices.",
                        pt="Receitas, orçamentos e repartição de benefícios.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Accountability",
                        es="Rendición de cuentas",
                        fr="Redevabilité",
                        pt="Prestação de contas",
                    ),
                    t(
                        "Reports, audits and handling complaints.",
                        es="Informes, auditorías y gestión de quejas.",
                        fr="Rapports, audits et traitement des plaintes.",
                        pt="Relatórios, auditorias e tratamento de reclamações.",
                    ),
                    weeks(2),
                ),
            ],
            instructors=["Samuel Kiprotich", "Joseph Lekaldero"],
            regions=["africa"],
            image=False,
            sessions=[
                session(-100, mode="online", language="en", time_zone="Africa/Nairobi"),
                session(
                    -25, mode="online", language="en", time_zone="Africa/Nairobi", enrol_by=-14
                ),
                session(30, mode="online", language="sw", time_zone="Africa/Nairobi", enrol_by=5),
            ],
        ),
        course(
            t(
                "Reseeding bare ground with native grasses",
                es="Resembrar suelos desnudos con pastos nativos",
                fr="Ressemer les sols nus avec des graminées indigènes",
                pt="Ressemear solos expostos com capins nativos",
            ),
            "reseeding-native-grasses",
            summary=t(
                "Harvest and store native grass seed, break capped soil and reseed bare patches so that they hold rain and feed herds again.",
                es="Cosecha y almacena semillas de pastos nativos, rompe la costra del suelo y resiembra las zonas desnudas para que vuelvan a retener la lluvia y alimentar a los rebaños.",
                fr="Récoltez et conservez des graines de graminées indigènes, cassez la croûte du sol et ressemez les zones nues pour qu'elles retiennent à nouveau la pluie et nourrissent les troupeaux.",
                pt="Colha e armazene sementes de capins nativos, rompa a crosta do solo e ressemeie as áreas expostas para que voltem a reter a chuva e alimentar os rebanhos.",
            ),
            description=t(
                "Women's groups in Laikipia run grass seed banks that supply restoration across the plateau and earn an income. The course is taught at one of their plots at the start of the rains, when reseeding works best.",
                es="Grupos de mujeres de Laikipia gestionan bancos de semillas de pastos que abastecen la restauración en toda la meseta y les aportan ingresos. El curso se imparte en una de sus parcelas al inicio de las lluvias, cuando mejor funciona la resiembra.",
                fr="Des groupes de femmes du Laikipia gèrent des banques de semences de graminées qui approvisionnent la restauration sur tout le plateau et leur procurent un revenu. La formation a lieu sur l'une de leurs parcelles au début des pluies, quand le ressemis réussit le mieux.",
                pt="Grupos de mulheres de Laikipia mantêm bancos de sementes de capim que abastecem a restauração em todo o planalto e lhes dão renda. O curso é ministrado numa de suas parcelas no início das chuvas, quando a ressemeadura funciona melhor.",
            ),
            outcomes=lines(
                t(
                    "Harvest, dry and store grass seed",
                    es="Cosechar, secar y almacenar semillas de pastos",
                    fr="Récolter, sécher et conserver des graines de graminées",
                    pt="Colher, secar e armazenar sementes de capim",
                ),
                t(
                    "Prepare capped soil for sowing",
                    es="Preparar para la siembra un suelo encostrado",
                    fr="Préparer un sol encroûté pour le semis",
                    pt="Preparar um solo encrostado para a semeadura",
                ),
                t(
                    "Run a seed bank as a group business",
                    es="Gestionar un banco de semillas como negocio colectivo",
                    fr="Gérer une banque de semences comme une activité de groupe",
                    pt="Gerir um banco de sementes como negócio coletivo",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["ecosystem-restoration", "livelihoods-value-chains"],
            sdgs=[15, 5, 1],
            landscapes=["laikipia-rangelands"],
            languages=["sw"],
            workload_hours=18,
            length_weeks=1,
            cost="free",
            certificate=False,
            modules=[
                module(
                    t(
                        "Grass seed",
                        es="Semillas de pastos",
                        fr="Les graines de graminées",
                        pt="Sementes de capim",
                    ),
                    t(
                        "Harvesting, drying and storing seed.",
                        es="Cosechar, secar y almacenar las semillas.",
                        fr="Récolter, sécher et conserver les graines.",
                        pt="Colher, secar e armazenar as sementes.",
                    ),
                    days(2),
                ),
                module(
                    t("Sowing", es="La siembra", fr="Le semis", pt="A semeadura"),
                    t(
                        "Breaking the crust, sowing and protecting the plot.",
                        es="Romper la costra, sembrar y proteger la parcela.",
                        fr="Casser la croûte, semer et protéger la parcelle.",
                        pt="Romper a crosta, semear e proteger a parcela.",
                    ),
                    days(2),
                ),
                module(
                    t(
                        "The seed bank",
                        es="El banco de semillas",
                        fr="La banque de semences",
                        pt="O banco de sementes",
                    ),
                    t(
                        "Records, sales and sharing the income.",
                        es="Registros, ventas y reparto de los ingresos.",
                        fr="Registres, ventes et partage des revenus.",
                        pt="Registros, vendas e repartição da renda.",
                    ),
                    days(1),
                ),
            ],
            instructors=["Wanjiru Kamau", "Achieng Otieno"],
            regions=["africa"],
            sessions=[
                session(18, mode="onsite", language="sw", enrol_by=6, **DOL_DOL),
            ],
        ),
    ],
}

BAHIA = {"time_zone": "America/Bahia", "country": "BR"}
LUIS_EDUARDO = {**BAHIA, "place": "Luís Eduardo Magalhães, Bahia"}
BARREIRAS = {**BAHIA, "place": "Barreiras, Bahia"}

CERRADO = {
    "title": "Escola do Cerrado",
    "slug": "escola-do-cerrado",
    "organisation": "western-bahia-producers-cooperative",
    "intro": t(
        "The cooperative's school trains producers, farm staff and technicians in sustainable farming and the protection of the Cerrado's native vegetation.",
        es="La escuela de la cooperativa forma a productores, personal de las fincas y técnicos en agricultura sostenible y en la protección de la vegetación nativa del Cerrado.",
        fr="L'école de la coopérative forme producteurs, salariés agricoles et techniciens à l'agriculture durable et à la protection de la végétation indigène du Cerrado.",
        pt="A escola da cooperativa capacita produtores, funcionários das fazendas e técnicos em agricultura sustentável e na proteção da vegetação nativa do Cerrado.",
    ),
    "courses": [
        course(
            t(
                "Deforestation-free sourcing: monitoring native vegetation by satellite",
                es="Abastecimiento libre de deforestación: seguimiento de la vegetación nativa por satélite",
                fr="Approvisionnement sans déforestation\u00a0: suivre la végétation indigène par satellite",
                pt="Fornecimento livre de desmatamento: monitoramento da vegetação nativa por satélite",
            ),
            "deforestation-free-sourcing",
            summary=t(
                "Use free satellite alerts and land registry maps to check that soy, cotton and beef come from farms without recent clearing.",
                es="Usa alertas satelitales gratuitas y mapas del catastro rural para comprobar que la soja, el algodón y la carne proceden de fincas sin desmontes recientes.",
                fr="Utilisez des alertes satellitaires gratuites et les cartes du cadastre rural pour vérifier que le soja, le coton et la viande proviennent d'exploitations sans défrichement récent.",
                pt="Use alertas de satélite gratuitos e os mapas do cadastro rural para verificar que a soja, o algodão e a carne vêm de fazendas sem desmatamento recente.",
            ),
            description=t(
                "Buyers in Europe and China now ask for proof that commodities are deforestation-free. The course shows producers' technicians how to build that proof from public data, and how to respond when an alert falls on a member's farm.",
                es="Los compradores de Europa y China piden ahora pruebas de que las materias primas están libres de deforestación. El curso muestra a los técnicos de los productores cómo construir esa prueba a partir de datos públicos y cómo actuar cuando una alerta cae en la finca de un socio.",
                fr="Les acheteurs d'Europe et de Chine demandent désormais la preuve que les matières premières sont sans déforestation. La formation montre aux techniciens des producteurs comment établir cette preuve à partir de données publiques, et comment réagir quand une alerte touche l'exploitation d'un membre.",
                pt="Compradores da Europa e da China agora pedem provas de que as commodities são livres de desmatamento. O curso mostra aos técnicos dos produtores como construir essa prova a partir de dados públicos e como agir quando um alerta cai na fazenda de um cooperado.",
            ),
            outcomes=lines(
                t(
                    "Overlay farm boundaries with deforestation alerts",
                    es="Superponer los límites de las fincas con las alertas de deforestación",
                    fr="Superposer les limites des exploitations et les alertes de déforestation",
                    pt="Sobrepor os limites das fazendas aos alertas de desmatamento",
                ),
                t(
                    "Tell legal clearing from illegal clearing",
                    es="Distinguir el desmonte legal del ilegal",
                    fr="Distinguer le défrichement légal du défrichement illégal",
                    pt="Distinguir o desmatamento legal do ilegal",
                ),
                t(
                    "Prepare the evidence a buyer asks for",
                    es="Preparar las pruebas que pide un comprador",
                    fr="Préparer les preuves demandées par un acheteur",
                    pt="Preparar as evidências que um comprador pede",
                ),
            ),
            prerequisites=t(
                "Basic GIS, or willingness to learn it in the first week.",
                es="Nociones de SIG, o disposición a aprenderlas en la primera semana.",
                fr="Des bases en SIG, ou l'envie de les acquérir la première semaine.",
                pt="Noções de SIG, ou disposição para aprendê-las na primeira semana.",
            ),
            level="intermediate",
            themes=["livelihoods-value-chains", "biodiversity-conservation", "governance-policy"],
            sdgs=[12, 15],
            landscapes=["western-bahia-cerrado"],
            languages=["pt", "en"],
            workload_hours=32,
            length_weeks=4,
            cost="paid",
            price="1200",
            currency="BRL",
            certificate=True,
            certificate_name=t(
                "Certificate in Deforestation-Free Supply Chains",
                es="Certificado en Cadenas de Suministro Libres de Deforestación",
                fr="Certificat en chaînes d'approvisionnement sans déforestation",
                pt="Certificado em Cadeias de Suprimento Livres de Desmatamento",
            ),
            modules=[
                module(
                    t(
                        "Data sources",
                        es="Fuentes de datos",
                        fr="Sources de données",
                        pt="Fontes de dados",
                    ),
                    t(
                        "Satellite alerts, the rural land registry and licences.",
                        es="Alertas satelitales, el catastro rural y las licencias.",
                        fr="Alertes satellitaires, cadastre rural et autorisations.",
                        pt="Alertas de satélite, o cadastro rural e as licenças.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Checking a farm",
                        es="Revisar una finca",
                        fr="Contrôler une exploitation",
                        pt="Verificar uma fazenda",
                    ),
                    t(
                        "Overlaying maps and reading the history of a field.",
                        es="Superponer mapas y leer la historia de una parcela.",
                        fr="Superposer les cartes et lire l'historique d'une parcelle.",
                        pt="Sobrepor mapas e ler o histórico de um talhão.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Responding to alerts",
                        es="Responder a las alertas",
                        fr="Répondre aux alertes",
                        pt="Responder aos alertas",
                    ),
                    t(
                        "Field checks, dialogue with the producer and reporting.",
                        es="Verificaciones en campo, diálogo con el productor e informes.",
                        fr="Vérifications sur le terrain, dialogue avec le producteur et rapports.",
                        pt="Verificações em campo, diálogo com o produtor e relatórios.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Juliana Costa", "Ana Paula Ribeiro"],
            regions=["latin-america"],
            video=True,
            sessions=[
                session(-90, mode="blended", language="pt", **LUIS_EDUARDO),
                session(-10, mode="online", language="pt", time_zone="America/Bahia", enrol_by=7),
                session(
                    28, mode="online", language="en", time_zone="UTC", enrol_by=7, price="1000"
                ),
                session(100, mode="blended", language="pt", enrol_by=20, **LUIS_EDUARDO),
            ],
        ),
        course(
            t(
                "Water-saving irrigation with centre pivots",
                es="Riego eficiente con pivotes centrales",
                fr="Une irrigation économe en eau avec les pivots centraux",
                pt="Irrigação que economiza água em pivôs centrais",
            ),
            "water-saving-irrigation",
            summary=t(
                "Schedule irrigation by soil moisture and crop need, cut water and energy use, and share the river fairly in the dry season.",
                es="Programa el riego según la humedad del suelo y la necesidad del cultivo, reduce el consumo de agua y energía y comparte el río con equidad en la estación seca.",
                fr="Pilotez l'irrigation selon l'humidité du sol et les besoins de la culture, réduisez la consommation d'eau et d'énergie, et partagez équitablement la rivière en saison sèche.",
                pt="Programe a irrigação pela umidade do solo e pela necessidade da cultura, reduza o consumo de água e energia e divida o rio com justiça na estação seca.",
            ),
            description=t(
                "Rivers in western Bahia run lower every dry season, and irrigation takes most of their water. Taught on members' farms, the course covers probes, scheduling, pivot maintenance and the basin committee's allocation rules.",
                es="Los ríos del oeste de Bahía bajan más cada estación seca, y el riego se lleva la mayor parte de su agua. Impartido en fincas de los socios, el curso trata de sondas, programación, mantenimiento de pivotes y las reglas de asignación del comité de cuenca.",
                fr="Dans l'ouest de Bahia, les rivières baissent davantage à chaque saison sèche, et l'irrigation prélève l'essentiel de leur eau. Donnée dans des exploitations de membres, la formation traite des sondes, du pilotage, de l'entretien des pivots et des règles de répartition du comité de bassin.",
                pt="Os rios do oeste da Bahia baixam mais a cada estação seca, e a irrigação leva a maior parte de sua água. Ministrado em fazendas dos cooperados, o curso trata de sondas, manejo, manutenção de pivôs e das regras de alocação do comitê de bacia.",
            ),
            outcomes=lines(
                t(
                    "Install and read soil moisture probes",
                    es="Instalar y leer sondas de humedad del suelo",
                    fr="Installer et lire des sondes d'humidité du sol",
                    pt="Instalar e ler sondas de umidade do solo",
                ),
                t(
                    "Plan irrigation from crop water needs",
                    es="Planificar el riego según las necesidades hídricas del cultivo",
                    fr="Planifier l'irrigation selon les besoins en eau de la culture",
                    pt="Planejar a irrigação pelas necessidades hídricas da cultura",
                ),
                t(
                    "Find and fix the leaks that waste water and energy",
                    es="Detectar y reparar las fugas que desperdician agua y energía",
                    fr="Repérer et réparer les fuites qui gaspillent eau et énergie",
                    pt="Encontrar e consertar os vazamentos que desperdiçam água e energia",
                ),
            ),
            prerequisites=t(
                "Work on an irrigated farm.",
                es="Trabajar en una finca de regadío.",
                fr="Travailler dans une exploitation irriguée.",
                pt="Trabalhar numa fazenda irrigada.",
            ),
            level="intermediate",
            themes=["water-management", "livelihoods-value-chains"],
            sdgs=[6, 2, 12],
            landscapes=["western-bahia-cerrado"],
            languages=["pt"],
            workload_hours=24,
            length_weeks=1,
            cost="paid",
            price="850",
            currency="BRL",
            certificate=True,
            modules=[
                module(
                    t("Soil water", es="El agua del suelo", fr="L'eau du sol", pt="A água do solo"),
                    t(
                        "How much water the soil holds and the crop uses.",
                        es="Cuánta agua retiene el suelo y cuánta usa el cultivo.",
                        fr="Combien d'eau le sol retient et la culture consomme.",
                        pt="Quanta água o solo retém e a cultura usa.",
                    ),
                    days(1),
                ),
                module(
                    t(
                        "Scheduling and maintenance",
                        es="Programación y mantenimiento",
                        fr="Pilotage et entretien",
                        pt="Manejo e manutenção",
                    ),
                    t(
                        "Probes, schedules and a pivot check-up.",
                        es="Sondas, calendarios de riego y una revisión del pivote.",
                        fr="Sondes, calendriers d'irrigation et révision du pivot.",
                        pt="Sondas, cronogramas e uma revisão do pivô.",
                    ),
                    days(2),
                ),
                module(
                    t(
                        "Sharing the river",
                        es="Compartir el río",
                        fr="Partager la rivière",
                        pt="Dividir o rio",
                    ),
                    t(
                        "Allocation rules and the basin committee.",
                        es="Reglas de asignación y el comité de cuenca.",
                        fr="Règles de répartition et comité de bassin.",
                        pt="Regras de alocação e o comitê de bacia.",
                    ),
                    days(1),
                ),
            ],
            instructors=["Rafael Oliveira Santos", "Marcos Teixeira"],
            regions=["latin-america"],
            image=False,
            sessions=[
                # No next session yet: the catalog lists the course as archived.
                session(-250, mode="onsite", language="pt", **BARREIRAS),
                session(-35, mode="onsite", language="pt", **LUIS_EDUARDO),
            ],
        ),
        course(
            t(
                "Restoring legal reserves in the Cerrado",
                es="Restaurar reservas legales en el Cerrado",
                fr="Restaurer les réserves légales du Cerrado",
                pt="Restauração de reservas legais no Cerrado",
            ),
            "restoring-legal-reserves",
            summary=t(
                "Bring a farm's legal reserve back to native Cerrado with direct seeding, natural regeneration and fire management, at a cost a producer can carry.",
                es="Devuelve la reserva legal de una finca al Cerrado nativo mediante siembra directa, regeneración natural y manejo del fuego, con un costo que un productor pueda asumir.",
                fr="Ramenez la réserve légale d'une exploitation vers le Cerrado indigène par le semis direct, la régénération naturelle et la gestion du feu, à un coût qu'un producteur peut supporter.",
                pt="Traga a reserva legal de uma fazenda de volta ao Cerrado nativo com semeadura direta, regeneração natural e manejo do fogo, a um custo que o produtor consiga bancar.",
            ),
            description=t(
                "Brazilian law asks each farm to keep part of its land under native vegetation, and many reserves in western Bahia need restoring. This course teaches the methods that work in the Cerrado, where grasses and shrubs matter as much as trees.",
                es="La ley brasileña exige que cada finca mantenga parte de su tierra con vegetación nativa, y muchas reservas del oeste de Bahía necesitan restauración. Este curso enseña los métodos que funcionan en el Cerrado, donde los pastos y los arbustos importan tanto como los árboles.",
                fr="La loi brésilienne impose à chaque exploitation de garder une partie de ses terres en végétation indigène, et beaucoup de réserves de l'ouest de Bahia sont à restaurer. Cette formation enseigne les méthodes qui marchent dans le Cerrado, où herbes et arbustes comptent autant que les arbres.",
                pt="A lei brasileira exige que cada fazenda mantenha parte de suas terras com vegetação nativa, e muitas reservas do oeste da Bahia precisam ser restauradas. Este curso ensina os métodos que funcionam no Cerrado, onde capins e arbustos importam tanto quanto as árvores.",
            ),
            outcomes=lines(
                t(
                    "Assess a reserve's potential for natural regeneration",
                    es="Evaluar el potencial de regeneración natural de una reserva",
                    fr="Évaluer le potentiel de régénération naturelle d'une réserve",
                    pt="Avaliar o potencial de regeneração natural de uma reserva",
                ),
                t(
                    "Plan direct seeding with a native seed mix",
                    es="Planificar una siembra directa con una mezcla de semillas nativas",
                    fr="Planifier un semis direct avec un mélange de semences indigènes",
                    pt="Planejar uma semeadura direta com um mix de sementes nativas",
                ),
                t(
                    "Cost a restoration project and its monitoring",
                    es="Presupuestar un proyecto de restauración y su seguimiento",
                    fr="Chiffrer un projet de restauration et son suivi",
                    pt="Orçar um projeto de restauração e seu monitoramento",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["ecosystem-restoration", "biodiversity-conservation"],
            sdgs=[15, 13],
            landscapes=["western-bahia-cerrado"],
            languages=["pt", "es"],
            workload_hours=30,
            length_weeks=5,
            cost="partially-free",
            price="400",
            currency="BRL",
            certificate=True,
            modules=[
                module(
                    t(
                        "The Cerrado and the law",
                        es="El Cerrado y la ley",
                        fr="Le Cerrado et la loi",
                        pt="O Cerrado e a lei",
                    ),
                    t(
                        "Native vegetation, legal reserves and permanent preservation areas.",
                        es="Vegetación nativa, reservas legales y áreas de preservación permanente.",
                        fr="Végétation indigène, réserves légales et zones de préservation permanente.",
                        pt="Vegetação nativa, reservas legais e áreas de preservação permanente.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Restoration methods",
                        es="Métodos de restauración",
                        fr="Méthodes de restauration",
                        pt="Métodos de restauração",
                    ),
                    t(
                        "Natural regeneration, direct seeding and planting.",
                        es="Regeneración natural, siembra directa y plantación.",
                        fr="Régénération naturelle, semis direct et plantation.",
                        pt="Regeneração natural, semeadura direta e plantio.",
                    ),
                    weeks(3),
                ),
                module(
                    t(
                        "Fire and monitoring",
                        es="Fuego y seguimiento",
                        fr="Feu et suivi",
                        pt="Fogo e monitoramento",
                    ),
                    t(
                        "Firebreaks, controlled burns and measuring progress.",
                        es="Cortafuegos, quemas controladas y medición del avance.",
                        fr="Pare-feu, brûlages dirigés et mesure des progrès.",
                        pt="Aceiros, queimas controladas e medição do progresso.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Ana Paula Ribeiro"],
            regions=["latin-america"],
            sessions=[
                session(-160, mode="blended", language="pt", **BARREIRAS),
                self_paced("pt"),
                self_paced("es"),
            ],
        ),
        course(
            t(
                "Integrated crop, livestock and forest systems",
                es="Sistemas integrados de cultivo, ganadería y bosque",
                fr="Systèmes intégrés culture-élevage-forêt",
                pt="Integração lavoura-pecuária-floresta",
            ),
            "integrated-crop-livestock-forest",
            summary=t(
                "Combine grain, pasture and trees on the same land to restore degraded pasture, spread risk and store carbon.",
                es="Combina cereales, pasto y árboles en la misma tierra para recuperar pasturas degradadas, repartir el riesgo y almacenar carbono.",
                fr="Associez céréales, prairie et arbres sur les mêmes terres pour restaurer des pâturages dégradés, répartir les risques et stocker du carbone.",
                pt="Combine grãos, pasto e árvores na mesma área para recuperar pastagens degradadas, diluir riscos e estocar carbono.",
            ),
            description=t(
                "Integrated systems are spreading fast in Brazil, but their design depends on soil, rainfall and markets. Through visits to three member farms and a planning exercise, you design a rotation for a farm you know.",
                es="Los sistemas integrados se extienden con rapidez en Brasil, pero su diseño depende del suelo, la lluvia y los mercados. A través de visitas a tres fincas de socios y un ejercicio de planificación, diseñarás una rotación para una finca que conozcas.",
                fr="Les systèmes intégrés se répandent vite au Brésil, mais leur conception dépend du sol, des pluies et des marchés. Grâce à la visite de trois exploitations de membres et à un exercice de planification, vous concevez une rotation pour une exploitation que vous connaissez.",
                pt="Os sistemas integrados se espalham rápido no Brasil, mas seu desenho depende do solo, da chuva e dos mercados. Com visitas a três fazendas de cooperados e um exercício de planejamento, você desenha uma rotação para uma fazenda que conheça.",
            ),
            outcomes=lines(
                t(
                    "Compare integration models and where each fits",
                    es="Comparar modelos de integración y dónde encaja cada uno",
                    fr="Comparer les modèles d'intégration et savoir où chacun convient",
                    pt="Comparar modelos de integração e onde cada um se encaixa",
                ),
                t(
                    "Design a rotation with tree rows",
                    es="Diseñar una rotación con hileras de árboles",
                    fr="Concevoir une rotation avec des rangées d'arbres",
                    pt="Desenhar uma rotação com renques de árvores",
                ),
                t(
                    "Estimate costs, returns and carbon over ten years",
                    es="Estimar costos, rendimientos y carbono a diez años",
                    fr="Estimer coûts, recettes et carbone sur dix ans",
                    pt="Estimar custos, retornos e carbono em dez anos",
                ),
            ),
            prerequisites=t(
                "Knowledge of grain or cattle farming.",
                es="Conocimientos de cultivo de cereales o de ganadería bovina.",
                fr="Connaître la culture des céréales ou l'élevage bovin.",
                pt="Conhecimento de produção de grãos ou de pecuária de corte.",
            ),
            level="advanced",
            themes=["regenerative-agriculture", "agroforestry", "climate-adaptation"],
            sdgs=[2, 13, 15],
            landscapes=["western-bahia-cerrado"],
            languages=["pt"],
            workload_hours=48,
            length_weeks=6,
            cost="paid",
            price="1800",
            currency="BRL",
            certificate=True,
            certificate_name=t(
                "Certificate in Integrated Systems",
                es="Certificado en Sistemas Integrados",
                fr="Certificat en systèmes intégrés",
                pt="Certificado em Sistemas Integrados",
            ),
            modules=[
                module(
                    t(
                        "Why integrate",
                        es="Por qué integrar",
                        fr="Pourquoi intégrer",
                        pt="Por que integrar",
                    ),
                    t(
                        "Soil, risk and carbon in integrated systems.",
                        es="Suelo, riesgo y carbono en los sistemas integrados.",
                        fr="Sol, risque et carbone dans les systèmes intégrés.",
                        pt="Solo, risco e carbono nos sistemas integrados.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Farm visits",
                        es="Visitas a fincas",
                        fr="Visites d'exploitations",
                        pt="Visitas a fazendas",
                    ),
                    t(
                        "Three member farms and their rotations.",
                        es="Tres fincas de socios y sus rotaciones.",
                        fr="Trois exploitations de membres et leurs rotations.",
                        pt="Três fazendas de cooperados e suas rotações.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Designing your system",
                        es="Diseñar tu sistema",
                        fr="Concevoir votre système",
                        pt="Desenhar seu sistema",
                    ),
                    t(
                        "Rotation, tree rows and a ten-year budget.",
                        es="Rotación, hileras de árboles y un presupuesto a diez años.",
                        fr="Rotation, rangées d'arbres et budget sur dix ans.",
                        pt="Rotação, renques de árvores e um orçamento de dez anos.",
                    ),
                    weeks(3),
                ),
            ],
            instructors=["Rafael Oliveira Santos"],
            regions=["latin-america"],
            sessions=[
                # Late enrolment: the deadline is four days after the start.
                session(-3, mode="blended", language="pt", enrol_by=-4, **LUIS_EDUARDO),
                session(160, mode="blended", language="pt", enrol_by=30, **LUIS_EDUARDO),
            ],
        ),
        course(
            t(
                "The Cerrado: an introduction for farm teams",
                es="El Cerrado: introducción para los equipos de las fincas",
                fr="Le Cerrado\u00a0: introduction pour les équipes des exploitations",
                pt="O Cerrado: introdução para as equipes das fazendas",
            ),
            "cerrado-introduction",
            summary=t(
                "A free self-paced course on the savanna that covers western Bahia: its plants, animals and water, and why farms depend on them.",
                es="Un curso gratuito a tu ritmo sobre la sabana que cubre el oeste de Bahía: sus plantas, sus animales y su agua, y por qué las fincas dependen de ellos.",
                fr="Une formation gratuite à suivre à votre rythme sur la savane qui couvre l'ouest de Bahia\u00a0: ses plantes, ses animaux et son eau, et pourquoi les exploitations en dépendent.",
                pt="Um curso gratuito no seu ritmo sobre a savana que cobre o oeste da Bahia: suas plantas, seus animais e sua água, e por que as fazendas dependem deles.",
            ),
            description=t(
                "Made for new farm staff, this course explains in short videos why the Cerrado is called the cradle of waters, which species to look out for, and what each person on a farm can do to protect springs and reserves.",
                es="Pensado para el personal nuevo de las fincas, este curso explica en videos cortos por qué al Cerrado se le llama la cuna de las aguas, qué especies conviene reconocer y qué puede hacer cada persona de una finca para proteger manantiales y reservas.",
                fr="Conçue pour le nouveau personnel des exploitations, cette formation explique en courtes vidéos pourquoi on appelle le Cerrado le berceau des eaux, quelles espèces savoir reconnaître et ce que chacun sur une exploitation peut faire pour protéger sources et réserves.",
                pt="Feito para novos funcionários das fazendas, este curso explica em vídeos curtos por que o Cerrado é chamado de berço das águas, quais espécies vale a pena reconhecer e o que cada pessoa numa fazenda pode fazer para proteger nascentes e reservas.",
            ),
            outcomes=lines(
                t(
                    "Explain why the Cerrado matters for water",
                    es="Explicar por qué el Cerrado es importante para el agua",
                    fr="Expliquer pourquoi le Cerrado compte pour l'eau",
                    pt="Explicar por que o Cerrado é importante para a água",
                ),
                t(
                    "Recognise twenty common plants and animals",
                    es="Reconocer veinte plantas y animales comunes",
                    fr="Reconnaître vingt plantes et animaux communs",
                    pt="Reconhecer vinte plantas e animais comuns",
                ),
                t(
                    "Know what to do when you see a fire or a poacher",
                    es="Saber qué hacer al ver un incendio o a un cazador furtivo",
                    fr="Savoir quoi faire face à un incendie ou à un braconnier",
                    pt="Saber o que fazer ao ver um incêndio ou um caçador ilegal",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["biodiversity-conservation", "water-management"],
            sdgs=[15, 6, 4],
            landscapes=["western-bahia-cerrado"],
            languages=["pt", "es", "en"],
            workload_hours=6,
            length_weeks=1,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t(
                        "Cradle of waters",
                        es="La cuna de las aguas",
                        fr="Le berceau des eaux",
                        pt="Berço das águas",
                    ),
                    t(
                        "Aquifers, springs and rivers.",
                        es="Acuíferos, manantiales y ríos.",
                        fr="Aquifères, sources et rivières.",
                        pt="Aquíferos, nascentes e rios.",
                    ),
                    hours(2),
                ),
                module(
                    t(
                        "Life in the Cerrado",
                        es="La vida en el Cerrado",
                        fr="La vie dans le Cerrado",
                        pt="A vida no Cerrado",
                    ),
                    t(
                        "Plants, animals and fire.",
                        es="Plantas, animales y fuego.",
                        fr="Plantes, animaux et feu.",
                        pt="Plantas, animais e fogo.",
                    ),
                    hours(2),
                ),
                module(
                    t("On the farm", es="En la finca", fr="Sur l'exploitation", pt="Na fazenda"),
                    t(
                        "Everyday care for springs and reserves.",
                        es="El cuidado diario de manantiales y reservas.",
                        fr="Le soin quotidien des sources et des réserves.",
                        pt="O cuidado diário com nascentes e reservas.",
                    ),
                    hours(2),
                ),
            ],
            instructors=["Ana Paula Ribeiro", "Juliana Costa"],
            regions=["latin-america"],
            video=True,
            sessions=[self_paced("pt"), self_paced("es"), self_paced("en")],
        ),
    ],
}

WHEATBELT_TZ = {"time_zone": "Australia/Perth", "country": "AU"}
NORTHAM = {**WHEATBELT_TZ, "place": "Northam, Western Australia"}
YORK = {**WHEATBELT_TZ, "place": "York, Western Australia"}
MERREDIN = {**WHEATBELT_TZ, "place": "Merredin, Western Australia"}

WHEATBELT = {
    "title": "Wheatbelt Landcare School",
    "slug": "wheatbelt-landcare-school",
    "organisation": "wheatbelt-landcare-network",
    "intro": t(
        "Farm walks, workshops and online courses run by the network's landcare groups, where farmers teach farmers.",
        es="Visitas a fincas, talleres y cursos en línea organizados por los grupos de cuidado de la tierra de la red, donde los agricultores enseñan a otros agricultores.",
        fr="Visites de fermes, ateliers et formations en ligne organisés par les groupes de gestion des terres du réseau, où des agriculteurs forment d'autres agriculteurs.",
        pt="Visitas a propriedades, oficinas e cursos on-line organizados pelos grupos de cuidado da terra da rede, onde agricultores ensinam agricultores.",
    ),
    "courses": [
        course(
            t(
                "Managing saline land: from salt scalds to saltbush pastures",
                es="Gestionar tierras salinas: de las manchas de sal a los pastos de Atriplex",
                fr="Gérer les terres salines\u00a0: des croûtes de sel aux pâturages d'arroches",
                pt="Manejo de terras salinas: das manchas de sal às pastagens de Atriplex",
            ),
            "managing-saline-land",
            summary=t(
                "Read the causes of dryland salinity on your farm and turn salt-affected paddocks into productive saltbush pastures.",
                es="Entiende las causas de la salinidad de secano en tu finca y convierte los potreros afectados por la sal en pastos productivos de Atriplex.",
                fr="Comprenez les causes de la salinité des terres sèches sur votre ferme et transformez les parcelles touchées par le sel en pâturages productifs d'arroches.",
                pt="Entenda as causas da salinidade de sequeiro na sua propriedade e transforme os piquetes afetados pelo sal em pastagens produtivas de Atriplex.",
            ),
            description=t(
                "A century of clearing raised the water table across the wheatbelt and brought salt to the surface. Over two farm walks and four evening sessions, farmers who have turned salt land around show how they did it and what it cost.",
                es="Un siglo de desmontes elevó el nivel freático en todo el cinturón triguero y llevó la sal a la superficie. En dos visitas a fincas y cuatro sesiones vespertinas, agricultores que han recuperado tierras salinas muestran cómo lo hicieron y cuánto les costó.",
                fr="Un siècle de défrichement a fait monter la nappe dans toute la ceinture à blé et amené le sel en surface. Au fil de deux visites de fermes et de quatre soirées, des agriculteurs qui ont redressé leurs terres salées montrent comment ils s'y sont pris et ce que cela a coûté.",
                pt="Um século de desmatamento elevou o lençol freático em todo o cinturão do trigo e trouxe o sal à superfície. Em duas visitas a propriedades e quatro encontros noturnos, agricultores que recuperaram terras salinas mostram como fizeram e quanto custou.",
            ),
            outcomes=lines(
                t(
                    "Map the salt-affected areas of a farm and their causes",
                    es="Cartografiar las zonas de una finca afectadas por la sal y sus causas",
                    fr="Cartographier les zones salées d'une ferme et leurs causes",
                    pt="Mapear as áreas salinizadas de uma propriedade e suas causas",
                ),
                t(
                    "Choose salt-tolerant species for each zone",
                    es="Elegir especies tolerantes a la sal para cada zona",
                    fr="Choisir des espèces tolérantes au sel pour chaque zone",
                    pt="Escolher espécies tolerantes ao sal para cada zona",
                ),
                t(
                    "Budget the establishment of a saltbush pasture",
                    es="Presupuestar el establecimiento de un pasto de Atriplex",
                    fr="Chiffrer l'implantation d'un pâturage d'arroches",
                    pt="Orçar a implantação de uma pastagem de Atriplex",
                ),
            ),
            prerequisites=t(
                "None; farmers and agronomists are welcome.",
                es="Ninguno; agricultores y agrónomos son bienvenidos.",
                fr="Aucun\u00a0; agriculteurs et agronomes sont les bienvenus.",
                pt="Nenhum; agricultores e agrônomos são bem-vindos.",
            ),
            level="intermediate",
            themes=["regenerative-agriculture", "ecosystem-restoration", "water-management"],
            sdgs=[15, 2],
            landscapes=["avon-river-wheatbelt"],
            languages=["en"],
            workload_hours=16,
            length_weeks=4,
            cost="paid",
            price="180",
            currency="AUD",
            certificate=False,
            modules=[
                module(
                    t(
                        "Why the salt rises",
                        es="Por qué sube la sal",
                        fr="Pourquoi le sel remonte",
                        pt="Por que o sal sobe",
                    ),
                    t(
                        "Water tables, clearing and rainfall.",
                        es="Niveles freáticos, desmontes y lluvia.",
                        fr="Nappes, défrichement et pluies.",
                        pt="Lençóis freáticos, desmatamento e chuva.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Salt land pastures",
                        es="Pastos para tierras salinas",
                        fr="Pâturages sur terres salées",
                        pt="Pastagens em terras salinas",
                    ),
                    t(
                        "Species, establishment and grazing.",
                        es="Especies, establecimiento y pastoreo.",
                        fr="Espèces, implantation et pâturage.",
                        pt="Espécies, implantação e pastoreio.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Costs and returns",
                        es="Costos y beneficios",
                        fr="Coûts et retours",
                        pt="Custos e retornos",
                    ),
                    t(
                        "What farmers spent and what they got back.",
                        es="Lo que gastaron los agricultores y lo que obtuvieron.",
                        fr="Ce que les agriculteurs ont dépensé et ce qu'ils en ont retiré.",
                        pt="O que os agricultores gastaram e o que ganharam de volta.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Sarah Whitfield"],
            regions=["oceania"],
            sessions=[
                session(-330, mode="blended", language="en", **NORTHAM),
                session(-65, mode="blended", language="en", **NORTHAM),
                session(21, mode="blended", language="en", enrol_by=7, **MERREDIN),
            ],
        ),
        course(
            t(
                "Soil health testing on the farm",
                es="Análisis de la salud del suelo en la finca",
                fr="Tester la santé des sols à la ferme",
                pt="Testes de saúde do solo na propriedade",
            ),
            "soil-health-testing",
            summary=t(
                "Simple tests of infiltration, structure, life and carbon that you can run yourself, and how to read a laboratory report.",
                es="Pruebas sencillas de infiltración, estructura, vida y carbono que puedes hacer por tu cuenta, y cómo leer un informe de laboratorio.",
                fr="Des tests simples d'infiltration, de structure, de vie du sol et de carbone à faire soi-même, et comment lire un rapport de laboratoire.",
                pt="Testes simples de infiltração, estrutura, vida e carbono que você mesmo pode fazer, e como ler um laudo de laboratório.",
            ),
            description=t(
                "A one-day workshop in the paddock with a spade, a ring and a bottle of water, followed by an online session on laboratory results. You leave with a kit and a plan for testing your own paddocks each year.",
                es="Un taller de un día en el potrero con una pala, un anillo y una botella de agua, seguido de una sesión en línea sobre los resultados de laboratorio. Te llevarás un kit y un plan para analizar tus propios potreros cada año.",
                fr="Un atelier d'une journée dans la parcelle avec une bêche, un anneau et une bouteille d'eau, suivi d'une séance en ligne sur les résultats de laboratoire. Vous repartez avec un kit et un plan pour tester vos propres parcelles chaque année.",
                pt="Uma oficina de um dia no piquete com uma pá, um anel e uma garrafa de água, seguida de uma sessão on-line sobre os resultados de laboratório. Você sai com um kit e um plano para testar seus próprios piquetes todo ano.",
            ),
            outcomes=lines(
                t(
                    "Run infiltration, slaking and earthworm tests",
                    es="Realizar pruebas de infiltración, de desagregación y de lombrices",
                    fr="Réaliser des tests d'infiltration, de stabilité structurale et de vers de terre",
                    pt="Fazer testes de infiltração, de desagregação e de minhocas",
                ),
                t(
                    "Read a soil laboratory report",
                    es="Leer un informe de laboratorio de suelos",
                    fr="Lire un rapport d'analyse de sol",
                    pt="Ler um laudo de análise de solo",
                ),
                t(
                    "Plan yearly monitoring of your paddocks",
                    es="Planificar el seguimiento anual de tus potreros",
                    fr="Planifier le suivi annuel de vos parcelles",
                    pt="Planejar o monitoramento anual dos seus piquetes",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["regenerative-agriculture"],
            sdgs=[2, 15],
            landscapes=["avon-river-wheatbelt"],
            languages=["en"],
            workload_hours=8,
            length_weeks=1,
            cost="paid",
            price="95",
            currency="AUD",
            certificate=False,
            modules=[
                module(
                    t("In the paddock", es="En el potrero", fr="Dans la parcelle", pt="No piquete"),
                    t(
                        "Hands-on tests with simple tools.",
                        es="Pruebas prácticas con herramientas sencillas.",
                        fr="Tests pratiques avec des outils simples.",
                        pt="Testes práticos com ferramentas simples.",
                    ),
                    days(1),
                ),
                module(
                    t(
                        "Reading the results",
                        es="Leer los resultados",
                        fr="Lire les résultats",
                        pt="Ler os resultados",
                    ),
                    t(
                        "Laboratory reports and what to do next.",
                        es="Informes de laboratorio y próximos pasos.",
                        fr="Rapports de laboratoire et suites à donner.",
                        pt="Laudos de laboratório e próximos passos.",
                    ),
                    hours(2),
                ),
            ],
            instructors=["Emily Hart", "Tom Castellano"],
            regions=["oceania"],
            sessions=[
                session(-30, mode="blended", language="en", length=8, **YORK),
                session(14, mode="blended", language="en", length=8, enrol_by=3, **MERREDIN),
                session(56, mode="blended", language="en", length=8, enrol_by=7, **NORTHAM),
                session(90, mode="blended", language="en", length=8, enrol_by=14, **YORK),
            ],
        ),
        course(
            t(
                "Revegetation corridors: plan, plant and keep them alive",
                es="Corredores de revegetación: planificarlos, plantarlos y mantenerlos vivos",
                fr="Corridors de revégétalisation\u00a0: les planifier, les planter et les faire vivre",
                pt="Corredores de revegetação: planejar, plantar e mantê-los vivos",
            ),
            "revegetation-corridors",
            summary=t(
                "Link remnant bush across farms with corridors of local species, chosen, planted and protected so that most seedlings survive.",
                es="Conecta los restos de monte nativo entre fincas con corredores de especies locales, elegidas, plantadas y protegidas para que sobreviva la mayoría de los plantones.",
                fr="Reliez les reliques de brousse d'une ferme à l'autre par des corridors d'espèces locales, choisies, plantées et protégées pour que la plupart des plants survivent.",
                pt="Ligue os remanescentes de mata nativa entre propriedades com corredores de espécies locais, escolhidas, plantadas e protegidas para que a maioria das mudas sobreviva.",
            ),
            description=t(
                "The network's shared register shows which plantings thrived and which failed. This course draws on it to teach site preparation, species choice, direct seeding and the weed and rabbit control that decide survival.",
                es="El registro común de la red muestra qué plantaciones prosperaron y cuáles fracasaron. Este curso se basa en él para enseñar la preparación del terreno, la elección de especies, la siembra directa y el control de malezas y conejos, que deciden la supervivencia.",
                fr="Le registre commun du réseau montre quelles plantations ont prospéré et lesquelles ont échoué. Cette formation s'en sert pour enseigner la préparation du site, le choix des espèces, le semis direct et la lutte contre les adventices et les lapins, qui décident de la survie.",
                pt="O registro comum da rede mostra quais plantios prosperaram e quais fracassaram. Este curso se apoia nele para ensinar o preparo do terreno, a escolha de espécies, a semeadura direta e o controle de plantas daninhas e coelhos, que decidem a sobrevivência.",
            ),
            outcomes=lines(
                t(
                    "Plan a corridor that links remnant vegetation",
                    es="Planificar un corredor que conecte la vegetación remanente",
                    fr="Planifier un corridor qui relie la végétation relique",
                    pt="Planejar um corredor que ligue a vegetação remanescente",
                ),
                t(
                    "Prepare a site and direct seed local species",
                    es="Preparar un terreno y sembrar directamente especies locales",
                    fr="Préparer un site et semer directement des espèces locales",
                    pt="Preparar um terreno e semear diretamente espécies locais",
                ),
                t(
                    "Record the planting in the shared register",
                    es="Registrar la plantación en el registro común",
                    fr="Inscrire la plantation dans le registre commun",
                    pt="Registrar o plantio no registro comum",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["ecosystem-restoration", "biodiversity-conservation"],
            sdgs=[15, 13],
            landscapes=["avon-river-wheatbelt"],
            languages=["en"],
            workload_hours=20,
            length_weeks=3,
            cost="free",
            certificate=False,
            modules=[
                module(
                    t(
                        "Planning the corridor",
                        es="Planificar el corredor",
                        fr="Planifier le corridor",
                        pt="Planejar o corredor",
                    ),
                    t(
                        "Remnants, soils and species lists.",
                        es="Restos de vegetación, suelos y listas de especies.",
                        fr="Reliques, sols et listes d'espèces.",
                        pt="Remanescentes, solos e listas de espécies.",
                    ),
                    weeks(1),
                ),
                module(
                    t(
                        "Planting day",
                        es="Día de plantación",
                        fr="Journée de plantation",
                        pt="Dia de plantio",
                    ),
                    t(
                        "Ripping, direct seeding and tube stock.",
                        es="Subsolado, siembra directa y plantones en tubo.",
                        fr="Sous-solage, semis direct et plants en godets.",
                        pt="Subsolagem, semeadura direta e mudas em tubete.",
                    ),
                    days(1),
                ),
                module(
                    t(
                        "Keeping it alive",
                        es="Mantenerlo vivo",
                        fr="Le faire vivre",
                        pt="Mantê-lo vivo",
                    ),
                    t(
                        "Weeds, rabbits, fences and the shared register.",
                        es="Malezas, conejos, cercas y el registro común.",
                        fr="Adventices, lapins, clôtures et registre commun.",
                        pt="Plantas daninhas, coelhos, cercas e o registro comum.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Sarah Whitfield"],
            regions=["oceania"],
            image=False,
            sessions=[
                session(-55, mode="onsite", language="en", **YORK),
                # Late enrolment: the deadline is ten days after the start.
                session(-5, mode="onsite", language="en", enrol_by=-10, **YORK),
                session(120, mode="onsite", language="en", enrol_by=21, **NORTHAM),
            ],
        ),
        course(
            t(
                "Writing a strong landcare grant application",
                es="Redactar una buena solicitud de subvención para el cuidado de la tierra",
                fr="Rédiger une demande de subvention solide pour un projet de gestion des terres",
                pt="Redigir um bom pedido de subsídio para o cuidado da terra",
            ),
            "landcare-grant-writing",
            summary=t(
                "A short online course for landcare groups: find the right grant, describe your project clearly and budget it so that reviewers say yes.",
                es="Un breve curso en línea para grupos de cuidado de la tierra: encuentra la subvención adecuada, describe tu proyecto con claridad y presupuéstalo para que los evaluadores digan que sí.",
                fr="Une courte formation en ligne pour les groupes de gestion des terres\u00a0: trouver la bonne subvention, décrire clairement son projet et le chiffrer pour que les évaluateurs disent oui.",
                pt="Um curso on-line curto para grupos de cuidado da terra: encontre o subsídio certo, descreva seu projeto com clareza e faça o orçamento para que os avaliadores digam sim.",
            ),
            description=t(
                "The network helps dozens of groups apply for grants each year. Its coordinators share what reviewers look for, with examples of successful applications and a review of your own draft.",
                es="La red ayuda cada año a decenas de grupos a solicitar subvenciones. Sus coordinadores explican lo que buscan los evaluadores, con ejemplos de solicitudes aprobadas y una revisión de tu propio borrador.",
                fr="Le réseau aide chaque année des dizaines de groupes à demander des subventions. Ses coordinateurs expliquent ce que cherchent les évaluateurs, avec des exemples de dossiers retenus et une relecture de votre propre brouillon.",
                pt="A rede ajuda dezenas de grupos a pedir subsídios todo ano. Seus coordenadores explicam o que os avaliadores procuram, com exemplos de pedidos aprovados e uma revisão do seu próprio rascunho.",
            ),
            outcomes=lines(
                t(
                    "Match a project to the right funder",
                    es="Asociar un proyecto con el financiador adecuado",
                    fr="Trouver le bon bailleur de fonds pour un projet",
                    pt="Associar um projeto ao financiador certo",
                ),
                t(
                    "Write clear objectives and outcomes",
                    es="Redactar objetivos y resultados claros",
                    fr="Rédiger des objectifs et des résultats clairs",
                    pt="Redigir objetivos e resultados claros",
                ),
                t(
                    "Build a realistic budget with in-kind contributions",
                    es="Elaborar un presupuesto realista con aportes en especie",
                    fr="Établir un budget réaliste avec des contributions en nature",
                    pt="Montar um orçamento realista com contrapartidas em espécie",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["landscape-finance", "community-engagement"],
            sdgs=[17, 15],
            landscapes=["avon-river-wheatbelt"],
            languages=["en"],
            workload_hours=6,
            length_weeks=2,
            cost="free",
            certificate=False,
            modules=[
                module(
                    t(
                        "Finding the right grant",
                        es="Encontrar la subvención adecuada",
                        fr="Trouver la bonne subvention",
                        pt="Encontrar o subsídio certo",
                    ),
                    t(
                        "Funders, their priorities and their calendars.",
                        es="Los financiadores, sus prioridades y sus calendarios.",
                        fr="Les bailleurs de fonds, leurs priorités et leurs calendriers.",
                        pt="Os financiadores, suas prioridades e seus calendários.",
                    ),
                    hours(2),
                ),
                module(
                    t(
                        "Writing and budgeting",
                        es="Redactar y presupuestar",
                        fr="Rédiger et chiffrer",
                        pt="Redigir e orçar",
                    ),
                    t(
                        "Objectives, outcomes and a budget reviewers trust.",
                        es="Objetivos, resultados y un presupuesto que inspire confianza a los evaluadores.",
                        fr="Objectifs, résultats et un budget qui inspire confiance aux évaluateurs.",
                        pt="Objetivos, resultados e um orçamento que inspire confiança nos avaliadores.",
                    ),
                    hours(4),
                ),
            ],
            instructors=["Sarah Whitfield"],
            regions=["oceania"],
            image=False,
            sessions=[
                self_paced("en"),
                session(-40, mode="online", language="en", time_zone="Australia/Perth"),
                session(26, mode="online", language="en", time_zone="Australia/Perth", enrol_by=5),
            ],
        ),
        course(
            t(
                "Regenerative grazing in mixed farming",
                es="Pastoreo regenerativo en explotaciones mixtas",
                fr="Pâturage régénérateur en polyculture-élevage",
                pt="Pastoreio regenerativo em sistemas mistos",
            ),
            "regenerative-grazing-mixed-farming",
            summary=t(
                "Use sheep and cattle to build ground cover and soil carbon between crops, with grazing plans that fit a wheatbelt farm's calendar.",
                es="Usa ovejas y vacas para aumentar la cobertura del suelo y el carbono entre cultivos, con planes de pastoreo que se ajusten al calendario de una finca del cinturón triguero.",
                fr="Utilisez moutons et bovins pour accroître la couverture du sol et le carbone entre deux cultures, avec des plans de pâturage adaptés au calendrier d'une ferme de la ceinture à blé.",
                pt="Use ovelhas e bovinos para aumentar a cobertura do solo e o carbono entre as safras, com planos de pastoreio que cabem no calendário de uma propriedade do cinturão do trigo.",
            ),
            description=t(
                "Mixed farms in the wheatbelt are bringing livestock back into their cropping rotations. Over six weeks online, with two farm visits, you build a grazing plan for your own farm and learn to judge when to move the mob.",
                es="Las explotaciones mixtas del cinturón triguero están reincorporando el ganado a sus rotaciones de cultivo. Durante seis semanas en línea, con dos visitas a fincas, elaborarás un plan de pastoreo para tu propia finca y aprenderás a juzgar cuándo mover el rebaño.",
                fr="Les fermes de polyculture-élevage de la ceinture à blé réintroduisent le bétail dans leurs rotations. Pendant six semaines en ligne, avec deux visites de fermes, vous bâtissez un plan de pâturage pour votre propre ferme et apprenez à juger quand déplacer le troupeau.",
                pt="As propriedades mistas do cinturão do trigo estão trazendo os animais de volta às rotações de culturas. Em seis semanas on-line, com duas visitas a propriedades, você monta um plano de pastoreio para sua própria propriedade e aprende a avaliar quando mudar o rebanho.",
            ),
            outcomes=lines(
                t(
                    "Judge ground cover and feed on offer",
                    es="Valorar la cobertura del suelo y el forraje disponible",
                    fr="Évaluer la couverture du sol et le fourrage disponible",
                    pt="Avaliar a cobertura do solo e a forragem disponível",
                ),
                t(
                    "Build a grazing plan around the cropping calendar",
                    es="Elaborar un plan de pastoreo en torno al calendario de cultivos",
                    fr="Construire un plan de pâturage autour du calendrier des cultures",
                    pt="Montar um plano de pastoreio em torno do calendário das culturas",
                ),
                t(
                    "Track soil carbon and animal performance",
                    es="Seguir el carbono del suelo y el rendimiento de los animales",
                    fr="Suivre le carbone du sol et les performances des animaux",
                    pt="Acompanhar o carbono do solo e o desempenho dos animais",
                ),
            ),
            prerequisites=t(
                "Experience of running livestock.",
                es="Experiencia en el manejo de ganado.",
                fr="Une expérience de la conduite d'un troupeau.",
                pt="Experiência no manejo de rebanhos.",
            ),
            level="advanced",
            themes=["regenerative-agriculture", "climate-adaptation"],
            sdgs=[2, 13, 15],
            landscapes=["avon-river-wheatbelt"],
            languages=["en"],
            workload_hours=30,
            length_weeks=6,
            cost="partially-free",
            price="250",
            currency="AUD",
            certificate=True,
            certificate_name=t(
                "Certificate in Regenerative Grazing",
                es="Certificado en Pastoreo Regenerativo",
                fr="Certificat en pâturage régénérateur",
                pt="Certificado em Pastoreio Regenerativo",
            ),
            modules=[
                module(
                    t("Principles", es="Principios", fr="Principes", pt="Princípios"),
                    t(
                        "Rest, recovery and ground cover.",
                        es="Descanso, recuperación y cobertura del suelo.",
                        fr="Repos, récupération et couverture du sol.",
                        pt="Descanso, recuperação e cobertura do solo.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Your grazing plan",
                        es="Tu plan de pastoreo",
                        fr="Votre plan de pâturage",
                        pt="Seu plano de pastoreio",
                    ),
                    t(
                        "Paddocks, water points and the cropping calendar.",
                        es="Potreros, puntos de agua y el calendario de cultivos.",
                        fr="Parcelles, points d'eau et calendrier des cultures.",
                        pt="Piquetes, pontos de água e o calendário das culturas.",
                    ),
                    weeks(3),
                ),
                module(
                    t(
                        "Measuring change",
                        es="Medir el cambio",
                        fr="Mesurer le changement",
                        pt="Medir a mudança",
                    ),
                    t(
                        "Soil carbon, cover and animal weights.",
                        es="Carbono del suelo, cobertura y peso de los animales.",
                        fr="Carbone du sol, couverture et poids des animaux.",
                        pt="Carbono do solo, cobertura e peso dos animais.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Emily Hart", "Daniel Nguyen"],
            regions=["oceania"],
            video=True,
            sessions=[
                session(-120, mode="blended", language="en", **NORTHAM),
                session(
                    84,
                    mode="blended",
                    language="en",
                    enrol_by=21,
                    own_link=True,
                    price="220",
                    **YORK,
                ),
            ],
        ),
    ],
}

ROTTERDAM = {"time_zone": "Europe/Amsterdam", "country": "NL", "place": "Rotterdam"}
ANTWERP = {"time_zone": "Europe/Brussels", "country": "BE", "place": "Antwerp"}

DELTA = {
    "title": "Delta Nature Finance Academy",
    "slug": "delta-nature-finance-academy",
    "organisation": "delta-nature-finance",
    "intro": t(
        "The fund's academy teaches landscape partnerships, public agencies and investors how to finance restoration that pays back slowly.",
        es="La academia del fondo enseña a alianzas de paisaje, organismos públicos e inversores a financiar una restauración que se amortiza lentamente.",
        fr="L'académie du fonds apprend aux partenariats de paysage, aux organismes publics et aux investisseurs à financer une restauration qui se rembourse lentement.",
        pt="A academia do fundo ensina parcerias de paisagem, órgãos públicos e investidores a financiar uma restauração que se paga devagar.",
    ),
    "courses": [
        course(
            t(
                "Landscape finance: the basics",
                es="Financiación de paisajes: lo esencial",
                fr="Financement des paysages\u00a0: les bases",
                pt="Financiamento de paisagens: o básico",
            ),
            "landscape-finance-basics",
            summary=t(
                "A free introduction to how landscape restoration is paid for: grants, loans, equity, public budgets and payments for results.",
                es="Una introducción gratuita a cómo se paga la restauración de paisajes: subvenciones, préstamos, capital, presupuestos públicos y pagos por resultados.",
                fr="Une introduction gratuite à la manière dont on paie la restauration des paysages\u00a0: subventions, prêts, fonds propres, budgets publics et paiements aux résultats.",
                pt="Uma introdução gratuita a como a restauração de paisagens é paga: doações, empréstimos, participação acionária, orçamentos públicos e pagamentos por resultados.",
            ),
            description=t(
                "Written for people who run landscape partnerships rather than for bankers, this self-paced course explains the vocabulary of finance and the questions every funder will ask, with examples from Europe, Africa and Latin America.",
                es="Escrito para quienes dirigen alianzas de paisaje y no para banqueros, este curso a tu ritmo explica el vocabulario de las finanzas y las preguntas que hará todo financiador, con ejemplos de Europa, África y América Latina.",
                fr="Écrite pour celles et ceux qui animent des partenariats de paysage plutôt que pour des banquiers, cette formation à suivre à votre rythme explique le vocabulaire de la finance et les questions que posera tout bailleur de fonds, avec des exemples d'Europe, d'Afrique et d'Amérique latine.",
                pt="Escrito para quem conduz parcerias de paisagem, e não para banqueiros, este curso no seu ritmo explica o vocabulário das finanças e as perguntas que todo financiador fará, com exemplos da Europa, da África e da América Latina.",
            ),
            outcomes=lines(
                t(
                    "Tell the main kinds of finance apart and what each expects",
                    es="Distinguir los principales tipos de financiación y lo que espera cada uno",
                    fr="Distinguer les grands types de financement et ce que chacun attend",
                    pt="Distinguir os principais tipos de financiamento e o que cada um espera",
                ),
                t(
                    "Match activities in a landscape to suitable funders",
                    es="Asociar las actividades de un paisaje con financiadores adecuados",
                    fr="Associer les activités d'un paysage aux bailleurs de fonds adaptés",
                    pt="Associar as atividades de uma paisagem a financiadores adequados",
                ),
                t(
                    "Answer a funder's first questions with confidence",
                    es="Responder con seguridad a las primeras preguntas de un financiador",
                    fr="Répondre avec assurance aux premières questions d'un bailleur de fonds",
                    pt="Responder com segurança às primeiras perguntas de um financiador",
                ),
            ),
            prerequisites=NONE,
            level="beginner",
            themes=["landscape-finance"],
            sdgs=[17, 15, 8],
            landscapes=["scheldt-delta", "spanish-altiplano"],
            languages=["en", "es", "fr", "nl"],
            workload_hours=8,
            length_weeks=2,
            cost="free",
            certificate=True,
            modules=[
                module(
                    t(
                        "Who pays for restoration",
                        es="Quién paga la restauración",
                        fr="Qui paie la restauration",
                        pt="Quem paga a restauração",
                    ),
                    t(
                        "Public, private and philanthropic money.",
                        es="Dinero público, privado y filantrópico.",
                        fr="Argent public, privé et philanthropique.",
                        pt="Dinheiro público, privado e filantrópico.",
                    ),
                    hours(2),
                ),
                module(
                    t("Instruments", es="Instrumentos", fr="Instruments", pt="Instrumentos"),
                    t(
                        "Grants, loans, equity, guarantees and results-based payments.",
                        es="Subvenciones, préstamos, capital, garantías y pagos por resultados.",
                        fr="Subventions, prêts, fonds propres, garanties et paiements aux résultats.",
                        pt="Doações, empréstimos, participação acionária, garantias e pagamentos por resultados.",
                    ),
                    hours(4),
                ),
                module(
                    t(
                        "Talking to funders",
                        es="Hablar con los financiadores",
                        fr="Parler aux bailleurs de fonds",
                        pt="Conversar com financiadores",
                    ),
                    t(
                        "The questions they ask and how to answer them.",
                        es="Las preguntas que hacen y cómo responderlas.",
                        fr="Les questions qu'ils posent et comment y répondre.",
                        pt="As perguntas que fazem e como respondê-las.",
                    ),
                    hours(2),
                ),
            ],
            instructors=["Marta Gil Navarro"],
            regions=["europe", "africa", "latin-america", "asia"],
            video=True,
            sessions=[self_paced("en"), self_paced("es"), self_paced("fr"), self_paced("nl")],
        ),
        course(
            t(
                "Blended finance for nature-based solutions",
                es="Financiación combinada para soluciones basadas en la naturaleza",
                fr="Financement mixte des solutions fondées sur la nature",
                pt="Financiamento misto para soluções baseadas na natureza",
            ),
            "blended-finance-nature",
            summary=t(
                "An advanced course on structuring funds and deals in which public money takes the first loss so that private investors can join.",
                es="Un curso avanzado sobre cómo estructurar fondos y operaciones en los que el dinero público asume las primeras pérdidas para que puedan sumarse inversores privados.",
                fr="Une formation avancée sur la structuration de fonds et d'opérations où l'argent public absorbe les premières pertes pour que les investisseurs privés puissent entrer.",
                pt="Um curso avançado sobre como estruturar fundos e operações em que o dinheiro público assume as primeiras perdas para que investidores privados possam entrar.",
            ),
            description=t(
                "Taught by the fund's own investment team, the course walks through the structure of three real deals in flood protection and wetland restoration, from the letter of intent to the reporting, and ends with a case you structure in a team.",
                es="Impartido por el propio equipo de inversión del fondo, el curso repasa la estructura de tres operaciones reales de protección contra inundaciones y restauración de humedales, de la carta de intenciones a los informes, y termina con un caso que estructurarás en equipo.",
                fr="Donnée par l'équipe d'investissement du fonds, la formation décortique la structure de trois opérations réelles de protection contre les crues et de restauration de zones humides, de la lettre d'intention au reporting, et se conclut par un cas à structurer en équipe.",
                pt="Ministrado pela própria equipe de investimentos do fundo, o curso percorre a estrutura de três operações reais de proteção contra cheias e restauração de áreas úmidas, da carta de intenções aos relatórios, e termina com um caso que você estrutura em equipe.",
            ),
            outcomes=lines(
                t(
                    "Explain first-loss capital, guarantees and concessional loans",
                    es="Explicar el capital de primeras pérdidas, las garantías y los préstamos en condiciones favorables",
                    fr="Expliquer le capital de première perte, les garanties et les prêts concessionnels",
                    pt="Explicar o capital de primeira perda, as garantias e os empréstimos concessionais",
                ),
                t(
                    "Model the cash flows of a nature-based project",
                    es="Modelizar los flujos de caja de un proyecto basado en la naturaleza",
                    fr="Modéliser les flux de trésorerie d'un projet fondé sur la nature",
                    pt="Modelar os fluxos de caixa de um projeto baseado na natureza",
                ),
                t(
                    "Structure a deal that public and private investors can both accept",
                    es="Estructurar una operación que puedan aceptar tanto inversores públicos como privados",
                    fr="Structurer une opération acceptable à la fois pour les investisseurs publics et privés",
                    pt="Estruturar uma operação que investidores públicos e privados possam aceitar",
                ),
            ),
            prerequisites=t(
                "Experience in finance, or the course Landscape finance: the basics.",
                es="Experiencia en finanzas, o el curso Financiación de paisajes: lo esencial.",
                fr="Une expérience de la finance, ou la formation Financement des paysages\u00a0: les bases.",
                pt="Experiência em finanças, ou o curso Financiamento de paisagens: o básico.",
            ),
            level="advanced",
            themes=["landscape-finance", "water-management"],
            sdgs=[17, 13, 6],
            landscapes=["scheldt-delta"],
            languages=["en"],
            workload_hours=60,
            length_weeks=8,
            cost="paid",
            price="1500",
            currency="EUR",
            certificate=True,
            certificate_name=t(
                "Certificate in Blended Finance for Nature",
                es="Certificado en Financiación Combinada para la Naturaleza",
                fr="Certificat en financement mixte pour la nature",
                pt="Certificado em Financiamento Misto para a Natureza",
            ),
            modules=[
                module(
                    t(
                        "Why blend",
                        es="Por qué combinar",
                        fr="Pourquoi combiner",
                        pt="Por que combinar",
                    ),
                    t(
                        "Risk, return and the role of public money.",
                        es="Riesgo, rentabilidad y el papel del dinero público.",
                        fr="Risque, rendement et rôle de l'argent public.",
                        pt="Risco, retorno e o papel do dinheiro público.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Three deals",
                        es="Tres operaciones",
                        fr="Trois opérations",
                        pt="Três operações",
                    ),
                    t(
                        "Flood protection, salt-tolerant farming and wetlands.",
                        es="Protección contra inundaciones, agricultura tolerante a la sal y humedales.",
                        fr="Protection contre les crues, agriculture tolérante au sel et zones humides.",
                        pt="Proteção contra cheias, agricultura tolerante ao sal e áreas úmidas.",
                    ),
                    weeks(3),
                ),
                module(
                    t(
                        "Structuring in a team",
                        es="Estructurar en equipo",
                        fr="Structurer en équipe",
                        pt="Estruturar em equipe",
                    ),
                    t(
                        "A case from the letter of intent to the investment committee.",
                        es="Un caso de la carta de intenciones al comité de inversión.",
                        fr="Un cas de la lettre d'intention au comité d'investissement.",
                        pt="Um caso da carta de intenções ao comitê de investimentos.",
                    ),
                    weeks(3),
                ),
            ],
            instructors=["Marta Gil Navarro", "Sanne de Vries"],
            regions=["europe"],
            sessions=[
                session(-150, mode="blended", language="en", **ROTTERDAM),
                session(
                    -20, mode="online", language="en", time_zone="UTC", enrol_by=0, price="1200"
                ),
                session(65, mode="blended", language="en", enrol_by=21, **ROTTERDAM),
            ],
        ),
        course(
            t(
                "Building a bankable landscape investment case",
                es="Construir un caso de inversión de paisaje financiable",
                fr="Construire un dossier d'investissement de paysage finançable",
                pt="Construir um caso de investimento de paisagem financiável",
            ),
            "bankable-investment-case",
            summary=t(
                "Turn a landscape partnership's plans into an investment case with a pipeline of projects, a business model and numbers an investor can check.",
                es="Convierte los planes de una alianza de paisaje en un caso de inversión con una cartera de proyectos, un modelo de negocio y cifras que un inversor pueda verificar.",
                fr="Transformez les projets d'un partenariat de paysage en un dossier d'investissement avec un portefeuille de projets, un modèle économique et des chiffres qu'un investisseur peut vérifier.",
                pt="Transforme os planos de uma parceria de paisagem num caso de investimento com uma carteira de projetos, um modelo de negócio e números que um investidor possa conferir.",
            ),
            description=t(
                "Many partnerships have a vision and a map but no numbers. In this blended course, teams from two or three landscapes work on their own investment case, with coaching between the online sessions and a final pitch to investors in Antwerp.",
                es="Muchas alianzas tienen una visión y un mapa, pero no cifras. En este curso semipresencial, equipos de dos o tres paisajes trabajan en su propio caso de inversión, con acompañamiento entre las sesiones en línea y una presentación final ante inversores en Amberes.",
                fr="Beaucoup de partenariats ont une vision et une carte, mais pas de chiffres. Dans cette formation hybride, des équipes de deux ou trois paysages travaillent sur leur propre dossier d'investissement, avec un accompagnement entre les séances en ligne et une présentation finale devant des investisseurs à Anvers.",
                pt="Muitas parcerias têm uma visão e um mapa, mas não têm números. Neste curso híbrido, equipes de duas ou três paisagens trabalham em seu próprio caso de investimento, com mentoria entre as sessões on-line e uma apresentação final a investidores em Antuérpia.",
            ),
            outcomes=lines(
                t(
                    "Build a pipeline of investable projects",
                    es="Construir una cartera de proyectos invertibles",
                    fr="Constituer un portefeuille de projets investissables",
                    pt="Montar uma carteira de projetos investíveis",
                ),
                t(
                    "Write a business model for a landscape enterprise",
                    es="Redactar el modelo de negocio de una empresa del paisaje",
                    fr="Rédiger le modèle économique d'une entreprise de paysage",
                    pt="Redigir o modelo de negócio de uma empresa da paisagem",
                ),
                t(
                    "Pitch the case to investors",
                    es="Presentar el caso a inversores",
                    fr="Présenter le dossier à des investisseurs",
                    pt="Apresentar o caso a investidores",
                ),
            ),
            prerequisites=t(
                "A team from an existing landscape partnership.",
                es="Un equipo de una alianza de paisaje ya existente.",
                fr="Une équipe issue d'un partenariat de paysage existant.",
                pt="Uma equipe de uma parceria de paisagem já existente.",
            ),
            level="intermediate",
            themes=["landscape-finance", "governance-policy"],
            sdgs=[17, 8, 15],
            landscapes=["scheldt-delta", "spanish-altiplano"],
            languages=["en", "fr", "nl"],
            workload_hours=50,
            length_weeks=10,
            cost="partially-free",
            price="600",
            currency="EUR",
            certificate=False,
            modules=[
                module(
                    t("The pipeline", es="La cartera", fr="Le portefeuille", pt="A carteira"),
                    t(
                        "From a landscape vision to a list of projects.",
                        es="De la visión del paisaje a una lista de proyectos.",
                        fr="De la vision du paysage à une liste de projets.",
                        pt="Da visão da paisagem a uma lista de projetos.",
                    ),
                    weeks(3),
                ),
                module(
                    t(
                        "Business models",
                        es="Modelos de negocio",
                        fr="Modèles économiques",
                        pt="Modelos de negócio",
                    ),
                    t(
                        "Revenue, costs and risks of landscape enterprises.",
                        es="Ingresos, costos y riesgos de las empresas del paisaje.",
                        fr="Recettes, coûts et risques des entreprises de paysage.",
                        pt="Receitas, custos e riscos das empresas da paisagem.",
                    ),
                    weeks(4),
                ),
                module(
                    t(
                        "The pitch",
                        es="La presentación",
                        fr="La présentation",
                        pt="A apresentação",
                    ),
                    t(
                        "Telling the story with numbers, and a pitch day in Antwerp.",
                        es="Contar la historia con cifras, y una jornada de presentaciones en Amberes.",
                        fr="Raconter l'histoire avec des chiffres, et une journée de présentations à Anvers.",
                        pt="Contar a história com números, e um dia de apresentações em Antuérpia.",
                    ),
                    weeks(3),
                ),
            ],
            instructors=["Pierre Dubois", "Marta Gil Navarro"],
            regions=["europe", "africa"],
            sessions=[
                session(-400, mode="blended", language="en", **ANTWERP),
                session(-40, mode="blended", language="fr", **ANTWERP),
                session(180, mode="blended", language="en", enrol_by=45, own_link=True, **ANTWERP),
            ],
        ),
        course(
            t(
                "Measuring the four returns",
                es="Medir los cuatro retornos",
                fr="Mesurer les quatre retours",
                pt="Medir os quatro retornos",
            ),
            "measuring-four-returns",
            summary=t(
                "Choose and track indicators of inspiration, social, natural and financial returns so that a partnership can show its progress to members and funders.",
                es="Elige y sigue indicadores de los retornos de inspiración, sociales, naturales y financieros para que una alianza pueda mostrar su avance a sus miembros y financiadores.",
                fr="Choisissez et suivez des indicateurs des retours d'inspiration, sociaux, naturels et financiers pour qu'un partenariat puisse montrer ses progrès à ses membres et à ses bailleurs de fonds.",
                pt="Escolha e acompanhe indicadores dos retornos de inspiração, sociais, naturais e financeiros para que uma parceria possa mostrar seu progresso a membros e financiadores.",
            ),
            description=t(
                "Investors want evidence, and so do the people of a landscape. This online course builds a light monitoring framework around the 4 Returns, with templates, examples from European landscapes and feedback on your own indicator set.",
                es="Los inversores quieren pruebas, y la gente de un paisaje también. Este curso en línea construye un marco de seguimiento ligero en torno a los 4 Retornos, con plantillas, ejemplos de paisajes europeos y comentarios sobre tu propio conjunto de indicadores.",
                fr="Les investisseurs veulent des preuves, et les habitants d'un paysage aussi. Cette formation en ligne construit un cadre de suivi léger autour des 4 Retours, avec des modèles, des exemples de paysages européens et un retour sur votre propre jeu d'indicateurs.",
                pt="Os investidores querem evidências, e as pessoas de uma paisagem também. Este curso on-line constrói um marco de monitoramento leve em torno dos 4 Retornos, com modelos, exemplos de paisagens europeias e comentários sobre seu próprio conjunto de indicadores.",
            ),
            outcomes=lines(
                t(
                    "Choose a few indicators for each of the four returns",
                    es="Elegir unos pocos indicadores para cada uno de los cuatro retornos",
                    fr="Choisir quelques indicateurs pour chacun des quatre retours",
                    pt="Escolher poucos indicadores para cada um dos quatro retornos",
                ),
                t(
                    "Set baselines and collect data at a sensible cost",
                    es="Fijar líneas de base y recoger datos con un costo razonable",
                    fr="Établir des états de référence et collecter des données à un coût raisonnable",
                    pt="Definir linhas de base e coletar dados a um custo razoável",
                ),
                t(
                    "Report progress to members and funders",
                    es="Informar del avance a los miembros y financiadores",
                    fr="Rendre compte des progrès aux membres et aux bailleurs de fonds",
                    pt="Relatar o progresso a membros e financiadores",
                ),
            ),
            prerequisites=t(
                "Some familiarity with the 4 Returns framework.",
                es="Cierta familiaridad con el marco de los 4 Retornos.",
                fr="Une première connaissance du cadre des 4 Retours.",
                pt="Alguma familiaridade com o marco dos 4 Retornos.",
            ),
            level="intermediate",
            themes=["landscape-finance", "ecosystem-restoration", "community-engagement"],
            sdgs=[15, 17, 8],
            landscapes=["spanish-altiplano"],
            languages=["en", "es", "fr"],
            workload_hours=20,
            length_weeks=5,
            cost="paid",
            price="350",
            currency="EUR",
            certificate=True,
            modules=[
                module(
                    t(
                        "Four returns, few indicators",
                        es="Cuatro retornos, pocos indicadores",
                        fr="Quatre retours, peu d'indicateurs",
                        pt="Quatro retornos, poucos indicadores",
                    ),
                    t(
                        "What to measure and what to leave out.",
                        es="Qué medir y qué dejar fuera.",
                        fr="Ce qu'il faut mesurer et ce qu'il faut laisser de côté.",
                        pt="O que medir e o que deixar de fora.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Baselines and data",
                        es="Líneas de base y datos",
                        fr="États de référence et données",
                        pt="Linhas de base e dados",
                    ),
                    t(
                        "Collecting data that is good enough, affordably.",
                        es="Recoger datos suficientemente buenos sin gastar de más.",
                        fr="Recueillir des données suffisamment bonnes, à moindre coût.",
                        pt="Coletar dados bons o bastante, sem gastar demais.",
                    ),
                    weeks(2),
                ),
                module(
                    t("Reporting", es="Informes", fr="Rendre compte", pt="Relatórios"),
                    t(
                        "Dashboards and stories for members and funders.",
                        es="Paneles e historias para miembros y financiadores.",
                        fr="Tableaux de bord et récits pour les membres et les bailleurs de fonds.",
                        pt="Painéis e histórias para membros e financiadores.",
                    ),
                    weeks(1),
                ),
            ],
            instructors=["Pierre Dubois", "Miguel Ángel Sánchez Torres"],
            regions=["europe", "africa", "latin-america"],
            image=False,
            sessions=[
                session(-90, mode="online", language="es", time_zone="Europe/Madrid"),
                session(35, mode="online", language="en", time_zone="UTC", enrol_by=7),
                session(48, mode="online", language="fr", time_zone="Europe/Brussels", enrol_by=7),
                session(140, mode="online", language="es", time_zone="Europe/Madrid", enrol_by=14),
            ],
        ),
        course(
            t(
                "Payments for ecosystem services: design and contracts",
                es="Pagos por servicios ecosistémicos: diseño y contratos",
                fr="Paiements pour services écosystémiques\u00a0: conception et contrats",
                pt="Pagamentos por serviços ecossistêmicos: desenho e contratos",
            ),
            "payments-ecosystem-services",
            summary=t(
                "Design a scheme in which water users, companies or governments pay land managers for the services their land provides, and write contracts that hold.",
                es="Diseña un sistema en el que usuarios del agua, empresas o gobiernos paguen a los gestores de la tierra por los servicios que presta su tierra, y redacta contratos sólidos.",
                fr="Concevez un dispositif dans lequel usagers de l'eau, entreprises ou pouvoirs publics rémunèrent les gestionnaires des terres pour les services que rendent leurs terres, et rédigez des contrats solides.",
                pt="Desenhe um esquema em que usuários de água, empresas ou governos paguem aos gestores da terra pelos serviços que suas terras prestam, e redija contratos sólidos.",
            ),
            description=t(
                "From water funds in the Andes to farmland schemes in the Netherlands, the course compares schemes that lasted with schemes that failed, then guides you through the design of one for a landscape you know.",
                es="De los fondos de agua de los Andes a los programas agrarios de los Países Bajos, el curso compara programas que perduraron con otros que fracasaron y luego te guía en el diseño de uno para un paisaje que conozcas.",
                fr="Des fonds pour l'eau des Andes aux dispositifs agricoles des Pays-Bas, la formation compare des dispositifs qui ont duré à d'autres qui ont échoué, puis vous guide dans la conception de l'un d'eux pour un paysage que vous connaissez.",
                pt="Dos fundos de água dos Andes aos programas agrícolas dos Países Baixos, o curso compara esquemas que duraram com outros que fracassaram e depois guia você no desenho de um para uma paisagem que conheça.",
            ),
            outcomes=lines(
                t(
                    "Identify who benefits from a service and who can pay",
                    es="Identificar quién se beneficia de un servicio y quién puede pagar",
                    fr="Identifier qui bénéficie d'un service et qui peut payer",
                    pt="Identificar quem se beneficia de um serviço e quem pode pagar",
                ),
                t(
                    "Set payments that are fair and affordable",
                    es="Fijar pagos justos y asumibles",
                    fr="Fixer des paiements justes et supportables",
                    pt="Definir pagamentos justos e viáveis",
                ),
                t(
                    "Draft a contract with monitoring and sanctions",
                    es="Redactar un contrato con seguimiento y sanciones",
                    fr="Rédiger un contrat avec suivi et sanctions",
                    pt="Redigir um contrato com monitoramento e sanções",
                ),
            ),
            prerequisites=NONE,
            level="intermediate",
            themes=["landscape-finance", "water-management", "governance-policy"],
            sdgs=[6, 15, 17],
            landscapes=["scheldt-delta"],
            languages=["es", "en"],
            workload_hours=30,
            length_weeks=6,
            cost="partially-free",
            price="200",
            currency="EUR",
            certificate=True,
            modules=[
                module(
                    t(
                        "Schemes that lasted",
                        es="Programas que perduraron",
                        fr="Des dispositifs qui ont duré",
                        pt="Esquemas que duraram",
                    ),
                    t(
                        "Water funds, agri-environment schemes and carbon.",
                        es="Fondos de agua, medidas agroambientales y carbono.",
                        fr="Fonds pour l'eau, mesures agro-environnementales et carbone.",
                        pt="Fundos de água, programas agroambientais e carbono.",
                    ),
                    weeks(2),
                ),
                module(
                    t(
                        "Designing payments",
                        es="Diseñar los pagos",
                        fr="Concevoir les paiements",
                        pt="Desenhar os pagamentos",
                    ),
                    t(
                        "Who pays, who is paid and how much.",
                        es="Quién paga, quién cobra y cuánto.",
                        fr="Qui paie, qui est payé et combien.",
                        pt="Quem paga, quem recebe e quanto.",
                    ),
                    weeks(2),
                ),
                module(
                    t("Contracts", es="Contratos", fr="Contrats", pt="Contratos"),
                    t(
                        "Obligations, monitoring and what happens when things go wrong.",
                        es="Obligaciones, seguimiento y qué ocurre cuando algo sale mal.",
                        fr="Obligations, suivi et que faire quand les choses tournent mal.",
                        pt="Obrigações, monitoramento e o que acontece quando algo dá errado.",
                    ),
                    weeks(2),
                ),
            ],
            instructors=["Marta Gil Navarro", "Javier Condori Huanca"],
            regions=["europe", "latin-america"],
            image=False,
            sessions=[
                session(-75, mode="online", language="es", time_zone="America/Lima"),
                session(-8, mode="online", language="en", time_zone="Europe/Amsterdam", enrol_by=7),
                session(42, mode="online", language="es", time_zone="America/Lima", enrol_by=10),
            ],
        ),
    ],
}

# In the order the catalog's institution facet and the demo load them.
INSTITUTIONS = [SAHYADRI, ANDEAN, LAIKIPIA, CERRADO, WHEATBELT, DELTA]
