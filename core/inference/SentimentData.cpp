#include "inference/SentimentData.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include "common/CsvReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <random>

namespace lx::inference {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

} // namespace

QStringList canonicalLabels()
{
    return {QStringLiteral("negative"), QStringLiteral("neutral"), QStringLiteral("positive")};
}

QString normalizeLabel(const QString& raw)
{
    const QString l = raw.trimmed().toLower();
    if (l == QLatin1String("positive") || l == QLatin1String("1") || l == QStringLiteral("正面") || l == QStringLiteral("积极"))
        return QStringLiteral("positive");
    if (l == QLatin1String("negative") || l == QLatin1String("0") || l == QStringLiteral("负面") || l == QStringLiteral("消极"))
        return QStringLiteral("negative");
    if (l == QLatin1String("neutral") || l == QStringLiteral("中性"))
        return QStringLiteral("neutral");
    return {};
}

std::vector<int> Dataset::labelIndexes() const
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back(r.label);
    return out;
}

QStringList Dataset::categories() const
{
    QStringList out;
    QSet<QString> seen;
    for (const auto& r : rows) {
        if (!r.category.isEmpty() && !seen.contains(r.category)) {
            seen.insert(r.category);
            out.append(r.category);
        }
    }
    return out;
}

std::vector<int> Dataset::counts() const
{
    std::vector<int> out(size_t(labels.size()), 0);
    for (const auto& r : rows)
        ++out[size_t(r.label)];
    return out;
}

namespace {

Result<Dataset> readLabelled(const QString& path, const QStringList& labels, bool asWritten);

} // namespace

Result<Dataset> readDataset(const QString& path, const QStringList& labels)
{
    return readLabelled(path, labels, false);
}

Result<Dataset> readLabelledData(const QString& path)
{
    auto data = readLabelled(path, {}, true);
    if (!data)
        return data;
    // Sentiment labels in any spelling (1/0, 正面 …) become positive / neutral / negative.
    for (const QString& l : data.value().labels) {
        if (normalizeLabel(l).isEmpty())
            return data;
    }
    return readDataset(path);
}

namespace {

Result<Dataset> readLabelled(const QString& path, const QStringList& labels, bool asWritten)
{
    auto opened = InputFile::open(path);
    if (!opened)
        return Result<Dataset>(opened.status());
    QFile& file = *opened.value();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<Dataset>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    file.seek(0);

    CsvReader reader(file);
    CsvRecord record;
    if (!reader.next(record))
        return Result<Dataset>::failure(tr("%1 is empty: a header with the columns label and text is needed").arg(path));
    const CsvHeader header = CsvHeader::fromRecord(record);
    const int labelColumn = header.index({"label"});
    const int textColumn = header.index({"text"});
    const int categoryColumn = header.index({"category"});
    if (labelColumn < 0 || textColumn < 0)
        return Result<Dataset>::failure(tr("line %1: the header needs the columns label and text").arg(record.line));

    Dataset data;
    data.sha256 = QString::fromLatin1(hash.result().toHex());
    std::vector<std::pair<QString, LabeledText>> raw;
    while (reader.next(record)) {
        if (!record.error.isEmpty()) {
            data.issues.append(tr("line %1: %2").arg(record.line).arg(record.error));
            continue;
        }
        if (record.isBlank())
            continue;
        const QString rawLabel = CsvHeader::cell(record, labelColumn);
        const QString label = asWritten ? rawLabel.trimmed() : normalizeLabel(rawLabel);
        if (label.isEmpty()) {
            data.issues.append(asWritten ? tr("line %1: empty label, skipped").arg(record.line)
                                         : tr("line %1: unknown label \"%2\" (positive, neutral, negative, 1 or 0), skipped")
                                               .arg(record.line)
                                               .arg(excerpt(rawLabel)));
            continue;
        }
        if (!labels.isEmpty() && !labels.contains(label)) {
            data.issues.append(tr("line %1: the model has no label %2, skipped").arg(record.line).arg(label));
            continue;
        }
        const QString text = CsvHeader::cell(record, textColumn);
        if (text.isEmpty()) {
            data.issues.append(tr("line %1: empty text, skipped").arg(record.line));
            continue;
        }
        const QString category = categoryColumn >= 0 ? CsvHeader::cell(record, categoryColumn).trimmed() : QString();
        raw.emplace_back(label, LabeledText{0, text, record.line, category});
    }
    if (raw.empty())
        return Result<Dataset>::failure(tr("%1 has no usable row (%2 skipped)").arg(path).arg(data.issues.size()));

    if (!labels.isEmpty()) {
        data.labels = labels;
    } else if (asWritten) {
        for (const auto& r : raw) {
            if (!data.labels.contains(r.first))
                data.labels.append(r.first);
        }
        data.labels.sort();
    } else {
        for (const QString& l : canonicalLabels()) {
            for (const auto& r : raw) {
                if (r.first == l) {
                    data.labels.append(l);
                    break;
                }
            }
        }
    }
    data.rows.reserve(raw.size());
    for (auto& [label, row] : raw) {
        row.label = int(data.labels.indexOf(label));
        data.rows.push_back(std::move(row));
    }
    return data;
}

} // namespace

std::vector<int> stratifiedFolds(const std::vector<int>& labels, int k, quint64 seed)
{
    std::vector<int> fold(labels.size(), 0);
    if (k < 2)
        return fold;
    int classes = 0;
    for (int l : labels)
        classes = std::max(classes, l + 1);
    std::mt19937_64 rng(seed);
    int next = 0; // carries over between classes so small classes do not all start in fold 0
    for (int c = 0; c < classes; ++c) {
        std::vector<size_t> members;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == c)
                members.push_back(i);
        }
        // Fisher-Yates with the generator's raw output: the same on every platform.
        for (size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[size_t(rng() % i)]);
        for (size_t i : members) {
            fold[i] = next;
            next = (next + 1) % k;
        }
    }
    return fold;
}

Evaluation Evaluation::compute(int classes, const std::vector<int>& truth, const std::vector<int>& predicted)
{
    Evaluation e;
    e.n = int(truth.size());
    e.confusion.assign(size_t(classes), std::vector<int>(size_t(classes), 0));
    int correct = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        ++e.confusion[size_t(truth[i])][size_t(predicted[i])];
        correct += truth[i] == predicted[i];
    }
    e.accuracy = e.n ? double(correct) / e.n : 0;
    e.perClass.resize(size_t(classes));
    double f1Sum = 0;
    for (int c = 0; c < classes; ++c) {
        int tp = e.confusion[size_t(c)][size_t(c)];
        int predictedC = 0;
        int actualC = 0;
        for (int o = 0; o < classes; ++o) {
            predictedC += e.confusion[size_t(o)][size_t(c)];
            actualC += e.confusion[size_t(c)][size_t(o)];
        }
        ClassMetrics& m = e.perClass[size_t(c)];
        m.support = actualC;
        m.precision = predictedC ? double(tp) / predictedC : 0;
        m.recall = actualC ? double(tp) / actualC : 0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0;
        f1Sum += m.f1;
    }
    e.macroF1 = classes ? f1Sum / classes : 0;
    return e;
}

QJsonObject Evaluation::toJson(const QStringList& labels) const
{
    QJsonObject classes;
    QJsonObject matrix;
    for (int c = 0; c < labels.size(); ++c) {
        const ClassMetrics& m = perClass[size_t(c)];
        classes.insert(labels.at(c), QJsonObject{{QStringLiteral("precision"), m.precision}, {QStringLiteral("recall"), m.recall},
                                                 {QStringLiteral("f1"), m.f1}, {QStringLiteral("support"), m.support}});
        QJsonObject row;
        for (int p = 0; p < labels.size(); ++p)
            row.insert(labels.at(p), confusion[size_t(c)][size_t(p)]);
        matrix.insert(labels.at(c), row);
    }
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("accuracy"), accuracy},
                       {QStringLiteral("macro_f1"), macroF1},
                       {QStringLiteral("per_class"), classes},
                       {QStringLiteral("confusion"), matrix}};
}

} // namespace lx::inference
