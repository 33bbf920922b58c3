"""Sign-in lockout: after repeated wrong passwords for one account, or from one address, sign-in
is refused for a while, even with the right password, so that passwords cannot be guessed.

One policy for every way in: the Wagtail admin's login, the visitors' sign-in (django-allauth)
and Django's own admin all authenticate through django.contrib.auth, so the counting hangs on
its `user_login_failed` signal and the refusal on an authentication backend placed first, which
answers before any other backend checks a password. The login forms ask `locked_out()` first so
that a person is told why (AdminLoginForm here, website.account_adapter for allauth's).

Counters live in the default cache (Redis with REDIS_URL, shared by every worker): no table to
prune, and they expire by themselves. An account is whatever user the typed name or e-mail
address belongs to, whichever form was used and however it was capitalised; a name with no
account is counted too, so that a lockout says nothing of which accounts exist. A successful
sign-in forgets the account's failures, never the address's: otherwise an attacker could
interleave sign-ins to an account of their own. When the cache cannot be reached, sign-in works
without lockout (and says so in the log) rather than not at all."""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.dispatch import receiver
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from website.client_ip import client_ip

logger = logging.getLogger(__name__)

_PREFIX = "lockout"


def locked_out(request, login):
    """Whether sign-in for `login` (a user name or e-mail address), or from this request's
    address, is refused for now."""
    keys = [_lock_key(scope) for scope in _scopes(request, login)]
    try:
        return bool(keys) and any(cache.get_many(keys).values())
    except Exception:
        logger.warning("Sign-in lockout not checked: the cache is unreachable", exc_info=True)
        return False


def lockout_message():
    minutes = max(1, round(settings.LOGIN_LOCKOUT_SECONDS / 60))
    return ngettext(
        "Too many failed sign-in attempts. To protect the account, signing in is paused for "
        "%(minutes)d minute. Please try again later.",
        "Too many failed sign-in attempts. To protect the account, signing in is paused for "
        "%(minutes)d minutes. Please try again later.",
        minutes,
    ) % {"minutes": minutes}


def lockout_error():
    return ValidationError(lockout_message(), code="locked_out")


class LockoutBackend:
    """First in AUTHENTICATION_BACKENDS. It authenticates nobody; while a lockout holds, it stops
    authenticate() before any backend has looked at the password. It has no get_user(), so that
    Django never takes it for the backend a session was signed in with (force_login does)."""

    def authenticate(self, request, **credentials):
        if locked_out(request, _login_from(credentials)):
            raise PermissionDenied
        return None


class AdminLoginForm(LoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM) that says when sign-in is paused,
    instead of the usual "didn't match" that the refusing backend would otherwise cause."""

    def clean(self):
        if locked_out(self.request, self.cleaned_data.get("username")):
            raise lockout_error()
        return super().clean()


# Connected when this module is first imported, which happens before any password is checked:
# LockoutBackend is in AUTHENTICATION_BACKENDS, which authenticate() loads.
@receiver(user_login_failed, dispatch_uid="website-lockout-count-failure")
def count_failure(sender, credentials, request=None, **kwargs):
    login = _login_from(credentials)
    if locked_out(request, login):
        return  # refused by LockoutBackend: already counted
    limits = {"account": settings.LOGIN_LOCKOUT_FAILURES, "ip": settings.LOGIN_LOCKOUT_IP_FAILURES}
    try:
        for scope in _scopes(request, login):
            failures = _add_failure(scope)
            if failures >= limits[scope[0]]:
                cache.set(_lock_key(scope), True, settings.LOGIN_LOCKOUT_SECONDS)
                cache.delete(_failures_key(scope))
                logger.warning(
                    "Sign-in locked for %s s after %s failed attempts: %s %s (from %s)",
                    settings.LOGIN_LOCKOUT_SECONDS,
                    failures,
                    scope[0],
                    scope[1],
                    client_ip(request) if request is not None else "unknown address",
                )
    except Exception:
        logger.warning("Failed sign-in not counted: the cache is unreachable", exc_info=True)


@receiver(user_logged_in, dispatch_uid="website-lockout-forget-failures")
def forget_failures(sender, request=None, user=None, **kwargs):
    if user is None or user.pk is None:
        return
    try:
        cache.delete(_failures_key(("account", f"user-{user.pk}")))
    except Exception:
        logger.warning("Failed sign-ins not reset: the cache is unreachable", exc_info=True)


def _login_from(credentials):
    """What was typed to name the account: Wagtail and Django's admin send the user name,
    allauth the e-mail address."""
    user_model = get_user_model()
    for field in (user_model.USERNAME_FIELD, "username", "email", "login"):
        value = credentials.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _scopes(request, login):
    """What a failure counts against: ("account", who) and ("ip", address)."""
    scopes = []
    if login:
        scopes.append(("account", _account(login)))
    address = client_ip(request) if request is not None else ""
    if address:
        scopes.append(("ip", address))
    return scopes


def _account(login):
    """The same key for a user whatever name or address was typed, and in whatever case; a
    digest of what was typed when it names nobody (not the text itself: it may be a password
    typed into the wrong field)."""
    typed = login.strip().lower()
    user_model = get_user_model()
    user_pk = (
        user_model._default_manager.filter(
            Q(**{f"{user_model.USERNAME_FIELD}__iexact": typed}) | Q(email__iexact=typed)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    if user_pk is not None:
        return f"user-{user_pk}"
    return "unknown-" + hashlib.sha256(typed.encode()).hexdigest()[:32]


def _failures_key(scope):
    return f"{_PREFIX}:failures:{scope[0]}:{scope[1]}"


def _lock_key(scope):
    return f"{_PREFIX}:locked:{scope[0]}:{scope[1]}"


def _add_failure(scope):
    """Failures within LOGIN_LOCKOUT_SECONDS of the first one; atomic, since guesses may come
    in parallel."""
    key = _failures_key(scope)
    cache.add(key, 0, settings.LOGIN_LOCKOUT_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, settings.LOGIN_LOCKOUT_SECONDS)
        return 1
