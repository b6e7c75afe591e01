"""One definition of a questionnaire's scoring, used by the server and (as JSON) by the
browser: the scale, the statements and each section's bands. `score()` here and
`static_src/js/self-assessment.js` compute the same numbers from the same data; integer
rounding (half up) so both agree to the point."""

from django.utils.translation import gettext as _

from resources.assessment_blocks import ACTIONS, MAX_POINTS, NOT_APPLICABLE, SCALE

ACTION_ORDER = ["keep", "strengthen", "start"]


def scale():
    return [
        {"value": value, "label": str(label), "points": points} for value, label, points in SCALE
    ]


def _tool_links(pages, request):
    links = []
    for page in pages:
        if page is None:
            continue
        shown = page.localized
        if shown.live and (url := shown.get_url(request)):
            links.append({"title": shown.title, "url": url})
    return links


def sections_of(questionnaire):
    return [block for block in questionnaire if block.block_type == "section"]


def open_questions_of(questionnaire):
    return [
        {"id": block.id, "question": block.value["question"]}
        for block in questionnaire
        if block.block_type == "open_question"
    ]


def scoring_rules(page, version, request=None):
    """Everything needed to score and show results, as JSON-ready data."""
    actions = dict(ACTIONS)
    sections = []
    for block in sections_of(version.questionnaire):
        value = block.value
        bands = sorted(value["bands"], key=lambda band: band["from_percent"])
        sections.append(
            {
                "id": block.id,
                "title": value["title"],
                "statements": [
                    {"id": item.id, "text": item.value["text"]}
                    for item in value["statements"].bound_blocks
                ],
                "bands": [
                    {
                        "from": band["from_percent"],
                        "action": band["action"],
                        "action_label": str(actions.get(band["action"], "")),
                        "meaning": band["meaning"],
                        "next_steps": band["next_steps"],
                        "tools": _tool_links(band["tools"], request),
                    }
                    for band in bands
                ],
            }
        )
    return {
        "format": "healing-together-answers",
        "tool": page.title,
        "tool_key": str(page.translation_key),
        "version": version.label,
        "scale": scale(),
        "max_points": MAX_POINTS,
        "sections": sections,
    }


def percent(points, possible):
    """Rounded half up, in integers, exactly as the browser does it."""
    if not possible:
        return None
    return (200 * points + possible) // (2 * possible)


def band_for(bands, score):
    if score is None or not bands:
        return None
    chosen = bands[0]
    for band in bands:
        if score >= band["from"]:
            chosen = band
    return chosen


def missing_statements(rules, answers):
    values = {option["value"] for option in rules["scale"]}
    return [
        statement
        for section in rules["sections"]
        for statement in section["statements"]
        if answers.get(statement["id"]) not in values
    ]


def score(rules, answers):
    """answers: {statement id: scale value}. Per section and overall, with the action plan."""
    points_of = {option["value"]: option["points"] for option in rules["scale"]}
    results, total, total_possible = [], 0, 0
    for section in rules["sections"]:
        points = possible = 0
        for statement in section["statements"]:
            answer = answers.get(statement["id"])
            if answer in points_of and answer != NOT_APPLICABLE:
                points += points_of[answer]
                possible += rules["max_points"]
        section_score = percent(points, possible)
        results.append(
            {
                "id": section["id"],
                "title": section["title"],
                "score": section_score,
                "band": band_for(section["bands"], section_score),
            }
        )
        total += points
        total_possible += possible
    plan = {
        action: [r for r in results if r["band"] and r["band"]["action"] == action]
        for action in ACTION_ORDER
    }
    return {"sections": results, "overall": percent(total, total_possible), "plan": plan}


def plan_headings():
    return {
        "keep": _("Keep doing"),
        "strengthen": _("Strengthen"),
        "start": _("Start"),
    }
