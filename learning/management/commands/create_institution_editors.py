from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from learning.models import InstitutionPage
from network.roles import ensure_institution_editors


class Command(BaseCommand):
    help = (
        "Creates the 'Institution editors of X' group for each training institution named by its "
        "slug (every institution when none is named). Its members can add, edit and publish "
        "courses in that institution's section, in every language, and nowhere else."
    )

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*")

    def handle(self, *args, slugs, **options):
        institutions = InstitutionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        if slugs:
            institutions = institutions.filter(slug__in=slugs)
            missing = set(slugs) - set(institutions.values_list("slug", flat=True))
            if missing:
                raise CommandError(
                    f"No training institution with the slug {', '.join(sorted(missing))}."
                )
        for institution in institutions:
            group = ensure_institution_editors(institution)
            self.stdout.write(f"{group.name}: {group.user_set.count()} members")
