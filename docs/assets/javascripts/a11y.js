// Names for the code-annotation markers Material adds at run time (axe-core:
// "links must have discernible text"): "주석 1" / "Annotation 1".
(() => {
  const word = document.documentElement.lang === "ko" ? "주석" : "Annotation";
  const label = () => {
    for (const a of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const n = a.querySelector("[data-md-annotation-id]");
      a.setAttribute("aria-label", `${word} ${n ? n.dataset.mdAnnotationId : ""}`.trim());
    }
  };
  new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
  label();
})();

// Display math, tables, diagrams and code wider than the column scroll sideways; a region that
// scrolls must be reachable by keyboard (axe-core: scrollable-region-focusable), so those that
// overflow at the current width get tabindex="0" (and lose it again when the window grows).
// Code too: Material gives a code block tabindex only when it mounts the block, and with
// `content.lazy` (mkdocs.yml) it mounts a block when it scrolls into view.
(() => {
  const scrollers = () => {
    const regions = [...document.querySelectorAll(
      ".md-typeset div.arithmatex, .md-typeset__scrollwrap, .md-typeset .mermaid-svg, .md-typeset pre > code",
    )];
    // every width read first, then every change: a change between two reads would make the
    // browser lay out the whole page again for the next read (once per formula on a long page)
    const wide = regions.map((el) => el.scrollWidth > el.clientWidth + 1);
    regions.forEach((el, i) => {
      if (wide[i] && !el.hasAttribute("tabindex")) {
        el.tabIndex = 0;
        el.dataset.scrolls = "";
      } else if (!wide[i] && "scrolls" in el.dataset) {
        el.removeAttribute("tabindex");
        delete el.dataset.scrolls;
      }
    });
  };
  scrollers();
  document.fonts.ready.then(scrollers); // KaTeX's fonts change the width of the math
  let pending = 0;
  addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(scrollers);
  });
})();
