"""The Korean search index words (hooks/korean_search.py), checked without a browser.

tests/test_browser.py searches the built site for glossary terms with particles attached,
and for a part of a compound with a particle.
"""

import json
import re
from types import SimpleNamespace

from hooks.korean_search import KOREAN_SPLIT, augment, index_words, on_post_build, searched_as


def test_particles_are_split_off_the_end_of_a_word():
    # the particle is dropped: as a query word of its own, 가 or 를 matched every word starting with it
    assert searched_as("드롭아웃을") == ["드롭아웃"]
    assert searched_as("함수에서") == ["함수"]
    assert searched_as("ReLU를") == ["ReLU"]
    assert searched_as("토큰화란") == ["토큰화"]
    assert searched_as("임베딩이란") == ["임베딩"]
    # where Hangul meets Latin letters: 벡터DB is searched as the pages write it, 벡터 DB
    assert searched_as("벡터DB") == ["벡터", "DB"] and searched_as("크로마DB를") == ["크로마", "DB"]
    for word in ("드롭아웃", "ReLU", "dropout", "softmax_cross_entropy", "가중치"):
        assert searched_as(word) == [word]  # nothing to split: the word is indexed as written
    # a word with a particle and the bare word meet in the index, whichever the page or the query has
    assert searched_as("레이블로")[0] == searched_as("레이블의")[0] == "레이블"


def test_compound_parts_are_indexed_once():
    words = set(index_words("활성화함수를 쓰면 드롭아웃은 꺼진다"))
    assert {"함수", "활성화"} <= words  # the parts of the compound
    assert not {"드롭아웃", "활성화함수"} & words  # the split already makes them of 드롭아웃은, 활성화함수를
    assert not any(w.endswith(("를", "을", "의")) for w in words), words  # no particle forms listed


def test_entries_are_augmented_once_and_only_on_the_korean_site(tmp_path):
    index = {
        "config": {"separator": r"[\s\-]+"},
        "docs": [{"location": "x/", "title": "", "text": "<p>활성화함수는</p>"}],
    }
    once = augment(json.loads(json.dumps(index)))
    text = once["docs"][0]["text"]
    assert 'hidden class="ko-search"' in text and "함수" in text
    assert once["config"]["separator"] == r"[\s\-]+|" + KOREAN_SPLIT
    again = augment(once)
    assert again["docs"][0]["text"] == text and again["config"]["separator"].count(KOREAN_SPLIT) == 1
    # the hook leaves the English site's index (its own build) as Material wrote it
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    for language, augmented in (("en", False), ("ko", True)):
        on_post_build(SimpleNamespace(site_dir=str(tmp_path), theme={"language": language}))
        written = (tmp_path / "search" / "search_index.json").read_text(encoding="utf-8")
        assert ("ko-search" in written) == augmented, language
    re.compile(again["config"]["separator"])


def test_glossary_names_reach_their_topic_page_and_split_compounds():
    """hooks/search_keywords.py: each topic page's entry gets its names and its terms with their aliases."""
    from dlkb.blocks import DOCS
    from dlkb.glossary import load
    from hooks.search_keywords import add_fields, compound_split

    glossary = load(DOCS)
    index = {
        "config": {},
        "docs": [
            {"location": "activation-functions/", "title": "", "text": ""},
            {"location": "activation-functions/#relu", "title": "", "text": ""},
            {"location": "glossary/", "title": "", "text": ""},
        ],
    }
    ko = add_fields(json.loads(json.dumps(index)), glossary, "ko")["docs"]
    assert "렐루" in ko[0]["keywords"] and "ReLU" in ko[0]["keywords"] and "활성화 함수" in ko[0]["topic"]
    assert "keywords" not in ko[1] and "keywords" not in ko[2]  # only the page's own entry
    en = add_fields(json.loads(json.dumps(index)), glossary, "en")["docs"]
    assert "batchnorm" not in en[0]["keywords"] and "렐루" not in en[0]["keywords"] and "ReLU" in en[0]["keywords"]
    assert add_fields(add_fields(json.loads(json.dumps(index)), glossary, "ko"), glossary, "ko")["docs"] == ko
    split = re.compile(compound_split(glossary))
    for joined, parts in [
        ("배치정규화를", ["배치", "정규화를"]),
        ("평균제곱오차", ["평균", "제곱", "오차"]),
        ("경사하강법", ["경사", "하강법"]),
        ("배치", ["배치"]),
        ("정규화", ["정규화"]),
    ]:
        assert [p for p in split.split(joined) if p] == parts, joined
