from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask


class RequestChangesForm(TaskStateCommentForm):
    """Asking for changes says which: the person who sent the page reads it (by e-mail and in
    their workspace, network/signals.py)."""

    comment = forms.CharField(
        label=_("What should change?"),
        help_text=_("The person who sent the page reads this."),
        widget=forms.Textarea({"rows": 3}),
    )


class ReviewTask(GroupApprovalTask):
    """The "Moderator approval" task of the review workflows (network/roles.py), as Wagtail's
    group approval with the two choices a moderator needs instead of three look-alikes
    (Approve, Approve with comment, Request changes): approve and publish, in one click, or
    request changes, saying which. A proxy: the task's row is Wagtail's."""

    class Meta:
        proxy = True
        verbose_name = _("review by a moderator")
        verbose_name_plural = _("reviews by a moderator")

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("approve", _("Approve and publish"), False),
                ("reject", _("Request changes"), True),
            ]
        return []

    def get_form_for_action(self, action):
        return RequestChangesForm if action == "reject" else TaskStateCommentForm
