"""Joining the site: sign-up asks what the person comes for, and that answer leads them there.

- an expert: /my-profile/, their profile for the experts directory;
- a landscape partnership: /my-landscapes/, where they claim their landscape's page or propose
  a new one, and later keep its team and its record of action;
- someone who follows the network: /my-account/, which says what an account gives and leads to
  the other two whenever they want.

The answer is kept (AccountPurpose) and can be changed on /my-account/; signing in leads back to
the same place (AccountAdapter.get_login_redirect_url), unless a link asked for another page."""

from allauth.account.decorators import verified_email_required
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context as allauth_context
from django import forms
from django.contrib import messages
from django.contrib.auth.models import Group
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from network.models import AccountPurpose, ExpertPage, Purpose, TeamMembership
from network.roles import EXPERTS
from website.models import HomePage

# What each answer gives, shown under it on the sign-up form and the account page.
PURPOSE_HELP = {
    Purpose.EXPERT: gettext_lazy(
        "A profile in the experts directory, so that landscape partnerships find you and write "
        "to you. A moderator reviews it before it is published."
    ),
    Purpose.COORDINATE: gettext_lazy(
        "Keep your landscape's page with your team: claim it if it is listed, or propose it. "
        "Record what the partnership does, needs and receives."
    ),
    Purpose.FOLLOW: gettext_lazy(
        "An account to come back to. You can create a profile or join a landscape's team "
        "whenever you want."
    ),
}
LANDING = {
    Purpose.EXPERT: "my_profile",
    Purpose.COORDINATE: "my_landscapes",
    Purpose.FOLLOW: "my_account",
}


class PurposeField(forms.ChoiceField):
    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        super().__init__(
            label=gettext_lazy("What brings you here?"),
            choices=Purpose.choices,
            error_messages={"required": gettext_lazy("Choose what brings you here.")},
            **kwargs,
        )


class PurposeOptions:
    """For templates: each answer's radio button with what it gives."""

    def purpose_options(self):
        return [(radio, PURPOSE_HELP[radio.data["value"]]) for radio in self["purpose"]]


class SignupForm(PurposeOptions, AllauthSignupForm):
    """allauth's sign-up (e-mail and password twice), with what the person comes for; a link
    may choose it beforehand (?purpose=coordinate, from a team's invitation)."""

    purpose = PurposeField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = allauth_context.request
        asked = request.GET.get("purpose") if request is not None else None
        if asked in Purpose.values:
            self.fields["purpose"].initial = asked

    def custom_signup(self, request, user):
        choose(user, self.cleaned_data["purpose"])


def choose(user, purpose):
    """Keep what `user` comes for."""
    AccountPurpose.objects.update_or_create(user=user, defaults={"purpose": purpose})
    if purpose == Purpose.EXPERT:
        join_experts(user)


def join_experts(user):
    """Who comes to share their expertise, or keeps an expert profile, is in the Experts group
    (which the admin's list of users filters on); no permission depends on it."""
    user.groups.add(Group.objects.get_or_create(name=EXPERTS)[0])


def purpose_of(user):
    """What `user` comes for: their answer, else (accounts made before the question) what they
    already have: a team means a landscape partnership, otherwise an expert profile."""
    chosen = AccountPurpose.objects.filter(user=user).values_list("purpose", flat=True).first()
    if chosen:
        return Purpose(chosen)
    if TeamMembership.objects.filter(user=user).exists():
        return Purpose.COORDINATE
    return Purpose.EXPERT


def landing_url(user):
    return reverse(LANDING[purpose_of(user)])


def signup_landing_url(request):
    """Where a sign-up's answer leads, from the sign-up form being sent (None if it has none)."""
    purpose = request.POST.get("purpose")
    return reverse(LANDING[purpose]) if purpose in LANDING else None


class PurposeForm(PurposeOptions, forms.Form):
    purpose = PurposeField()


@verified_email_required
@require_http_methods(["GET", "POST"])
def my_account(request):
    """The account's own page: what it gives, where to go, and the account's settings."""
    user = request.user
    form = PurposeForm(request.POST or None, initial={"purpose": purpose_of(user)})
    if request.method == "POST" and form.is_valid():
        choose(user, form.cleaned_data["purpose"])
        messages.success(request, _("Your choice is saved."))
        return redirect(landing_url(user))
    context = {
        "form": form,
        "has_profile": ExpertPage.objects.filter(account=user).exists(),
        "teams": TeamMembership.objects.filter(user=user).count(),
        "home": HomePage.objects.live().filter(locale=Locale.get_active()).first(),
    }
    return TemplateResponse(
        request, "network/my_account.html", context, status=400 if form.errors else 200
    )
