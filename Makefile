# Two entry points: `make demo` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

demo: $(VENV)/.installed
	$(PY) examples/demo.py

# The whole suite, on SQLite and on a throwaway PostgreSQL (installed and started if needed).
test: $(VENV)/.installed
	TEST_DATABASE_URL="$${TEST_DATABASE_URL:-$$(bash scripts/postgres.sh)}" $(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) demo-workspace
