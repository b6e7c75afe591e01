"""The translation status report: pages, support lines and files; filters; pages of rows."""

import re

import pytest
from wagtail.users.models import UserProfile

from home import translation_report
from tests.test_translation_workflow import user_in

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/translation-status/"


def rows(html):
    return re.findall(r'<tr data-status="(\w+)" data-language="(\w+)">\s*<td>([^<]*)</td>', html)


def test_the_report_covers_support_lines_and_files_with_partner_names(admin_client_logged_in):
    html = admin_client_logged_in.get(REPORT).content.decode()
    html += admin_client_logged_in.get(REPORT + "?section=support-lines").content.decode()
    html += admin_client_logged_in.get(REPORT + "?section=files").content.decode()
    assert "<td>RYSE Center</td>" in html  # beside the partner's own pages
    titles = [title for _state, _code, title in rows(html)]
    from home.models import SupportLine

    line = SupportLine.objects.filter(locale__language_code="en").first()
    assert line.name in titles
    assert any(": PDF of version" in title for title in titles)


def test_filters_by_state_and_section_and_pages_the_rows(admin_client_logged_in, monkeypatch):
    html = admin_client_logged_in.get(REPORT + "?state=missing&language=es").content.decode()
    found = rows(html)
    assert found and {state for state, _c, _t in found} == {"missing"}
    html = admin_client_logged_in.get(REPORT + "?section=files").content.decode()
    assert all(": " in title for _s, _c, title in rows(html))
    monkeypatch.setattr(translation_report, "ROWS_PER_PAGE", 5)
    first = admin_client_logged_in.get(REPORT).content.decode()
    second = admin_client_logged_in.get(REPORT + "?p=2").content.decode()
    assert len(rows(first)) == 5 and rows(first) != rows(second)
    assert "Page 1 of" in first


def test_dates_follow_the_admin_language(client, django_user_model):
    from django.utils import timezone

    from home.models import ContentPage

    reviewer = user_in(django_user_model, "Translation reviewers (Español)", "fechas")
    UserProfile.get_for_user(reviewer)
    UserProfile.objects.filter(user=reviewer).update(preferred_language="es")
    client.force_login(reviewer)
    html = client.get(REPORT).content.decode()
    about = ContentPage.objects.get(slug="about", locale__language_code="en")
    published = timezone.localtime(about.last_published_at)
    assert f"<td>{published:%d/%m/%Y}</td>" in html
    assert "Empezar la traducción" in html  # and in Spanish
