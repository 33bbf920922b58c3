import os

from django.core.asgi import get_asgi_application

from website.heap import freeze_what_is_loaded

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

application = get_asgi_application()
freeze_what_is_loaded()
