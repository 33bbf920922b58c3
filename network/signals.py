from allauth.account.signals import user_signed_up
from django.contrib.auth.models import Group
from django.dispatch import receiver

from network.roles import EXPERTS


@receiver(user_signed_up)
def join_experts(request, user, **kwargs):
    """Everyone who signs up on the site is an expert who may keep one profile."""
    group, _created = Group.objects.get_or_create(name=EXPERTS)
    user.groups.add(group)
