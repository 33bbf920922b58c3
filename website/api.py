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
from rest_framework.relations import MANY_RELATION_KWARGS, ManyRelatedField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageAliasOfField, PageSerializer, RelatedField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import PageViewRestriction

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


def _visible_to_caller(page, context):
    """Whether the caller may see `page` as a page of its own: the pages endpoint's rule (live,
    public or opened to this caller, on this site; wagtail.api.querysets), asked of the page in
    hand. The private sections and the site's trees are read once a request, so that a listing
    of twenty pages with a nested page each asks no query more."""
    if page is None or not page.live:
        return False
    if "visible_paths" not in context:
        context["visible_paths"] = _visible_paths(context["request"])
    closed, trees = context["visible_paths"]
    return page.path.startswith(trees) and not page.path.startswith(closed)


def _visible_paths(request):
    """(paths of the sections closed to this request, paths of the site's language trees)."""
    closed = tuple(
        restriction.page.path
        for restriction in PageViewRestriction.objects.select_related("page")
        if not restriction.accept_request(request)
    )
    site = SiteFilterValidator(site=request.GET.get("site"), request=request).site_obj
    if site is None:
        return closed, ()
    roots = [site.root_page, *site.root_page.get_translations()]
    return closed, tuple(root.path for root in roots)


class _VisibleManyRelatedField(ManyRelatedField):
    """A many-to-many relation's pages, without those the caller may not see."""

    def to_representation(self, iterable):
        return [item for item in super().to_representation(iterable) if item is not None]


class _PageRelatedField(RelatedField):
    @classmethod
    def many_init(cls, *args, **kwargs):
        list_kwargs = {"child_relation": cls(*args, **kwargs)}
        list_kwargs.update({key: kwargs[key] for key in kwargs if key in MANY_RELATION_KWARGS})
        return _VisibleManyRelatedField(**list_kwargs)


class _VisibleAliasOfField(PageAliasOfField):
    def get_attribute(self, instance):
        original = instance.alias_of
        return original if _visible_to_caller(original, self.context) else None


class VisiblePageSerializer(PageSerializer):
    """A page of the API. Nested in another's fields (a foreign key such as an expert's
    organisation, a many-to-many relation, a child relation's page, `alias_of`), a page the
    caller could not ask for itself (unpublished, private) is null or left out of its list:
    `?fields=organisation(*)` must not show what `/api/v2/pages/<id>/` refuses."""

    nested = False  # set on the serializers of pages nested in another's fields
    serializer_related_field = _PageRelatedField
    alias_of = _VisibleAliasOfField(read_only=True)

    def to_representation(self, instance):
        if self.nested and not _visible_to_caller(instance, self.context):
            return None
        return super().to_representation(instance)


class CheckedPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    base_serializer_class = VisiblePageSerializer

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        # Wagtail builds a fresh class each call: marking it touches no other serializer.
        serializer_class = super()._get_serializer_class(
            router, model, fields_config, show_details=show_details, nested=nested
        )
        serializer_class.nested = nested
        return serializer_class


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CheckedPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
