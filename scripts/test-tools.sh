#!/usr/bin/env bash
# Fetch the checkers the tests run that are not Python packages, pinned, from the
# npm registry (the only network use, at set-up time): axe-core (accessibility,
# injected into each page in Chromium) and vnu-jar (the Nu Html Checker, run with
# Java on the built HTML). They land in .venv/tools/, next to the pinned Python
# packages, and are fetched again only when a version here changes.
set -euo pipefail
AXE=4.14.1
VNU=26.9.27
cd "$(dirname "$0")/.."
out=.venv/tools
want="axe-core $AXE
vnu-jar $VNU"
[ -f "$out/VERSIONS" ] && [ "$(cat "$out/VERSIONS")" = "$want" ] && exit 0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "axe-core@$AXE" "vnu-jar@$VNU" >/dev/null 2>&1)
rm -rf "$out"; mkdir -p "$out"
tar -xzf "$tmp/axe-core-$AXE.tgz" -C "$tmp" package/axe.min.js package/LICENSE && mv "$tmp/package" "$out/axe-core"
tar -xzf "$tmp/vnu-jar-$VNU.tgz" -C "$tmp" package/build/dist/vnu.jar package/LICENSE && mv "$tmp/package" "$out/vnu-jar"
printf '%s\n' "$want" > "$out/VERSIONS"
echo "test tools: axe-core $AXE, vnu-jar $VNU in $out"
