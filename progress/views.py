"""The public pages of action and investment: a landscape's progress, the network's, and open
needs beside funders' offers, each with its CSV. What they show is worked out in
progress.queries (shared with the API); these views only choose the records and render them.

They answer GET and HEAD only. Anonymous visitors' pages go through the page cache
(website.page_cache), keyed on the content version (which moves on when a record is approved or
withdrawn, progress.signals) and on the query parameters each page reads, so a filtered page is
cached per filter and an unknown parameter adds no entry. The HTML pages leave what a CDN may
keep to website.middleware, as Wagtail's pages do (public for anonymous visitors, varying on the
cookie, since the header shows who is signed in; private for anyone else); the CSVs, the same for
everyone, say it themselves, as the other data views (the landscapes' GeoJSON, the calendars)."""

from dataclasses import replace
from functools import cached_property

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from network.directories import COUNTS_KEPT_UP_TO_CHOSEN, ListingLinks
from progress import exports
from progress.money import currency_name, format_money, reference_currency
from progress.queries import (
    FundingNeeds,
    LandscapeProgress,
    NetworkProgress,
    public_landscape,
    theme_labels,
)
from website.language_versions import page_language_versions
from website.structure import cached_structure
from website.templatetags.kept_fragments import WhenShown

NEEDS_PER_PAGE = 20
# An offer lists at most this many of the needs it fits; the CSV has them all.
OFFER_NEEDS_SHOWN = 10


def public_data(view):
    """GET and HEAD only; a CDN may keep the answer five minutes (as the landscapes' GeoJSON)."""
    return require_safe(
        cache_control(public=True, max_age=0, s_maxage=300, stale_while_revalidate=600)(view)
    )


def _landscape(slug):
    landscape = public_landscape(slug)
    if landscape is None:
        raise Http404
    return landscape


def _text_language(record):
    """The language of a record's texts when it is not the page's, for a `lang` attribute."""
    return "" if record.language == get_language() else record.language


def _action_card(action, money, organisations):
    """What the page shows of an action, with its organisations in the visitor's language."""

    def shown(page):
        return organisations.get(page.pk) if page is not None else None

    lead = shown(action.lead_organisation)
    partners = [shown(page) for page in action.partner_organisations.all()]
    return {
        "action": action,
        "money": money,
        "lang": _text_language(action),
        "lead": lead,
        "partners": [page for page in partners if page is not None and page != lead],
        "themes": [name for _slug, name in theme_labels(action.themes.all())],
        "zones": action.get_zones_list() if action.zones else [],
        "returns": action.get_returns_list() if action.returns else [],
        "instruments": action.get_instruments_sought_list() if action.instruments_sought else [],
        "contributions": [
            {
                "contribution": contribution,
                "amount": format_money(contribution.amount, contribution.currency),
                "funder": shown(contribution.funder),
            }
            for contribution in action.contributions.all()
        ],
    }


def _reference():
    code = reference_currency()
    return {"code": code, "name": currency_name(code)}


@require_safe
def landscape_progress(request, slug):
    """A landscape's actions, money, indicators and 5 Elements over time. What it shows below
    its header is kept per content version ({% kept_fragment %}), worked out only when it is
    rendered."""
    landscape = _landscape(slug)
    progress = LandscapeProgress(landscape)

    def cards():
        return [
            _action_card(action, money, progress.organisations)
            for action, money in progress.actions
        ]

    def latest_lang():
        latest = progress.latest_assessment
        return _text_language(latest) if latest else ""

    return render(
        request,
        "progress/landscape_progress.html",
        {
            "landscape": landscape,
            "landscape_url": landscape.get_url(request),
            "progress": progress,
            "cards": WhenShown(cards),
            "latest": WhenShown(lambda: progress.latest_assessment),
            "latest_lang": WhenShown(latest_lang),
            "csv_url": reverse("landscape_progress_csv", kwargs={"slug": landscape.slug}),
            "reference": _reference(),
            "language_versions": _progress_language_versions(request, landscape),
            # <meta name="description"> and og:description (templates/base.html)
            "meta_description": _(
                "The actions of the %(title)s landscape partnership, the money they seek and "
                "secure, its indicators and its 5 Elements over time."
            )
            % {"title": landscape.title},
        },
    )


def _progress_language_versions(request, landscape):
    """The switcher's and hreflang's links: the progress page of each language the landscape
    is published in, else that language's home (never a progress page that does not exist)."""
    return [
        replace(version, url=f"{version.url}progress/") if version.is_translation else version
        for version in page_language_versions(request, landscape)
    ]


@public_data
def landscape_progress_csv(request, slug):
    """The landscape's actions and contributions, then its indicator values, in one table of the
    columns exports.progress_header() names: an "action" row holds an action's budget, each
    "contribution" row what one funder gave (so Budget and Secured each add up), and each
    "indicator value" row one value of an indicator in a year."""
    landscape = _landscape(slug)
    progress = LandscapeProgress(landscape)
    rows = exports.progress_rows(
        [action for action, _money in progress.actions],
        progress.values,
        lambda _key: landscape.title,
    )
    return exports.csv_response(f"{landscape.slug}-progress.csv", exports.progress_header(), rows)


def _with_query(url, params):
    query = urlencode(params, doseq=True)
    return f"{url}?{query}" if query else url


def kept_listing_key(name, facets):
    """What a page's filters and what they keep are kept under ({% kept_fragment %}), per
    content version, language and day: the values chosen, when there are at most as many as a
    directory keeps (network.directories.COUNTS_KEPT_UP_TO_CHOSEN), so that the number of kept
    listings stays bounded; else None, worked out on every request."""
    chosen = [(param, sorted(values)) for param, values in facets.selected.items() if values]
    if sum(len(values) for _param, values in chosen) > COUNTS_KEPT_UP_TO_CHOSEN:
        return None
    return ":".join([name, *(f"{param}={','.join(values)}" for param, values in chosen)])


@require_safe
def network_progress(request):
    """The network's actions, money and summed indicators, filtered like the directories. What
    the filters keep is worked out only when its part of the page is not kept already."""
    network = NetworkProgress(request.GET)
    params = network.facets.querystring_params()
    return render(
        request,
        "progress/network_progress.html",
        {
            "network": network,
            "listing": network.facets,
            "kept_listing_key": kept_listing_key("network-progress", network.facets),
            "csv_url": _with_query(reverse("network_progress_csv"), params),
            "reference": _reference(),
        },
    )


@public_data
def network_progress_csv(request):
    """The rows of every landscape the page's filters keep, in the columns of a landscape's CSV
    (landscape_progress_csv): actions, contributions, then indicator values."""
    network = NetworkProgress(request.GET)
    titles = {key: page.title for key, page in network.landscapes.items()}
    rows = exports.progress_rows(network.full_actions(), network.values, titles.get)
    return exports.csv_response("network-progress.csv", exports.progress_header(), rows)


class NeedsListing(ListingLinks):
    """A page of needs, with the links to the others (the directories' pagination). The needs
    are matched only for a page whose listing is not kept already (kept_listing_key)."""

    def __init__(self, funding, page_number):
        self.funding = funding
        self.page_asked = page_number

    @cached_property
    def page(self):
        return Paginator(self.funding.facets.rows, NEEDS_PER_PAGE).get_page(self.page_asked)

    def querystring_params(self):
        return self.funding.facets.querystring_params()

    @property
    def facet_groups(self):
        return self.funding.facets.facet_groups

    @property
    def is_filtered(self):
        return self.funding.facets.is_filtered

    @cached_property
    def kept_listing_key(self):
        """The listing's key (kept_listing_key) with the number of the page shown, only for a
        page that exists (not one for each number anyone asks for); else None. The number of
        pages is kept with the listing, so a kept page is served without its needs."""
        key = kept_listing_key("funding", self.funding.facets)
        if key is None or not str(self.page_asked or "1").isdigit():
            return None
        pages = cached_structure(
            f"funding-pages:{get_language()}:{key}", lambda: self.page.paginator.num_pages
        )
        number = int(self.page_asked or 1)
        return f"{key}:page={number}" if 1 <= number <= pages else None

    @property
    def page_number(self):
        """The number of the page shown (the language switcher's), its needs not matched when it
        is kept."""
        return int(self.page_asked or 1) if self.kept_listing_key else self.page.number


def _offer_amounts(offer):
    low = format_money(offer.ticket_min, offer.currency) if offer.ticket_min is not None else ""
    high = format_money(offer.ticket_max, offer.currency) if offer.ticket_max is not None else ""
    if low and high:
        return _("%(low)s to %(high)s") % {"low": low, "high": high}
    if low:
        return _("From %(low)s") % {"low": low}
    if high:
        return _("Up to %(high)s") % {"high": high}
    return _("Any amount, in %(currency)s") % {"currency": currency_name(offer.currency)}


def _match_rows(pairs):
    """[(item, Match)] with each criterion's label, for the template."""
    return [{"item": item, "match": found, "criteria": found.criteria} for item, found in pairs]


@require_safe
def funding(request):
    """Open needs, largest gap first, beside funders' open offers; each with what fits it."""
    needs = FundingNeeds(request.GET)
    listing = NeedsListing(needs, request.GET.get("page"))
    params = needs.facets.querystring_params()
    matched = WhenShown(lambda: needs.matched_among(list(listing.page.object_list)))

    def shown_needs():
        return [
            {
                "need": need,
                "lang": _text_language(need.action),
                "themes": [name for _slug, name in theme_labels(need.themes)],
                "fits": _match_rows(need.fits),
                "partial": _match_rows(need.partial),
            }
            for need in matched()[0]
        ]

    def offers():
        return [
            {
                "offer": offer,
                "lang": _text_language(offer.offer),
                "themes": [name for _slug, name in theme_labels(offer.offer.themes.all())],
                "amounts": _offer_amounts(offer.offer),
                "fits": _match_rows(offer.fits[:OFFER_NEEDS_SHOWN]),
                "more_fits": max(len(offer.fits) - OFFER_NEEDS_SHOWN, 0),
                "partial": _match_rows(offer.partial),
            }
            for offer in matched()[1]
        ]

    return render(
        request,
        "progress/funding.html",
        {
            "funding": needs,
            "listing": listing,
            "needs": WhenShown(shown_needs),
            "offers": WhenShown(offers),
            "csv_url": _with_query(reverse("funding_csv"), params),
            "reference": _reference(),
        },
    )


@public_data
def funding_csv(request):
    """Every need the filters keep (not one page of them), with its gap and the offers that fit
    it, in the columns of exports.funding_header()."""
    needs = FundingNeeds(request.GET)
    rows = exports.funding_rows(
        needs.needs,
        lambda need: [name for _slug, name in theme_labels(need.themes)],
    )
    return exports.csv_response("funding.csv", exports.funding_header(), rows)
