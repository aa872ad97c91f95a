# screener — two set-up commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_HOME := .demo

.PHONY: venv demo test system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

## make demo: install, then scan the bundled sample inbox and print each request with its draft
demo: venv
	rm -rf $(DEMO_HOME)
	SCREENER_HOME=$(DEMO_HOME) $(BIN)/screener scan --maildir screener/data/sample-inbox --show
	@echo
	SCREENER_HOME=$(DEMO_HOME) $(BIN)/screener list

## make system-deps: Debian packages the tests drive for real (Dovecot, tmux, Chromium)
system-deps:
	bash scripts/system-deps.sh

## make test: everything the suite needs, then the whole suite
test: venv system-deps
	$(BIN)/pytest

bench: venv system-deps
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache *.egg-info
