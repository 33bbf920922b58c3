from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from website.language_trees import UnknownLanguage, add_language, source_home


class Command(BaseCommand):
    help = (
        "Gives a language of WAGTAIL_CONTENT_LANGUAGES its tree: its Locale, its home page, the "
        "sections under the home, the pages the menus link to and the menus, as translations of "
        "the default language's waiting for translators (website/language_trees.py). `migrate` "
        "does it for a language that has no home page yet; run this again to give every "
        "language a section added since. What exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("language_codes", nargs="+", metavar="language_code")

    def handle(self, *args, language_codes, **options):
        if source_home() is None:
            raise CommandError("There is no site with a home page yet: nothing to translate.")
        for language_code in language_codes:
            try:
                with transaction.atomic():
                    pages, menus = add_language(language_code, stdout=self.stdout)
            except UnknownLanguage:
                raise CommandError(
                    f"{language_code!r} is not one of the site's languages: add it to LANGUAGES "
                    "in website/settings/base.py first."
                ) from None
            self.stdout.write(
                self.style.SUCCESS(
                    f"{language_code}: pages made: {len(pages)}, menus made: {len(menus)} "
                    "(waiting to be translated)."
                )
            )
