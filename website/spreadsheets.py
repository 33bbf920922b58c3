"""CSV exports from the admin never carry a formula.

Wagtail's reports and listings (the search terms report, "Profiles to confirm", form
submissions…) write each cell of a CSV as it is. Their contents come from visitors (a search, a
name typed at sign-up), and a spreadsheet opens a cell that starts with `=`, `+`, `-` or `@` as
a formula: `=HYPERLINK("https://…", "Open")` in an editor's spreadsheet is a link an attacker
chose. Wagtail already turns formulas back into text in its XLSX exports; this does the same for
CSV, the way OWASP recommends: such a cell starts with an apostrophe, which spreadsheets show as
text and hide. It is installed once, on the mixin every export view inherits from, so that every
report and listing, present and future, is covered."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """The value as a spreadsheet should show it: text, never a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv_row(self, writer, row_dict):
    return writer.writerow(
        {
            field: neutralise_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def install():
    SpreadsheetExportMixin.write_csv_row = _write_csv_row
