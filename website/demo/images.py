"""Demo images drawn on this machine (no downloads): layered hills under a sky, in a palette
per landscape, deterministic for a given name."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

PALETTES = [
    ((135, 190, 222), [(92, 140, 80), (60, 110, 62), (34, 78, 44)]),
    ((240, 196, 140), [(196, 150, 90), (160, 112, 64), (110, 78, 48)]),
    ((170, 210, 230), [(120, 170, 110), (80, 140, 90), (40, 96, 70)]),
    ((220, 225, 235), [(140, 150, 160), (96, 120, 110), (52, 82, 70)]),
]


def draw_landscape(name, width=1600, height=900):
    rng = random.Random(hashlib.sha256(name.encode()).hexdigest())
    sky, hills = rng.choice(PALETTES)
    picture = PILImage.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(picture)
    for row in range(height // 2):
        shade = tuple(min(255, channel + row // 6) for channel in sky)
        draw.line([(0, row), (width, row)], fill=shade)
    for layer, colour in enumerate(hills):
        base = height * (0.45 + 0.15 * layer)
        points = [(0, height)]
        for step in range(0, width + 100, 100):
            points.append((step, base - rng.uniform(0, height * 0.18)))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    buffer.seek(0)
    return buffer


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Demo").first()
    return existing or root.add_child(name="Demo")


def get_or_create_image(title):
    """The demo image with this title, drawn the first time it is asked for."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        slug = hashlib.sha1(title.encode()).hexdigest()[:12]  # noqa: S324 - a file name, not security
        image = Image(title=title, collection=demo_collection())
        image.file = ImageFile(draw_landscape(title), name=f"demo-{slug}.jpg")
        image.save()
    return image
