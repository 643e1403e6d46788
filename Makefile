# veille: two commands do all set-up on a fresh machine with python3, make and git.
#   make demo   creates .venv, installs the locked dependencies, runs the main job on the demo corpus
#   make test   the same set-up, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck eval bench clean install

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/veille run --demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/veille eval --demo --gate quality/minimums.json

clean:
	rm -rf $(VENV) out veille.db veille.db-wal veille.db-shm .pytest_cache .mypy_cache .ruff_cache
