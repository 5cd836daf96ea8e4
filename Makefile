# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit bench clean lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"

# Install exactly the tested versions (constraints.txt), the project editable, and dev tools.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/eventwire analyze examples/ -o out/ --published 2026-11-20 --db sqlite:///out/events.db
	@echo
	@echo "Results are in out/: events.jsonl (the events), brief.md and brief.html (the story),"
	@echo "quotes.jsonl, claims.jsonl, duplicates.jsonl, articles.jsonl; database out/events.db."

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: lint typecheck unit

bench: install
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/cv.py
	$(BIN)/python bench/geo.py
	$(BIN)/python bench/merge.py
	$(BIN)/python bench/muc.py
	$(BIN)/python bench/wikievents.py
	$(BIN)/python bench/blind.py
	$(BIN)/python bench/speed.py

# Refresh constraints.txt from the current environment (after changing dependencies).
lock: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/pip freeze --exclude-editable | grep -v '^eventwire' > constraints.txt

clean:
	rm -rf $(VENV) out build dist src/*.egg-info
