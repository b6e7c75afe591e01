"""Every interface string has its Spanish: no untranslated, no fuzzy, msgfmt -c clean."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"


def test_spanish_catalogue_is_complete_and_valid():
    po = polib.pofile(str(PO))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is needed (apt-get install gettext)"
    result = subprocess.run(
        [msgfmt, "-c", "-o", "/dev/null", str(PO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_no_string_in_the_code_is_missing_from_the_catalogue(tmp_path):
    """Extract the strings afresh into a copy: any new msgid must already be translated."""
    assert shutil.which("xgettext"), "gettext's xgettext is needed (apt-get install gettext)"
    for part in (
        "network_site",
        "accounts",
        "home",
        "partners",
        "resources",
        "evaluations",
        "templates",
    ):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    (tmp_path / "locale" / "es" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(PO, tmp_path / "locale" / "es" / "LC_MESSAGES" / "django.po")
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "es", "-v0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={
            "DJANGO_SETTINGS_MODULE": "network_site.settings.test",
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(tmp_path / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in fresh.untranslated_entries() + fresh.fuzzy_entries()]
    assert missing == [], "Untranslated interface strings: " + "; ".join(missing)
