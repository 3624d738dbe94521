#!/usr/bin/env bash
# Re-vendor the browser-side libraries from the npm registry into docs/assets/vendor/.
# The site never loads them from a CDN. Run by hand when bumping a version (needs npm);
# the build itself needs no network and no npm. Versions are pinned here and in VERSIONS.
set -euo pipefail
TEMML=0.13.5  # TeX to MathML at build time (hooks/math_typeset.py)
MERMAID=11.17.2   # Material for MkDocs drives Mermaid 11's API
IFRAME_WORKER=1.0.4  # Material's Web Worker shim for file:// (the offline archive, `make dist`)
cd "$(dirname "$0")/.."
out=docs/assets/vendor
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "temml@$TEMML" "mermaid@$MERMAID" "iframe-worker@$IFRAME_WORKER" >/dev/null)
rm -rf "$out/katex" "$out/temml" "$out/mermaid" "$out/iframe-worker"; mkdir -p "$out/temml" "$out/mermaid/chunks" "$out/iframe-worker"
tar -xzf "$tmp/temml-$TEMML.tgz" -C "$tmp" && mv "$tmp/package" "$tmp/temml"
tar -xzf "$tmp/mermaid-$MERMAID.tgz" -C "$tmp" && mv "$tmp/package" "$tmp/mermaid"
# Temml: the script runs at build time (hooks/math_typeset.py); browsers draw its MathML with the
# stylesheet made for STIX Two Math (the font itself is a subset the build cuts from ziamath's copy).
cp "$tmp/temml/dist/temml.min.js" "$tmp/temml/dist/Temml-STIX2.css" "$tmp/temml/LICENSE" "$out/temml/"
# Mermaid: the ESM build, which fetches only the chunks a diagram type needs.
cp "$tmp/mermaid/dist/mermaid.esm.min.mjs" "$tmp/mermaid/LICENSE" "$out/mermaid/"
cp "$tmp/mermaid/dist/chunks/mermaid.esm.min/"*.mjs "$out/mermaid/chunks/"
mkdir -p "$out/mermaid/chunks/mermaid.esm.min" && mv "$out/mermaid/chunks/"*.mjs "$out/mermaid/chunks/mermaid.esm.min/"
# ... and the single-file build, for pages opened from the file system (browsers refuse
# ES modules from file://): used only by the offline archive.
cp "$tmp/mermaid/dist/mermaid.min.js" "$out/mermaid/"
tar -xzf "$tmp/iframe-worker-$IFRAME_WORKER.tgz" -C "$tmp" && mv "$tmp/package" "$tmp/iframe-worker"
cp "$tmp/iframe-worker/shim/index.js" "$out/iframe-worker/shim.js"
cp "$tmp/iframe-worker/LICENSE" "$out/iframe-worker/" 2>/dev/null || true
printf 'temml %s\nmermaid %s\niframe-worker %s\n' "$TEMML" "$MERMAID" "$IFRAME_WORKER" > "$out/VERSIONS"
echo "vendored: temml $TEMML, mermaid $MERMAID, iframe-worker $IFRAME_WORKER into $out"
