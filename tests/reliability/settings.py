"""Settings for the processes the reliability tests start (manage.py commands, a gunicorn
server): the test settings (DEBUG off, static files from the source folders, e-mail kept in
memory), with MEDIA_ROOT from the environment, so that each site under test has files of its
own: a backup is only proven when the restored site reads media from a folder the restore
filled."""

from pathlib import Path

from website.settings.environment import env_str
from website.settings.test import *  # noqa: F403
from website.settings.test import MEDIA_ROOT

MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(MEDIA_ROOT)))
