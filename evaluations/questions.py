"""A round's questions: the evaluation tool's version, in the participant's language."""

from django.conf import settings

from resources.assessment_blocks import SCALE
from resources.assessment_scoring import open_questions_of, sections_of
from resources.models import ResourcePage, ResourceVersion

EVALUATION_KIND = "evaluation-tool"
OPTIONS = [value for value, _label, _points in SCALE]


def current_evaluation_version():
    """The current version of the live evaluation tool in the default language, or None."""
    tool = (
        ResourcePage.objects.live()
        .public()
        .filter(kind=EVALUATION_KIND, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    version = tool.current_version() if tool else None
    return version if version and sections_of(version.questionnaire) else None


def version_for(round, language):
    versions = ResourceVersion.objects.filter(translation_key=round.version_key).select_related(
        "locale"
    )
    by_language = {v.locale.language_code: v for v in versions}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


def questions(round, language):
    """[sections with their statements], [open questions], in `language` where translated."""
    version = version_for(round, language)
    if version is None:
        return [], []
    sections = [
        {
            "id": block.id,
            "title": block.value["title"],
            "why": block.value["why_it_matters"],
            "statements": [
                {"id": item.id, "text": item.value["text"]}
                for item in block.value["statements"].bound_blocks
            ],
        }
        for block in sections_of(version.questionnaire)
    ]
    return sections, open_questions_of(version.questionnaire)


def statement_ids(sections):
    return [s["id"] for section in sections for s in section["statements"]]
