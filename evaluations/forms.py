"""Reading a participant's answers: every problem named, every other answer kept."""

from django.utils.translation import gettext as _

from evaluations.questions import OPTIONS

MAX_TEXT = 2000
HONEYPOT = "website"


def read_answers(post, sections, open_questions):
    """(ratings, texts, errors); errors: [(field id, message)]."""
    ratings, texts, errors = {}, {}, []
    for section in sections:
        for statement in section["statements"]:
            value = post.get(f"rating-{statement['id']}", "")
            if value in OPTIONS:
                ratings[statement["id"]] = value
            elif value:
                errors.append(
                    (
                        f"statement-{statement['id']}",
                        _("Choose one of the answers given for: %(statement)s")
                        % {"statement": statement["text"]},
                    )
                )
    for question in open_questions:
        text = post.get(f"text-{question['id']}", "").strip()
        if len(text) > MAX_TEXT:
            errors.append(
                (
                    f"text-{question['id']}",
                    _(
                        "Your answer to “%(question)s” is %(length)s characters long; please keep it under %(limit)s."
                    )
                    % {"question": question["question"], "length": len(text), "limit": MAX_TEXT},
                )
            )
        texts[question["id"]] = text
    if not errors and not ratings and not any(texts.values()):
        errors.append(("questions", _("Answer at least one question before sending.")))
    return ratings, texts, errors
