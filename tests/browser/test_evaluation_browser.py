"""A participant answers an evaluation on a phone, with and without JavaScript: no cookie,
no request elsewhere, nothing on the device, and 0 axe violations."""

import datetime
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from evaluations.models import EvaluationRound, FreeTextAnswer
from evaluations.recording import open_round
from partners.models import PartnerPage
from tests.browser.test_accessibility import TAGS

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def evaluation(live_site):
    today = timezone.localdate()
    return open_round(
        EvaluationRound(
            partner=PartnerPage.objects.get(slug="ryse-center", locale__language_code="en"),
            program="Men’s circle",
            opens_on=today,
            closes_on=today + datetime.timedelta(days=7),
        )
    )


@pytest.mark.parametrize("javascript", [True, False])
def test_a_participant_answers_on_a_phone(browser, live_site, evaluation, javascript):
    context = browser.new_context(viewport=PHONE, locale="es-ES", java_script_enabled=javascript)
    page = context.new_page()
    host = urlparse(live_site.url).netloc
    elsewhere = []
    page.on("request", lambda r: urlparse(r.url).netloc != host and elsewhere.append(r.url))
    url = f"{live_site.url}/es/evaluate/{evaluation.code}/"
    page.goto(url)
    expect(page.locator("h1")).to_have_text("¿Cómo fue el programa para usted?")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    if javascript:
        assert (
            not Axe()
            .run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
            .violations_count
        )
    fieldsets = page.locator("fieldset.statement")
    for index in range(fieldsets.count()):
        fieldsets.nth(index).locator('input[value="3"]').check()
    page.locator("textarea").first.fill("Me ayudó escuchar a los demás.")
    page.get_by_role("button", name="Enviar mis respuestas").click()
    expect(page.locator("h1")).to_have_text("Gracias")
    assert page.url == url
    assert context.cookies() == [] and elsewhere == []
    evaluation.refresh_from_db()
    assert evaluation.responses == 1
    assert FreeTextAnswer.objects.get().text == "Me ayudó escuchar a los demás."
    context.close()
