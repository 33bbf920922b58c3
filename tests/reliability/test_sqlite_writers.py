"""`make run` on SQLite: an autosave and a publish at the same moment both succeed (they once
answered 500 "database is locked"), with the SQLite options of website/settings/base.py."""

import json
import os

from tests.reliability.postgres import run_python


def test_an_autosave_and_a_publish_at_the_same_moment_both_succeed(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = json.loads(run_python(["-m", "tests.reliability.sqlite_writers"], env, timeout=60))
    assert result["outcomes"] == {"autosave": "saved", "publish": "saved"}
    assert result["rows"] == ["published", "autosaved"]
    assert result["journal_mode"] == "wal"  # readers go on while one writes
