# zonetrack: `make report` renders the reports, `make test` runs every test.
# Both create .venv first (again whenever pyproject.toml changes): `make report` installs
# only what rendering needs, `make test` adds the test and Dask extras.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed

.PHONY: venv test test-fast lint report status validate lab notebooks bench clean

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# Everything, as CI runs it: every test tier, nbval on the committed notebooks, the linters.
test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval -p no:cacheprovider notebooks/
	$(MAKE) --no-print-directory lint

# The loop while editing: no kernel, no cluster, no browser, no extra process; two workers,
# fewer hypothesis examples (the "fast" profile, tests/conftest.py), nbval not loaded.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not kernel and not cluster and not slow" -n 2 --dist worksteal --hypothesis-profile=fast -p no:nbval

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

validate: $(RUNTIME)
	$(BIN)/zonetrack validate

status: $(RUNTIME)
	$(BIN)/zonetrack status

# The last complete quarter, every zone with data, English and Chinese, into reports/.
report: $(RUNTIME)
	$(BIN)/zonetrack validate
	$(BIN)/zonetrack report

# Re-execute the committed notebooks in place (their outputs are what nbval checks), then
# ship the template inside the package as it is in notebooks/ (a test keeps them identical).
notebooks: $(STAMP)
	$(BIN)/python -c "from zonetrack.execute import refresh_notebook as r; \
	  [r(p) for p in ('notebooks/01-explore-targets.ipynb', 'notebooks/10-quarterly-report.ipynb')]"
	cp notebooks/10-quarterly-report.ipynb zonetrack/10-quarterly-report.ipynb

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=.

# Benchmarks print their figures; they are not tests (see README, Performance).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_progress.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_warm.py
	$(BIN)/python benchmarks/eval_extract.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_htmlpage.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
