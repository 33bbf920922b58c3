from allauth.account.signals import user_signed_up
from django.contrib.auth.models import Group
from django.dispatch import receiver
from wagtail.signals import page_published

from network import profile_photos
from network.models import ExpertPage
from network.roles import EXPERTS


@receiver(user_signed_up)
def join_experts(request, user, **kwargs):
    """Everyone who signs up on the site is an expert who may keep one profile."""
    group, _created = Group.objects.get_or_create(name=EXPERTS)
    user.groups.add(group)


@receiver(page_published, sender=ExpertPage)
def publish_profile_photo(sender, instance, **kwargs):
    """An approved profile's photo leaves the private collection of photos awaiting review."""
    profile_photos.approve(instance)
