# Everything runs from a project virtualenv built from the lock file.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# MkDocs and Material print an end-of-life banner on every run; the pins are deliberate (see README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast fuzz schema lock bench clean browser nginx libreoffice node-modules audit

# scripts/bench.py runs this target's command (read with `make -n serve`), so the bench serves as this does.
serve: $(STAMP)  ## preview at http://127.0.0.1:8000 with live reload; a save re-writes only the pages it changed
	$(BIN)/mkdocs serve --dirty --livereload --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/
	$(BIN)/mkdocs build --strict

test: $(STAMP) browser nginx libreoffice node-modules  ## every test: unit, build, browser, downloads and deploy
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## unit tests only
	$(BIN)/python -m pytest tests/unit

audit: $(STAMP) browser nginx  ## Lighthouse (mobile) and axe on every page type, served by nginx with the shipped config
	@bash scripts/ensure-node-modules.sh --audit
	$(BIN)/python scripts/audit.py

FUZZ_MINUTES ?= 10
fuzz: $(STAMP)  ## the pipeline fuzzer with new random inputs for FUZZ_MINUTES (default 10); prints the inputs tried
	$(BIN)/python scripts/fuzz.py --minutes $(FUZZ_MINUTES)

schema: $(STAMP)  ## regenerate the JSON Schemas in schemas/ from the model
	$(BIN)/python -m studio.schema schemas

lock: $(STAMP)  ## re-resolve requirements.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet uv==0.13.9
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 -o requirements.lock

BENCH_ARGS ?=
bench: $(STAMP)  ## floor, cold, warm, memory, serve save-to-visible and growth at 30+150 and 1,000+500 (long: BENCH_ARGS=--quick to try it)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

browser:  ## Debian's Chromium for the browser tests (installed once, as root or with sudo)
	@bash scripts/ensure-chromium.sh

nginx:  ## Debian's nginx for the deploy tests (installed once, as root or with sudo)
	@bash scripts/ensure-nginx.sh

node-modules:  ## axe-core from npm (package-lock.json) for the accessibility test
	@bash scripts/ensure-node-modules.sh

libreoffice:  ## Debian's headless LibreOffice Calc, to recalculate the spreadsheet download in tests
	@bash scripts/ensure-libreoffice.sh

$(STAMP): requirements.lock pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@# What an editable install does, without needing build tools: put src/ on the path.
	$(BIN)/python -c "import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()['purelib'], 'studio-src.pth').write_text('$(CURDIR)/src\\n')"
	touch $(STAMP)

clean:
	rm -rf $(VENV) site .pytest_cache node_modules
