# ClaimGraph — `make` annotates seeds/ into output/, `make test` runs every test.
SWIFT ?= swift
BIN := .build/release/claimgraph
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all build run test eval clean

all: run

build:
	$(SWIFT) build -c release --product claimgraph

run: build
	$(BIN) run --jobs $(JOBS) --out output seeds

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

# Scores the seed corpus and the held-out set of 40 passages (eval/news40) against their gold.
eval: run
	$(BIN) eval --gold seeds/gold --pred output/docs --details > output/eval-details.txt
	@echo "== seed corpus (seeds/gold)"
	@sed -n '/^DETAILS/q;p' output/eval-details.txt
	$(BIN) run --jobs $(JOBS) --out output/news40 eval/news40
	$(BIN) eval --gold eval/news40/gold --pred output/news40/docs --details > output/eval-news40-details.txt
	@echo "== held-out passages (eval/news40/gold)"
	@sed -n '/^DETAILS/q;p' output/eval-news40-details.txt
	@echo "(every miss and false alarm: output/eval-details.txt, output/eval-news40-details.txt)"

clean:
	rm -rf .build output/docs output/graph.json output/skipped.jsonl
