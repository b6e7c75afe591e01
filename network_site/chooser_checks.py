"""A page form refuses images, documents and pages the editor could not have chosen.

The choosers list only what a user may choose, but the form accepts any id posted:
a partner editor could put another partner's image or a library document on their
page (and see it in the preview, which validates the same form). Every chosen
object is checked against the choosers' own permission policies: in fields, in
inline panels, inside StreamField blocks and in rich text links. A chosen image must
also have alt text, so that nothing goes public that screen reader users cannot follow.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
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


def refusal(value, check):
    """The error for a cleaned value holding anything `check` refuses, else None;
    inside a StreamField, shaped like the blocks so the error shows on the chooser itself."""
    if isinstance(value, StreamValue):
        errors = block_errors(enumerate(child.value for child in value), check)
        return errors and StreamBlockValidationError(block_errors=errors)
    if isinstance(value, StructValue):
        if (value.get(OWN_ALT_TEXT) or "").strip():
            check = check.with_alt_text()  # the block says what its image shows
        errors = block_errors(value.items(), check)
        return errors and StructBlockValidationError(block_errors=errors)
    if isinstance(value, ListValue):
        errors = block_errors(enumerate(value), check)
        return errors and ListBlockValidationError(block_errors=errors)
    return check.leaf(value)


def block_errors(items, check):
    return {key: error for key, child in items if (error := refusal(child, check))}


# A block's own description of its image, as network_site.blocks.ImageBlock has.
OWN_ALT_TEXT = "alt_text"
UNDESCRIBED = gettext_lazy(
    "This image has no description for people who cannot see it. Open it in Images, "
    "fill in its description (what the picture shows), then save this page again."
)


class LeafCheck:
    """What is refused in one value: objects the user may not choose, and images with
    no alt text (their description, which Wagtail reads out, or one the page gives)."""

    def __init__(self, chosen, alt_text_given=False):
        self.chosen = chosen
        self.alt_text_given = alt_text_given

    def with_alt_text(self):
        return LeafCheck(self.chosen, alt_text_given=True)

    def leaf(self, value):
        for kind, pk in leaf_references(value):
            if self.chosen.refused(kind, pk):
                return ValidationError(REFUSED[kind]())
        undescribed = isinstance(value, get_image_model()) and not value.description.strip()
        if undescribed and not self.alt_text_given:
            return ValidationError(str(UNDESCRIBED))
        return None


def check_chosen_objects(form, chosen):
    # A model may give an image field its own alt text field: {"logo": "logo_alt"}.
    alt_text_fields = getattr(type(form.instance), "image_alt_text_fields", {})
    for name, value in list(form.cleaned_data.items()):
        # Until the form is applied, its instance holds what was there before.
        before = getattr(form.instance, name, None) if form.instance.pk else None
        chosen.kept = all_references(before)
        own_alt = (form.cleaned_data.get(alt_text_fields.get(name)) or "").strip()
        error = refusal(value, LeafCheck(chosen, alt_text_given=bool(own_alt)))
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
