"""Media on S3-compatible storage: moto's server mode on loopback as the bucket.

Images uploaded go to the bucket with their renditions; pages link them on the site's
own origin (the CSP allows images from 'self' only) and the site streams them; document
downloads go through the site, never a redirect to the bucket; no page names the bucket.
moto missing fails the run in CI; elsewhere SKIP_S3_TESTS=1 skips visibly.
"""

import io
import os
import re

import pytest
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model

from network_site.settings.base import media_storage
from partners.models import PartnerPage

from .test_resources_downloads import GUIDE, add_version, body, tool

pytestmark = pytest.mark.django_db
BUCKET = "healing-media-test"


@pytest.fixture
def bucket(monkeypatch):
    if os.environ.get("SKIP_S3_TESTS") == "1" and not os.environ.get("CI"):
        pytest.skip("SKIP_S3_TESTS=1: not run")
    try:
        import boto3
        from moto.server import ThreadedMotoServer
    except ImportError as error:
        pytest.fail(f"moto's server is needed: pip install 'moto[server]' ({error})")
    # Wagtail keeps renditions in the cache by image id; an earlier test's image (rolled
    # back, its id reused by SQLite) must not stand in for this one's.
    for each in caches.all():
        each.clear()
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test-only",
        "AWS_SECRET_ACCESS_KEY": "test-only",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    storages = {
        "default": media_storage(
            {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": endpoint}
        ),
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    try:
        with override_settings(STORAGES=storages, WAGTAILDOCS_SERVE_METHOD="serve_view"):
            yield client, endpoint
    finally:
        server.stop()


def keys(client):
    listing = client.list_objects_v2(Bucket=BUCKET)
    return {item["Key"] for item in listing.get("Contents", [])}


def test_images_and_documents_live_in_the_bucket_and_reach_visitors_through_the_site(
    bucket, client, django_capture_on_commit_callbacks
):
    s3, endpoint = bucket
    buffer = io.BytesIO()
    PILImage.new("RGB", (600, 400), (40, 90, 60)).save(buffer, "PNG")
    with django_capture_on_commit_callbacks(execute=True):
        image = get_image_model().objects.create(
            title="RYSE logo", file=ImageFile(buffer, name="ryse-logo.png")
        )
    stored = keys(s3)
    assert any(key.startswith("original_images/") for key in stored)
    assert any(key.startswith("images/") and key.endswith(".webp") for key in stored)

    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    partner.logo = image
    partner.save_revision().publish()
    pdf = add_version(tool(), "3.0")

    for url in ("/partners/ryse-center/", "/partners/", GUIDE):
        response = client.get(url)
        html = response.content.decode()
        assert endpoint not in html and BUCKET not in html, url
        assert "img-src 'self' data:" in response["Content-Security-Policy"]
    logo = re.search(
        r'src="(/media/images/ryse-logo[^"]+\.webp)"', client.get("/partners/").content.decode()
    )
    assert logo, "the logo is linked on the site's own origin"
    served = client.get(logo.group(1))
    assert served.status_code == 200 and served["Content-Type"] == "image/webp"
    assert (
        body(served)
        == s3.get_object(Bucket=BUCKET, Key=logo.group(1)[len("/media/") :])["Body"].read()
    )

    download = client.get(GUIDE + "download/en.pdf")
    assert download.status_code == 200 and "Location" not in download
    assert body(download) == pdf
    document = tool().versions.get(label="3.0").pdf
    served = client.get(document.url)
    assert served.status_code == 200 and "Location" not in served, document.url
    assert body(served) == pdf
    assert client.get("/media/original_images/ryse-logo.png").status_code == 404


def test_the_admins_link_to_an_image_file_opens_it(bucket, admin_client_logged_in):
    """The edit page links Wagtail's `original` rendition (under images/), which the site
    streams like any rendition; the admin's CSP needs no bucket host."""
    s3, endpoint = bucket
    buffer = io.BytesIO()
    PILImage.new("RGB", (600, 400), (40, 90, 60)).save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="RYSE logo", file=ImageFile(buffer, name="ryse-logo.png")
    )
    edit = admin_client_logged_in.get(f"/admin/images/{image.pk}/")
    assert edit.status_code == 200
    html = edit.content.decode()
    assert endpoint not in html and BUCKET not in html
    link = re.search(r'<a href="([^"]+)">\s*<svg[^>]*>.*?</svg>\s*ryse-logo', html, re.S)
    assert link, "the edit page links the image file"
    assert link.group(1).startswith("/media/"), "on the site's own origin, not the bucket's"
    served = admin_client_logged_in.get(link.group(1))
    assert served.status_code == 200, link.group(1)
    assert served["Content-Type"] == "image/png"
