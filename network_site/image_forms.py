"""The image form says what an image's description is for (WAGTAILIMAGES_IMAGE_FORM_BASE).

Wagtail reads the description out as the image's alt text, and a page cannot use an
image without one (network_site/chooser_checks.py): the editor learns why here."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class DescribedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].help_text = _(
                "What the picture shows, in a sentence, e.g. 'Three youth leaders filming "
                "in Fresno'. Screen readers read it out to people who cannot see the image; "
                "pages cannot use an image without one."
            )
