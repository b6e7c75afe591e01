"""Create the first admin account once and print its login; later runs only remind."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a superuser 'admin' with a random password if no superuser exists."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin account already exists. Forgot its password? "
                f"Run: .venv/bin/python manage.py changepassword {username}"
            )
            return
        # 20 random characters: passes every password validator (at least 12 characters).
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(15)
        try:
            validate_password(password, User(username=username))
        except ValidationError as error:
            raise CommandError("ADMIN_PASSWORD is too weak: " + " ".join(error.messages)) from None
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS("Created the admin account. Note it now; it is shown once:")
        )
        self.stdout.write(f"    username: {username}\n    password: {password}")
