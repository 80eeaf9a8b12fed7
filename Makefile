# raingan: `make run` and `make test` work from a fresh clone with only
# Python 3.11 and make; both create .venv/ and install the project into it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
BENCH_ARGS ?=  # e.g. BENCH_ARGS="--files 20000 --min-mb 300" for a larger archive
OCR_ARGS ?=  # e.g. OCR_ARGS="--only bma_progress_001 --keep-images /tmp/pages"
CORPUS_STAMP := $(VENV)/.corpus-installed
# Bytecode for the project's modules, brought up to date before each run: where the environment sets
# PYTHONDONTWRITEBYTECODE (this machine does), Python would otherwise compile every module it imports in every
# process (a worker pool's fork server, each CLI call a test makes): about 0.5 s a process.
PYC := $(BIN)/python -m compileall -q parsers pipeline normalizers schemas bench tests > /dev/null

.PHONY: run test bench eval clean venv ocr-corpus readme

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	@touch $(STAMP)

run: $(STAMP)
	@$(PYC)
	$(BIN)/raingan ingest samples -o $(OUT)

test: $(STAMP)
	@$(PYC)
	$(BIN)/python -m pytest

bench: $(STAMP)
	@$(PYC)
	$(BIN)/python -m pytest bench --benchmark-enable -q
	$(BIN)/python -m bench.archive $(BENCH_ARGS)

# hostile-input fuzz run (bench/fuzz.py): 10,000 generated files, one ingest,
# a rerun, 5 kills; e.g. FUZZ_ARGS="--files 1000 --scale 0.1 --kills 2" for a quick one;
# then every compiled pattern against hostile lines (bench/patterns.py, some minutes)
FUZZ_ARGS ?=
PATTERNS_ARGS ?=
.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/python -m bench.fuzz $(FUZZ_ARGS)
	$(BIN)/python -m bench.patterns $(PATTERNS_ARGS)

# OCR twin of the corpus (tests/corpus/README.md): needs tesseract-ocr,
# tesseract-ocr-tha and fonts-thai-tlwg from apt, and the `corpus` extra.
$(CORPUS_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dask,corpus]'
	@touch $(CORPUS_STAMP)

# the README's table reference, generated from schemas/ (tests/test_analyst.py fails when it is stale)
readme: $(STAMP)
	$(BIN)/python -m schemas.reference README.md

eval: $(STAMP)
	@$(PYC)
	$(BIN)/python -m tests.corpus.eval $(EVAL_ARGS)

ocr-corpus: $(CORPUS_STAMP)
	$(BIN)/python -m tests.corpus.ocr_twin $(OCR_ARGS)

clean:
	rm -rf $(OUT) .pytest_cache .benchmarks build *.egg-info
