# One task runner: the README and CI call these targets.
SHELL := /bin/bash
VENV ?= .venv
# Python >= 3.12: python3.12 on PATH, else the one pyenv has, else python3 if it is new enough.
PYTHON ?= $(shell for p in python3.12 python3.13 $$HOME/.pyenv/versions/3.12*/bin/python3.12 $$HOME/.pyenv/versions/3.13*/bin/python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
BIN := $(VENV)/bin
STORE ?= .newsgraph/store

.PHONY: install install-dev demo serve test lint bench quality clean wheel-check

# The embedded default only (what demo and serve need); install-dev adds every optional backend
# and executor (newsgraph[falkordb,neo4j,dask]) and the test and lint tools.
install: $(BIN)/newsgraph
install-dev: $(VENV)/.dev-installed

$(BIN)/newsgraph: pyproject.toml
	@test -n "$(PYTHON)" || { echo "newsgraph needs Python >= 3.12 (set PYTHON=/path/to/python3.12)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: $(BIN)/newsgraph
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

# Build the sample corpus into the embedded store and print who said what about negotiations.
demo: install
	$(BIN)/newsgraph build samples/seeds --store $(STORE)
	$(BIN)/newsgraph query who_said_what --param topic=negotiation --store $(STORE)

serve: install
	$(BIN)/newsgraph serve --store $(STORE)

test: install-dev lint
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# Build the wheel, install it into a fresh venv outside the checkout, extract and build the samples.
wheel-check: install
	PYTHON=$(abspath $(BIN)/python) .ci/wheel-check

bench: install-dev
	$(BIN)/python benchmarks/run_all.py

# Score every development set (seeds, tvnews2022, b to f, sentences2022, TimeBank dev, ...) in one table.
quality: install
	PYTHONPATH=src $(BIN)/python benchmarks/quality.py $(QUALITY_ARGS)

clean:
	rm -rf .newsgraph .pytest_cache .mypy_cache .ruff_cache
