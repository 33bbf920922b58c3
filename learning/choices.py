from django.utils.translation import gettext_lazy as _

LEVELS = [
    ("beginner", _("Beginner")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]

# Google's course rich results name these categories; the stored values map onto them.
COSTS = [
    ("free", _("Free")),
    ("partially-free", _("Partially free")),
    ("paid", _("Paid")),
]
SCHEMA_OFFER_CATEGORIES = {"free": "Free", "partially-free": "Partially Free", "paid": "Paid"}

MODES = [
    ("online", _("Online")),
    ("onsite", _("On site")),
    ("blended", _("Blended")),
]
SCHEMA_COURSE_MODES = {"online": "Online", "onsite": "Onsite", "blended": "Blended"}

CURRENCIES = [
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("BRL", "BRL"),
    ("KES", "KES"),
    ("INR", "INR"),
    ("IDR", "IDR"),
    ("MXN", "MXN"),
    ("ZAR", "ZAR"),
    ("XOF", "XOF"),
    ("AUD", "AUD"),
    ("COP", "COP"),
    ("PEN", "PEN"),
]

AVAILABILITY = [
    ("open", _("Open for enrolment now")),
    ("soon", _("Starting within 60 days")),
    ("self-paced", _("Self-paced")),
    ("archived", _("Archived")),
]
