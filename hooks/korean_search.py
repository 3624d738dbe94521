"""Korean-aware search: words with particles and parts of compounds are found.

Material's search (lunr) matches a query word against the start of the words in
its index. Korean attaches particles to words (드롭아웃을, 함수는) and writes
compounds without spaces (활성화함수), so a reader's query `드롭아웃을` found
nothing unless that exact form was on the page, and `함수` missed `활성화함수를`.

1. Particles: the index's `separator` (Material's documented setting, which lunr
   applies to the pages and to the reader's query alike) gets PARTICLE_SPLIT, which
   drops a common particle at the end of a word. `드롭아웃을` on a page and in a
   query both become 드롭아웃, so every particle form of a word finds every other,
   at no cost to the index; a word is also split where Hangul meets Latin letters or
   digits (벡터DB as 벡터 DB). (Until 2027-01 the split kept the particle as a word of
   its own: a query's 가 or 를 then matched, as a prefix, every word starting with
   it on every page, and 소프트맥스가 ranked a page about classes first.)
2. Compounds: after the build, the Korean entries get extra index words found
   with the Korean morphological analyzer kiwipiepy (its model ships on PyPI):
   the nouns inside each word (활성화함수를 -> 활성화, 함수) and its stem where
   Kiwi strips a particle the split does not know. They go into a `hidden` span,
   so they are searched but never shown in the results. English entries are
   untouched. Results per section are cached in .cache/korean-search (Kiwi takes
   a few seconds to load, and its first analysis a few more: under `mkdocs serve`
   that happens in the background once the site is served, not in the first save).

(Until 2026-12 every stem was listed with eight particles attached instead: 0.75 MB
of the Korean index, which every Korean page loads.)
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
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
# Particles split off the end of a word (after Hangul, or a Latin letter or digit: ReLU를).
# Longer ones are listed too, so that 함수에서 is searched as 함수 + 에서.
PARTICLES = [
    "에서는",
    "에서",
    "에게",
    "에는",
    "으로",
    "로",
    "까지",
    "부터",
    "처럼",
    "보다",
    "이라는",
    "라는",
    "이란",
    "란",
    "이나",
    "을",
    "를",
    "이",
    "가",
    "은",
    "는",
    "과",
    "와",
    "에",
    "의",
    "도",
    "만",
]
PARTICLE_SPLIT = "(?<=[\\uac00-\\ud7a3A-Za-z0-9])(?:" + "|".join(PARTICLES) + ")(?![\\uac00-\\ud7a3])"
# Where Hangul meets a Latin letter or a digit: 벡터DB and 크로마DB are searched as 벡터 + DB and
# 크로마 + DB, as the pages write them (벡터 DB). After the particles, which go first: ReLU를.
SCRIPT_SPLIT = "(?<=[\\uac00-\\ud7a3])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\\uac00-\\ud7a3])"
KOREAN_SPLIT = f"{PARTICLE_SPLIT}|{SCRIPT_SPLIT}"
_SPLIT = re.compile(KOREAN_SPLIT)


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def searched_as(word: str) -> list[str]:
    """The index words lunr makes of one word with KOREAN_SPLIT: 드롭아웃을 -> [드롭아웃], 벡터DB -> [벡터, DB]."""
    return [part for part in _SPLIT.split(word) if part]


def index_words(text: str) -> list[str]:
    """Extra words to index for a Korean text (sorted, without the words the search already makes of it)."""
    words = sorted({w for w in WORD.findall(text) if HANGUL.search(w)})
    if not words:
        return []
    present = set(words) | {part for word in words for part in searched_as(word)}
    extra: set[str] = set()
    for word, tokens in zip(words, _kiwi().tokenize(words)):
        end = len(word)
        for token in reversed(tokens):  # strip particles at the end: 드롭아웃부터는 -> 드롭아웃
            if not token.tag.startswith("J"):
                break
            end = token.start
        if 0 < end < len(word):
            extra.add(word[:end])
        for i, token in enumerate(tokens):  # nouns inside: 활성화함수를 -> 활성화, 함수
            if token.tag in NOUN_TAGS and token.len >= 2:
                extra.add(word[token.start : token.start + token.len])
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if nxt is not None and nxt.tag == "XSN" and nxt.start == token.start + token.len:
                    extra.add(word[token.start : nxt.start + nxt.len])
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


def augment(index: dict) -> dict:
    separator = index["config"].get("separator") or "[\\s\\-]+"  # Material's default
    if KOREAN_SPLIT not in separator:
        index["config"]["separator"] = f"{separator}|{KOREAN_SPLIT}"
    for doc in index["docs"]:
        doc["text"] = EXTRA.sub("", doc.get("text", ""))
        plain = html.unescape(TAG.sub(" ", doc["text"])) + " " + doc.get("title", "")
        words = _cached_index_words(plain)
        if words:
            doc["text"] += f' <span hidden class="ko-search">{" ".join(words)}</span>'
    return index


def _warm_up() -> None:
    _kiwi().tokenize("활성화 함수를")


def on_serve(server, config, builder):
    if config.theme["language"] == "ko":
        threading.Thread(target=_warm_up, name="kiwi-warm-up", daemon=True).start()
    return server


@event_priority(-150)  # after Material's search plugin has written the index
def on_post_build(config):
    if config.theme["language"] != "ko":
        return  # the English site's index is Material's own
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    data = json.dumps(augment(index), ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")
    inlined = path.with_suffix(".js")  # the offline archive's copy (Material's offline plugin)
    if inlined.exists():
        inlined.write_text(f"var __index = {data}", encoding="utf-8")
