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

.PHONY: all prepare prepare-bench build run test golden analyse-check export-check fuzz merge-fuzz e2e-syncthing unit-test e2e bench install format clean

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
# (NetworkX, Graphviz, rsvg-convert, icalendar, markdown-it-py, html5lib), the tmux end-to-end tests, and
# two real Syncthing instances on 127.0.0.1 sharing one data directory while both laptops save. The graph
# seed is fixed so that a run can be repeated exactly; `make analyse-check` draws new graphs each time.
test: prepare
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(PYTHON) Tests/reference/analyse_check.py $(BIN) --graphs 60 --seed 20261121
	$(PYTHON) Tests/reference/export_check.py $(BIN)
	KNOOPPUNT_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh
	KNOOPPUNT_BIN=$(CURDIR)/$(BIN) bash Tests/e2e-syncthing/test_syncthing_two_laptops.sh

# Re-records the golden screens and export files (Tests/golden/exports) under Tests/golden after an intended change of the interface; review
# the diff (`git diff Tests/golden`) before committing it, and say in the commit why the screens changed.
golden: prepare
	$(SWIFT) build --build-tests
	KNOOPPUNT_RECORD_GOLDEN=1 $(SWIFT) test --skip-build --filter 'GoldenScreenTests|CLIExportTests' 

# `knooppunt analyse` against NetworkX on graphs generated from a new seed (printed, to repeat a run).
analyse-check: build
	@seed=$${SEED:-$$(date +%s)}; echo "analyse-check: seed $$seed (repeat: make analyse-check SEED=$$seed)"; \
		$(PYTHON) Tests/reference/analyse_check.py $(BIN) --graphs $${GRAPHS:-60} --seed $$seed

# The section-file fuzz round of `make test` (2,000 files, fixed seed), longer and from a new seed
# (printed, to repeat a run): make fuzz SEED=123 COUNT=50000.
fuzz: prepare
	$(SWIFT) build --build-tests
	@seed=$${SEED:-$$(date +%s)}; count=$${COUNT:-20000}; \
		echo "fuzz: seed $$seed, $$count files (repeat: make fuzz SEED=$$seed COUNT=$$count)"; \
		KNOOPPUNT_FUZZ_SEED=$$seed KNOOPPUNT_FUZZ_COUNT=$$count $(SWIFT) test --skip-build --filter SectionFuzzTests

# The merge's property round of `make test` (1,500 random edit scripts, fixed seed), longer and from
# a new seed (printed, to repeat a run): make merge-fuzz SEED=123 COUNT=20000.
merge-fuzz: prepare
	$(SWIFT) build --build-tests
	@seed=$${SEED:-$$(date +%s)}; count=$${COUNT:-20000}; \
		echo "merge-fuzz: seed $$seed, $$count scripts (repeat: make merge-fuzz SEED=$$seed COUNT=$$count)"; \
		KNOOPPUNT_MERGE_SEED=$$seed KNOOPPUNT_MERGE_COUNT=$$count $(SWIFT) test --skip-build --filter SectionMergePropertyTests

# Two real Syncthing instances on 127.0.0.1 keeping one data directory in step, both laptops editing
# at once (the Debian package syncthing; about a minute). Also the last step of `make test`; alone, to
# repeat it: see the README's "Samen werken" for what it found.
e2e-syncthing: build
	@command -v syncthing >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq syncthing >/dev/null; }
	KNOOPPUNT_BIN=$(CURDIR)/$(BIN) bash Tests/e2e-syncthing/test_syncthing_two_laptops.sh

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
	@# Shell completion, generated by the binary itself so it always knows every command and option.
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(RELEASE_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/knooppunt
	$(RELEASE_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_knooppunt
	$(RELEASE_BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/knooppunt.fish

format:
	$(SWIFT) format --in-place --recursive Package.swift Plugins Sources Tests Resources/KnooppuntResources.swift

clean:
	rm -rf .build
