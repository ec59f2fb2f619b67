#pragma once

#include "inference/TextFeatures.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace lx::inference {

// The linear half of the sentiment ensemble: multinomial logistic regression on the same TF-IDF
// n-gram features as the embedding model, each feature scaled per class by its naive-Bayes
// log-count ratio (NB-SVM, Wang & Manning 2012), L2-regularised as scikit-learn's C and minimised
// by L-BFGS to convergence (or `iterations`). The ratio is folded into the weights, so a
// prediction is one sparse dot product per class. Plain C++: an iteration is one pass over the
// rows, and it is what carries the model to reviews of a kind it has not seen (measured
// leave-one-category-out in bench_sentiment).
class LinearSentiment final
{
public:
    struct Options
    {
        int iterations = 100;  // L-BFGS iterations at most (scikit-learn's max_iter)
        double c = 1.0;        // inverse L2 strength over the summed loss, as scikit-learn's C
        double nbAlpha = 1.0;  // smoothing of the log-count ratio; 0 turns the NB scaling off
    };

    // Fits on the rows; after each iteration `epochDone(iteration)` may read probabilities().
    void fit(const std::vector<const SparseFeatures*>& rows, const std::vector<int64_t>& labels, int features, int classes,
             const Options& options, const std::function<void(int)>& epochDone = {});
    // Restores saved weights ([features × classes], row-major) and biases.
    void restore(std::vector<float> weights, std::vector<float> bias, int classes);

    // Class scores (logits) of one text into `out` (classes values).
    void logits(const SparseFeatures& x, float* out) const;
    // Softmax probabilities of rows, [rows × classes].
    std::vector<float> probabilities(const std::vector<const SparseFeatures*>& rows) const;

    const std::vector<float>& weights() const { return m_weights; }
    const std::vector<float>& bias() const { return m_bias; }
    int classes() const { return m_classes; }

private:
    int m_classes = 0;
    std::vector<float> m_weights; // effective weights: learned weight × NB ratio
    std::vector<float> m_bias;
};

} // namespace lx::inference
