#include "inference/LinearSentiment.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

namespace lx::inference {

namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

} // namespace

void LinearSentiment::fit(const std::vector<const SparseFeatures*>& rows, const std::vector<int64_t>& labels, int features,
                          int classes, const Options& options, const std::function<void(int)>& epochDone)
{
    m_classes = classes;
    const size_t k = size_t(classes);
    const size_t f = size_t(std::max(features, 0));
    // Per class c the log-count ratio of feature j: how much more of its weight falls in texts
    // of class c than in the others, smoothed by alpha, each side normalised to sum 1.
    std::vector<double> ratio(f * k, 1.0);
    if (options.nbAlpha > 0 && !rows.empty()) {
        std::vector<double> in(f * k, 0.0), total(f, 0.0);
        for (size_t i = 0; i < rows.size(); ++i) {
            const SparseFeatures& x = *rows[i];
            for (size_t t = 0; t < x.ids.size(); ++t) {
                in[size_t(x.ids[t]) * k + size_t(labels[i])] += x.weights[t];
                total[size_t(x.ids[t])] += x.weights[t];
            }
        }
        double mean = 0;
        for (size_t c = 0; c < k; ++c) {
            double sumIn = 0, sumOut = 0;
            for (size_t j = 0; j < f; ++j) {
                sumIn += in[j * k + c] + options.nbAlpha;
                sumOut += total[j] - in[j * k + c] + options.nbAlpha;
            }
            for (size_t j = 0; j < f; ++j) {
                const double p = (in[j * k + c] + options.nbAlpha) / sumIn;
                const double q = (total[j] - in[j * k + c] + options.nbAlpha) / sumOut;
                ratio[j * k + c] = std::log(p / q);
                mean += std::abs(ratio[j * k + c]);
            }
        }
        // Scaled to mean magnitude 1, so C means the same with the scaling or without.
        mean /= double(std::max<size_t>(1, ratio.size()));
        if (mean > 0)
            for (double& r : ratio)
                r /= mean;
    }

    // The objective, as scikit-learn's: C × the summed cross-entropy + ½|W|² (biases free), its
    // minimum found by L-BFGS. Parameters: W (f × k, row-major) then the k biases.
    const size_t dim = f * k + k;
    const double c = options.c;
    std::vector<double> z(k);
    auto evaluate = [&](const std::vector<double>& theta, std::vector<double>& grad) {
        std::fill(grad.begin(), grad.end(), 0.0);
        double loss = 0;
        const double* b = theta.data() + f * k;
        for (size_t i = 0; i < rows.size(); ++i) {
            const SparseFeatures& x = *rows[i];
            double top = -1e300;
            for (size_t cl = 0; cl < k; ++cl) {
                double v = b[cl];
                for (size_t t = 0; t < x.ids.size(); ++t) {
                    const size_t j = size_t(x.ids[t]) * k + cl;
                    v += theta[j] * ratio[j] * x.weights[t];
                }
                z[cl] = v;
                top = std::max(top, v);
            }
            double sum = 0;
            for (double& v : z) {
                v = std::exp(v - top);
                sum += v;
            }
            const size_t y = size_t(labels[i]);
            loss -= std::log(std::max(z[y] / sum, 1e-300));
            for (size_t cl = 0; cl < k; ++cl) {
                const double err = c * (z[cl] / sum - (y == cl ? 1.0 : 0.0));
                grad[f * k + cl] += err;
                for (size_t t = 0; t < x.ids.size(); ++t) {
                    const size_t j = size_t(x.ids[t]) * k + cl;
                    grad[j] += err * ratio[j] * x.weights[t];
                }
            }
        }
        double reg = 0;
        for (size_t j = 0; j < f * k; ++j) {
            reg += theta[j] * theta[j];
            grad[j] += theta[j];
        }
        return c * loss + 0.5 * reg;
    };

    std::vector<double> theta(dim, 0.0), grad(dim), nextTheta(dim), nextGrad(dim), direction(dim);
    double value = evaluate(theta, grad);
    constexpr int kMemory = 10;
    std::deque<std::vector<double>> sHistory, yHistory;
    std::deque<double> rhoHistory;
    auto publish = [&] {
        m_weights.resize(f * k);
        for (size_t j = 0; j < f * k; ++j)
            m_weights[j] = float(theta[j] * ratio[j]);
        m_bias.assign(theta.begin() + long(f * k), theta.end());
    };
    for (int iteration = 1; iteration <= options.iterations; ++iteration) {
        // Two-loop recursion: direction = -H·grad.
        direction = grad;
        std::vector<double> alpha(sHistory.size());
        for (size_t h = sHistory.size(); h-- > 0;) {
            alpha[h] = rhoHistory[h] * dot(sHistory[h], direction);
            for (size_t j = 0; j < dim; ++j)
                direction[j] -= alpha[h] * yHistory[h][j];
        }
        double gamma = 1.0 / std::max(1e-12, std::sqrt(dot(grad, grad)));
        if (!sHistory.empty())
            gamma = dot(sHistory.back(), yHistory.back()) / std::max(1e-300, dot(yHistory.back(), yHistory.back()));
        for (double& d : direction)
            d *= gamma;
        for (size_t h = 0; h < sHistory.size(); ++h) {
            const double beta = rhoHistory[h] * dot(yHistory[h], direction);
            for (size_t j = 0; j < dim; ++j)
                direction[j] += sHistory[h][j] * (alpha[h] - beta);
        }
        for (double& d : direction)
            d = -d;
        double slope = dot(grad, direction);
        if (slope >= 0) { // not a descent direction: start the memory again
            sHistory.clear();
            yHistory.clear();
            rhoHistory.clear();
            for (size_t j = 0; j < dim; ++j)
                direction[j] = -grad[j] / std::max(1e-12, std::sqrt(dot(grad, grad)));
            slope = dot(grad, direction);
        }
        // Backtracking line search (Armijo).
        double step = 1.0;
        double nextValue = 0;
        bool accepted = false;
        for (int tries = 0; tries < 30; ++tries) {
            for (size_t j = 0; j < dim; ++j)
                nextTheta[j] = theta[j] + step * direction[j];
            nextValue = evaluate(nextTheta, nextGrad);
            if (nextValue <= value + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break;
        std::vector<double> s(dim), y(dim);
        for (size_t j = 0; j < dim; ++j) {
            s[j] = nextTheta[j] - theta[j];
            y[j] = nextGrad[j] - grad[j];
        }
        const double sy = dot(s, y);
        if (sy > 1e-12) {
            sHistory.push_back(std::move(s));
            yHistory.push_back(std::move(y));
            rhoHistory.push_back(1.0 / sy);
            if (int(sHistory.size()) > kMemory) {
                sHistory.pop_front();
                yHistory.pop_front();
                rhoHistory.pop_front();
            }
        }
        const double improvement = value - nextValue;
        theta.swap(nextTheta);
        grad.swap(nextGrad);
        value = nextValue;
        if (epochDone) {
            publish();
            epochDone(iteration);
        }
        if (improvement < 1e-6 * std::max(1.0, std::abs(value)))
            break;
    }
    publish();
}

void LinearSentiment::restore(std::vector<float> weights, std::vector<float> bias, int classes)
{
    m_weights = std::move(weights);
    m_bias = std::move(bias);
    m_classes = classes;
}

void LinearSentiment::logits(const SparseFeatures& x, float* out) const
{
    const size_t k = size_t(m_classes);
    for (size_t c = 0; c < k; ++c)
        out[c] = m_bias[c];
    for (size_t t = 0; t < x.ids.size(); ++t) {
        const float* row = m_weights.data() + size_t(x.ids[t]) * k;
        for (size_t c = 0; c < k; ++c)
            out[c] += row[c] * x.weights[t];
    }
}

std::vector<float> LinearSentiment::probabilities(const std::vector<const SparseFeatures*>& rows) const
{
    const size_t k = size_t(m_classes);
    std::vector<float> out(rows.size() * k);
    for (size_t i = 0; i < rows.size(); ++i) {
        float* p = out.data() + i * k;
        logits(*rows[i], p);
        const float top = *std::max_element(p, p + k);
        float sum = 0;
        for (size_t c = 0; c < k; ++c) {
            p[c] = std::exp(p[c] - top);
            sum += p[c];
        }
        for (size_t c = 0; c < k; ++c)
            p[c] /= sum;
    }
    return out;
}

} // namespace lx::inference
