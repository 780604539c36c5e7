# Two commands for a new machine: `make run` (site with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
# Local runs and tests use development defaults; production sets DEBUG=false and real secrets.
DEV := DEBUG=true

.PHONY: run install test test-install lint e2e-deps migrate clean demo-codes

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

test-install: $(VENV)/.installed-test

migrate: install
	$(DEV) $(PY) manage.py migrate --noinput

run: migrate
	$(DEV) $(PY) manage.py seed_demo
	$(DEV) $(PY) manage.py runserver 127.0.0.1:8000

# The demo accounts' current second-factor codes (another terminal while `make run` serves).
demo-codes: install
	$(DEV) $(PY) manage.py demo_codes

lint: test-install
	$(VENV)/bin/ruff check .
	$(DEV) $(PY) manage.py check --fail-level WARNING
	$(DEV) $(PY) manage.py makemigrations --check --dry-run

# Browser tests drive Debian's chromium through Playwright; never `playwright install`.
e2e-deps:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: lint e2e-deps
	$(DEV) $(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles
