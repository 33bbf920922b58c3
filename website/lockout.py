"""Sign-in lockout: after repeated wrong passwords, signing in is refused for a while, even with
the right password, so that passwords cannot be guessed; without handing anyone the power to
lock someone else out.

One policy for every way in: the Wagtail admin's login, the visitors' sign-in (django-allauth)
and Django's own admin all authenticate through django.contrib.auth, so the counting hangs on
its `user_login_failed` signal and the refusal on an authentication backend placed first, which
answers before any other backend checks a password. The login forms ask `locked_out()` first so
that a person is told why (AdminLoginForm here, website.account_adapter for allauth's).

What is counted, and what each count pauses:
- an account from one address (LOGIN_LOCKOUT_FAILURES): that account, from that address. A
  count per account alone would let anyone lock an editor out of the admin by typing five wrong
  passwords from anywhere; per pair, a guesser locks out only themselves;
- an address (LOGIN_LOCKOUT_IP_FAILURES): every account from it, so that an address cannot
  guess its way through many accounts;
- an account from anywhere (LOGIN_LOCKOUT_ACCOUNT_FAILURES, much higher): that account, against
  guessing spread over many addresses; except from an address its owner has signed in from
  (or unlocked, below), so that such guessing does not shut its owner out either.
An IPv6 address counts as its /64 network, which one machine usually holds whole.

When a pause starts that stops the account's owner (the account-wide one, or the pair's at an
address they have signed in from), they are e-mailed (through the durable outbox, at most once a
pause) a signed link, valid for LOGIN_UNLOCK_LINK_SECONDS and once: it says that someone typed
wrong passwords, and opening it and confirming unlocks the account from wherever it was opened,
so that the owner never has to wait out a pause that someone else caused. The mail goes only
when such a pause starts, never for a refused attempt nor for a pause that stops only a
stranger's address, so that guessing cannot be turned into mail to everyone.

The same counting guards the passwords of private pages and document collections: per
restriction and address (`password_locked_out`, `count_password_failure`).

Counters live in the default cache (Redis with REDIS_URL, shared by every worker): no table to
prune, and they expire by themselves. An account is whatever user the typed name or e-mail
address belongs to, whichever form was used and however it was capitalised; a name with no
account is counted too, so that a lockout says nothing of which accounts exist. A successful
sign-in forgets the account's failures, never the address's: otherwise an attacker could
interleave sign-ins to an account of their own. When the cache cannot be reached, sign-in works
without lockout (and says so in the log) rather than not at all."""

import hashlib
import logging
import secrets

from allauth.account.adapter import get_adapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.dispatch import receiver
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from wagtail.admin.forms.auth import LoginForm

from website.addresses import absolute_url
from website.client_ip import client_ip, counted_address

logger = logging.getLogger(__name__)

_PREFIX = "lockout"
_UNLOCK_SALT = "website.lockout.unlock"
# An address its owner signed in from (or unlocked) stays out of the account-wide pause this long.
TRUSTED_SECONDS = 30 * 24 * 60 * 60


def locked_out(request, login):
    """Whether sign-in for `login` (a user name or e-mail address), or from this request's
    address, is refused for now."""
    try:
        return _refusing(_account(login) if login else None, counted_address(request))
    except Exception:
        logger.warning("Sign-in lockout not checked: the cache is unreachable", exc_info=True)
        return False


def lockout_message():
    minutes = _minutes()
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
    instead of the usual "didn't match" that the refusing backend would otherwise cause; and
    that lets in only accounts that may use the admin. Wagtail's own would sign in any account
    with its password, an expert's whose address was never verified too, which would then count
    as signed in on the public site: the visitors' way in (allauth) is the only one for them."""

    def clean(self):
        if locked_out(self.request, self.cleaned_data.get("username")):
            raise lockout_error()
        return super().clean()

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            raise self.get_invalid_login_error()


# Connected when this module is first imported, which happens before any password is checked:
# LockoutBackend is in AUTHENTICATION_BACKENDS, which authenticate() loads.
@receiver(user_login_failed, dispatch_uid="website-lockout-count-failure")
def count_failure(sender, credentials, request=None, **kwargs):
    login = _login_from(credentials)
    try:
        account = _account(login) if login else None
        address = counted_address(request)
        if _refusing(account, address):
            return  # refused by LockoutBackend: already counted
        scopes = []
        if account and address:
            scopes.append((("pair", f"{account}|{address}"), settings.LOGIN_LOCKOUT_FAILURES))
        if address:
            scopes.append((("ip", address), settings.LOGIN_LOCKOUT_IP_FAILURES))
        if account:
            scopes.append((("account", account), settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES))
        mail_owner = False
        for scope, limit in scopes:
            if _count(scope, limit, request) and scope[0] in ("pair", "account"):
                mail_owner = mail_owner or scope[0] == "account" or _trusted(scope)
        # The owner is told of a pause that stops them: the account's, or the pair's at an
        # address they sign in from. A pause that stops only a stranger's address is not mailed,
        # so that nobody can send mail to every account by typing wrong passwords.
        if mail_owner and account.startswith("user-"):
            _send_unlock_link(request, int(account.removeprefix("user-")))
    except Exception:
        logger.warning("Failed sign-in not counted: the cache is unreachable", exc_info=True)


@receiver(user_logged_in, dispatch_uid="website-lockout-forget-failures")
def forget_failures(sender, request=None, user=None, **kwargs):
    if user is None or user.pk is None:
        return
    account = f"user-{user.pk}"
    try:
        cache.delete(_failures_key(("account", account)))
        address = counted_address(request)
        if address:
            pair = ("pair", f"{account}|{address}")
            cache.delete(_failures_key(pair))
            cache.set(_trusted_key(pair), True, TRUSTED_SECONDS)
    except Exception:
        logger.warning("Failed sign-ins not reset: the cache is unreachable", exc_info=True)


# Passwords of private pages and document collections.


def password_locked_out(request, restriction):
    """Whether this address may not try `restriction`'s password (a page's or a collection's
    view restriction) for now."""
    try:
        return bool(cache.get(_lock_key(_restriction_scope(request, restriction))))
    except Exception:
        logger.warning("Password lockout not checked: the cache is unreachable", exc_info=True)
        return False


def count_password_failure(request, restriction):
    """Count a wrong password for `restriction` from this address; True when that starts a
    pause."""
    try:
        scope = _restriction_scope(request, restriction)
        return _count(scope, settings.LOGIN_LOCKOUT_FAILURES, request)
    except Exception:
        logger.warning("Wrong password not counted: the cache is unreachable", exc_info=True)
        return False


def password_lockout_message():
    minutes = _minutes()
    return ngettext(
        "Too many wrong passwords. To protect what this password guards, trying again is paused "
        "for %(minutes)d minute. Please try again later.",
        "Too many wrong passwords. To protect what this password guards, trying again is paused "
        "for %(minutes)d minutes. Please try again later.",
        minutes,
    ) % {"minutes": minutes}


def _restriction_scope(request, restriction):
    where = f"{restriction._meta.label_lower}-{restriction.pk}|{counted_address(request)}"
    return ("restriction", where)


# The unlock link.


def unlock_token(user):
    return signing.dumps([user.pk, secrets.token_urlsafe(16)], salt=_UNLOCK_SALT)


@never_cache
def unlock_sign_in(request, token):
    """The page an unlock link opens: a button (so that a mail scanner that follows links does
    not use it up), then, once, the account unlocked from this address."""
    user, nonce = _read_token(token)
    context = {"valid": user is not None, "unlocked": False}
    if user is not None and request.method == "POST":
        try:
            first_use = cache.add(
                f"{_PREFIX}:unlock-used:{nonce}", True, settings.LOGIN_UNLOCK_LINK_SECONDS
            )
            if first_use:
                _unlock(request, user)
        except Exception:
            logger.warning("Sign-in not unlocked: the cache is unreachable", exc_info=True)
            first_use = True  # nothing is paused without the cache either
        context = {"valid": first_use, "unlocked": first_use}
        if first_use:
            admin = user.has_perm("wagtailadmin.access_admin")
            context["sign_in_url"] = reverse("wagtailadmin_login" if admin else "account_login")
    elif user is not None:
        context["valid"] = not cache.get(f"{_PREFIX}:unlock-used:{nonce}")
    status = 200 if context["valid"] else 400
    return render(request, "account/unlock_sign_in.html", context, status=status)


def _read_token(token):
    """(user, nonce) of a genuine link within its time, else (None, None)."""
    try:
        user_pk, nonce = signing.loads(
            token, salt=_UNLOCK_SALT, max_age=settings.LOGIN_UNLOCK_LINK_SECONDS
        )
    except (signing.BadSignature, TypeError, ValueError):
        return None, None
    user = get_user_model()._default_manager.filter(pk=user_pk, is_active=True).first()
    return user, nonce


def _unlock(request, user):
    """From this address: the pause of the account from here lifted and its count started
    afresh, and the address trusted for the account (past the address's and the account-wide
    pauses, not past five more wrong passwords)."""
    pair = ("pair", f"user-{user.pk}|{counted_address(request)}")
    cache.delete_many([_lock_key(pair), _failures_key(pair)])
    cache.set(_trusted_key(pair), True, TRUSTED_SECONDS)
    logger.warning(
        "Sign-in unlocked by e-mail link: user %s from %s", user.pk, counted_address(request)
    )


def _send_unlock_link(request, user_pk):
    """At most one a pause, whatever keeps failing meanwhile."""
    user = get_user_model()._default_manager.filter(pk=user_pk, is_active=True).first()
    if user is None or not user.email:
        return
    if not cache.add(f"{_PREFIX}:unlock-mailed:{user_pk}", True, settings.LOGIN_LOCKOUT_SECONDS):
        return
    path = reverse("account_unlock_sign_in", args=[unlock_token(user)])
    context = {
        "user": user,
        "unlock_url": absolute_url(path, request),
        "minutes": _minutes(),
        "link_minutes": max(1, round(settings.LOGIN_UNLOCK_LINK_SECONDS / 60)),
    }
    with allauth_context.request_context(request):
        get_adapter(request).send_mail("account/email/unlock_sign_in", user.email, context)


# Counting.


def _refusing(account, address):
    pair = ("pair", f"{account}|{address}") if account and address else None
    keys = {}
    if pair:
        keys["pair"] = _lock_key(pair)
        keys["trusted"] = _trusted_key(pair)
    if address:
        keys["ip"] = _lock_key(("ip", address))
    if account:
        keys["account"] = _lock_key(("account", account))
    if not keys:
        return False
    found = cache.get_many(list(keys.values()))
    held = {name for name, key in keys.items() if found.get(key)}
    if "pair" in held:
        return True
    return bool(held & {"ip", "account"}) and "trusted" not in held


def _count(scope, limit, request):
    """Count one failure against `scope`; True when it reaches `limit` and starts a pause."""
    failures = _add_failure(scope)
    if failures < limit:
        return False
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
    return True


def _minutes():
    return max(1, round(settings.LOGIN_LOCKOUT_SECONDS / 60))


def _login_from(credentials):
    """What was typed to name the account: Wagtail and Django's admin send the user name,
    allauth the e-mail address."""
    user_model = get_user_model()
    for field in (user_model.USERNAME_FIELD, "username", "email", "login"):
        value = credentials.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


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


def _trusted(pair):
    return bool(cache.get(_trusted_key(pair)))


def _trusted_key(scope):
    return f"{_PREFIX}:trusted:{scope[0]}:{scope[1]}"


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
