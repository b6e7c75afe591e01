# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test install messages lint bench bench-large

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Compiled catalogues are build output, not committed.
messages: install
	$(PY) manage.py compilemessages --ignore=.venv -v0

run: install messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/   (Spanish: http://$(HOST):$(PORT)/es/)"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports

test: install messages lint
	DJANGO_SETTINGS_MODULE=network_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=network_site.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

bench: install messages
	$(PY) -m network_site.bench

# The same on a large generated network (manage.py generate_large_network); slow to set up.
bench-large: install messages
	$(PY) -m network_site.bench --large
