# relgraph — the two commands of the README, and a few more.
SAMPLE := Examples/putin-north-korea.fr.txt
BIN := .build/release/relgraph

.PHONY: demo test build deps clean

## make demo: install what is missing, build, extract the sample, render it, ask a path question.
demo: deps build
	@mkdir -p out
	$(BIN) extract $(SAMPLE) --format json -o out/putin-north-korea.json
	$(BIN) render --graph out/putin-north-korea.json -o out/putin-north-korea.svg
	$(BIN) path "Vladimir Putin" "United Nations" --graph out/putin-north-korea.json
	@echo "diagram: out/putin-north-korea.svg"

## make test: install what is missing, run every test, then drive the explorer in chromium.
test:
	scripts/install-deps.sh --test
	# Every target imports only what Package.swift declares, so each library product builds alone.
	swift build --build-tests --explicit-target-dependency-import-check error
	# The PostgreSQL tests start a throwaway cluster (scripts/postgres-test-cluster.sh); stop it after.
	# Guard: a run that hangs is stopped after 10 minutes and run once more; a real failure fails
	# both runs. -k 30: the test process survives SIGTERM (the explorer server under test shuts
	# down gracefully on it), so SIGKILL follows. Tests spawn children through
	# Tests/TestSupport/ChildProcess.swift (see its comment for the hang that made it).
	timeout -k 30 600 swift test || { echo "swift test failed or hung; running it once more" >&2; timeout -k 30 900 swift test; }; status=$$?; scripts/postgres-test-cluster.sh stop || true; exit $$status
	python3 Tests/BrowserTests/explorer_browser_test.py .build/debug/relgraph out/browser || [ $$? -eq 77 ]  # 77: no chromium

build:
	swift build -c release

deps:
	scripts/install-deps.sh

clean:
	rm -rf .build out
