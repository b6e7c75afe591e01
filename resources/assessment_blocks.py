"""The questionnaire of a tool's version: sections of rated statements, what each score
band means and suggests, and (for evaluations) a few open questions.

Statements and sections are identified by their block ids, which wagtail-localize keeps in
every translation: an answer file saved in English opens in Spanish, and an evaluation's
counts add up across languages.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from network_site.blocks import RICH_TEXT_FEATURES

# The scale every statement is rated on. "Does not apply" counts for nothing either way.
NOT_APPLICABLE = "na"
SCALE = [
    ("0", _("Not yet"), 0),
    ("1", _("Starting"), 1),
    ("2", _("Partly"), 2),
    ("3", _("Fully"), 3),
    (NOT_APPLICABLE, _("Does not apply"), None),
]
MAX_POINTS = 3
ACTIONS = [
    ("start", _("Start")),
    ("strengthen", _("Strengthen")),
    ("keep", _("Keep doing")),
]
MAX_OPEN_QUESTIONS = 3


class StatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Statement"),
        max_length=300,
        help_text=_(
            "Something an organisation can say is true of itself, e.g. 'We ask survivors "
            "what would make them safer before we start a program.'"
        ),
    )
    hint = blocks.CharBlock(
        label=_("Hint"),
        max_length=300,
        required=False,
        help_text=_("Optional: an example of what 'Fully' looks like."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Statement")


class ScoreBandBlock(blocks.StructBlock):
    from_percent = blocks.IntegerBlock(
        label=_("From score (%)"),
        min_value=0,
        max_value=100,
        help_text=_(
            "The band applies from this score up to the next band. The lowest band "
            "should start at 0."
        ),
    )
    action = blocks.ChoiceBlock(choices=ACTIONS, label=_("What to do"), default="start")
    meaning = blocks.TextBlock(
        label=_("What this score means"),
        help_text=_("One or two plain sentences, said to the organisation."),
    )
    next_steps = blocks.TextBlock(label=_("Next steps"))
    tools = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="resources.ResourcePage"),
        label=_("Tools that help"),
        required=False,
        default=[],
        help_text=_("Other tools in the library to suggest in the action plan."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Score band")


class AssessmentSectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Section title"), max_length=120)
    why_it_matters = blocks.TextBlock(
        label=_("Why it matters"), help_text=_("Shown under the title, before the statements.")
    )
    guidance = blocks.RichTextBlock(
        label=_("Guidance"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Optional: how to answer honestly, who in the organisation to ask."),
    )
    statements = blocks.ListBlock(StatementBlock(), label=_("Statements"), min_num=1)
    bands = blocks.ListBlock(
        ScoreBandBlock(),
        label=_("Score bands"),
        min_num=1,
        help_text=_("Usually three: start (from 0%), strengthen (from 40%), keep doing (75%)."),
    )

    class Meta:
        icon = "form"
        label = _("Section")
        description = _(
            "A group of statements rated Not yet / Starting / Partly / Fully (or Does not "
            "apply), with what each score band means and what to do next."
        )
        preview_value = {
            "title": "Survivor safety first",
            "why_it_matters": "A program for men who have caused harm must never make a "
            "survivor less safe.",
            "statements": [
                {
                    "text": "We have a written plan for what to do if a participant threatens a partner."
                },
                {"text": "Survivors' advocates helped shape the program."},
            ],
            "bands": [
                {
                    "from_percent": 0,
                    "action": "start",
                    "meaning": "Safety planning is not in place yet.",
                    "next_steps": "Talk with a survivors' organisation before you begin.",
                    "tools": [],
                },
                {
                    "from_percent": 75,
                    "action": "keep",
                    "meaning": "Safety comes first in how you work.",
                    "next_steps": "Review the plan every year.",
                    "tools": [],
                },
            ],
        }


class OpenQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)

    class Meta:
        icon = "openquote"
        label = _("Open question")
        description = _(
            "A question answered in the participant's own words (evaluations only; at most "
            "three). The box always says: please do not include names."
        )
        preview_value = {"question": "What would make the circle more helpful to you?"}


class QuestionnaireBlock(blocks.StreamBlock):
    section = AssessmentSectionBlock()
    open_question = OpenQuestionBlock()

    class Meta:
        block_counts = {"open_question": {"max_num": MAX_OPEN_QUESTIONS}}
