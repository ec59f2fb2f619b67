#pragma once

// The classifier a data analyst reaches for, as the benchmark's peer: character 1-3-gram TF-IDF
// with multinomial logistic regression, L2 with C = 1 and L-BFGS for at most 100 iterations (as
// scikit-learn's LogisticRegression defaults), trained on the same rows as the model. No word
// grams, no lexicon, no naive-Bayes scaling.
#include "inference/LinearSentiment.h"
#include "inference/SentimentData.h"
#include "inference/TextFeatures.h"

#include <QElapsedTimer>

#include <algorithm>
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
    std::vector<SparseFeatures> x;
    x.reserve(size_t(trainTexts.size()));
    for (const QString& t : trainTexts)
        x.push_back(space.features(t));
    std::vector<const SparseFeatures*> rows;
    std::vector<int64_t> labels;
    for (size_t i = 0; i < x.size(); ++i) {
        rows.push_back(&x[i]);
        labels.push_back(train.rows[i].label);
    }
    LinearSentiment::Options lr;
    lr.c = 1.0;
    lr.nbAlpha = 0;
    lr.iterations = quick ? 50 : 100;
    LinearSentiment model;
    model.fit(rows, labels, space.size(), classes, lr);

    std::vector<int> truth, predicted;
    std::vector<float> scores(static_cast<size_t>(classes), 0.0f);
    QElapsedTimer t;
    t.start();
    for (const auto& r : test.rows) {
        model.logits(space.features(r.text), scores.data());
        predicted.push_back(int(std::max_element(scores.begin(), scores.end()) - scores.begin()));
        truth.push_back(r.label);
    }
    PeerResult p;
    p.textsPerSecond = double(test.rows.size()) / (double(t.nsecsElapsed()) / 1e9);
    const Evaluation e = Evaluation::compute(classes, truth, predicted);
    p.accuracy = e.accuracy;
    p.macroF1 = e.macroF1;
    return p;
}
