#!/usr/bin/env python3
"""Transformer parity on a machine lent a GPU: Hugging Face transformers (where installed) runs the
tiny checkpoints of tests/data/transformer on the CPU and on CUDA, and its logits and greedy tokens
are compared with expected.json, the answers Lingxi's C++ path matches within 1e-4 (tst_Transformer).
So one run checks Lingxi's reading of BERT and Qwen2 against the reference implementation, and the
CUDA path against the CPU. Prints one JSON object; exit 1 when something differs.

Usage: check_transformer_parity.py [tests/data/transformer]
"""
import json
import sys
import time

import torch

D = sys.argv[1] if len(sys.argv) > 1 else "tests/data/transformer"
expected = json.load(open(D + "/expected.json", encoding="utf-8"))
out = {"torch": torch.__version__, "cuda": torch.cuda.is_available(), "checks": []}
ok = True
try:
    import transformers
    from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer
    out["transformers"] = transformers.__version__
except ImportError:
    out["transformers"] = None
    print(json.dumps(out, indent=1))
    sys.exit(0)

devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
for dev in devices:
    bert = AutoModelForSequenceClassification.from_pretrained(D + "/bert_tiny").to(dev).eval()
    diff = 0.0
    for case in expected["bert"]:
        with torch.no_grad():
            logits = bert(input_ids=torch.tensor([case["ids"]], device=dev)).logits[0].float().cpu()
        diff = max(diff, (logits - torch.tensor(case["logits"])).abs().max().item())
    good = diff < 1e-4
    ok &= good
    out["checks"].append({"model": "bert_tiny", "device": dev, "max_logit_diff": diff, "ok": good})

    qwen = AutoModelForCausalLM.from_pretrained(D + "/qwen_tiny", torch_dtype=torch.float32).to(dev).eval()
    tok = AutoTokenizer.from_pretrained(D + "/qwen_tiny")
    diff = 0.0
    ids_ok = True
    for case in expected["qwen2"]["tokenize"]:
        ids_ok &= tok.encode(case["text"], add_special_tokens=False) == case["ids"]
    for case in expected["qwen2"]["logits"]:
        with torch.no_grad():
            logits = qwen(input_ids=torch.tensor([case["ids"]], device=dev)).logits[0, -1].float().cpu()
        diff = max(diff, (logits - torch.tensor(case["logits"])).abs().max().item())
    gen_ok = True
    for case in expected["qwen2"]["generate"]:
        prompt = torch.tensor([case["prompt_ids"]], device=dev)
        t0 = time.time()
        with torch.no_grad():
            got = qwen.generate(prompt, max_new_tokens=6, do_sample=False, eos_token_id=None, pad_token_id=0)[0, prompt.shape[1]:]
        want = case["ids"]
        gen_ok &= got.tolist()[: len(want)] == want
    good = diff < 1e-4 and ids_ok and gen_ok
    ok &= good
    out["checks"].append({"model": "qwen_tiny", "device": dev, "max_logit_diff": diff, "tokenizer_ok": ids_ok,
                          "greedy_ok": gen_ok, "ok": good})
out["ok"] = ok
print(json.dumps(out, indent=1))
sys.exit(0 if ok else 1)
