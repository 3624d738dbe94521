# Two commands: `make serve` and `make test`. Both set everything up first.
# .venv is created from requirements.txt and reinstalled only when that file changes; the lock
# holds every package (tests/test_dependencies.py), so pip installs it without resolving again.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-requirements.txt
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build dist test test-latest lock bench translations build-deps system-deps test-tools clean

# Each language is its own MkDocs build: mkdocs.yml (Korean, at /) and mkdocs.en.yml (English, at /en/).
# `python -m mkdocs`: this folder's dlkb package comes first (a copy of the repository uses its own).
MKDOCS := $(BIN)/python -m mkdocs

# --dirty: a save rebuilds only the pages it changed; hooks/incremental_serve.py also builds
# the English site into the served folder, so both languages are served at one address
SERVE_ADDR ?= 127.0.0.1:8000
serve: $(STAMP) build-deps
	$(MKDOCS) serve --dirty --dev-addr $(SERVE_ADDR)

build: $(STAMP) build-deps
	$(MKDOCS) build --strict --clean
	$(MKDOCS) build --strict --clean -f mkdocs.en.yml

# The whole site as one archive that works unpacked and opened from the file system
# (classrooms without internet): open index.html in a browser.
dist: $(STAMP) build-deps
	rm -rf dist
	OFFLINE=true $(MKDOCS) build --strict --clean -d dist/site
	OFFLINE=true $(MKDOCS) build --strict --clean -f mkdocs.en.yml -d dist/site/en
	cd dist && ../$(BIN)/python -m zipfile -c deep-learning-kb-site.zip site
	@echo "dist/deep-learning-kb-site.zip: unpack it and open site/index.html"

# English pages whose Korean source changed since they were translated
# (record an updated translation: .venv/bin/python -m dlkb.translations --record docs/<page>.en.md)
translations: $(STAMP)
	@$(BIN)/python -m dlkb.translations

# Run times, measured now in a fresh copy of the repository: one JSON object (see README.md)
bench: $(STAMP) system-deps
	@$(BIN)/python scripts/bench.py

test: $(STAMP) system-deps test-tools
	$(BIN)/python -m pytest

# The site's code on the newest releases of requirements.in, in .venv-latest: a report of what
# breaks, in test-artifacts/latest/ (scripts/test_latest.py; weekly in .github/workflows/latest.yml)
test-latest: $(STAMP)
	$(BIN)/python scripts/test_latest.py

# requirements.txt compiled from requirements.in, keeping every pin that still fits;
# `make lock UPGRADE=keras` moves one package (and what it needs) to its newest release
lock: $(STAMP)
	$(BIN)/uv pip compile --quiet requirements.in -o requirements.txt --python $(BIN)/python \
		--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade-package $(UPGRADE))

test-tools: $(STAMP)
	@bash scripts/test-tools.sh

# the build draws the Mermaid diagrams in chromium (hooks/mermaid_svg.py), with Hangul fonts
build-deps:
	@bash scripts/system-deps.sh chromium fonts-nanum

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Python 3.11 or newer is needed"'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { bash scripts/system-deps.sh python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	$(BIN)/pip check --disable-pip-version-check
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	cp requirements.txt $(STAMP)

clean:
	rm -rf site dist .cache test-artifacts
