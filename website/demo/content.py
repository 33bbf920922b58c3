"""The foundation's demo content: English source text and its translations, keyed by the English
string as wagtail-localize extracts it (a translation memory, as a translator would build)."""

HOME = {
    "title": "Thousand Landscapes",
    "slug": "home",
    "hero_title": "Restoring a thousand landscapes, together",
    "hero_text": (
        "Landscape partnerships around the world are restoring land and livelihoods. Here they "
        "find each other, tell their stories and learn from one another."
    ),
    "hero_image_credit": "Demo image, generated for this site",
    "search_description": (
        "The action network of the 1000 Landscapes for 1 Billion People initiative: landscapes, "
        "organisations, experts, courses and stories."
    ),
    "intro": (
        "<p>1000 Landscapes for 1 Billion People builds the support that landscape partnerships "
        "need: access to tools, finance and connections.</p>"
        "<p>Each partnership works across the natural, combined and economic zones of its "
        "landscape, aiming at four returns: inspiration, social, natural and financial.</p>"
    ),
    "body": [
        {
            "type": "key_figures",
            "id": "home-ambition",
            "value": {
                "heading": "Our ambition",
                # ListBlock items with ids: wagtail-localize translates only this form.
                "figures": [
                    {
                        "type": "item",
                        "id": "home-ambition-landscapes",
                        "value": {
                            "number": 1000,
                            "unit": "",
                            "label": "landscapes restored and managed",
                        },
                    },
                    {
                        "type": "item",
                        "id": "home-ambition-people",
                        "value": {
                            "number": 1,
                            "unit": "billion",
                            "label": "people whose lives improve",
                        },
                    },
                    {
                        "type": "item",
                        "id": "home-ambition-partners",
                        "value": {
                            "number": 7,
                            "unit": "",
                            "label": "founding partner organisations",
                        },
                    },
                ],
            },
        }
    ],
}

STANDARD_PAGES = [
    {
        "title": "About the initiative",
        "slug": "about",
        "intro": (
            "A joint initiative to enable landscape partnerships to deliver holistic landscape "
            "restoration and management across a thousand landscapes."
        ),
        "body": [
            {
                "type": "heading",
                "id": "about-h1",
                "value": {"text": "Why landscapes", "level": "h2"},
            },
            {
                "type": "paragraph",
                "id": "about-p1",
                "value": (
                    "<p>Land degradation, biodiversity loss and climate change meet in landscapes, "
                    "and so do the people who can turn them around: farmers, companies, "
                    "governments and communities working as partners.</p>"
                ),
            },
            {
                "type": "quote",
                "id": "about-q1",
                "value": {
                    "text": "Landscape partnerships need tools, finance and connections.",
                    "attribution": "1000 Landscapes for 1 Billion People",
                },
            },
            {"type": "heading", "id": "about-h2", "value": {"text": "What we do", "level": "h2"}},
            {
                "type": "paragraph",
                "id": "about-p2",
                "value": (
                    "<p>We bring landscape partners and supporters together in an action network, "
                    "raise the visibility of their solutions and strengthen the learning networks "
                    "that train landscape leaders.</p>"
                ),
            },
        ],
    },
    {
        "title": "Partners",
        "slug": "partners",
        "intro": "Seven organisations founded the initiative and steer it together.",
        "body": [
            {
                "type": "paragraph",
                "id": "partners-p1",
                "value": (
                    "<p>Commonland, Conservation International, Rainforest Alliance, "
                    "EcoAgriculture Partners, TechMatters, UNDP and WWF.</p>"
                ),
            },
            {
                "type": "paragraph",
                "id": "partners-p2",
                "value": (
                    "<p>Together they support landscape partnerships with knowledge, networks and "
                    "access to finance.</p>"
                ),
            },
        ],
    },
    {
        "title": "Privacy",
        "slug": "privacy",
        "intro": "What we store about you, why, and how to have it removed.",
        "body": [
            {
                "type": "paragraph",
                "id": "privacy-p1",
                "value": (
                    "<p>This site sets no tracking cookies and loads nothing from other "
                    "websites.</p>"
                ),
            },
            {
                "type": "paragraph",
                "id": "privacy-p2",
                "value": (
                    "<p>Messages sent through a contact form are stored so that they reach their "
                    "recipient. Experts can download or delete everything stored about them.</p>"
                ),
            },
        ],
    },
]

THEMES = [
    ("ecosystem-restoration", "Ecosystem restoration"),
    ("regenerative-agriculture", "Regenerative agriculture"),
    ("water-management", "Water management"),
    ("biodiversity-conservation", "Biodiversity conservation"),
    ("landscape-finance", "Landscape finance"),
    ("climate-adaptation", "Climate adaptation"),
    ("livelihoods-value-chains", "Livelihoods and value chains"),
    ("governance-policy", "Governance and policy"),
    ("agroforestry", "Agroforestry"),
    ("community-engagement", "Community engagement"),
]

# Slug, name, and the Terraso ecosystem type it is exchanged as ("" when Terraso has none).
ECOSYSTEM_TYPES = [
    ("tropical-forest", "Tropical forest", "Forest, Tropical"),
    ("dryland-savanna", "Dryland and savanna", "Savannah"),
    ("grassland", "Grassland", ""),
    ("mountain", "Mountain", "Polar/Alpine"),
    ("wetland-mangrove", "Wetland and mangrove", "Wetlands"),
    ("mediterranean", "Mediterranean shrubland", "Shrubland"),
    ("temperate-forest", "Temperate forest", "Forest, Temperate"),
    ("agricultural-mosaic", "Agricultural mosaic", ""),
]

# The main navigation and footer, by page slug.
MAIN_MENU = ["about", "partners"]
FOOTER_MENU = ["about", "partners", "privacy"]

TRANSLATIONS = {
    "es": {
        "home": "inicio",
        "about": "sobre",
        "partners": "socios",
        "privacy": "privacidad",
        "Thousand Landscapes": "Mil Paisajes",
        "Restoring a thousand landscapes, together": "Restaurar mil paisajes, juntos",
        "Landscape partnerships around the world are restoring land and livelihoods. Here they find each other, tell their stories and learn from one another.": "Alianzas de paisaje de todo el mundo restauran la tierra y los medios de vida. Aquí se encuentran, cuentan sus historias y aprenden unas de otras.",
        "Demo image, generated for this site": "Imagen de demostración, generada para este sitio",
        "The action network of the 1000 Landscapes for 1 Billion People initiative: landscapes, organisations, experts, courses and stories.": "La red de acción de la iniciativa 1000 Paisajes para 1000 Millones de Personas: paisajes, organizaciones, expertos, cursos e historias.",
        "1000 Landscapes for 1 Billion People builds the support that landscape partnerships need: access to tools, finance and connections.": "1000 Paisajes para 1000 Millones de Personas construye el apoyo que necesitan las alianzas de paisaje: acceso a herramientas, financiación y contactos.",
        "Each partnership works across the natural, combined and economic zones of its landscape, aiming at four returns: inspiration, social, natural and financial.": "Cada alianza trabaja en las zonas natural, combinada y económica de su paisaje, con cuatro retornos como meta: inspiración, social, natural y financiero.",
        "Our ambition": "Nuestra ambición",
        "landscapes restored and managed": "paisajes restaurados y gestionados",
        "billion": "mil millones",
        "people whose lives improve": "personas cuyas vidas mejoran",
        "founding partner organisations": "organizaciones socias fundadoras",
        "About the initiative": "Sobre la iniciativa",
        "A joint initiative to enable landscape partnerships to deliver holistic landscape restoration and management across a thousand landscapes.": "Una iniciativa conjunta para que las alianzas de paisaje logren una restauración y gestión integral en mil paisajes.",
        "Why landscapes": "Por qué paisajes",
        "Land degradation, biodiversity loss and climate change meet in landscapes, and so do the people who can turn them around: farmers, companies, governments and communities working as partners.": "La degradación de la tierra, la pérdida de biodiversidad y el cambio climático se encuentran en los paisajes, igual que las personas capaces de revertirlos: agricultores, empresas, gobiernos y comunidades que trabajan como socios.",
        "Landscape partnerships need tools, finance and connections.": "Las alianzas de paisaje necesitan herramientas, financiación y contactos.",
        "1000 Landscapes for 1 Billion People": "1000 Paisajes para 1000 Millones de Personas",
        "What we do": "Qué hacemos",
        "We bring landscape partners and supporters together in an action network, raise the visibility of their solutions and strengthen the learning networks that train landscape leaders.": "Reunimos a socios y aliados de los paisajes en una red de acción, damos visibilidad a sus soluciones y fortalecemos las redes de aprendizaje que forman a líderes de paisaje.",
        "Partners": "Socios",
        "Seven organisations founded the initiative and steer it together.": "Siete organizaciones fundaron la iniciativa y la dirigen juntas.",
        "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, UNDP and WWF.": "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, el PNUD y WWF.",
        "Together they support landscape partnerships with knowledge, networks and access to finance.": "Juntas apoyan a las alianzas de paisaje con conocimiento, redes y acceso a financiación.",
        "Privacy": "Privacidad",
        "What we store about you, why, and how to have it removed.": "Qué guardamos sobre ti, por qué y cómo hacer que se elimine.",
        "This site sets no tracking cookies and loads nothing from other websites.": "Este sitio no usa cookies de seguimiento ni carga nada de otros sitios web.",
        "Messages sent through a contact form are stored so that they reach their recipient. Experts can download or delete everything stored about them.": "Los mensajes enviados con un formulario de contacto se guardan para que lleguen a su destinatario. Los expertos pueden descargar o borrar todo lo que se guarda sobre ellos.",
        "Ecosystem restoration": "Restauración de ecosistemas",
        "Regenerative agriculture": "Agricultura regenerativa",
        "Water management": "Gestión del agua",
        "Biodiversity conservation": "Conservación de la biodiversidad",
        "Landscape finance": "Financiación de paisajes",
        "Climate adaptation": "Adaptación al clima",
        "Livelihoods and value chains": "Medios de vida y cadenas de valor",
        "Governance and policy": "Gobernanza y políticas",
        "Agroforestry": "Agroforestería",
        "Community engagement": "Participación comunitaria",
        "Tropical forest": "Bosque tropical",
        "Dryland and savanna": "Tierras secas y sabana",
        "Grassland": "Pastizal",
        "Mountain": "Montaña",
        "Wetland and mangrove": "Humedal y manglar",
        "Mediterranean shrubland": "Matorral mediterráneo",
        "Temperate forest": "Bosque templado",
        "Agricultural mosaic": "Mosaico agrícola",
    },
    "fr": {
        "home": "accueil",
        "about": "a-propos",
        "partners": "partenaires",
        "privacy": "confidentialite",
        "Thousand Landscapes": "Mille Paysages",
        "Restoring a thousand landscapes, together": "Restaurer mille paysages, ensemble",
        "Landscape partnerships around the world are restoring land and livelihoods. Here they find each other, tell their stories and learn from one another.": "Partout dans le monde, des partenariats de paysage restaurent les terres et les moyens de subsistance. Ici, ils se rencontrent, racontent leurs histoires et apprennent les uns des autres.",
        "Demo image, generated for this site": "Image de démonstration, générée pour ce site",
        "The action network of the 1000 Landscapes for 1 Billion People initiative: landscapes, organisations, experts, courses and stories.": "Le réseau d'action de l'initiative 1000 Paysages pour 1 Milliard de Personnes\u00a0: paysages, organisations, experts, formations et récits.",
        "1000 Landscapes for 1 Billion People builds the support that landscape partnerships need: access to tools, finance and connections.": "1000 Paysages pour 1 Milliard de Personnes construit le soutien dont les partenariats de paysage ont besoin\u00a0: accès aux outils, au financement et aux contacts.",
        "Each partnership works across the natural, combined and economic zones of its landscape, aiming at four returns: inspiration, social, natural and financial.": "Chaque partenariat agit dans les zones naturelle, combinée et économique de son paysage, avec quatre retours pour objectif\u00a0: inspiration, social, naturel et financier.",
        "Our ambition": "Notre ambition",
        "landscapes restored and managed": "paysages restaurés et gérés",
        "billion": "milliard",
        "people whose lives improve": "de personnes dont la vie s'améliore",
        "founding partner organisations": "organisations partenaires fondatrices",
        "About the initiative": "À propos de l'initiative",
        "A joint initiative to enable landscape partnerships to deliver holistic landscape restoration and management across a thousand landscapes.": "Une initiative commune pour permettre aux partenariats de paysage de mener une restauration et une gestion intégrées dans mille paysages.",
        "Why landscapes": "Pourquoi les paysages",
        "Land degradation, biodiversity loss and climate change meet in landscapes, and so do the people who can turn them around: farmers, companies, governments and communities working as partners.": "La dégradation des terres, la perte de biodiversité et le changement climatique se rejoignent dans les paysages, tout comme les personnes capables de les inverser\u00a0: agriculteurs, entreprises, gouvernements et communautés qui travaillent en partenaires.",
        "Landscape partnerships need tools, finance and connections.": "Les partenariats de paysage ont besoin d'outils, de financement et de contacts.",
        "1000 Landscapes for 1 Billion People": "1000 Paysages pour 1 Milliard de Personnes",
        "What we do": "Ce que nous faisons",
        "We bring landscape partners and supporters together in an action network, raise the visibility of their solutions and strengthen the learning networks that train landscape leaders.": "Nous réunissons partenaires et soutiens des paysages dans un réseau d'action, faisons connaître leurs solutions et renforçons les réseaux d'apprentissage qui forment les responsables de paysage.",
        "Partners": "Partenaires",
        "Seven organisations founded the initiative and steer it together.": "Sept organisations ont fondé l'initiative et la pilotent ensemble.",
        "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, UNDP and WWF.": "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, le PNUD et le WWF.",
        "Together they support landscape partnerships with knowledge, networks and access to finance.": "Ensemble, elles soutiennent les partenariats de paysage par le savoir, les réseaux et l'accès au financement.",
        "Privacy": "Confidentialité",
        "What we store about you, why, and how to have it removed.": "Ce que nous conservons à votre sujet, pourquoi, et comment le faire supprimer.",
        "This site sets no tracking cookies and loads nothing from other websites.": "Ce site ne dépose aucun cookie de suivi et ne charge rien depuis d'autres sites.",
        "Messages sent through a contact form are stored so that they reach their recipient. Experts can download or delete everything stored about them.": "Les messages envoyés par un formulaire de contact sont conservés pour parvenir à leur destinataire. Les experts peuvent télécharger ou supprimer tout ce qui est conservé à leur sujet.",
        "Ecosystem restoration": "Restauration des écosystèmes",
        "Regenerative agriculture": "Agriculture régénératrice",
        "Water management": "Gestion de l'eau",
        "Biodiversity conservation": "Conservation de la biodiversité",
        "Landscape finance": "Financement des paysages",
        "Climate adaptation": "Adaptation au climat",
        "Livelihoods and value chains": "Moyens de subsistance et filières",
        "Governance and policy": "Gouvernance et politiques",
        "Agroforestry": "Agroforesterie",
        "Community engagement": "Participation des communautés",
        "Tropical forest": "Forêt tropicale",
        "Dryland and savanna": "Terres arides et savane",
        "Grassland": "Prairie",
        "Mountain": "Montagne",
        "Wetland and mangrove": "Zone humide et mangrove",
        "Mediterranean shrubland": "Maquis méditerranéen",
        "Temperate forest": "Forêt tempérée",
        "Agricultural mosaic": "Mosaïque agricole",
    },
    "pt": {
        "home": "pagina-inicial",
        "about": "sobre-a-iniciativa",
        "partners": "parceiros",
        "privacy": "privacidade",
        "Thousand Landscapes": "Mil Paisagens",
        "Restoring a thousand landscapes, together": "Restaurar mil paisagens, juntos",
        "Landscape partnerships around the world are restoring land and livelihoods. Here they find each other, tell their stories and learn from one another.": "Parcerias de paisagem de todo o mundo restauram a terra e os meios de vida. Aqui elas se encontram, contam suas histórias e aprendem umas com as outras.",
        "Demo image, generated for this site": "Imagem de demonstração, gerada para este site",
        "The action network of the 1000 Landscapes for 1 Billion People initiative: landscapes, organisations, experts, courses and stories.": "A rede de ação da iniciativa 1000 Paisagens para 1 Bilhão de Pessoas: paisagens, organizações, especialistas, cursos e histórias.",
        "1000 Landscapes for 1 Billion People builds the support that landscape partnerships need: access to tools, finance and connections.": "1000 Paisagens para 1 Bilhão de Pessoas constrói o apoio de que as parcerias de paisagem precisam: acesso a ferramentas, financiamento e contatos.",
        "Each partnership works across the natural, combined and economic zones of its landscape, aiming at four returns: inspiration, social, natural and financial.": "Cada parceria atua nas zonas natural, combinada e econômica da sua paisagem, com quatro retornos como meta: inspiração, social, natural e financeiro.",
        "Our ambition": "Nossa ambição",
        "landscapes restored and managed": "paisagens restauradas e geridas",
        "billion": "bilhão",
        "people whose lives improve": "de pessoas cujas vidas melhoram",
        "founding partner organisations": "organizações parceiras fundadoras",
        "About the initiative": "Sobre a iniciativa",
        "A joint initiative to enable landscape partnerships to deliver holistic landscape restoration and management across a thousand landscapes.": "Uma iniciativa conjunta para que parcerias de paisagem realizem a restauração e a gestão integradas em mil paisagens.",
        "Why landscapes": "Por que paisagens",
        "Land degradation, biodiversity loss and climate change meet in landscapes, and so do the people who can turn them around: farmers, companies, governments and communities working as partners.": "A degradação da terra, a perda de biodiversidade e a mudança do clima se encontram nas paisagens, assim como as pessoas capazes de revertê-las: agricultores, empresas, governos e comunidades trabalhando como parceiros.",
        "Landscape partnerships need tools, finance and connections.": "As parcerias de paisagem precisam de ferramentas, financiamento e contatos.",
        "1000 Landscapes for 1 Billion People": "1000 Paisagens para 1 Bilhão de Pessoas",
        "What we do": "O que fazemos",
        "We bring landscape partners and supporters together in an action network, raise the visibility of their solutions and strengthen the learning networks that train landscape leaders.": "Reunimos parceiros e apoiadores das paisagens numa rede de ação, damos visibilidade às suas soluções e fortalecemos as redes de aprendizagem que formam líderes de paisagem.",
        "Partners": "Parceiros",
        "Seven organisations founded the initiative and steer it together.": "Sete organizações fundaram a iniciativa e a conduzem juntas.",
        "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, UNDP and WWF.": "Commonland, Conservation International, Rainforest Alliance, EcoAgriculture Partners, TechMatters, o PNUD e o WWF.",
        "Together they support landscape partnerships with knowledge, networks and access to finance.": "Juntas, apoiam as parcerias de paisagem com conhecimento, redes e acesso a financiamento.",
        "Privacy": "Privacidade",
        "What we store about you, why, and how to have it removed.": "O que guardamos sobre você, por quê, e como pedir a remoção.",
        "This site sets no tracking cookies and loads nothing from other websites.": "Este site não usa cookies de rastreamento nem carrega nada de outros sites.",
        "Messages sent through a contact form are stored so that they reach their recipient. Experts can download or delete everything stored about them.": "As mensagens enviadas por um formulário de contato são guardadas para chegar ao destinatário. Especialistas podem baixar ou apagar tudo o que está guardado sobre eles.",
        "Ecosystem restoration": "Restauração de ecossistemas",
        "Regenerative agriculture": "Agricultura regenerativa",
        "Water management": "Gestão da água",
        "Biodiversity conservation": "Conservação da biodiversidade",
        "Landscape finance": "Financiamento de paisagens",
        "Climate adaptation": "Adaptação climática",
        "Livelihoods and value chains": "Meios de vida e cadeias de valor",
        "Governance and policy": "Governança e políticas",
        "Agroforestry": "Agrofloresta",
        "Community engagement": "Participação comunitária",
        "Tropical forest": "Floresta tropical",
        "Dryland and savanna": "Terras secas e savana",
        "Grassland": "Campos naturais",
        "Mountain": "Montanha",
        "Wetland and mangrove": "Área úmida e manguezal",
        "Mediterranean shrubland": "Matagal mediterrâneo",
        "Temperate forest": "Floresta temperada",
        "Agricultural mosaic": "Mosaico agrícola",
    },
}
