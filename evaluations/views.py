"""/evaluate/<code>/: a participant answers, in English or Spanish, with or without
JavaScript. No login, no cookie, nothing about the request kept, never cached."""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from evaluations.forms import HONEYPOT, read_answers
from evaluations.models import EvaluationRound
from evaluations.questions import questions
from evaluations.recording import over_rate_limit, record
from network_site.page_cache import never_shared
from network_site.same_origin import FORM_REFERRER_POLICY, same_origin_posts_only
from resources.assessment_scoring import scale

CODE_MAX = 40


def private(response):
    response["Cache-Control"] = "no-store, private"
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    return never_shared(response)


def unavailable(request, reason, round=None, status=404):
    context = {"reason": reason, "round": round}
    return private(render(request, "evaluations/unavailable.html", context, status=status))


def find_round(code):
    if not code or len(code) > CODE_MAX:
        return None
    return EvaluationRound.objects.filter(code=code).select_related("partner").first()


@same_origin_posts_only
def participate(request, code):
    if request.method not in ("GET", "HEAD", "POST"):
        return private(
            render(request, "evaluations/unavailable.html", {"reason": "method"}, status=405)
        )
    round = find_round(code)
    if round is None:
        return unavailable(request, "unknown")
    today = timezone.localdate()
    if round.has_closed(today):
        return unavailable(request, "closed", round, status=410)
    if not round.is_open(today):
        return unavailable(request, "not_yet", round)
    sections, open_questions = questions(round, get_language())
    if not sections:
        return unavailable(request, "unknown")
    context = {
        "round": round,
        "sections": sections,
        "open_questions": open_questions,
        "scale": scale(),
        "errors": [],
    }
    status = 200
    if request.method == "POST":
        if request.POST.get(HONEYPOT):
            # Filled in by a program, not a person: thank it and keep nothing.
            return private(render(request, "evaluations/thanks.html", {"round": round}))
        ratings, texts, errors = read_answers(request.POST, sections, open_questions)
        if not errors and over_rate_limit(round):
            errors = [("questions", None)]
            context["rate_limited"] = True
            status = 429
        elif errors:
            status = 400
        if not errors:
            record(round, ratings, texts)
            return private(render(request, "evaluations/thanks.html", {"round": round}))
        context["errors"] = errors
        for section in sections:
            for statement in section["statements"]:
                statement["answer"] = ratings.get(statement["id"], "")
        for question in open_questions:
            question["text"] = texts.get(question["id"], "")
    context["error_ids"] = {field for field, _message in context["errors"]}
    return private(render(request, "evaluations/participate.html", context, status=status))
