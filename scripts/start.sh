#!/usr/bin/env bash
# One command: install what Lingxi needs, build it, and start the workstation on its embedded
# default workspace (offering the demo workspace on first run). Extra arguments go to lingxi,
# e.g. --workspace FILE or --language en.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh dev
exec ./build/dev/app/lingxi "$@"
