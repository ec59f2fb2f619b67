// lingxi-cli sentiment: train, evaluate and run the local sentiment model.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "common/OutputFile.h"

#include "cli/VerbParser.h"
#include "inference/NgramScorer.h"
#include "inference/Predictor.h"
#include "inference/SentimentData.h"
#include "inference/TextFeatures.h"
#if LX_CLI_ML
#include "inference/ModelRegistry.h"
#include "inference/SentimentModel.h"
#include "inference/Transformer.h"
#endif

#include <QFileInfo>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace lx::cli {

namespace {

const char* const kSentimentHelp =
    "Usage: lingxi-cli sentiment <verb> [options] [--json]\n"
    "\n"
    "  train --data FILE.csv --out MODEL [--folds K] [--epochs N] [--seed S] [--vocab TERMS.txt]\n"
    "        FILE is UTF-8 CSV with a header holding label and text (positive, neutral, negative;\n"
    "        also 1/0). K-fold stratified cross-validation (K 5 to 10, default 5) reports per-fold\n"
    "        accuracy and macro-F1, then the final model is trained on every row and written to\n"
    "        MODEL. Without --epochs the epoch count with the best mean validation accuracy is\n"
    "        used. TERMS.txt: one industry term a line, each becomes a whole token.\n"
    "        With a category column (three categories or more) each category is also held out\n"
    "        in turn: trained on the others, tested on it (leave-one-category-out, reported per\n"
    "        category and as a mean), and the epoch count is chosen on those held-out categories.\n"
    "        --max-features N caps the n-gram vocabulary (default 200000; the model file grows\n"
    "        by 256 bytes per feature).\n"
    "        Rows with an unknown label or empty text are reported by line and skipped.\n"
    "  eval --model MODEL --data FILE.csv\n"
    "        accuracy, macro-F1, per-class precision/recall/F1, confusion matrix, texts/second.\n"
    "  predict --model MODEL [--device cpu|cuda]\n"
    "        one text a line on stdin, one JSON object a line on stdout.\n"
    "  models                         the workspace's registered models (--workspace)\n"
    "  register --model MODEL --name NAME     add a model file to the workspace (--as); MODEL may be a\n"
    "                                         fine-tuned encoder folder (lingxi-cli encoder finetune)\n"
    "  activate --id ID                       make it the one the workstation uses (--as)\n"
    "  import --torchscript MODEL.pt --vocab vocab.txt --labels negative,positive [--max-length 128]\n"
    "         [--name NAME]      a classifier trained elsewhere (torch.jit.save; forward(input_ids,\n"
    "                            attention_mask) -> logits), labels in the order of its outputs (--as)\n"
    "\n"
    "  --model may be left out where the workspace has an active model.\n";

QString issuesText(const QStringList& issues)
{
    if (issues.isEmpty())
        return {};
    QString t = QStringLiteral("%1 row(s) skipped:\n").arg(issues.size());
    for (int i = 0; i < issues.size() && i < 20; ++i)
        t += QStringLiteral("  ") + issues.at(i) + QLatin1Char('\n');
    if (issues.size() > 20)
        t += QStringLiteral("  … and %1 more\n").arg(issues.size() - 20);
    return t;
}

} // namespace

bool Cli::sentimentWithoutTorch(const QStringList& verbAndArgs)
{
    const QString verb = verbAndArgs.value(0);
    if (verb != QLatin1String("eval") && verb != QLatin1String("predict"))
        return false;
    bool model = false;
    QString device;
    for (int i = 1; i < verbAndArgs.size(); ++i) {
        const QString& a = verbAndArgs.at(i);
        const QString path = a == QLatin1String("--model") ? verbAndArgs.value(i + 1)
                             : a.startsWith(QLatin1String("--model=")) ? a.mid(8)
                                                                       : QString();
        // A folder is a fine-tuned transformer encoder: that one needs libtorch.
        if (!path.isEmpty())
            model = !QFileInfo(path).isDir();
        if (a == QLatin1String("--device"))
            device = verbAndArgs.value(i + 1);
        else if (a.startsWith(QLatin1String("--device=")))
            device = a.mid(9);
    }
    return model && (device.isEmpty() || device == QLatin1String("cpu"));
}

Cli::Outcome Cli::sentimentArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kSentimentHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    QString error;

#if LX_CLI_ML
    if (verb == QLatin1String("train")) {
        if (!v.parse(args, {valueOption("data"), valueOption("out"), valueOption("folds"), valueOption("epochs"),
                            valueOption("seed"), valueOption("vocab"), valueOption("threads"), valueOption("max-features")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        const QString dataPath = v.parser.value(QStringLiteral("data"));
        const QString outPath = v.parser.value(QStringLiteral("out"));
        if (dataPath.isEmpty() || outPath.isEmpty())
            return fail(QStringLiteral("sentiment train needs --data FILE.csv and --out MODEL"), 2);
        if (auto st = OutputFile::checkPath(outPath); !st) // before the training, not after
            return fail(st.error());
        inference::TrainOptions options;
        if (!readInt(v.parser, "folds", 5, 10, options.folds, error) || !readInt(v.parser, "epochs", 1, 100, options.epochs, error)
            || !readInt(v.parser, "threads", 1, 256, options.threads, error)
            || !readInt(v.parser, "max-features", 1000, 5000000, options.space.maxFeatures, error))
            return fail(error, 2);
        if (v.parser.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = v.parser.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("--seed is a whole number, not '%1'").arg(excerpt(v.parser.value(QStringLiteral("seed")))), 2);
        }
        QStringList vocabIssues;
        if (v.parser.isSet(QStringLiteral("vocab"))) {
            auto terms = inference::SentimentTokenizer::readTermsFile(v.parser.value(QStringLiteral("vocab")), &vocabIssues);
            if (!terms)
                return fail(terms.error());
            options.terms = terms.value();
        }
        auto data = inference::readDataset(dataPath);
        if (!data)
            return fail(data.error());
        const bool bar = !m_json && isatty(STDERR_FILENO);
        auto report = inference::trainModel(data.value(), options, [bar](const inference::TrainProgress& p) {
            if (!bar)
                return;
            const int width = 30;
            const int filled = int(p.fraction * width + 0.5);
            const QString stage = !p.category.isEmpty() ? QStringLiteral("held-out category %1").arg(p.category)
                                  : p.fold <= p.folds ? QStringLiteral("fold %1/%2").arg(p.fold).arg(p.folds)
                                                      : QStringLiteral("final model");
            std::fprintf(stderr, "\r[%s%s] %3d%%  %s, epoch %d   ", std::string(size_t(filled), '#').c_str(),
                         std::string(size_t(width - filled), '.').c_str(), int(p.fraction * 100 + 0.5), qPrintable(stage), p.epoch);
            std::fflush(stderr);
        });
        if (bar)
            std::fprintf(stderr, "\n");
        if (!report)
            return fail(report.error());
        const auto& r = report.value();
        if (auto st = inference::saveModel(r.model, outPath); !st)
            return fail(st.error());
        QJsonArray folds;
        QString text;
        for (const auto& f : r.folds) {
            folds.append(QJsonObject{{QStringLiteral("fold"), f.fold},
                                     {QStringLiteral("accuracy"), f.evaluation.accuracy},
                                     {QStringLiteral("macro_f1"), f.evaluation.macroF1},
                                     {QStringLiteral("train_rows"), f.trainRows},
                                     {QStringLiteral("validation_rows"), f.validationRows}});
            text += QStringLiteral("fold %1: accuracy %2  macro-F1 %3\n")
                        .arg(f.fold)
                        .arg(f.evaluation.accuracy, 0, 'f', 4)
                        .arg(f.evaluation.macroF1, 0, 'f', 4);
        }
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("folds"), folds},
                             {QStringLiteral("mean_accuracy"), r.meanAccuracy},
                             {QStringLiteral("std_accuracy"), r.stdAccuracy},
                             {QStringLiteral("mean_macro_f1"), r.meanMacroF1},
                             {QStringLiteral("std_macro_f1"), r.stdMacroF1},
                             {QStringLiteral("labels"), QJsonArray::fromStringList(r.labels)},
                             {QStringLiteral("epochs"), r.epochs},
                             {QStringLiteral("rows"), int(data.value().rows.size())},
                             {QStringLiteral("skipped"), QJsonArray::fromStringList(data.value().issues)},
                             {QStringLiteral("vocabulary_issues"), QJsonArray::fromStringList(vocabIssues)},
                             {QStringLiteral("neutral_below"), r.model.neutralBelow},
                             {QStringLiteral("model"), outPath},
                             {QStringLiteral("train_seconds"), r.trainSeconds},
                             {QStringLiteral("epochs_chosen_on"), r.epochsChosenOn}};
        if (!r.categories.empty()) {
            // Leave-one-category-out: how the model does on a kind of text it was not trained on.
            QJsonArray categories;
            for (const auto& c : r.categories) {
                categories.append(QJsonObject{{QStringLiteral("category"), c.category},
                                              {QStringLiteral("accuracy"), c.evaluation.accuracy},
                                              {QStringLiteral("macro_f1"), c.evaluation.macroF1},
                                              {QStringLiteral("train_rows"), c.trainRows},
                                              {QStringLiteral("validation_rows"), c.validationRows}});
                text += QStringLiteral("held-out category %1: accuracy %2  macro-F1 %3  (%4 rows)\n")
                            .arg(c.category)
                            .arg(c.evaluation.accuracy, 0, 'f', 4)
                            .arg(c.evaluation.macroF1, 0, 'f', 4)
                            .arg(c.validationRows);
            }
            o.json.insert(QStringLiteral("categories"), categories);
            o.json.insert(QStringLiteral("category_mean_accuracy"), r.categoryMeanAccuracy);
            o.json.insert(QStringLiteral("category_mean_macro_f1"), r.categoryMeanMacroF1);
            text += QStringLiteral("held-out categories: mean accuracy %1, macro-F1 %2 over %3 categories\n")
                        .arg(r.categoryMeanAccuracy, 0, 'f', 4)
                        .arg(r.categoryMeanMacroF1, 0, 'f', 4)
                        .arg(r.categories.size());
        }
        text += QStringLiteral("mean accuracy %1 ± %2, macro-F1 %3 ± %4 over %5 folds; %6 epochs; labels %7\n")
                    .arg(r.meanAccuracy, 0, 'f', 4)
                    .arg(r.stdAccuracy, 0, 'f', 4)
                    .arg(r.meanMacroF1, 0, 'f', 4)
                    .arg(r.stdMacroF1, 0, 'f', 4)
                    .arg(r.folds.size())
                    .arg(r.epochs)
                    .arg(r.labels.join(QStringLiteral(", ")));
        text += issuesText(data.value().issues);
        text += QStringLiteral("model written to %1 (%2 s)\n").arg(outPath).arg(r.trainSeconds, 0, 'f', 1);
        o.text = text;
        return o;
    }

#endif
    if (verb == QLatin1String("eval") || verb == QLatin1String("predict")) {
        if (!v.parse(args, {valueOption("model"), valueOption("data"), valueOption("device")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        QString modelPath = v.parser.value(QStringLiteral("model"));
        std::shared_ptr<inference::SentimentPredictor> model;
        const QString device = v.parser.value(QStringLiteral("device"));
        QElapsedTimer loadClock;
        loadClock.start();
#if !LX_CLI_ML
        // The workspace's model (maybe TorchScript) or CUDA; an encoder folder never gets here
        // (sentimentWithoutTorch sent it to lingxi-cli-ml).
        if (modelPath.isEmpty() || (!device.isEmpty() && device != QLatin1String("cpu")))
            return execWithInference();
        auto scorer = inference::NgramScorer::load(modelPath);
        if (!scorer)
            return fail(scorer.error());
        model = scorer.value();
#else
        if (modelPath.isEmpty()) {
            if (auto st = openWorkspace(false); !st)
                return fail(QStringLiteral("no --model given and no workspace to take the active model from: %1").arg(st.error()));
            inference::ModelRegistry registry(*m_auth);
            auto active = registry.loadActive(device);
            if (!active)
                return fail(active.error());
            model = active.value();
        } else {
            if (QFileInfo(modelPath).isDir()) { // a fine-tuned encoder folder
                auto encoder = inference::BertEncoder::load(modelPath, device);
                if (!encoder)
                    return fail(encoder.error());
                if (encoder.value()->sentimentLabels().isEmpty())
                    return fail(QStringLiteral("%1: the labels %2 are not sentiment labels (positive, neutral, negative)")
                                    .arg(modelPath, encoder.value()->configLabels().join(QStringLiteral(", "))));
                model = encoder.value();
            } else {
                auto loaded = inference::SentimentClassifier::load(modelPath, device);
                if (!loaded)
                    return fail(loaded.error());
                model = loaded.value();
            }
        }
#endif
        const double loadSeconds = double(loadClock.nsecsElapsed()) / 1e9;
        if (verb == QLatin1String("predict")) {
            // Streams: a batch of lines at a time, each answer flushed as its batch finishes. A line
            // is one text of at most limits::kMaxRecordBytes: a longer one stops here with an error
            // (standard input may be endless, so the rest of it is not read past).
            auto in = InputFile::open(QStringLiteral("-"));
            if (!in)
                return fail(in.error());
            QTextStream out(stdout);
            out.setEncoding(QStringConverter::Utf8);
            const bool interactive = isatty(STDIN_FILENO);
            QStringList batch;
            QString failure;
            auto flush = [&] {
                QList<bool> cut;
                for (const QString& t : std::as_const(batch))
                    cut.append(inference::textCut(t));
                auto answers = model->answer(batch);
                batch.clear();
                if (!answers) {
                    failure = answers.error();
                    return;
                }
                for (size_t i = 0; i < answers.value().size(); ++i) {
                    const auto& p = answers.value().at(i);
                    QJsonObject probs{{QStringLiteral("positive"), p.positive},
                                      {QStringLiteral("neutral"), p.neutral.value_or(0.0)},
                                      {QStringLiteral("negative"), p.negative}};
                    QJsonObject line{{QStringLiteral("label"), p.label}, {QStringLiteral("probabilities"), probs}};
                    if (cut.value(qsizetype(i))) // the model read the opening only: say so
                        line.insert(QStringLiteral("cut_to_chars"), limits::kMaxSentimentChars);
                    out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
                }
                out.flush();
            };
            QByteArray line;
            qint64 lineNumber = 0;
            while (failure.isEmpty()) {
                const InputFile::Line got = InputFile::readLine(*in.value(), limits::kMaxRecordBytes, line, InputFile::Overflow::Stop);
                if (got == InputFile::Line::End)
                    break;
                ++lineNumber;
                if (got == InputFile::Line::TooLong) {
                    if (!batch.isEmpty())
                        flush();
                    if (failure.isEmpty())
                        failure = QStringLiteral("stdin line %1 is longer than %2: one text a line")
                                      .arg(lineNumber)
                                      .arg(InputFile::sizeText(limits::kMaxRecordBytes));
                    break;
                }
                batch.append(QString::fromUtf8(line));
                if (interactive || batch.size() >= 512)
                    flush();
            }
            if (failure.isEmpty() && !batch.isEmpty())
                flush();
            if (!failure.isEmpty())
                return fail(failure);
            Outcome o;
            return o;
        }
        const QString dataPath = v.parser.value(QStringLiteral("data"));
        if (dataPath.isEmpty())
            return fail(QStringLiteral("sentiment eval needs --data FILE.csv"), 2);
        QElapsedTimer readClock;
        readClock.start();
        auto data = inference::readDataset(dataPath, model->labels());
        if (!data)
            return fail(data.error());
        const double readSeconds = double(readClock.nsecsElapsed()) / 1e9;
        QStringList texts;
        for (const auto& r : data.value().rows)
            texts.append(r.text);
        QElapsedTimer clock;
        clock.start();
        // Evaluated on the model's own labels: the most probable one (a two-class model's
        // neutral band is a serving rule, not a label in the data).
        std::vector<int> predicted;
        for (int i = 0; i < texts.size(); i += 4096) {
            auto part = model->answer(texts.mid(i, 4096));
            if (!part)
                return fail(part.error());
            for (const auto& p : part.value()) {
                int best = 0;
                double bestP = -1;
                for (int c = 0; c < model->labels().size(); ++c) {
                    const QString& l = model->labels().at(c);
                    const double v = l == QLatin1String("positive") ? p.positive
                                     : l == QLatin1String("negative") ? p.negative
                                                                      : p.neutral.value_or(0.0);
                    if (v > bestP) {
                        bestP = v;
                        best = c;
                    }
                }
                predicted.push_back(best);
            }
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const auto e = inference::Evaluation::compute(int(model->labels().size()), data.value().labelIndexes(), predicted);
        Outcome o;
        o.json = e.toJson(model->labels());
        o.json.insert(QStringLiteral("texts_per_second"), seconds > 0 ? texts.size() / seconds : 0.0);
        // Where the time went, for the reader who times the whole command.
        o.json.insert(QStringLiteral("seconds"), QJsonObject{{QStringLiteral("load_model"), loadSeconds},
                                                             {QStringLiteral("read_data"), readSeconds},
                                                             {QStringLiteral("predict"), seconds}});
        o.json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(data.value().issues));
        QString text = QStringLiteral("n %1  accuracy %2  macro-F1 %3  (%4 texts/s)\n")
                           .arg(e.n)
                           .arg(e.accuracy, 0, 'f', 4)
                           .arg(e.macroF1, 0, 'f', 4)
                           .arg(seconds > 0 ? texts.size() / seconds : 0.0, 0, 'f', 0);
        for (int c = 0; c < model->labels().size(); ++c) {
            const auto& m = e.perClass[size_t(c)];
            text += QStringLiteral("  %1  precision %2  recall %3  F1 %4  support %5\n")
                        .arg(model->labels().at(c), -9)
                        .arg(m.precision, 0, 'f', 4)
                        .arg(m.recall, 0, 'f', 4)
                        .arg(m.f1, 0, 'f', 4)
                        .arg(m.support);
        }
        o.text = text + issuesText(data.value().issues);
        return o;
    }

#if LX_CLI_ML
    if (verb == QLatin1String("models")) {
        if (auto early = prepareVerb(v, args, {}, kSentimentHelp))
            return *early;
        inference::ModelRegistry registry(*m_auth);
        auto list = registry.list();
        if (!list)
            return fail(list.error());
        QJsonArray rows;
        QString text;
        for (const auto& m : list.value()) {
            rows.append(m.toJson());
            text += QStringLiteral("%1 %2 %3  %4  accuracy %5  by %6  %7\n")
                        .arg(m.active ? QStringLiteral("*") : QStringLiteral(" "))
                        .arg(m.id)
                        .arg(m.name)
                        .arg(m.labels.join(QLatin1Char('/')))
                        .arg(m.meanAccuracy, 0, 'f', 4)
                        .arg(m.createdBy, m.createdAt);
        }
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("models"), rows}};
        o.text = text.isEmpty() ? QStringLiteral("no models registered\n") : text;
        return o;
    }

    if (verb == QLatin1String("register") || verb == QLatin1String("activate") || verb == QLatin1String("import")) {
        if (auto early = prepareVerb(v, args,
                                     {valueOption("model"), valueOption("name"), valueOption("id"), valueOption("torchscript"),
                                      valueOption("vocab"), valueOption("labels"), valueOption("max-length")},
                                     kSentimentHelp))
            return *early;
        auto session = login();
        if (!session)
            return fail(session.error());
        inference::ModelRegistry registry(*m_auth);
        if (verb == QLatin1String("import")) {
            const QString module = v.parser.value(QStringLiteral("torchscript"));
            const QString vocab = v.parser.value(QStringLiteral("vocab"));
            const QStringList labels = v.parser.value(QStringLiteral("labels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (module.isEmpty() || vocab.isEmpty() || labels.isEmpty())
                return fail(QStringLiteral("sentiment import needs --torchscript MODEL.pt, --vocab vocab.txt and --labels"), 2);
            int maxLength = 128;
            if (!readInt(v.parser, "max-length", 8, 512, maxLength, error))
                return fail(error, 2);
            auto id = registry.registerTorchScript(session.value(), module, vocab, labels, maxLength, v.parser.value(QStringLiteral("name")));
            if (!id)
                return fail(id.error());
            Outcome o;
            o.json = QJsonObject{{QStringLiteral("id"), id.value()}};
            o.text = QStringLiteral("imported as model %1\n").arg(id.value());
            return o;
        }
        if (verb == QLatin1String("register")) {
            const QString path = v.parser.value(QStringLiteral("model"));
            if (path.isEmpty())
                return fail(QStringLiteral("sentiment register needs --model MODEL"), 2);
            // A folder is a fine-tuned encoder (Hugging Face layout); a file is Lingxi's own model.
            auto id = QFileInfo(path).isDir() ? registry.registerEncoder(session.value(), path, v.parser.value(QStringLiteral("name")))
                                              : registry.registerFile(session.value(), path, v.parser.value(QStringLiteral("name")));
            if (!id)
                return fail(id.error());
            Outcome o;
            o.json = QJsonObject{{QStringLiteral("id"), id.value()}};
            o.text = QStringLiteral("registered as model %1\n").arg(id.value());
            return o;
        }
        bool ok = false;
        const qint64 id = v.parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("sentiment activate needs --id ID (see sentiment models)"), 2);
        if (auto st = registry.activate(session.value(), id); !st)
            return fail(st.error());
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("active"), id}};
        o.text = QStringLiteral("model %1 is now active\n").arg(id);
        return o;
    }
#else
    if (!verb.isEmpty())
        return execWithInference(); // every other verb needs libtorch or the registry
#endif
    return fail(QStringLiteral("unknown verb 'sentiment %1' (see lingxi-cli sentiment --help)").arg(excerpt(verb)), 2);
}

} // namespace lx::cli
