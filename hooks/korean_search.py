"""Korean-aware search: words with particles and parts of compounds are found.

Material's search (lunr) matches a query word against the start of the words in
its index. Korean attaches particles to words (드롭아웃을, 함수는) and writes
compounds without spaces (활성화함수), so a reader's query `드롭아웃을` found
nothing unless that exact form was on the page, and `함수` missed `활성화함수를`.

After the build, the Korean entries of the search index get extra index words,
found with the Korean morphological analyzer kiwipiepy (its model ships on
PyPI): for every word on the page, its stem without particles, the nouns
inside it (활성화함수를 -> 활성화, 함수), and each of those with the common
particles attached (함수를, 함수가, 함수는, 함수의, 함수로, ...). They go into a
`hidden` span, so they are searched but never shown in the results. English
entries are untouched, and whole-word queries work as before. Results per
section are cached in .cache/korean-search (Kiwi takes a few seconds to load).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import lru_cache
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "korean-search"
HANGUL = re.compile("[\uac00-\ud7a3]")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\s()\[\]{}<>.,:;!?\"'`/=*+|~^$#%&\\]+")
EXTRA = re.compile(r' ?<span hidden class="ko-search">.*?</span>', re.S)
NOUN_TAGS = {"NNG", "NNP"}
_VERSION = hashlib.sha256(Path(__file__).read_bytes()).digest()  # a change here invalidates the cache
# (after a final consonant, after a vowel); 으로/로: ㄹ-final words take 로
# the most frequent particles (a query with a longer ending still matches by prefix: 함수에서 -> 함수에)
PARTICLES = [("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("으로", "로"), ("에", "에"), ("의", "의"),
             ("도", "도")]


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def with_particles(word: str) -> set[str]:
    """The word with each common particle attached, in the allomorph its last sound takes."""
    last = word[-1]
    if HANGUL.match(last):
        final = (ord(last) - 0xAC00) % 28
        forms = set()
        for after_consonant, after_vowel in PARTICLES:
            if after_consonant == "으로":
                forms.add(word + ("로" if final in (0, 8) else "으로"))  # 8: ㄹ
            else:
                forms.add(word + (after_consonant if final else after_vowel))
        return forms
    # a Latin or digit ending (ReLU를, GELU가): the reading decides; accept both
    return {word + p for pair in PARTICLES for p in pair}


def index_words(text: str) -> list[str]:
    """Extra words to index for a Korean text (sorted, without the words already in it)."""
    words = sorted({w for w in WORD.findall(text) if HANGUL.search(w)})
    if not words:
        return []
    present = set(words)
    extra: set[str] = set()
    for word, tokens in zip(words, _kiwi().tokenize(words)):
        stems = set()
        end = len(word)
        for token in reversed(tokens):  # strip particles at the end: 드롭아웃을 -> 드롭아웃
            if not token.tag.startswith("J"):
                break
            end = token.start
        if 0 < end < len(word):
            stems.add(word[:end])
        for i, token in enumerate(tokens):  # nouns inside: 활성화함수를 -> 활성화, 함수
            if token.tag in NOUN_TAGS and token.len >= 2:
                stems.add(word[token.start:token.start + token.len])
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if nxt is not None and nxt.tag == "XSN" and nxt.start == token.start + token.len:
                    stems.add(word[token.start:nxt.start + nxt.len])
        for stem in stems:
            extra.add(stem)
            extra |= with_particles(stem)
    return sorted(extra - present)


def _cached_index_words(text: str) -> list[str]:
    key = hashlib.sha256(text.encode() + _VERSION).hexdigest()[:24]
    path = CACHE / f"{key}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    words = index_words(text)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    return words


def augment(index: dict, english_prefix: str = "en/") -> dict:
    for doc in index["docs"]:
        doc["text"] = EXTRA.sub("", doc.get("text", ""))
        if doc["location"].startswith(english_prefix):
            continue
        plain = html.unescape(TAG.sub(" ", doc["text"])) + " " + doc.get("title", "")
        words = _cached_index_words(plain)
        if words:
            doc["text"] += f' <span hidden class="ko-search">{" ".join(words)}</span>'
    return index


@event_priority(-150)  # after the i18n plugin (-100) has written the index of both languages
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    data = json.dumps(augment(index), ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")
    inlined = path.with_suffix(".js")  # the offline archive's copy (Material's offline plugin)
    if inlined.exists():
        inlined.write_text(f"var __index = {data}", encoding="utf-8")
