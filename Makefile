# Two entry points that set themselves up on a fresh Debian machine:
#   make demo   the bundled sample articles ingested into ./claimtrail-demo.db and shown
#   make test   lint, type check and the test suite
# Both create .venv and install claimtrail into it (system packages via scripts/setup-system.sh).

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: demo test lint bench model setup clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/setup-system.sh
	bash scripts/setup-system.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/claimtrail demo

lint: setup
	$(BIN)/ruff check src tests eval bench recipes
	$(BIN)/ruff format --check src tests eval bench recipes
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

model: setup
	$(BIN)/python recipes/build.py --parallel --max-steps 8000

bench: setup
	$(BIN)/python bench/ingest.py --update-docs

clean:
	rm -rf $(VENV) bench/out claimtrail-demo.db* .pytest_cache .mypy_cache .ruff_cache
