"""A video poster has one alt text: the video page's poster description, which is
translated with the page, so a Spanish page reads out Spanish."""

import re

import pytest

from partners.models import VideoPage

pytestmark = pytest.mark.django_db


def poster_tags(html, css_class):
    return re.findall(rf'<img[^>]*class="{css_class}"[^>]*>', html)


def test_the_video_form_asks_what_the_poster_shows_once(admin_client_logged_in):
    video = VideoPage.objects.filter(locale__language_code="en").first()
    page_form = admin_client_logged_in.get(f"/admin/pages/{video.pk}/edit/").content.decode()
    assert page_form.count('name="poster_alt"') == 1
    assert (
        "the poster&#x27;s only alt text" in page_form or "the poster's only alt text" in page_form
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_public_poster_reads_out_the_pages_own_description(client, language):
    video = VideoPage.objects.live().filter(locale__language_code=language).first()
    VideoPage.objects.filter(pk=video.pk).update(poster_alt=f"Three people at dusk ({language})")
    video.poster.description = "An English description of the image file"
    video.poster.save()
    html = client.get(video.url).content.decode()
    (poster,) = poster_tags(html, "video-player__poster")
    assert f'alt="Three people at dusk ({language})"' in poster
    partner_html = client.get(video.get_parent().url).content.decode()
    assert f'alt="Three people at dusk ({language})"' in partner_html
    assert "An English description" not in html + partner_html
