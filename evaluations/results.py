"""A round's results: per statement counts, the free texts, and the CSV of the counts.
Shown only once the round has closed with at least EVALUATION_MIN_RESPONSES answers."""

import csv

from django.conf import settings

from evaluations.questions import OPTIONS, questions
from resources.assessment_scoring import scale


def aggregates(round, language):
    sections, open_questions = questions(round, language)
    counts = {(r.statement, r.option): r.count for r in round.ratings.all()}
    options = scale()
    for section in sections:
        for statement in section["statements"]:
            row = [counts.get((statement["id"], value), 0) for value in OPTIONS]
            answered = sum(row)
            statement["answered"] = answered
            statement["counts"] = [
                {
                    "label": option["label"],
                    "count": count,
                    "percent": round_percent(count, answered),
                }
                for option, count in zip(options, row, strict=True)
            ]
    texts = {}
    for answer in round.texts.all():  # ordered by random key: no order of arrival
        texts.setdefault(answer.question, []).append(answer.text)
    for question in open_questions:
        question["answers"] = texts.get(question["id"], [])
    return {"sections": sections, "open_questions": open_questions, "options": options}


def round_percent(count, total):
    return (200 * count + total) // (2 * total) if total else 0


def write_csv(out, round, data):
    writer = csv.writer(out)
    writer.writerow(["program", "partner", "opens_on", "closes_on", "responses"])
    writer.writerow(
        [round.program, round.partner.title, round.opens_on, round.closes_on, round.responses]
    )
    writer.writerow([])
    writer.writerow(["section", "statement", *[o["label"] for o in data["options"]], "answered"])
    for section in data["sections"]:
        for statement in section["statements"]:
            writer.writerow(
                [
                    section["title"],
                    statement["text"],
                    *[c["count"] for c in statement["counts"]],
                    statement["answered"],
                ]
            )


def minimum():
    return settings.EVALUATION_MIN_RESPONSES
