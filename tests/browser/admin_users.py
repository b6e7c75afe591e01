"""Sign in to the admin through its real login form, as one of the site's roles."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "a long pass phrase for tests"


def make_user(username, *group_names, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, "", PASSWORD)
    user = User.objects.create_user(username, password=PASSWORD)
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    return user


def sign_in(page, live_site, user):
    page.goto(f"{live_site.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
