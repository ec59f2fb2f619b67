#!/usr/bin/env python3
"""GPU parity check for the sentiment model (run on a machine with a CUDA device).

Reads a Lingxi model file directly (magic, JSON header, little-endian blobs, SHA-256 trailer),
rebuilds the model's tensor path in PyTorch (weighted EmbeddingBag sum + bias, ReLU, linear,
softmax) and runs it on the CPU and on CUDA for the feature ids and weights the C++ tokenizer
wrote (tests/tools/SentimentReference.cpp). Passes when the CUDA labels equal the C++ CPU labels
for every text and every probability agrees within 1e-5. Prints one JSON object.

Usage: check_cuda_parity.py MODEL reference.json
"""
import hashlib
import json
import struct
import sys
import time

import torch


def load_model(path):
    raw = open(path, "rb").read()
    if raw[:8] != b"LXSENT\x00\x01":
        raise SystemExit("not a Lingxi sentiment model")
    body, digest = raw[:-32], raw[-32:]
    if hashlib.sha256(body).digest() != digest:
        raise SystemExit("checksum mismatch")
    (length,) = struct.unpack_from("<Q", raw, 8)
    header = json.loads(raw[16:16 + length])
    pos = 16 + length
    n = header["features"]
    pos += n * 8  # hashes (the tokenizer's business, not the tensors')
    pos += n * 4  # idf
    tensors = {}
    buf = bytearray(raw)
    for t in header["tensors"]:
        count = t["count"]
        # Little-endian float32, as written (x86 and ARM hosts are little-endian).
        tensors[t["name"]] = torch.frombuffer(buf, dtype=torch.float32, count=count, offset=pos).reshape(t["shape"]).clone()
        pos += count * 4
    return header, tensors


def forward(tensors, ids, offsets, weights, device):
    emb = torch.nn.EmbeddingBag.from_pretrained(tensors["embed.weight"], mode="sum").to(device)
    bias = tensors["bias"].to(device)
    w = tensors["out.weight"].to(device)
    b = tensors["out.bias"].to(device)
    with torch.no_grad():
        x = emb(ids.to(device), offsets.to(device), per_sample_weights=weights.to(device)) + bias
        x = torch.relu(x)
        return torch.softmax(x @ w.T + b, dim=1).cpu()


def main():
    header, tensors = load_model(sys.argv[1])
    ref = json.load(open(sys.argv[2]))
    ids, offsets, weights = [], [], []
    for t in ref["texts"]:
        offsets.append(len(ids))
        ids.extend(t["ids"])
        weights.extend(t["weights"])
    ids = torch.tensor(ids, dtype=torch.int64)
    offsets = torch.tensor(offsets, dtype=torch.int64)
    weights = torch.tensor(weights, dtype=torch.float32)
    cpp = torch.tensor([t["cpu_probabilities"] for t in ref["texts"]], dtype=torch.float32)
    cpp_class = torch.tensor([t["cpu_class"] for t in ref["texts"]])

    result = {"texts": len(ref["texts"]), "labels": ref["labels"], "cpp_torch": ref["torch"], "python_torch": torch.__version__,
              "cuda_available": torch.cuda.is_available()}
    cpu = forward(tensors, ids, offsets, weights, "cpu")
    result["python_cpu_max_abs_diff"] = float((cpu - cpp).abs().max())
    ok = result["python_cpu_max_abs_diff"] < 1e-5
    if torch.cuda.is_available():
        result["device"] = torch.cuda.get_device_name(0)
        gpu = forward(tensors, ids, offsets, weights, "cuda")
        result["cuda_max_abs_diff"] = float((gpu - cpp).abs().max())
        result["cuda_label_mismatches"] = int((gpu.argmax(1) != cpp_class).sum())
        ok = ok and result["cuda_max_abs_diff"] < 1e-5 and result["cuda_label_mismatches"] == 0
        # Throughput of the tensor part alone, batches of 4096, for the note.
        torch.cuda.synchronize()
        start = time.time()
        for _ in range(20):
            forward(tensors, ids, offsets, weights, "cuda")
        torch.cuda.synchronize()
        result["cuda_tensor_texts_per_second"] = 20 * len(ref["texts"]) / (time.time() - start)
    else:
        ok = False
        result["error"] = "no CUDA device"
    result["pass"] = bool(ok)
    print(json.dumps(result, indent=1))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
