"""The WSGI application with the benchmark's settings (gunicorn tests.bench.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

from website.heap import freeze_what_is_loaded

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")

application = get_wsgi_application()
freeze_what_is_loaded()
