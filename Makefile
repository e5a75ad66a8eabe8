# ClaimGraph — `make` annotates seeds/ into output/, `make test` runs every test.
SWIFT ?= swift
BIN := .build/release/claimgraph
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all build run test test-swift test-databases test-asan eval clean fuzz bench bench-pathological spark sqlite postgres bench-databases site test-site

all: run

# A fully static executable: the Swift runtime, Foundation and the C library linked in. It prints its
# help in 1.6 ms instead of 3.1 (no dynamic loader, no relocations against shared libraries), calls
# into the standard library are direct, and it runs on machines without a Swift toolchain. The linker's
# notes that glibc's dlopen, getpwuid and getaddrinfo (which a run never calls) would want the shared
# C library at run time are left out of the output; its exit status is kept.
build:
	bash -o pipefail -c '$(SWIFT) build -c release --product claimgraph --static-swift-stdlib -Xswiftc -static-executable 2>&1 \
	  | { grep -v -E "in statically linked applications requires at runtime|the use of .mktemp. is dangerous" || true; }'

run: build
	$(BIN) run --jobs $(JOBS) --out output seeds

# Every test: the Swift tests (the concurrency tests under ThreadSanitizer first), the graph in real
# SQLite, PostgreSQL and RDF stores, and the quote browser in a real headless browser.
test: test-swift test-databases test-site

test-swift:
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter "CorpusRunnerTests|TextFileWriterTests|DeferredTests"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

# Installs sqlite3, PostgreSQL and rdflib when missing; pg_virtualenv runs a throwaway PostgreSQL
# server on loopback for the tests and sets the PG* variables they connect with.
test-databases:
	bash scripts/database_tools.sh
	$(SWIFT) build --product claimgraph
	CLAIMGRAPH=$(CURDIR)/.build/debug/claimgraph pg_virtualenv python3 -m unittest discover -s Tests/Databases -v

# The static quote browser: output/site/index.html opens from file://.
site: run
	$(BIN) site --graph output/graph.json --out output/site

# The quote browser in headless Chromium (Debian's package, driven by Playwright): searches for a
# speaker, opens the page, checks the quotes shown and takes screenshots (output/test-site/*.png).
# Uses the debug build the Swift tests made, so that `make test` needs no release build.
test-site:
	bash scripts/browser_tools.sh
	$(SWIFT) build --product claimgraph
	.build/debug/claimgraph run --quiet --no-cache --export none --out output/test-site seeds
	.build/debug/claimgraph site --graph output/test-site/graph.json --out output/test-site/site
	CLAIMGRAPH_SITE=output/test-site/site CLAIMGRAPH_GRAPH=output/test-site/graph.json \
	  python3 -m unittest -v Tests/Browser/test_site.py

# output/claimgraph.sqlite from the seed graph, with the sqlite3 tool's own .import.
sqlite: run
	bash scripts/database_tools.sh
	bash scripts/load_sqlite.sh output/export/sql output/claimgraph.sqlite

# The seed graph into the PostgreSQL server and database the PG* environment variables name.
postgres: run
	bash scripts/database_tools.sh
	bash scripts/load_postgres.sh output/export/sql

# Every test under AddressSanitizer (slow; not part of `make test`).
test-asan:
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

# Scores the seed corpus and the two held-out sets (eval/news40, eval/wire30) against their gold.
eval: run
	$(BIN) eval --gold seeds/gold --pred output/docs --details > output/eval-details.txt
	@echo "== seed corpus (seeds/gold)"
	@sed -n '/^DETAILS/q;p' output/eval-details.txt
	$(BIN) run --jobs $(JOBS) --out output/news40 eval/news40
	$(BIN) eval --gold eval/news40/gold --pred output/news40/docs --details > output/eval-news40-details.txt
	@echo "== held-out passages (eval/news40/gold)"
	@sed -n '/^DETAILS/q;p' output/eval-news40-details.txt
	$(BIN) run --jobs $(JOBS) --out output/wire30 eval/wire30
	$(BIN) eval --gold eval/wire30/gold --pred output/wire30/docs --details > output/eval-wire30-details.txt
	@echo "== blind wire and newspaper copy (eval/wire30/gold)"
	@sed -n '/^DETAILS/q;p' output/eval-wire30-details.txt
	@echo "(every miss and false alarm: output/eval-details.txt, output/eval-news40-details.txt, output/eval-wire30-details.txt)"

clean:
	rm -rf .build .build-tsan .build-asan .build-fuzz output/docs output/graph.json output/skipped.jsonl output/export output/claimgraph.sqlite output/site

# Speed and memory on 1,000 documents / 16 MB made from seeds/ (BIG=1: ten times that).
bench: build
	python3 scripts/bench.py $(CURDIR)/$(BIN) $(if $(BIG),--big,) $(if $(BENCH_OUT),--out-root $(BENCH_OUT),)

# ClaimGraph on Spark in local mode over seeds/: annotate as the map step, merge as the reduce step;
# the graph must equal the one `claimgraph run` builds. Installs PySpark and Java when missing.
spark: build
	python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark
	command -v java >/dev/null || (apt-get update && apt-get install -y openjdk-17-jre-headless)
	$(BIN) run --quiet --no-cache --out output/spark-reference seeds
	python3 scripts/spark_claimgraph.py --binary $(BIN) --gazetteers gazetteers --input seeds --out output/spark
	cmp output/spark/graph.json output/spark-reference/graph.json
	@echo "make spark: the graph from Spark equals the graph from claimgraph run"

# How long the exports and the SQLite and PostgreSQL loads take, for the seed graph and the 10x corpus's.
bench-databases: build
	bash scripts/database_tools.sh
	pg_virtualenv python3 scripts/bench_databases.py $(CURDIR)/$(BIN)

# Worst cases stay linear: each pathological input at N and 2N.
bench-pathological: build
	python3 scripts/pathological_bench.py $(BIN)

# libFuzzer over the whole per-document pipeline, with AddressSanitizer.
# FUZZ_SECONDS sets how long it runs; new inputs go to output/fuzz-corpus, crashes to output/fuzz-artifacts.
FUZZ_SECONDS ?= 300
FUZZ_BIN := .build-fuzz/release/claimgraph-fuzz
fuzz:
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer,address
	mkdir -p output/fuzz-corpus output/fuzz-artifacts
	CLAIMGRAPH_GAZETTEERS=$(CURDIR)/gazetteers $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 \
	  -artifact_prefix=output/fuzz-artifacts/ output/fuzz-corpus Fuzz/corpus
