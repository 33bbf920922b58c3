"""The vocabularies of the action network. Stored values follow Terraso's where Terraso has them
(area types, partnership status), so that a landscape moves between the two platforms as is."""

from django.utils.translation import gettext_lazy as _

REGIONS = [
    ("africa", _("Africa")),
    ("asia", _("Asia")),
    ("europe", _("Europe")),
    ("latin-america", _("Latin America and the Caribbean")),
    ("middle-east", _("Middle East and North Africa")),
    ("north-america", _("North America")),
    ("oceania", _("Oceania")),
]

AREA_TYPES = [
    ("rural", _("Rural")),
    ("peri-urban", _("Peri-urban")),
    ("urban", _("Urban")),
]

PARTNERSHIP_STATUSES = [
    # Terraso's "none": nobody has said yet (a landscape imported from Terraso often).
    ("", _("Not known")),
    ("no", _("No partnership yet")),
    ("in-progress", _("Partnership in progress")),
    ("yes", _("Established partnership")),
]

SUPPORT_SOUGHT = [
    ("funding", _("Funding")),
    ("collaboration", _("Collaboration")),
    ("research", _("Research")),
    ("training", _("Training")),
]

# The 5 Elements of a landscape partnership, each scored 1 (not begun) to 4 (completed).
ELEMENT_SCORES = [
    (1, _("Not begun")),
    (2, _("Started")),
    (3, _("Well advanced")),
    (4, _("Completed")),
]

# What each of the 5 Elements asks, for whoever scores it (the admin, the coordinators' form).
ELEMENT_MEANINGS = {
    "partnership": _(
        "The landscape's stakeholders work together, with agreed ways of deciding and sharing "
        "the work."
    ),
    "shared_understanding": _(
        "The partners share an understanding of the landscape: its problems, its opportunities "
        "and what drives them."
    ),
    "vision_and_planning": _(
        "A long-term vision, and a plan to reach it that the partners agreed."
    ),
    "taking_action": _("Actions are under way on the ground, with the money they need."),
    "learning_and_impact": _("The partners measure what changes, learn from it and adapt."),
}

ORGANISATION_TYPES = [
    ("ngo", _("Non-governmental organisation")),
    ("government", _("Government")),
    ("research", _("Research institution")),
    ("private", _("Private sector")),
    ("community", _("Community or indigenous group")),
    ("finance", _("Finance")),
    ("training", _("Training institution")),
    ("network", _("Network")),
]

PARTNER_ROLES = [
    ("convener", _("Convening partner")),
    ("member", _("Partnership member")),
    ("funder", _("Funder")),
    ("technical", _("Technical partner")),
    ("research", _("Research partner")),
    ("government", _("Government partner")),
]

# The kinds of Terraso taxonomy term a landscape keeps as they came, to show them and send them
# back (ecosystem types map to ours when an editor has mapped them; see website.EcosystemType).
TERRASO_TERM_TYPES = [
    ("ECOSYSTEM_TYPE", _("Ecosystem type")),
    ("LANGUAGE", _("Language")),
    ("LIVELIHOOD", _("Livelihood")),
    ("COMMODITY", _("Commodity")),
    ("AGRICULTURAL_PRODUCTION_METHOD", _("Agricultural production method")),
]

AVAILABILITY = [
    ("mentoring", _("Mentoring")),
    ("consulting", _("Consulting")),
    ("speaking", _("Speaking")),
    ("training", _("Training")),
]
