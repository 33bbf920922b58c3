"""Wagtail's read-only API v2 at /api/v2/: pages (with each page type's `api_fields`), images
and documents.

Each endpoint first checks the parameters that Wagtail 8.0 passes on to the database or the
search backend unchecked, so that a malformed one answers 400 with a message, as Wagtail answers
the others, and not 500 (tests/reliability/test_hostile_input.py found these): a null character
in any parameter (PostgreSQL refuses it in a query), an offset or an integer beyond 64 bits, a
search of more than 200 characters, a search operator other than `and` or `or`, a field filter
whose value is not of the field's type (`?area_hectares=abc`, a date that is no date) and
`find/?id=` that is not a number."""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

# What PostgreSQL and SQLite hold in an integer, and take as an OFFSET.
LARGEST_INTEGER = 2**63 - 1
INTEGER_FIELDS = (models.IntegerField, models.AutoField, models.ForeignKey)
# As long as the site search takes (search/service.py). The backends nest one expression a word:
# a search of a few hundred words went past Python's recursion limit, a 500.
MAX_SEARCH_LENGTH = 200


def _check_integer(name, value):
    """Wagtail reports a value that is no integer; one beyond 64 bits, it sent to the database."""
    try:
        number = int(value)
    except ValueError:
        return
    if abs(number) > LARGEST_INTEGER:
        raise BadRequestError(f"{name} must be at most {LARGEST_INTEGER}")


class CheckedParametersMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(f"null characters are not allowed in {name!r}")
        if "offset" in request.GET:
            _check_integer("offset", request.GET["offset"])
        if "search" in request.GET:
            if len(request.GET["search"]) > MAX_SEARCH_LENGTH:
                raise BadRequestError(f"search must be at most {MAX_SEARCH_LENGTH} characters")
            operator = request.GET.get("search_operator")
            if operator is not None and operator.lower() not in ("and", "or"):
                raise BadRequestError("search_operator must be 'and' or 'or'")

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        model = queryset.model
        filterable = set(self.get_available_fields(model, db_fields_only=True))
        for name, value in self.request.GET.items():
            if name not in filterable or name == "locale":  # ?locale= is a language code
                continue
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, models.BooleanField) or not field.concrete:
                continue  # Wagtail reads booleans itself; tags are not a column
            if isinstance(field, INTEGER_FIELDS):
                _check_integer(name, value)
                continue
            try:
                field.get_prep_value(value)  # what the filter does with the value
            except (ValidationError, ValueError, TypeError) as error:
                raise BadRequestError(
                    f"field filter error. {value!r} is not a valid value for {name}"
                ) from error

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError as error:
                raise BadRequestError("id must be an integer") from error
            _check_integer("id", request.GET["id"])
        return super().find_object(queryset, request)


class CheckedPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    pass


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CheckedPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
