#!/usr/bin/env bash
# Runs Lingxi's libFuzzer targets (tests/fuzz) built by the asan preset.
#
#   scripts/fuzz.sh [--build DIR] [--time SECONDS] [--fresh] [--seed N] [TARGET ...]   fuzz each target
#   scripts/fuzz.sh [--build DIR] --replay [TARGET ...]                     replay seeds and saved crashes
#   scripts/fuzz.sh --list
#
# TARGET is a name such as csv or records_xml (default: every target). A run starts from the
# target's seeds (tests/fuzz/seeds/TARGET/) and its working corpus (DIR/fuzz/corpus/TARGET/, kept
# between runs unless --fresh) and prints one JSON line per target: executions, corpus size and
# crashes. An input that crashes, hangs (over 10 s) or takes more than 2 GiB is saved under
# DIR/fuzz/artifacts/TARGET/; copy it into tests/fuzz/regressions/TARGET/ with the fix so that
# --replay (and so the test suite) runs it from then on. --seed fixes libFuzzer's random seed (the
# test suite uses it, so that a short run finds the same things every time). Exit status: 0 when
# nothing was found.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/asan"
seconds=60
replay=0
fresh=0
list=0
seed=0
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --time) seconds="$2"; shift 2 ;;
    --replay) replay=1; shift ;;
    --fresh) fresh=1; shift ;;
    --seed) seed="$2"; shift 2 ;;
    --list) list=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done

bin="$build/tests/fuzz"
if [[ ! -d "$bin" ]]; then
  echo "fuzz.sh: no fuzz targets in $bin: build them with ./scripts/build.sh asan" >&2
  exit 2
fi
if [[ ${#targets[@]} -eq 0 ]]; then
  for exe in "$bin"/fuzz_*; do
    [[ -x "$exe" && -f "$exe" ]] && targets+=("$(basename "$exe" | sed 's/^fuzz_//')")
  done
fi
if [[ $list -eq 1 ]]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}"
# What each input may cost: a parser that takes longer or more memory than this on one input is a bug.
limits=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048)

failed=0
for t in "${targets[@]}"; do
  exe="$bin/fuzz_$t"
  if [[ ! -x "$exe" ]]; then
    echo "fuzz.sh: no target $t (see --list)" >&2
    failed=1
    continue
  fi
  seeds="$root/tests/fuzz/seeds/$t"
  saved="$root/tests/fuzz/regressions/$t"
  log="$build/fuzz/logs/$t.log"
  [[ $replay -eq 1 ]] && log="$build/fuzz/logs/$t.replay.log" # a replay never overwrites a run's log
  mkdir -p "$(dirname "$log")"

  if [[ $replay -eq 1 ]]; then
    files=()
    for dir in "$seeds" "$saved"; do
      [[ -d "$dir" ]] && while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f -print0 | sort -z)
    done
    if [[ ${#files[@]} -eq 0 ]]; then
      echo "{\"target\": \"$t\", \"replayed\": 0}"
      continue
    fi
    if "$exe" "${limits[@]}" "${files[@]}" >"$log" 2>&1; then
      echo "{\"target\": \"$t\", \"replayed\": ${#files[@]}, \"ok\": true}"
    else
      echo "{\"target\": \"$t\", \"replayed\": ${#files[@]}, \"ok\": false, \"log\": \"$log\"}"
      tail -n 40 "$log" >&2
      failed=1
    fi
    continue
  fi

  corpus="$build/fuzz/corpus/$t"
  artifacts="$build/fuzz/artifacts/$t"
  [[ $fresh -eq 1 ]] && rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  dirs=("$corpus")
  [[ -d "$seeds" ]] && dirs+=("$seeds")
  before=$(find "$artifacts" -type f | wc -l)
  # The first folder is where new inputs go: the working corpus, never the seeds in the tree.
  "$exe" "${limits[@]}" -max_len=65536 -max_total_time="$seconds" -seed="$seed" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1
  rc=$?
  runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [[ -z "$runs" ]] && runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  found=$(( $(find "$artifacts" -type f | wc -l) - before ))
  size=$(find "$corpus" -type f | wc -l)
  echo "{\"target\": \"$t\", \"seconds\": $seconds, \"executions\": ${runs:-0}, \"corpus\": $size, \"new_artifacts\": $found, \"exit\": $rc}"
  if [[ $rc -ne 0 || $found -gt 0 ]]; then
    echo "fuzz.sh: $t found a problem; inputs in $artifacts, log $log:" >&2
    grep -aE 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$log" | head -n 20 >&2
    failed=1
  fi
done
exit $failed
