"""A partner editor can put on their pages only images, documents and pages they could choose,
whatever id they post; the preview refuses the same."""

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from partners.models import EventPage, PartnerPage, VideoPage
from resources.models import ResourceVersion

from .test_partners_editors import event_form

pytestmark = pytest.mark.django_db


def partner(slug):
    return PartnerPage.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def ryse_editor(client, django_user_model):
    user = django_user_model.objects.create_user("ryse-chooser", password="pw")
    user.groups.add(Group.objects.get(name="RYSE Center editors"))
    client.force_login(user)
    return client


def with_body(blocks):
    data = event_form("Circle", "circle-chosen", "action-submit")
    data = {key: value for key, value in data.items() if not key.startswith("body-")}
    data.update(nested_form_data({"body": streamfield(blocks)}))
    return data


def image_block(image):
    return ("image", {"image": image.pk, "alt_text": "A circle of chairs", "caption": ""})


def another_partners_image():
    return partner("dignity-and-power-now").logo


def a_library_document():
    return get_document_model().objects.get(
        pk=ResourceVersion.objects.filter(locale__language_code="en").first().pdf_id
    )


def refused_with_error(response, field):
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    return str(form.errors[field].as_data())


@pytest.mark.parametrize(
    "block",
    [
        lambda: image_block(another_partners_image()),
        lambda: ("document", {"document": a_library_document().pk, "label": "Our guide"}),
        lambda: (
            "call_to_action",
            {"text": "Read", "page": draft_of_another_partner().pk, "url": ""},
        ),
    ],
    ids=["another partner's image", "a library document", "another partner's draft page"],
)
def test_a_block_with_something_not_theirs_is_refused_on_save_and_in_preview(ryse_editor, block):
    ryse = partner("ryse-center")
    url = f"/admin/pages/add/partners/eventpage/{ryse.pk}/"
    data = with_body([block()])
    refused_with_error(ryse_editor.post(url, data), "body")
    assert not EventPage.objects.filter(slug="circle-chosen").exists()
    preview = ryse_editor.post(url + "preview/", data)
    assert preview.json()["is_valid"] is False


def draft_of_another_partner():
    other = partner("faith-in-the-valley")
    draft = (
        EventPage.objects.child_of(other)
        .first()
        .copy(update_attrs={"slug": "secret-draft", "title": "Secret draft"}, keep_live=False)
    )
    return draft


def test_their_own_image_in_a_block_is_saved(ryse_editor):
    ryse = partner("ryse-center")
    data = with_body([image_block(ryse.logo)])
    response = ryse_editor.post(f"/admin/pages/add/partners/eventpage/{ryse.pk}/", data)
    assert response.status_code == 302
    assert EventPage.objects.filter(slug="circle-chosen").exists()


def test_another_partners_image_as_a_video_poster_is_refused(ryse_editor):
    video = VideoPage.objects.child_of(partner("ryse-center")).first()
    poster = video.poster_id
    stolen = another_partners_image()
    assert stolen.pk != poster
    response = ryse_editor.post(
        f"/admin/pages/{video.pk}/edit/",
        {
            "title": video.title,
            "slug": video.slug,
            "video_url": video.video_url,
            "poster": stolen.pk,
            "poster_alt": video.poster_alt,
            "summary": getattr(video, "summary", ""),
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
        },
    )
    assert "poster" in response.context["form"].errors
    video.refresh_from_db()
    assert video.poster_id == poster and video.get_latest_revision().content["poster"] == poster
    assert get_image_model().objects.filter(pk=stolen.pk).exists()
