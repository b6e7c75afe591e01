"""Drivers for images and documents."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .registry import action


@action("edit RYSE Center's logo (image)")
def edit_logo(client, w):
    data = {"title": "Changed", "collection": w.logo.collection_id, "tags": ""}
    client.post(f"/admin/images/{w.logo.pk}/", data)
    return get_image_model().objects.get(pk=w.logo.pk).title == "Changed"


@action("delete RYSE Center's logo (image)")
def delete_logo(client, w):
    client.post(f"/admin/images/{w.logo.pk}/delete/")
    return not get_image_model().objects.filter(pk=w.logo.pk).exists()


@action("edit a library document")
def edit_document(client, w):
    document = w.library_document
    data = {"title": "Changed", "collection": document.collection_id, "tags": ""}
    client.post(f"/admin/documents/edit/{document.pk}/", data)
    return get_document_model().objects.get(pk=document.pk).title == "Changed"


@action("delete a library document")
def delete_document(client, w):
    client.post(f"/admin/documents/delete/{w.library_document.pk}/")
    return not get_document_model().objects.filter(pk=w.library_document.pk).exists()
