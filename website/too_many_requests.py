"""What a person sees when django-allauth's rate limits (ACCOUNT_RATE_LIMITS) turn a request
away: allauth calls ROOT_URLCONF's `handler429`, which is this.

Sign-in and sign-up answer 429 with their own form again, what was typed in it kept (the address;
never a password) and a notice that says to wait, so that the person can try again later without
starting over. Other account pages (a password reset) answer templates/429.html in the site's
layout. The form is unbound, so that nothing is validated (nor a password checked) on the way."""

from allauth.account import app_settings
from allauth.account.forms import LoginForm, SignupForm
from allauth.utils import get_form_class
from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

# URL name: (allauth's form id, its default form, its template, fields kept).
_ACCOUNT_FORMS = {
    "account_login": ("login", LoginForm, "account/login.html", ("login",)),
    "account_signup": ("signup", SignupForm, "account/signup.html", ("email", "email2")),
}


def account_rate_limited(request):
    match = getattr(request, "resolver_match", None)
    account_form = _ACCOUNT_FORMS.get(match.url_name) if match else None
    if request.method != "POST" or account_form is None:
        return render(request, "429.html", status=429)
    form_id, default_form, template, kept = account_form
    form_class = get_form_class(app_settings.FORMS, form_id, default_form)
    typed = {name: request.POST[name] for name in kept if request.POST.get(name)}
    form_kwargs = {"initial": typed}
    if form_id == "login":
        form_kwargs["request"] = request
    messages.error(
        request,
        _(
            "There have been many attempts from your address in a short time. Please wait a "
            "while and try again."
        ),
    )
    context = {
        "form": form_class(**form_kwargs),
        "login_url": reverse("account_login"),
        "signup_url": reverse("account_signup"),
    }
    return render(request, template, context, status=429)
