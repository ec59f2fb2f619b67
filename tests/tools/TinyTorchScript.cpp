// Test fixture: writes a tiny TorchScript classifier with BERT's interface, forward(input_ids,
// attention_mask) -> logits [batch, 2], whose scores a test can compute by hand: the mean over
// the real tokens of a fixed row per token id, (2, 0) for ids divisible by 3, (0, 2) for ids that
// leave 1, (0, 0) otherwise. The only torch include outside core/inference; built with the tests.
#include <torch/script.h>
#include <torch/torch.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: lx_tiny_torchscript OUT.pt VOCAB_SIZE\n");
        return 2;
    }
    const int64_t vocab = std::atoll(argv[2]);
    torch::Tensor w = torch::zeros({vocab, 2});
    for (int64_t i = 0; i < vocab; ++i) {
        if (i % 3 == 0)
            w[i][0] = 2.0;
        else if (i % 3 == 1)
            w[i][1] = 2.0;
    }
    torch::jit::Module m("TinyBert");
    m.register_buffer("weight", w);
    m.define(R"(
def forward(self, input_ids, attention_mask):
    x = torch.embedding(self.weight, input_ids)
    m = attention_mask.unsqueeze(-1).float()
    return (x * m).sum(1) / m.sum(1)
)");
    m.save(argv[1]);
    return 0;
}
