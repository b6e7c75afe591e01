"""<tool>/assess/: the self-assessment answered online.

With JavaScript the browser scores the answers itself (static_src/js/self-assessment.js)
and nothing is sent. Without it the form posts here and the results come back in the
response: nothing is stored or logged, no cookie is set (so no CSRF cookie: see
network_site/same_origin.py), and the response is never cached anywhere.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from network_site.page_cache import never_shared
from network_site.same_origin import FORM_REFERRER_POLICY, is_same_origin_post, refused
from resources.assessment_scoring import (
    ACTION_ORDER,
    missing_statements,
    plan_headings,
    score,
    scoring_rules,
    sections_of,
)

NO_STORE = "no-store, private"
EVALUATION_KIND = "evaluation-tool"


def browser_text():
    """What the script shows, in the page's language."""
    return {
        "answered": _("%(done)s of %(total)s statements answered"),
        "problem": _("There is a problem"),
        "choose": _("Choose an answer for: %(statement)s"),
        "no_score": _("No score: every statement was marked “Does not apply”."),
        "bad_file": _("%(file)s could not be read: it is not a file of saved answers."),
        "other_tool": _("%(file)s holds answers to another tool."),
        "loaded": _(
            "Answers from %(file)s loaded. You can change them and see your results again."
        ),
        "compared": _("%(count)s files compared."),
        "cleared": _("Your answers were cleared."),
        "saved": _("Saved answers"),
        "file_name": _("self-assessment-answers"),
        "section": _("Section"),
        "overall": _("Overall score"),
        "tools": _("Tools that help:"),
    }


def form_sections(version, answers, missing_ids):
    sections = []
    for block in sections_of(version.questionnaire):
        statements = [
            {
                "id": item.id,
                "text": item.value["text"],
                "hint": item.value["hint"],
                "answer": answers.get(item.id, ""),
                "missing": item.id in missing_ids,
            }
            for item in block.value["statements"].bound_blocks
        ]
        sections.append({"id": block.id, "value": block.value, "statements": statements})
    return sections


def action_plan(results):
    if results is None:
        return []
    headings = plan_headings()
    return [
        {"action": action, "heading": headings[action], "sections": results["plan"][action]}
        for action in ACTION_ORDER
        if results["plan"][action]
    ]


def serve_assessment(page, request):
    version = page.current_version()
    # The evaluation tool's questions are answered by participants in a round (evaluations/).
    if version is None or page.kind == EVALUATION_KIND or not sections_of(version.questionnaire):
        raise Http404("This tool has no questionnaire to answer online.")
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "POST" and not is_same_origin_post(request):
        return refused(request)
    rules = scoring_rules(page, version, request)
    answers, missing, results, status = {}, [], None, 200
    if request.method == "POST":
        statement_ids = [s["id"] for section in rules["sections"] for s in section["statements"]]
        answers = {sid: request.POST.get(f"answer-{sid}", "") for sid in statement_ids}
        missing = missing_statements(rules, answers)
        if missing:
            status = 400
        else:
            results = score(rules, answers)
    total = sum(len(section["statements"]) for section in rules["sections"])
    context = {
        "page": page,
        "version": version,
        "rules": rules,
        "sections": form_sections(version, answers, {s["id"] for s in missing}),
        "missing": missing,
        "results": results,
        "plan": action_plan(results),
        "answered": total - len(missing) if request.method == "POST" else 0,
        "total": total,
        "today": timezone.localdate(),
        "browser_text": browser_text(),
    }
    response = TemplateResponse(request, "resources/assessment.html", context, status=status)
    response["Cache-Control"] = NO_STORE
    never_shared(response)
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    return response
