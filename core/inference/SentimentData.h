#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace lx::inference {

// The sentiment labels in their fixed order. A model's label set is the subset its training
// data holds, in this order (negative, neutral, positive or negative, positive).
QStringList canonicalLabels();
// "positive", "neutral", "negative", also "1"/"0" and the Chinese words; empty when unknown.
QString normalizeLabel(const QString& raw);

struct LabeledText
{
    int label = 0; // index into Dataset::labels
    QString text;
    int line = 0;
    QString category; // the optional `category` column (product line, channel …); empty without one
};

struct Dataset
{
    QStringList labels;
    std::vector<LabeledText> rows;
    QStringList issues; // "line N: …" for every skipped row
    QString sha256;     // of the file's bytes

    std::vector<int> labelIndexes() const;
    std::vector<int> counts() const;
    // The distinct non-empty categories in first-seen order; empty when the file has no
    // category column.
    QStringList categories() const;
};

// Reads a UTF-8 CSV with a header holding `label` and `text`, and optionally `category` (other
// columns ignored). Rows with
// an unknown label, an empty text or a broken CSV record are reported by line and skipped.
// With `labels` given, rows are mapped onto that label set (a label outside it is skipped and
// reported); otherwise the set is the labels present. A file without the columns, or without a
// single usable row, is an error.
Result<Dataset> readDataset(const QString& path, const QStringList& labels = {});
// The same for any label set (topics, intents …): labels kept as written (trimmed), in sorted
// order, a row with an empty label reported and skipped; where every label is a sentiment label
// in some accepted spelling, the same as readDataset.
Result<Dataset> readLabelledData(const QString& path);

// Stratified K-fold assignment: every class is shuffled with the seed and dealt round-robin, so
// folds are disjoint, cover every row and hold each class in the same proportion (±1 row).
std::vector<int> stratifiedFolds(const std::vector<int>& labels, int k, quint64 seed);

struct ClassMetrics
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0;
};

struct Evaluation
{
    int n = 0;
    double accuracy = 0;
    double macroF1 = 0;
    std::vector<ClassMetrics> perClass;
    std::vector<std::vector<int>> confusion; // [true][predicted]

    static Evaluation compute(int classes, const std::vector<int>& truth, const std::vector<int>& predicted);
    // {"n", "accuracy", "macro_f1", "per_class": {label: {precision, recall, f1, support}},
    //  "confusion": {true label: {predicted label: count}}}
    QJsonObject toJson(const QStringList& labels) const;
};

} // namespace lx::inference
