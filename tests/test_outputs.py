"""Under every block, what it showed when the site's code ran (hooks/code_outputs.py, dlkb/outputs.py).

Counted on the built pages of both languages: each Python block that printed something,
or wrote an image the prose does not already show, has a box titled 출력 / Output right
under it holding exactly that run's text (open when short, collapsed when long), and no
other block has one. The run is the one the tests check (tests/test_codeblocks.py); a
warm build runs nothing, and a second run of a sample shows the same output.
"""

from __future__ import annotations

import re

import pytest

from dlkb import outputs, runner
from dlkb.blocks import DOCS, ROOT, CollectError, page_blocks, page_files, rel
from dlkb.pages import language_of
from tests.harness import site as site_build
from tests.harness.html import article, built_path, soup

PAGES = [rel(p) for p in page_files() if p.suffix == ".md" and any(b.language == "python" for b in page_blocks(rel(p)))]
TIMING = re.compile(r"\d+(?:\.\d+)?\s?(?:ms|µs|us|s)\b(?:/step)?")  # a duration: the one thing a run may change


def expected_boxes(page: str) -> list[tuple[outputs.Shown, list[str]]]:
    """What the page should show, block by block: each box's output and the images in it."""
    found, boxes = outputs.shown(), []
    for block in page_blocks(page):
        shown = found.get((block.page, block.line)) if block.language == "python" else None
        prose = (ROOT / block.page).read_text(encoding="utf-8")
        images = [n for n in shown.images if f"]({n})" not in prose] if shown else []
        if shown and (shown.printed or images):
            boxes.append((shown, images))
    return boxes


@pytest.mark.parametrize("page", PAGES)
def test_each_block_shows_what_it_printed(built_site, page):
    doc = article(soup(built_path(built_site, page)))
    boxes = doc.select("details.output")
    expected = expected_boxes(page)
    assert len(boxes) == len(expected), f"{page}: {len(boxes)} output boxes on the built page, {len(expected)} blocks"
    title = outputs.TITLE[language_of(page)]
    for box, (shown, images) in zip(boxes, expected, strict=True):
        assert box.summary.get_text(strip=True) == title
        above = box.find_previous_sibling()
        if above.name == "ol":  # the block's code annotations (`# (1)!`) come first
            above = above.find_previous_sibling()
        assert "highlight" in above.get("class", []), "the box is not under its block"
        if shown.printed:
            assert box.select_one("pre code").get_text().rstrip("\n") == shown.printed
            assert box.has_attr("open") == (shown.printed.count("\n") < outputs.LONG)
        assert [img["src"].rsplit("/", 1)[-1] for img in box.select("img")] == images


def test_the_site_shows_outputs(built_site):
    """How many blocks show an output, over every page: a floor that a silent hook would break."""
    count = sum(len(expected_boxes(page)) for page in PAGES if not page.startswith("docs/course."))
    assert count >= 200, f"only {count} blocks show an output"


@pytest.mark.reuse("code")  # what the code does, not the prose around it
def test_a_warm_build_runs_no_code(tmp_path, built_site):
    """With every run in the cache, a build executes nothing: DLKB_NO_RUN=1 makes any run an error."""
    status = site_build.build(tmp_path / "site", DLKB_NO_RUN="1")
    assert site_build.problems(status) == [], "\n".join(site_build.problems(status))
    assert "Running the site's code" not in status["log"]


SAMPLE = ["docs/activation-functions/index.ko.md", "docs/optimizers/index.ko.md", "docs/tokenization/index.ko.md"]


@pytest.mark.reuse("code")  # what the code does, not the prose around it
def test_a_second_run_shows_the_same_output(tmp_path, built_site):
    """A sample of chains run again on this machine print the same text as the run the pages show,
    durations aside, and write the same images."""
    runner.prepare()
    found = outputs.shown()
    sample = [c for c in runner.chains() if {b.page for b in c.blocks + sum(c.twins, ())} & set(SAMPLE)]
    assert len(sample) >= 10
    for number, chain in enumerate(sample):
        work = tmp_path / str(number)
        work.mkdir()
        (work / "docs").symlink_to(DOCS, target_is_directory=True)
        for block, again in zip(chain.blocks, runner.run(chain, str(work)), strict=True):
            before = found[block.page, block.line]
            assert TIMING.sub("<t>", outputs.clean(again.printed)) == TIMING.sub("<t>", before.printed), block.where
            assert again.images == before.images, block.where


def test_a_number_quoted_in_the_prose_is_the_one_printed():
    """`{{ printed("label") }}` becomes what a block of the page printed as `label: value`; a label that no
    block printed stops the build (the page would otherwise quote a number no run gave)."""
    page = "docs/activation-functions/index.ko.md"
    first = next(b for b in page_blocks(page) if b.language == "python")
    text = (ROOT / page).read_text(encoding="utf-8").rstrip("\n")  # same lines: the blocks stay where they are
    text = outputs.PRINTED.sub("0", text)  # (the page's own quotes need the page's run)
    found = {(first.page, first.line): outputs.Shown("train loss: 0.1\ntest accuracy: 0.93, at epoch 5", [], ROOT)}
    done = outputs.annotate(text + ' 정확도는 {{ printed("test accuracy") }}입니다.', page, "ko", found)
    assert done.rstrip().endswith("정확도는 0.93입니다.")
    assert '???+ output "출력"' in done and "    train loss: 0.1" in done
    with pytest.raises(CollectError, match="test loss"):
        outputs.annotate(text + ' {{ printed("test loss") }}', page, "ko", found)


def test_no_quote_is_left_unreplaced(built_site):
    for page in PAGES:
        html = built_path(built_site, page).read_text(encoding="utf-8")
        assert "printed(" not in html, f"{page}: a {{{{ printed(...) }}}} was not replaced"
