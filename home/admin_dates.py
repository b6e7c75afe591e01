"""Date and time inputs in the admin that show and read the staff member's own format.

Wagtail's widgets use one format for everyone (ISO dates, 24-hour times), and their
picker replaces a value it cannot read with today's date when the field loses focus.
Here the format follows the admin language, as Django's locale formats give it
(English: 01/14/2027 and 6:30 PM; Spanish: 14/01/2027 and 18:30), times are offered in
quarter hours, and a value nobody can read is kept as typed for the form to refuse
with a message. Registered for every admin model form from HomeConfig.ready().
"""

import datetime

from django.db import models
from django.utils.formats import get_format
from django.utils.translation import gettext as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

# Django's format characters (SHORT_DATE_FORMAT) as strftime directives; the picker
# reads Django's characters as they are.
DATE_PARTS = {"d": "%d", "j": "%d", "m": "%m", "n": "%m", "Y": "%Y"}
ISO_DATE, ISO_TIME = "%Y-%m-%d", "%H:%M"
TWELVE_HOUR = ("%I:%M %p", "h:i A")
TWENTY_FOUR_HOUR = ("%H:%M", "H:i")
# Also read when typed: "6:30pm", "6 PM", "18:30".
TWELVE_HOUR_ALSO = ("%I:%M%p", "%I %p", "%I%p", "%H:%M")


def date_formats():
    """(strftime format, picker format) of the active language's short date."""
    django_format = get_format("SHORT_DATE_FORMAT")
    letters = [char for char in django_format if char.isalpha()]
    if sorted({DATE_PARTS.get(char) for char in letters}, key=str) != sorted({"%d", "%m", "%Y"}):
        return ISO_DATE, "Y-m-d"  # a language whose short date we cannot read back
    python = "".join(DATE_PARTS.get(char, char) for char in django_format)
    return python, django_format.replace("j", "d").replace("n", "m")


def uses_twelve_hour_clock():
    """English (US) staff read "6:30 p.m." (TIME_FORMAT "P"), Spanish staff "18:30"."""
    time_format = get_format("TIME_FORMAT")
    return "H" not in time_format and any(char in time_format for char in "aAgghP")


def time_formats():
    return TWELVE_HOUR if uses_twelve_hour_clock() else TWENTY_FOUR_HOUR


def date_placeholder():
    python, _picker = date_formats()
    parts = {"%d": _("DD"), "%m": _("MM"), "%Y": _("YYYY")}
    for directive, text in parts.items():
        python = python.replace(directive, text)
    return python


def time_placeholder():
    return _("hh:mm AM/PM") if uses_twelve_hour_clock() else _("HH:MM")


def read(value, formats, iso):
    """The typed value in ISO form when one of the formats reads it; else as typed."""
    text = " ".join(str(value).split()).upper()
    for fmt in formats:
        try:
            return datetime.datetime.strptime(text, fmt).strftime(iso)
        except ValueError:
            continue
    return value


class PickerConfigMixin:
    # The picker must leave what it cannot read alone: the form refuses it with a message.
    def get_config(self):
        self.format, self.js_format = self.current_formats()
        return {**super().get_config(), "validateOnBlur": False, "step": 15}

    def get_context(self, name, value, attrs):
        self.format, self.js_format = self.current_formats()
        attrs = {**(attrs or {}), "placeholder": self.placeholder()}
        return super().get_context(name, value, attrs)

    def format_value(self, value):
        self.format, self.js_format = self.current_formats()
        return super().format_value(value)


class LocalDateInput(PickerConfigMixin, AdminDateInput):
    def current_formats(self):
        return date_formats()

    def placeholder(self):
        return date_placeholder()

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not value:
            return value
        return read(value, [date_formats()[0], ISO_DATE], ISO_DATE)


class LocalTimeInput(PickerConfigMixin, AdminTimeInput):
    def current_formats(self):
        return time_formats()

    def placeholder(self):
        return time_placeholder()

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not value:
            return value
        formats = [time_formats()[0], *TWELVE_HOUR_ALSO] if uses_twelve_hour_clock() else []
        return read(value, formats or [ISO_TIME, "%H.%M", "%H"], ISO_TIME)


class LocalDateTimeInput(PickerConfigMixin, AdminDateTimeInput):
    def current_formats(self):
        date_python, date_picker = date_formats()
        time_python, time_picker = time_formats()
        self.js_time_format = time_picker
        return f"{date_python} {time_python}", f"{date_picker} {time_picker}"

    def placeholder(self):
        return f"{date_placeholder()} {time_placeholder()}"

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not value:
            return value
        formats = [self.current_formats()[0], f"{ISO_DATE} {ISO_TIME}"]
        return read(value, formats, f"{ISO_DATE} {ISO_TIME}")


def use_local_date_inputs():
    register_form_field_override(models.DateField, override={"widget": LocalDateInput})
    register_form_field_override(models.TimeField, override={"widget": LocalTimeInput})
    register_form_field_override(models.DateTimeField, override={"widget": LocalDateTimeInput})
