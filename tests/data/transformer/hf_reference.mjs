// Regenerates hf_tokenizer_cases.json's ids with Hugging Face's own JavaScript tokenizers
// (transformers.js), an implementation independent of Lingxi's: tst_Transformer checks that
// Lingxi's BPE and WordPiece tokenizers give the same ids for every text.
//   npm install --ignore-scripts @huggingface/transformers
//   node hf_reference.mjs        (from this folder)
import { AutoTokenizer, env } from '@huggingface/transformers';
import fs from 'fs';
env.allowRemoteModels = false;
env.localModelPath = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(fs.readFileSync('hf_tokenizer_cases.json', 'utf8'));
for (const model of ['qwen_tiny', 'bert_wide']) {
    const tok = await AutoTokenizer.from_pretrained(model);
    for (const c of cases[model])
        c.ids = tok.encode(c.text); // BERT: with [CLS] and [SEP]; Qwen2 adds none
}
fs.writeFileSync('hf_tokenizer_cases.json', JSON.stringify(cases, null, 0));
