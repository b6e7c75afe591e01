"""Posting without a CSRF cookie, for forms that must set no cookie at all.

The self-assessment and the evaluation forms keep nothing in the visitor's browser, so
they cannot use Django's CSRF cookie. What CSRF protects against is another site making
the visitor's browser post: these views accept a POST only when the browser says it came
from this site (`Sec-Fetch-Site`, or else an `Origin` equal to ours), and refuse the rest
with a clear 403. Use only on views whose POST changes nothing a visitor could be tricked
into changing (the evaluation counts one anonymous answer, which is what a visitor can do
by hand anyway).
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponseForbidden
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt

# Pages with such a form send their origin on POST (browsers post `Origin: null` from a
# no-referrer page); same-origin sends nothing to other sites.
FORM_REFERRER_POLICY = "same-origin"


def is_same_origin_post(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    return origin == f"{request.scheme}://{request.get_host()}" or origin in getattr(
        settings, "CSRF_TRUSTED_ORIGINS", []
    )


def refused(request):
    body = render_to_string("cross_site_post.html", request=request)
    response = HttpResponseForbidden(body)
    response["Cache-Control"] = "no-store, private"
    return response


def same_origin_posts_only(view):
    """csrf_exempt, but every POST from another site (or that will not say) gets a 403."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin_post(request):
            return refused(request)
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)
