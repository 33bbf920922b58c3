"""Demo content for action and investment, for `make run` (`load_demo` finds it here): the
indicator catalogue in every demo language, exchange rates, two funders' offers and, for every
demo landscape, its actions with their budgets and the money secured, its indicator series from
2018 to 2026 and its 5 Elements assessments, all approved and public. Idempotent: what exists
already is left as it is; only what is missing is made. The data is in the JSON files beside
this module; `loader.py` reads and loads them, and its docstring describes them."""

from .loader import load

__all__ = ["load"]
