# Two commands that work on a fresh machine (Python >= 3.11 with venv):
#   make run   - create .venv/, install everything, extract the bundled example
#   make test  - the same install, then the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install slow clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r constraints.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .

run: install
	$(BIN)/cqc-extract extract examples/cqc-example-care-home.txt

# -n auto: the suite runs on every core (pytest-xdist), capped at 4 workers since
# each loads its own pipelines; on one core it runs as one worker.
test: install
	$(BIN)/python -m pytest -q -n auto --maxprocesses=4

# The long checks run on one worker: their time bounds assume a core of their own.
slow: install
	$(BIN)/python -m pytest -q --runslow

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
