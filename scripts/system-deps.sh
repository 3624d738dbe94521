#!/usr/bin/env bash
# Install the Debian packages the checks need, only when they are missing:
# chromium (browser tests, and the build draws Mermaid diagrams in it; Playwright cannot
# download its own browser offline)
# and fonts-nanum (Hangul glyphs in the browser and in screenshots), and a Java
# runtime for the Nu Html Checker (vnu.jar) when no `java` is on the PATH, and npm when
# there is none (a Debian container).
# With arguments, it installs those packages instead (e.g. python3-venv).
set -euo pipefail
wanted=("$@")
if [ ${#wanted[@]} -eq 0 ]; then
  wanted=(chromium fonts-nanum)
  command -v java >/dev/null 2>&1 || wanted+=(default-jre-headless)
  command -v npm >/dev/null 2>&1 || wanted+=(npm)  # fetches the test tools (scripts/test-tools.sh)
fi
missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
