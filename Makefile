# zonetrack: `make report` renders the reports, `make test` runs every test.
# Both create .venv first (again whenever pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test lint report status validate lab bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check zonetrack

validate: $(STAMP)
	$(BIN)/zonetrack validate

status: $(STAMP)
	$(BIN)/zonetrack status

report: $(STAMP)
	$(BIN)/zonetrack validate
	$(BIN)/zonetrack status

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_progress.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
