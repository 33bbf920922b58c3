"""Coordinators' and organisation managers' progress records in the workspace (being built)."""

from django.http import Http404


def overview(request, slug):
    raise Http404


def edit_action(request, slug, pk=None):
    raise Http404


def delete_action(request, slug, pk):
    raise Http404


def edit_series(request, slug, indicator_id):
    raise Http404


def edit_assessment(request, slug, pk=None):
    raise Http404


def offers(request, slug):
    raise Http404


def edit_offer(request, slug, pk=None):
    raise Http404
