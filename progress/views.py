"""Public pages of action and investment (being built)."""

from django.http import Http404


def landscape_progress(request, slug):
    raise Http404


def landscape_progress_csv(request, slug):
    raise Http404


def network_progress(request):
    raise Http404


def network_progress_csv(request):
    raise Http404


def funding(request):
    raise Http404


def funding_csv(request):
    raise Http404
