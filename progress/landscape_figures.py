"""Two figures the landscape directory filters and counts on, kept on LandscapePage because the
network app cannot read progress records: whether an approved action of the landscape seeks
funding (`seeking_funding`), and what its approved actions still need, converted to the
reference currency (`funding_gap`: the sum of their gaps, as progress.queries works them out for
the landscape's progress page; None when none has a budget whose gap can be known).

They are worked out again from the live records whenever what they follow changes: an action
approved (published), unpublished or deleted, an exchange rate edited, and a landscape page
published (a revision saved before the last change holds the figures of its day and would put
them back). They are written with a queryset update on every language's row of the landscape:
no save, no revision, no signal, so nothing here runs inside a page's save or sets one off.
Each recomputation runs once what set it off is committed, from what is committed."""

from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, published, unpublished

from network.models import LandscapePage
from progress.choices import CLOSED_STATUSES, SEEKING_FUNDING
from progress.models import Action, Contribution, ExchangeRate, Indicator
from progress.money import Rates
from progress.records import public

# The largest gap the field holds (max_digits=20, decimal_places=2): a sum beyond it, which only
# absurd rates could give, is stored as this rather than refused by the database.
LARGEST_GAP = Decimal("999999999999999999.99")
CENT = Decimal("0.01")


def action_gap(budget, budget_currency, start_year, contributions, rates):
    """What an action still needs in the reference currency: its budget (converted at the year
    it counts in, `start_year`) less the money secured (the part in the budget's own currency
    taken off as it is, the rest converted at each contribution's year), never below zero. None
    when there is no budget, or an amount has no exchange rate (a gap that cannot be known is
    not guessed)."""
    if budget is None or not budget_currency:
        return None
    unconverted = Decimal(budget)
    converted_secured = Decimal(0)
    for amount, currency, year in contributions:
        if currency == budget_currency:
            unconverted -= amount
            continue
        rate = rates.rate(currency, year)
        if rate is None:
            return None
        converted_secured += amount * rate
    rate = rates.rate(budget_currency, start_year)
    if rate is None:
        return None
    return max(Decimal(0), unconverted * rate - converted_secured)


def budget_year(start, contributions):
    """The year an action's budget counts in: its start's, else its first contribution's (as
    progress.queries.sought_year says)."""
    if start:
        return start.year
    years = [year for _amount, _currency, year in contributions]
    return min(years) if years else None


def work_out(actions, contributions, rates):
    """{landscape translation key: (seeking_funding, funding_gap)} from rows of live actions
    (pk, landscape translation key, status, budget, budget currency, start) and of their
    contributions (action pk, amount, currency, year)."""
    secured = {}
    for action_id, amount, currency, year in contributions:
        secured.setdefault(action_id, []).append((amount, currency, year))
    figures = {}
    for action_id, key, status, budget, budget_currency, start in actions:
        seeking, gap = figures.get(key, (False, None))
        seeking = seeking or status == SEEKING_FUNDING
        contributions = secured.get(action_id, [])
        if status in CLOSED_STATUSES:
            figures[key] = (seeking, gap)
            continue
        needed = action_gap(
            budget, budget_currency, budget_year(start, contributions), contributions, rates
        )
        if needed is not None:
            gap = (gap or Decimal(0)) + needed
        figures[key] = (seeking, gap)
    return figures


def _live_actions(translation_key=None):
    actions = public(Action.objects.all())
    if translation_key is not None:
        actions = actions.filter(landscape__translation_key=translation_key)
    action_rows = list(
        actions.order_by("pk").values_list(
            "pk", "landscape__translation_key", "status", "budget", "budget_currency", "start"
        )
    )
    contribution_rows = Contribution.objects.filter(action__in=actions).values_list(
        "action_id", "amount", "currency", "year"
    )
    return action_rows, list(contribution_rows)


def _stored(gap):
    if gap is None:
        return None
    return min(gap, LARGEST_GAP).quantize(CENT)


def _write(translation_key, seeking, gap):
    """Sets the figures on the landscape's rows in every language that hold others; returns
    how many rows changed."""
    gap = _stored(gap)
    same = Q(funding_gap__isnull=True) if gap is None else Q(funding_gap=gap)
    return (
        LandscapePage.objects.filter(translation_key=translation_key)
        .exclude(Q(seeking_funding=seeking) & same)
        .update(seeking_funding=seeking, funding_gap=gap)
    )


def _content_changed():
    from website.content_version import content_changed

    content_changed()  # rows were updated without a save: no cached page keeps the old ones


def refresh(translation_key):
    """Work out one landscape's figures again from its live actions and store them on each of
    its pages (every language). Returns how many page rows changed."""
    action_rows, contribution_rows = _live_actions(translation_key)
    seeking, gap = work_out(action_rows, contribution_rows, Rates.load()).get(
        translation_key, (False, None)
    )
    changed = _write(translation_key, seeking, gap)
    if changed:
        _content_changed()
    return changed


def refresh_all():
    """Every landscape's figures again (after an exchange rate changed, or records were loaded
    without publishing). Returns how many page rows changed."""
    action_rows, contribution_rows = _live_actions()
    figures = work_out(action_rows, contribution_rows, Rates.load())
    changed = (
        LandscapePage.objects.exclude(translation_key__in=list(figures))
        .filter(Q(seeking_funding=True) | Q(funding_gap__isnull=False))
        .update(seeking_funding=False, funding_gap=None)
    )
    for key, (seeking, gap) in figures.items():
        changed += _write(key, seeking, gap)
    if changed:
        _content_changed()
    return changed


def refresh_after_commit(translation_key):
    if translation_key is not None:
        transaction.on_commit(lambda: refresh(translation_key))


def _landscape_key(landscape_id):
    return (
        LandscapePage.objects.filter(pk=landscape_id)
        .values_list("translation_key", flat=True)
        .first()
    )


@receiver(published, sender=Action, dispatch_uid="landscape-figures-action-published")
@receiver(unpublished, sender=Action, dispatch_uid="landscape-figures-action-unpublished")
@receiver(post_delete, sender=Action, dispatch_uid="landscape-figures-action-deleted")
def action_changed(sender, instance, **kwargs):
    # Looked up now: when the landscape's source page is being deleted with its actions, its
    # row is still there at this point, and its translations still need their figures reset.
    refresh_after_commit(_landscape_key(instance.landscape_id))


@receiver(page_published, sender=LandscapePage, dispatch_uid="landscape-figures-page-published")
def landscape_published(sender, instance, **kwargs):
    # After the commit: the publication (its aliases, the workflow that approved it) saves the
    # revision's figures on rows after this signal.
    refresh_after_commit(instance.translation_key)


@receiver(post_save, sender=ExchangeRate, dispatch_uid="landscape-figures-rate-saved")
@receiver(post_delete, sender=ExchangeRate, dispatch_uid="landscape-figures-rate-deleted")
def rate_changed(sender, **kwargs):
    """Converted amounts change with the rates: the gaps, and every cached page showing a
    converted total (landscape summaries, the home figures)."""

    def after():
        refresh_all()
        _content_changed()

    transaction.on_commit(after)


@receiver(post_save, sender=Indicator, dispatch_uid="landscape-figures-indicator-saved")
@receiver(post_delete, sender=Indicator, dispatch_uid="landscape-figures-indicator-deleted")
def indicator_changed(sender, **kwargs):
    """An indicator's name, unit or headline shows on landscape summaries and the home page."""
    from website.content_version import content_changed

    transaction.on_commit(content_changed)
