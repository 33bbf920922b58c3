"""Private pages and document collections (Wagtail's view restrictions), made to hold.

Who "logged-in users" are: people signed in with an e-mail address they have verified (the
visitors' sign-in, django-allauth, lets in no one else), and the team who may use the admin
(editors, moderators, translators, institution editors) or Django's admin. Wagtail's own
restriction asks only whether a session is signed in, and its own sign-in page
(`/<lang>/_util/login/`) signs in any account with its password, one whose address was never
verified too. So: every sign-in to a private page goes through allauth
(WAGTAIL_FRONTEND_LOGIN_URL, and Wagtail's page answers with a redirect there), the Wagtail admin
signs in only accounts that may use it (website.lockout.AdminLoginForm), and a session that does
not count (an unverified account's, however it was had) is ended and sent to sign in, on pages
and documents alike.

Passwords of pages and collections: Wagtail's forms let anyone guess without limit. These views
are Wagtail's, with the sign-in lockout's counting (website/lockout.py) per restriction and
address: after LOGIN_LOCKOUT_FAILURES wrong ones, even the right one is refused for a while, and
the form says so."""

from allauth.account.utils import has_verified_email
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import RedirectView
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, PageViewRestriction

from website.lockout import count_password_failure, password_locked_out, password_lockout_message

_SIGNED_IN_ONLY = (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)


def counts_as_signed_in(user):
    """Whether `user` is one of the "logged-in users" a private page is open to."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or user.has_perm("wagtailadmin.access_admin") or has_verified_email(user)


# Wagtail's own sign-in page, /<lang>/_util/login/, goes to the visitors' sign-in, GET or POST.
frontend_login = RedirectView.as_view(pattern_name="account_login", query_string=True)


def require_verified_sign_in_for_page(page, request, serve_args, serve_kwargs):
    """before_serve_page: runs before Wagtail's own check of the page's restrictions."""
    if _uncounted_session(request, page.get_view_restrictions):
        return _back_to_sign_in(request)
    return None


def require_verified_sign_in_for_document(document, request):
    """before_serve_document, likewise for a document's collection."""
    if _uncounted_session(request, document.collection.get_view_restrictions):
        return _back_to_sign_in(request)
    return None


def _uncounted_session(request, restrictions):
    """A signed-in session that does not count, at something only signed-in users may see.
    Asked in that order, so that a visitor's page costs no query and a member's one."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if not any(r.restriction_type in _SIGNED_IN_ONLY for r in restrictions()):
        return False
    return not counts_as_signed_in(user)


def _back_to_sign_in(request):
    # Signing in again is the way for such an account to count: allauth then asks it to
    # verify its address. Kept signed in, allauth's sign-in would send it straight back here.
    logout(request)
    response = redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    add_never_cache_headers(response)
    return response


class LimitedPasswordForm(PasswordViewRestrictionForm):
    """Wagtail's password form for a restriction, counted per restriction and address."""

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if password_locked_out(self.request, self.restriction):
            raise ValidationError(password_lockout_message(), code="locked_out")
        try:
            return super().clean_password()
        except ValidationError:
            if count_password_failure(self.request, self.restriction):
                raise ValidationError(password_lockout_message(), code="locked_out") from None
            # In the site's own words and register, not Wagtail's.
            raise ValidationError(
                _("That is not the password. Please try again."), code="wrong_password"
            ) from None


def page_password(request, page_view_restriction_id, page_id):
    """wagtail.views.authenticate_with_password, limited."""
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    form, passed = _check_password(request, restriction)
    if passed:
        return passed
    response = page.serve_password_required_response(request, form, action_url)
    add_never_cache_headers(response)
    return response


def document_password(request, restriction_id):
    """wagtail.documents.views.serve.authenticate_with_password, limited."""
    restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
    form, passed = _check_password(request, restriction)
    if passed:
        return passed
    template = getattr(
        settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
    )
    action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
    response = TemplateResponse(request, template, {"form": form, "action_url": action_url})
    add_never_cache_headers(response)
    return response


def _check_password(request, restriction):
    """(the form to show, or the redirect once the password is right)."""
    if request.method != "POST":
        return LimitedPasswordForm(instance=restriction, request=request), None
    form = LimitedPasswordForm(request.POST, instance=restriction, request=request)
    if not form.is_valid():
        return form, None
    return_url = form.cleaned_data["return_url"]
    if not url_has_allowed_host_and_scheme(return_url, request.get_host(), request.is_secure()):
        return_url = settings.LOGIN_REDIRECT_URL
    restriction.mark_as_passed(request)
    return form, redirect(return_url)
