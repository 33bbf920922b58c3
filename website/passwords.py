"""Django's minimum-length password rule, with its message in the site's own catalogues
(locale/): Django's Portuguese catalogue leaves it untranslated, and a person choosing a password
on /pt/ must read why it was refused. Same words as Django's, so that Spanish and French keep
Django's translations until ours say otherwise."""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return (
            ngettext(
                "This password is too short. It must contain at least %d character.",
                "This password is too short. It must contain at least %d characters.",
                self.min_length,
            )
            % self.min_length
        )
