"""/my-landscapes/ and /my-organisations/: the coordinators' workspace. A coordinator keeps their
landscape's (or organisation's) page in sections, previews it and sends it for review; manages
its team; members see the draft. Also: proposing a new landscape, accepting an invitation and
claiming an existing landscape. Who may do what is network/teams.py's to say."""

from dataclasses import dataclass

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms import BaseForm, BaseFormSet
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Page, WorkflowState

from network import completeness, country_outlines, profile_photos, reviews, teams
from network import workspace_forms as forms
from network.models import (
    LandscapeIndexPage,
    LandscapePage,
    OrganisationPage,
    TeamMembership,
    TeamRole,
)
from network.roles import landscape_review_workflow


@dataclass
class Section:
    slug: str
    label: str
    form_class: type | None = None  # None: the partners' formset

    def form(self, draft, data=None, files=None, site_settings=None):
        if self.form_class is None:
            return forms.partners_formset(draft, data)
        if self.form_class is forms.BoundaryForm:
            return forms.BoundaryForm(
                data,
                files,
                instance=draft,
                tile_url=getattr(site_settings, "map_tile_url", ""),
                attribution=getattr(site_settings, "map_attribution", ""),
            )
        return self.form_class(data, files, instance=draft, locale=draft.locale)

    def apply(self, form, draft):
        if self.form_class is None:
            return forms.apply_partners(form, draft)
        return form.apply_to(draft)


@dataclass
class Kind:
    name: str
    model: type
    sections: list
    edit_url: str
    team_url: str
    image_field: str


KINDS = {
    "landscape": Kind(
        "landscape",
        LandscapePage,
        [
            Section("profile", gettext_lazy("Profile"), forms.LandscapeProfileForm),
            Section("boundary", gettext_lazy("Boundary"), forms.BoundaryForm),
            Section("elements", gettext_lazy("The 5 Elements"), forms.ElementsForm),
            Section("strategy", gettext_lazy("Strategy"), forms.StrategyForm),
            Section("returns", gettext_lazy("Returns and zones"), forms.ReturnsForm),
            Section("partners", gettext_lazy("Partners"), None),
            Section("image", gettext_lazy("Image"), forms.LandscapeImageForm),
        ],
        "edit_landscape",
        "landscape_team",
        "image",
    ),
    "organisation": Kind(
        "organisation",
        OrganisationPage,
        [
            Section("profile", gettext_lazy("Profile"), forms.OrganisationProfileForm),
            Section("logo", gettext_lazy("Logo"), forms.LogoForm),
        ],
        "edit_organisation",
        "organisation_team",
        "logo",
    ),
}


def _team_page(request, kind, slug):
    """The page `slug` of the user's teams, with their membership; 404 for anyone else, so that
    a guessed address tells nothing about drafts."""
    model = KINDS[kind].model
    found = (
        TeamMembership.objects.filter(
            user=request.user,
            page__slug=slug,
            page__content_type__model=model._meta.model_name,
            page__content_type__app_label=model._meta.app_label,
        )
        .select_related("page")
        .order_by("role", "pk")  # a coordinator's page first, should two share the slug
        .first()
    )
    if found is None:
        raise Http404
    return found.page.specific, found


def _entries(memberships):
    """What /my-landscapes/ shows of each membership's page: its latest draft, review status and
    completeness, in a fixed number of queries however many pages (each kind's pages with their
    latest revision and review states, in one go)."""
    memberships = list(memberships)
    ids = [membership.page_id for membership in memberships]
    pages = {}
    for spec in KINDS.values():
        found = spec.model.objects.filter(pk__in=ids).select_related("latest_revision", "locale")
        if spec.model is LandscapePage:  # completeness asks for partners (a page never revised)
            found = found.prefetch_related("partners")
        pages.update({page.pk: (spec, page) for page in found})
    # Their reviews under way, all at once; Page.current_workflow_state reads this list.
    states = {}
    for state in (
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=map(str, ids)
        )
        .select_related("current_task_state__task")
    ):
        states.setdefault(int(state.object_id), []).append(state)
    for _spec, page in pages.values():
        page._current_workflow_states = states.get(page.pk, [])
    entries = []
    for membership in memberships:
        spec, page = pages[membership.page_id]
        # The draft from the revision already fetched (as get_latest_revision_as_object() does,
        # without fetching the page again through the revision).
        revision = page.latest_revision
        draft = page.with_content_json(revision.content) if revision else page
        missing = completeness.missing(draft)
        entries.append(
            {
                "membership": membership,
                "page": page,
                "draft": draft,
                "kind": spec.name,
                "edit_url": reverse(spec.edit_url, args=[page.slug]),
                "team_url": reverse(spec.team_url, args=[page.slug]),
                "status": reviews.review_status(page),
                "missing": missing,
                "complete": completeness.share(draft, missing),
            }
        )
    return entries


@verified_email_required
@require_http_methods(["GET", "POST"])
def my_landscapes(request):
    """Every page the person coordinates or belongs to, with where it stands."""
    if request.method == "POST":  # a member chooses whether the page lists them
        member = TeamMembership.objects.filter(
            pk=_id(request.POST.get("membership")), user=request.user
        ).first()
        if member is not None:
            member.shown_on_page = request.POST.get("shown") == "yes"
            member.save(update_fields=["shown_on_page"])
            messages.success(request, _("Your choice is saved."))
        return redirect("my_landscapes")
    entries = _entries(teams.pages_of(request.user))
    claims = teams.claims_of(request.user)
    return TemplateResponse(
        request, "network/workspace/my_landscapes.html", {"entries": entries, "claims": claims}
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def new_landscape(request):
    """Propose a new landscape: a draft sent for review; the proposer becomes its coordinator."""
    active = Locale.get_active()
    draft = LandscapePage(locale=active, region="")
    if request.method == "POST":
        form = forms.NewLandscapeForm(request.POST, instance=draft, locale=active)
        if form.is_valid() and teams.over_daily_bound(
            request, "landscape-proposal", teams.PROPOSALS_PER_DAY
        ):
            form.add_error(
                None, _("You have proposed several landscapes today. Please try again tomorrow.")
            )
        if form.is_valid():
            try:
                page = _create_landscape(request, form)
            except ValidationError as error:
                _show_errors(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. Your landscape has been sent for review; you can complete "
                        "its page meanwhile."
                    ),
                )
                country_outlines.warn_if_misplaced(request, page)
                return redirect("edit_landscape", page.slug)
        status = 400
    else:
        form = forms.NewLandscapeForm(
            instance=draft, locale=active, initial={"language": active.language_code}
        )
        status = 200
    return TemplateResponse(
        request, "network/workspace/new_landscape.html", {"form": form}, status=status
    )


@transaction.atomic
def _create_landscape(request, form):
    language = form.cleaned_data["language"]
    index = LandscapeIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        raise ValidationError(_("The site has no landscape directory in this language yet."))
    page = form.apply_to(LandscapePage(locale=index.locale))
    page.slug = _free_slug(page.title)
    page.live = False
    page.owner = request.user
    index.add_child(instance=page)
    page.save_revision(user=request.user)
    teams.add(page, request.user, TeamRole.COORDINATOR)
    reviews.submit(page, request.user, landscape_review_workflow())
    return page


def _free_slug(title):
    """A slug no landscape in any language has (the workspace finds pages by it)."""
    base = slugify(title)[:70] or "landscape"
    base = "landscape" if base == "new" else base
    slug, number = base, 1
    while LandscapePage.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit(request, slug, kind):
    page, membership = _team_page(request, kind, slug)
    spec = KINDS[kind]
    sections = spec.sections
    chosen = request.GET.get("section") or request.POST.get("section") or sections[0].slug
    section = next((item for item in sections if item.slug == chosen), sections[0])
    draft = page.get_latest_revision_as_object()
    editable = teams.may_edit(request.user, page)
    status = 200
    form = None
    if request.method == "POST":
        teams.require(editable)
        action = request.POST.get("action")
        if action == "submit":
            reviews.submit(page, request.user, landscape_review_workflow())
            messages.success(
                request,
                _("Sent for review: the public page changes when a moderator approves it."),
            )
            return redirect(spec.edit_url, page.slug)
        form = section.form(draft, request.POST, request.FILES, _site_settings(request))
        if page.locked and page.locked_by_id != request.user.pk and form.is_valid():
            # An editor locked the page in the admin: nothing is saved over their work.
            _show_errors(
                form,
                ValidationError(
                    _(
                        "An editor is working on this page. Please try again later; what you "
                        "typed is kept."
                    )
                ),
            )
        if form.is_valid():
            section.apply(form, draft)
            if action == "preview":
                return preview(request, draft)
            try:
                _save(request, page, draft, form, spec, send=action == "send")
            except ValidationError as error:
                _show_errors(form, error)
            else:
                if action == "send":
                    messages.success(
                        request,
                        _(
                            "Saved and sent for review: the public page changes when a "
                            "moderator approves it."
                        ),
                    )
                else:
                    messages.success(
                        request, _("Saved. Send the page for review when it is ready.")
                    )
                if kind == "landscape":
                    country_outlines.warn_if_misplaced(request, draft)
                return redirect(
                    f"{reverse(spec.edit_url, args=[page.slug])}?section={section.slug}"
                )
        status = 400
    elif editable:
        form = section.form(draft, site_settings=_site_settings(request))
    missing = completeness.missing(draft)
    context = {
        "page": page,
        "draft": draft,
        "kind": kind,
        "membership": membership,
        "editable": editable,
        "sections": sections,
        "section": section,
        "form": form,
        "is_formset": section.form_class is None,
        "status": reviews.review_status(page),
        "missing": missing,
        "complete": completeness.share(draft, missing),
        "team_url": reverse(spec.team_url, args=[page.slug]),
        "preview_url": reverse(f"{spec.edit_url}_preview", args=[page.slug]),
    }
    return TemplateResponse(request, "network/workspace/edit.html", context, status=status)


def _site_settings(request):
    from website.models import SiteSettings

    return SiteSettings.for_request(request)


def _show_errors(form, error):
    """What the page's own validation refused, on the fields of this section where it can."""
    if isinstance(form, BaseFormSet):  # the partners
        form._non_form_errors = form.error_class(error.messages)
    elif hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@transaction.atomic
def _save(request, page, draft, form, spec, send):
    """The draft as a new revision; while a review is under way (or when asked) it goes for
    review, so that a moderator never approves an older revision than the team's latest."""
    upload = form.cleaned_data.get("image_upload") if isinstance(form, BaseForm) else None
    if upload:
        current = getattr(draft, spec.image_field)
        setattr(
            draft,
            spec.image_field,
            profile_photos.store_pending(upload, request.user, replacing=current),
        )
    draft.full_clean()
    draft.save_revision(user=request.user, clean=False)
    if send or reviews.under_way(page):
        reviews.submit(page, request.user, landscape_review_workflow())


def preview(request, draft):
    """The public page as it would look with the draft; nothing saved."""
    context = draft.get_context(request)
    context.update({"page": draft, "self": draft, "is_team_preview": True})
    return TemplateResponse(request, draft.get_template(request), context)


@verified_email_required
def draft_preview(request, slug, kind):
    """Coordinators and members see the latest draft as it would look."""
    page, _membership = _team_page(request, kind, slug)
    teams.require(teams.may_see_draft(request.user, page))
    draft = page.get_latest_revision_as_object()
    return preview(request, draft)


@verified_email_required
@require_http_methods(["GET", "POST"])
def team(request, slug, kind):
    page, membership = _team_page(request, kind, slug)
    spec = KINDS[kind]
    manager = teams.may_edit(request.user, page)
    invite_form = forms.InviteForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        here = reverse(spec.team_url, args=[page.slug])
        try:
            if action == "leave":
                teams.remove(membership)
                messages.success(
                    request, _("You have left the team of %(page)s.") % {"page": page.title}
                )
                return redirect("my_landscapes")
            teams.require(manager)
            if action == "invite":
                invite_form = forms.InviteForm(request.POST)
                if invite_form.is_valid() and teams.invitations_exhausted(request):
                    invite_form.add_error(
                        None,
                        _(
                            "You have sent many invitations today. Please try again tomorrow; "
                            "the invitations already sent still work."
                        ),
                    )
                if invite_form.is_valid():
                    teams.invite(
                        request,
                        page,
                        invite_form.cleaned_data["email"],
                        invite_form.cleaned_data["role"],
                    )
                    messages.success(
                        request,
                        _("The invitation is on its way to %(email)s.")
                        % {"email": invite_form.cleaned_data["email"]},
                    )
                    return redirect(here)
                status = 400
            elif action in ("role", "remove"):
                member = _member(page, request.POST.get("member"))
                if action == "role":
                    role = request.POST.get("role")
                    if role not in TeamRole.values:
                        raise ValidationError(_("Choose a role."))
                    teams.change_role(member, role)
                else:
                    teams.remove(member)
                messages.success(request, _("The team is updated."))
                return redirect(here if member.user != request.user else "my_landscapes")
            elif action == "revoke":
                teams.open_invitations(page).filter(pk=_id(request.POST.get("invitation"))).delete()
                messages.success(request, _("The invitation is withdrawn."))
                return redirect(here)
        except ValidationError as error:
            if action == "invite":
                invite_form.add_error("email", error)
            else:
                messages.error(request, " ".join(error.messages))
            status = 400
    context = {
        "page": page,
        "kind": kind,
        "membership": membership,
        "manager": manager,
        "team": teams.team(page),
        "invitations": teams.open_invitations(page) if manager else [],
        "invite_form": invite_form,
        "edit_url": reverse(spec.edit_url, args=[page.slug]),
        "roles": TeamRole.choices,
    }
    return TemplateResponse(request, "network/workspace/team.html", context, status=status)


def _id(value):
    """A row's id from a form, or None for anything that is not one (never a 500)."""
    return int(value) if str(value or "").isdigit() and len(str(value)) < 19 else None


def _member(page, member_id):
    member = teams.team(page).filter(pk=_id(member_id)).first()
    if member is None:
        raise ValidationError(_("This person is no longer in the team."))
    return member


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """Accept an invitation. Someone not signed in is asked to sign up (or in) with the invited
    address first; the link works once, for that address, for 14 days."""
    if request.user.is_authenticated:
        return _accept_invitation(request, token)
    found = teams.find_invitation(token)
    context = {"invitation": found, "problem": teams.why_not_acceptable(found, None)}
    return TemplateResponse(request, "network/workspace/invitation.html", context)


@verified_email_required
def _accept_invitation(request, token):
    found = teams.find_invitation(token)
    problem = teams.why_not_acceptable(found, request.user)
    if request.method == "POST" and problem is None:
        try:
            member = teams.accept(found, request.user)
        except ValidationError as error:
            problem = " ".join(error.messages)
        else:
            page = member.page.specific
            messages.success(request, _("Welcome to the team of %(page)s.") % {"page": page.title})
            return redirect("my_landscapes")
    context = {"invitation": found, "problem": problem}
    return TemplateResponse(
        request, "network/workspace/invitation.html", context, status=400 if problem else 200
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def claim(request, page):
    """Ask to coordinate a published landscape's page, or to manage an organisation's (their
    pages' claim/ route)."""
    kind = "landscape" if isinstance(page, LandscapePage) else "organisation"
    if teams.role_of(request.user, page) == TeamRole.COORDINATOR:
        return redirect(KINDS[kind].edit_url, page.slug)
    pending = teams.pending_claim(request.user, page)
    form = forms.ClaimForm(request.POST or None)
    status = 200
    if request.method == "POST" and pending is None:
        if form.is_valid() and teams.over_daily_bound(request, "claim", teams.CLAIMS_PER_DAY):
            form.add_error(
                None, _("You have sent several requests today. Please try again tomorrow.")
            )
        if form.is_valid():
            teams.claim(request.user, page, form.cleaned_data["reason"])
            messages.success(
                request,
                _("Thank you. An editor will look at your request and tell you by e-mail."),
            )
            return redirect("my_landscapes")
        status = 400
    context = {"page": page, "form": form, "pending": pending, "kind": kind}
    return TemplateResponse(request, "network/workspace/claim.html", context, status=status)
