#!/usr/bin/env python3
"""Writes the tiny checkpoints tst_Transformer reads, and expected.json: what an independent,
plain-Python reading of Hugging Face's BERT (BertForSequenceClassification, BertTokenizer) and
Qwen2 (Qwen2ForCausalLM, the byte-level BPE tokenizer) gives for them. Weights are multiples of
1/64 so that F16 and BF16 copies hold exactly the same values. Run it from this folder; needs only
Python 3 and the `regex` module (python3-regex)."""
import json, math, os, random, struct, unicodedata
import regex

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261203)

def w(*shape, scale=32):
    n = 1
    for d in shape:
        n *= d
    return [rng.randint(-scale, scale) / 64.0 for _ in range(n)], list(shape)

def ones_ish(n):
    return [1.0 + rng.randint(-8, 8) / 64.0 for _ in range(n)], [n]

def write_safetensors(path, tensors):
    header, blobs, at = {}, [], 0
    for name, (vals, shape) in tensors.items():
        b = struct.pack('<%df' % len(vals), *vals)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [at, at + len(b)]}
        blobs.append(b)
        at += len(b)
    h = json.dumps(header, separators=(',', ':')).encode()
    h += b' ' * ((8 - len(h) % 8) % 8)
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(h)) + h + b''.join(blobs))

def mat(vals, shape):
    r, c = shape
    return [vals[i * c:(i + 1) * c] for i in range(r)]

def linear(x, W, b=None):  # x: list of vectors, W: rows = out
    out = []
    for v in x:
        o = [sum(wi * vi for wi, vi in zip(row, v)) for row in W]
        if b is not None:
            o = [a + bb for a, bb in zip(o, b)]
        out.append(o)
    return out

def layernorm(x, g, b, eps):
    out = []
    for v in x:
        m = sum(v) / len(v)
        var = sum((a - m) ** 2 for a in v) / len(v)
        out.append([(a - m) / math.sqrt(var + eps) * gg + bb for a, gg, bb in zip(v, g, b)])
    return out

def softmax(v):
    m = max(v)
    e = [math.exp(a - m) for a in v]
    s = sum(e)
    return [a / s for a in e]

# ---------------------------------------------------------------- BERT
BERT_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "我", "喜", "欢", "这", "个", "产", "品", "很", "好", "差", "退", "款",
              "，", "。", "！", "?", ",", ".", "!", "'", "the", "good", "bad", "product", "very", "##s", "##ing", "un", "##like",
              "like", "cafe", "hello", "world", "##ly", "it", "is", "not", "wo", "##rk", "##ed", "a", "##b", "##c", "ab"]

def bert_basic(text, lower=True):
    def is_control(c):
        if c in '\t\n\r':
            return False
        return unicodedata.category(c).startswith('C')
    def is_ws(c):
        return c in ' \t\n\r' or unicodedata.category(c) == 'Zs'
    def is_cjk(cp):
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
                or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)
    def is_punc(c):
        cp = ord(c)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(c).startswith('P')
    out = []
    for c in text:
        if ord(c) == 0 or ord(c) == 0xFFFD or is_control(c):
            continue
        out.append(' ' if is_ws(c) else c)
    text = ''.join(' %s ' % c if is_cjk(ord(c)) else c for c in out)
    tokens = []
    for tok in text.split():
        if lower:
            tok = ''.join(c for c in unicodedata.normalize('NFD', tok.lower()) if unicodedata.category(c) != 'Mn')
        cur = ''
        for c in tok:
            if is_punc(c):
                if cur:
                    tokens.append(cur)
                tokens.append(c)
                cur = ''
            else:
                cur += c
        if cur:
            tokens.append(cur)
    return tokens

def wordpiece(word, vocab):
    if len(word) > 100:
        return ["[UNK]"]
    out, start = [], 0
    while start < len(word):
        end, cur = len(word), None
        while start < end:
            s = word[start:end]
            if start > 0:
                s = '##' + s
            if s in vocab:
                cur = s
                break
            end -= 1
        if cur is None:
            return ["[UNK]"]
        out.append(cur)
        start = end
    return out

def bert_ids(text, vocab):
    ids = [vocab["[CLS]"]]
    for t in bert_basic(text):
        ids += [vocab[p] for p in wordpiece(t, vocab)]
    return ids + [vocab["[SEP]"]]

def make_bert():
    H, L, A, I, P, T = 8, 2, 2, 16, 32, 2
    V = len(BERT_VOCAB)
    labels = ["negative", "neutral", "positive"]
    t = {}
    t["bert.embeddings.word_embeddings.weight"] = w(V, H)
    t["bert.embeddings.position_embeddings.weight"] = w(P, H)
    t["bert.embeddings.token_type_embeddings.weight"] = w(T, H)
    t["bert.embeddings.LayerNorm.weight"] = ones_ish(H)
    t["bert.embeddings.LayerNorm.bias"] = w(H, scale=8)
    for i in range(L):
        p = "bert.encoder.layer.%d." % i
        for n in ("query", "key", "value"):
            t[p + "attention.self.%s.weight" % n] = w(H, H)
            t[p + "attention.self.%s.bias" % n] = w(H, scale=8)
        t[p + "attention.output.dense.weight"] = w(H, H)
        t[p + "attention.output.dense.bias"] = w(H, scale=8)
        t[p + "attention.output.LayerNorm.weight"] = ones_ish(H)
        t[p + "attention.output.LayerNorm.bias"] = w(H, scale=8)
        t[p + "intermediate.dense.weight"] = w(I, H)
        t[p + "intermediate.dense.bias"] = w(I, scale=8)
        t[p + "output.dense.weight"] = w(H, I)
        t[p + "output.dense.bias"] = w(H, scale=8)
        t[p + "output.LayerNorm.weight"] = ones_ish(H)
        t[p + "output.LayerNorm.bias"] = w(H, scale=8)
    t["bert.pooler.dense.weight"] = w(H, H)
    t["bert.pooler.dense.bias"] = w(H, scale=8)
    t["classifier.weight"] = w(3, H)
    t["classifier.bias"] = w(3, scale=8)
    d = os.path.join(HERE, "bert_tiny")
    os.makedirs(d, exist_ok=True)
    write_safetensors(os.path.join(d, "model.safetensors"), t)
    config = {"architectures": ["BertForSequenceClassification"], "model_type": "bert", "hidden_size": H, "num_hidden_layers": L,
              "num_attention_heads": A, "intermediate_size": I, "max_position_embeddings": P, "type_vocab_size": T, "vocab_size": V,
              "hidden_act": "gelu", "layer_norm_eps": 1e-12, "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
              "initializer_range": 0.02, "id2label": {str(i): l for i, l in enumerate(labels)},
              "label2id": {l: i for i, l in enumerate(labels)}}
    json.dump(config, open(os.path.join(d, "config.json"), "w"), indent=1)
    open(os.path.join(d, "vocab.txt"), "w").write("\n".join(BERT_VOCAB) + "\n")
    json.dump({"do_lower_case": True}, open(os.path.join(d, "tokenizer_config.json"), "w"))
    vocab = {tok: i for i, tok in enumerate(BERT_VOCAB)}

    def forward(ids):
        g = lambda n: mat(*t[n]) if len(t[n][1]) == 2 else t[n][0]
        Ln = len(ids)
        E = g("bert.embeddings.word_embeddings.weight")
        Pe = g("bert.embeddings.position_embeddings.weight")
        Te = g("bert.embeddings.token_type_embeddings.weight")
        x = [[E[i][k] + Pe[j][k] + Te[0][k] for k in range(H)] for j, i in enumerate(ids)]
        x = layernorm(x, g("bert.embeddings.LayerNorm.weight"), g("bert.embeddings.LayerNorm.bias"), 1e-12)
        hd = H // A
        for li in range(L):
            p = "bert.encoder.layer.%d." % li
            q = linear(x, g(p + "attention.self.query.weight"), g(p + "attention.self.query.bias"))
            k = linear(x, g(p + "attention.self.key.weight"), g(p + "attention.self.key.bias"))
            v = linear(x, g(p + "attention.self.value.weight"), g(p + "attention.self.value.bias"))
            ctx = [[0.0] * H for _ in range(Ln)]
            for h in range(A):
                sl = slice(h * hd, (h + 1) * hd)
                for i in range(Ln):
                    s = softmax([sum(a * b for a, b in zip(q[i][sl], k[j][sl])) / math.sqrt(hd) for j in range(Ln)])
                    for c in range(hd):
                        ctx[i][h * hd + c] = sum(s[j] * v[j][h * hd + c] for j in range(Ln))
            a = linear(ctx, g(p + "attention.output.dense.weight"), g(p + "attention.output.dense.bias"))
            a = layernorm([[u + y for u, y in zip(r1, r2)] for r1, r2 in zip(a, x)], g(p + "attention.output.LayerNorm.weight"),
                          g(p + "attention.output.LayerNorm.bias"), 1e-12)
            hmid = linear(a, g(p + "intermediate.dense.weight"), g(p + "intermediate.dense.bias"))
            hmid = [[0.5 * u * (1 + math.erf(u / math.sqrt(2))) for u in r] for r in hmid]
            o = linear(hmid, g(p + "output.dense.weight"), g(p + "output.dense.bias"))
            x = layernorm([[u + y for u, y in zip(r1, r2)] for r1, r2 in zip(o, a)], g(p + "output.LayerNorm.weight"),
                          g(p + "output.LayerNorm.bias"), 1e-12)
        pooled = [math.tanh(u) for u in linear([x[0]], g("bert.pooler.dense.weight"), g("bert.pooler.dense.bias"))[0]]
        return linear([pooled], g("classifier.weight"), g("classifier.bias"))[0], x[0]

    texts = ["我很喜欢这个产品！", "The product is not good.", "Hello, World", "CAFÉ unlike", "退款 差差差", "abc ab xyz",
             "worked\tworking\u00a0it's", "\u0000控\u200b制"]
    cases = []
    for text in texts:
        ids = bert_ids(text, vocab)
        logits, cls = forward(ids)
        cases.append({"text": text, "tokens": [BERT_VOCAB[i] for i in ids], "ids": ids, "logits": logits,
                      "probabilities": softmax(logits), "label": labels[max(range(3), key=lambda c: logits[c])]})
    return cases

# ---------------------------------------------------------------- Qwen2
def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))

QWEN_PATTERN = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"

def make_qwen():
    b2u = bytes_to_unicode()
    alphabet = [b2u[b] for b in range(256)]
    vocab = {c: i for i, c in enumerate(alphabet)}
    merges = []
    def learn(word):
        syms = [b2u[b] for b in word.encode()]
        cur = syms[0]
        for s in syms[1:]:
            if (cur, s) not in merges:
                merges.append((cur, s))
            cur = cur + s
            if cur not in vocab:
                vocab[cur] = len(vocab)
    for word in [" the", "he", " world", " hello", "Hello", " wor", "你好", "世界", "ing", " is", "er", "12", "ok", "\n\n", " good",
                 "，", "！"]:
        learn(word)
    base = len(vocab)
    added = [{"id": base, "content": "<|endoftext|>"}, {"id": base + 1, "content": "<|im_start|>"}, {"id": base + 2, "content": "<|im_end|>"}]
    tok = {"version": "1.0", "truncation": None, "padding": None,
           "added_tokens": [dict(a, single_word=False, lstrip=False, rstrip=False, normalized=False, special=True) for a in added],
           "normalizer": {"type": "NFC"},
           "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
               {"type": "Split", "pattern": {"Regex": QWEN_PATTERN}, "behavior": "Isolated", "invert": False},
               {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False}]},
           "post_processor": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
           "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
           "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "", "end_of_word_suffix": "",
                     "fuse_unk": False, "byte_fallback": False, "vocab": vocab, "merges": ["%s %s" % m for m in merges]}}
    rank = {m: i for i, m in enumerate(merges)}

    def bpe(piece):
        syms = [b2u[b] for b in piece.encode()]
        while len(syms) > 1:
            pairs = [(rank.get((syms[i], syms[i + 1]), 1 << 30), i) for i in range(len(syms) - 1)]
            r, i = min(pairs)
            if r == 1 << 30:
                break
            a, b = syms[i], syms[i + 1]
            out, j = [], 0
            while j < len(syms):
                if j + 1 < len(syms) and syms[j] == a and syms[j + 1] == b:
                    out.append(a + b)
                    j += 2
                else:
                    out.append(syms[j])
                    j += 1
            syms = out
        return [vocab[s] for s in syms]

    def encode(text):
        ids, i, start = [], 0, 0
        specials = sorted(added, key=lambda a: -len(a["content"]))
        def ordinary(s):
            s = unicodedata.normalize("NFC", s)
            for m in regex.finditer(QWEN_PATTERN, s):
                ids.extend(bpe(m.group(0)))
        while i < len(text):
            hit = next((a for a in specials if text.startswith(a["content"], i)), None)
            if hit is None:
                i += 1
                continue
            ordinary(text[start:i])
            ids.append(hit["id"])
            i += len(hit["content"])
            start = i
        ordinary(text[start:])
        return ids

    Hd, L, A, KV, hd, I = 16, 2, 4, 2, 4, 32
    V = base + 3 + 5  # a few ids past the tokenizer, as real checkpoints pad their vocabulary
    theta, eps = 10000.0, 1e-6
    t = {"model.embed_tokens.weight": w(V, Hd)}
    for li in range(L):
        p = "model.layers.%d." % li
        t[p + "input_layernorm.weight"] = ones_ish(Hd)
        t[p + "self_attn.q_proj.weight"] = w(A * hd, Hd)
        t[p + "self_attn.q_proj.bias"] = w(A * hd, scale=8)
        t[p + "self_attn.k_proj.weight"] = w(KV * hd, Hd)
        t[p + "self_attn.k_proj.bias"] = w(KV * hd, scale=8)
        t[p + "self_attn.v_proj.weight"] = w(KV * hd, Hd)
        t[p + "self_attn.v_proj.bias"] = w(KV * hd, scale=8)
        t[p + "self_attn.o_proj.weight"] = w(Hd, A * hd)
        t[p + "post_attention_layernorm.weight"] = ones_ish(Hd)
        t[p + "mlp.gate_proj.weight"] = w(I, Hd)
        t[p + "mlp.up_proj.weight"] = w(I, Hd)
        t[p + "mlp.down_proj.weight"] = w(Hd, I)
    t["model.norm.weight"] = ones_ish(Hd)
    t["lm_head.weight"] = w(V, Hd)
    d = os.path.join(HERE, "qwen_tiny")
    os.makedirs(d, exist_ok=True)
    write_safetensors(os.path.join(d, "model.safetensors"), t)
    config = {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": Hd, "num_hidden_layers": L,
              "num_attention_heads": A, "num_key_value_heads": KV, "intermediate_size": I, "vocab_size": V, "rope_theta": theta,
              "rms_norm_eps": eps, "hidden_act": "silu", "max_position_embeddings": 128, "tie_word_embeddings": False,
              "bos_token_id": base, "eos_token_id": base, "torch_dtype": "float32"}
    json.dump(config, open(os.path.join(d, "config.json"), "w"), indent=1)
    json.dump(tok, open(os.path.join(d, "tokenizer.json"), "w"), ensure_ascii=False)
    json.dump({"chat_template": "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
               "{{ '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' }}{% endif %}"
               "{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
               "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}", "eos_token": "<|endoftext|>"},
              open(os.path.join(d, "tokenizer_config.json"), "w"))

    def g(n):
        vals, shape = t[n]
        return mat(vals, shape) if len(shape) == 2 else vals

    def rms(x, wt):
        return [[a / math.sqrt(sum(b * b for b in v) / len(v) + eps) * ww for a, ww in zip(v, wt)] for v in x]

    inv = [1.0 / (theta ** (i / hd)) for i in range(0, hd, 2)]

    def rope(vec, pos):
        half = hd // 2
        out = []
        for c in range(hd):
            ang = pos * inv[c % half]
            rot = -vec[c + half] if c < half else vec[c - half]
            out.append(vec[c] * math.cos(ang) + rot * math.sin(ang))
        return out

    def logits_all(ids):
        n = len(ids)
        E = g("model.embed_tokens.weight")
        x = [list(E[i]) for i in ids]
        for li in range(L):
            p = "model.layers.%d." % li
            h = rms(x, g(p + "input_layernorm.weight"))
            q = linear(h, g(p + "self_attn.q_proj.weight"), g(p + "self_attn.q_proj.bias"))
            k = linear(h, g(p + "self_attn.k_proj.weight"), g(p + "self_attn.k_proj.bias"))
            v = linear(h, g(p + "self_attn.v_proj.weight"), g(p + "self_attn.v_proj.bias"))
            out = [[0.0] * (A * hd) for _ in range(n)]
            for head in range(A):
                kvh = head // (A // KV)
                for i in range(n):
                    qi = rope(q[i][head * hd:(head + 1) * hd], i)
                    sc = []
                    for j in range(i + 1):
                        kj = rope(k[j][kvh * hd:(kvh + 1) * hd], j)
                        sc.append(sum(a * b for a, b in zip(qi, kj)) / math.sqrt(hd))
                    pr = softmax(sc)
                    for c in range(hd):
                        out[i][head * hd + c] = sum(pr[j] * v[j][kvh * hd + c] for j in range(i + 1))
            o = linear(out, g(p + "self_attn.o_proj.weight"))
            x = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(x, o)]
            h2 = rms(x, g(p + "post_attention_layernorm.weight"))
            gt = linear(h2, g(p + "mlp.gate_proj.weight"))
            up = linear(h2, g(p + "mlp.up_proj.weight"))
            act = [[a / (1 + math.exp(-a)) * b for a, b in zip(r1, r2)] for r1, r2 in zip(gt, up)]
            dn = linear(act, g(p + "mlp.down_proj.weight"))
            x = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(x, dn)]
        x = rms(x, g("model.norm.weight"))
        return linear([x[-1]], g("lm_head.weight"))[0]

    tok_texts = ["Hello world", " the weather", "你好，世界！", "it's 2024\n\nok", "<|im_start|>user\nhi<|im_end|>\n", "  spaces  here ",
                 "e\u0301t\u00e9", "He's GOOD", "tab\there", "x<|endoftext|>"]
    tokenize = [{"text": s, "ids": encode(s)} for s in tok_texts]
    prompts = ["Hello world", "你好，世界！ the"]
    logits = []
    for s in prompts:
        ids = encode(s)
        logits.append({"text": s, "ids": ids, "logits": logits_all(ids)})
    gen = []
    for s in prompts:
        ids = encode(s)
        new = []
        for _ in range(6):
            lg = logits_all(ids + new)
            nxt = max(range(V), key=lambda c: lg[c])
            new.append(nxt)
            if nxt == base:
                break
        gen.append({"text": s, "prompt_ids": ids, "ids": new})
    return {"tokenize": tokenize, "logits": logits, "generate": gen}

if __name__ == "__main__":
    expected = {"bert": make_bert(), "qwen2": make_qwen()}
    json.dump(expected, open(os.path.join(HERE, "expected.json"), "w"), ensure_ascii=False, indent=1)
