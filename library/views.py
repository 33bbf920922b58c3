"""Downloading a resource's file: counted (a number per resource, nothing about who), then
served by Wagtail's document view, which checks the collection's privacy."""

from django.db.models import F
from django.http import Http404
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache

from library.models import ResourceDownloads


@never_cache
def download(request, resource, file_id):
    file = next((file for file in resource.shown_files if file.pk == file_id), None)
    if file is None:
        raise Http404
    if request.method == "GET":
        key = resource.translation_key
        ResourceDownloads.objects.get_or_create(translation_key=key)
        ResourceDownloads.objects.filter(translation_key=key).update(count=F("count") + 1)
    return redirect(file.document.url)
