"""--reset: remove the site's pages, translations, images and documents."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail_localize.models import TranslationSource

from .pages import delete_site_pages


def reset_everything():
    delete_site_pages()
    TranslationSource.objects.all().delete()
    for model in (get_image_model(), get_document_model()):
        for item in model.objects.all():
            item.delete()  # Wagtail removes the file (and renditions) itself
