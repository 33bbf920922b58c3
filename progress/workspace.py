"""The progress part of the coordinators' workspace: a landscape's actions (with the money they
received), its indicator values and its 5 Elements assessments at /my-landscapes/<slug>/progress/,
and an organisation's funding offers at /my-organisations/<slug>/offers/.

Pages are found as the rest of the workspace finds them (network/workspace.py's `_team_page`:
404 for anyone outside the team), and who may do what is network/teams.py's to say: coordinators
edit, members read. Every save is a revision sent for review (progress/records.py): nothing a
coordinator writes is public before a moderator approves it, and an approved record keeps its
public values until the next approval."""

import copy

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, WorkflowState

from network import teams
from network.choices import ELEMENT_SCORES
from network.workspace import _team_page
from progress import choices, documents, forms, records
from progress.models import Action, Assessment, FundingOffer, Indicator, IndicatorSeries
from website.formats import collation_key

# Documents an account may upload with assessments a day.
DOCUMENTS_PER_DAY = 10


def _language():
    return Locale.get_active().language_code


def _team(request, kind, slug):
    """The landscape's (or organisation's) page `slug` of the user's teams, 404 for anyone else;
    its membership, and whether they may edit its records."""
    page, membership = _team_page(request, kind, slug)
    teams.require(teams.may_see_draft(request.user, page))
    return page, membership, teams.may_edit(request.user, page)


def _kept_by(request, kind, slug):
    """The page whose records the user edits: 403 for a member, who only reads them."""
    page, _membership, editable = _team(request, kind, slug)
    teams.require(editable)
    return page


def _with_review_states(queryset):
    """Records with their latest revision and their reviews under way, in two queries however
    many (records.status reads them)."""
    states = WorkflowState.objects.active().select_related("current_task_state__task")
    return queryset.select_related("latest_revision").prefetch_related(
        Prefetch("_workflow_states", queryset=states, to_attr="_current_workflow_states")
    )


def _entries(found, url_name, slug, shown):
    """[{record, draft, status, url}] for a list: each record with the fields the list shows
    (`shown`) as its keepers last saved them. They are read from the latest revision's content
    as they are, since building the whole draft (records.latest) checks each of its links and
    children in the database, record by record."""
    entries = []
    for record in found:
        draft = record
        if record.has_unpublished_changes and record.latest_revision is not None:
            content = record.latest_revision.content
            draft = copy.copy(record)
            for name in shown:
                if name in content:
                    field = record._meta.get_field(name)
                    setattr(draft, field.attname, field.to_python(content[name]))
        entries.append(
            {
                "record": record,
                "draft": draft,
                "status": records.status(record),
                "url": reverse(url_name, args=[slug, record.pk]) if url_name else "",
            }
        )
    return entries


def _value_count(series):
    """How many values the series has in its keepers' latest version."""
    if series.has_unpublished_changes and series.latest_revision is not None:
        return len(series.latest_revision.content.get("values") or [])
    return series.value_count


ACTION_FIELDS = ["title", "status", "start", "end", "language"]
ASSESSMENT_FIELDS = ["date", "language", *(key for key, _name in choices.ELEMENTS)]
OFFER_FIELDS = ["title", "is_open", "language"]


@verified_email_required
@require_http_methods(["GET"])
def overview(request, slug):
    """The landscape's actions, indicator series and assessments, each with where its review
    stands; coordinators get the links to change them."""
    page, membership, editable = _team(request, "landscape", slug)
    key = page.translation_key
    actions = _entries(
        _with_review_states(Action.objects.filter(landscape__translation_key=key)),
        "workspace_action",
        page.slug,
        ACTION_FIELDS,
    )
    assessments = _entries(
        _with_review_states(Assessment.objects.filter(landscape__translation_key=key)),
        "workspace_assessment",
        page.slug,
        ASSESSMENT_FIELDS,
    )
    series = {
        entry["record"].indicator_id: entry
        for entry in _entries(
            _with_review_states(
                IndicatorSeries.objects.filter(landscape__translation_key=key).annotate(
                    value_count=Count("values")
                )
            ),
            None,
            page.slug,
            [],
        )
    }
    indicators = []
    for source, shown in _indicators():
        entry = series.get(source.pk)
        if entry is not None:
            entry["count"] = _value_count(entry["record"])
        indicators.append(
            {
                "indicator": shown,
                "series": entry,
                "url": reverse("workspace_series", args=[page.slug, shown.pk]),
            }
        )
    context = {
        "page": page,
        "membership": membership,
        "editable": editable,
        "actions": actions,
        "indicators": indicators,
        "assessments": assessments,
        "edit_url": reverse("edit_landscape", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/overview.html", context)


def _indicators():
    """[(default-language indicator, the same in the visitor's language where it is translated)]
    in the catalogue's order. Series point at the default-language row."""
    default = Locale.get_default()
    active = Locale.get_active()
    sources = list(Indicator.objects.filter(locale=default))
    translated = {}
    if active.pk != default.pk:
        translated = {
            indicator.translation_key: indicator
            for indicator in Indicator.objects.filter(locale=active)
        }
    pairs = [(source, translated.get(source.translation_key, source)) for source in sources]
    pairs.sort(key=lambda pair: (pair[1].sort_order, collation_key(pair[1].name)))
    return pairs


def _locked(record, request):
    """An editor holds the record in the admin: nothing is saved over their work."""
    return (
        record is not None
        and record.pk is not None
        and record.locked
        and record.locked_by_id != request.user.pk
    )


def _locked_error():
    return _("An editor is working on this record. Please try again later; what you typed is kept.")


def _show_errors(form, error):
    """What the model refused at the last moment, beside the field where it can."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _saved_message(request):
    messages.success(
        request,
        _("Saved and sent for review: the public pages change when a moderator approves it."),
    )


# --- Actions -------------------------------------------------------------------------------------


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit_action(request, slug, pk=None):
    """A new action, or the coordinators' last version of one, with the money it received."""
    page = _kept_by(request, "landscape", slug)
    if pk is None:
        action = None
        draft = Action(landscape=teams.source_page(page), language=_language())
    else:
        action = get_object_or_404(Action, pk=pk, landscape__translation_key=page.translation_key)
        draft = records.latest(action)
    offered = forms.funder_choices(draft)
    status = 200
    if request.method == "POST":
        form = forms.ActionForm(request.POST, instance=draft)
        formset = forms.contributions_formset(draft, request.POST, offered)
        valid = form.is_valid()
        valid = formset.is_valid() and valid  # both checked: every error shows at once
        if valid and _locked(action, request):
            form.add_error(None, _locked_error())
            valid = False
        if valid:
            try:
                with transaction.atomic():
                    form.apply_to(draft)
                    draft.contributions = formset.contributions()
                    records.save_for_review(draft, request.user)
            except ValidationError as error:
                _show_errors(form, error)
            else:
                _saved_message(request)
                return redirect("workspace_progress", page.slug)
        status = 400
    else:
        form = forms.ActionForm(instance=draft)
        formset = forms.contributions_formset(draft, None, offered)
    context = {
        "page": page,
        "record": action,
        "draft": draft,
        "form": form,
        "formset": formset,
        "errors": forms.error_summary(form, formset),
        "status": records.status(action) if action else None,
        "back_url": reverse("workspace_progress", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/action_form.html", context, status=status)


@verified_email_required
@require_http_methods(["GET", "POST"])
def delete_action(request, slug, pk):
    """Asks first; removing takes the action off the public pages at once."""
    page = _kept_by(request, "landscape", slug)
    action = get_object_or_404(Action, pk=pk, landscape__translation_key=page.translation_key)
    if request.method == "POST" and _locked(action, request):
        messages.error(request, _("An editor is working on this action. Please try again later."))
        return redirect("workspace_progress", page.slug)
    if request.method == "POST":
        title = records.latest(action).title
        records.withdraw(action, request.user)
        messages.success(request, _("“%(title)s” is removed.") % {"title": title})
        return redirect("workspace_progress", page.slug)
    context = {
        "page": page,
        "record": action,
        "draft": records.latest(action),
        "back_url": reverse("workspace_progress", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/delete_action.html", context)


# --- Indicator series ----------------------------------------------------------------------------


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit_series(request, slug, indicator_id):
    """The landscape's values of one indicator, reviewed as one record."""
    page = _kept_by(request, "landscape", slug)
    indicator = get_object_or_404(Indicator, pk=indicator_id)
    family = list(Indicator.objects.filter(translation_key=indicator.translation_key))
    default, active = Locale.get_default(), Locale.get_active()
    source = next((row for row in family if row.locale_id == default.pk), None)
    if source is None:
        raise Http404
    shown = next((row for row in family if row.locale_id == active.pk), source)
    units = [row.unit for row in family]
    series = IndicatorSeries.objects.filter(
        landscape__translation_key=page.translation_key, indicator=source
    ).first()
    if series is None:
        draft = IndicatorSeries(
            landscape=teams.source_page(page), indicator=source, language=_language()
        )
    else:
        draft = records.latest(series)
    status = 200
    if request.method == "POST":
        formset = forms.values_formset(draft, shown, units, request.POST)
        valid = formset.is_valid()
        if valid and _locked(series, request):
            formset._non_form_errors = formset.error_class([_locked_error()])
            valid = False
        if valid:
            try:
                with transaction.atomic():
                    draft.values = formset.values()
                    records.save_for_review(draft, request.user)
            except ValidationError as error:
                formset._non_form_errors = formset.error_class(error.messages)
            else:
                _saved_message(request)
                return redirect("workspace_progress", page.slug)
        status = 400
    else:
        formset = forms.values_formset(draft, shown, units)
    context = {
        "page": page,
        "record": series,
        "indicator": shown,
        "formset": formset,
        "errors": forms.error_summary(None, formset),
        "status": records.status(series) if series else None,
        "back_url": reverse("workspace_progress", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/series_form.html", context, status=status)


# --- 5 Elements assessments ----------------------------------------------------------------------


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit_assessment(request, slug, pk=None):
    page = _kept_by(request, "landscape", slug)
    if pk is None:
        assessment = None
        draft = Assessment(landscape=teams.source_page(page), language=_language())
    else:
        assessment = get_object_or_404(
            Assessment, pk=pk, landscape__translation_key=page.translation_key
        )
        draft = records.latest(assessment)
    status = 200
    if request.method == "POST":
        form = forms.AssessmentForm(request.POST, request.FILES, instance=draft)
        valid = form.is_valid()
        upload = form.cleaned_data.get("document_upload") if valid else None
        if (
            valid
            and upload
            and teams.over_daily_bound(request, "progress-document", DOCUMENTS_PER_DAY)
        ):
            form.add_error(
                "document_upload",
                _("You have uploaded many documents today. Please try again tomorrow."),
            )
            valid = False
        if valid and _locked(assessment, request):
            form.add_error(None, _locked_error())
            valid = False
        if valid:
            try:
                with transaction.atomic():
                    previous = draft.document
                    if form.cleaned_data.get("remove_document"):
                        draft.document = None
                    if upload:
                        draft.document = documents.store_pending(upload, request.user, page)
                    records.save_for_review(draft, request.user)
                    documents.forget_pending(previous, draft, assessment)
            except ValidationError as error:
                _show_errors(form, error)
            else:
                _saved_message(request)
                return redirect("workspace_progress", page.slug)
        status = 400
    else:
        form = forms.AssessmentForm(instance=draft)
    context = {
        "page": page,
        "record": assessment,
        "draft": draft,
        "form": form,
        "errors": forms.error_summary(form),
        "status": records.status(assessment) if assessment else None,
        "back_url": reverse("workspace_progress", args=[page.slug]),
        "element_scores": ELEMENT_SCORES,  # the key to how each score is drawn
    }
    return TemplateResponse(
        request, "progress/workspace/assessment_form.html", context, status=status
    )


# --- Funding offers ------------------------------------------------------------------------------


@verified_email_required
@require_http_methods(["GET"])
def offers(request, slug):
    page, membership, editable = _team(request, "organisation", slug)
    found = _with_review_states(
        FundingOffer.objects.filter(organisation__translation_key=page.translation_key)
    )
    context = {
        "page": page,
        "membership": membership,
        "editable": editable,
        "offers": _entries(found, "workspace_offer", page.slug, OFFER_FIELDS),
        "edit_url": reverse("edit_organisation", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/offers.html", context)


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit_offer(request, slug, pk=None):
    page = _kept_by(request, "organisation", slug)
    if pk is None:
        offer = None
        draft = FundingOffer(organisation=teams.source_page(page), language=_language())
    else:
        offer = get_object_or_404(
            FundingOffer, pk=pk, organisation__translation_key=page.translation_key
        )
        draft = records.latest(offer)
    status = 200
    if request.method == "POST":
        form = forms.FundingOfferForm(request.POST, instance=draft)
        valid = form.is_valid()
        if valid and _locked(offer, request):
            form.add_error(None, _locked_error())
            valid = False
        if valid:
            try:
                with transaction.atomic():
                    form.apply_to(draft)
                    records.save_for_review(draft, request.user)
            except ValidationError as error:
                _show_errors(form, error)
            else:
                _saved_message(request)
                return redirect("workspace_offers", page.slug)
        status = 400
    else:
        form = forms.FundingOfferForm(instance=draft)
    context = {
        "page": page,
        "record": offer,
        "draft": draft,
        "form": form,
        "errors": forms.error_summary(form),
        "status": records.status(offer) if offer else None,
        "back_url": reverse("workspace_offers", args=[page.slug]),
    }
    return TemplateResponse(request, "progress/workspace/offer_form.html", context, status=status)
