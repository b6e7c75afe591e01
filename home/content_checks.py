"""Our rules for Wagtail's built-in content checker (the checker in the userbar and preview).

Wagtail already flags image alt text that looks like a file name. We add: a video
page must show a transcript and a content note. The checks use axe-core's own
"has-descendant" evaluator, so no extra JavaScript is needed.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

VIDEO_RULES = [
    {
        "id": "video-transcript",
        "impact": "serious",
        "selector": "article.video",
        "tags": ["best-practice"],
        "any": ["has-video-transcript"],
        "enabled": True,
    },
    {
        "id": "video-content-note",
        "impact": "serious",
        "selector": "article.video",
        "tags": ["best-practice"],
        "any": ["has-video-content-note"],
        "enabled": True,
    },
]
VIDEO_CHECKS = [
    {
        "id": "has-video-transcript",
        "evaluate": "has-descendant-evaluate",
        "options": {"selector": "[data-video-transcript] .rich-text > :not(:empty)"},
    },
    {
        "id": "has-video-content-note",
        "evaluate": "has-descendant-evaluate",
        "options": {"selector": "[data-video-content-note]"},
    },
]


class NetworkContentChecker(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, "video-transcript", "video-content-note"]
    axe_custom_rules = [*ContentCheckerItem.axe_custom_rules, *VIDEO_RULES]
    axe_custom_checks = [*ContentCheckerItem.axe_custom_checks, *VIDEO_CHECKS]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "video-transcript": {
            "error_name": _("This video has no transcript"),
            "help_text": _("Add everything said in the video, for people who cannot watch it"),
        },
        "video-content-note": {
            "error_name": _("This video has no content note"),
            "help_text": _("Say what viewers should know before pressing play"),
        },
    }
