# Two entry points: `make demo` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: demo test bench bench-throughput clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

demo: $(VENV)/.installed
	$(PY) examples/demo.py

# The whole suite, on SQLite and on a throwaway PostgreSQL (installed, started, and stopped
# again at the end when this run started it).
test: $(VENV)/.installed
	bash scripts/with-postgres.sh $(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) bench/run.py

# Generated list/create endpoints against fastcrud, driven by wrk (Debian package) on loopback.
bench-throughput: $(VENV)/.installed
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) demo-workspace
