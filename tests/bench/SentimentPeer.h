#pragma once

// The classifier a data analyst reaches for, as the benchmark's peer: character 1-3-gram TF-IDF
// with multinomial logistic regression (L2, C = 1 as scikit-learn's default), trained here by
// AdaGrad on the same split as the model.
#include "inference/SentimentData.h"
#include "inference/TextFeatures.h"

#include <QElapsedTimer>

#include <cmath>
#include <numeric>
#include <random>
#include <vector>

struct PeerResult
{
    double accuracy = 0;
    double macroF1 = 0;
    double textsPerSecond = 0;
};

inline PeerResult trainAndEvalPeer(const lx::inference::Dataset& train, const lx::inference::Dataset& test, bool quick)
{
    using namespace lx::inference;
    FeatureSpace space;
    QStringList trainTexts;
    for (const auto& r : train.rows)
        trainTexts.append(r.text);
    FeatureSpace::Options o;
    o.minDf = 1;
    o.maxFeatures = 2000000;
    space.build(trainTexts, o);
    const int classes = int(train.labels.size());
    const size_t f = size_t(space.size());
    std::vector<double> w(f * size_t(classes), 0.0), g2(f * size_t(classes), 1e-8), b(size_t(classes), 0.0);
    std::vector<SparseFeatures> x;
    for (const QString& t : trainTexts)
        x.push_back(space.features(t));
    const double n = double(x.size());
    const double l2 = 1.0 / n; // sum-of-losses objective with 0.5·|W|², per sample
    const double lr = 0.5;
    std::mt19937_64 rng(7);
    std::vector<size_t> order(x.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> z(static_cast<size_t>(classes), 0.0);
    const int epochs = quick ? 8 : 15;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(rng() % i)]);
        for (size_t idx : order) {
            const SparseFeatures& s = x[idx];
            double mx = -1e300;
            for (int c = 0; c < classes; ++c) {
                double v = b[size_t(c)];
                for (size_t k = 0; k < s.ids.size(); ++k)
                    v += w[size_t(s.ids[k]) * size_t(classes) + size_t(c)] * s.weights[k];
                z[size_t(c)] = v;
                mx = std::max(mx, v);
            }
            double sum = 0;
            for (double& v : z) {
                v = std::exp(v - mx);
                sum += v;
            }
            for (int c = 0; c < classes; ++c) {
                const double err = z[size_t(c)] / sum - (train.rows[idx].label == c ? 1.0 : 0.0);
                b[size_t(c)] -= 0.05 * err;
                for (size_t k = 0; k < s.ids.size(); ++k) {
                    const size_t j = size_t(s.ids[k]) * size_t(classes) + size_t(c);
                    const double grad = err * s.weights[k] + l2 * w[j];
                    g2[j] += grad * grad;
                    w[j] -= lr * grad / std::sqrt(g2[j]);
                }
            }
        }
    }
    std::vector<int> truth, predicted;
    QElapsedTimer t;
    t.start();
    for (const auto& r : test.rows) {
        const SparseFeatures s = space.features(r.text);
        int best = 0;
        double bestV = -1e300;
        for (int c = 0; c < classes; ++c) {
            double v = b[size_t(c)];
            for (size_t k = 0; k < s.ids.size(); ++k)
                v += w[size_t(s.ids[k]) * size_t(classes) + size_t(c)] * s.weights[k];
            if (v > bestV) {
                bestV = v;
                best = c;
            }
        }
        predicted.push_back(best);
        truth.push_back(r.label);
    }
    PeerResult p;
    p.textsPerSecond = double(test.rows.size()) / (double(t.nsecsElapsed()) / 1e9);
    const Evaluation e = Evaluation::compute(classes, truth, predicted);
    p.accuracy = e.accuracy;
    p.macroF1 = e.macroF1;
    return p;
}
