"""The Korean search index words (hooks/korean_search.py), checked without a browser.

tests/test_browser.py searches the built site for glossary terms with particles attached.
"""

from hooks.korean_search import augment, index_words, with_particles


def test_particles_follow_the_final_sound():
    assert {"드롭아웃을", "드롭아웃이", "드롭아웃은", "드롭아웃으로"} <= with_particles("드롭아웃")
    assert {"함수를", "함수가", "함수는", "함수로"} <= with_particles("함수")
    assert "레이블로" in with_particles("레이블") and "레이블으로" not in with_particles("레이블")  # ㄹ final
    assert {"ReLU를", "ReLU을"} <= with_particles("ReLU")


def test_compounds_and_particles_are_indexed():
    words = set(index_words("활성화함수를 쓰면 드롭아웃은 꺼진다"))
    assert {"함수", "활성화", "활성화함수", "함수를", "함수의"} <= words  # a part of the compound, with particles
    assert {"드롭아웃", "드롭아웃을"} <= words
    assert "활성화함수를" not in words  # already on the page: not repeated


def test_only_korean_entries_are_augmented_and_it_is_idempotent():
    index = {"docs": [{"location": "x/", "title": "", "text": "<p>드롭아웃은</p>"},
                      {"location": "en/x/", "title": "", "text": "<p>드롭아웃은</p>"}]}
    once = augment(index)
    text = once["docs"][0]["text"]
    assert 'hidden class="ko-search"' in text and "드롭아웃을" in text
    assert once["docs"][1]["text"] == "<p>드롭아웃은</p>"
    assert augment(once)["docs"][0]["text"] == text
