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
