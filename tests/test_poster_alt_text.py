"""A video poster has one alt text, the image's description, and the public pages read
it out: no second "poster description" on the video page."""

import re

import pytest

from partners.models import VideoPage

pytestmark = pytest.mark.django_db


def poster_alts(html):
    return re.findall(r'<img[^>]*class="video-player__poster"[^>]*>', html)


def test_the_edit_forms_ask_for_the_poster_description_once(admin_client_logged_in):
    video = VideoPage.objects.filter(locale__language_code="en").first()
    page_form = admin_client_logged_in.get(f"/admin/pages/{video.pk}/edit/").content.decode()
    image_form = admin_client_logged_in.get(f"/admin/images/{video.poster_id}/").content.decode()
    # One place asks what the still shows: the image's description, not the page too.
    assert 'id="id_poster_alt"' not in page_form
    assert image_form.count('id="id_description"') == 1
    assert "image&#x27;s own description" in page_form or "image's own description" in page_form


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_public_poster_alt_is_the_image_description(client, language):
    video = VideoPage.objects.live().filter(locale__language_code=language).first()
    video.poster.description = "Three people on a bench at dusk"
    video.poster.save()
    html = client.get(video.url).content.decode()
    (poster,) = poster_alts(html)
    assert 'alt="Three people on a bench at dusk"' in poster
    partner_html = client.get(video.get_parent().url).content.decode()
    assert 'alt="Three people on a bench at dusk"' in partner_html
