#!/usr/bin/env bash
# The README's test command (`npx -y deno@2.9.6 task test`): installs what a bare machine lacks for
# the tests (Jupyter's nbconvert, Notebook server and `jupyter trust`, and Chromium, from Debian),
# then runs every check and every test.
# Ends with one line "N passed, N failed"; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 TZ=UTC

# --- what the tests need from Debian -------------------------------------------------------------
missing=()
command -v jupyter-nbconvert >/dev/null 2>&1 || missing+=(jupyter-nbconvert)
command -v jupyter-notebook >/dev/null 2>&1 || missing+=(jupyter-notebook)
command -v jupyter-trust >/dev/null 2>&1 || missing+=(jupyter-nbformat)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  echo "Installing from Debian for the tests: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
      "${missing[@]}" >/dev/null ||
    { echo "Could not install ${missing[*]}"; exit 1; }
fi

passed=0
failed=0
failures=()
record() { # record NAME PASSED FAILED
  passed=$((passed + $2))
  failed=$((failed + $3))
  if [ "$3" -gt 0 ]; then failures+=("$1"); fi
}
step() { # step NAME COMMAND...: one check that passes or fails as a whole
  local name=$1
  shift
  echo "== $name"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}

# --- format, lint and types, notebooks' code included ---------------------------------------------
step "notebook code extracted" deno run --allow-read=notebooks,.notebook-code \
  --allow-write=.notebook-code tasks/extract_notebook_code.ts
step "deno fmt --check" deno fmt --check
step "deno fmt --check (notebook code)" deno fmt --check .notebook-code
step "deno lint" deno lint
step "deno lint (notebook code)" deno lint .notebook-code
# --doc: every JSDoc @example type-checks too.
step "deno check" deno check --doc lib pipeline tasks tests bench .notebook-code

# --- derived data is exactly what the pipeline makes from the raw files ---------------------------
if [ -d ../shared/data/raw ]; then
  step "data:check" deno task data:check
else
  echo "== data:check skipped: ../shared/data/raw is not here (the tests run from data/)"
fi

# --- unit, snapshot, pipeline, claim and report tests ---------------------------------------------
echo "== deno test"
log=$(mktemp)
deno test --allow-read=.,../shared,/tmp,/usr/bin/chromium --allow-write=/tmp,out \
  --allow-net=127.0.0.1 --allow-run=chromium,/usr/bin/chromium,jupyter \
  --allow-env=UPDATE_SNAPSHOTS,WS_NO_BUFFER_UTIL,PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES,PUPPETEER_DANGEROUS_NO_SANDBOX,TMPDIR,TMP,TEMP,NODE_V8_COVERAGE \
  --parallel 2>&1 | tee "$log"
summary=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -n 1)
test_passed=$(sed -E 's/.*\| ([0-9]+) passed.*/\1/' <<<"$summary")
test_failed=$(sed -E 's/.*\| ([0-9]+) failed.*/\1/' <<<"$summary")
if [ -z "$summary" ]; then test_passed=0 test_failed=1; fi
record "deno test" "${test_passed:-0}" "${test_failed:-1}"
rm -f "$log"

# --- JSDoc examples that assert what they show (deno_std's style), run as tests ------------------
# Each example runs in its own worker (about 0.6 s of CPU each), so only the modules whose examples
# assert a value run here; every example is type-checked by "deno check --doc" above (--no-check).
mapfile -t asserting < <(grep -rl --include='*.ts' 'node:assert' lib pipeline tasks | sort)
step "examples (deno test --doc)" deno test --doc --no-check --parallel --allow-read=. \
  "${asserting[@]}"

# --- notebooks executed headless in real Jupyter with the Deno kernel -----------------------------
step "notebooks executed in Jupyter" deno task notebooks:test

echo
if ((${#failures[@]})); then echo "Failed: ${failures[*]}"; fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
