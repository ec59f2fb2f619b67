#!/bin/sh
# The device check: run on a machine lent a GPU, with build/gpu-check carried from a machine that
# ran tests/gpu/prepare.sh. Writes the result to $OUT (or the current folder).
set -eu
OUT=${OUT:-.}
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader > "$OUT/nvidia-smi.txt" 2>&1 || true
python3 tests/gpu/check_cuda_parity.py build/gpu-check/model.lxsent build/gpu-check/reference.json | tee "$OUT/parity.json"
# The transformer core's tiny checkpoints against Hugging Face transformers, CPU and CUDA.
python3 tests/gpu/check_transformer_parity.py tests/data/transformer | tee "$OUT/transformer-parity.json" || true
