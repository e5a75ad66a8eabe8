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

eval: run
	$(BIN) eval --gold seeds/gold --pred output/docs --details > output/eval-details.txt
	sed -n '/^DETAILS/q;p' output/eval-details.txt
	@echo "(every miss and false alarm: output/eval-details.txt)"

clean:
	rm -rf .build output/docs output/graph.json output/skipped.jsonl
