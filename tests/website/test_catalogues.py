"""The es/fr/pt interface catalogues are complete: every string the code marks for translation is
in each catalogue, translated, and not left fuzzy."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogue(language):
    return polib.pofile(str(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language):
    po = catalogue(language)
    assert len(po) > 0
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{language}: untranslated {untranslated}"
    assert fuzzy == [], f"{language}: fuzzy {fuzzy}"


@pytest.mark.slow
def test_catalogues_hold_every_string_marked_in_the_code(tmp_path):
    """makemessages run afresh (into a scratch folder) finds nothing the catalogues lack."""
    for language in LANGUAGES:
        shutil.copytree(BASE_DIR / "locale" / language, tmp_path / language)
    env = {
        **os.environ,
        "LOCALE_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
    }
    ignores = [".venv", "node_modules", "staticfiles", "media", "tests", "locale"]
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            *[f"-l{code}" for code in LANGUAGES],
            *[f"--ignore={path}" for path in ignores],
        ],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for language in LANGUAGES:
        committed = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        extracted = polib.pofile(str(tmp_path / language / "LC_MESSAGES" / "django.po"))
        missing = [
            entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in committed
        ]
        assert missing == [], f"{language} lacks {missing}; run `make messages` and translate"
