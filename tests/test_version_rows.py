"""Each file row on a tool's page says which version it is when it is not the current one."""

import datetime

import pytest
from wagtail.models import Locale

from resources.models import ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db


def release_new_english_version(slug, label):
    tool = ResourcePage.objects.get(slug=slug, locale__language_code="en")
    first = tool.versions.first()
    tool.versions.add(
        ResourceVersion(
            label=label,
            release_date=datetime.date.today() - datetime.timedelta(days=1),
            status="released",
            pdf=first.pdf,
            locale=tool.locale,
        )
    )
    tool.save_revision().publish()
    return tool


def test_a_language_still_on_an_older_version_names_it(client):
    tool = release_new_english_version("organisational-self-assessment", "2.1")
    html = client.get(tool.url).content.decode()
    assert "Current version: 2.1" in html
    assert "version 1.0; the 2.1 translation is coming" in html
    # The Spanish page is still on 1.0: there, the English row is the one ahead.
    spanish = tool.get_translation(Locale.objects.get(language_code="es"))
    html = client.get(spanish.url).content.decode()
    assert "versión 2.1" in html and "está en camino" not in html


def test_rows_of_the_current_version_carry_no_note(client):
    tool = ResourcePage.objects.get(
        slug="organisational-self-assessment", locale__language_code="en"
    )
    assert "translation is coming" not in client.get(tool.url).content.decode()
