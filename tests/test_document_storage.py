"""Documents are served through the site, never by sending the browser to the bucket."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.test import override_settings
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


class BucketStorage(Storage):
    """Like S3: files have a URL at the bucket and no local path (Storage.path raises)."""

    files = {}

    def _save(self, name, content):
        self.files[name] = content.read()
        return name

    def _open(self, name, mode="rb"):
        return ContentFile(self.files[name], name=name)

    def exists(self, name):
        return name in self.files

    def size(self, name):
        return len(self.files[name])

    def url(self, name):
        return f"https://bucket.example/{name}"


BUCKET_STORAGE = {
    "default": {
        "BACKEND": "tests.test_document_storage.BucketStorage",
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def test_a_document_on_remote_storage_is_served_by_the_site_not_a_redirect(client):
    with override_settings(STORAGES=BUCKET_STORAGE):
        storages._storages = {}
        try:
            document = get_document_model()(title="Partner flyer")
            document.file.save("partner-flyer.pdf", ContentFile(b"%PDF-1.4 flyer"), save=False)
            document.save()
            assert isinstance(document.file.storage, BucketStorage)
            response = client.get(document.url)
            assert response.status_code == 200, response.get("Location")
            assert b"".join(response.streaming_content) == b"%PDF-1.4 flyer"
        finally:
            storages._storages = {}
