from rest_framework import serializers


class CountryCodesField(serializers.Field):
    """A multiple-country field in the API: ISO 3166 codes, e.g. ["KE", "UG"]."""

    def to_representation(self, value):
        return [country.code for country in value]


class ChoiceListField(serializers.Field):
    """A multiple-choice field in the API: its stored values."""

    def to_representation(self, value):
        return list(value)
