"""/my-library/: network members submit resources to the library from their workspace, as they
keep their profiles and landscapes (network/self_service.py, network/workspace.py). Every save is
a revision of a draft resource page under the library of the visitor's language, sent for review
(network/reviews.py) to the "Profile review" workflow; the resource is public only when a
moderator approves it. A submitted file waits in a private collection that only editors and
moderators may open, and becomes public with the resource (`publish_files`).

Who may submit: a landscape's coordinator, an organisation's manager (its team's coordinator) or
an expert with a profile. Each sees and edits only the resources they submitted (the page's
owner); any other address is a 404, so that a guessed one tells nothing about drafts."""

from dataclasses import dataclass, field

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from library.forms import ResourceSubmissionForm
from library.models import LibraryIndexPage, ResourceFile, ResourcePage
from network import reviews, teams
from network.collections import child_collection, reviewers_only_collection
from network.models import LandscapePage, OrganisationPage, TeamMembership, TeamRole
from network.roles import profile_review_workflow
from network.self_service import own_profile
from network.workspace import _show_errors

PENDING_FILES = "Library submissions awaiting review"
PUBLIC_FILES = "Library"
# Resources an account may submit a day (each save stores a file and reaches the moderators).
SUBMISSIONS_PER_DAY = 20
MAX_ID = 2**31 - 1


# --- Who may submit ------------------------------------------------------------------------------


@dataclass
class Submitter:
    """What makes someone a submitter: the landscapes they coordinate, the organisations they
    manage and their expert profile."""

    landscapes: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    profile: object = None

    @property
    def may_submit(self):
        return bool(self.landscapes or self.organisations or self.profile)


def submitter(user):
    """The user's roles that let them submit, read from the database on every request (a
    coordinator removed from their team loses the right at once)."""
    if not user.is_authenticated:
        return Submitter()
    ids = TeamMembership.objects.filter(user=user, role=TeamRole.COORDINATOR).values("page_id")
    return Submitter(
        landscapes=list(LandscapePage.objects.filter(pk__in=ids).order_by("title")),
        organisations=list(OrganisationPage.objects.filter(pk__in=ids).order_by("title")),
        profile=own_profile(user),
    )


def _refused(request):
    """The page that says who may submit, for a signed-in person who may not (403)."""
    return TemplateResponse(request, "library/workspace/not_allowed.html", status=403)


def _own_submission(request, page_id):
    """The user's own resource `page_id`; 404 for any other page."""
    if page_id > MAX_ID:  # past what the database's ids hold: no page, not an error
        raise Http404
    page = ResourcePage.objects.filter(pk=page_id, owner=request.user).first()
    if page is None:
        raise Http404
    return page


# --- Views ---------------------------------------------------------------------------------------


@verified_email_required
@require_http_methods(["GET"])
def my_library(request):
    """The resources the person submitted, each with where its review stands."""
    if not submitter(request.user).may_submit:
        return _refused(request)
    pages = (
        ResourcePage.objects.filter(owner=request.user)
        .select_related("latest_revision", "locale")
        .order_by("-latest_revision_created_at", "-pk")
    )
    entries = []
    for page in pages:
        revision = page.latest_revision
        entries.append(
            {
                "page": page,
                "draft": page.with_content_json(revision.content) if revision else page,
                "status": reviews.review_status(page),
                "edit_url": reverse("library_submission", args=[page.pk]),
            }
        )
    return TemplateResponse(request, "library/workspace/my_library.html", {"entries": entries})


@verified_email_required
@require_http_methods(["GET", "POST"])
def submission(request, page_id=None):
    """Submit a new resource, or change one's own submission (a new revision, sent for review
    again)."""
    who = submitter(request.user)
    if not who.may_submit:
        return _refused(request)
    page = _own_submission(request, page_id) if page_id is not None else None
    if page is not None:
        index = None
        draft = page.get_latest_revision_as_object()
        locale = page.locale
    else:
        locale = Locale.get_active()
        index = LibraryIndexPage.objects.filter(locale=locale).first()
        draft = ResourcePage(locale=locale, owner=request.user)
    files = [file for file in draft.files.all() if file.document_id]
    current_file = files[0].document if files else None
    form_kwargs = {"locale": locale, "landscapes": who.landscapes, "current_file": current_file}
    status = 200
    if request.method == "POST":
        form = ResourceSubmissionForm(request.POST, request.FILES, instance=draft, **form_kwargs)
        if page is None and index is None:
            form.add_error(None, _("The site has no library in this language yet."))
        if page is not None and page.locked and page.locked_by_id != request.user.pk:
            # An editor locked the resource in the admin: nothing is saved over their work.
            form.add_error(
                None,
                _(
                    "An editor is working on this page. Please try again later; what you "
                    "typed is kept."
                ),
            )
        if form.is_valid() and teams.over_daily_bound(
            request, "library-submission", SUBMISSIONS_PER_DAY
        ):
            form.add_error(
                None, _("You have submitted several resources today. Please try again tomorrow.")
            )
        if form.is_valid():
            try:
                _save(request, who, form, draft, page, index)
            except ValidationError as error:
                _show_errors(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. Your resource has been sent for review; it is published in "
                        "the library when a moderator approves it."
                    ),
                )
                return redirect("my_library")
        status = 400
    else:
        form = ResourceSubmissionForm(instance=draft, **form_kwargs)
    context = {
        "form": form,
        "page": page,
        "draft": draft,
        "status": reviews.review_status(page) if page else None,
        "errors": _error_summary(form),
        # A browser never shows a chosen file again: the person has to choose it anew.
        "choose_file_again": bool(form.errors and request.FILES.get("upload")),
    }
    return TemplateResponse(
        request, "library/workspace/submission_form.html", context, status=status
    )


def _error_summary(form):
    from progress.forms import error_summary

    return error_summary(form) if form.is_bound else []


@transaction.atomic
def _save(request, who, form, draft, existing, index):
    user = request.user
    form.apply_to(draft)
    if form.document is not None:
        document = store_pending(form.document, user, draft.title)
        files = list(draft.files.all())
        if files:
            files[0].document = document
        else:
            files = [ResourceFile(document=document)]
        draft.files = files
    if existing is None:
        draft.slug = find_available_slug(index, slugify(draft.title)[:70] or "resource")
        draft.live = False
        draft.owner = user
        draft.expert_authors = [who.profile] if who.profile else []
        draft.organisation_authors = who.organisations
        index.add_child(instance=draft)
        existing = draft
    else:
        draft.full_clean()
    draft.save_revision(user=user, clean=False)
    reviews.submit(existing, user, profile_review_workflow())
    return existing


# --- Files waiting for review --------------------------------------------------------------------


def pending_collection():
    """The private collection of submitted files: only editors and moderators open them."""
    return reviewers_only_collection(PENDING_FILES)


def store_pending(document, user, title):
    """The checked, unsaved document (library/forms.py) stored in the private collection."""
    document.title = (title or document.title)[:255]
    document.collection = pending_collection()
    document.uploaded_by_user = user
    document._set_document_file_metadata()
    document.save()
    return document


def publish_files(sender, instance, **kwargs):
    """An approved resource's files leave the private collection: public from now on."""
    waiting = [
        file.document
        for file in instance.files.select_related("document__collection")
        if file.document.collection.name == PENDING_FILES
    ]
    if not waiting:
        return
    with transaction.atomic():
        public = child_collection(PUBLIC_FILES)
        for document in waiting:
            document.collection = public
            document.save(update_fields=["collection"])
