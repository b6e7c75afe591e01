"""Our content-checker rules, run by axe-core as Wagtail's checker runs them."""

import json

from axe_playwright_python.sync_playwright import Axe

from home.content_checks import VIDEO_CHECKS, VIDEO_RULES

RUN = {"runOnly": {"type": "rule", "values": [rule["id"] for rule in VIDEO_RULES]}}


def video_violations(page):
    page.evaluate(Axe().axe_script)
    page.evaluate(f"axe.configure({json.dumps({'rules': VIDEO_RULES, 'checks': VIDEO_CHECKS})})")
    results = page.evaluate(f"axe.run(document, {json.dumps(RUN)})")
    return sorted(violation["id"] for violation in results["violations"])


def test_video_rules_pass_a_complete_video_and_flag_a_missing_transcript(page, live_site):
    page.goto(live_site.url + "/partners/faith-in-the-valley/video/")
    assert video_violations(page) == []
    page.evaluate("document.querySelector('[data-video-transcript] .rich-text').replaceChildren()")
    page.evaluate("document.querySelector('[data-video-content-note]').remove()")
    assert video_violations(page) == ["video-content-note", "video-transcript"]
