# The two commands a new user needs:  make maps  (build every map)  and  make test.
# Both create .venv and install the project first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= test

.PHONY: install chromium maps test lab lint bench data clean readme-image

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium: PNG thumbnails and the browser tests need it (Playwright drives it).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends chromium fonts-dejavu-core >/dev/null; \
	  else \
	    echo "Chromium is missing: run 'sudo apt-get install chromium' (or set CORRIDORS_CHROMIUM)" >&2; \
	    exit 1; \
	  fi; }

maps: $(STAMP) chromium
	$(BIN)/corridors build --out maps

test: $(STAMP) chromium
	$(BIN)/python -m pytest -n 2

# JupyterLab comes with the test extra; pip runs only when it is missing, so this works offline.
lab: $(STAMP)
	@$(BIN)/python -c "import jupyterlab" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[lab]'
	$(BIN)/jupyter lab notebooks/

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

data: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python scripts/build_boundaries.py
	$(BIN)/python scripts/build_context.py
	$(BIN)/python scripts/build_world.py
	$(BIN)/python scripts/build_geonames.py
	$(BIN)/python scripts/build_regions.py

# The README's picture: the overview thumbnail of the last `make maps`.
readme-image: maps
	cp maps/overview.png docs/overview.png

clean:
	rm -rf maps build .pytest_cache
