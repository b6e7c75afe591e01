"""The library's downloads: stable links, honest languages, caching headers."""

import datetime
import hashlib
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.translation_tools import translate
from resources.demo_files import pdf_bytes
from resources.models import DownloadCount, ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db
GUIDE = "/resources/facilitators-guide-mens-circles/"


def body(response):
    """The whole file. Consuming it closes the file, as a server does after sending it
    (Django's test client then closes the response without touching the test's database)."""
    return b"".join(response.streaming_content)


def tool(slug="facilitators-guide-mens-circles", language="en"):
    return ResourcePage.objects.get(slug=slug, locale__language_code=language)


def new_document(title, data):
    document = get_document_model()(title=title)
    document.file.save(f"{title}.pdf", ContentFile(data), save=False)
    document.save()
    return document


def add_version(page, label, days_ago=0, status="released"):
    data = pdf_bytes(f"Guide {label}", "Sample edition", ["New text."])
    version = ResourceVersion(
        page=page,
        label=label,
        release_date=datetime.date.today() - datetime.timedelta(days=days_ago),
        status=status,
        changes="Changes.",
        pdf=new_document(f"guide-{label}", data),
        locale=page.locale,
    )
    page.versions.add(version)
    page.save_revision().publish()
    return data


def test_a_newer_version_changes_the_current_link_and_old_links_keep_their_bytes(client):
    old = client.get(GUIDE + "download/en.pdf")
    old_bytes = body(old)
    old_versioned = body(client.get(GUIDE + "v/2.0/en.pdf"))
    assert old_bytes == old_versioned
    new_bytes = add_version(tool(), "3.0")
    current = client.get(GUIDE + "download/en.pdf")
    assert body(current) == new_bytes
    assert (
        'filename="facilitators-guide-mens-circles-v3.0-en.pdf"' in current["Content-Disposition"]
    )
    assert body(client.get(GUIDE + "v/2.0/en.pdf")) == old_bytes
    html = client.get(GUIDE).content.decode()
    assert "superseded by v3.0" in html


def test_unreleased_versions_are_not_current(client):
    add_version(tool(), "9.0", status="draft")
    add_version(tool(), "8.0", days_ago=-30)  # released in the future
    response = client.get(GUIDE + "download/en.pdf")
    body(response)
    assert "v2.0-en.pdf" in response["Content-Disposition"]


def test_served_file_matches_the_sha256_on_the_page(client):
    html = client.get(GUIDE).content.decode()
    shown = re.search(
        r'download/en\.pdf".*?<code class="hash">([0-9a-f]{64})</code>', html, re.S
    ).group(1)
    served = body(client.get(GUIDE + "download/en.pdf"))
    assert hashlib.sha256(served).hexdigest() == shown


def test_download_headers_and_conditional_requests(client):
    response = client.get(GUIDE + "download/es.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert int(response["Content-Length"]) == len(body(response))
    assert response["Last-Modified"] and response["ETag"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert "Set-Cookie" not in response.headers
    again = client.get(GUIDE + "download/es.pdf", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    since = client.get(GUIDE + "download/es.pdf", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "v/7.7/en.pdf",
        "download/fr.pdf",
        "download/EN.pdf",
        "v/2019/en.docx",
        "download/xx-yyyyy.pdf",
    ],
)
def test_unknown_version_language_or_format_is_a_helpful_404(client, path):
    response = client.get(GUIDE + path)
    assert response.status_code == 404
    assert "facilitators-guide-mens-circles/v/2.0/en.pdf" in response.content.decode()


def test_a_file_still_in_english_is_labelled_and_never_served_as_spanish(client):
    page = tool()
    add_version(page, "3.0")
    translate(page, "es", {}, allow_missing=True)  # synced, the new file not yet replaced
    html = client.get("/es" + GUIDE).content.decode()
    assert "(archivo en inglés)" in html
    assert client.get("/es" + GUIDE + "download/es.pdf").status_code == 404
    # The translator attaches the Spanish file through wagtail-localize's override.
    from wagtail_localize.models import OverridableSegment, TranslationSource

    source = TranslationSource.objects.get_for_instance(page)
    version = page.versions.get(label="3.0")
    path = f"versions.{version.translation_key}.pdf"
    assert OverridableSegment.objects.filter(source=source, context__path=path).exists()
    spanish = new_document("guia-3-es", pdf_bytes("Guía 3.0", "Edición de ejemplo", ["Texto."]))
    translate(page, "es", {}, overrides={path: spanish.pk}, allow_missing=True)
    served = client.get("/es" + GUIDE + "download/es.pdf")
    assert served.status_code == 200
    with spanish.file.open("rb") as handle:
        assert body(served) == handle.read()
    html = client.get("/es" + GUIDE).content.decode()
    current_files = html.split("<table", 1)[1].split("</table>", 1)[0]
    assert "(archivo en inglés)" not in current_files


def test_downloads_are_counted_per_file_per_day_only(client):
    for _ in range(3):
        body(client.get(GUIDE + "download/en.pdf"))
    count = DownloadCount.objects.get(
        resource=tool(), language="en", file_format="pdf", version_label="2.0"
    )
    assert count.count == 3
    field_names = {f.name for f in DownloadCount._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "session", "user", "cookie"}


def test_history_links_point_at_the_file_in_its_real_language(client):
    html = client.get("/es" + GUIDE).content.decode()
    # Version 1.0 has no Spanish edition: its link is the English file, marked so.
    assert 'v/1.0/en.pdf" hreflang="en"' in html
    assert 'v/2.0/es.pdf" hreflang="es"' in html
    for link in re.findall(r'href="(/es/resources/[^"]+/v/[^"]+)"', html):
        response = client.get(link)
        assert response.status_code == 200, link
        body(response)
