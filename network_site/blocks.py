"""StreamField blocks shared by every page type.

Each block carries a description and a preview so the editor's block picker
shows partner staff what they are choosing.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

LANGUAGE_CHOICES = [
    ("", _("Same as the page")),
    ("en", "English"),
    ("es", "Español"),
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Size"),
        help_text=_("Use a section heading first; sub-headings go inside a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that divides the page into sections.")
        preview_value = {"text": "Healing instead of punishment", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Description for people who cannot see the image"),
        max_length=250,
        help_text=_(
            "Say what the picture shows and why it matters here, e.g. 'Youth leaders "
            "filming a documentary in Fresno'. Not the file name."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("A picture with a description for screen readers and an optional caption.")

    def clean(self, value):
        value = super().clean(value)
        alt = (value.get("alt_text") or "").strip().lower()
        if alt.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image in words; a file name does not help anyone.")
                    )
                }
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Who said it"), max_length=120)
    role = blocks.CharBlock(label=_("Their role or organisation"), max_length=250, required=False)
    language = blocks.ChoiceBlock(
        choices=LANGUAGE_CHOICES,
        required=False,
        label=_("Language of the quote"),
        help_text=_("Set this when the quote is in a different language from the page."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("Words from someone in the movement, with who said them.")
        preview_value = {
            "quote": "Removal is not our way.",
            "speaker": "Colsaria Henderson",
            "role": "Advocate, Survivor",
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        description = _("A button that sends visitors to the next step.")
        preview_value = {"text": "Find a partner near you", "url": "/partners/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page or enter a web address, not both."))
                }
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        max_length=120,
        help_text=_("Say what the document is, e.g. 'Policy paper summary (PDF)'."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to download a document, showing its type and size.")


RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        description=_("Paragraphs of text, with links and lists."),
        preview_value="<p>Community safety means healing, not punishment.</p>",
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
