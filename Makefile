# Quick start on a fresh Debian machine:  make run  |  make test
SHELL := /bin/bash
DEB_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev pkg-config git cmark-gfm python3-venv shellcheck
# make dist links libgit2's dependencies from their .a archives; libgit2-dev pulls in most,
# these it does not (libssh2's own, per its .pc), plus readelf/objdump/strip and curl.
DEB_PACKAGES += libssh2-1-dev libssl-dev libgpg-error-dev libpcre2-dev zlib1g-dev binutils curl
SAMPLE := Examples/nlp-llm-interview/README.md
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps build run test dist bench docs clean fuzz

# Installs only what dpkg reports missing, so a second run does nothing.
deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  [ "$$(dpkg-query -W -f='$${db:Status-Abbrev}' $$p 2>/dev/null)" = "ii " ] || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build -c release --product iqlint

# Prints the sample corpus's diagnostics with every rule (--isolated: this repository's own
# .iqlint.yml turns rules off for its docs), then the count per rule. Finding problems
# (exit 1) is the point, not a failure.
run: build
	@.build/release/iqlint check --isolated $(SAMPLE); status=$$?; [ $$status -le 1 ]
	@echo; .build/release/iqlint check --isolated --statistics $(SAMPLE); status=$$?; [ $$status -le 1 ]

# Tests/integration/run.sh: SARIF schema, pre-commit hooks, the GitHub Action and workflows.
test: deps
	swift build --build-tests
	bash Scripts/swift-test.sh
	bash Tests/integration/run.sh

# dist/iqlint-<version>-linux-<arch>.tar.gz (+ .sha256): a release binary that needs only the
# C library (Scripts/dist.sh; built in .build/dist). The version is VERSION, or VERSION-dev
# unless HEAD is tagged v<VERSION>; `make dist DIST_VERSION=1.2.3` overrides it.
dist: deps
	bash Scripts/dist.sh $(DIST_VERSION)

docs: build
	.build/release/iqlint generate-docs rules

# Dedup engine vs datasketch and rensa (bench/RESULTS.md), then iqlint end to end on a
# 100k-item bank next to cmark-gfm (bench/END_TO_END.md), then the link check next to
# LinkChecker on 20 local hosts (bench/LINKS.md).
bench: deps
	bash bench/run.sh
	bash bench/end_to_end.sh
	bash bench/scaling.sh
	bash bench/links.sh

# libFuzzer with AddressSanitizer over parse + lint + fix, seeded from fuzz/corpus (findings
# land in fuzz/out). FUZZ_SECONDS bounds the run; IQLINT_FUZZ_STRICT=1 also traps on fixes
# that change the text again when applied twice.
FUZZ_SECONDS ?= 60
fuzz: deps
	cd fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -g
	mkdir -p fuzz/out/corpus fuzz/out/findings
	fuzz/.build/release/iqlint-fuzz fuzz/out/corpus fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=4096 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -artifact_prefix=fuzz/out/findings/ -print_final_stats=1

clean:
	rm -rf .build dist
