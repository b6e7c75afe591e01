"""Small admin scripts for the partners' forms. Registered from PartnersConfig.ready()."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


def event_form_script():
    return format_html('<script src="{}" defer></script>', static("js/admin-event-form.js"))


def register():
    hooks.register("insert_editor_js", event_form_script)
