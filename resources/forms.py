"""Document uploads: only real PDF and DOCX files, within the size limit, with a clear message."""

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from resources.files import sniff_upload


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a new upload is checked: the stored file (editing the title) was checked
        # when it came, and reading it here would leave it open.
        if not isinstance(uploaded, UploadedFile):
            return uploaded
        limit = settings.RESOURCE_UPLOAD_MAX_BYTES
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("This file is %(size)s; the limit is %(limit)s. Make it smaller and try again.")
                % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)}
            )
        detected = sniff_upload(uploaded)
        suffix = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
        if detected is None:
            raise forms.ValidationError(
                _(
                    "This is not a PDF or Word (DOCX) file, whatever its name says. Only PDF and "
                    "DOCX files can be uploaded."
                )
            )
        if detected != suffix:
            raise forms.ValidationError(
                _(
                    "The file’s name ends in .%(suffix)s but it is a %(kind)s file. Rename it to "
                    ".%(kind)s and upload it again."
                )
                % {"suffix": suffix, "kind": detected}
            )
        return uploaded
