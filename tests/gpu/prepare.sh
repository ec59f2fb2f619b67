#!/bin/sh
# Prepares the GPU parity check on the development machine (needs ../shared/data and a build):
# a three-label model trained on every 3rd Weibo row (at most 60,000 features, to travel light),
# and the C++ CPU path's features and probabilities for 2,000 other Weibo texts.
set -eu
BUILD=${BUILD:-build/dev}
DIR=build/gpu-check
mkdir -p "$DIR"
DATA=../shared/data/sentiment/weibo3_train.csv
awk 'NR==1 || (NR % 3 == 0)' "$DATA" > "$DIR/train.csv"
python3 - "$DATA" "$DIR/texts.txt" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
texts = [r["text"].replace("\n", " ") for i, r in enumerate(rows) if i % 3 == 1][:2000]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(texts) + "\n")
PY
"$BUILD/app/lingxi-cli" sentiment train --data "$DIR/train.csv" --out "$DIR/model.lxsent" --folds 5 --max-features 60000
"$BUILD/tests/lx_sentiment_reference" "$DIR/model.lxsent" "$DIR/texts.txt" "$DIR/reference.json"
rm -f "$DIR/train.csv"
ls -la "$DIR"
