import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Creates a superuser named 'admin' with a random password, printed once, unless a "
        "superuser exists already."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "An admin user exists already; its password was printed when it was made."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.stdout.write(self.style.SUCCESS(f"Admin user: admin  password: {password}"))
        self.stdout.write(
            "Sign in at http://127.0.0.1:8000/admin/ (the password is shown only now)."
        )
