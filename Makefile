# Fieldbrief: `make run` opens the app, `make test` runs every test. Both set everything up first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
SCREENSHOTS := docs/screenshots

.PHONY: run test setup translations bench screenshots clean

run: setup
	@sh scripts/system-deps.sh run
	$(PY) main.py $(ARGS)

test: setup
	@sh scripts/system-deps.sh test
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate the new strings with pyside6-linguist).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete main.py $$(find ui -name '*.py') models/vocabulary_text.py models/brief/wording.py -ts $(TS)

bench: setup
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py $(SCREENSHOTS)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache
