"""The vocabularies of action and investment: the initiative's own (4 Returns, 3 Zones, 5 Elements)
and the words funders use for how money comes (instruments)."""

from django.utils.translation import gettext_lazy as _

# Commonland's 4 Returns.
RETURNS = [
    ("inspiration", _("Return of inspiration")),
    ("social", _("Social return")),
    ("natural", _("Natural return")),
    ("financial", _("Financial return")),
]

# The 3 Zones of a landscape.
ZONES = [
    ("natural", _("Natural zone")),
    ("combined", _("Combined zone")),
    ("economic", _("Economic zone")),
]

ACTION_STATUSES = [
    ("planned", _("Planned")),
    ("seeking-funding", _("Seeking funding")),
    ("under-way", _("Under way")),
    ("completed", _("Completed")),
    ("stopped", _("Stopped")),
]
SEEKING_FUNDING = "seeking-funding"
# A completed or stopped action needs no more money: what it did not record having received
# is no gap.
CLOSED_STATUSES = {"completed", "stopped"}

INSTRUMENTS = [
    ("grant", _("Grant")),
    ("loan", _("Loan")),
    ("equity", _("Equity")),
    ("guarantee", _("Guarantee")),
    ("in-kind", _("In kind")),
    ("blended", _("Blended finance")),
]

# The 5 Elements of a landscape partnership, as (field prefix, name), in their order.
ELEMENTS = [
    ("partnership", _("Partnership")),
    ("shared_understanding", _("Shared understanding")),
    ("vision_and_planning", _("Vision and planning")),
    ("taking_action", _("Taking action")),
    ("learning_and_impact", _("Learning and impact")),
]
