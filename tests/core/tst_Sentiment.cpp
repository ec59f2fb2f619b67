#include "common/TestWorkspace.h"
#include "inference/ModelRegistry.h"
#include "inference/NgramScorer.h"
#include "inference/SentimentEngine.h"
#include "inference/SentimentData.h"
#include "inference/SentimentLexicon.h"
#include "inference/SentimentModel.h"
#include "inference/TextFeatures.h"
#include "inference/TorchScriptModel.h"
#include "inference/WordPiece.h"

#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include "../bench/SentimentPeer.h"

using namespace lx;
using namespace lx::inference;

// The sentiment model on real reviews: tokenizer, folds, a learning test that can fail, the model
// file (save/load, damage), cancel, the neutral band and the registry's rules per role.
class tst_Sentiment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Dataset m_train;
    Dataset m_test;
    std::optional<TrainReport> m_report;

    QString writeCsv(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    static TrainOptions quickOptions()
    {
        TrainOptions o;
        o.folds = 5;
        o.maxEpochs = 4;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto all = readDataset(QStringLiteral(LX_SHARED_DATA "/sentiment/shopping_train.csv"));
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all.value().labels, (QStringList{QStringLiteral("negative"), QStringLiteral("positive")}));
        QVERIFY(all.value().rows.size() > 50000);
        // 3,000 rows to train on, 2,000 others (spread over the file) to test on.
        m_train.labels = m_test.labels = all.value().labels;
        for (size_t i = 0; i < all.value().rows.size(); i += 10) {
            if (m_train.rows.size() < 3000)
                m_train.rows.push_back(all.value().rows[i]);
            else if (m_test.rows.size() < 2000)
                m_test.rows.push_back(all.value().rows[i]);
        }
        auto report = trainModel(m_train, quickOptions());
        QVERIFY2(report, qPrintable(report.error()));
        m_report = report.take();
    }

    void tokenizerNormalisesAndKeepsTerms()
    {
        SentimentTokenizer t;
        // Full width to half width, case folding, traditional to simplified, spaces dropped.
        QCOMPARE(t.tokens(QStringLiteral("ＡＢＣ 質量")), (QStringList{QStringLiteral("abc"), QStringLiteral("质"), QStringLiteral("量")}));
        QCOMPARE(t.tokens(QStringLiteral("iPhone15 很好！")),
                 (QStringList{QStringLiteral("iphone15"), QStringLiteral("很"), QStringLiteral("好"), QStringLiteral("!")}));
        // Zero-width characters do not split or add tokens.
        QCOMPARE(t.tokens(QStringLiteral("好\u200B评")), (QStringList{QStringLiteral("好"), QStringLiteral("评")}));
        // An industry term (given in traditional, full width) is one whole token, longest first.
        t.setTerms({QStringLiteral("玻尿酸"), QStringLiteral("玻尿"), QStringLiteral("烟酰胺"), QStringLiteral("ＳＰＦ50")});
        QCOMPARE(t.tokens(QStringLiteral("玻尿酸和煙酰胺，spf50")),
                 (QStringList{QStringLiteral("玻尿酸"), QStringLiteral("和"), QStringLiteral("烟酰胺"), QStringLiteral(","),
                              QStringLiteral("spf50")}));
    }

    void vocabularyFileReportsBadLines()
    {
        const QString path = writeCsv(QStringLiteral("terms.txt"), QByteArray("玻尿酸\n\n# comment\n\xff\xfe bad\n烟酰胺\n"));
        QStringList issues;
        auto terms = SentimentTokenizer::readTermsFile(path, &issues);
        QVERIFY(terms);
        QCOMPARE(terms.value(), (QStringList{QStringLiteral("玻尿酸"), QStringLiteral("烟酰胺")}));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().contains(QLatin1String("line 4")));
    }

    void foldsAreDisjointAndStratified()
    {
        const std::vector<int> labels = m_train.labelIndexes();
        const auto folds = stratifiedFolds(labels, 5, 42);
        QCOMPARE(folds.size(), labels.size());
        std::vector<std::vector<int>> perFold(5, std::vector<int>(2, 0));
        for (size_t i = 0; i < labels.size(); ++i) {
            QVERIFY(folds[i] >= 0 && folds[i] < 5);
            ++perFold[size_t(folds[i])][size_t(labels[i])];
        }
        // Every row is in exactly one fold; each fold holds each class within one row of 1/5.
        const auto counts = m_train.counts();
        for (int c = 0; c < 2; ++c) {
            for (int f = 0; f < 5; ++f)
                QVERIFY(std::abs(perFold[size_t(f)][size_t(c)] * 5 - counts[size_t(c)]) <= 5);
        }
        QCOMPARE(stratifiedFolds(labels, 5, 42), folds);
        QVERIFY(stratifiedFolds(labels, 5, 43) != folds);
    }

    void learnsToTellReviewsApart()
    {
        const TrainReport& r = *m_report;
        QCOMPARE(int(r.folds.size()), 5);
        for (const auto& f : r.folds) {
            QCOMPARE(f.trainRows + f.validationRows, 3000);
            QVERIFY(!f.curve.empty());
            QVERIFY(f.curve.front().validationLoss.has_value());
        }
        QVERIFY2(r.meanAccuracy > 0.82, qPrintable(QString::number(r.meanAccuracy)));
        // On 2,000 reviews it never saw: far above the 50 % of a coin.
        auto model = SentimentClassifier::fromData(r.model);
        QVERIFY2(model, qPrintable(model.error()));
        QStringList texts;
        for (const auto& row : m_test.rows)
            texts.append(row.text);
        const auto predicted = model.value()->classify(texts);
        const Evaluation e = Evaluation::compute(2, m_test.labelIndexes(), predicted);
        QVERIFY2(e.accuracy > 0.85, qPrintable(QString::number(e.accuracy)));
        QVERIFY(e.macroF1 > 0.85);
        // Learning curves: training loss falls.
        QVERIFY(r.finalCurve.back().trainLoss < r.finalCurve.front().trainLoss);
        const auto p = model.value()->predict({QStringLiteral("质量非常好，物流也快，很满意"), QStringLiteral("太差了，用了一天就坏了，退货")});
        QCOMPARE(p[0].label, QStringLiteral("positive"));
        QCOMPARE(p[1].label, QStringLiteral("negative"));
        QVERIFY(!p[0].neutral.has_value());
        QVERIFY(std::abs(p[0].positive + p[0].negative - 1.0) < 1e-6);
    }

    void trainingIsDeterministic()
    {
        Dataset small = m_train;
        small.rows.resize(800);
        TrainOptions o = quickOptions();
        o.maxEpochs = 2;
        auto a = trainModel(small, o);
        auto b = trainModel(small, o);
        QVERIFY(a && b);
        QCOMPARE(a.value().meanAccuracy, b.value().meanAccuracy);
        QCOMPARE(a.value().model.tensor(QStringLiteral("out.weight"))->values, b.value().model.tensor(QStringLiteral("out.weight"))->values);
    }

    void saveAndLoadGiveIdenticalPredictions()
    {
        const QString path = m_dir.filePath(QStringLiteral("m.lxsent"));
        QVERIFY(saveModel(m_report->model, path));
        auto fresh = SentimentClassifier::fromData(m_report->model);
        auto loaded = SentimentClassifier::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QStringList texts;
        for (size_t i = 0; i < 300; ++i)
            texts.append(m_test.rows[i].text);
        std::vector<float> pa, pb;
        QCOMPARE(fresh.value()->classify(texts, &pa), loaded.value()->classify(texts, &pb));
        QCOMPARE(pa, pb);
        // The training record travels with the model.
        const QJsonObject meta = loaded.value()->data().metadata;
        QCOMPARE(meta.value(QStringLiteral("folds")).toInt(), 5);
        QCOMPARE(meta.value(QStringLiteral("fold_results")).toArray().size(), 5);
        QVERIFY(!meta.value(QStringLiteral("data_sha256")).toString().isEmpty() || m_train.sha256.isEmpty());
        QVERIFY(meta.contains(QStringLiteral("torch_version")));
    }

    void damagedFilesAreClearErrors()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.lxsent"));
        QVERIFY(saveModel(m_report->model, good));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        auto check = [&](const QByteArray& content, const char* expected) {
            const QString path = writeCsv(QStringLiteral("bad.lxsent"), content);
            auto r = SentimentClassifier::load(path);
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QLatin1String(expected)), qPrintable(r.error()));
        };
        check(bytes.left(bytes.size() / 2), "truncated");
        check(bytes.left(20), "truncated");
        QByteArray flipped = bytes;
        flipped[flipped.size() / 3] = char(flipped[flipped.size() / 3] ^ 0x5A);
        check(flipped, "damaged");
        check(QByteArray("label,text\npositive,好\n"), "not a Lingxi sentiment model");
        check(QByteArray(), "not a Lingxi sentiment model");
        QByteArray future = bytes;
        future[7] = char(9);
        check(future, "format");
        QVERIFY(!SentimentClassifier::load(m_dir.filePath(QStringLiteral("missing.lxsent"))));
    }

    void badCsvRowsAreReportedByLine()
    {
        const QString path = writeCsv(QStringLiteral("mixed.csv"),
                                      QByteArray("id,label,text\n1,positive,很好\n2,great,不错\n3,negative,\n4,0,太差\n5,1,\"不错,喜欢\"\n"));
        auto d = readDataset(path);
        QVERIFY(d);
        QCOMPARE(int(d.value().rows.size()), 3);
        QCOMPARE(d.value().issues.size(), 2);
        QVERIFY(d.value().issues.at(0).startsWith(QLatin1String("line 3")));
        QVERIFY(d.value().issues.at(1).startsWith(QLatin1String("line 4")));
        QCOMPARE(d.value().labels, (QStringList{QStringLiteral("negative"), QStringLiteral("positive")}));
        QCOMPARE(d.value().rows[2].text, QStringLiteral("不错,喜欢"));
        QVERIFY(!readDataset(writeCsv(QStringLiteral("nohdr.csv"), QByteArray("a,b\n1,2\n"))));
        // One label only cannot train.
        auto one = readDataset(writeCsv(QStringLiteral("one.csv"), QByteArray("label,text\npositive,好\npositive,棒\n")));
        QVERIFY(one);
        QVERIFY(!trainModel(one.value(), quickOptions()));
    }

    void cancelLeavesNothing()
    {
        std::atomic<int> epochs{0};
        auto r = trainModel(
            m_train, quickOptions(), [&](const TrainProgress& p) { epochs += p.point ? 1 : 0; }, [&] { return epochs.load() >= 2; });
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("cancelled")));
    }

    void twoClassModelAnswersNeutralInItsBand()
    {
        auto model = SentimentClassifier::fromData(m_report->model);
        const double band = m_report->model.neutralBelow;
        QVERIFY(band >= 0.55 && band <= 0.8);
        QStringList texts;
        for (const auto& row : m_test.rows)
            texts.append(row.text);
        int neutral = 0;
        for (const auto& p : model.value()->predict(texts)) {
            QCOMPARE(p.label == QLatin1String("neutral"), p.confidence < band);
            neutral += p.label == QLatin1String("neutral");
        }
        // A band, not a class: a small share of reviews.
        QVERIFY(neutral > 0 && neutral < texts.size() / 5);
    }

    void threeClassLabels()
    {
        const QString path = writeCsv(QStringLiteral("three.csv"), [] {
            QByteArray b("label,text\n");
            for (int i = 0; i < 30; ++i) {
                b += "positive,太好了真开心 " + QByteArray::number(i) + "\n";
                b += "negative,气死了太难过 " + QByteArray::number(i) + "\n";
                b += "neutral,今天是星期三 " + QByteArray::number(i) + "\n";
            }
            return b;
        }());
        auto d = readDataset(path);
        QVERIFY(d);
        QCOMPARE(d.value().labels, canonicalLabels());
        auto r = trainModel(d.value(), quickOptions());
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value().model.neutralBelow, 0.0);
        auto model = SentimentClassifier::fromData(r.value().model);
        const auto p = model.value()->predict({QStringLiteral("今天星期三")});
        QVERIFY(p[0].neutral.has_value());
        QCOMPARE(p[0].label, QStringLiteral("neutral"));
    }

    void engineBatchesRequestsAndSwapsModels()
    {
        SentimentEngine engine;
        // Without a model: a clear answer, not a hang.
        auto none = engine.classify(QStringLiteral("很好"));
        none.waitForFinished();
        QVERIFY(!none.result());
        QVERIFY(none.result().error().contains(QLatin1String("No sentiment model")));

        auto model = SentimentClassifier::fromData(m_report->model);
        engine.setModel(model.value());
        QCOMPARE(engine.deviceName(), QStringLiteral("cpu"));
        QStringList texts;
        for (size_t i = 0; i < 600; ++i)
            texts.append(m_test.rows[i].text);
        const std::vector<int> direct = model.value()->classify(texts);
        // 600 single requests at once plus one bulk request: every answer is the model's own.
        QList<QFuture<Result<Prediction>>> futures;
        for (const QString& t : texts)
            futures.append(engine.classify(t));
        auto bulk = engine.classifyAll(texts);
        for (int i = 0; i < texts.size(); ++i) {
            futures[i].waitForFinished();
            QVERIFY(futures[i].result());
            const Result<Prediction> answer = futures[i].result();
            const Prediction& p = answer.value();
            const QString expected = model.value()->labels().at(direct[size_t(i)]);
            QVERIFY(p.label == expected || p.label == QLatin1String("neutral"));
        }
        bulk.waitForFinished();
        QCOMPARE(bulk.result().value().size(), size_t(600));
        // Swapping the model while requests flow.
        auto again = SentimentClassifier::fromData(m_report->model);
        auto during = engine.classifyAll(texts);
        engine.setModel(again.value());
        during.waitForFinished();
        QVERIFY(during.result());
    }

    void trainingReportsEachHeldOutCategory()
    {
        // The training rows carry the file's category column: every category is held out once.
        const TrainReport& r = *m_report;
        const QStringList categories = m_train.categories();
        QCOMPARE(categories.size(), 10);
        QCOMPARE(int(r.categories.size()), 10);
        int held = 0;
        for (const CategoryReport& c : r.categories) {
            QVERIFY(categories.contains(c.category));
            QVERIFY(c.validationRows > 0);
            QCOMPARE(c.trainRows + c.validationRows, 3000);
            QCOMPARE(c.evaluation.n, c.validationRows);
            held += c.validationRows;
        }
        QCOMPARE(held, 3000);
        // Reviews of a kind it was not trained on: lower than in-domain, far above a coin.
        QVERIFY2(r.categoryMeanAccuracy > 0.75, qPrintable(QString::number(r.categoryMeanAccuracy)));
        QVERIFY(r.categoryMeanAccuracy < r.meanAccuracy + 0.02);
        QCOMPARE(r.epochsChosenOn, QStringLiteral("categories"));
        // The table travels with the model.
        const QJsonObject meta = r.model.metadata;
        QCOMPARE(meta.value(QStringLiteral("category_results")).toArray().size(), 10);
        QCOMPARE(meta.value(QStringLiteral("category_mean_accuracy")).toDouble(), r.categoryMeanAccuracy);
        QCOMPARE(meta.value(QStringLiteral("category_results")).toArray().at(0).toObject().value(QStringLiteral("category")).toString(),
                 r.categories.front().category);
        // Without a category column: the folds only, as before.
        Dataset plain = m_train;
        plain.rows.resize(600);
        for (auto& row : plain.rows)
            row.category.clear();
        TrainOptions o = quickOptions();
        o.maxEpochs = 2;
        auto bare = trainModel(plain, o);
        QVERIFY(bare);
        QVERIFY(bare.value().categories.empty());
        QCOMPARE(bare.value().epochsChosenOn, QStringLiteral("folds"));
        QVERIFY(!bare.value().model.metadata.contains(QStringLiteral("category_results")));
    }

    void beatsThePeerOnCategoriesItNeverSaw()
    {
        // Trained on six product categories, tested on the four it never saw (hotels, books,
        // computers, Mengniu milk), beside TF-IDF + logistic regression trained on the same rows.
        auto all = readDataset(QStringLiteral(LX_SHARED_DATA "/sentiment/shopping_train.csv"));
        QVERIFY(all);
        const QStringList unseen{QStringLiteral("酒店"), QStringLiteral("书籍"), QStringLiteral("计算机"), QStringLiteral("蒙牛")};
        Dataset train, test;
        train.labels = test.labels = all.value().labels;
        int seen = 0;
        for (const auto& row : all.value().rows) {
            if (unseen.contains(row.category)) {
                if (seen++ % 8 == 0 && test.rows.size() < 1500)
                    test.rows.push_back(row);
            } else if (train.rows.size() < 6000 && (&row - all.value().rows.data()) % 5 == 0) {
                train.rows.push_back(row);
            }
        }
        QCOMPARE(int(train.rows.size()), 6000);
        QCOMPARE(int(test.rows.size()), 1500);
        auto report = trainModel(train, quickOptions());
        QVERIFY2(report, qPrintable(report.error()));
        auto model = SentimentClassifier::fromData(report.value().model);
        QVERIFY(model);
        QStringList texts;
        for (const auto& row : test.rows)
            texts.append(row.text);
        const Evaluation e = Evaluation::compute(2, test.labelIndexes(), model.value()->classify(texts));
        const PeerResult peer = trainAndEvalPeer(train, test, false);
        QVERIFY2(e.accuracy > peer.accuracy, qPrintable(QStringLiteral("model %1, peer %2").arg(e.accuracy).arg(peer.accuracy)));
        QVERIFY2(e.macroF1 > peer.macroF1, qPrintable(QStringLiteral("model %1, peer %2").arg(e.macroF1).arg(peer.macroF1)));
    }

    void lexiconCountsWordsAndNegations()
    {
        auto lexicon = SentimentLexicon::parse(QStringLiteral("# test\n[positive]\n满意\n好吃\n[negative]\n差\n不满意\n[neutral]\n一般\n"
                                                              "[negation]\n不\n没有\n")
                                                   .toUtf8());
        QVERIFY2(lexicon, qPrintable(lexicon.error()));
        auto hashes = [&](const QString& text) {
            std::vector<quint64> out;
            lexicon.value().features(SentimentTokenizer::fold(text), out);
            return out;
        };
        // One feature per word; the longest word wins ("不满意" is negative, not negated "满意").
        QCOMPARE(hashes(QStringLiteral("很满意，好吃")).size(), size_t(2));
        QCOMPARE(hashes(QStringLiteral("很满意"))[0], hashes(QStringLiteral("好吃"))[0]);
        QCOMPARE(hashes(QStringLiteral("不满意"))[0], hashes(QStringLiteral("差"))[0]);
        // A negation just before a word counts apart from the word alone.
        QVERIFY(hashes(QStringLiteral("不好吃"))[0] != hashes(QStringLiteral("好吃"))[0]);
        QVERIFY(hashes(QStringLiteral("没有差评"))[0] != hashes(QStringLiteral("差"))[0]);
        QCOMPARE(hashes(QStringLiteral("一般般")).size(), size_t(1));
        QVERIFY(hashes(QStringLiteral("今天星期三")).empty());
        // Traditional characters fold like the model's text.
        QCOMPARE(hashes(QStringLiteral("滿意")), hashes(QStringLiteral("满意")));
        // A bad section is a clear error; the shipped dictionary has all four sections.
        QVERIFY(!SentimentLexicon::parse(QByteArray("[happy]\n好\n")));
        QVERIFY(!SentimentLexicon::parse(QByteArray("好\n")));
        const SentimentLexicon& shipped = SentimentLexicon::builtin();
        for (auto kind : {SentimentLexicon::Positive, SentimentLexicon::Negative, SentimentLexicon::Neutral, SentimentLexicon::Negation})
            QVERIFY(!shipped.words(kind).isEmpty());
        QVERIFY(shipped.size() > 300);
        // A model keeps the lexicon it was trained with.
        const QJsonObject kept = m_report->model.architecture.value(QStringLiteral("lexicon")).toObject();
        QCOMPARE(SentimentLexicon::fromJson(kept).size(), shipped.size());
    }

    void scorerWithoutTorchGivesTheSameAnswers()
    {
        // What lingxi-cli runs (plain C++) and what the workstation runs (torch) agree.
        auto torchModel = SentimentClassifier::fromData(m_report->model);
        auto plain = NgramScorer::fromData(m_report->model);
        QVERIFY2(plain, qPrintable(plain.error()));
        QStringList texts;
        for (size_t i = 0; i < 700; ++i)
            texts.append(m_test.rows[i].text);
        texts.append(QString()); // no feature at all
        std::vector<float> expected;
        const std::vector<int> classes = torchModel.value()->classify(texts, &expected);
        const std::vector<float> got = plain.value()->probabilities(texts);
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::abs(got[i] - expected[i]) < 1e-5, qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(got[i]).arg(expected[i])));
        const auto a = torchModel.value()->predict(texts);
        const auto b = plain.value()->predict(texts);
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].label, b[i].label);
        // The same refusals.
        ModelData foreign = m_report->model;
        foreign.architecture.insert(QStringLiteral("kind"), QStringLiteral("cnn"));
        QVERIFY(!NgramScorer::fromData(foreign));
    }

    void modelFilesWithoutTheLinearHalfStillLoad()
    {
        // What Lingxi wrote before the ensemble: the embedding model alone, kind tfidf-ngram-mlp.
        Dataset small = m_train;
        small.rows.resize(800);
        TrainOptions o = quickOptions();
        o.maxEpochs = 2;
        o.linearShare = 0;
        o.lexicon = SentimentLexicon();
        auto old = trainModel(small, o);
        QVERIFY(old);
        QCOMPARE(old.value().model.architecture.value(QStringLiteral("kind")).toString(), QStringLiteral("tfidf-ngram-mlp"));
        QVERIFY(!old.value().model.tensor(QStringLiteral("linear.weight")));
        const QString path = m_dir.filePath(QStringLiteral("old.lxsent"));
        QVERIFY(saveModel(old.value().model, path));
        auto loaded = SentimentClassifier::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value()->predict({QStringLiteral("很好")}).size(), size_t(1));
        auto plain = NgramScorer::load(path);
        QVERIFY2(plain, qPrintable(plain.error()));
        QCOMPARE(plain.value()->predict({QStringLiteral("很好")})[0].label, loaded.value()->predict({QStringLiteral("很好")})[0].label);
        // The ensemble's own kind, with its linear weights and lexicon.
        QCOMPARE(m_report->model.architecture.value(QStringLiteral("kind")).toString(), QStringLiteral("tfidf-ngram-ensemble"));
        QVERIFY(m_report->model.tensor(QStringLiteral("linear.weight")));
        // Linear weights that do not fit the features: refused, not half-run.
        ModelData bad = m_report->model;
        for (auto& t : bad.tensors) {
            if (t.name == QLatin1String("linear.weight")) {
                t.shape[0] -= 1;
                t.values.resize(size_t(t.shape[0] * t.shape[1]));
            }
        }
        QVERIFY(!SentimentClassifier::fromData(bad));
    }

    void wordPieceTokenizesLikeBert()
    {
        const QByteArray vocab("[PAD]\n[UNK]\n[CLS]\n[SEP]\nun\n##aff\n##able\nwant\n##ed\n,\nrun\n##ning\n好\n评\n!\ncafe\n");
        auto t = WordPieceTokenizer::fromText(vocab);
        QVERIFY2(t, qPrintable(t.error()));
        // "unwanted" cannot be pieced from this vocabulary (no "##want"): the whole word is [UNK].
        const QStringList expected{QStringLiteral("[UNK]"), QStringLiteral(","), QStringLiteral("run"), QStringLiteral("##ning")};
        QCOMPARE(t.value().tokenize(QStringLiteral("UNwant\u00E9d,running")), expected);
        QCOMPARE(t.value().tokenize(QStringLiteral("unaffable 好评！ Café")),
                 (QStringList{QStringLiteral("un"), QStringLiteral("##aff"), QStringLiteral("##able"), QStringLiteral("好"),
                              QStringLiteral("评"), QStringLiteral("[UNK]"), QStringLiteral("cafe")}));
        const auto e = t.value().encode(QStringLiteral("好评"), 6);
        QCOMPARE(e.ids, (std::vector<qint64>{2, 12, 13, 3, 0, 0}));
        QCOMPARE(e.mask, (std::vector<qint64>{1, 1, 1, 1, 0, 0}));
        // Longer than the room: cut, [SEP] kept.
        QCOMPARE(t.value().encode(QStringLiteral("好评好评好评"), 5).ids, (std::vector<qint64>{2, 12, 13, 12, 3}));
        QVERIFY(!WordPieceTokenizer::fromText(QByteArray("a\nb\n")));
    }

    void importsATorchScriptClassifier()
    {
        // A vocabulary of 40 entries and a module the helper builds with known scores.
        QByteArray vocab("[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        const QString chars = QStringLiteral("好差评价物流快慢质量满意失望退货客服态度很太了的是不也还行吧真心推荐垃圾一般般");
        for (int i = 0; vocab.count('\n') < 40; ++i)
            vocab += QString(chars.at(i)).toUtf8() + '\n';
        const QString vocabPath = writeCsv(QStringLiteral("vocab.txt"), vocab);
        const QString modulePath = m_dir.filePath(QStringLiteral("tiny.pt"));
        QCOMPARE(QProcess::execute(QStringLiteral(LX_TINY_TORCHSCRIPT), {modulePath, QStringLiteral("40")}), 0);

        auto bundle = TorchScriptClassifier::makeBundle(modulePath, vocabPath, {QStringLiteral("negative"), QStringLiteral("positive")}, 16);
        QVERIFY2(bundle, qPrintable(bundle.error()));
        // Through the workspace's blob and back.
        auto parsed = TorchScriptClassifier::parse(TorchScriptClassifier::serialize(bundle.value()));
        QVERIFY(parsed);
        auto model = TorchScriptClassifier::fromBundle(parsed.value());
        QVERIFY2(model, qPrintable(model.error()));
        const QStringList texts{QStringLiteral("好差评"), QStringLiteral("物流很快，满意"), QStringLiteral("x")};
        auto answers = model.value()->answer(texts);
        QVERIFY2(answers, qPrintable(answers.error()));
        auto tok = WordPieceTokenizer::fromText(vocab).value();
        for (int i = 0; i < texts.size(); ++i) {
            // By hand: the mean of the rows of the real tokens, then softmax.
            const auto e = tok.encode(texts.at(i), 16);
            double s0 = 0, s1 = 0, n = 0;
            for (size_t k = 0; k < e.ids.size(); ++k) {
                if (!e.mask[k])
                    continue;
                s0 += e.ids[k] % 3 == 0 ? 2 : 0;
                s1 += e.ids[k] % 3 == 1 ? 2 : 0;
                n += 1;
            }
            const double l0 = s0 / n, l1 = s1 / n;
            const double p1 = std::exp(l1) / (std::exp(l0) + std::exp(l1));
            const Prediction& p = answers.value()[size_t(i)];
            QVERIFY2(std::abs(p.positive - p1) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(p.positive).arg(p1)));
            QVERIFY(std::abs(p.negative - (1 - p1)) < 1e-5);
            QCOMPARE(p.label, p1 > 0.5 ? QStringLiteral("positive") : QStringLiteral("negative"));
        }
        // Wrong label count, damaged bundle, not a module: clear errors.
        auto three = TorchScriptClassifier::makeBundle(modulePath, vocabPath, canonicalLabels(), 16);
        auto wrong = TorchScriptClassifier::fromBundle(three.value());
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QLatin1String("2 score(s)")), qPrintable(wrong.error()));
        QByteArray blob = TorchScriptClassifier::serialize(bundle.value());
        blob.chop(10);
        QVERIFY(!TorchScriptClassifier::parse(blob));
        auto notModule = TorchScriptClassifier::makeBundle(vocabPath, vocabPath, {QStringLiteral("0"), QStringLiteral("1")}, 16);
        auto bad = TorchScriptClassifier::fromBundle(notModule.value());
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("TorchScript")), qPrintable(bad.error()));

        // Registered in a workspace, made active, served by the engine.
        test::TestWorkspace tw(QStringLiteral("ts.lingxi"));
        ModelRegistry registry(tw.auth());
        auto id = registry.registerTorchScript(tw.admin(), modulePath, vocabPath, {QStringLiteral("negative"), QStringLiteral("positive")},
                                               16, QStringLiteral("tiny bert"));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(registry.activate(tw.admin(), id.value()));
        QCOMPARE(registry.list().value().first().kind, QStringLiteral("torchscript"));
        SentimentEngine engine;
        QVERIFY(engine.loadActive(registry));
        auto f = engine.classify(texts.at(0));
        f.waitForFinished();
        QVERIFY(f.result());
        QCOMPARE(f.result().value().positive, answers.value()[0].positive);
    }

    void registryRulesPerRole()
    {
        test::TestWorkspace tw(QStringLiteral("r.lingxi"));
        QVERIFY(tw.ok());
        auto marketer = tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer);
        auto supervisor = tw.addOperator(QStringLiteral("sv"), auth::Role::Supervisor);
        auto agent = tw.addOperator(QStringLiteral("ag"), auth::Role::Agent);
        QVERIFY(marketer && supervisor && agent);
        ModelRegistry registry(tw.auth());
        QVERIFY(!registry.loadActive());
        QVERIFY(!registry.registerModel(agent.value(), m_report->model, QStringLiteral("x")));
        auto id = registry.registerModel(marketer.value(), m_report->model, QStringLiteral("shopping v1"));
        QVERIFY2(id, qPrintable(id.error()));
        // Marketers train but do not activate; supervisors and admins do.
        QVERIFY(!registry.activate(marketer.value(), id.value()));
        QVERIFY(!registry.activeId().value());
        QVERIFY(registry.activate(supervisor.value(), id.value()));
        QCOMPARE(*registry.activeId().value(), id.value());
        auto list = registry.list();
        QCOMPARE(list.value().size(), 1);
        QVERIFY(list.value().first().active);
        QCOMPARE(list.value().first().createdBy, QStringLiteral("mk"));
        QCOMPARE(list.value().first().meanAccuracy, m_report->meanAccuracy);
        auto active = registry.loadActive();
        QVERIFY2(active, qPrintable(active.error()));
        QCOMPARE(active.value()->answer({QStringLiteral("很好")}).value().size(), size_t(1));
        // The same file twice is refused; a second model can take over; one active at a time.
        QVERIFY(!registry.registerModel(marketer.value(), m_report->model, QStringLiteral("again")));
        TrainReport other = *m_report;
        other.model.metadata.insert(QStringLiteral("note"), QStringLiteral("v2"));
        auto id2 = registry.registerModel(tw.admin(), other.model, QStringLiteral("shopping v2"));
        QVERIFY(id2);
        QVERIFY(registry.activate(tw.admin(), id2.value()));
        int active2 = 0;
        const auto models = registry.list();
        for (const auto& m : models.value())
            active2 += m.active;
        QCOMPARE(active2, 1);
        QVERIFY(!registry.activate(tw.admin(), 999));
    }
};

QTEST_GUILESS_MAIN(tst_Sentiment)
#include "tst_Sentiment.moc"
