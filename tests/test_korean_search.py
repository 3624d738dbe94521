"""The Korean search index words (hooks/korean_search.py), checked without a browser.

tests/test_browser.py searches the built site for glossary terms with particles attached,
and for a part of a compound with a particle.
"""

import json
import re
from types import SimpleNamespace

from hooks.korean_search import PARTICLE_SPLIT, augment, index_words, on_post_build, searched_as


def test_particles_are_split_off_the_end_of_a_word():
    assert searched_as("드롭아웃을") == ["드롭아웃", "을"]
    assert searched_as("함수에서") == ["함수", "에서"]
    assert searched_as("ReLU를") == ["ReLU", "를"]
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
    assert once["config"]["separator"] == r"[\s\-]+|" + PARTICLE_SPLIT
    again = augment(once)
    assert again["docs"][0]["text"] == text and again["config"]["separator"].count(PARTICLE_SPLIT) == 1
    # the hook leaves the English site's index (its own build) as Material wrote it
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    for language, augmented in (("en", False), ("ko", True)):
        on_post_build(SimpleNamespace(site_dir=str(tmp_path), theme={"language": language}))
        written = (tmp_path / "search" / "search_index.json").read_text(encoding="utf-8")
        assert ("ko-search" in written) == augmented, language
    re.compile(again["config"]["separator"])
