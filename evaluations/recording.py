"""Counting one participant's answers, and the rate limit that protects a round."""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F

from evaluations.models import EvaluationRound, FreeTextAnswer, RatingCount
from evaluations.questions import OPTIONS, current_evaluation_version, questions, statement_ids


def open_round(round):
    """Save a new round with the evaluation tool's current questions and all its counters."""
    version = current_evaluation_version()
    round.version_key, round.version_label = version.translation_key, version.label
    with transaction.atomic():
        round.save()
        prepare_counters(round, questions(round, settings.LANGUAGE_CODE)[0])
    return round


def prepare_counters(round, sections):
    """Every counter row at once, when the round is opened: their order says nothing."""
    existing = set(round.ratings.values_list("statement", "option"))
    RatingCount.objects.bulk_create(
        [
            RatingCount(round=round, statement=statement, option=option)
            for statement in statement_ids(sections)
            for option in OPTIONS
            if (statement, option) not in existing
        ]
    )


def _count(round, statement, option):
    rows = RatingCount.objects.filter(round=round, statement=statement, option=option)
    if rows.update(count=F("count") + 1):
        return
    try:  # a statement added to the version after the round opened
        with transaction.atomic():
            RatingCount.objects.create(round=round, statement=statement, option=option, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)


@transaction.atomic
def record(round, ratings, texts):
    """ratings: {statement id: option}; texts: {question id: text}. Nothing else is kept."""
    for statement, option in ratings.items():
        _count(round, statement, option)
    FreeTextAnswer.objects.bulk_create(
        [FreeTextAnswer(round=round, question=q, text=text) for q, text in texts.items() if text]
    )
    EvaluationRound.objects.filter(pk=round.pk).update(responses=F("responses") + 1)


def over_rate_limit(round):
    """True once this round has had its share of answers in the current short window.
    A counter per round, not per person: no address is looked at or kept."""
    window = settings.EVALUATION_RATE_WINDOW_SECONDS
    key = f"evaluation-rate:{round.pk}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window * 2)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window * 2)
        used = 1
    return used > settings.EVALUATION_RATE_LIMIT
