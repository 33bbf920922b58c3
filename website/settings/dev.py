"""`make run`: debug on, SQLite unless DATABASE_URL says otherwise, e-mail to the console."""

from .base import *  # noqa: F403
from .environment import env_bool, env_str

DEBUG = True

# The load benchmark's `seed_benchmark` (tests/bench/), for the tests and by hand.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench"]  # noqa: F405
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")

# Static files come straight from the source folders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Importing from a Terraso or a copy of this site running on this machine.
FETCH_ALLOW_PRIVATE_ADDRESSES = env_bool("FETCH_ALLOW_PRIVATE_ADDRESSES", True)
