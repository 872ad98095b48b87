# Fieldbrief: `make run` opens the app, `make test` runs every test (the slow bundle test too), `make dist` builds
# the wheel and the standalone bundle into dist/. All set everything up first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
SCREENSHOTS := docs/screenshots

.PHONY: run test setup translations bench screenshots wheel dist clean try-team

run: setup
	@sh scripts/system-deps.sh run
	$(PY) main.py $(ARGS)

# A throwaway PostgreSQL server with a team database on it, and the app opened on it (README: Team database).
try-team: setup
	@sh scripts/system-deps.sh run
	$(PY) scripts/try_team_database.py $(ARGS)

test: setup
	@sh scripts/system-deps.sh test
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): setup.cfg setup.py pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code: the window's, and the core's messages marked with QT_TRANSLATE_NOOP
# (then translate the new strings with pyside6-linguist).
# English has a file too, of the messages with plural forms only ("%Ln customer(s)": 1 customer, 2 customers).
SOURCES = main.py $$(find ui -name '*.py') $$(grep -rl --include='*.py' QT_TRANSLATE_NOOP models)
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(SOURCES) -ts resources/i18n/fieldbrief_zh_CN.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -pluralonly $(SOURCES) -ts resources/i18n/fieldbrief_en.ts

bench: setup
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# The wheel (dist/fieldbrief-VERSION-py3-none-any.whl), built from a clean copy of the source tree.
wheel: setup
	$(PY) scripts/dist.py --wheel-only

# The wheel, then the PyInstaller bundle of it for this platform (dist/Fieldbrief/; on Linux also the
# .desktop file, the icon and dist/Fieldbrief-VERSION-linux-ARCH.tar.gz). Prints the sizes.
dist: setup
	$(PY) scripts/dist.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py $(SCREENSHOTS)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache build dist
