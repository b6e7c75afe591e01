"""Responsive WebP renditions exist before any visitor asks for them."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from network_site.renditions import TEMPLATE_RENDITIONS

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
IMAGE_TAG = re.compile(r"{% (srcset_image|image) \S+ (\S+) (format-\w+)")


def specs_in_templates():
    """Every rendition spec the templates ask for, with {a,b} sizes expanded."""
    specs = set()
    for template in TEMPLATES.rglob("*.html"):
        for _tag, operation, fmt in IMAGE_TAG.findall(template.read_text()):
            name, _dash, sizes = operation.partition("-")
            for size in sizes.strip("{}").split(","):
                specs.add(f"{name}-{size}|{fmt}")
    return specs


def test_every_size_the_templates_use_is_made_on_upload():
    used = specs_in_templates()
    assert "fill-96x96|format-webp" in used  # the pattern still finds the partner cards
    assert used <= set(TEMPLATE_RENDITIONS), used - set(TEMPLATE_RENDITIONS)


def test_an_uploaded_image_has_its_renditions_at_once(django_capture_on_commit_callbacks):
    from django.core.cache import cache

    # Wagtail caches renditions by image id; rolled-back earlier tests free ids for reuse.
    cache.clear()
    buffer = io.BytesIO()
    PILImage.new("RGB", (1400, 900), (40, 90, 60)).save(buffer, "PNG")
    with django_capture_on_commit_callbacks(execute=True):
        image = get_image_model().objects.create(
            title="Upload", file=ImageFile(buffer, name="upload.png")
        )
    made = {r.filter_spec for r in Rendition.objects.filter(image=image)}
    assert made == set(TEMPLATE_RENDITIONS)


def test_pages_with_images_make_no_rendition_when_visited(client):
    before = Rendition.objects.count()
    for url in ("/partners/", "/partners/ryse-center/", "/partners/ryse-center/video/", "/es/"):
        html = client.get(url).content.decode()
        assert ".webp" in html and "srcset=" in html, url
    assert Rendition.objects.count() == before
