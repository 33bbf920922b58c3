"""`manage.py seed_benchmark [--scale 1.0] [--flush]`: the load benchmark's network, in bulk."""

import time

from django.core.management.base import BaseCommand, CommandError

from tests.bench import seed as benchmark_seed


class Command(BaseCommand):
    help = (
        "Seeds the benchmark's network: 1,000 landscapes, 3,000 organisations, 10,000 experts, "
        "50 institutions, 2,000 courses with 6,000 sessions and 3,000 stories at --scale 1, each "
        "in every content language, and every landscape's progress records (10,000 actions, "
        "30,000 contributions, 48,000 indicator values, 4,000 assessments) with 200 funding "
        "offers, and 5,000 library resources with the text of their files, written in bulk. "
        "Run after migrate (and load_demo, for the menus); run update_index afterwards. Only "
        "on a PostgreSQL database named *bench*."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiplies every figure: 0.01 gives 10 landscapes, 30 organisations…",
        )
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Delete what an earlier run seeded first (needed to seed at another scale).",
        )
        parser.add_argument(
            "--i-know",
            action="store_true",
            dest="i_know",
            help="Run on a database that is not a PostgreSQL one named *bench*.",
        )

    def handle(self, *args, scale, flush, i_know, **options):
        if scale <= 0:
            raise CommandError("--scale must be more than 0.")
        try:
            benchmark_seed.check_database(allow_any=i_know)
        except RuntimeError as error:
            raise CommandError(str(error)) from error

        if flush:
            started = time.monotonic()
            self.stdout.write("Deleting the seeded network…")
            benchmark_seed.flush(self.stdout)
            self.stdout.write(f"Deleted in {time.monotonic() - started:.1f} s.")

        wanted = benchmark_seed.scaled_counts(scale)
        seeded = benchmark_seed.seeded_counts()
        if seeded == wanted:
            self.stdout.write(f"Already seeded at scale {scale:g}: {describe(seeded)}.")
            return
        if any(seeded.values()):
            raise CommandError(
                f"Seeded at another scale ({describe(seeded)}): give --flush to start again."
            )

        started = time.monotonic()
        self.stdout.write(f"Seeding at scale {scale:g}…")
        made = benchmark_seed.seed(scale, self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {describe(made)}, each page in every language, "
                f"in {time.monotonic() - started:.1f} s."
            )
        )


def describe(counts):
    return ", ".join(f"{number:,} {kind}" for kind, number in counts.items())
