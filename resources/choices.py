"""The library's fixed choices: kinds of tool, audiences, version states."""

from django.utils.translation import gettext_lazy as _

KINDS = [
    ("facilitator-guide", _("Facilitator’s guide")),
    ("self-assessment", _("Self-assessment")),
    ("conversation-guide", _("Conversation guide")),
    ("evaluation-tool", _("Evaluation tool")),
    ("policy-paper", _("Policy paper")),
    ("summary", _("Summary")),
]
AUDIENCES = [
    ("organisations", _("Organisations")),
    ("facilitators", _("Facilitators")),
    ("community", _("Community members")),
    ("policymakers", _("Policymakers")),
]
STATUSES = [("draft", _("Draft")), ("released", _("Released")), ("withdrawn", _("Withdrawn"))]
