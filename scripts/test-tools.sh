#!/usr/bin/env bash
# Fetch the checkers the tests run that are not Python packages, pinned, from the
# npm registry (the only network use, at set-up time): axe-core (accessibility,
# injected into each page in Chromium), vnu-jar (the Nu Html Checker, run with
# Java on the built HTML) and Lighthouse (run with Node on each built page:
# tests/test_lighthouse.py). They land in .venv/tools/, next to the pinned Python
# packages, and are fetched again only when a version here changes (each on its own,
# so that a new Lighthouse does not fetch the others again).
set -euo pipefail
AXE=4.14.1
VNU=26.9.27
LIGHTHOUSE=12.2.3  # 13.x needs Node 22; Debian 12 has Node 18 and this machine Node 20
cd "$(dirname "$0")/.."
out=.venv/tools
want="axe-core $AXE
vnu-jar $VNU"
if ! { [ -f "$out/VERSIONS" ] && [ "$(cat "$out/VERSIONS")" = "$want" ]; }; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "axe-core@$AXE" "vnu-jar@$VNU" >/dev/null 2>&1)
  rm -rf "$out/axe-core" "$out/vnu-jar"; mkdir -p "$out"
  tar -xzf "$tmp/axe-core-$AXE.tgz" -C "$tmp" package/axe.min.js package/LICENSE && mv "$tmp/package" "$out/axe-core"
  tar -xzf "$tmp/vnu-jar-$VNU.tgz" -C "$tmp" package/build/dist/vnu.jar package/LICENSE && mv "$tmp/package" "$out/vnu-jar"
  printf '%s\n' "$want" > "$out/VERSIONS"
  echo "test tools: axe-core $AXE, vnu-jar $VNU in $out"
fi
lighthouse="$out/lighthouse"
if [ "$(cat "$lighthouse/VERSION" 2>/dev/null)" != "$LIGHTHOUSE" ]; then
  rm -rf "$lighthouse"; mkdir -p "$lighthouse"
  npm install --prefix "$lighthouse" --save-exact --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE"
  echo "$LIGHTHOUSE" > "$lighthouse/VERSION"
  echo "test tools: lighthouse $LIGHTHOUSE in $lighthouse"
fi
