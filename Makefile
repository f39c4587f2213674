# knooppunt: the two set-up commands are `make run` and `make test` (see README).
# Every target prepares what a fresh Debian machine lacks: apt-get when run as root, otherwise the
# one command to run is printed.

SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
PYTHON ?= python3
PREFIX ?= /usr/local
BIN := .build/debug/knooppunt
RELEASE_BIN := .build/release/knooppunt

.PHONY: all prepare prepare-bench build run test golden analyse-check export-check unit-test e2e bench install format clean

all: build

# System packages for building and testing: ncursesw headers, pkg-config, tmux (end-to-end tests),
# and NetworkX for the metric cross-checks.
prepare:
	@bash scripts/prepare.sh

prepare-bench: prepare
	@bash scripts/prepare.sh bench

build: prepare
	$(SWIFT) build

# Builds, creates the demo section on the first run, and opens the program.
run: build
	@# The demo only when it is not there yet; a demo that cannot be made (its file is broken, say)
	@# says why, and the program still opens so the picker can show it.
	@$(BIN) show stappenplan --section sectie-engels >/dev/null 2>&1 || $(BIN) demo || true
	@$(BIN)

# Unit tests of every module (with the store's SIGKILL crash rounds and the NetworkX cross-checks),
# `knooppunt analyse` against NetworkX on 60 generated graphs, every export read back by a real reader
# (NetworkX, Graphviz, rsvg-convert, icalendar, markdown-it-py, html5lib), and the tmux end-to-end tests. The graph
# seed is fixed so that a run can be repeated exactly; `make analyse-check` draws new graphs each time.
test: prepare
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(PYTHON) Tests/reference/analyse_check.py $(BIN) --graphs 60 --seed 20261121
	$(PYTHON) Tests/reference/export_check.py $(BIN)
	KNOOPPUNT_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

# Re-records the golden screens and export files (Tests/golden/exports) under Tests/golden after an intended change of the interface; review
# the diff (`git diff Tests/golden`) before committing it, and say in the commit why the screens changed.
golden: prepare
	$(SWIFT) build --build-tests
	KNOOPPUNT_RECORD_GOLDEN=1 $(SWIFT) test --skip-build --filter 'GoldenScreenTests|CLIExportTests' 

# `knooppunt analyse` against NetworkX on graphs generated from a new seed (printed, to repeat a run).
analyse-check: build
	@seed=$${SEED:-$$(date +%s)}; echo "analyse-check: seed $$seed (repeat: make analyse-check SEED=$$seed)"; \
		$(PYTHON) Tests/reference/analyse_check.py $(BIN) --graphs $${GRAPHS:-60} --seed $$seed

# Only the export readers, after a build.
export-check: build
	$(PYTHON) Tests/reference/export_check.py $(BIN)

unit-test: prepare
	$(SWIFT) test

e2e: build
	KNOOPPUNT_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

# Figures beside reference tools in the same run (NetworkX, igraph, Graphviz); see README "Figures".
bench: prepare-bench
	$(SWIFT) build -c release
	.build/release/KnooppuntBench $(BENCH)

install: prepare
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/knooppunt $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/knooppunt
	cp -R Resources/demo Resources/guidance $(DESTDIR)$(PREFIX)/share/knooppunt/
	install -m 0644 Resources/knooppunt.1 $(DESTDIR)$(PREFIX)/share/man/man1/knooppunt.1

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Resources/KnooppuntResources.swift

clean:
	rm -rf .build
