# Everything runs from a project virtualenv built from the lock files: requirements.lock holds what the site
# needs (make serve, make build); requirements-test.lock adds the test tools at the same versions (make test).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# MkDocs and Material print an end-of-life banner on every run; the pins are deliberate (see README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check content-edit-test test-fast fuzz schema lock bench clean browser nginx libreoffice node-modules audit shots

# scripts/bench.py runs this target's command (read with `make -n serve`), so the bench serves as this does.
serve: $(STAMP)  ## preview at http://127.0.0.1:8000 with live reload; a save re-writes only the pages it changed
	$(BIN)/mkdocs serve --dirty --livereload --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/
	$(BIN)/mkdocs build --strict

test: $(TEST_STAMP) browser nginx libreoffice node-modules  ## every test: unit, build, browser, downloads and deploy, on every core
	$(BIN)/python -m pytest -n auto

check: $(TEST_STAMP)  ## the quick loop: unit tests and one strict build of the test site (under a minute)
	$(BIN)/python -m pytest -n auto -m "unit or owner"

content-edit-test: $(TEST_STAMP) browser nginx libreoffice node-modules  ## every test again, on a copy whose programmes, articles and data are edited validly
	bash scripts/content-edit-check.sh

test-fast: $(TEST_STAMP)  ## unit tests only
	$(BIN)/python -m pytest -n auto -m unit

audit: $(TEST_STAMP) browser nginx  ## Lighthouse (mobile) and axe on every page type, served by nginx with the shipped config
	@bash scripts/ensure-node-modules.sh --audit
	$(BIN)/python scripts/audit.py

shots: $(TEST_STAMP) browser  ## phone and desktop screenshots of every page type, light and dark, and a PDF's first pages, into shots/
	$(BIN)/python scripts/shots.py

FUZZ_MINUTES ?= 10
fuzz: $(TEST_STAMP)  ## the pipeline fuzzer with new random inputs for FUZZ_MINUTES (default 10); prints the inputs tried
	$(BIN)/python scripts/fuzz.py --minutes $(FUZZ_MINUTES)

schema: $(STAMP)  ## regenerate the JSON Schemas in schemas/ from the model
	$(BIN)/python -m studio.outputs.schema schemas

lock: $(STAMP)  ## re-resolve both lock files from pyproject.toml (the site's pins are the test lock's)
	$(BIN)/python -m pip install --quiet uv==0.13.9
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
	  --custom-compile-command "make lock" -o requirements-test.lock
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 \
	  --custom-compile-command "make lock" -c requirements-test.lock -o requirements.lock

BENCH_ARGS ?=
bench: $(TEST_STAMP)  ## floor, cold, warm, memory, serve save-to-visible and growth at 30+150 and 1,000+500 (long: BENCH_ARGS=--quick to try it)
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
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@# What an editable install does, without needing build tools: put src/ on the path.
	$(BIN)/python -c "import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()['purelib'], 'studio-src.pth').write_text('$(CURDIR)/src\\n')"
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.lock
	touch $(TEST_STAMP)

clean:
	rm -rf $(VENV) site .pytest_cache node_modules
