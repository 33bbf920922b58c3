from django.core.management.base import BaseCommand

from network.contact import deliver
from network.models import ContactMessage

MAX_ATTEMPTS = 10


class Command(BaseCommand):
    help = "E-mails the contact messages that could not be e-mailed when they were sent."

    def handle(self, *args, **options):
        pending = ContactMessage.objects.filter(
            sent_at__isnull=True, send_attempts__lt=MAX_ATTEMPTS
        ).exclude(recipient="")
        sent = sum(deliver(message) for message in pending.order_by("created_at"))
        self.stdout.write(f"{sent} of {pending.count() + sent} waiting messages e-mailed.")
