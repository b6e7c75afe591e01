from django.conf import settings
from wagtail import hooks

from partners.models import PartnerPage
from partners.permissions import ensure_partner_editors


@hooks.register("after_publish_page")
def give_a_new_partner_its_editors(request, page):
    """A newly published partner gets its editors group and collection straight away."""
    specific = page.specific
    if (
        isinstance(specific, PartnerPage)
        and specific.locale.language_code == settings.LANGUAGE_CODE
    ):
        ensure_partner_editors(specific)
