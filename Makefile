# storyshare: `make run` to try it, `make test` to check it. Nothing needs installing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
ASSETS := node_modules/.installed
TEST_SECRET := test-only-secret-key-not-for-production-use-0123456789
# A Fernet key for the test suite only (32 bytes, url-safe base64).
TEST_ENCRYPTION_KEY := dGVzdC1vbmx5LWtleS1uZXZlci1wcm9kdWN0aW9uISE=

.PHONY: install run serve bench faults test lint format check-deploy clean

install: $(INSTALLED) $(ASSETS)

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,data]'
	touch $@

# Bootstrap comes from npm's registry, pinned by package-lock.json, and is served by storyshare.
$(ASSETS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: install
	DJANGO_DEBUG=true $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=true $(BIN)/python manage.py seed_demo --stories 40 --if-empty
	DJANGO_DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:8000

# Production server: gunicorn (gunicorn.conf.py), debug off, static files collected with hashed,
# compressed names served by WhiteNoise. Secrets come from the environment (see .env.example).
SERVE_ENV := DJANGO_DEBUG=false STORYSHARE_STATIC_MANIFEST=true STORYSHARE_SERVE_UNCOLLECTED_STATIC=false
serve: install
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/gunicorn -c gunicorn.conf.py

# Throughput and latency of every public page under wrk, on a throwaway PostgreSQL (bench/).
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Sends under faults (Redis stopped, PostgreSQL restarted), on a throwaway PostgreSQL and Redis.
faults: install
	$(BIN)/python bench/faults.py $(FAULTS_ARGS)

# The suite's cache is each process's memory unless DJANGO_CACHE_URL says otherwise.
test: install
	DJANGO_DEBUG=false DJANGO_HTTPS=false DJANGO_CACHE_URL=$${DJANGO_CACHE_URL:-locmem://} \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$(TEST_SECRET)} \
	STORYSHARE_ENCRYPTION_KEYS=$${STORYSHARE_ENCRYPTION_KEYS:-$(TEST_ENCRYPTION_KEY)} \
	$(BIN)/pytest $(PYTEST_ARGS)

# PNGs of the feed, a story, the form and insights at 390px and 1280px, for the README.
screenshots: install
	DJANGO_DEBUG=false DJANGO_HTTPS=false DJANGO_CACHE_URL=$${DJANGO_CACHE_URL:-locmem://} \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$(TEST_SECRET)} \
	STORYSHARE_ENCRYPTION_KEYS=$${STORYSHARE_ENCRYPTION_KEYS:-$(TEST_ENCRYPTION_KEY)} \
	$(BIN)/python -m tests.e2e.screenshots
	STORYSHARE_GUIDE_SCREENSHOTS=1 DJANGO_DEBUG=false DJANGO_HTTPS=false DJANGO_CACHE_URL=$${DJANGO_CACHE_URL:-locmem://} \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$(TEST_SECRET)} \
	STORYSHARE_ENCRYPTION_KEYS=$${STORYSHARE_ENCRYPTION_KEYS:-$(TEST_ENCRYPTION_KEY)} \
	$(BIN)/pytest -q tests/e2e/test_moderating_guide.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache
