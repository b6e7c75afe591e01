"""Shared fixtures: the demo site is built once per test session, as `make run` builds it."""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses
# to run "inside" it unless told it is safe (each test is still single-threaded).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _nothing_cached_from_an_earlier_test():
    """Each test's database starts from the demo again, so nothing cached under the old
    tokens may show (pages and fragments: network_site/fragments.py)."""
    from network_site import page_store

    page_store.purge_everything()


@pytest.fixture
def demo_site(db):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(demo_site):
    return demo_site.root_page.specific


@pytest.fixture
def spanish_home(home_page):
    from wagtail.models import Locale

    return home_page.get_translation(Locale.objects.get(language_code="es")).specific


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("root-test", "", "pw")
    client.force_login(user)
    return client
