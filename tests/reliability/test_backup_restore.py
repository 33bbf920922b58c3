"""Nothing lost: `manage.py backup` of a site with content, `manage.py restore` of it into
another, empty database with an empty MEDIA_ROOT, and the restored site serves the same pages,
byte for byte, with the same images, and takes new content; a damaged backup is refused.

On PostgreSQL (production's database): DATABASE_URL's server, with its own role (a
non-superuser with CREATEDB, as in CI), in databases of the test's own whose names contain
"backup_test". Each site runs in processes of its own, as `make backup` and `make restore` do."""

import json
import re

import pytest

from tests.reliability.postgres import environment, run_python

pytestmark = pytest.mark.slow

MEDIA_REFERENCE = re.compile(r"/media/((?:images|original_images)/[^\"'\s,?]+)")


def render(database_url, media_root, urls):
    env = environment(database_url, media_root)
    return json.loads(run_python(["-m", "tests.reliability.render", *urls], env))


def files_under(root):
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_a_backup_restores_into_another_database_with_the_same_pages(migrated_database, tmp_path):
    source = migrated_database("backup_test_source")
    restored = migrated_database("backup_test_restored", template=None)  # empty
    source_media, restored_media = tmp_path / "media-source", tmp_path / "media-restored"
    backups = tmp_path / "backups"

    pages = json.loads(
        run_python(["-m", "tests.reliability.content"], environment(source, source_media))
    )
    urls = list(pages.values())
    # Rendering first makes the image renditions, so that the backup holds those too.
    before = render(source, source_media, urls)
    assert {url: page["status"] for url, page in before.items()} == dict.fromkeys(urls, 200)

    output = run_python(
        ["manage.py", "backup", "--output-dir", str(backups)], environment(source, source_media)
    )
    [backup] = backups.iterdir()
    assert f"Backup written to {backup}" in output
    assert {path.name for path in backup.iterdir()} == {
        "database.dump",
        "media.tar",
        "manifest.json",
    }
    run_python(
        ["manage.py", "restore", "--noinput", str(backup)], environment(restored, restored_media)
    )

    after = render(restored, restored_media, urls)
    for url in urls:
        assert after[url]["status"] == 200, url
        assert after[url]["body"] == before[url]["body"], f"{url} differs once restored"

    # Every image the pages show is there, byte for byte; so is every original.
    restored_files, source_files = files_under(restored_media), files_under(source_media)
    shown = {match for page in after.values() for match in MEDIA_REFERENCE.findall(page["body"])}
    assert any(path.endswith(".avif") for path in shown)  # the landscape's <picture>
    for path in shown:
        assert restored_files.get(path) == source_files[path], path
    originals = {path for path in source_files if path.startswith("original_images/")}
    assert originals == {"original_images/terraces.jpg", "original_images/nursery.jpg"}
    assert all(restored_files.get(path) == source_files[path] for path in originals)

    # The restored database goes on: its sequences were restored with the rows, so new pages
    # get new ids instead of colliding with restored ones.
    run_python(
        [
            "manage.py",
            "shell",
            "-c",
            "from network.factories import make_organisation;"
            "from network.models import OrganisationIndexPage;"
            "index = OrganisationIndexPage.objects.get(locale__language_code='en');"
            "make_organisation(index, title='Made after the restore', slug='after-restore')",
        ],
        environment(restored, restored_media),
    )
    organisations = render(restored, restored_media, [pages["organisations"]])
    assert "Made after the restore" in organisations[pages["organisations"]]["body"]

    # A damaged backup is refused before it replaces anything: the page made since is still
    # there (a restore of this backup would have taken it away).
    dump = backup / "database.dump"
    dump.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])  # a copy cut short
    with pytest.raises(AssertionError, match="is damaged"):
        run_python(
            ["manage.py", "restore", "--noinput", str(backup)],
            environment(restored, restored_media),
        )
    organisations = render(restored, restored_media, [pages["organisations"]])
    assert "Made after the restore" in organisations[pages["organisations"]]["body"]
