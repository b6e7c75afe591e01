"""What someone sees when django-axes refuses a sign-in: a plain page in the language of the
request (the sign-in page's own: the browser's, or the language switcher's cookie).

Never the account's own admin language: the page would then say whether the username typed
is a real account, and whose language it speaks.
"""

from django.conf import settings
from django.shortcuts import render


def locked_out_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
