"""The self-assessment answered online: the page, the no-JavaScript results, what is refused."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.assessment_scoring import score, scoring_rules
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db
URL = "/resources/organisational-self-assessment/assess/"
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def tool(home_page):
    return ResourcePage.objects.get(slug="organisational-self-assessment", locale=home_page.locale)


def statement_ids(tool):
    rules = scoring_rules(tool, tool.current_version())
    return [s["id"] for section in rules["sections"] for s in section["statements"]]


def answers_for(tool, value="2"):
    return {f"answer-{sid}": value for sid in statement_ids(tool)}


def test_tool_page_links_to_the_questionnaire(client):
    html = client.get("/resources/organisational-self-assessment/").content.decode()
    assert f'href="{URL}"' in html and "Nothing you enter leaves this device." in html
    # The evaluation tool is answered in rounds, not here.
    html = client.get("/resources/program-evaluation-tool/").content.decode()
    assert "assess/" not in html
    assert client.get("/resources/program-evaluation-tool/assess/").status_code == 404


def test_demo_questionnaire_is_a_real_one(tool):
    rules = scoring_rules(tool, tool.current_version())
    assert len(rules["sections"]) >= 5
    assert sum(len(s["statements"]) for s in rules["sections"]) >= 20


def test_questionnaire_page_has_a_radio_group_per_statement_and_sets_nothing(client, tool):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<fieldset") == len(statement_ids(tool)) == html.count("<legend>")
    assert 'type="application/json"' in html and 'aria-live="polite"' in html
    assert not response.cookies
    assert response["Cache-Control"] == "no-store, private"
    assert "csrfmiddlewaretoken" not in html


def test_without_javascript_the_server_scores_and_stores_nothing(client, tool):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, answers_for(tool, "2"), **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert response["Cache-Control"] == "no-store, private"
    assert "67%" in html and "Your action plan" in html and "Strengthen" in html
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if not q["sql"].lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE"))
    ]
    assert writes == []


def test_a_missing_answer_is_named_and_the_others_are_kept(client, tool):
    data = answers_for(tool, "3")
    first = statement_ids(tool)[0]
    del data[f"answer-{first}"]
    response = client.post(URL, data, **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html and f'href="#statement-{first}"' in html
    assert html.count('value="3" checked') == len(data)


def test_a_post_from_another_site_is_refused_clearly(client, tool):
    response = client.post(URL, answers_for(tool), HTTP_ORIGIN="https://elsewhere.example")
    assert response.status_code == 403
    assert "did not come from a page of this site" in response.content.decode()
    response = client.post(URL, answers_for(tool), HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    # The same origin, said through Origin only (older browsers), is accepted.
    response = client.post(URL, answers_for(tool), HTTP_ORIGIN="http://testserver")
    assert response.status_code == 200


def test_no_questionnaire_or_not_live_is_a_404(client, tool):
    version = tool.current_version()
    version.questionnaire = []
    version.save()
    assert client.get(URL).status_code == 404
    tool.unpublish()
    assert client.get(URL).status_code == 404


def test_not_applicable_counts_for_nothing_and_rounding_is_half_up(tool):
    rules = scoring_rules(tool, tool.current_version())
    section = rules["sections"][0]
    answers = {s["id"]: "3" for sec in rules["sections"] for s in sec["statements"]}
    first, second, third, fourth = (s["id"] for s in section["statements"])
    answers.update({first: "na", second: "1", third: "0", fourth: "0"})
    result = score(rules, answers)
    assert result["sections"][0]["score"] == 11  # 1 of 9 points = 11.1%
    assert result["sections"][0]["band"]["action"] == "start"
    answers.update({first: "na", second: "na", third: "na", fourth: "na"})
    assert score(rules, answers)["sections"][0]["score"] is None


def test_spanish_questionnaire_results_and_plan_are_in_spanish(client, tool):
    url = "/es" + URL
    html = client.get(url).content.decode()
    assert "La seguridad de las sobrevivientes primero" in html and "Todavía no" in html
    response = client.post(url, answers_for(tool, "0"), **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Su plan de acción" in html and "Empezar" in html
    assert "Antes que nada, hablen con una organización de sobrevivientes" in html
    assert 'href="/es/resources/community-conversation-guide/"' in html


def test_a_new_version_changes_the_questions_and_its_translation_follows(client, tool):
    import datetime

    from home.translation_tools import translate
    from resources.models import ResourceVersion

    band = {
        "from_percent": 0,
        "action": "start",
        "meaning": "Begin here.",
        "next_steps": "Ask.",
        "tools": [],
    }
    section = {
        "title": "Listening to survivors",
        "why_it_matters": "Safety first.",
        "statements": [{"text": "We met a survivors' group this year.", "hint": ""}],
        "bands": [band],
    }
    current = tool.current_version()
    tool.versions.add(
        ResourceVersion(
            label="2.0",
            release_date=datetime.date(2026, 1, 1),
            locale=tool.locale,
            pdf=current.pdf,
            questionnaire=[("section", section)],
        )
    )
    tool.save_revision().publish()
    html = client.get(URL).content.decode()
    assert (
        "We met a survivors' group this year." in html or "We met a survivors&#x27; group" in html
    )
    assert "Survivor safety first" not in html
    spanish = {
        "Listening to survivors": "Escuchar a las sobrevivientes",
        "Safety first.": "La seguridad primero.",
        "We met a survivors' group this year.": "Este año nos reunimos con un grupo de sobrevivientes.",
        "Begin here.": "Empiecen aquí.",
        "Ask.": "Pregunten.",
    }
    translate(tool, "es", spanish, allow_missing=True)
    html = client.get("/es" + URL).content.decode()
    assert "Este año nos reunimos con un grupo de sobrevivientes." in html
    assert "Versión 2.0" in html
