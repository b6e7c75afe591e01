"""The migration that drops the page's poster description keeps its text: it becomes
the image's description where that is empty, the English page's text first."""

import importlib
from types import SimpleNamespace

import pytest
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db
migration = importlib.import_module("partners.migrations.0003_poster_alt_is_the_image_description")


class OldVideoPages:
    """What the migration reads from the historical VideoPage: pages with poster_alt."""

    def __init__(self, videos):
        self.videos = videos

    def exclude(self, **kwargs):
        return self

    def select_related(self, *fields):
        return [v for v in self.videos if v.poster_alt]


def video(poster, language, alt):
    return SimpleNamespace(
        poster_id=poster.pk, locale=SimpleNamespace(language_code=language), poster_alt=alt
    )


def test_the_page_descriptions_move_to_images_without_one():
    Image = get_image_model()
    empty, described = Image.objects.all()[:2]
    Image.objects.filter(pk=empty.pk).update(description="")
    Image.objects.filter(pk=described.pk).update(description="Kept as it is")
    videos = [
        video(empty, "es", "Un paisaje al atardecer"),
        video(empty, "en", "A landscape at dusk"),
        video(described, "en", "Not this"),
    ]
    models = {"VideoPage": SimpleNamespace(objects=OldVideoPages(videos)), "Image": Image}
    apps = SimpleNamespace(get_model=lambda app, name: models[name])
    migration.keep_the_poster_descriptions(apps, None)
    assert Image.objects.get(pk=empty.pk).description == "A landscape at dusk"
    assert Image.objects.get(pk=described.pk).description == "Kept as it is"
