"""/my-profile/: an expert creates and keeps their own profile, without the admin. Every save is
a new revision submitted to the "Profile review" workflow; the public page changes only when a
moderator approves. Also: confirming the profile is current, downloading what is stored, and
deleting the account and profile."""

import json

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from network import accounts, erasure, profile_photos, reviews
from network.models import Claim, ContactMessage, ExpertIndexPage, ExpertPage, TeamMembership
from network.profile_forms import ExpertProfileForm
from network.roles import profile_review_workflow
from website.content_version import content_changed


def own_profile(user):
    """The expert's profile: the page they created (its translations are the team's work)."""
    return ExpertPage.objects.filter(account=user).order_by("pk").first()


def profile_status(profile):
    """What the expert sees of where their profile stands."""
    return reviews.review_status(profile)


@verified_email_required
@require_http_methods(["GET", "POST"])
def my_profile(request):
    profile = own_profile(request.user)
    locale = profile.locale if profile else Locale.get_active()
    draft = (
        profile.get_latest_revision_as_object()
        if profile
        else ExpertPage(locale=locale, account=request.user, contact_email=request.user.email)
    )
    if request.method == "POST":
        form = ExpertProfileForm(request.POST, request.FILES, instance=draft, locale=locale)
        saving = request.POST.get("action") != "preview"
        # Only a photo that would be stored counts against the account's daily bound.
        limited = (
            form.is_valid()
            and saving
            and form.cleaned_data.get("photo_upload")
            and profile_photos.uploads_exhausted(request)
        )
        if limited:
            form.add_error(
                "photo_upload",
                _(
                    "You have uploaded several photos today. Please try again tomorrow, or save "
                    "your profile without a new photo."
                ),
            )
        if form.is_valid():
            page = form.apply_to(draft)
            if not saving:
                return preview(request, page)
            save_profile(request, page, profile, form.cleaned_data.get("photo_upload"))
            messages.success(
                request,
                _(
                    "Thank you. Your profile has been sent for review; the public page changes "
                    "when a moderator approves it."
                ),
            )
            return redirect("my_profile")
        status = 429 if limited else 400
    else:
        form = ExpertProfileForm(instance=draft, locale=locale)
        status = 200
    context = {
        "form": form,
        "profile": profile,
        "status": profile_status(profile),
        "stale": profile.is_stale if profile and profile.live else False,
    }
    return TemplateResponse(request, "network/my_profile.html", context, status=status)


def preview(request, page):
    """The public page as it would look, from what was typed, nothing saved."""
    page.title = page.title or request.user.email
    context = page.get_context(request)
    context.update({"page": page, "self": page, "is_profile_preview": True})
    return TemplateResponse(request, "network/expert_page.html", context)


@transaction.atomic
def save_profile(request, page, existing, photo):
    user = request.user
    page.last_confirmed = timezone.localdate()  # saving one's profile confirms it is current
    if photo:
        page.photo = profile_photos.store_pending(photo, user, replacing=page.photo)
    if existing is None:
        index = ExpertIndexPage.objects.filter(locale=page.locale).first() or (
            ExpertIndexPage.objects.order_by("pk").first()
        )
        page.locale = index.locale
        page.slug = find_available_slug(index, slugify(page.title) or "expert")
        page.live = False
        page.owner = user
        page.account = user
        index.add_child(instance=page)
        accounts.join_experts(user)
    revision = page.save_revision(user=user)
    reviews.submit(page, user, profile_review_workflow())
    return revision


@verified_email_required
@require_POST
def confirm_current(request):
    profile = own_profile(request.user)
    if profile is None:
        return redirect("my_profile")
    today = timezone.localdate()
    # The confirmation is a fact about the expert, not an edit to review: every language's
    # version gets it at once.
    ExpertPage.objects.filter(translation_key=profile.translation_key).update(last_confirmed=today)
    content_changed()  # updated without a save: no cached page keeps the "last confirmed" notice
    messages.success(request, _("Thank you: your profile is marked as current."))
    return redirect("my_profile")


@verified_email_required
def download_my_data(request):
    """Everything stored about the expert, as JSON (the right of access)."""
    user = request.user
    profiles = ExpertPage.objects.filter(account=user).select_related("locale", "organisation")
    data = {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "groups": list(user.groups.values_list("name", flat=True)),
            "purpose": accounts.purpose_of(user),
        },
        "profiles": [
            {
                "language": page.locale.language_code,
                "url": page.get_full_url(request),
                "live": page.live,
                "name": page.title,
                "headline": page.headline,
                "biography": page.biography,
                "organisation": page.organisation.title if page.organisation else None,
                "themes": [theme.slug for theme in page.themes.all()],
                "skills": [tag.name for tag in page.skills.all()],
                "languages": list(page.languages),
                "countries": [country.code for country in page.countries],
                "regions": list(page.regions),
                "landscapes": [landscape.title for landscape in page.landscapes.all()],
                "orcid": page.orcid,
                "links": [dict(link.value) for link in page.links],
                "availability": list(page.availability),
                "contact_email": page.contact_email,
                "verified": page.verified,
                "last_confirmed": page.last_confirmed,
                "photo": page.photo.file.url if page.photo else None,
            }
            for page in profiles
        ],
        "teams": [
            {
                "page": membership.page.title,
                "role": membership.role,
                "shown_on_page": membership.shown_on_page,
                "joined": membership.joined_at,
            }
            for membership in TeamMembership.objects.filter(user=user).select_related("page")
        ],
        "claims": list(
            Claim.objects.filter(user=user).values("page__title", "reason", "status", "created_at")
        ),
        "messages_received": list(
            ContactMessage.objects.filter(page__in=profiles).values(
                "created_at", "sender_name", "sender_email", "message"
            )
        ),
    }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-thousand-landscapes-data.json"'
    return response


@verified_email_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Delete the account and everything of the person (network/erasure.py), after a
    confirmation."""
    if request.method == "GET" or request.POST.get("confirm") != "yes":
        return TemplateResponse(
            request,
            "network/delete_account.html",
            {"profile": own_profile(request.user)},
            status=200 if request.method == "GET" else 400,
        )
    user = request.user
    with transaction.atomic():
        logout(request)
        erasure.erase(user)
    messages.success(request, _("Your account and your profile have been deleted."))
    return redirect("/")
