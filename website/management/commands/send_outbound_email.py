from django.core.management.base import BaseCommand

from website.outbox import send_due


class Command(BaseCommand):
    help = (
        "Sends the e-mails to people (address confirmations, password resets) that the mail "
        "server did not take when they were written. Run it every five minutes from cron or a "
        "systemd timer, next to send_contact_messages (see website/outbox.py)."
    )

    def handle(self, *args, **options):
        sent, waiting = send_due()
        self.stdout.write(f"{sent} e-mails sent; {waiting} waiting for a later attempt.")
