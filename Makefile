# The two commands of the README. Both set everything up on their own and are safe to run again.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export NO_PROXY := 127.0.0.1,localhost

.PHONY: demo test setup lint messages chromium

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(PY) manage.py migrate --noinput -v0
	PUBLIC_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py load_demo
	@echo "Starting Klardesk on http://127.0.0.1:$(PORT)/ (Ctrl+C stops it)"
	PUBLIC_BASE_URL=http://127.0.0.1:$(PORT) DEBUG=1 $(VENV)/bin/daphne -b 127.0.0.1 -p $(PORT) config.asgi:application

# The browser tests need Debian's chromium and chromedriver; they are installed here when missing.
chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { command -v apt-get >/dev/null && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) || \
	    echo "chromium not installable here: the browser tests will be skipped"; }

test: setup chromium
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

messages: setup
	$(PY) manage.py makemessages -l de --ignore=.venv --ignore=var
	$(PY) manage.py compilemessages --ignore=.venv
