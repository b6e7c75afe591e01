"""A page form refuses images, documents and pages the editor could not have chosen.

The choosers list only what a user may choose, but the form accepts any id posted:
a partner editor could put another partner's image or a library document on their
page (and see it in the preview, which validates the same form). Every chosen
object is checked against the choosers' own permission policies: in fields, in
inline panels, inside StreamField blocks and in rich text links.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.list_block import ListBlockValidationError, ListValue
from wagtail.blocks.stream_block import StreamBlockValidationError, StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError, StructValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText

RICH_TEXT_REFERENCE = re.compile(
    r'<(?:a|embed)\b[^>]*?\b(?:linktype|embedtype)="(page|document|image)"[^>]*?\bid="(\d+)"'
)
REFUSED = {
    "image": lambda: _("You cannot use this image: choose one from your own collection."),
    "document": lambda: _("You cannot use this document: choose one from your own collection."),
    "page": lambda: _("You cannot link to this page: choose a published page."),
}


class Chosen:
    """Whether the user may choose an object, asked once per object and form."""

    def __init__(self, user):
        self.user = user
        self.answers = {}
        # What the field already holds stays allowed: another editor may have chosen it.
        self.kept = set()

    def choosable(self, kind):
        if kind in ("image", "document"):
            model = get_image_model() if kind == "image" else get_document_model()
            policy = policy_registry.get_by_type(model)
            return policy.instances_user_has_any_permission_for(self.user, ["choose"])
        # Published pages, and any page the user may edit (their own drafts).
        editable = PagePermissionPolicy().instances_user_has_permission_for(self.user, "change")
        return Page.objects.filter(depth__gt=1).live() | editable

    def refused(self, kind, pk):
        pk = int(pk)
        if self.user is None or (kind, pk) in self.kept:
            return False
        if (kind, pk) not in self.answers:
            self.answers[kind, pk] = not self.choosable(kind).filter(pk=pk).exists()
        return self.answers[kind, pk]


def kind_of(value):
    if isinstance(value, get_image_model()):
        return "image"
    if isinstance(value, get_document_model()):
        return "document"
    if isinstance(value, Page):
        return "page"
    return None


def leaf_references(value):
    if isinstance(value, (RichText, str)):
        html = value.source if isinstance(value, RichText) else value
        return [(kind, int(pk)) for kind, pk in RICH_TEXT_REFERENCE.findall(html)]
    return [(kind_of(value), value.pk)] if kind_of(value) else []


def all_references(value):
    if isinstance(value, StreamValue):
        value = [child.value for child in value]
    elif isinstance(value, StructValue):
        value = list(value.values())
    if isinstance(value, (list, ListValue)):
        return {ref for child in value for ref in all_references(child)}
    return set(leaf_references(value))


def refusal(value, chosen):
    """The error for a cleaned value holding anything the user may not choose, else None;
    inside a StreamField, shaped like the blocks so the error shows on the chooser itself."""
    if isinstance(value, StreamValue):
        errors = block_errors(enumerate(child.value for child in value), chosen)
        return errors and StreamBlockValidationError(block_errors=errors)
    if isinstance(value, StructValue):
        errors = block_errors(value.items(), chosen)
        return errors and StructBlockValidationError(block_errors=errors)
    if isinstance(value, ListValue):
        errors = block_errors(enumerate(value), chosen)
        return errors and ListBlockValidationError(block_errors=errors)
    for kind, pk in leaf_references(value):
        if chosen.refused(kind, pk):
            return ValidationError(REFUSED[kind]())
    return None


def block_errors(items, chosen):
    return {key: error for key, child in items if (error := refusal(child, chosen))}


def check_chosen_objects(form, chosen):
    for name, value in list(form.cleaned_data.items()):
        # Until the form is applied, its instance holds what was there before.
        before = getattr(form.instance, name, None) if form.instance.pk else None
        chosen.kept = all_references(before)
        error = refusal(value, chosen)
        if error:
            form.add_error(name, error)


class ChooserCheckedPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        chosen = Chosen(self.for_user)
        check_chosen_objects(self, chosen)
        for formset in self.formsets.values():
            for form in formset.forms:
                if hasattr(form, "cleaned_data") and not form.cleaned_data.get("DELETE"):
                    check_chosen_objects(form, chosen)
        return cleaned
