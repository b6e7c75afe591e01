"""A multiple-choice field stored as "|a|b|" so one LIKE query filters on it, on any database."""

from django import forms
from django.db import models


class CodeListField(models.CharField):
    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        kwargs.pop("max_length", None)
        kwargs.pop("blank", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return CodeListFormField(
            choices=self.choices_list,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            value = encode_codes(value)
        return super().get_prep_value(value)


class CodeListFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        return decode_codes(value) if isinstance(value, str) else value

    def clean(self, value):
        # Stored in the choices' order, whatever order the browser sent them in.
        chosen = set(super().clean(value))
        return encode_codes([code for code, _label in self.choices if code in chosen])


def encode_codes(codes):
    codes = [c for c in codes if c]
    return f"|{'|'.join(codes)}|" if codes else ""


def decode_codes(value):
    return [c for c in (value or "").split("|") if c]


def contains_code(field_name, code):
    """A filter kwarg matching pages whose list holds `code`."""
    return {f"{field_name}__contains": f"|{code}|"}
