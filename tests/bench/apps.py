from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The load benchmark, as an app for its `seed_benchmark` command: installed by the
    development, test and benchmark settings, never in production."""

    name = "tests.bench"
    label = "bench"
