"""An image with no description (its alt text) cannot go on a page; the image form says
why; the demo's images all have one."""

import pytest
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partners.models import VideoPage

pytestmark = pytest.mark.django_db


def video_form(video, poster, poster_alt):
    data = nested_form_data(
        {
            "title": video.title,
            "slug": video.slug,
            "video_url": video.video_url,
            "poster": poster.pk,
            "poster_alt": poster_alt,
            "description": rich_text(video.description),
            "content_note": video.content_note,
            "running_time": "0:04:30",
            "caption_languages": ["en"],
            "transcript": rich_text(video.transcript),
            "transcript_language": "",
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    return data


def test_an_image_without_any_alt_text_is_refused_with_a_message(admin_client_logged_in):
    video = VideoPage.objects.filter(locale__language_code="en").first()
    poster = video.poster
    poster.description = ""
    poster.save()
    response = admin_client_logged_in.post(
        f"/admin/pages/{video.pk}/edit/", video_form(video, poster, poster_alt="")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "poster" in errors and "no description" in errors["poster"][0]
    assert "fill in its description" in response.content.decode()

    # The page's own poster description is alt text enough: the image needs none then.
    response = admin_client_logged_in.post(
        f"/admin/pages/{video.pk}/edit/",
        video_form(video, poster, poster_alt="Three people on a bench at dusk"),
    )
    assert response.status_code == 302


def test_the_image_form_says_what_the_description_is_for(admin_client_logged_in):
    image = get_image_model().objects.first()
    for url in (f"/admin/images/{image.pk}/", "/admin/images/add/"):
        html = admin_client_logged_in.get(url).content.decode()
        assert "pages cannot use an image without one" in html


def test_every_demo_image_has_a_description():
    assert not get_image_model().objects.filter(description="").exists()
