"""The image sizes our templates ask for, made when an image is uploaded.

A missing rendition is made during the first page view that needs it, which costs that
visitor hundreds of milliseconds and writes to the database; making them on upload
moves the cost to the editor's save. Keep this list in step with the templates'
`{% image %}` and `{% srcset_image %}` tags (tests/test_renditions.py checks it).
"""

from django.db import transaction

TEMPLATE_RENDITIONS = (
    "fill-96x96|format-webp",  # partner cards, 1x and 2x screens
    "fill-192x192|format-webp",
    "fill-160x160|format-webp",  # partner profile
    "fill-320x320|format-webp",
    "fill-480x270|format-webp",  # video posters and cards
    "fill-960x540|format-webp",
    "width-400|format-webp",  # images in page bodies
    "width-800|format-webp",
    "width-1200|format-webp",
)


def make_template_renditions(image):
    image.get_renditions(*TEMPLATE_RENDITIONS)


def on_image_saved(sender, instance, created, **kwargs):
    if created and instance.file:
        # After the commit, so a failed upload leaves no orphan renditions behind.
        transaction.on_commit(lambda: make_template_renditions(instance))


def connect():
    from django.db.models.signals import post_save
    from wagtail.images import get_image_model

    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="template_renditions")
