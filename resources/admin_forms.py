"""Editor-facing validation that needs the whole form (the versions are an inline formset)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from network_site.chooser_checks import ChooserCheckedPageForm


class ResourcePageForm(ChooserCheckedPageForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("versions")
        if formset is None or not formset.is_valid():
            return cleaned
        seen = {}
        for form in formset.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            label = (form.cleaned_data.get("label") or "").strip()
            if not label:
                continue
            if label in seen:
                form.add_error(
                    "label",
                    ValidationError(
                        _("Another version of this tool is already called “%(label)s”.")
                        % {"label": label}
                    ),
                )
            seen[label] = form
        return cleaned
