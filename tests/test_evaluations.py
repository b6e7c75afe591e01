"""Evaluation rounds: anonymous answers stored as counts, results only for the round's
partner and moderators once closed with enough answers, and every kind of bad input."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from evaluations.models import EvaluationRound, FreeTextAnswer, RatingCount
from evaluations.questions import questions
from evaluations.recording import open_round
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def ryse():
    return PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")


@pytest.fixture
def other_partner(ryse):
    return PartnerPage.objects.filter(locale=ryse.locale).exclude(pk=ryse.pk).first()


def new_round(partner, opens=TODAY - DAY, closes=TODAY + 7 * DAY):
    return open_round(
        EvaluationRound(
            partner=partner, program="Men’s circle, spring", opens_on=opens, closes_on=closes
        )
    )


@pytest.fixture
def open_one(ryse):
    return new_round(ryse)


def answers(round, value="3", text="The circle helped."):
    sections, open_questions = questions(round, "en")
    data = {f"rating-{s['id']}": value for section in sections for s in section["statements"]}
    data.update({f"text-{q['id']}": text for q in open_questions[:1]})
    return data


def editor_of(partner, django_user_model, name):
    user = django_user_model.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=f"{partner.title} editors"))
    return user


def test_a_participant_answers_and_only_counts_are_kept(client, open_one):
    url = f"/evaluate/{open_one.code}/"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and not page.cookies
    assert page["Cache-Control"] == "no-store, private"
    assert "Please do not include names" in html and html.count("<fieldset") >= 9
    response = client.post(url, answers(open_one), **SAME_ORIGIN)
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not response.cookies and response["Cache-Control"] == "no-store, private"
    open_one.refresh_from_db()
    assert open_one.responses == 1
    statements = len(answers(open_one)) - 1
    assert RatingCount.objects.filter(round=open_one, option="3", count=1).count() == statements
    assert RatingCount.objects.filter(round=open_one, count=0).count() == statements * 4
    assert list(FreeTextAnswer.objects.values_list("text", flat=True)) == ["The circle helped."]


def test_the_code_is_unguessable(open_one, ryse):
    assert len(open_one.code) >= 10
    assert new_round(ryse).code != open_one.code


def test_nothing_stored_could_identify_a_request():
    """Every stored field of every evaluations model; a new one must be argued for here."""
    from django.apps import apps

    allowed = {
        "EvaluationRound": {
            "id",
            "partner",
            "program",
            "opens_on",
            "closes_on",
            "version_key",
            "version_label",
            "code",
            "responses",
        },
        "RatingCount": {"id", "round", "statement", "option", "count"},
        "FreeTextAnswer": {"id", "round", "question", "text"},
    }
    stored = {
        model.__name__: {field.name for field in model._meta.concrete_fields}
        for model in apps.get_app_config("evaluations").get_models()
    }
    assert stored == allowed
    # Answers carry no sequential number: their keys are random.
    assert FreeTextAnswer._meta.pk.get_internal_type() == "UUIDField"
    assert RatingCount._meta.pk.get_internal_type() == "UUIDField"


def test_spanish_participants_read_the_questions_in_spanish(client, open_one):
    html = client.get(f"/es/evaluate/{open_one.code}/").content.decode()
    assert "Pude ser honesto en el círculo." in html and "Todavía no" in html
    assert "no incluya nombres" in html
    response = client.post(f"/es/evaluate/{open_one.code}/", answers(open_one, "2"), **SAME_ORIGIN)
    assert response.status_code == 200
    open_one.refresh_from_db()
    assert open_one.responses == 1  # counted with the English answers: same statements


def test_unknown_closed_and_future_codes_get_a_clear_page_in_the_visitors_language(client, ryse):
    response = client.get("/evaluate/no-such-code-here/")
    assert response.status_code == 404 and "find this evaluation" in response.content.decode()
    response = client.get("/es/evaluate/no-such-code-here/")
    assert response.status_code == 404 and 'lang="es"' in response.content.decode()
    assert client.get("/evaluate/" + "x" * 300 + "/").status_code == 404
    closed = new_round(ryse, opens=TODAY - 9 * DAY, closes=TODAY - DAY)
    response = client.get(f"/evaluate/{closed.code}/")
    assert response.status_code == 410 and "has closed" in response.content.decode()
    assert (
        client.post(f"/evaluate/{closed.code}/", answers(closed), **SAME_ORIGIN).status_code == 410
    )
    future = new_round(ryse, opens=TODAY + DAY, closes=TODAY + 9 * DAY)
    response = client.get(f"/evaluate/{future.code}/")
    assert response.status_code == 404 and "not open yet" in response.content.decode()


def test_too_long_text_is_named_and_every_other_answer_kept(client, open_one):
    data = answers(open_one, "2", text="x" * 2001)
    response = client.post(f"/evaluate/{open_one.code}/", data, **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 400
    assert "2001 characters long" in html
    assert html.count('value="2" checked') == len(data) - 1
    assert "x" * 2001 in html
    open_one.refresh_from_db()
    assert open_one.responses == 0 and not FreeTextAnswer.objects.exists()


def test_an_answer_not_offered_or_nothing_at_all_is_refused(client, open_one):
    data = answers(open_one)
    first = next(iter(data))
    data[first] = "7"
    response = client.post(f"/evaluate/{open_one.code}/", data, **SAME_ORIGIN)
    assert (
        response.status_code == 400
        and "Choose one of the answers given" in response.content.decode()
    )
    response = client.post(f"/evaluate/{open_one.code}/", {}, **SAME_ORIGIN)
    assert (
        response.status_code == 400 and "Answer at least one question" in response.content.decode()
    )
    open_one.refresh_from_db()
    assert open_one.responses == 0


def test_honeypot_answers_are_thanked_and_not_counted(client, open_one):
    data = {**answers(open_one), "website": "http://spam.example"}
    response = client.post(f"/evaluate/{open_one.code}/", data, **SAME_ORIGIN)
    assert response.status_code == 200
    open_one.refresh_from_db()
    assert open_one.responses == 0


def test_a_post_from_another_site_is_refused(client, open_one):
    response = client.post(
        f"/evaluate/{open_one.code}/", answers(open_one), HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    open_one.refresh_from_db()
    assert open_one.responses == 0


def test_rate_limit_per_round_keeps_the_answers(client, open_one, settings):
    settings.EVALUATION_RATE_LIMIT = 2
    url = f"/evaluate/{open_one.code}/"
    for _ in range(2):
        assert client.post(url, answers(open_one), **SAME_ORIGIN).status_code == 200
    response = client.post(url, answers(open_one, "1"), **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 429 and "wait five minutes" in html
    assert 'value="1" checked' in html
    open_one.refresh_from_db()
    assert open_one.responses == 2


def respond(client, round, times):
    for _ in range(times):
        assert (
            client.post(f"/evaluate/{round.code}/", answers(round), **SAME_ORIGIN).status_code
            == 200
        )


def test_results_hidden_while_open_and_below_five_shown_at_five_once_closed(
    client, admin_client_logged_in, open_one
):
    respond(client, open_one, 5)
    results = f"/admin/evaluation_rounds/results/{open_one.pk}/"
    html = admin_client_logged_in.get(results).content.decode()
    assert "5 people have answered" in html and "The circle helped." not in html
    assert admin_client_logged_in.get(results + "csv/").status_code == 404
    EvaluationRound.objects.filter(pk=open_one.pk).update(closes_on=TODAY - DAY, responses=4)
    html = admin_client_logged_in.get(results).content.decode()
    assert "The circle helped." not in html
    EvaluationRound.objects.filter(pk=open_one.pk).update(responses=5)
    html = admin_client_logged_in.get(results).content.decode()
    assert "The circle helped." in html and "I could be honest in the circle." in html
    csv = admin_client_logged_in.get(results + "csv/")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode().splitlines()
    assert "Feeling safe and respected,I could be honest in the circle.,0,0,0,5,0,5" in lines
    printed = admin_client_logged_in.get(results + "print/").content.decode()
    assert "The circle helped." in printed and "version 1.0" in printed


def test_another_partners_editor_never_sees_a_round(
    client, django_user_model, open_one, ryse, other_partner
):
    own = editor_of(ryse, django_user_model, "own-editor")
    client.force_login(own)
    listing = client.get("/admin/evaluation_rounds/").content.decode()
    assert open_one.code in listing
    client.force_login(editor_of(other_partner, django_user_model, "other-editor"))
    listing = client.get("/admin/evaluation_rounds/")
    assert listing.status_code == 200 and open_one.code not in listing.content.decode()
    for url in (
        f"/admin/evaluation_rounds/edit/{open_one.pk}/",
        f"/admin/evaluation_rounds/delete/{open_one.pk}/",
        f"/admin/evaluation_rounds/results/{open_one.pk}/",
        f"/admin/evaluation_rounds/results/{open_one.pk}/csv/",
    ):
        assert client.get(url).status_code in (403, 404), url
    assert client.post(f"/admin/evaluation_rounds/delete/{open_one.pk}/").status_code in (403, 404)
    assert EvaluationRound.objects.filter(pk=open_one.pk).exists()


def test_an_editor_opens_a_round_for_their_own_partner_only(
    client, django_user_model, ryse, other_partner
):
    client.force_login(editor_of(ryse, django_user_model, "opener"))
    form = {
        "program": "Fall circle",
        "opens_on": TODAY.isoformat(),
        "closes_on": (TODAY + 30 * DAY).isoformat(),
    }
    response = client.post("/admin/evaluation_rounds/new/", {**form, "partner": other_partner.pk})
    assert response.status_code == 200
    assert not EvaluationRound.objects.filter(program="Fall circle").exists()
    response = client.post("/admin/evaluation_rounds/new/", {**form, "partner": ryse.pk})
    assert response.status_code == 302
    round = EvaluationRound.objects.get(program="Fall circle")
    assert round.partner == ryse and round.ratings.count() > 0
    assert f"/evaluate/{round.code}/" in client.get("/admin/evaluation_rounds/").content.decode()
    response = client.post(
        "/admin/evaluation_rounds/new/", {**form, "partner": ryse.pk, "closes_on": "2000-01-01"}
    )
    assert "must close on or after" in response.content.decode()
    client.logout()
    client.force_login(django_user_model.objects.create_user("nobody", password="pw"))
    assert client.get("/admin/evaluation_rounds/").status_code in (302, 403)


def test_deleting_a_round_deletes_its_data_and_old_rounds_go_by_themselves(client, ryse, settings):
    settings.EVALUATION_RETENTION_DAYS = 365
    old = new_round(ryse, opens=TODAY - 400 * DAY, closes=TODAY - 366 * DAY)
    recent = new_round(ryse, opens=TODAY - 30 * DAY, closes=TODAY - 364 * DAY + 360 * DAY)
    FreeTextAnswer.objects.create(round=old, question="q", text="old words")
    call_command("delete_expired_evaluations", verbosity=0)
    assert not EvaluationRound.objects.filter(pk=old.pk).exists()
    assert EvaluationRound.objects.filter(pk=recent.pk).exists()
    assert not RatingCount.objects.filter(round_id=old.pk).exists()
    assert not FreeTextAnswer.objects.exists()
    recent.delete()
    assert not RatingCount.objects.filter(round_id=recent.pk).exists()


def test_the_page_cache_never_keeps_a_questionnaire_or_its_answers(client, open_one):
    from django.test import override_settings

    from network_site import page_store

    with override_settings(PAGE_CACHE_SECONDS=600):
        page_store.purge_everything()
        assess = "/resources/organisational-self-assessment/assess/"
        for url in (assess, f"/evaluate/{open_one.code}/", "/resources/"):
            client.get(url)
        assert client.get("/resources/")["X-Page-Cache"] == "hit"  # the cache is on
        for url in (assess, f"/evaluate/{open_one.code}/"):
            assert "X-Page-Cache" not in client.get(url), url
        client.post(f"/evaluate/{open_one.code}/", answers(open_one), **SAME_ORIGIN)
        assert "X-Page-Cache" not in client.get(f"/evaluate/{open_one.code}/")
