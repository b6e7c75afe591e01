"""`/leave/`: quick exit's way out. It clears what the browser lets a site clear, then
sends the visitor on to the neutral site with no referrer."""

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_GET

from home.models import SafetySettings

# Clear-Site-Data: "cache" empties this site's entries from the browser's cache (other
# sites' entries stay), "storage" its web storage. Not "cookies": a reader has none, and
# an editor who leaves in a hurry should not lose unsaved work to a sign-out as well.
CLEARED = '"cache", "storage"'


def exit_url(request):
    """The neutral site from Safety settings; the default one if the database cannot say,
    since leaving must work even when nothing else does."""
    try:
        return SafetySettings.for_request(request).exit_url
    except DatabaseError:
        return settings.QUICK_EXIT_DEFAULT_URL


@require_GET
def leave(request):
    response = HttpResponseRedirect(exit_url(request))
    response["Clear-Site-Data"] = CLEARED
    response["Referrer-Policy"] = "no-referrer"
    return response
