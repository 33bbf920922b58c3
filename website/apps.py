from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def ensure_content_locales(using="default", **kwargs):
    """Give every language in WAGTAIL_CONTENT_LANGUAGES its Wagtail Locale, so that adding a
    language is a settings change and a catalogue, nothing done by hand."""
    from django.conf import settings
    from wagtail.models import Locale

    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=language_code)


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from django.core.signals import request_finished, request_started
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from website import (
            content_version,
            language_trees,
            lookups,  # noqa: F401 (registers `__among`)
            spreadsheets,
            translation_overrides,
            translation_privacy,
        )
        from website.content_version import (
            content_changed,
            media_changed,
            page_deleted,
            page_saved,
            settings_changed,
        )
        from website.localize import forget_term_names
        from website.models import (
            EcosystemType,
            NavigationMenu,
            SiteSettings,
            SustainableDevelopmentGoal,
            Theme,
        )
        from website.structure import install_upstream_workarounds

        request_started.connect(content_version.request_started, dispatch_uid="version-start")
        request_finished.connect(content_version.request_finished, dispatch_uid="version-end")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"content-changed-{signal}")
        # Pages of any type, hence no sender.
        post_delete.connect(page_deleted, dispatch_uid="content-changed-page-deleted")
        post_save.connect(page_saved, dispatch_uid="content-changed-page-saved")
        # Menus and taxonomy terms show on many pages; site settings on every page.
        for signal in (post_save, post_delete):
            signal.connect(content_changed, sender=NavigationMenu, dispatch_uid=f"menu-{signal}")
        post_save.connect(settings_changed, sender=SiteSettings, dispatch_uid="settings-changed")
        # An image's or a document's change (a new file, a focal point) gives it new renditions
        # and addresses, and the old ones go: pages and their kept parts show the new ones.
        for model in (get_image_model(), get_document_model()):
            for signal in (post_save, post_delete):
                uid = f"media-{model.__name__}-{signal}"
                signal.connect(media_changed, sender=model, dispatch_uid=uid)

        # Which site a host names and which sections are private (website.structure).
        for model in (Site, Locale, PageViewRestriction):
            for signal in (post_save, post_delete):
                uid = f"structure-{model.__name__}-{signal}"
                signal.connect(content_changed, sender=model, dispatch_uid=uid)
        # The searches editors have picks for (search.site_search.promoted_queries).
        for signal in (post_save, post_delete):
            uid = f"editors-picks-{signal}"
            signal.connect(content_changed, sender=SearchPromotion, dispatch_uid=uid)
        install_upstream_workarounds()
        spreadsheets.install()
        translation_overrides.install()
        # Privacy follows a page into its translations, including restrictions set before.
        translation_privacy.install()

        post_migrate.connect(ensure_content_locales, sender=self)
        # A migration may change what pages show or what a search finds (a rebuilt index): no
        # kept page, part or search answer outlives it.
        post_migrate.connect(content_changed, sender=self, dispatch_uid="migrated")
        # A language just added to the settings gets its home, sections and menus.
        post_migrate.connect(
            language_trees.add_new_languages, sender=self, dispatch_uid="new-language-trees"
        )
        post_migrate.connect(
            lambda **kwargs: translation_privacy.follow_sources_everywhere(),
            sender=self,
            weak=False,
            dispatch_uid="privacy-follows-after-migrate",
        )
        for model in (Theme, EcosystemType, SustainableDevelopmentGoal):
            for signal in (post_save, post_delete):
                signal.connect(
                    content_changed, sender=model, dispatch_uid=f"changed-{model.__name__}-{signal}"
                )
                signal.connect(
                    lambda sender, **kwargs: forget_term_names(sender),
                    sender=model,
                    weak=False,
                    dispatch_uid=f"forget-term-names-{model.__name__}-{signal}",
                )
