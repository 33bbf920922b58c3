"""StreamField blocks that every app's pages share. Apps add their own blocks to `BaseStreamBlock`
by subclassing it, so that editors meet the same core blocks everywhere."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the caption and credit that photographers and partners expect to see."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value["image"]
        # A decorative image is silent (alt=""); otherwise say what it shows, never nothing.
        context["alt"] = "" if image.decorative else (image.contextual_alt_text or image.title)
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def get_context(self, value, parent_context=None):
        from website.localize import shown_pages

        context = super().get_context(value, parent_context)
        # The chosen page in the visitor's language, only if live and public; else the address.
        page = shown_pages([value.get("page")])[0]
        request = (parent_context or {}).get("request")
        context["link"] = page.get_url(request) if page is not None else value.get("url", "")
        return context

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(_("Choose a page or give an address."))
                }
            )
        return value


class KeyFigureBlock(blocks.StructBlock):
    """A figure: a number, which each language writes its own way (12,500 in English, 12.500 in
    Spanish, 12 500 in French), its unit and what it counts. The number is the same in every
    translation; only the words around it are translated. A figure that is not a number ("1 in
    3"), and figures written before numbers were asked for, are shown as typed."""

    number = blocks.DecimalBlock(
        label=_("Number"),
        required=False,
        help_text=_("Digits only, such as 12500 or 4.5: each language shows it in its own way."),
    )
    value = blocks.CharBlock(
        label=_("Figure as text"),
        required=False,
        default="",  # not None, for a figure given only its number in code (wagtail-localize)
        max_length=30,
        help_text=_("Only for a figure that is not a number, such as “1 in 3”."),
    )
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=30)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    def clean(self, value):
        value = super().clean(value)
        if value.get("number") is None and not (value.get("value") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "number": ValidationError(
                        _("Give the number, or the figure as text if it is not a number.")
                    )
                }
            )
        return value


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "list-ol"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"


class PersonBlock(blocks.StructBlock):
    """A person: an expert profile on this site (named by string: the directory is another app),
    or just a name. Instructors of courses and authors of stories."""

    expert = blocks.PageChooserBlock(
        label=_("Expert profile"), page_type="network.ExpertPage", required=False
    )
    name = blocks.CharBlock(
        label=_("Or a name"),
        required=False,
        max_length=120,
        help_text=_("When there is no profile"),
    )

    class Meta:
        icon = "user"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("expert") and not value.get("name"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "expert": blocks.BlockValidationError(_("Choose a profile or give a name."))
                }
            )
        return value


def shown_people(stream):
    """The people of a stream of PersonBlocks as a public page shows them: an expert's profile
    (in the visitor's language where it has one) only when it is live and public, else the name
    typed in the block, else nobody. A chosen draft or private profile never lends its name."""
    from website.localize import shown_pages

    values = [block.value for block in stream]
    profiles = shown_pages([value["expert"] for value in values])
    people = []
    for value, profile in zip(values, profiles, strict=True):
        if profile is not None:
            people.append(profile)
        elif value["name"]:
            people.append(value["name"])
    return people


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("A video or other media by its address, for example on YouTube or Vimeo"),
        template="blocks/embed_block.html",
    )
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
