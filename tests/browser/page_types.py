"""One URL per page type and language, read from the demo site, for site-wide browser checks."""

from django.conf import settings
from wagtail.models import Page

from evaluations.models import EvaluationRound


def urls_of_every_page_type():
    seen, urls = set(), []
    pages = Page.objects.live().public().filter(depth__gte=2).select_related("locale")
    for page in pages.order_by("path"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in seen:
            seen.add(key)
            urls.append(page.get_url())
    for code, _name in settings.LANGUAGES:  # routes and views that are not pages
        prefix = "" if code == settings.LANGUAGE_CODE else f"/{code}"
        urls += [f"{prefix}/events/past/", f"{prefix}/no-such-page/"]
        urls += [f"{prefix}/resources/organisational-self-assessment/assess/"]
        round = EvaluationRound.objects.first()  # the demo's
        if round is not None:
            urls += [f"{prefix}/evaluate/{round.code}/", f"{prefix}/evaluate/no-such-code/"]
    return urls
