"""django-allauth's account adapter (ACCOUNT_ADAPTER), changed in two places:

- the e-mails it sends people (address confirmations, password resets, the sign-in lockout's
  unlock links) go through the durable outbox (website/outbox.py): a mail server that is down or
  refuses no longer turns a sign-up into a server error; the account is kept and the e-mail is
  retried by `send_outbound_email`;
- sign-in asks the lockout (website/lockout.py) before the password is checked, so that a paused
  sign-in says so, with the same policy as the Wagtail admin's login;
- signing in leads where the person said they come for (network/accounts.py), unless a link
  asked for another page;
- the e-mails speak in the site's name in their language (website/mail.py): the sender, the
  subject's prefix and allauth's "Hello from …!" greeting, which would otherwise name the host;
- their links (confirm the address, reset the password, sign up) are on the site's address
  (website/addresses.py), where allauth builds them from the host the request came with."""

from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from website import mail, outbox
from website.addresses import on_site_address, site_hostname
from website.lockout import locked_out, lockout_error
from website.schema import site_name


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        if request is not None:
            context = {
                name: on_site_address(value, request) if isinstance(value, str) else value
                for name, value in context.items()
            }
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                "current_site": named_site(request),
                **context,
            },
        )
        outbox.send(message)

    def format_email_subject(self, subject):
        return mail.subject_prefix() + str(subject)

    def get_from_email(self):
        return mail.sender()

    def get_login_redirect_url(self, request):
        from network.accounts import landing_url

        return landing_url(request.user)

    def get_signup_redirect_url(self, request):
        """Where the e-mail confirmation leads after sign-up: the answer of the form being
        sent, or, once the confirmation signs the person in, their kept answer."""
        from network.accounts import landing_url, signup_landing_url

        if request.user.is_authenticated:
            return landing_url(request.user)
        return signup_landing_url(request) or super().get_signup_redirect_url(request)

    def pre_authenticate(self, request, **credentials):
        if locked_out(request, credentials.get("email") or credentials.get("username")):
            raise lockout_error()
        super().pre_authenticate(request, **credentials)


def named_site(request):
    """The site as allauth's e-mail templates name it: its name in the active language (their
    "Hello from {{ current_site.name }}!"), its host as the domain."""
    return SimpleNamespace(name=site_name(), domain=site_hostname(request))
