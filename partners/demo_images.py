"""Logos and video posters drawn with Pillow, so the demo needs no download."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model


def _draw(size, colours, shape):
    width, height = size
    canvas = PILImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(canvas)
    if shape == "rings":
        r = min(width, height) // 3
        for i, colour in enumerate(colours[1:]):
            cx = width // 2 + (i * 2 - 1) * r // 2
            draw.ellipse(
                (cx - r, height // 2 - r, cx + r, height // 2 + r),
                outline=colour,
                width=max(4, r // 5),
            )
    else:  # "horizon": a poster-like landscape
        draw.rectangle((0, height * 2 // 3, width, height), fill=colours[1])
        draw.ellipse(
            (width * 3 // 5, height // 6, width * 4 // 5, height // 6 + width // 5), fill=colours[2]
        )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer


def demo_image(title, collection, size, colours, shape, description):
    """The image with this title, drawn and saved once; its description is its alt text."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        if not existing.description:
            existing.description = description
            existing.save(update_fields=["description"])
        return existing
    buffer = _draw(size, colours, shape)
    filename = title.lower().replace(" ", "-").replace("&", "and") + ".png"
    image = Image(
        title=title,
        description=description,
        collection=collection,
        file=ImageFile(buffer, name=filename),
    )
    image.save()
    return image
