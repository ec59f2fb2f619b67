#!/usr/bin/env bash
# One command: install what Lingxi needs, build everything, and run the whole test suite.
# Under CI (CI=true) compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
preset=dev
if [[ "${CI:-}" == "true" ]]; then
  preset=ci
fi
./scripts/build.sh "$preset"
ctest --preset "$preset"
