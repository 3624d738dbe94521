"""What search engines and link previews need, made offline at build time.

- A description per page, in the page's language: the front matter's
  `description`, or else the page's first paragraph (shortened to 160 characters).
  Material writes it as `<meta name="description">`; overrides/main.html also
  writes it into the Open Graph and Twitter tags.
- A link-preview card per page (1200x630 PNG): title, description and site name
  drawn with Pillow in NanumGothic, which the `koreanize-matplotlib` package ships
  on PyPI (Material's social plugin would download its fonts and fails offline).
  Cards are cached in .cache/cards by a hash of what they show and published at
  `assets/cards/<page path>.png`.
- `robots.txt` pointing at both languages' sitemaps, from `site_url` (set once, in mkdocs.yml,
  from the SITE_URL environment variable).
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from dlkb.pages import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "cards"
CARD_SIZE = (1200, 630)
TAG = re.compile(r"<[^>]+>")
FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# a box (admonition) with no block inside: not the page's own opening words (the translation notice)
BOX = re.compile(r'<div class="admonition[^"]*">(?:(?!<div).)*?</div>', re.S)
MATH = re.compile(r"\\\((.*?)\\\)")
_cards: dict[str, bytes] = {}


def _font(size: int, bold: bool = False):
    import koreanize_matplotlib  # noqa: F401 - the package that ships the font files
    from PIL import ImageFont

    fonts = Path(koreanize_matplotlib.__file__).parent / "fonts"
    return ImageFont.truetype(str(fonts / ("NanumGothicBold.ttf" if bold else "NanumGothic.ttf")), size)


def describe(content: str, limit: int = 160) -> str:
    """The first paragraph of a page's HTML as plain text, cut at a word boundary."""
    for paragraph in FIRST_PARAGRAPH.findall(BOX.sub("", content)):
        text = " ".join(html.unescape(TAG.sub("", paragraph)).split())
        text = MATH.sub(lambda m: m[1].strip(), text)  # inline math, as its TeX source
        if len(text) >= 20:
            return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return ""


def card_path(page) -> str:
    """Where a page's card is published, e.g. assets/cards/en/glossary.png."""
    stem = page.url.strip("/") or "index"
    return f"assets/cards/{stem}.png"


def draw_card(title: str, description: str, site_name: str) -> bytes:
    from io import BytesIO

    from PIL import Image, ImageDraw

    key = hashlib.sha256("\0".join([title, description, site_name]).encode()).hexdigest()[:20]
    cached = CACHE / f"{key}.png"
    if cached.exists():
        return cached.read_bytes()
    image = Image.new("RGB", CARD_SIZE, "#3f51b5")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, CARD_SIZE[1] - 90, CARD_SIZE[0], CARD_SIZE[1]], fill="#303f9f")
    title_font, text_font, width = _font(68, bold=True), _font(34), CARD_SIZE[0] - 160
    y = 80
    for line in _wrap(title, title_font, width)[:3]:
        draw.text((80, y), line, font=title_font, fill="white")
        y += 86
    y += 20
    for line in _wrap(description, text_font, width)[:4]:
        draw.text((80, y), line, font=text_font, fill="#e8eaf6")
        y += 48
    draw.text((80, CARD_SIZE[1] - 66), site_name, font=_font(36, bold=True), fill="white")
    out = BytesIO()
    image.save(out, "PNG", optimize=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(out.getvalue())
    return out.getvalue()


def _wrap(text: str, font, width: int) -> list[str]:
    """Greedy line breaking by measured width (Hangul and Latin differ in width)."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines or [""]


def on_page_content(content: str, page, config, files) -> str:
    text = page.meta.get("description") or describe(content) or config.site_description
    # the theme writes it into attributes as is: escape quotes and ampersands here, once
    page.meta["description"] = html.escape(html.unescape(text), quote=True)
    page.meta["card"] = card_path(page)
    _cards[page.meta["card"]] = draw_card(page.title or config.site_name, html.unescape(text), config.site_name)
    return content


def on_post_build(config) -> None:
    site = Path(config.site_dir)
    for path, data in _cards.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if config.theme["language"] != DEFAULT:
        return  # robots.txt is read at the root of the host only
    roots = config.extra["language_roots"].values()  # hooks/languages.py
    sitemaps = "".join(f"Sitemap: {root}sitemap.xml\n" for root in roots)
    (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\n{sitemaps}", encoding="utf-8")


def on_pre_build(config) -> None:
    _cards.clear()  # one build's files: both languages' builds share this module
