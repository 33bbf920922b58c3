"""The stories' demo content: English source text and, through `t()`, a translation memory with
one dict per language, keyed by the English string as wagtail-localize extracts it (a title, a
slug, a plain-text field, one paragraph of rich text without its <p>).

Each text is written next to its translations so that none can be missed or drift apart. Stories
are not synchronised on their slugs, so each slug has its translations too. The names of people,
organisations and most places, units and plain numbers read the same in every language: `same()`
records them as their own translation, so that every translation is complete (wagtail-localize
would otherwise count them as still to translate).

Three stories have no Portuguese version (their "languages" leave "pt" out), so their texts give
no `pt=`. Texts contain no "&", "<" or ">" and no line breaks: wagtail-localize escapes those in
the segments it extracts, and the escaped segment would no longer match its key here."""

from decimal import Decimal

from website.demo.helpers import TranslationMemory, drawn_image_description

# `pt` is left out only for the texts of the stories that are not translated into Portuguese.
TRANSLATIONS = TranslationMemory(optional=["pt"])
t = TRANSLATIONS.t


def same(text):
    """A text that reads the same in every language, recorded as its own translation. A text
    that the memory already translates is left as it is."""
    if not text or text in TRANSLATIONS["es"]:
        return text
    return t(text, es=text, fr=text, pt=text)


def monitoring(years):
    """The source of figures that the partnership measured itself."""
    return t(
        f"Partnership monitoring, {years}",
        es=f"Seguimiento de la alianza, {years}",
        fr=f"Suivi du partenariat, {years}",
        pt=f"Monitoramento da parceria, {years}",
    )


def expert(name):
    """An author with a profile in the expert directory (found by the slug of the name)."""
    return ("expert", same(name))


def person(name):
    """An author without a profile."""
    return ("name", same(name))


def paragraph(*texts):
    return ("paragraph", list(texts))


def chapter(title, place_name, latitude, longitude, zoom, text):
    """A chapter of the story map: a real place in or near the landscape, and what happened
    there (one paragraph)."""
    return (
        "map_chapter",
        {
            "title": title,
            "place_name": same(place_name),
            "latitude": latitude,
            "longitude": longitude,
            "zoom": zoom,
            "text": text,
        },
    )


def figures(heading, *rows):
    """Key figures, each row a (number, unit, label, source). The number is written as in
    English ("20,000", "4.5") and stored as a number, which each language's page writes its own
    way (20.000 in Spanish, 20 000 in French): it is the same in every translation."""
    return (
        "figures",
        {
            "heading": heading,
            "figures": [
                {
                    "number": Decimal(value.replace(",", "")),
                    "unit": same(unit),
                    "label": label,
                    "source": same(source),
                }
                for value, unit, label, source in rows
            ],
        },
    )


def quote(text, attribution):
    return ("quote", {"text": text, "attribution": attribution})


def before_after(before_label, after_label, caption):
    """A before/after pair; the loader draws its two images."""
    return (
        "before_after",
        {"before_label": same(before_label), "after_label": same(after_label), "caption": caption},
    )


def gallery(heading, *captions):
    """A photo gallery, one image drawn by the loader for each caption."""
    return ("gallery", {"heading": heading, "captions": list(captions)})


# The demo's pictures are drawn for it, and their credit says so.
CREDIT = t(
    "Demo image, generated for this site",
    es="Imagen de demostración, generada para este sitio",
    fr="Image de démonstration, générée pour ce site",
    pt="Imagem de demonstração, gerada para este site",
)
# What the drawn pictures in the body show, for their alt text (the same words as the network
# demo's landscapes use).
IMAGE_DESCRIPTION = drawn_image_description(TRANSLATIONS)
TONNES = t("tonnes", es="toneladas", fr="tonnes", pt="toneladas")

INDEX_PAGE = {
    "title": t("Stories", es="Historias", fr="Récits", pt="Histórias"),
    "slug": "stories",  # the same in every language: the index synchronises its slug
    "intro": t(
        "Landscape partnerships tell, in their own words and on the map, what has changed on the ground.",
        es="Las alianzas de paisaje cuentan, con sus propias palabras y sobre el mapa, lo que ha cambiado sobre el terreno.",
        fr="Les partenariats de paysage racontent, avec leurs propres mots et sur la carte, ce qui a changé sur le terrain.",
        pt="As parcerias de paisagem contam, com suas próprias palavras e no mapa, o que mudou no território.",
    ),
}

# Newest first. "days_ago" dates each story back from the day the demo is loaded.
STORIES = [
    {
        "slug": t(
            "springs-return",
            es="el-regreso-de-los-manantiales",
            fr="le-retour-des-sources",
            pt="o-retorno-das-nascentes",
        ),
        "title": t(
            "The springs return above Lake Tana",
            es="Los manantiales vuelven sobre el lago Tana",
            fr="Les sources reviennent au-dessus du lac Tana",
            pt="As nascentes voltam acima do lago Tana",
        ),
        "days_ago": 9,
        "featured": True,
        "landscape": "lake-tana-highlands",
        "countries": ["ET"],
        "themes": ["water-management", "ecosystem-restoration", "community-engagement"],
        "sdgs": [6, 15],
        "returns": ["natural", "social"],
        "zones": ["natural", "combined"],
        "authors": [expert("Abebe Tesfaye"), expert("Hirut Alemu")],
        "standfirst": t(
            "Ten years after villages closed their bare hillsides to grazing, springs that had been dry since the 1980s run again, and less of the highlands' soil ends up in Ethiopia's largest lake.",
            es="Diez años después de que las aldeas cerraran al pastoreo sus laderas desnudas, vuelven a correr manantiales secos desde los años ochenta, y menos suelo de las tierras altas acaba en el mayor lago de Etiopía.",
            fr="Dix ans après que les villages ont fermé leurs collines dénudées au pâturage, des sources taries depuis les années 1980 coulent de nouveau, et moins de terre des hautes terres finit dans le plus grand lac d'Éthiopie.",
            pt="Dez anos depois de as aldeias fecharem ao pastoreio suas encostas nuas, nascentes secas desde os anos 1980 voltam a correr, e menos solo das terras altas acaba no maior lago da Etiópia.",
        ),
        "hero_caption": t(
            "Terraced fields and a closed hillside in the Koga watershed, south of Lake Tana",
            es="Campos en terrazas y una ladera cerrada al pastoreo en la cuenca del Koga, al sur del lago Tana",
            fr="Champs en terrasses et colline mise en défens dans le bassin du Koga, au sud du lac Tana",
            pt="Campos em terraços e uma encosta fechada ao pastoreio na bacia do Koga, ao sul do lago Tana",
        ),
        "body": [
            paragraph(
                t(
                    "In the dry months before 2015, women from the villages of the Koga watershed walked two hours to fetch water from the river. Today most of them fill their jerrycans at a spring within twenty minutes of home.",
                    es="En los meses secos antes de 2015, las mujeres de las aldeas de la cuenca del Koga caminaban dos horas para sacar agua del río. Hoy la mayoría llena sus bidones en un manantial a menos de veinte minutos de casa.",
                    fr="Pendant les mois secs, avant 2015, les femmes des villages du bassin du Koga marchaient deux heures pour puiser l'eau à la rivière. Aujourd'hui, la plupart remplissent leurs bidons à une source à moins de vingt minutes de chez elles.",
                    pt="Nos meses secos antes de 2015, as mulheres das aldeias da bacia do Koga caminhavam duas horas para buscar água no rio. Hoje a maioria enche seus galões numa nascente a menos de vinte minutos de casa.",
                )
            ),
            chapter(
                t(
                    "Where the Blue Nile begins",
                    es="Donde nace el Nilo Azul",
                    fr="Là où naît le Nil Bleu",
                    pt="Onde nasce o Nilo Azul",
                ),
                "Bahir Dar",
                11.594,
                37.39,
                9,
                t(
                    "Lake Tana feeds the Blue Nile, and millions of people downstream depend on it. Each rainy season the rivers that fill it carry soil washed from the farmed slopes around it.",
                    es="El lago Tana alimenta el Nilo Azul, y de él dependen millones de personas aguas abajo. En cada estación de lluvias, los ríos que lo llenan arrastran suelo lavado de las laderas cultivadas que lo rodean.",
                    fr="Le lac Tana alimente le Nil Bleu, dont dépendent des millions de personnes en aval. À chaque saison des pluies, les rivières qui le remplissent charrient la terre arrachée aux pentes cultivées qui l'entourent.",
                    pt="O lago Tana alimenta o Nilo Azul, e milhões de pessoas rio abaixo dependem dele. A cada estação chuvosa, os rios que o enchem carregam solo lavado das encostas cultivadas ao seu redor.",
                ),
            ),
            chapter(
                t(
                    "Closing the hillsides",
                    es="Cerrar las laderas",
                    fr="Mettre les collines en défens",
                    pt="Fechar as encostas",
                ),
                t(
                    "Koga watershed, near Merawi",
                    es="Cuenca del Koga, cerca de Merawi",
                    fr="Bassin du Koga, près de Merawi",
                    pt="Bacia do Koga, perto de Merawi",
                ),
                11.37,
                37.14,
                12,
                t(
                    "In 2015 the kebele assemblies agreed to close 400 hectares of the most eroded slopes to cattle and goats. Families cut grass there by hand instead, and carry it home to stall-fed animals.",
                    es="En 2015, las asambleas de los kebeles acordaron cerrar al ganado y a las cabras 400 hectáreas de las laderas más erosionadas. Las familias siegan allí la hierba a mano y la llevan a casa para los animales estabulados.",
                    fr="En 2015, les assemblées des kebeles ont décidé de fermer aux bovins et aux chèvres 400 hectares des pentes les plus érodées. Les familles y coupent l'herbe à la main et la rapportent aux animaux nourris à l'étable.",
                    pt="Em 2015, as assembleias dos kebeles decidiram fechar ao gado e às cabras 400 hectares das encostas mais erodidas. As famílias cortam ali o capim à mão e o levam para casa, para os animais criados no estábulo.",
                ),
            ),
            before_after(
                "2014",
                "2024",
                t(
                    "The same hillside above Merawi before it was closed to grazing and ten years later",
                    es="La misma ladera sobre Merawi antes de cerrarse al pastoreo y diez años después",
                    fr="La même colline au-dessus de Merawi avant sa mise en défens et dix ans plus tard",
                    pt="A mesma encosta acima de Merawi antes de ser fechada ao pastoreio e dez anos depois",
                ),
            ),
            paragraph(
                t(
                    "Stone terraces followed on the farmed slopes below, built in the community work campaigns that each household joins for a few weeks after the harvest. The terraces slow the runoff and let the rain soak into the ground.",
                    es="Después llegaron las terrazas de piedra en las laderas cultivadas de abajo, construidas en las campañas de trabajo comunitario a las que cada hogar se suma unas semanas tras la cosecha. Las terrazas frenan la escorrentía y dejan que la lluvia se infiltre en el suelo.",
                    fr="Puis sont venues les terrasses de pierre sur les pentes cultivées en contrebas, bâties lors des campagnes de travail communautaire auxquelles chaque foyer participe quelques semaines après la récolte. Elles ralentissent le ruissellement et laissent la pluie s'infiltrer dans le sol.",
                    pt="Depois vieram os terraços de pedra nas encostas cultivadas mais abaixo, construídos nas campanhas de trabalho comunitário de que cada família participa por algumas semanas após a colheita. Os terraços freiam a enxurrada e deixam a chuva se infiltrar no solo.",
                )
            ),
            chapter(
                t(
                    "The first spring",
                    es="El primer manantial",
                    fr="La première source",
                    pt="A primeira nascente",
                ),
                t(
                    "Springs of the upper Koga",
                    es="Manantiales del alto Koga",
                    fr="Sources du haut Koga",
                    pt="Nascentes do alto Koga",
                ),
                11.3,
                37.08,
                13,
                t(
                    "In 2019 a spring below the closed hillside flowed through the whole dry season for the first time in living memory. The village fenced it, built a stone basin and chose a committee to keep it clean.",
                    es="En 2019, un manantial bajo la ladera cerrada corrió durante toda la estación seca por primera vez en la memoria de los vecinos. La aldea lo cercó, construyó una pila de piedra y eligió un comité para mantenerlo limpio.",
                    fr="En 2019, une source sous la colline mise en défens a coulé toute la saison sèche, une première de mémoire d'habitant. Le village l'a clôturée, y a construit un bassin de pierre et a élu un comité pour la garder propre.",
                    pt="Em 2019, uma nascente abaixo da encosta fechada correu durante toda a estação seca pela primeira vez na memória dos moradores. A aldeia a cercou, construiu um tanque de pedra e escolheu um comitê para mantê-la limpa.",
                ),
            ),
            figures(
                t(
                    "Ten years in the Koga watershed",
                    es="Diez años en la cuenca del Koga",
                    fr="Dix ans dans le bassin du Koga",
                    pt="Dez anos na bacia do Koga",
                ),
                (
                    "400",
                    "ha",
                    t(
                        "of hillside closed to grazing",
                        es="de ladera cerrada al pastoreo",
                        fr="de collines mises en défens",
                        pt="de encosta fechada ao pastoreio",
                    ),
                    "Lake Tana Watershed Bureau, 2024",
                ),
                (
                    "23",
                    "",
                    t(
                        "springs flowing all year",
                        es="manantiales que corren todo el año",
                        fr="sources qui coulent toute l'année",
                        pt="nascentes que correm o ano todo",
                    ),
                    "Lake Tana Watershed Bureau, 2024",
                ),
                (
                    "40",
                    "%",
                    t(
                        "less silt in the Koga river",
                        es="menos sedimento en el río Koga",
                        fr="de limon en moins dans la rivière Koga",
                        pt="menos sedimento no rio Koga",
                    ),
                    monitoring("2016\u20132024"),
                ),
            ),
            quote(
                t(
                    "We used to queue at the river before dawn. Now the spring is so close that my daughters get to school on time.",
                    es="Antes hacíamos cola en el río antes del amanecer. Ahora el manantial está tan cerca que mis hijas llegan a tiempo a la escuela.",
                    fr="Avant, nous faisions la queue à la rivière avant l'aube. Maintenant la source est si proche que mes filles arrivent à l'heure à l'école.",
                    pt="Antes a gente fazia fila no rio antes do amanhecer. Agora a nascente está tão perto que minhas filhas chegam na hora à escola.",
                ),
                t(
                    "Tigist Alemayehu, member of the spring committee",
                    es="Tigist Alemayehu, integrante del comité del manantial",
                    fr="Tigist Alemayehu, membre du comité de la source",
                    pt="Tigist Alemayehu, integrante do comitê da nascente",
                ),
            ),
            chapter(
                t(
                    "From the hills to the lake",
                    es="De las colinas al lago",
                    fr="Des collines au lac",
                    pt="Das colinas ao lago",
                ),
                t(
                    "Gilgel Abay mouth, Lake Tana",
                    es="Desembocadura del Gilgel Abay, lago Tana",
                    fr="Embouchure du Gilgel Abay, lac Tana",
                    pt="Foz do Gilgel Abay, lago Tana",
                ),
                11.73,
                37.06,
                10,
                t(
                    "The partnership now wants every watershed draining into Lake Tana to follow. Less silt in the rivers also means fewer of the nutrients that feed the water hyacinth choking the lake's shores.",
                    es="La alianza quiere ahora que todas las cuencas que desaguan en el lago Tana sigan el ejemplo. Menos sedimento en los ríos también significa menos nutrientes para el jacinto de agua que asfixia las orillas del lago.",
                    fr="Le partenariat veut désormais que tous les bassins qui se déversent dans le lac Tana suivent cet exemple. Moins de limon dans les rivières, c'est aussi moins de nutriments pour la jacinthe d'eau qui étouffe les rives du lac.",
                    pt="A parceria quer agora que todas as bacias que deságuam no lago Tana sigam o exemplo. Menos sedimento nos rios também significa menos nutrientes para o aguapé que sufoca as margens do lago.",
                ),
            ),
            paragraph(
                t(
                    "Twenty neighbouring kebeles have asked to join the next campaign. Landless young people who keep bees on the closed hillsides will show them how the grass pays.",
                    es="Veinte kebeles vecinos han pedido sumarse a la próxima campaña. Los jóvenes sin tierra que crían abejas en las laderas cerradas les mostrarán cómo rinde la hierba.",
                    fr="Vingt kebeles voisins ont demandé à rejoindre la prochaine campagne. Les jeunes sans terre qui élèvent des abeilles sur les collines mises en défens leur montreront ce que rapporte l'herbe.",
                    pt="Vinte kebeles vizinhos pediram para entrar na próxima campanha. Os jovens sem-terra que criam abelhas nas encostas fechadas vão mostrar a eles quanto rende o capim.",
                )
            ),
        ],
    },
    {
        "slug": t(
            "grass-comes-back-to-laikipia",
            es="la-hierba-vuelve-a-laikipia",
            fr="l-herbe-revient-a-laikipia",
            pt="o-capim-volta-a-laikipia",
        ),
        "title": t(
            "Grass comes back to Laikipia",
            es="La hierba vuelve a Laikipia",
            fr="L'herbe revient à Laikipia",
            pt="O capim volta a Laikipia",
        ),
        "days_ago": 31,
        "landscape": "laikipia-rangelands",
        "countries": ["KE"],
        "themes": ["ecosystem-restoration", "community-engagement", "climate-adaptation"],
        "sdgs": [13, 15],
        "returns": ["natural", "social", "financial"],
        "zones": ["combined"],
        "authors": [expert("Wanjiru Kamau"), expert("Joseph Lekaldero")],
        "standfirst": t(
            "Pastoralist conservancies north of Mount Kenya plan their grazing a season ahead and seed the bare ground behind stone bunds. After three rainy seasons, grass covers land that had been bare for a generation.",
            es="Las áreas de conservación pastoriles al norte del monte Kenia planifican el pastoreo con una temporada de antelación y siembran el suelo desnudo detrás de diques de piedra. Tras tres estaciones de lluvias, la hierba cubre tierras que llevaban una generación desnudas.",
            fr="Au nord du mont Kenya, les aires de conservation pastorales planifient le pâturage une saison à l'avance et sèment les sols nus derrière des cordons de pierres. Après trois saisons des pluies, l'herbe couvre des terres nues depuis une génération.",
            pt="As áreas de conservação pastoris ao norte do monte Quênia planejam o pastoreio com uma estação de antecedência e semeiam o solo nu atrás de cordões de pedra. Depois de três estações chuvosas, o capim cobre terras que estavam nuas havia uma geração.",
        ),
        "hero_caption": t(
            "Herders beside a seeded plot behind stone bunds in the Naibunga conservancy",
            es="Pastores junto a una parcela sembrada tras diques de piedra en el área de conservación de Naibunga",
            fr="Des éleveurs près d'une parcelle semée derrière des cordons de pierres, dans l'aire de conservation de Naibunga",
            pt="Pastores ao lado de uma parcela semeada atrás de cordões de pedra na área de conservação de Naibunga",
        ),
        "body": [
            paragraph(
                t(
                    "When the 2022 drought ended, the plains west of Dol Dol were bare to the horizon. Cattle had died by the thousand, and the first rains washed away what topsoil was left.",
                    es="Cuando terminó la sequía de 2022, las llanuras al oeste de Dol Dol estaban desnudas hasta el horizonte. El ganado había muerto por miles, y las primeras lluvias arrastraron la poca capa fértil que quedaba.",
                    fr="Quand la sécheresse de 2022 a pris fin, les plaines à l'ouest de Dol Dol étaient nues jusqu'à l'horizon. Le bétail était mort par milliers, et les premières pluies ont emporté le peu de terre arable qui restait.",
                    pt="Quando a seca de 2022 terminou, as planícies a oeste de Dol Dol estavam nuas até o horizonte. O gado tinha morrido aos milhares, e as primeiras chuvas levaram o pouco de solo fértil que restava.",
                )
            ),
            chapter(
                t(
                    "A plateau under pressure",
                    es="Una meseta bajo presión",
                    fr="Un plateau sous pression",
                    pt="Um planalto sob pressão",
                ),
                t(
                    "Laikipia plateau",
                    es="Meseta de Laikipia",
                    fr="Plateau de Laikipia",
                    pt="Planalto de Laikipia",
                ),
                0.3,
                36.9,
                8,
                t(
                    "Laikipia's pastoralists share the plateau with large ranches and Kenya's largest wildlife populations outside the national parks. Longer droughts have turned the competition for grass into conflict.",
                    es="Los pastores de Laikipia comparten la meseta con grandes ranchos y con la mayor fauna silvestre de Kenia fuera de los parques nacionales. Las sequías cada vez más largas han convertido la competencia por la hierba en conflicto.",
                    fr="Les pasteurs de Laikipia partagent le plateau avec de grands ranchs et la plus importante faune sauvage du Kenya hors des parcs nationaux. Des sécheresses plus longues ont transformé la concurrence pour l'herbe en conflit.",
                    pt="Os pastores de Laikipia dividem o planalto com grandes fazendas e com a maior fauna silvestre do Quênia fora dos parques nacionais. Secas cada vez mais longas transformaram a disputa pelo capim em conflito.",
                ),
            ),
            chapter(
                t(
                    "Stone by stone",
                    es="Piedra a piedra",
                    fr="Pierre après pierre",
                    pt="Pedra por pedra",
                ),
                t(
                    "Naibunga conservancy",
                    es="Área de conservación de Naibunga",
                    fr="Aire de conservation de Naibunga",
                    pt="Área de conservação de Naibunga",
                ),
                0.47,
                36.86,
                11,
                t(
                    "Teams of women and young herders laid stone bunds across the slope to catch the runoff, then broadcast seed of local grasses collected the year before. Each plot was rested for two rainy seasons.",
                    es="Equipos de mujeres y jóvenes pastores colocaron diques de piedra a lo largo de la pendiente para retener la escorrentía y luego esparcieron semillas de pastos locales recogidas el año anterior. Cada parcela descansó dos estaciones de lluvias.",
                    fr="Des équipes de femmes et de jeunes éleveurs ont posé des cordons de pierres en travers de la pente pour retenir le ruissellement, puis semé à la volée des graminées locales récoltées l'année précédente. Chaque parcelle a été mise au repos pendant deux saisons des pluies.",
                    pt="Equipes de mulheres e jovens pastores montaram cordões de pedra ao longo da encosta para reter a enxurrada e depois espalharam sementes de capins locais colhidas no ano anterior. Cada parcela descansou por duas estações chuvosas.",
                ),
            ),
            before_after(
                t(
                    "Before seeding",
                    es="Antes de la siembra",
                    fr="Avant les semis",
                    pt="Antes da semeadura",
                ),
                t(
                    "Three seasons later",
                    es="Tres estaciones después",
                    fr="Trois saisons plus tard",
                    pt="Três estações depois",
                ),
                t(
                    "A seeded plot near Dol Dol",
                    es="Una parcela sembrada cerca de Dol Dol",
                    fr="Une parcelle semée près de Dol Dol",
                    pt="Uma parcela semeada perto de Dol Dol",
                ),
            ),
            chapter(
                t(
                    "A grazing plan agreed in advance",
                    es="Un plan de pastoreo acordado de antemano",
                    fr="Un plan de pâturage décidé à l'avance",
                    pt="Um plano de pastoreio combinado com antecedência",
                ),
                "Dol Dol",
                0.39,
                37.16,
                12,
                t(
                    "Before each rainy season, the grazing committees of neighbouring conservancies meet in Dol Dol to decide which areas rest and where the herds go. Elders settle disputes before they start.",
                    es="Antes de cada estación de lluvias, los comités de pastoreo de las áreas de conservación vecinas se reúnen en Dol Dol para decidir qué zonas descansan y adónde van los rebaños. Los ancianos resuelven las disputas antes de que empiecen.",
                    fr="Avant chaque saison des pluies, les comités de pâturage des aires de conservation voisines se réunissent à Dol Dol pour décider quelles zones se reposent et où vont les troupeaux. Les anciens règlent les différends avant qu'ils n'éclatent.",
                    pt="Antes de cada estação chuvosa, os comitês de pastoreio das áreas de conservação vizinhas se reúnem em Dol Dol para decidir quais áreas descansam e para onde vão os rebanhos. Os anciãos resolvem as disputas antes que comecem.",
                ),
            ),
            figures(
                t(
                    "Three rainy seasons later",
                    es="Tres estaciones de lluvias después",
                    fr="Trois saisons des pluies plus tard",
                    pt="Três estações chuvosas depois",
                ),
                (
                    "20,000",
                    "ha",
                    t(
                        "of bare ground under grass again",
                        es="de suelo desnudo cubierto de nuevo de hierba",
                        fr="de sol nu de nouveau couvert d'herbe",
                        pt="de solo nu coberto de capim outra vez",
                    ),
                    "Laikipia Pastoralist Council, 2025",
                ),
                (
                    "14",
                    "",
                    t(
                        "conservancies with a joint grazing plan",
                        es="áreas de conservación con un plan de pastoreo conjunto",
                        fr="aires de conservation dotées d'un plan de pâturage commun",
                        pt="áreas de conservação com um plano de pastoreio conjunto",
                    ),
                    "Laikipia Pastoralist Council, 2025",
                ),
                (
                    "6",
                    TONNES,
                    t(
                        "of grass seed collected by local teams",
                        es="de semillas de pasto recogidas por equipos locales",
                        fr="de semences de graminées récoltées par des équipes locales",
                        pt="de sementes de capim colhidas por equipes locais",
                    ),
                    monitoring("2025"),
                ),
            ),
            chapter(
                t(
                    "Room for wildlife",
                    es="Espacio para la fauna",
                    fr="De la place pour la faune",
                    pt="Espaço para a fauna",
                ),
                t(
                    "Ewaso Ng'iro river",
                    es="Río Ewaso Ng'iro",
                    fr="Rivière Ewaso Ng'iro",
                    pt="Rio Ewaso Ng'iro",
                ),
                0.58,
                37.13,
                10,
                t(
                    "The rested pastures along the river now hold grass into the dry season, and elephants and Grevy's zebras move through corridors the conservancies agreed to keep open.",
                    es="Los pastos en descanso a lo largo del río conservan ahora la hierba hasta la estación seca, y elefantes y cebras de Grevy transitan por corredores que las áreas de conservación acordaron mantener abiertos.",
                    fr="Les pâturages au repos le long de la rivière gardent désormais de l'herbe jusqu'à la saison sèche, et éléphants et zèbres de Grévy empruntent des corridors que les aires de conservation ont convenu de laisser ouverts.",
                    pt="Os pastos em descanso ao longo do rio agora mantêm capim até a estação seca, e elefantes e zebras-de-grevy passam por corredores que as áreas de conservação combinaram manter abertos.",
                ),
            ),
            gallery(
                t("On the plots", es="En las parcelas", fr="Sur les parcelles", pt="Nas parcelas"),
                t(
                    "Collecting grass seed after the long rains",
                    es="Recogida de semillas de pasto tras las lluvias largas",
                    fr="Récolte de semences d'herbe après les grandes pluies",
                    pt="Coleta de sementes de capim depois das chuvas longas",
                ),
                t(
                    "A grazing committee meeting in Dol Dol",
                    es="Reunión de un comité de pastoreo en Dol Dol",
                    fr="Réunion d'un comité de pâturage à Dol Dol",
                    pt="Reunião de um comitê de pastoreio em Dol Dol",
                ),
                t(
                    "Cattle back on a rested pasture",
                    es="Ganado de vuelta en un pasto que ha descansado",
                    fr="Le bétail de retour sur un pâturage reposé",
                    pt="Gado de volta a um pasto descansado",
                ),
            ),
            paragraph(
                t(
                    "Healthier cattle now fetch better prices at the conservancies' own livestock market, and part of the proceeds pays the seed teams for the next season.",
                    es="El ganado más sano se vende ahora a mejor precio en el mercado de ganado de las propias áreas de conservación, y parte de lo recaudado paga a los equipos de semillas de la siguiente temporada.",
                    fr="Le bétail en meilleure santé se vend désormais mieux au marché aux bestiaux des aires de conservation, et une partie des recettes paie les équipes de semis de la saison suivante.",
                    pt="O gado mais saudável agora alcança preços melhores no mercado de gado das próprias áreas de conservação, e parte da renda paga as equipes de sementes da estação seguinte.",
                )
            ),
        ],
    },
    {
        "slug": t(
            "blocking-the-canals",
            es="cerrar-los-canales",
            fr="boucher-les-canaux",
            pt="fechar-os-canais",
        ),
        "title": t(
            "Blocking the canals that dried the peat",
            es="Cerrar los canales que secaron la turba",
            fr="Boucher les canaux qui ont asséché la tourbe",
            pt="Fechar os canais que secaram a turfa",
        ),
        "days_ago": 58,
        "landscape": "kahayan-peatlands",
        "countries": ["ID"],
        "themes": ["water-management", "ecosystem-restoration", "climate-adaptation"],
        "sdgs": [3, 13],
        "returns": ["natural", "social"],
        "zones": ["natural", "combined"],
        "authors": [expert("Dewi Rahmawati")],
        "standfirst": t(
            "In Central Kalimantan, village peat care groups have built hundreds of small dams across the canals of a failed rice project. The water is rising in the peat, and the fires of the dry season are fewer.",
            es="En Kalimantan Central, los grupos de cuidado de la turba de las aldeas han construido cientos de pequeñas presas en los canales de un proyecto arrocero fracasado. El agua sube en la turba y los incendios de la estación seca son menos.",
            fr="Au Kalimantan central, les groupes villageois de protection de la tourbe ont construit des centaines de petits barrages sur les canaux d'un projet rizicole abandonné. L'eau remonte dans la tourbe, et les incendies de saison sèche se font plus rares.",
            pt="Em Kalimantan Central, os grupos de cuidado da turfa das aldeias construíram centenas de pequenas barragens nos canais de um projeto de arroz fracassado. A água está subindo na turfa, e os incêndios da estação seca são menos frequentes.",
        ),
        "hero_caption": t(
            "A canal block of ironwood and sandbags near Tumbang Nusa",
            es="Un cierre de canal de madera de hierro y sacos de arena cerca de Tumbang Nusa",
            fr="Un barrage de canal en bois de fer et sacs de sable près de Tumbang Nusa",
            pt="Uma barragem de canal de pau-ferro e sacos de areia perto de Tumbang Nusa",
        ),
        "body": [
            paragraph(
                t(
                    "In 2015 and again in 2019, smoke from burning peat closed schools and the airport in Palangka Raya for weeks. The fires started in peat that canals had drained two decades before.",
                    es="En 2015 y de nuevo en 2019, el humo de la turba en llamas cerró durante semanas las escuelas y el aeropuerto de Palangka Raya. Los incendios empezaron en una turba que los canales habían drenado dos décadas antes.",
                    fr="En 2015, puis en 2019, la fumée de la tourbe en feu a fermé pendant des semaines les écoles et l'aéroport de Palangka Raya. Les incendies sont partis d'une tourbe que des canaux avaient drainée vingt ans plus tôt.",
                    pt="Em 2015 e de novo em 2019, a fumaça da turfa em chamas fechou por semanas as escolas e o aeroporto de Palangka Raya. Os incêndios começaram numa turfa que os canais haviam drenado duas décadas antes.",
                )
            ),
            chapter(
                t(
                    "A city in the haze",
                    es="Una ciudad bajo la bruma",
                    fr="Une ville dans la brume",
                    pt="Uma cidade na fumaça",
                ),
                "Palangka Raya",
                -2.21,
                113.92,
                10,
                t(
                    "The provincial capital sits at the edge of the peat dome. In the worst weeks of 2019 the air quality index passed 1,000 and hospitals filled with children with breathing problems.",
                    es="La capital provincial se asienta al borde de la cúpula de turba. En las peores semanas de 2019, el índice de calidad del aire superó 1.000 y los hospitales se llenaron de niños con problemas respiratorios.",
                    fr="La capitale provinciale est située au bord du dôme de tourbe. Pendant les pires semaines de 2019, l'indice de qualité de l'air a dépassé 1 000 et les hôpitaux se sont remplis d'enfants souffrant de problèmes respiratoires.",
                    pt="A capital da província fica na borda do domo de turfa. Nas piores semanas de 2019, o índice de qualidade do ar passou de 1.000 e os hospitais se encheram de crianças com problemas respiratórios.",
                ),
            ),
            chapter(
                t(
                    "Canals of the rice project",
                    es="Los canales del proyecto arrocero",
                    fr="Les canaux du projet rizicole",
                    pt="Os canais do projeto de arroz",
                ),
                t(
                    "Former Mega Rice Project, Block C",
                    es="Antiguo Proyecto Mega Arroz, Bloque C",
                    fr="Ancien projet Mega Rice, bloc C",
                    pt="Antigo Projeto Mega Arroz, Bloco C",
                ),
                -2.6,
                114.15,
                9,
                t(
                    "In the 1990s thousands of kilometres of canals were dug to turn a million hectares of peat swamp into rice fields. The rice never grew, but the canals went on draining the peat.",
                    es="En los años noventa se excavaron miles de kilómetros de canales para convertir un millón de hectáreas de turbera en arrozales. El arroz nunca creció, pero los canales siguieron drenando la turba.",
                    fr="Dans les années 1990, des milliers de kilomètres de canaux ont été creusés pour transformer un million d'hectares de tourbières en rizières. Le riz n'a jamais poussé, mais les canaux ont continué de drainer la tourbe.",
                    pt="Nos anos 1990 foram escavados milhares de quilômetros de canais para transformar um milhão de hectares de turfeira em arrozais. O arroz nunca cresceu, mas os canais continuaram drenando a turfa.",
                ),
            ),
            paragraph(
                t(
                    "The peat care groups chose the canals to block by walking them with a water-level logger and a map drawn with the elders. Each block is built by hand from ironwood, sandbags and compacted peat.",
                    es="Los grupos de cuidado de la turba eligieron los canales que cerrar recorriéndolos con un registrador de nivel de agua y un mapa dibujado con los ancianos. Cada cierre se construye a mano con madera de hierro, sacos de arena y turba compactada.",
                    fr="Les groupes de protection de la tourbe ont choisi les canaux à boucher en les parcourant avec un enregistreur de niveau d'eau et une carte dessinée avec les anciens. Chaque barrage est construit à la main en bois de fer, sacs de sable et tourbe tassée.",
                    pt="Os grupos de cuidado da turfa escolheram os canais a fechar percorrendo-os com um registrador de nível de água e um mapa desenhado com os anciãos. Cada barragem é construída à mão com pau-ferro, sacos de areia e turfa compactada.",
                )
            ),
            chapter(
                t(
                    "The first blocks",
                    es="Los primeros cierres",
                    fr="Les premiers barrages",
                    pt="As primeiras barragens",
                ),
                "Tumbang Nusa",
                -2.34,
                114.06,
                12,
                t(
                    "The village of Tumbang Nusa built its first twelve blocks in 2021. Within a year the water table in the peat behind them had risen by forty centimetres.",
                    es="La aldea de Tumbang Nusa construyó sus doce primeros cierres en 2021. En un año, el nivel freático de la turba detrás de ellos subió cuarenta centímetros.",
                    fr="Le village de Tumbang Nusa a construit ses douze premiers barrages en 2021. En un an, la nappe dans la tourbe en amont était remontée de quarante centimètres.",
                    pt="A aldeia de Tumbang Nusa construiu suas doze primeiras barragens em 2021. Em um ano, o lençol freático na turfa atrás delas subiu quarenta centímetros.",
                ),
            ),
            before_after(
                t(
                    "Drained canal, 2020",
                    es="Canal drenado, 2020",
                    fr="Canal drainé, 2020",
                    pt="Canal drenado, 2020",
                ),
                t(
                    "Blocked canal, 2024",
                    es="Canal cerrado, 2024",
                    fr="Canal bouché, 2024",
                    pt="Canal fechado, 2024",
                ),
                t(
                    "The same canal below Tumbang Nusa before and after it was blocked",
                    es="El mismo canal aguas abajo de Tumbang Nusa antes y después de cerrarlo",
                    fr="Le même canal en aval de Tumbang Nusa avant et après sa fermeture",
                    pt="O mesmo canal abaixo de Tumbang Nusa antes e depois de ser fechado",
                ),
            ),
            figures(
                t(
                    "Rewetting in numbers",
                    es="La rehumidificación en cifras",
                    fr="La remise en eau en chiffres",
                    pt="A reumidificação em números",
                ),
                (
                    "640",
                    "",
                    t(
                        "canal blocks built by village groups",
                        es="cierres de canal construidos por grupos de las aldeas",
                        fr="barrages de canal construits par les groupes villageois",
                        pt="barragens de canal construídas por grupos das aldeias",
                    ),
                    "Kahayan Peat Care Forum, 2025",
                ),
                (
                    "40",
                    "cm",
                    t(
                        "rise in the dry-season water table",
                        es="de subida del nivel freático en la estación seca",
                        fr="de hausse de la nappe en saison sèche",
                        pt="de elevação do lençol freático na estação seca",
                    ),
                    monitoring("2021\u20132024"),
                ),
                (
                    "70",
                    "%",
                    t(
                        "fewer hotspots in rewetted areas in 2023",
                        es="menos focos de calor en las zonas rehumidificadas en 2023",
                        fr="de points chauds en moins dans les zones remises en eau en 2023",
                        pt="menos focos de calor nas áreas reumidificadas em 2023",
                    ),
                    t(
                        "Satellite fire alerts, 2019 and 2023",
                        es="Alertas de incendio por satélite, 2019 y 2023",
                        fr="Alertes incendie par satellite, 2019 et 2023",
                        pt="Alertas de incêndio por satélite, 2019 e 2023",
                    ),
                ),
            ),
            chapter(
                t(
                    "Forest on wet peat",
                    es="Bosque sobre turba húmeda",
                    fr="La forêt sur tourbe humide",
                    pt="Floresta sobre turfa úmida",
                ),
                t(
                    "Sebangau National Park",
                    es="Parque Nacional de Sebangau",
                    fr="Parc national de Sebangau",
                    pt="Parque Nacional de Sebangau",
                ),
                -2.6,
                113.75,
                9,
                t(
                    "Behind the blocks, groups replant native trees such as jelutong and belangeran, grown in village nurseries. Orangutans from Sebangau have been seen in the oldest plantings.",
                    es="Detrás de los cierres, los grupos replantan árboles nativos como el jelutong y el belangeran, criados en viveros de las aldeas. Se han visto orangutanes de Sebangau en las plantaciones más antiguas.",
                    fr="Derrière les barrages, les groupes replantent des arbres indigènes comme le jelutong et le belangeran, élevés dans les pépinières villageoises. Des orangs-outans de Sebangau ont été aperçus dans les plus anciennes plantations.",
                    pt="Atrás das barragens, os grupos replantam árvores nativas como o jelutong e o belangeran, produzidas em viveiros das aldeias. Orangotangos de Sebangau já foram vistos nos plantios mais antigos.",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "a-water-fund-across-three-borders",
            es="un-fondo-de-agua-entre-tres-fronteras",
            fr="un-fonds-pour-l-eau-entre-trois-frontieres",
            pt="um-fundo-de-agua-entre-tres-fronteiras",
        ),
        "title": t(
            "A water fund across three borders",
            es="Un fondo de agua entre tres fronteras",
            fr="Un fonds pour l'eau entre trois frontières",
            pt="Um fundo de água entre três fronteiras",
        ),
        "days_ago": 86,
        "landscape": "trifinio-highlands",
        "countries": ["GT", "HN", "SV"],
        "themes": ["landscape-finance", "water-management", "governance-policy"],
        "sdgs": [6, 17],
        "returns": ["financial", "natural", "social"],
        "zones": ["natural", "economic"],
        "authors": [expert("María José López"), person("Óscar Rivera")],
        "standfirst": t(
            "Coffee growers in Guatemala, Honduras and El Salvador set aside part of the premium on their shared origin to protect the springs of Montecristo. Towns downstream now pay in too.",
            es="Caficultores de Guatemala, Honduras y El Salvador destinan parte del sobreprecio de su origen compartido a proteger los manantiales de Montecristo. Ahora también aportan los municipios de aguas abajo.",
            fr="Des caféiculteurs du Guatemala, du Honduras et du Salvador consacrent une partie de la prime de leur origine commune à protéger les sources du Montecristo. Les villes en aval y contribuent désormais aussi.",
            pt="Cafeicultores da Guatemala, de Honduras e de El Salvador destinam parte do prêmio de sua origem compartilhada à proteção das nascentes de Montecristo. Agora as cidades rio abaixo também contribuem.",
        ),
        "hero_caption": t(
            "Shade coffee below the cloud forest of Montecristo",
            es="Café bajo sombra al pie del bosque nuboso de Montecristo",
            fr="Café sous ombrage au pied de la forêt de nuages du Montecristo",
            pt="Café sombreado abaixo da floresta nebular de Montecristo",
        ),
        "body": [
            paragraph(
                t(
                    "Montecristo is a mountain of three countries. Its cloud forest catches the moisture of the clouds, and its springs feed the Lempa, the Motagua and the Ulúa, rivers on which millions of people depend.",
                    es="Montecristo es una montaña de tres países. Su bosque nuboso atrapa la humedad de las nubes, y sus manantiales alimentan el Lempa, el Motagua y el Ulúa, ríos de los que dependen millones de personas.",
                    fr="Le Montecristo est une montagne de trois pays. Sa forêt de nuages capte l'humidité des nuages, et ses sources alimentent le Lempa, le Motagua et l'Ulúa, des fleuves dont dépendent des millions de personnes.",
                    pt="Montecristo é uma montanha de três países. Sua floresta nebular capta a umidade das nuvens, e suas nascentes alimentam o Lempa, o Motagua e o Ulúa, rios dos quais dependem milhões de pessoas.",
                )
            ),
            chapter(
                t(
                    "Where three borders meet",
                    es="Donde se encuentran tres fronteras",
                    fr="Là où se rejoignent trois frontières",
                    pt="Onde três fronteiras se encontram",
                ),
                t(
                    "El Trifinio summit, Montecristo",
                    es="Cumbre de El Trifinio, Montecristo",
                    fr="Sommet d'El Trifinio, Montecristo",
                    pt="Cume de El Trifinio, Montecristo",
                ),
                14.42,
                -89.36,
                11,
                t(
                    "A stone marker on the summit shows where Guatemala, Honduras and El Salvador meet. Since 1987 the three countries have managed the mountain as one protected area.",
                    es="Un hito de piedra en la cumbre marca el punto donde se unen Guatemala, Honduras y El Salvador. Desde 1987, los tres países gestionan la montaña como una sola área protegida.",
                    fr="Une borne de pierre au sommet marque le point de rencontre du Guatemala, du Honduras et du Salvador. Depuis 1987, les trois pays gèrent la montagne comme une seule aire protégée.",
                    pt="Um marco de pedra no cume mostra onde se encontram Guatemala, Honduras e El Salvador. Desde 1987 os três países administram a montanha como uma única área protegida.",
                ),
            ),
            chapter(
                t(
                    "The growers' premium",
                    es="El sobreprecio de los productores",
                    fr="La prime des producteurs",
                    pt="O prêmio dos produtores",
                ),
                "Metapán",
                14.33,
                -89.45,
                12,
                t(
                    "The cooperatives sell their coffee under a shared cross-border origin. Two cents of every pound sold goes into the water fund.",
                    es="Las cooperativas venden su café bajo un origen transfronterizo compartido. Dos centavos de cada libra vendida van al fondo de agua.",
                    fr="Les coopératives vendent leur café sous une origine transfrontalière commune. Deux cents de chaque livre vendue vont au fonds pour l'eau.",
                    pt="As cooperativas vendem seu café sob uma origem transfronteiriça compartilhada. Dois centavos de cada libra vendida vão para o fundo de água.",
                ),
            ),
            quote(
                t(
                    "The spring that waters my coffee also fills the glasses in Metapán. It makes sense that we look after it together.",
                    es="El manantial que riega mi café también llena los vasos en Metapán. Tiene sentido que lo cuidemos juntos.",
                    fr="La source qui arrose mon café remplit aussi les verres à Metapán. C'est logique que nous en prenions soin ensemble.",
                    pt="A nascente que rega o meu café também enche os copos em Metapán. Faz sentido cuidarmos dela juntos.",
                ),
                t(
                    "Marta Guevara, coffee grower in Citalá",
                    es="Marta Guevara, caficultora de Citalá",
                    fr="Marta Guevara, caféicultrice à Citalá",
                    pt="Marta Guevara, cafeicultora em Citalá",
                ),
            ),
            chapter(
                t(
                    "Fencing the springs",
                    es="Cercar los manantiales",
                    fr="Clôturer les sources",
                    pt="Cercar as nascentes",
                ),
                "Citalá",
                14.37,
                -89.21,
                12,
                t(
                    "The fund pays families to fence springs, plant shade trees and leave the steepest plots to the forest. Community water boards check every spring twice a year.",
                    es="El fondo paga a las familias por cercar manantiales, plantar árboles de sombra y dejar al bosque las parcelas más empinadas. Las juntas comunitarias de agua revisan cada manantial dos veces al año.",
                    fr="Le fonds rémunère les familles pour clôturer les sources, planter des arbres d'ombrage et laisser à la forêt les parcelles les plus pentues. Les comités communautaires de l'eau contrôlent chaque source deux fois par an.",
                    pt="O fundo paga às famílias para cercar nascentes, plantar árvores de sombra e deixar para a floresta as parcelas mais íngremes. As juntas comunitárias de água vistoriam cada nascente duas vezes por ano.",
                ),
            ),
            figures(
                t(
                    "The water fund after five years",
                    es="El fondo de agua tras cinco años",
                    fr="Le fonds pour l'eau après cinq ans",
                    pt="O fundo de água após cinco anos",
                ),
                (
                    "312",
                    "",
                    t(
                        "springs fenced and monitored",
                        es="manantiales cercados y vigilados",
                        fr="sources clôturées et suivies",
                        pt="nascentes cercadas e monitoradas",
                    ),
                    "Trifinio Coffee Growers Alliance, 2025",
                ),
                (
                    "1,900",
                    "ha",
                    t(
                        "of coffee under shade trees",
                        es="de café bajo árboles de sombra",
                        fr="de café sous arbres d'ombrage",
                        pt="de café sob árvores de sombra",
                    ),
                    "Trifinio Coffee Growers Alliance, 2025",
                ),
                (
                    "11",
                    "",
                    t(
                        "municipalities paying into the fund",
                        es="municipios que aportan al fondo",
                        fr="communes qui contribuent au fonds",
                        pt="municípios que contribuem para o fundo",
                    ),
                    "Trifinio Coffee Growers Alliance, 2025",
                ),
            ),
            chapter(
                t(
                    "Towns downstream join in",
                    es="Los pueblos de aguas abajo se suman",
                    fr="Les villes en aval s'y joignent",
                    pt="As cidades rio abaixo aderem",
                ),
                "Esquipulas",
                14.56,
                -89.35,
                11,
                t(
                    "In 2024 Esquipulas and Ocotepeque voted to add a small share of their water bills to the fund. For the first time, town dwellers pay for the springs they drink from.",
                    es="En 2024, Esquipulas y Ocotepeque votaron sumar al fondo una pequeña parte de sus recibos de agua. Por primera vez, los habitantes de las ciudades pagan por los manantiales de los que beben.",
                    fr="En 2024, Esquipulas et Ocotepeque ont voté l'ajout d'une petite part de leurs factures d'eau au fonds. Pour la première fois, les citadins paient pour les sources dont ils boivent l'eau.",
                    pt="Em 2024, Esquipulas e Ocotepeque votaram destinar ao fundo uma pequena parte de suas contas de água. Pela primeira vez, os moradores das cidades pagam pelas nascentes de que bebem.",
                ),
            ),
            paragraph(
                t(
                    "The growers hope that the fund will outlast any single project. Its board has a seat for each country, for the cooperatives and for the towns.",
                    es="Los productores esperan que el fondo sobreviva a cualquier proyecto. Su junta tiene un puesto para cada país, para las cooperativas y para los municipios.",
                    fr="Les producteurs espèrent que le fonds survivra à tous les projets. Son conseil compte un siège pour chaque pays, pour les coopératives et pour les villes.",
                    pt="Os produtores esperam que o fundo sobreviva a qualquer projeto. Seu conselho tem um assento para cada país, para as cooperativas e para as cidades.",
                )
            ),
        ],
    },
    {
        "slug": t(
            "almonds-that-hold-the-soil",
            es="almendros-que-sujetan-el-suelo",
            fr="des-amandiers-qui-retiennent-le-sol",
            pt="amendoeiras-que-seguram-o-solo",
        ),
        "title": t(
            "Almonds that hold the soil",
            es="Almendros que sujetan el suelo",
            fr="Des amandiers qui retiennent le sol",
            pt="Amendoeiras que seguram o solo",
        ),
        "days_ago": 118,
        "landscape": "spanish-altiplano",
        "countries": ["ES"],
        "themes": ["regenerative-agriculture", "livelihoods-value-chains", "ecosystem-restoration"],
        "sdgs": [2, 12],
        "returns": ["financial", "natural", "inspiration"],
        "zones": ["combined", "economic"],
        "authors": [expert("Lucía Fernández Ruiz")],
        "standfirst": t(
            "On the dry uplands between Granada and Almería, almond farmers have stopped ploughing the ground between their trees bare. Their soils hold more water, and a shared brand pays them for it.",
            es="En las tierras altas secas entre Granada y Almería, los agricultores de almendra han dejado de arar hasta dejar desnudo el suelo entre sus árboles. Sus suelos retienen más agua, y una marca compartida se lo paga.",
            fr="Sur les hauts plateaux secs entre Grenade et Almería, les producteurs d'amandes ont cessé de labourer à nu le sol entre leurs arbres. Leurs sols retiennent davantage d'eau, et une marque commune les en rémunère.",
            pt="Nos planaltos secos entre Granada e Almería, os produtores de amêndoa pararam de arar até deixar nu o solo entre as árvores. Seus solos retêm mais água, e uma marca compartilhada paga por isso.",
        ),
        "hero_caption": t(
            "Almond trees in bloom above a cover crop near Vélez-Blanco",
            es="Almendros en flor sobre una cubierta vegetal cerca de Vélez-Blanco",
            fr="Amandiers en fleur au-dessus d'un couvert végétal près de Vélez-Blanco",
            pt="Amendoeiras em flor sobre uma cobertura vegetal perto de Vélez-Blanco",
        ),
        "body": [
            paragraph(
                t(
                    "For generations, a clean field was a good field on the Altiplano: farmers ploughed between the almond trees several times a year. With every autumn storm, the bare soil ran off the slopes into the gullies.",
                    es="Durante generaciones, en el Altiplano un campo limpio era un buen campo: los agricultores araban entre los almendros varias veces al año. Con cada tormenta de otoño, el suelo desnudo se escurría de las laderas hacia las cárcavas.",
                    fr="Pendant des générations, sur l'Altiplano, un champ propre était un bon champ\u00a0: les agriculteurs labouraient entre les amandiers plusieurs fois par an. À chaque orage d'automne, la terre nue dévalait les pentes jusque dans les ravines.",
                    pt="Por gerações, no Altiplano, campo limpo era campo bom: os agricultores aravam entre as amendoeiras várias vezes por ano. A cada tempestade de outono, o solo nu escorria das encostas para as voçorocas.",
                )
            ),
            chapter(
                t(
                    "A high, dry plateau",
                    es="Una meseta alta y seca",
                    fr="Un plateau haut et sec",
                    pt="Um planalto alto e seco",
                ),
                "Huéscar",
                37.81,
                -2.54,
                9,
                t(
                    "At a thousand metres, with less than 400 millimetres of rain a year, the Altiplano of Granada and Almería is one of the driest farmed regions of Europe. Its villages have lost half their people since the 1950s.",
                    es="A mil metros de altitud y con menos de 400 milímetros de lluvia al año, el Altiplano de Granada y Almería es una de las regiones agrícolas más secas de Europa. Sus pueblos han perdido la mitad de su población desde los años cincuenta.",
                    fr="À mille mètres d'altitude, avec moins de 400 millimètres de pluie par an, l'Altiplano de Grenade et d'Almería est l'une des régions agricoles les plus sèches d'Europe. Ses villages ont perdu la moitié de leurs habitants depuis les années 1950.",
                    pt="A mil metros de altitude e com menos de 400 milímetros de chuva por ano, o Altiplano de Granada e Almería é uma das regiões agrícolas mais secas da Europa. Seus povoados perderam metade da população desde os anos 1950.",
                ),
            ),
            chapter(
                t(
                    "The first trial plots",
                    es="Las primeras parcelas de ensayo",
                    fr="Les premières parcelles d'essai",
                    pt="As primeiras parcelas de teste",
                ),
                "Orce",
                37.72,
                -2.48,
                12,
                t(
                    "In 2015 a dozen farmers in Orce sowed vetch, barley and wild flowers between their trees and ploughed along the contour lines. Neighbours called the fields dirty.",
                    es="En 2015, una docena de agricultores de Orce sembró veza, cebada y flores silvestres entre sus árboles y aró siguiendo las curvas de nivel. Los vecinos decían que esos campos estaban sucios.",
                    fr="En 2015, une douzaine d'agriculteurs d'Orce ont semé de la vesce, de l'orge et des fleurs sauvages entre leurs arbres et labouré en suivant les courbes de niveau. Les voisins trouvaient ces champs sales.",
                    pt="Em 2015, uma dúzia de agricultores de Orce semeou ervilhaca, cevada e flores silvestres entre as árvores e arou seguindo as curvas de nível. Os vizinhos diziam que esses campos estavam sujos.",
                ),
            ),
            before_after(
                t("Ploughed, 2015", es="Arado, 2015", fr="Labouré, 2015", pt="Arado, 2015"),
                t("Covered, 2024", es="Cubierto, 2024", fr="Couvert, 2024", pt="Coberto, 2024"),
                t(
                    "The same almond grove after an autumn storm, ploughed and under a cover crop",
                    es="El mismo almendral tras una tormenta de otoño, arado y con cubierta vegetal",
                    fr="La même amanderaie après un orage d'automne, labourée puis sous couvert végétal",
                    pt="O mesmo amendoal depois de uma tempestade de outono, arado e com cobertura vegetal",
                ),
            ),
            chapter(
                t(
                    "Keeping the water on the hill",
                    es="Mantener el agua en la ladera",
                    fr="Garder l'eau sur la colline",
                    pt="Manter a água na encosta",
                ),
                "Sierra de María",
                37.69,
                -2.17,
                11,
                t(
                    "Ten years on, the covered soils hold water for days after a storm, and hedges of rosemary, thyme and retama shelter the bees that pollinate the almonds.",
                    es="Diez años después, los suelos cubiertos retienen el agua durante días tras una tormenta, y los setos de romero, tomillo y retama dan cobijo a las abejas que polinizan los almendros.",
                    fr="Dix ans plus tard, les sols couverts retiennent l'eau des jours durant après un orage, et des haies de romarin, de thym et de genêt abritent les abeilles qui pollinisent les amandiers.",
                    pt="Dez anos depois, os solos cobertos retêm a água por dias após uma tempestade, e sebes de alecrim, tomilho e giesta abrigam as abelhas que polinizam as amendoeiras.",
                ),
            ),
            figures(
                t(
                    "Ten years of regenerative almonds",
                    es="Diez años de almendra regenerativa",
                    fr="Dix ans d'amandes régénératrices",
                    pt="Dez anos de amêndoa regenerativa",
                ),
                (
                    "340",
                    "",
                    t(
                        "farms farming regeneratively",
                        es="fincas que cultivan de forma regenerativa",
                        fr="exploitations en agriculture régénératrice",
                        pt="propriedades com agricultura regenerativa",
                    ),
                    "Altiplano Regenerative Farmers Association, 2025",
                ),
                (
                    "12,000",
                    "ha",
                    t(
                        "of almonds under cover crops",
                        es="de almendro con cubierta vegetal",
                        fr="d'amandiers sous couvert végétal",
                        pt="de amendoeiras com cobertura vegetal",
                    ),
                    "Altiplano Regenerative Farmers Association, 2025",
                ),
                (
                    "25",
                    "%",
                    t(
                        "premium paid for the shared brand's almonds",
                        es="de sobreprecio por la almendra de la marca compartida",
                        fr="de prime payée pour les amandes de la marque commune",
                        pt="de prêmio pago pelas amêndoas da marca compartilhada",
                    ),
                    monitoring("2024"),
                ),
            ),
            chapter(
                t(
                    "Value that stays in the valley",
                    es="Un valor que se queda en el valle",
                    fr="Une valeur qui reste dans la vallée",
                    pt="Um valor que fica no vale",
                ),
                t(
                    "Processing plant, Galera",
                    es="Planta de procesado, Galera",
                    fr="Usine de transformation, Galera",
                    pt="Unidade de processamento, Galera",
                ),
                37.74,
                -2.55,
                13,
                t(
                    "A cooperative plant in Galera now shells, roasts and packs the almonds under the farmers' own brand. It employs thirty people, most of them under forty.",
                    es="Una planta cooperativa en Galera descascara, tuesta y envasa ahora las almendras con la marca propia de los agricultores. Da empleo a treinta personas, la mayoría de menos de cuarenta años.",
                    fr="Une usine coopérative à Galera décortique, torréfie et conditionne désormais les amandes sous la marque des agriculteurs. Elle emploie trente personnes, pour la plupart âgées de moins de quarante ans.",
                    pt="Uma unidade cooperativa em Galera agora descasca, torra e embala as amêndoas com a marca dos próprios agricultores. Emprega trinta pessoas, a maioria com menos de quarenta anos.",
                ),
            ),
            paragraph(
                t(
                    "The farmers who once called the covered fields dirty now ask to visit them. Three young families have taken over abandoned groves near Orce since 2022.",
                    es="Los agricultores que antes llamaban sucios a los campos cubiertos piden ahora visitarlos. Tres familias jóvenes se han hecho cargo de almendrales abandonados cerca de Orce desde 2022.",
                    fr="Les agriculteurs qui trouvaient autrefois ces champs sales demandent aujourd'hui à les visiter. Trois jeunes familles ont repris des amanderaies abandonnées près d'Orce depuis 2022.",
                    pt="Os agricultores que antes chamavam os campos cobertos de sujos agora pedem para visitá-los. Três famílias jovens assumiram amendoais abandonados perto de Orce desde 2022.",
                )
            ),
        ],
    },
    {
        # No Portuguese version: the language switcher shows the missing translation.
        "languages": ["es", "fr"],
        "slug": t(
            "giving-room-back-to-the-tide",
            es="devolver-espacio-a-la-marea",
            fr="rendre-de-la-place-a-la-maree",
        ),
        "title": t(
            "Giving room back to the tide",
            es="Devolver espacio a la marea",
            fr="Rendre de la place à la marée",
        ),
        "days_ago": 149,
        "landscape": "scheldt-delta",
        "countries": ["NL", "BE"],
        "themes": ["climate-adaptation", "water-management", "biodiversity-conservation"],
        "sdgs": [13, 14],
        "returns": ["natural", "social"],
        "zones": ["natural", "combined"],
        "authors": [expert("Sanne de Vries"), expert("Lotte Janssens")],
        "standfirst": t(
            "On the border between the Netherlands and Belgium, a polder reclaimed in 1907 has been given back to the Scheldt. The new salt marsh protects the land behind it and draws birds by the thousand.",
            es="En la frontera entre los Países Bajos y Bélgica, un pólder ganado al mar en 1907 ha sido devuelto al Escalda. La nueva marisma protege la tierra que hay detrás y atrae aves por miles.",
            fr="À la frontière entre les Pays-Bas et la Belgique, un polder conquis en 1907 a été rendu à l'Escaut. Le nouveau marais salé protège les terres en arrière et attire les oiseaux par milliers.",
        ),
        "hero_caption": t(
            "Tidal creeks forming in the Hedwige polder at low water",
            es="Canales de marea que se forman en el pólder de Hedwige con la marea baja",
            fr="Des chenaux de marée se forment dans le polder de Hedwige à marée basse",
        ),
        "body": [
            paragraph(
                t(
                    "For a century the Hedwige polder was farmland, held dry by a dike against the Western Scheldt. In 2022 the old dike was breached on purpose, and the tide flowed in twice a day.",
                    es="Durante un siglo, el pólder de Hedwige fue tierra de cultivo, mantenida seca por un dique frente al Escalda Occidental. En 2022 se abrió a propósito una brecha en el viejo dique, y la marea empezó a entrar dos veces al día.",
                    fr="Pendant un siècle, le polder de Hedwige a été une terre agricole, gardée au sec par une digue face à l'Escaut occidental. En 2022, la vieille digue a été ouverte volontairement, et la marée y est entrée deux fois par jour.",
                )
            ),
            chapter(
                t(
                    "An estuary under pressure",
                    es="Un estuario bajo presión",
                    fr="Un estuaire sous pression",
                ),
                t("Western Scheldt", es="Escalda Occidental", fr="Escaut occidental"),
                51.4,
                3.9,
                9,
                t(
                    "Between Antwerp and the North Sea, the Western Scheldt carries one of Europe's busiest shipping lanes. Dredging and centuries of reclamation left the estuary little room for the mudflats and marshes that soften storm surges.",
                    es="Entre Amberes y el mar del Norte, el Escalda Occidental acoge una de las rutas marítimas más transitadas de Europa. El dragado y siglos de desecación dejaron al estuario poco espacio para las llanuras de marea y las marismas que amortiguan los temporales.",
                    fr="Entre Anvers et la mer du Nord, l'Escaut occidental porte l'une des voies maritimes les plus fréquentées d'Europe. Le dragage et des siècles de poldérisation ont laissé à l'estuaire peu de place pour les vasières et les marais qui amortissent les tempêtes.",
                ),
            ),
            chapter(
                t("The breach", es="La brecha", fr="La brèche"),
                t("Hedwige polder", es="Pólder de Hedwige", fr="Polder de Hedwige"),
                51.355,
                4.235,
                13,
                t(
                    "A new, higher dike was built further inland first. Then the old one was opened, and within months creeks had begun to carve their way through the former fields.",
                    es="Primero se construyó un dique nuevo y más alto tierra adentro. Después se abrió el viejo, y en pocos meses los canales de marea empezaron a abrirse paso por los antiguos campos.",
                    fr="Une nouvelle digue, plus haute, a d'abord été construite plus à l'intérieur des terres. Puis l'ancienne a été ouverte, et en quelques mois des chenaux ont commencé à se creuser dans les anciens champs.",
                ),
            ),
            before_after(
                t("Polder, 2021", es="Pólder, 2021", fr="Polder, 2021"),
                t("Salt marsh, 2024", es="Marisma, 2024", fr="Marais salé, 2024"),
                t(
                    "The Hedwige polder before the dike was opened and two years after",
                    es="El pólder de Hedwige antes de abrir el dique y dos años después",
                    fr="Le polder de Hedwige avant l'ouverture de la digue et deux ans après",
                ),
            ),
            chapter(
                t(
                    "A marsh that grows with the sea",
                    es="Una marisma que crece con el mar",
                    fr="Un marais qui grandit avec la mer",
                ),
                t(
                    "Drowned Land of Saeftinghe",
                    es="Tierra Ahogada de Saeftinghe",
                    fr="Terre noyée de Saeftinghe",
                ),
                51.35,
                4.17,
                12,
                t(
                    "Next door, the Drowned Land of Saeftinghe shows what the polder can become: one of the largest brackish marshes in Western Europe, built up by the silt that each tide leaves behind.",
                    es="Al lado, la Tierra Ahogada de Saeftinghe muestra en qué puede convertirse el pólder: una de las mayores marismas salobres de Europa occidental, levantada por el limo que deja cada marea.",
                    fr="Juste à côté, la Terre noyée de Saeftinghe montre ce que le polder peut devenir\u00a0: l'un des plus grands marais saumâtres d'Europe occidentale, exhaussé par le limon que laisse chaque marée.",
                ),
            ),
            figures(
                t(
                    "Two years after the breach",
                    es="Dos años después de la brecha",
                    fr="Deux ans après la brèche",
                ),
                (
                    "295",
                    "ha",
                    t(
                        "of polder returned to the tide",
                        es="de pólder devuelto a la marea",
                        fr="de polder rendu à la marée",
                    ),
                    "Delta Nature Finance, 2024",
                ),
                (
                    "20",
                    "cm",
                    t(
                        "of silt deposited in the lowest parts",
                        es="de limo depositado en las partes más bajas",
                        fr="de limon déposé dans les parties les plus basses",
                    ),
                    monitoring("2024"),
                ),
                (
                    "64",
                    "",
                    t(
                        "bird species counted on the new marsh",
                        es="especies de aves contadas en la nueva marisma",
                        fr="espèces d'oiseaux recensées sur le nouveau marais",
                    ),
                    t(
                        "Volunteer bird counts, 2024",
                        es="Censos de aves de voluntarios, 2024",
                        fr="Comptages d'oiseaux bénévoles, 2024",
                    ),
                ),
            ),
            chapter(
                t(
                    "Farmers behind the dike",
                    es="Los agricultores tras el dique",
                    fr="Les agriculteurs derrière la digue",
                ),
                "Perkpolder",
                51.4,
                4.02,
                12,
                t(
                    "Farmers who fought the plans for years now try out salt-tolerant potatoes and sea vegetables on fields where salt water seeps in. At Perkpolder, a smaller realignment, oysters are farmed in the new creeks.",
                    es="Agricultores que se opusieron a los planes durante años prueban ahora papas tolerantes a la sal y verduras de mar en campos donde se filtra el agua salada. En Perkpolder, un realineamiento más pequeño, se crían ostras en los nuevos canales.",
                    fr="Des agriculteurs qui ont combattu ces projets pendant des années essaient désormais des pommes de terre tolérantes au sel et des légumes de mer sur les champs où l'eau salée s'infiltre. À Perkpolder, une dépoldérisation plus petite, on élève des huîtres dans les nouveaux chenaux.",
                ),
            ),
            quote(
                t(
                    "We fought the breach for fifteen years. Now I take visitors out on the dike and show them the spoonbills.",
                    es="Luchamos contra la brecha durante quince años. Ahora llevo a los visitantes al dique y les enseño las espátulas.",
                    fr="Nous nous sommes battus contre la brèche pendant quinze ans. Maintenant j'emmène les visiteurs sur la digue et je leur montre les spatules.",
                ),
                t(
                    "Jan Verhulst, farmer in Nieuw-Namen",
                    es="Jan Verhulst, agricultor de Nieuw-Namen",
                    fr="Jan Verhulst, agriculteur à Nieuw-Namen",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "coffee-under-the-canopy",
            es="cafe-bajo-el-dosel",
            fr="du-cafe-sous-la-canopee",
            pt="cafe-sob-o-dossel",
        ),
        "title": t(
            "Coffee under the canopy",
            es="Café bajo el dosel",
            fr="Du café sous la canopée",
            pt="Café sob o dossel",
        ),
        "days_ago": 181,
        "landscape": "kodagu-coffee-hills",
        "countries": ["IN"],
        "themes": ["agroforestry", "biodiversity-conservation", "livelihoods-value-chains"],
        "sdgs": [8, 15],
        "returns": ["natural", "financial", "social"],
        "zones": ["combined"],
        "authors": [expert("Ananya Krishnan"), person("Deepa Muthappa")],
        "standfirst": t(
            "In Kodagu, where the Kaveri rises, growers who keep their native shade trees are earning more from pepper, certified coffee and farm stays than those who cut them down.",
            es="En Kodagu, donde nace el Kaveri, los productores que conservan sus árboles de sombra nativos ganan más con la pimienta, el café certificado y el turismo rural que quienes los talan.",
            fr="Au Kodagu, là où naît la Kaveri, les planteurs qui gardent leurs arbres d'ombrage indigènes gagnent davantage grâce au poivre, au café certifié et à l'accueil à la ferme que ceux qui les abattent.",
            pt="Em Kodagu, onde nasce o Kaveri, os produtores que mantêm suas árvores de sombra nativas ganham mais com pimenta, café certificado e turismo rural do que os que as derrubam.",
        ),
        "hero_caption": t(
            "Robusta coffee under native shade trees near Gonikoppal",
            es="Café robusta bajo árboles de sombra nativos cerca de Gonikoppal",
            fr="Du café robusta sous des arbres d'ombrage indigènes près de Gonikoppal",
            pt="Café robusta sob árvores de sombra nativas perto de Gonikoppal",
        ),
        "body": [
            paragraph(
                t(
                    "When coffee prices fell, many growers in Kodagu were offered good money for the tall native trees that shade their estates. Some sold, and planted fast-growing silver oak in their place.",
                    es="Cuando cayeron los precios del café, a muchos productores de Kodagu les ofrecieron buen dinero por los altos árboles nativos que dan sombra a sus fincas. Algunos vendieron y plantaron en su lugar roble plateado, de crecimiento rápido.",
                    fr="Quand les cours du café ont chuté, beaucoup de planteurs du Kodagu se sont vu offrir de belles sommes pour les grands arbres indigènes qui ombragent leurs domaines. Certains ont vendu, et planté à leur place du chêne soyeux à croissance rapide.",
                    pt="Quando os preços do café caíram, muitos produtores de Kodagu receberam boas ofertas pelas árvores nativas altas que sombreiam suas fazendas. Alguns venderam e plantaram no lugar o carvalho-sedoso, de crescimento rápido.",
                )
            ),
            chapter(
                t(
                    "Where the Kaveri rises",
                    es="Donde nace el Kaveri",
                    fr="Là où naît la Kaveri",
                    pt="Onde nasce o Kaveri",
                ),
                "Talakaveri",
                12.386,
                75.49,
                11,
                t(
                    "The Kaveri begins as a small spring at Talakaveri, in the hills of the Western Ghats. Downstream, the river waters farms and cities across Karnataka and Tamil Nadu.",
                    es="El Kaveri nace como un pequeño manantial en Talakaveri, en las colinas de los Ghats Occidentales. Aguas abajo, el río riega campos y ciudades de Karnataka y Tamil Nadu.",
                    fr="La Kaveri naît d'une petite source à Talakaveri, dans les collines des Ghâts occidentaux. En aval, le fleuve irrigue les fermes et les villes du Karnataka et du Tamil Nadu.",
                    pt="O Kaveri nasce como uma pequena nascente em Talakaveri, nas colinas dos Gates Ocidentais. Rio abaixo, ele irriga lavouras e cidades de Karnataka e Tamil Nadu.",
                ),
            ),
            chapter(
                t(
                    "A farmer field school",
                    es="Una escuela de campo para agricultores",
                    fr="Une école pratique d'agriculture",
                    pt="Uma escola de campo para agricultores",
                ),
                "Madikeri",
                12.42,
                75.74,
                12,
                t(
                    "Since 2018 growers have met once a month on one another's estates to compare shade, soil and yields. More than 2,000 growers and estate workers have taken part.",
                    es="Desde 2018, los productores se reúnen una vez al mes en las fincas de unos y otros para comparar sombra, suelo y rendimientos. Han participado más de 2.000 productores y trabajadores de las fincas.",
                    fr="Depuis 2018, les planteurs se retrouvent une fois par mois dans le domaine de l'un ou de l'autre pour comparer ombrage, sols et rendements. Plus de 2 000 planteurs et ouvriers agricoles y ont pris part.",
                    pt="Desde 2018, os produtores se reúnem uma vez por mês nas fazendas uns dos outros para comparar sombra, solo e produtividade. Mais de 2.000 produtores e trabalhadores rurais já participaram.",
                ),
            ),
            chapter(
                t(
                    "Pepper on the shade trees",
                    es="Pimienta en los árboles de sombra",
                    fr="Du poivre sur les arbres d'ombrage",
                    pt="Pimenta nas árvores de sombra",
                ),
                "Virajpet",
                12.2,
                75.8,
                12,
                t(
                    "Black pepper vines climb the native trees, and on many estates they now earn as much as the coffee. A tree felled for timber is a pepper harvest lost for good.",
                    es="Las enredaderas de pimienta negra trepan por los árboles nativos, y en muchas fincas ya dan tanto como el café. Un árbol talado para madera es una cosecha de pimienta perdida para siempre.",
                    fr="Les lianes de poivre noir grimpent sur les arbres indigènes, et dans bien des domaines elles rapportent désormais autant que le café. Un arbre abattu pour son bois, c'est une récolte de poivre perdue pour toujours.",
                    pt="As trepadeiras de pimenta-do-reino sobem pelas árvores nativas e, em muitas fazendas, já rendem tanto quanto o café. Uma árvore derrubada para madeira é uma colheita de pimenta perdida para sempre.",
                ),
            ),
            figures(
                t(
                    "Shade pays",
                    es="La sombra compensa",
                    fr="L'ombrage, ça paie",
                    pt="A sombra compensa",
                ),
                (
                    "2,000",
                    "",
                    t(
                        "growers and estate workers trained",
                        es="productores y trabajadores formados",
                        fr="planteurs et ouvriers formés",
                        pt="produtores e trabalhadores capacitados",
                    ),
                    "Sahyadri Landscape Academy, 2025",
                ),
                (
                    "48",
                    "",
                    t(
                        "native tree species counted on shaded estates",
                        es="especies de árboles nativos contadas en fincas con sombra",
                        fr="espèces d'arbres indigènes recensées dans les domaines ombragés",
                        pt="espécies de árvores nativas contadas em fazendas sombreadas",
                    ),
                    monitoring("2025"),
                ),
                (
                    "30",
                    "%",
                    t(
                        "more income per acre from coffee, pepper and farm stays",
                        es="más ingresos por acre con café, pimienta y turismo rural",
                        fr="de revenu en plus par acre grâce au café, au poivre et à l'accueil à la ferme",
                        pt="mais renda por acre com café, pimenta e turismo rural",
                    ),
                    monitoring("2025"),
                ),
            ),
            gallery(
                t(
                    "Life on a shaded estate",
                    es="La vida en una finca con sombra",
                    fr="La vie d'un domaine ombragé",
                    pt="A vida numa fazenda sombreada",
                ),
                t(
                    "Picking robusta in January",
                    es="Cosecha de robusta en enero",
                    fr="Cueillette du robusta en janvier",
                    pt="Colheita de robusta em janeiro",
                ),
                t(
                    "Pepper vines on a jackfruit tree",
                    es="Enredaderas de pimienta en un árbol de yaca",
                    fr="Lianes de poivre sur un jaquier",
                    pt="Trepadeiras de pimenta numa jaqueira",
                ),
                t(
                    "A sacred grove at the edge of an estate",
                    es="Un bosque sagrado al borde de una finca",
                    fr="Un bois sacré en lisière d'un domaine",
                    pt="Um bosque sagrado na borda de uma fazenda",
                ),
            ),
            chapter(
                t(
                    "Sacred groves",
                    es="Bosques sagrados",
                    fr="Les bois sacrés",
                    pt="Bosques sagrados",
                ),
                t(
                    "Devara kadu near Gonikoppal",
                    es="Devara kadu cerca de Gonikoppal",
                    fr="Devara kadu près de Gonikoppal",
                    pt="Devara kadu perto de Gonikoppal",
                ),
                12.18,
                75.93,
                13,
                t(
                    "Kodagu's villages have kept more than a thousand sacred groves, the devara kadu, for generations. With the shaded estates around them they form one of India's largest tree-covered farming landscapes.",
                    es="Las aldeas de Kodagu conservan desde hace generaciones más de mil bosques sagrados, los devara kadu. Junto con las fincas con sombra que los rodean, forman uno de los mayores paisajes agrícolas arbolados de la India.",
                    fr="Les villages du Kodagu préservent depuis des générations plus d'un millier de bois sacrés, les devara kadu. Avec les domaines ombragés qui les entourent, ils forment l'un des plus grands paysages agricoles arborés de l'Inde.",
                    pt="As aldeias de Kodagu preservam há gerações mais de mil bosques sagrados, os devara kadu. Com as fazendas sombreadas ao redor, eles formam uma das maiores paisagens agrícolas arborizadas da Índia.",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "water-back-in-the-palmiet",
            es="el-agua-vuelve-al-palmiet",
            fr="l-eau-revient-dans-la-palmiet",
            pt="a-agua-volta-ao-palmiet",
        ),
        "title": t(
            "Water back in the Palmiet",
            es="El agua vuelve al Palmiet",
            fr="L'eau revient dans la Palmiet",
            pt="A água volta ao Palmiet",
        ),
        "days_ago": 214,
        "featured": True,
        "landscape": "kogelberg-coast",
        "countries": ["ZA"],
        "themes": ["water-management", "ecosystem-restoration", "biodiversity-conservation"],
        "sdgs": [6, 15],
        "returns": ["natural", "social", "financial"],
        "zones": ["natural"],
        "authors": [expert("Thandiwe Mokoena")],
        "standfirst": t(
            "Ten years of clearing invasive pines and wattles from the Kogelberg's mountain catchments have given the Palmiet River more water in the dry season, and 180 people a steady job.",
            es="Diez años eliminando pinos y acacias invasores de las cuencas de montaña del Kogelberg han dado al río Palmiet más agua en la estación seca, y a 180 personas un empleo estable.",
            fr="Dix ans d'arrachage des pins et acacias invasifs dans les bassins versants de montagne du Kogelberg ont rendu à la Palmiet davantage d'eau en saison sèche, et donné un emploi stable à 180 personnes.",
            pt="Dez anos de remoção de pinheiros e acácias invasores das bacias de montanha do Kogelberg deram ao rio Palmiet mais água na estação seca, e a 180 pessoas um emprego estável.",
        ),
        "hero_caption": t(
            "A clearing team above the Palmiet valley",
            es="Un equipo de desbroce sobre el valle del Palmiet",
            fr="Une équipe de débroussaillage au-dessus de la vallée de la Palmiet",
            pt="Uma equipe de corte acima do vale do Palmiet",
        ),
        "body": [
            paragraph(
                t(
                    "A mature pine drinks far more water than the fynbos it replaces. By 2014, invasive trees covered a third of the Palmiet's upper catchment, and the river ran low every summer.",
                    es="Un pino adulto bebe mucha más agua que el fynbos al que sustituye. En 2014, los árboles invasores cubrían un tercio de la cuenca alta del Palmiet, y el río bajaba escaso cada verano.",
                    fr="Un pin adulte boit bien plus d'eau que le fynbos qu'il remplace. En 2014, les arbres invasifs couvraient un tiers du haut bassin de la Palmiet, et la rivière était basse chaque été.",
                    pt="Um pinheiro adulto bebe muito mais água do que o fynbos que ele substitui. Em 2014, as árvores invasoras cobriam um terço da bacia alta do Palmiet, e o rio ficava baixo todo verão.",
                )
            ),
            chapter(
                t(
                    "The Cape Floral Kingdom",
                    es="El Reino Floral del Cabo",
                    fr="Le royaume floral du Cap",
                    pt="O Reino Floral do Cabo",
                ),
                t(
                    "Kogelberg Nature Reserve",
                    es="Reserva Natural de Kogelberg",
                    fr="Réserve naturelle du Kogelberg",
                    pt="Reserva Natural de Kogelberg",
                ),
                -34.32,
                18.96,
                11,
                t(
                    "The Kogelberg holds more than 1,600 plant species, many found nowhere else. Its mountain catchments feed the rivers and taps of the coastal towns below.",
                    es="El Kogelberg alberga más de 1.600 especies de plantas, muchas de ellas exclusivas de aquí. Sus cuencas de montaña alimentan los ríos y los grifos de los pueblos costeros de abajo.",
                    fr="Le Kogelberg abrite plus de 1 600 espèces de plantes, dont beaucoup n'existent nulle part ailleurs. Ses bassins versants de montagne alimentent les rivières et les robinets des villes côtières en contrebas.",
                    pt="O Kogelberg abriga mais de 1.600 espécies de plantas, muitas encontradas apenas ali. Suas bacias de montanha abastecem os rios e as torneiras das cidades costeiras mais abaixo.",
                ),
            ),
            chapter(
                t(
                    "Catchment by catchment",
                    es="Cuenca a cuenca",
                    fr="Bassin après bassin",
                    pt="Bacia por bacia",
                ),
                t(
                    "Upper Palmiet catchment",
                    es="Cuenca alta del Palmiet",
                    fr="Haut bassin de la Palmiet",
                    pt="Bacia alta do Palmiet",
                ),
                -34.2,
                19.0,
                11,
                t(
                    "The partnership clears the catchments that give the most water first. Teams return every two to three years to pull the seedlings that come up after fire.",
                    es="La alianza desbroza primero las cuencas que más agua aportan. Los equipos vuelven cada dos o tres años para arrancar las plántulas que brotan tras los incendios.",
                    fr="Le partenariat débroussaille d'abord les bassins qui donnent le plus d'eau. Les équipes reviennent tous les deux à trois ans arracher les semis qui lèvent après le feu.",
                    pt="A parceria limpa primeiro as bacias que dão mais água. As equipes voltam a cada dois ou três anos para arrancar as mudas que brotam depois do fogo.",
                ),
            ),
            before_after(
                t("Pines, 2014", es="Pinos, 2014", fr="Pins, 2014", pt="Pinheiros, 2014"),
                "Fynbos, 2024",
                t(
                    "A slope of the upper Palmiet before clearing and ten years later",
                    es="Una ladera del alto Palmiet antes del desbroce y diez años después",
                    fr="Une pente du haut Palmiet avant le débroussaillage et dix ans plus tard",
                    pt="Uma encosta do alto Palmiet antes do corte e dez anos depois",
                ),
            ),
            chapter(
                t(
                    "Jobs in Kleinmond",
                    es="Empleo en Kleinmond",
                    fr="Des emplois à Kleinmond",
                    pt="Empregos em Kleinmond",
                ),
                "Kleinmond",
                -34.34,
                19.03,
                13,
                t(
                    "Most of the 180 people on the clearing teams live in Kleinmond and nearby townships. For many it was their first formal job, with training in first aid, chainsaws and herbicide safety.",
                    es="La mayoría de las 180 personas de los equipos de desbroce vive en Kleinmond y en los barrios cercanos. Para muchas fue su primer empleo formal, con formación en primeros auxilios, motosierras y uso seguro de herbicidas.",
                    fr="La plupart des 180 personnes des équipes de débroussaillage vivent à Kleinmond et dans les townships voisins. Pour beaucoup, c'était leur premier emploi déclaré, avec une formation aux premiers secours, à la tronçonneuse et à l'usage sûr des herbicides.",
                    pt="A maioria das 180 pessoas das equipes de corte mora em Kleinmond e nos bairros vizinhos. Para muitas, foi o primeiro emprego formal, com treinamento em primeiros socorros, motosserras e uso seguro de herbicidas.",
                ),
            ),
            figures(
                t(
                    "What ten years of clearing did",
                    es="Lo que lograron diez años de desbroce",
                    fr="Ce qu'ont donné dix ans de débroussaillage",
                    pt="O que dez anos de corte fizeram",
                ),
                (
                    "3,500",
                    "ha",
                    t(
                        "of fynbos back after clearing",
                        es="de fynbos recuperado tras el desbroce",
                        fr="de fynbos revenu après débroussaillage",
                        pt="de fynbos de volta após o corte",
                    ),
                    "Overberg Catchment Trust, 2024",
                ),
                (
                    "180",
                    "",
                    t(
                        "people employed on clearing teams",
                        es="personas empleadas en los equipos de desbroce",
                        fr="personnes employées dans les équipes de débroussaillage",
                        pt="pessoas empregadas nas equipes de corte",
                    ),
                    "Overberg Catchment Trust, 2024",
                ),
                (
                    "15",
                    "%",
                    t(
                        "more river flow in the dry season",
                        es="más caudal en la estación seca",
                        fr="de débit en plus en saison sèche",
                        pt="mais vazão na estação seca",
                    ),
                    monitoring("2014\u20132024"),
                ),
            ),
            chapter(
                t(
                    "Where the river meets the sea",
                    es="Donde el río se encuentra con el mar",
                    fr="Là où la rivière rejoint la mer",
                    pt="Onde o rio encontra o mar",
                ),
                t(
                    "Palmiet estuary",
                    es="Estuario del Palmiet",
                    fr="Estuaire de la Palmiet",
                    pt="Estuário do Palmiet",
                ),
                -34.345,
                18.99,
                13,
                t(
                    "With more water in summer, the estuary mouth stays open longer, and the fish nurseries and wetlands behind it are recovering. Schools from Kleinmond count its birds each spring.",
                    es="Con más agua en verano, la boca del estuario permanece abierta más tiempo, y los criaderos de peces y los humedales que hay detrás se recuperan. Las escuelas de Kleinmond cuentan sus aves cada primavera.",
                    fr="Avec plus d'eau en été, l'embouchure de l'estuaire reste ouverte plus longtemps, et les nurseries de poissons et les zones humides en arrière se rétablissent. Les écoles de Kleinmond y comptent les oiseaux chaque printemps.",
                    pt="Com mais água no verão, a boca do estuário fica aberta por mais tempo, e os berçários de peixes e as áreas úmidas atrás dela se recuperam. As escolas de Kleinmond contam suas aves a cada primavera.",
                ),
            ),
            paragraph(
                t(
                    "Firewood and biochar from the cleared wood now pay for part of the follow-up. The partnership's next step is a water fund with the regional water utility.",
                    es="La leña y el biocarbón de la madera retirada pagan ya parte del mantenimiento. El próximo paso de la alianza es un fondo de agua con la empresa regional de agua.",
                    fr="Le bois de chauffage et le biochar issus du bois coupé paient déjà une partie de l'entretien. La prochaine étape du partenariat est un fonds pour l'eau avec le service régional des eaux.",
                    pt="A lenha e o biocarvão da madeira retirada já pagam parte da manutenção. O próximo passo da parceria é um fundo de água com a empresa regional de água.",
                )
            ),
        ],
    },
    {
        "slug": t(
            "the-raised-fields-of-lake-titicaca",
            es="los-camellones-del-lago-titicaca",
            fr="les-champs-sureleves-du-lac-titicaca",
            pt="os-campos-elevados-do-lago-titicaca",
        ),
        "title": t(
            "The raised fields of Lake Titicaca",
            es="Los camellones del lago Titicaca",
            fr="Les champs surélevés du lac Titicaca",
            pt="Os campos elevados do lago Titicaca",
        ),
        "days_ago": 248,
        "landscape": "lake-titicaca-altiplano",
        "countries": ["PE", "BO"],
        "themes": ["climate-adaptation", "regenerative-agriculture", "community-engagement"],
        "sdgs": [2, 13],
        "returns": ["social", "natural", "inspiration"],
        "zones": ["combined"],
        "authors": [expert("Rosa Quispe Mamani"), expert("Javier Condori Huanca")],
        "standfirst": t(
            "Aymara and Quechua farmers are rebuilding the waru waru, raised fields between water channels that their ancestors used to beat the frost of the Altiplano.",
            es="Agricultores aimaras y quechuas reconstruyen los waru waru, campos elevados entre canales de agua que sus antepasados usaban para vencer las heladas del Altiplano.",
            fr="Des paysans aymaras et quechuas reconstruisent les waru waru, des champs surélevés entre des canaux d'eau qu'utilisaient leurs ancêtres pour déjouer le gel de l'Altiplano.",
            pt="Agricultores aimarás e quéchuas estão reconstruindo os waru waru, campos elevados entre canais de água que seus antepassados usavam para vencer as geadas do Altiplano.",
        ),
        "hero_caption": t(
            "Restored waru waru near Huatta at dawn",
            es="Waru waru restaurados cerca de Huatta al amanecer",
            fr="Des waru waru restaurés près de Huatta à l'aube",
            pt="Waru waru restaurados perto de Huatta ao amanhecer",
        ),
        "body": [
            paragraph(
                t(
                    "At 3,800 metres, one night of frost can kill a potato crop. Water in the channels between raised fields stores the day's heat and releases it at night, keeping the crops a few degrees warmer.",
                    es="A 3.800 metros, una sola noche de helada puede matar una cosecha de papa. El agua de los canales entre los campos elevados guarda el calor del día y lo libera de noche, y mantiene los cultivos unos grados más templados.",
                    fr="À 3 800 mètres, une seule nuit de gel peut détruire une récolte de pommes de terre. L'eau des canaux entre les champs surélevés emmagasine la chaleur du jour et la restitue la nuit, ce qui garde les cultures quelques degrés plus au chaud.",
                    pt="A 3.800 metros, uma única noite de geada pode matar uma lavoura de batata. A água dos canais entre os campos elevados guarda o calor do dia e o libera à noite, mantendo as plantas alguns graus mais quentes.",
                )
            ),
            chapter(
                t(
                    "An ancient technique",
                    es="Una técnica ancestral",
                    fr="Une technique ancestrale",
                    pt="Uma técnica ancestral",
                ),
                "Huatta, Puno",
                -15.61,
                -69.97,
                12,
                t(
                    "The plains around Huatta are covered in the traces of raised fields built more than two thousand years ago. In the 1980s, archaeologists and farmers rebuilt the first of them here.",
                    es="Las llanuras de Huatta están cubiertas de huellas de campos elevados construidos hace más de dos mil años. En los años ochenta, arqueólogos y agricultores reconstruyeron aquí los primeros.",
                    fr="Les plaines autour de Huatta sont couvertes de traces de champs surélevés construits il y a plus de deux mille ans. Dans les années 1980, archéologues et paysans y ont reconstruit les premiers.",
                    pt="As planícies ao redor de Huatta estão cobertas de vestígios de campos elevados construídos há mais de dois mil anos. Nos anos 1980, arqueólogos e agricultores reconstruíram ali os primeiros.",
                ),
            ),
            chapter(
                t(
                    "Seed banks run by women",
                    es="Bancos de semillas en manos de mujeres",
                    fr="Des banques de semences tenues par des femmes",
                    pt="Bancos de sementes geridos por mulheres",
                ),
                "Puno",
                -15.84,
                -70.02,
                10,
                t(
                    "Women's groups around Puno keep more than 200 varieties of native potato, quinoa and cañihua. Each family that rebuilds a raised field receives seed and returns twice as much after the harvest.",
                    es="Grupos de mujeres en torno a Puno conservan más de 200 variedades de papa nativa, quinua y cañihua. Cada familia que reconstruye un campo elevado recibe semilla y devuelve el doble tras la cosecha.",
                    fr="Des groupes de femmes autour de Puno conservent plus de 200 variétés de pommes de terre indigènes, de quinoa et de cañihua. Chaque famille qui reconstruit un champ surélevé reçoit des semences et en rend le double après la récolte.",
                    pt="Grupos de mulheres ao redor de Puno guardam mais de 200 variedades de batata nativa, quinoa e cañihua. Cada família que reconstrói um campo elevado recebe sementes e devolve o dobro depois da colheita.",
                ),
            ),
            quote(
                t(
                    "My grandmother told us the old fields were warm. We did not believe her until the frost of 2022, when only the raised fields kept their potatoes.",
                    es="Mi abuela nos decía que los campos antiguos eran calientes. No le creímos hasta la helada de 2022, cuando solo los camellones salvaron sus papas.",
                    fr="Ma grand-mère nous disait que les anciens champs étaient chauds. Nous ne l'avons pas crue jusqu'au gel de 2022, quand seuls les champs surélevés ont gardé leurs pommes de terre.",
                    pt="Minha avó dizia que os campos antigos eram quentes. Não acreditamos até a geada de 2022, quando só os campos elevados salvaram suas batatas.",
                ),
                t(
                    "Felipa Choque, farmer in Huatta",
                    es="Felipa Choque, agricultora de Huatta",
                    fr="Felipa Choque, agricultrice à Huatta",
                    pt="Felipa Choque, agricultora em Huatta",
                ),
            ),
            chapter(
                t(
                    "Across the border",
                    es="Al otro lado de la frontera",
                    fr="De l'autre côté de la frontière",
                    pt="Do outro lado da fronteira",
                ),
                t(
                    "Achacachi, Bolivia",
                    es="Achacachi, Bolivia",
                    fr="Achacachi, Bolivie",
                    pt="Achacachi, Bolívia",
                ),
                -16.05,
                -68.68,
                11,
                t(
                    "On the Bolivian shore, where the raised fields are called suka kollus, Aymara communities near Achacachi have rebuilt them too, and exchange seed with their neighbours in Peru at the lake's festivals.",
                    es="En la orilla boliviana, donde los campos elevados se llaman suka kollus, las comunidades aimaras de Achacachi también los han reconstruido, e intercambian semillas con sus vecinos del Perú en las fiestas del lago.",
                    fr="Sur la rive bolivienne, où les champs surélevés s'appellent suka kollus, les communautés aymaras d'Achacachi les ont aussi reconstruits, et échangent des semences avec leurs voisins du Pérou lors des fêtes du lac.",
                    pt="Na margem boliviana, onde os campos elevados se chamam suka kollus, as comunidades aimarás de Achacachi também os reconstruíram e trocam sementes com seus vizinhos do Peru nas festas do lago.",
                ),
            ),
            figures(
                t(
                    "Raised fields today",
                    es="Los camellones hoy",
                    fr="Les champs surélevés aujourd'hui",
                    pt="Os campos elevados hoje",
                ),
                (
                    "850",
                    "ha",
                    t(
                        "of raised fields rebuilt since 2021",
                        es="de camellones reconstruidos desde 2021",
                        fr="de champs surélevés reconstruits depuis 2021",
                        pt="de campos elevados reconstruídos desde 2021",
                    ),
                    "Andean Highlands Research Institute, 2025",
                ),
                (
                    "3",
                    "°C",
                    t(
                        "warmer on frost nights than the open plain",
                        es="más que en la llanura abierta en noches de helada",
                        fr="de plus que la plaine ouverte les nuits de gel",
                        pt="a mais que a planície aberta em noites de geada",
                    ),
                    "Andean Highlands Research Institute, 2025",
                ),
                (
                    "1,200",
                    "",
                    t(
                        "families farming raised fields",
                        es="familias que cultivan camellones",
                        fr="familles qui cultivent des champs surélevés",
                        pt="famílias que cultivam campos elevados",
                    ),
                    monitoring("2025"),
                ),
            ),
            chapter(
                t(
                    "Cleaner water for the lake",
                    es="Agua más limpia para el lago",
                    fr="Une eau plus propre pour le lac",
                    pt="Água mais limpa para o lago",
                ),
                t("Bay of Puno", es="Bahía de Puno", fr="Baie de Puno", pt="Baía de Puno"),
                -15.82,
                -69.97,
                11,
                t(
                    "The channels and reedbeds also filter runoff before it reaches Lake Titicaca, whose bays suffer from the waste of fast-growing towns.",
                    es="Los canales y los totorales también filtran la escorrentía antes de que llegue al lago Titicaca, cuyas bahías sufren los residuos de ciudades que crecen deprisa.",
                    fr="Les canaux et les roselières filtrent aussi le ruissellement avant qu'il n'atteigne le lac Titicaca, dont les baies souffrent des rejets de villes en pleine croissance.",
                    pt="Os canais e os juncais também filtram a enxurrada antes que ela chegue ao lago Titicaca, cujas baías sofrem com os resíduos de cidades que crescem depressa.",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "the-veredas-that-keep-the-rivers-flowing",
            es="las-veredas-que-mantienen-vivos-los-rios",
            fr="les-veredas-qui-font-couler-les-rivieres",
            pt="as-veredas-que-mantem-os-rios-correndo",
        ),
        "title": t(
            "The veredas that keep the rivers flowing",
            es="Las veredas que mantienen vivos los ríos",
            fr="Les veredas qui font couler les rivières",
            pt="As veredas que mantêm os rios correndo",
        ),
        "days_ago": 283,
        "landscape": "western-bahia-cerrado",
        "countries": ["BR"],
        "themes": ["biodiversity-conservation", "water-management", "governance-policy"],
        "sdgs": [6, 15],
        "returns": ["natural", "inspiration"],
        "zones": ["natural", "combined"],
        "authors": [expert("Ana Paula Ribeiro")],
        "standfirst": t(
            "In western Bahia, the palm swamps at the head of every valley keep the rivers running through the dry season. Soy growers and traditional communities have started mapping them together.",
            es="En el oeste de Bahía, los palmares pantanosos en la cabecera de cada valle mantienen los ríos corriendo durante la estación seca. Productores de soja y comunidades tradicionales han empezado a cartografiarlos juntos.",
            fr="Dans l'ouest de Bahia, les marais à palmiers à la tête de chaque vallée font couler les rivières pendant la saison sèche. Producteurs de soja et communautés traditionnelles ont commencé à les cartographier ensemble.",
            pt="No oeste da Bahia, as veredas na cabeceira de cada vale mantêm os rios correndo durante a estação seca. Produtores de soja e comunidades tradicionais começaram a mapeá-las juntos.",
        ),
        "hero_caption": t(
            "Buriti palms along a vereda near Correntina",
            es="Palmeras de buriti a lo largo de una vereda cerca de Correntina",
            fr="Des palmiers buriti le long d'une vereda près de Correntina",
            pt="Buritis ao longo de uma vereda perto de Correntina",
        ),
        "body": [
            paragraph(
                t(
                    "A vereda is a strip of wet ground lined with buriti palms, where the water of the Urucuia aquifer seeps to the surface. The Cerrado's rivers are born in them.",
                    es="Una vereda es una franja de suelo húmedo bordeada de palmeras de buriti, donde el agua del acuífero Urucuia aflora a la superficie. Los ríos del Cerrado nacen en ellas.",
                    fr="Une vereda est une bande de terre humide bordée de palmiers buriti, où l'eau de l'aquifère Urucuia affleure. Les rivières du Cerrado y prennent leur source.",
                    pt="Uma vereda é uma faixa de solo úmido margeada por buritis, onde a água do aquífero Urucuia aflora à superfície. É nelas que nascem os rios do Cerrado.",
                )
            ),
            chapter(
                t(
                    "A grain frontier",
                    es="Una frontera agrícola",
                    fr="Un front pionnier du grain",
                    pt="Uma fronteira de grãos",
                ),
                "Luís Eduardo Magalhães",
                -12.09,
                -45.79,
                9,
                t(
                    "Forty years ago this plateau was open savanna. Today it is one of Brazil's largest soy and cotton regions, and centre pivots draw on the aquifer beneath it.",
                    es="Hace cuarenta años, esta meseta era sabana abierta. Hoy es una de las mayores regiones de soja y algodón de Brasil, y los pivotes centrales extraen agua del acuífero que hay debajo.",
                    fr="Il y a quarante ans, ce plateau était une savane ouverte. C'est aujourd'hui l'une des plus grandes régions de soja et de coton du Brésil, et les pivots d'irrigation puisent dans l'aquifère qui s'étend dessous.",
                    pt="Há quarenta anos este planalto era cerrado aberto. Hoje é uma das maiores regiões de soja e algodão do Brasil, e os pivôs centrais captam água do aquífero que fica embaixo.",
                ),
            ),
            chapter(
                t(
                    "Where the rivers begin",
                    es="Donde nacen los ríos",
                    fr="Là où naissent les rivières",
                    pt="Onde nascem os rios",
                ),
                t(
                    "Headwaters of the Arrojado river",
                    es="Cabecera del río Arrojado",
                    fr="Sources de la rivière Arrojado",
                    pt="Nascentes do rio Arrojado",
                ),
                -13.58,
                -45.55,
                11,
                t(
                    "Along the Arrojado, several veredas have dried out in the last twenty years. Families in the valley downstream remember when the river never stopped, even in September.",
                    es="A lo largo del Arrojado, varias veredas se han secado en los últimos veinte años. Las familias del valle de aguas abajo recuerdan cuando el río nunca se cortaba, ni siquiera en septiembre.",
                    fr="Le long de l'Arrojado, plusieurs veredas se sont asséchées ces vingt dernières années. Les familles de la vallée en aval se souviennent d'une rivière qui ne s'arrêtait jamais, même en septembre.",
                    pt="Ao longo do Arrojado, várias veredas secaram nos últimos vinte anos. As famílias do vale mais abaixo lembram quando o rio nunca parava, nem mesmo em setembro.",
                ),
            ),
            quote(
                t(
                    "The vereda is our water tank. When the buriti dies, the river dies a little later.",
                    es="La vereda es nuestro depósito de agua. Cuando muere el buriti, el río muere un poco después.",
                    fr="La vereda, c'est notre réservoir d'eau. Quand le buriti meurt, la rivière meurt un peu plus tard.",
                    pt="A vereda é a nossa caixa-d'água. Quando o buriti morre, o rio morre um pouco depois.",
                ),
                t(
                    "Damião Pereira, of a fecho de pasto community in Correntina",
                    es="Damião Pereira, de una comunidad de fecho de pasto de Correntina",
                    fr="Damião Pereira, d'une communauté de fecho de pasto de Correntina",
                    pt="Damião Pereira, da comunidade de fecho de pasto de Correntina",
                ),
            ),
            chapter(
                t(
                    "Mapping together",
                    es="Cartografiar juntos",
                    fr="Cartographier ensemble",
                    pt="Mapear juntos",
                ),
                "Correntina",
                -13.34,
                -44.64,
                11,
                t(
                    "In 2024 farm technicians and young people from the fecho de pasto communities walked 60 veredas with GPS and a shared checklist. It was the first time many of them had met.",
                    es="En 2024, técnicos de las haciendas y jóvenes de las comunidades de fecho de pasto recorrieron 60 veredas con GPS y una lista de control común. Muchos se conocían por primera vez.",
                    fr="En 2024, des techniciens des exploitations et des jeunes des communautés de fecho de pasto ont parcouru 60 veredas avec un GPS et une grille commune. Beaucoup se rencontraient pour la première fois.",
                    pt="Em 2024, técnicos das fazendas e jovens das comunidades de fecho de pasto percorreram 60 veredas com GPS e um roteiro comum. Muitos deles se encontravam pela primeira vez.",
                ),
            ),
            figures(
                t(
                    "The first vereda survey",
                    es="El primer censo de veredas",
                    fr="Le premier inventaire des veredas",
                    pt="O primeiro levantamento das veredas",
                ),
                (
                    "60",
                    "",
                    t(
                        "veredas surveyed",
                        es="veredas recorridas",
                        fr="veredas inventoriées",
                        pt="veredas levantadas",
                    ),
                    "Western Bahia Producers Cooperative, 2024",
                ),
                (
                    "25",
                    "%",
                    t(
                        "of veredas with no surface water in September",
                        es="de las veredas sin agua en superficie en septiembre",
                        fr="des veredas sans eau en surface en septembre",
                        pt="das veredas sem água na superfície em setembro",
                    ),
                    monitoring("2024"),
                ),
                (
                    "18",
                    "",
                    t(
                        "farms that fenced their veredas in the first year",
                        es="haciendas que cercaron sus veredas el primer año",
                        fr="exploitations qui ont clôturé leurs veredas la première année",
                        pt="fazendas que cercaram suas veredas no primeiro ano",
                    ),
                    "Western Bahia Producers Cooperative, 2024",
                ),
            ),
            chapter(
                t(
                    "Toward a partnership",
                    es="Hacia una alianza",
                    fr="Vers un partenariat",
                    pt="Rumo a uma parceria",
                ),
                "Barreiras",
                -12.15,
                -45.0,
                10,
                t(
                    "The survey is the first joint work of people who rarely sat at the same table. Buyers asking for deforestation-free soy could give the farms that protect their veredas a reason to keep going.",
                    es="El censo es el primer trabajo conjunto de personas que rara vez se sentaban a la misma mesa. Los compradores que piden soja libre de deforestación podrían dar a las haciendas que protegen sus veredas un motivo para seguir.",
                    fr="L'inventaire est le premier travail commun de personnes qui s'asseyaient rarement à la même table. Les acheteurs qui demandent du soja sans déforestation pourraient donner aux exploitations qui protègent leurs veredas une raison de continuer.",
                    pt="O levantamento é o primeiro trabalho conjunto de pessoas que raramente se sentavam à mesma mesa. Compradores que pedem soja livre de desmatamento podem dar às fazendas que protegem suas veredas um motivo para continuar.",
                ),
            ),
        ],
    },
    {
        # No Portuguese version: the language switcher shows the missing translation.
        "languages": ["es", "fr"],
        "slug": t(
            "saltbush-on-the-salt-land",
            es="arbustos-de-sal-en-la-tierra-salada",
            fr="l-arroche-sur-les-terres-salees",
        ),
        "title": t(
            "Saltbush on the salt land",
            es="Arbustos de sal en la tierra salada",
            fr="L'arroche sur les terres salées",
        ),
        "days_ago": 319,
        "landscape": "avon-river-wheatbelt",
        "countries": ["AU"],
        "themes": ["regenerative-agriculture", "ecosystem-restoration", "landscape-finance"],
        "sdgs": [2, 15],
        "returns": ["natural", "financial", "social"],
        "zones": ["combined", "economic"],
        "authors": [expert("Sarah Whitfield")],
        "standfirst": t(
            "In the West Australian wheatbelt, farmers are planting saltbush and native corridors on land that salt had taken out of production. Their sheep graze it in autumn, and the water table has stopped rising.",
            es="En el cinturón triguero de Australia Occidental, los agricultores plantan arbustos de sal y corredores nativos en tierras que la sal había dejado improductivas. Sus ovejas las pastan en otoño, y el nivel freático ha dejado de subir.",
            fr="Dans la ceinture à blé d'Australie-Occidentale, des agriculteurs plantent de l'arroche et des corridors d'espèces indigènes sur des terres que le sel avait rendues improductives. Leurs moutons y pâturent en automne, et la nappe a cessé de monter.",
        ),
        "hero_caption": t(
            "Old man saltbush on a salt-affected paddock near Wagin",
            es="Arbustos de sal en un potrero afectado por la sal cerca de Wagin",
            fr="De l'arroche sur une parcelle salée près de Wagin",
        ),
        "body": [
            paragraph(
                t(
                    "A century of clearing for wheat removed the deep-rooted trees that kept the groundwater down. As it rose, it brought salt to the surface, and the lowest paddocks turned white.",
                    es="Un siglo de desmonte para el trigo eliminó los árboles de raíces profundas que mantenían bajo el agua subterránea. Al subir, esta llevó la sal a la superficie, y los potreros más bajos se volvieron blancos.",
                    fr="Un siècle de défrichement pour le blé a fait disparaître les arbres à racines profondes qui maintenaient la nappe en profondeur. En remontant, elle a amené le sel à la surface, et les parcelles les plus basses sont devenues blanches.",
                )
            ),
            chapter(
                t("A white lake", es="Un lago blanco", fr="Un lac blanc"),
                t("Toolibin Lake", es="Lago Toolibin", fr="Lac Toolibin"),
                -32.92,
                117.6,
                12,
                t(
                    "Toolibin was once a freshwater lake ringed by sheoaks and paperbarks. Rising salty groundwater killed many of its trees, and it became a national test of whether salt land can be saved.",
                    es="Toolibin fue un lago de agua dulce rodeado de casuarinas y melaleucas. El ascenso del agua subterránea salada mató muchos de sus árboles, y el lago se convirtió en una prueba nacional de si la tierra salada puede salvarse.",
                    fr="Toolibin était un lac d'eau douce bordé de casuarinas et de melaleucas. La remontée d'une nappe salée a tué nombre de ses arbres, et le lac est devenu un test national pour savoir si une terre salée peut être sauvée.",
                ),
            ),
            chapter(
                t("Saltbush and sheep", es="Arbustos de sal y ovejas", fr="Arroche et moutons"),
                "Wagin",
                -33.31,
                117.34,
                11,
                t(
                    "On farms around Wagin, saltbush and perennial grasses now grow on paddocks that had been bare for decades. Sheep graze them in the autumn feed gap, when the stubble runs out.",
                    es="En las granjas de los alrededores de Wagin, los arbustos de sal y las gramíneas perennes crecen ahora en potreros que llevaban décadas desnudos. Las ovejas los pastan en el vacío forrajero de otoño, cuando se acaba el rastrojo.",
                    fr="Dans les fermes autour de Wagin, l'arroche et des graminées vivaces poussent désormais sur des parcelles nues depuis des décennies. Les moutons y pâturent au creux fourrager d'automne, quand les chaumes sont épuisés.",
                ),
            ),
            gallery(
                t(
                    "A farm walk near Wagin",
                    es="Una visita de campo cerca de Wagin",
                    fr="Une visite de ferme près de Wagin",
                ),
                t(
                    "Neighbours inspecting a saltbush planting",
                    es="Vecinos observando una plantación de arbustos de sal",
                    fr="Des voisins examinent une plantation d'arroche",
                ),
                t(
                    "Merino ewes on a saltbush paddock in April",
                    es="Ovejas merinas en un potrero de arbustos de sal en abril",
                    fr="Des brebis mérinos sur une parcelle d'arroche en avril",
                ),
                t(
                    "A piezometer that tracks the groundwater",
                    es="Un piezómetro que sigue el nivel del agua subterránea",
                    fr="Un piézomètre qui suit le niveau de la nappe",
                ),
                t(
                    "York gum seedlings ready for planting",
                    es="Plantones de York gum listos para plantar",
                    fr="Des plants de York gum prêts à être mis en terre",
                ),
            ),
            chapter(
                t("Linking the woodland", es="Unir el bosque", fr="Relier les boisements"),
                "Dumbleyung",
                -33.31,
                117.74,
                11,
                t(
                    "Landcare groups plant belts of York gum and salmon gum along fence lines and creeks to join the remnants of woodland. Each belt also lowers the water table beneath it.",
                    es="Los grupos de landcare plantan franjas de York gum y salmon gum a lo largo de alambradas y arroyos para unir los restos de bosque. Cada franja también hace bajar el nivel freático bajo ella.",
                    fr="Les groupes de landcare plantent des bandes de York gum et de salmon gum le long des clôtures et des ruisseaux pour relier les reliques de boisement. Chaque bande fait aussi baisser la nappe sous elle.",
                ),
            ),
            figures(
                t(
                    "Salt land in the Wagin district",
                    es="La tierra salada en el distrito de Wagin",
                    fr="Les terres salées du district de Wagin",
                ),
                (
                    "4,300",
                    "ha",
                    t(
                        "of salt land planted to saltbush and perennials",
                        es="de tierra salada plantada con arbustos de sal y perennes",
                        fr="de terres salées plantées d'arroche et de vivaces",
                    ),
                    "Wheatbelt Landcare Network, 2025",
                ),
                (
                    "210",
                    "km",
                    t(
                        "of native corridors planted",
                        es="de corredores nativos plantados",
                        fr="de corridors indigènes plantés",
                    ),
                    "Wheatbelt Landcare Network, 2025",
                ),
                (
                    "62",
                    "",
                    t(
                        "farms in the saltbush programme",
                        es="granjas en el programa de arbustos de sal",
                        fr="fermes engagées dans le programme d'arroche",
                    ),
                    monitoring("2025"),
                ),
            ),
            chapter(
                t(
                    "Lamb and grain, grown this way",
                    es="Cordero y cereal cultivados así",
                    fr="Agneau et céréales, produits ainsi",
                ),
                "Narrogin",
                -32.93,
                117.18,
                11,
                t(
                    "A regenerative food company buys the farms' grain and lamb at a premium. The extra income pays for the next year's planting.",
                    es="Una empresa de alimentación regenerativa compra el cereal y el cordero de las granjas con un sobreprecio. Los ingresos extra pagan las plantaciones del año siguiente.",
                    fr="Une entreprise alimentaire régénératrice achète les céréales et l'agneau des fermes avec une prime. Ce revenu supplémentaire paie les plantations de l'année suivante.",
                ),
            ),
            paragraph(
                t(
                    "Hundreds of neighbours come to the farm walks each spring. Many leave with a tray of saltbush seedlings.",
                    es="Cientos de vecinos acuden cada primavera a las visitas de campo. Muchos se van con una bandeja de plantones de arbustos de sal.",
                    fr="Des centaines de voisins viennent chaque printemps aux visites de ferme. Beaucoup repartent avec un plateau de plants d'arroche.",
                )
            ),
        ],
    },
    {
        "slug": t(
            "the-young-herders-who-measure-the-grass",
            es="los-jovenes-pastores-que-miden-la-hierba",
            fr="les-jeunes-eleveurs-qui-mesurent-l-herbe",
            pt="os-jovens-pastores-que-medem-o-capim",
        ),
        "title": t(
            "The young herders who measure the grass",
            es="Los jóvenes pastores que miden la hierba",
            fr="Les jeunes éleveurs qui mesurent l'herbe",
            pt="Os jovens pastores que medem o capim",
        ),
        "days_ago": 356,
        "landscape": "laikipia-rangelands",
        "countries": ["KE"],
        "themes": ["community-engagement", "biodiversity-conservation"],
        "sdgs": [8, 15],
        "returns": ["social", "inspiration"],
        "zones": ["natural", "combined"],
        "authors": [expert("Achieng Otieno"), person("Lekishon Lemayian")],
        "standfirst": t(
            "Forty young herders in Laikipia's conservancies have been trained as rangeland monitors. Their phone records of grass, water and wildlife now guide where the herds go.",
            es="Cuarenta jóvenes pastores de las áreas de conservación de Laikipia se han formado como monitores de pastizales. Sus registros en el teléfono sobre hierba, agua y fauna guían ahora adónde van los rebaños.",
            fr="Quarante jeunes éleveurs des aires de conservation de Laikipia ont été formés au suivi des parcours. Les relevés d'herbe, d'eau et de faune qu'ils font sur leur téléphone guident désormais les déplacements des troupeaux.",
            pt="Quarenta jovens pastores das áreas de conservação de Laikipia foram capacitados como monitores de pastagens. Seus registros no celular sobre capim, água e fauna agora orientam para onde vão os rebanhos.",
        ),
        "hero_caption": t(
            "A rangeland monitor records grass cover at a fixed point near Il Ngwesi",
            es="Una monitora de pastizales registra la cobertura de hierba en un punto fijo cerca de Il Ngwesi",
            fr="Une observatrice des parcours relève le couvert herbacé en un point fixe près d'Il Ngwesi",
            pt="Uma monitora de pastagens registra a cobertura de capim num ponto fixo perto de Il Ngwesi",
        ),
        "body": [
            paragraph(
                t(
                    "Every month, each monitor walks to the same twenty points, photographs the ground and counts the grass tufts in a hoop. The records go to a shared map that the grazing committees read before every meeting.",
                    es="Cada mes, cada monitor camina hasta los mismos veinte puntos, fotografía el suelo y cuenta las matas de hierba dentro de un aro. Los registros van a un mapa compartido que los comités de pastoreo consultan antes de cada reunión.",
                    fr="Chaque mois, chaque observateur se rend aux vingt mêmes points, photographie le sol et compte les touffes d'herbe dans un cerceau. Les relevés alimentent une carte partagée que les comités de pâturage consultent avant chaque réunion.",
                    pt="Todo mês, cada monitor caminha até os mesmos vinte pontos, fotografa o solo e conta as touceiras de capim dentro de um aro. Os registros vão para um mapa compartilhado que os comitês de pastoreio consultam antes de cada reunião.",
                )
            ),
            chapter(
                t(
                    "Training in Nanyuki",
                    es="Formación en Nanyuki",
                    fr="Formation à Nanyuki",
                    pt="Capacitação em Nanyuki",
                ),
                "Nanyuki",
                0.01,
                37.07,
                12,
                t(
                    "The first twenty monitors were trained in Nanyuki in 2021, half of them young women. Most had left school early to herd their families' cattle.",
                    es="Los primeros veinte monitores se formaron en Nanyuki en 2021, la mitad de ellos mujeres jóvenes. La mayoría había dejado pronto la escuela para cuidar el ganado de su familia.",
                    fr="Les vingt premiers observateurs ont été formés à Nanyuki en 2021, dont la moitié de jeunes femmes. La plupart avaient quitté l'école tôt pour garder le bétail familial.",
                    pt="Os primeiros vinte monitores foram capacitados em Nanyuki em 2021, metade deles mulheres jovens. A maioria tinha deixado a escola cedo para cuidar do gado da família.",
                ),
            ),
            chapter(
                t(
                    "Twenty points, every month",
                    es="Veinte puntos, cada mes",
                    fr="Vingt points, chaque mois",
                    pt="Vinte pontos, todo mês",
                ),
                t(
                    "Il Ngwesi conservancy",
                    es="Área de conservación de Il Ngwesi",
                    fr="Aire de conservation d'Il Ngwesi",
                    pt="Área de conservação de Il Ngwesi",
                ),
                0.35,
                37.37,
                11,
                t(
                    "An open-source app records each point offline and uploads the data when the phone finds a signal on a hilltop.",
                    es="Una aplicación de código abierto registra cada punto sin conexión y sube los datos cuando el teléfono encuentra señal en lo alto de una colina.",
                    fr="Une application libre enregistre chaque point hors connexion et envoie les données quand le téléphone capte du réseau au sommet d'une colline.",
                    pt="Um aplicativo de código aberto registra cada ponto sem conexão e envia os dados quando o celular encontra sinal no alto de um morro.",
                ),
            ),
            quote(
                t(
                    "The elders used to say the grass was finished. Now I can show them the photos from the same spot, month after month.",
                    es="Los ancianos decían que la hierba se había acabado. Ahora puedo enseñarles las fotos del mismo lugar, mes tras mes.",
                    fr="Les anciens disaient que l'herbe était finie. Maintenant je peux leur montrer les photos du même endroit, mois après mois.",
                    pt="Os anciãos diziam que o capim tinha acabado. Agora posso mostrar a eles as fotos do mesmo lugar, mês após mês.",
                ),
                t(
                    "Naserian Lekupe, rangeland monitor",
                    es="Naserian Lekupe, monitora de pastizales",
                    fr="Naserian Lekupe, observatrice des parcours",
                    pt="Naserian Lekupe, monitora de pastagens",
                ),
            ),
            chapter(
                t(
                    "Counting wildlife",
                    es="Contar la fauna",
                    fr="Compter la faune",
                    pt="Contar a fauna",
                ),
                t(
                    "Mukogodo Forest",
                    es="Bosque de Mukogodo",
                    fr="Forêt de Mukogodo",
                    pt="Floresta de Mukogodo",
                ),
                0.42,
                37.28,
                11,
                t(
                    "Monitors also log elephants, Grevy's zebras and livestock at water points. The records showed which corridors the animals use in the dry season, and the conservancies agreed to keep them open.",
                    es="Los monitores también registran elefantes, cebras de Grevy y ganado en los abrevaderos. Los registros mostraron qué corredores usan los animales en la estación seca, y las áreas de conservación acordaron mantenerlos abiertos.",
                    fr="Les observateurs notent aussi les éléphants, les zèbres de Grévy et le bétail aux points d'eau. Les relevés ont montré quels corridors les animaux empruntent en saison sèche, et les aires de conservation ont convenu de les laisser ouverts.",
                    pt="Os monitores também registram elefantes, zebras-de-grevy e gado nos bebedouros. Os registros mostraram quais corredores os animais usam na estação seca, e as áreas de conservação combinaram mantê-los abertos.",
                ),
            ),
            figures(
                t(
                    "The monitoring network",
                    es="La red de monitoreo",
                    fr="Le réseau de suivi",
                    pt="A rede de monitoramento",
                ),
                (
                    "40",
                    "",
                    t(
                        "young monitors, half of them women",
                        es="monitores jóvenes, la mitad mujeres",
                        fr="jeunes observateurs, dont la moitié de femmes",
                        pt="monitores jovens, metade mulheres",
                    ),
                    "Laikipia Pastoralist Council, 2024",
                ),
                (
                    "800",
                    "",
                    t(
                        "fixed points visited every month",
                        es="puntos fijos visitados cada mes",
                        fr="points fixes visités chaque mois",
                        pt="pontos fixos visitados todo mês",
                    ),
                    "Laikipia Pastoralist Council, 2024",
                ),
                (
                    "38,000",
                    "",
                    t(
                        "records shared with the grazing committees",
                        es="registros compartidos con los comités de pastoreo",
                        fr="relevés partagés avec les comités de pâturage",
                        pt="registros compartilhados com os comitês de pastoreio",
                    ),
                    monitoring("2024"),
                ),
            ),
            chapter(
                t(
                    "From data to decisions",
                    es="De los datos a las decisiones",
                    fr="Des données aux décisions",
                    pt="Dos dados às decisões",
                ),
                "Rumuruti",
                0.27,
                36.54,
                11,
                t(
                    "When the monitors' map showed the western pastures recovering faster, the committees moved the dry-season reserve there. Arguments over grass are now settled with the data on the table.",
                    es="Cuando el mapa de los monitores mostró que los pastos del oeste se recuperaban más rápido, los comités trasladaron allí la reserva de la estación seca. Las discusiones sobre la hierba se resuelven ahora con los datos sobre la mesa.",
                    fr="Quand la carte des observateurs a montré que les pâturages de l'ouest se rétablissaient plus vite, les comités y ont déplacé la réserve de saison sèche. Les disputes sur l'herbe se règlent désormais données sur la table.",
                    pt="Quando o mapa dos monitores mostrou que os pastos do oeste se recuperavam mais rápido, os comitês transferiram para lá a reserva da estação seca. As discussões sobre capim agora se resolvem com os dados na mesa.",
                ),
            ),
        ],
    },
    {
        # No Portuguese version: the language switcher shows the missing translation.
        "languages": ["es", "fr"],
        "slug": t(
            "moving-camp-again-in-the-orkhon-valley",
            es="volver-a-mudar-el-campamento-en-el-valle-del-orjon",
            fr="reprendre-la-route-des-paturages-dans-la-vallee-de-l-orkhon",
        ),
        "title": t(
            "Moving camp again in the Orkhon valley",
            es="Volver a mudar el campamento en el valle del Orjón",
            fr="Reprendre la route des pâturages dans la vallée de l'Orkhon",
        ),
        "days_ago": 398,
        "landscape": "orkhon-valley-grasslands",
        "countries": ["MN"],
        "themes": ["community-engagement", "livelihoods-value-chains", "climate-adaptation"],
        "sdgs": [1, 15],
        "returns": ["social", "natural", "financial"],
        "zones": ["combined", "economic"],
        "authors": [expert("Oyunchimeg Tserendorj"), person("Narantuya Batsaikhan")],
        "standfirst": t(
            "Herder families in central Mongolia are reviving the seasonal moves between pastures that their grandparents made, and selling traceable cashmere from the rested land.",
            es="Familias de pastores del centro de Mongolia recuperan los desplazamientos estacionales entre pastos que hacían sus abuelos, y venden cachemira trazable de las tierras que descansan.",
            fr="Des familles d'éleveurs du centre de la Mongolie renouent avec les déplacements saisonniers entre pâturages que faisaient leurs grands-parents, et vendent un cachemire traçable issu des terres mises au repos.",
        ),
        "hero_caption": t(
            "A herder family's ger at a summer camp in the upper Orkhon valley",
            es="La ger de una familia de pastores en un campamento de verano del alto valle del Orjón",
            fr="La yourte d'une famille d'éleveurs dans un campement d'été de la haute vallée de l'Orkhon",
        ),
        "body": [
            paragraph(
                t(
                    "Since the 1990s the herds of the Orkhon valley have grown several times over, driven by the price of cashmere. Many families stopped moving, and the pastures near the river and the roads were grazed bare.",
                    es="Desde los años noventa, los rebaños del valle del Orjón se han multiplicado, impulsados por el precio de la cachemira. Muchas familias dejaron de moverse, y los pastos junto al río y los caminos quedaron pelados.",
                    fr="Depuis les années 1990, les troupeaux de la vallée de l'Orkhon se sont multipliés, portés par le prix du cachemire. Beaucoup de familles ont cessé de se déplacer, et les pâturages proches de la rivière et des routes ont été broutés à ras.",
                )
            ),
            chapter(
                t("An ancient valley", es="Un valle antiguo", fr="Une vallée ancienne"),
                "Kharkhorin",
                47.19,
                102.82,
                10,
                t(
                    "The Orkhon valley held Kharkhorum, the capital of the Mongol Empire, and is a World Heritage cultural landscape. Herders have grazed it for thousands of years.",
                    es="El valle del Orjón albergó Karakórum, la capital del Imperio mongol, y es paisaje cultural del Patrimonio Mundial. Los pastores lo recorren con sus rebaños desde hace miles de años.",
                    fr="La vallée de l'Orkhon a abrité Karakorum, la capitale de l'Empire mongol, et est un paysage culturel inscrit au patrimoine mondial. Les éleveurs y font paître leurs bêtes depuis des millénaires.",
                ),
            ),
            chapter(
                t(
                    "Pasture user groups",
                    es="Grupos de usuarios de pastos",
                    fr="Des groupes d'usagers des pâturages",
                ),
                "Khujirt",
                46.9,
                102.77,
                11,
                t(
                    "In 2023 forty families around Khujirt formed pasture user groups. Each group agreed on its winter, spring, summer and autumn pastures, and on which ones rest for a year.",
                    es="En 2023, cuarenta familias de los alrededores de Khujirt formaron grupos de usuarios de pastos. Cada grupo acordó sus pastos de invierno, primavera, verano y otoño, y cuáles descansan un año.",
                    fr="En 2023, quarante familles des environs de Khujirt ont formé des groupes d'usagers des pâturages. Chaque groupe s'est entendu sur ses pâturages d'hiver, de printemps, d'été et d'automne, et sur ceux qui se reposent une année.",
                ),
            ),
            quote(
                t(
                    "My grandfather moved four times a year. We had forgotten why. The grass reminded us.",
                    es="Mi abuelo se mudaba cuatro veces al año. Habíamos olvidado por qué. La hierba nos lo recordó.",
                    fr="Mon grand-père changeait de campement quatre fois par an. Nous avions oublié pourquoi. L'herbe nous l'a rappelé.",
                ),
                t(
                    "Ganbold Tsogt, herder in Khujirt",
                    es="Ganbold Tsogt, pastor de Khujirt",
                    fr="Ganbold Tsogt, éleveur à Khujirt",
                ),
            ),
            chapter(
                t(
                    "Summer on the high pastures",
                    es="Verano en los pastos altos",
                    fr="L'été sur les hauts pâturages",
                ),
                t("Orkhon waterfall", es="Cascada del Orjón", fr="Chute de l'Orkhon"),
                46.79,
                101.96,
                11,
                t(
                    "In summer the families move up towards the Orkhon waterfall, leaving the river meadows to recover. The riverbanks below are fenced against erosion.",
                    es="En verano, las familias suben hacia la cascada del Orjón y dejan que se recuperen las praderas del río. Las orillas de abajo están cercadas contra la erosión.",
                    fr="En été, les familles montent vers la chute de l'Orkhon et laissent les prairies de la rivière se rétablir. En contrebas, les berges sont clôturées contre l'érosion.",
                ),
            ),
            figures(
                t(
                    "Two years of rested pastures",
                    es="Dos años de pastos en descanso",
                    fr="Deux ans de pâturages au repos",
                ),
                (
                    "40",
                    "",
                    t(
                        "herder families in pasture user groups",
                        es="familias de pastores en grupos de usuarios de pastos",
                        fr="familles d'éleveurs dans des groupes d'usagers",
                    ),
                    "Khangai Herders Cooperative, 2025",
                ),
                (
                    "18,000",
                    "ha",
                    t(
                        "of pasture under seasonal rotation",
                        es="de pastos en rotación estacional",
                        fr="de pâturages en rotation saisonnière",
                    ),
                    "Khangai Herders Cooperative, 2025",
                ),
                (
                    "20",
                    "%",
                    t(
                        "higher price for traceable cashmere",
                        es="más de precio por la cachemira trazable",
                        fr="de prix en plus pour le cachemire traçable",
                    ),
                    monitoring("2025"),
                ),
            ),
            chapter(
                t("Traceable cashmere", es="Cachemira trazable", fr="Un cachemire traçable"),
                "Bat-Ölziit",
                46.82,
                102.23,
                11,
                t(
                    "The cooperative records which pastures each family's goats graze, and buyers pay more for fibre they can trace. Families that keep fewer, better goats earn as much as before.",
                    es="La cooperativa registra qué pastos recorren las cabras de cada familia, y los compradores pagan más por una fibra que pueden rastrear. Las familias que tienen menos cabras, pero mejores, ganan lo mismo que antes.",
                    fr="La coopérative enregistre les pâturages où broutent les chèvres de chaque famille, et les acheteurs paient davantage une fibre dont ils connaissent l'origine. Les familles qui gardent moins de chèvres, mais de meilleure qualité, gagnent autant qu'avant.",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "sago-honey-and-fish-from-wet-peat",
            es="sagu-miel-y-pescado-de-la-turba-humeda",
            fr="sagou-miel-et-poisson-de-la-tourbe-humide",
            pt="sagu-mel-e-peixe-da-turfa-umida",
        ),
        "title": t(
            "Sago, honey and fish from wet peat",
            es="Sagú, miel y pescado de la turba húmeda",
            fr="Sagou, miel et poisson de la tourbe humide",
            pt="Sagu, mel e peixe da turfa úmida",
        ),
        "days_ago": 447,
        "landscape": "kahayan-peatlands",
        "countries": ["ID"],
        "themes": ["livelihoods-value-chains", "ecosystem-restoration"],
        "sdgs": [1, 15],
        "returns": ["financial", "natural"],
        "zones": ["combined", "economic"],
        "authors": [person("Yuliana Sari")],
        "standfirst": t(
            "Villages along the Kahayan river are finding ways to earn a living from peatland without draining it: sago palms, wild honey, rattan and fish from the blocked canals.",
            es="Las aldeas a orillas del río Kahayan encuentran formas de ganarse la vida en la turbera sin drenarla: palmeras de sagú, miel silvestre, ratán y pescado de los canales cerrados.",
            fr="Les villages le long du Kahayan trouvent des moyens de vivre de la tourbière sans la drainer\u00a0: sagoutiers, miel sauvage, rotin et poisson des canaux bouchés.",
            pt="As aldeias às margens do rio Kahayan estão encontrando formas de viver da turfeira sem drená-la: palmeiras de sagu, mel silvestre, ratã e peixe dos canais fechados.",
        ),
        "hero_caption": t(
            "Sago palms planted on rewetted peat near Pulang Pisau",
            es="Palmeras de sagú plantadas en turba rehumidificada cerca de Pulang Pisau",
            fr="Des sagoutiers plantés sur de la tourbe remise en eau près de Pulang Pisau",
            pt="Palmeiras de sagu plantadas em turfa reumidificada perto de Pulang Pisau",
        ),
        "body": [
            paragraph(
                t(
                    "Blocking the canals keeps the peat wet, but it also ends the oil palm and rubber that many families had planted on drained land. The peat care groups knew the dams would only hold if wet peat could pay.",
                    es="Cerrar los canales mantiene húmeda la turba, pero también acaba con la palma aceitera y el caucho que muchas familias habían plantado en tierra drenada. Los grupos de cuidado de la turba sabían que las presas solo aguantarían si la turba húmeda daba para vivir.",
                    fr="Boucher les canaux garde la tourbe humide, mais met aussi fin au palmier à huile et à l'hévéa que beaucoup de familles avaient plantés sur les terres drainées. Les groupes de protection de la tourbe savaient que les barrages ne tiendraient que si la tourbe humide faisait vivre.",
                    pt="Fechar os canais mantém a turfa úmida, mas também acaba com o dendê e a seringueira que muitas famílias tinham plantado em terra drenada. Os grupos de cuidado da turfa sabiam que as barragens só resistiriam se a turfa úmida desse sustento.",
                )
            ),
            chapter(
                t(
                    "Sago on the riverbank",
                    es="Sagú en la ribera",
                    fr="Le sagou sur la berge",
                    pt="Sagu na margem do rio",
                ),
                "Pulang Pisau",
                -2.75,
                114.26,
                11,
                t(
                    "Sago palms grow with their feet in water and give a starch that Dayak families have eaten for generations. The first village plantings will be ready to harvest in 2027.",
                    es="Las palmeras de sagú crecen con los pies en el agua y dan un almidón que las familias dayak comen desde hace generaciones. Las primeras plantaciones de las aldeas podrán cosecharse en 2027.",
                    fr="Le sagoutier pousse les pieds dans l'eau et donne un amidon que les familles dayaks consomment depuis des générations. Les premières plantations villageoises pourront être récoltées en 2027.",
                    pt="As palmeiras de sagu crescem com os pés na água e dão um amido que as famílias dayak comem há gerações. Os primeiros plantios das aldeias poderão ser colhidos em 2027.",
                ),
            ),
            chapter(
                t(
                    "Honey from the swamp forest",
                    es="Miel del bosque pantanoso",
                    fr="Le miel de la forêt marécageuse",
                    pt="Mel da floresta alagada",
                ),
                "Jabiren",
                -2.52,
                114.17,
                12,
                t(
                    "Wild bees nest in the tall trees of the swamp forest. Honey hunters now hang tikung, wooden boards on which the bees build their combs, and harvest without felling a single tree.",
                    es="Las abejas silvestres anidan en los árboles altos del bosque pantanoso. Los recolectores de miel cuelgan ahora tikung, tablas de madera en las que las abejas construyen sus panales, y cosechan sin talar un solo árbol.",
                    fr="Les abeilles sauvages nichent dans les grands arbres de la forêt marécageuse. Les chasseurs de miel accrochent désormais des tikung, des planches de bois sur lesquelles les abeilles bâtissent leurs rayons, et récoltent sans abattre un seul arbre.",
                    pt="As abelhas silvestres fazem ninho nas árvores altas da floresta alagada. Os coletores de mel agora penduram tikung, tábuas de madeira nas quais as abelhas constroem seus favos, e colhem sem derrubar uma única árvore.",
                ),
            ),
            gallery(
                t(
                    "What wet peat gives",
                    es="Lo que da la turba húmeda",
                    fr="Ce que donne la tourbe humide",
                    pt="O que a turfa úmida dá",
                ),
                t(
                    "Sago seedlings in a village nursery",
                    es="Plántulas de sagú en un vivero de la aldea",
                    fr="Des plants de sagoutier dans une pépinière villageoise",
                    pt="Mudas de sagu num viveiro da aldeia",
                ),
                t(
                    "Harvesting honey from a tikung",
                    es="Cosecha de miel de un tikung",
                    fr="Récolte du miel d'un tikung",
                    pt="Colheita de mel de um tikung",
                ),
                t(
                    "Fish traps in a blocked canal",
                    es="Nasas en un canal cerrado",
                    fr="Des nasses dans un canal bouché",
                    pt="Armadilhas de peixe num canal fechado",
                ),
            ),
            chapter(
                t(
                    "Fish in the blocked canals",
                    es="Peces en los canales cerrados",
                    fr="Du poisson dans les canaux bouchés",
                    pt="Peixes nos canais fechados",
                ),
                t(
                    "Kahayan river",
                    es="Río Kahayan",
                    fr="Rivière Kahayan",
                    pt="Rio Kahayan",
                ),
                -2.5,
                114.1,
                10,
                t(
                    "Behind the dams, the canals have become ponds full of snakehead and climbing perch. Each peat care group decides when its canals are fished and how many traps each family may set.",
                    es="Detrás de las presas, los canales se han convertido en estanques llenos de peces cabeza de serpiente y percas trepadoras. Cada grupo de cuidado de la turba decide cuándo se pesca en sus canales y cuántas nasas puede poner cada familia.",
                    fr="Derrière les barrages, les canaux sont devenus des étangs pleins de poissons à tête de serpent et de perches grimpeuses. Chaque groupe de protection de la tourbe décide quand ses canaux sont pêchés et combien de nasses chaque famille peut poser.",
                    pt="Atrás das barragens, os canais viraram lagoas cheias de peixes-cabeça-de-cobra e percas-trepadoras. Cada grupo de cuidado da turfa decide quando seus canais são pescados e quantas armadilhas cada família pode colocar.",
                ),
            ),
            figures(
                t(
                    "Income from wet peat",
                    es="Ingresos de la turba húmeda",
                    fr="Des revenus de la tourbe humide",
                    pt="Renda da turfa úmida",
                ),
                (
                    "26",
                    "",
                    t(
                        "villages with a peat care group",
                        es="aldeas con un grupo de cuidado de la turba",
                        fr="villages dotés d'un groupe de protection de la tourbe",
                        pt="aldeias com um grupo de cuidado da turfa",
                    ),
                    "Kahayan Peat Care Forum, 2025",
                ),
                (
                    "4.5",
                    TONNES,
                    t(
                        "of wild honey sold in 2024",
                        es="de miel silvestre vendida en 2024",
                        fr="de miel sauvage vendu en 2024",
                        pt="de mel silvestre vendido em 2024",
                    ),
                    "Kahayan Peat Care Forum, 2025",
                ),
                (
                    "310",
                    "ha",
                    t(
                        "of sago and native trees planted",
                        es="de sagú y árboles nativos plantados",
                        fr="de sagoutiers et d'arbres indigènes plantés",
                        pt="de sagu e árvores nativas plantados",
                    ),
                    monitoring("2025"),
                ),
            ),
            chapter(
                t(
                    "A market in the city",
                    es="Un mercado en la ciudad",
                    fr="Un marché en ville",
                    pt="Um mercado na cidade",
                ),
                "Palangka Raya",
                -2.21,
                113.92,
                12,
                t(
                    "A women's cooperative in Palangka Raya packs the honey and sago flour under one label and sells them in the city's shops and online.",
                    es="Una cooperativa de mujeres de Palangka Raya envasa la miel y la harina de sagú con una misma etiqueta y las vende en las tiendas de la ciudad y por internet.",
                    fr="Une coopérative de femmes de Palangka Raya conditionne le miel et la farine de sagou sous une même étiquette et les vend dans les boutiques de la ville et en ligne.",
                    pt="Uma cooperativa de mulheres de Palangka Raya embala o mel e a farinha de sagu com um mesmo rótulo e os vende nas lojas da cidade e pela internet.",
                ),
            ),
        ],
    },
    {
        "slug": t(
            "honeybush-tea-from-the-mountain",
            es="te-de-honeybush-de-la-montana",
            fr="le-the-de-honeybush-de-la-montagne",
            pt="cha-de-honeybush-da-montanha",
        ),
        "title": t(
            "Honeybush tea from the mountain",
            es="Té de honeybush de la montaña",
            fr="Le thé de honeybush de la montagne",
            pt="Chá de honeybush da montanha",
        ),
        "days_ago": 520,
        "landscape": "kogelberg-coast",
        "countries": ["ZA"],
        "themes": ["livelihoods-value-chains", "biodiversity-conservation"],
        "sdgs": [8, 15],
        "returns": ["financial", "social", "inspiration"],
        "zones": ["combined", "economic"],
        "authors": [expert("Lerato Dlamini")],
        "standfirst": t(
            "In the Kogelberg, harvesters who once cut wild honeybush wherever they found it now follow a shared harvest plan. The tea pays better, and the plants come back.",
            es="En el Kogelberg, los recolectores que antes cortaban honeybush silvestre allí donde lo encontraban siguen ahora un plan de cosecha compartido. El té se paga mejor, y las plantas vuelven a brotar.",
            fr="Dans le Kogelberg, les cueilleurs qui coupaient autrefois le honeybush sauvage partout où ils le trouvaient suivent désormais un plan de récolte commun. Le thé se vend mieux, et les plantes repoussent.",
            pt="No Kogelberg, os coletores que antes cortavam honeybush silvestre onde quer que o encontrassem agora seguem um plano de colheita compartilhado. O chá é mais bem pago, e as plantas voltam a crescer.",
        ),
        "hero_caption": t(
            "Honeybush in flower on the slopes above Betty's Bay",
            es="Honeybush en flor en las laderas sobre Betty's Bay",
            fr="Du honeybush en fleur sur les pentes au-dessus de Betty's Bay",
            pt="Honeybush em flor nas encostas acima de Betty's Bay",
        ),
        "body": [
            paragraph(
                t(
                    "Honeybush is a fynbos shrub whose leaves make a sweet, caffeine-free tea. As demand grew, wild stands were stripped faster than they could recover.",
                    es="El honeybush es un arbusto del fynbos cuyas hojas dan un té dulce y sin cafeína. Al crecer la demanda, las poblaciones silvestres se esquilmaron más deprisa de lo que podían recuperarse.",
                    fr="Le honeybush est un arbuste du fynbos dont les feuilles donnent un thé doux et sans caféine. Avec la demande, les peuplements sauvages ont été dépouillés plus vite qu'ils ne pouvaient se régénérer.",
                    pt="O honeybush é um arbusto do fynbos cujas folhas dão um chá doce e sem cafeína. Com o aumento da procura, as populações silvestres foram esgotadas mais depressa do que conseguiam se recuperar.",
                )
            ),
            chapter(
                t(
                    "Wild stands on the mountain",
                    es="Poblaciones silvestres en la montaña",
                    fr="Des peuplements sauvages sur la montagne",
                    pt="Populações silvestres na montanha",
                ),
                "Betty's Bay",
                -34.37,
                18.92,
                12,
                t(
                    "The wild honeybush of the Kogelberg grows on the mountain slopes above Betty's Bay and Pringle Bay. It resprouts after fire, but not if it is cut too often.",
                    es="El honeybush silvestre del Kogelberg crece en las laderas de la montaña sobre Betty's Bay y Pringle Bay. Rebrota tras los incendios, pero no si se corta con demasiada frecuencia.",
                    fr="Le honeybush sauvage du Kogelberg pousse sur les pentes au-dessus de Betty's Bay et de Pringle Bay. Il repousse après le feu, mais pas s'il est coupé trop souvent.",
                    pt="O honeybush silvestre do Kogelberg cresce nas encostas acima de Betty's Bay e Pringle Bay. Ele rebrota depois do fogo, mas não se for cortado com muita frequência.",
                ),
            ),
            chapter(
                t(
                    "A harvest plan",
                    es="Un plan de cosecha",
                    fr="Un plan de récolte",
                    pt="Um plano de colheita",
                ),
                "Kleinmond",
                -34.34,
                19.03,
                11,
                t(
                    "Harvesters, landowners and the nature reserve agreed to divide the slopes into blocks, each cut once every three years. A harvesters' association in Kleinmond keeps the register.",
                    es="Recolectores, propietarios y la reserva natural acordaron dividir las laderas en bloques, cada uno de los cuales se corta una vez cada tres años. Una asociación de recolectores de Kleinmond lleva el registro.",
                    fr="Cueilleurs, propriétaires et réserve naturelle ont convenu de diviser les pentes en blocs, chacun coupé une fois tous les trois ans. Une association de cueilleurs de Kleinmond tient le registre.",
                    pt="Coletores, proprietários e a reserva natural combinaram dividir as encostas em blocos, cada um cortado uma vez a cada três anos. Uma associação de coletores de Kleinmond mantém o registro.",
                ),
            ),
            gallery(
                t(
                    "From slope to cup",
                    es="De la ladera a la taza",
                    fr="De la pente à la tasse",
                    pt="Da encosta à xícara",
                ),
                t(
                    "Cutting honeybush in a harvest block",
                    es="Corte de honeybush en un bloque de cosecha",
                    fr="Coupe du honeybush dans un bloc de récolte",
                    pt="Corte de honeybush num bloco de colheita",
                ),
                t(
                    "Fermenting the cut leaves in heaps",
                    es="Fermentación de las hojas cortadas en montones",
                    fr="Fermentation des feuilles coupées en tas",
                    pt="Fermentação das folhas cortadas em montes",
                ),
                t(
                    "Drying the tea in the sun",
                    es="Secado del té al sol",
                    fr="Séchage du thé au soleil",
                    pt="Secagem do chá ao sol",
                ),
                t(
                    "Packing the first blended tea",
                    es="Envasado del primer té de mezcla",
                    fr="Conditionnement du premier thé d'assemblage",
                    pt="Embalagem do primeiro chá de mistura",
                ),
            ),
            chapter(
                t(
                    "Processing in Hermanus",
                    es="Procesado en Hermanus",
                    fr="Transformation à Hermanus",
                    pt="Processamento em Hermanus",
                ),
                "Hermanus",
                -34.42,
                19.23,
                11,
                t(
                    "The cut shoots are fermented and dried at a small plant in Hermanus that the association part-owns. Selling processed tea instead of raw cuttings has tripled what harvesters earn per kilogram.",
                    es="Los brotes cortados se fermentan y secan en una pequeña planta de Hermanus de la que la asociación es copropietaria. Vender té procesado en lugar de ramas sin procesar ha triplicado lo que los recolectores ganan por kilo.",
                    fr="Les pousses coupées sont fermentées et séchées dans une petite usine d'Hermanus dont l'association est copropriétaire. Vendre du thé transformé plutôt que des branches brutes a triplé ce que gagnent les cueilleurs au kilo.",
                    pt="Os brotos cortados são fermentados e secos numa pequena unidade em Hermanus da qual a associação é sócia. Vender chá processado em vez de ramos brutos triplicou o que os coletores ganham por quilo.",
                ),
            ),
            figures(
                t(
                    "The honeybush harvest",
                    es="La cosecha de honeybush",
                    fr="La récolte de honeybush",
                    pt="A colheita de honeybush",
                ),
                (
                    "64",
                    "",
                    t(
                        "registered harvesters",
                        es="recolectores registrados",
                        fr="cueilleurs enregistrés",
                        pt="coletores registrados",
                    ),
                    "Overberg Catchment Trust, 2024",
                ),
                (
                    "3",
                    "×",
                    t(
                        "what harvesters earn per kilogram",
                        es="lo que ganan los recolectores por kilo",
                        fr="ce que gagnent les cueilleurs au kilo",
                        pt="o que os coletores ganham por quilo",
                    ),
                    monitoring("2024"),
                ),
                (
                    "22",
                    TONNES,
                    t(
                        "of dried tea sold in 2024",
                        es="de té seco vendido en 2024",
                        fr="de thé séché vendu en 2024",
                        pt="de chá seco vendido em 2024",
                    ),
                    "Overberg Catchment Trust, 2024",
                ),
            ),
            chapter(
                t(
                    "Planting it on farms",
                    es="Plantarlo en las fincas",
                    fr="Le planter dans les fermes",
                    pt="Plantá-lo nas fazendas",
                ),
                "Botrivier",
                -34.23,
                19.21,
                12,
                t(
                    "Farmers near Botrivier now plant honeybush on old wheat fields, which takes pressure off the wild stands. The mountain stays for the wild harvest, and the farms grow the rest.",
                    es="Los agricultores de los alrededores de Botrivier plantan ahora honeybush en antiguos campos de trigo, lo que alivia la presión sobre las poblaciones silvestres. La montaña queda para la cosecha silvestre y las fincas cultivan el resto.",
                    fr="Les agriculteurs des environs de Botrivier plantent désormais du honeybush sur d'anciens champs de blé, ce qui soulage les peuplements sauvages. La montagne reste à la cueillette sauvage, et les fermes cultivent le reste.",
                    pt="Agricultores perto de Botrivier agora plantam honeybush em antigos campos de trigo, o que alivia a pressão sobre as populações silvestres. A montanha fica para a colheita silvestre, e as fazendas cultivam o resto.",
                ),
            ),
        ],
    },
]
