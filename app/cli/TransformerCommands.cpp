// lingxi-cli encoder / llm: pretrained transformers from Hugging Face checkpoint folders.
#include "cli/Cli.h"

#include "cli/VerbParser.h"
#include "common/Excerpt.h"
#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "inference/SentimentData.h"
#include "inference/TextFeatures.h"
#include "inference/Transformer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace lx::cli {

namespace {

const char* const kEncoderHelp =
    "Usage: lingxi-cli encoder <verb> --model DIR [options] [--json]\n"
    "\n"
    "DIR is a Hugging Face checkpoint folder of a BERT-family model (config.json with model_type\n"
    "bert, model.safetensors or shards, vocab.txt): bert-base-chinese, chinese-roberta-wwm-ext and\n"
    "MacBERT load as BERT. A pickled pytorch_model.bin is not read: convert it to safetensors.\n"
    "\n"
    "  classify --model DIR [--max-length L] [--device cpu|cuda]\n"
    "        texts on stdin, one a line; one JSON object a line:\n"
    "        {\"ids\", \"logits\", \"probabilities\", \"label\"} (ids with [CLS] and [SEP], labels\n"
    "        from config.json's id2label). The folder needs a classification head.\n"
    "  finetune --model DIR --data FILE.csv --out DIR2 [--folds K] [--steps N] [--lr X]\n"
    "           [--batch B] [--max-length L] [--vocab TERMS.txt] [--seed S] [--device cpu|cuda]\n"
    "        FILE.csv has label and text columns, any label set (sentiment labels in any accepted\n"
    "        spelling are read as positive/neutral/negative). K-fold validation (K 2 to\n"
    "        20, default 5; 0 skips it), then the final model on every row, written to DIR2 as a\n"
    "        Hugging Face folder that other tools read back. AdamW with a linear warm-up over the\n"
    "        first tenth of the N steps (default 400) then linear decay; learning rate default\n"
    "        5e-5, batch 16, max length 128. TERMS.txt: an industry vocabulary, one term a line;\n"
    "        each becomes one token whose embedding starts as the mean of its pieces.\n"
    "        On two CPU cores bert-base takes hours; a 3-layer model minutes.\n";

const char* const kLlmHelp =
    "Usage: lingxi-cli llm <verb> --model DIR [options] [--json]\n"
    "\n"
    "DIR is a Hugging Face checkpoint folder of a Qwen2-family model (Qwen2, Qwen2.5: config.json\n"
    "with model_type qwen2, safetensors weights, tokenizer.json).\n"
    "\n"
    "  tokenize --model DIR        stdin, exactly as given -> {\"ids\": [...]}\n"
    "  logits --model DIR          stdin -> {\"ids\", \"logits\"}: the last position's logits over\n"
    "                              the whole vocabulary\n"
    "  generate --model DIR --max-new-tokens N [--greedy | --temperature T [--top-p P] [--top-k K]\n"
    "           [--seed S]] [--repetition-penalty R] [--stop TEXT]... [--chat] [--device cpu|cuda]\n"
    "        stdin is the prompt (--chat: one user turn in the model's chat template);\n"
    "        -> {\"prompt_ids\", \"ids\", \"text\", \"tokens_per_second\", \"stop_reason\",\n"
    "        \"seconds_to_first_token\"}. Without --json the text streams as it is generated.\n"
    "        Greedy unless --temperature is given.\n";

Result<QByteArray> readStdin()
{
    return InputFile::read(QStringLiteral("-"), limits::kMaxRecordBytes * 16, QStringLiteral("input text"));
}

QJsonArray idsJson(const std::vector<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return a;
}

QJsonArray floatsJson(const std::vector<float>& v)
{
    QJsonArray a;
    for (float f : v)
        a.append(double(f));
    return a;
}

bool readDouble(const QCommandLineParser& p, const char* name, double lo, double hi, double& out, QString& error)
{
    if (!readNumber(p, name, out, error))
        return false;
    if (out < lo || out > hi) {
        error = QStringLiteral("--%1 must be from %2 to %3").arg(QString::fromLatin1(name)).arg(lo).arg(hi);
        return false;
    }
    return true;
}

} // namespace

Cli::Outcome Cli::encoderArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kEncoderHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    QString error;
    if (verb == QLatin1String("classify")) {
        if (!v.parse(args, {valueOption("model"), valueOption("max-length"), valueOption("device")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        const QString dir = v.parser.value(QStringLiteral("model"));
        if (dir.isEmpty())
            return fail(QStringLiteral("encoder classify needs --model DIR"), 2);
        int maxLength = 0;
        if (!readInt(v.parser, "max-length", 3, 100000, maxLength, error))
            return fail(error, 2);
        auto model = inference::BertEncoder::load(dir, v.parser.value(QStringLiteral("device")));
        if (!model)
            return fail(model.error());
        if (!model.value()->hasClassifier())
            return fail(QStringLiteral("%1 has no classification head (classifier.weight); fine-tune it with encoder finetune first").arg(dir));
        auto input = readStdin();
        if (!input)
            return fail(input.error());
        QStringList lines = QString::fromUtf8(input.value()).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (QString& l : lines) {
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        }
        QTextStream out(stdout);
        out.setEncoding(QStringConverter::Utf8);
        for (int start = 0; start < lines.size(); start += 256) {
            auto answers = model.value()->classify(lines.mid(start, 256), maxLength);
            if (!answers)
                return fail(answers.error());
            for (const auto& a : answers.value()) {
                if (m_json) {
                    const QJsonObject line{{QStringLiteral("ids"), idsJson(a.ids)},
                                           {QStringLiteral("logits"), floatsJson(a.logits)},
                                           {QStringLiteral("probabilities"), floatsJson(a.probabilities)},
                                           {QStringLiteral("label"), a.label}};
                    out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
                } else {
                    out << a.label << '\t' << QString::number(a.probabilities.at(size_t(a.labelIndex)), 'f', 4) << '\n';
                }
            }
            out.flush();
        }
        Outcome o;
        o.streamed = true;
        return o;
    }
    if (verb == QLatin1String("finetune")) {
        if (!v.parse(args, {valueOption("model"), valueOption("data"), valueOption("out"), valueOption("folds"), valueOption("steps"),
                            valueOption("lr"), valueOption("batch"), valueOption("max-length"), valueOption("vocab"),
                            valueOption("seed"), valueOption("device")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        inference::EncoderTrainOptions options;
        options.modelDir = v.parser.value(QStringLiteral("model"));
        options.outDir = v.parser.value(QStringLiteral("out"));
        options.device = v.parser.value(QStringLiteral("device"));
        const QString dataPath = v.parser.value(QStringLiteral("data"));
        if (options.modelDir.isEmpty() || options.outDir.isEmpty() || dataPath.isEmpty())
            return fail(QStringLiteral("encoder finetune needs --model DIR, --data FILE.csv and --out DIR2"), 2);
        int seed = 42;
        if (!readInt(v.parser, "folds", 0, 20, options.folds, error) || !readInt(v.parser, "steps", 1, 1000000, options.steps, error)
            || !readInt(v.parser, "batch", 1, 4096, options.batch, error)
            || !readInt(v.parser, "max-length", 3, 100000, options.maxLength, error)
            || !readInt(v.parser, "seed", 0, 2000000000, seed, error) || !readDouble(v.parser, "lr", 1e-9, 0.999, options.learningRate, error))
            return fail(error, 2);
        if (options.folds == 1)
            return fail(QStringLiteral("--folds must be 0 (none) or from 2 to 20"), 2);
        options.seed = quint64(seed);
        QStringList vocabIssues;
        if (v.parser.isSet(QStringLiteral("vocab"))) {
            auto terms = inference::SentimentTokenizer::readTermsFile(v.parser.value(QStringLiteral("vocab")), &vocabIssues);
            if (!terms)
                return fail(terms.error());
            options.terms = terms.value();
        }
        // Any label set; where every label is a sentiment label (in any accepted spelling) they
        // are read as positive / neutral / negative, so that the model can serve the desk.
        auto data = inference::readLabelledData(dataPath);
        if (!data)
            return fail(data.error());
        const bool bar = !m_json && isatty(STDERR_FILENO);
        auto report = inference::fineTuneEncoder(data.value(), options, [bar](const inference::EncoderTrainProgress& p) {
            if (bar) {
                const QString stage = p.fold <= p.folds ? QStringLiteral("fold %1/%2").arg(p.fold).arg(p.folds) : QStringLiteral("final model");
                std::fprintf(stderr, "\r%3d%%  %s, step %d/%d, loss %.4f   ", int(p.fraction * 100 + 0.5), qPrintable(stage), p.step, p.steps,
                             p.loss);
                std::fflush(stderr);
            }
            return true;
        });
        if (bar)
            std::fprintf(stderr, "\n");
        if (!report)
            return fail(report.error());
        const auto& r = report.value();
        auto curveJson = [](const std::vector<inference::EncoderCurvePoint>& curve) {
            QJsonArray a;
            for (const auto& p : curve) {
                QJsonObject o{{QStringLiteral("step"), p.step}, {QStringLiteral("train_loss"), p.trainLoss}};
                if (p.validationLoss >= 0) {
                    o.insert(QStringLiteral("validation_loss"), p.validationLoss);
                    o.insert(QStringLiteral("validation_accuracy"), p.validationAccuracy);
                }
                a.append(o);
            }
            return a;
        };
        QJsonArray folds;
        QString text;
        for (const auto& f : r.folds) {
            QJsonObject fold{{QStringLiteral("fold"), f.fold},
                             {QStringLiteral("accuracy"), f.evaluation.accuracy},
                             {QStringLiteral("macro_f1"), f.evaluation.macroF1},
                             {QStringLiteral("train_rows"), f.trainRows},
                             {QStringLiteral("validation_rows"), f.validationRows},
                             {QStringLiteral("evaluation"), f.evaluation.toJson(r.labels)},
                             {QStringLiteral("curve"), curveJson(f.curve)}};
            folds.append(fold);
            text += QStringLiteral("fold %1: accuracy %2  macro-F1 %3\n")
                        .arg(f.fold)
                        .arg(f.evaluation.accuracy, 0, 'f', 4)
                        .arg(f.evaluation.macroF1, 0, 'f', 4);
        }
        QStringList issues = vocabIssues + r.termIssues;
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("folds"), folds},
                             {QStringLiteral("mean_accuracy"), r.meanAccuracy},
                             {QStringLiteral("std_accuracy"), r.stdAccuracy},
                             {QStringLiteral("mean_macro_f1"), r.meanMacroF1},
                             {QStringLiteral("std_macro_f1"), r.stdMacroF1},
                             {QStringLiteral("labels"), QJsonArray::fromStringList(r.labels)},
                             {QStringLiteral("steps"), options.steps},
                             {QStringLiteral("batch"), options.batch},
                             {QStringLiteral("learning_rate"), options.learningRate},
                             {QStringLiteral("max_length"), options.maxLength},
                             {QStringLiteral("rows"), int(data.value().rows.size())},
                             {QStringLiteral("skipped"), QJsonArray::fromStringList(data.value().issues)},
                             {QStringLiteral("added_terms"), r.addedTerms},
                             {QStringLiteral("vocabulary_issues"), QJsonArray::fromStringList(issues)},
                             {QStringLiteral("first_loss"), r.firstLoss},
                             {QStringLiteral("last_loss"), r.lastLoss},
                             {QStringLiteral("final_curve"), curveJson(r.finalCurve)},
                             {QStringLiteral("model"), options.outDir},
                             {QStringLiteral("train_seconds"), r.trainSeconds}};
        if (!r.folds.empty())
            text += QStringLiteral("mean accuracy %1 ± %2, macro-F1 %3 ± %4 over %5 folds\n")
                        .arg(r.meanAccuracy, 0, 'f', 4)
                        .arg(r.stdAccuracy, 0, 'f', 4)
                        .arg(r.meanMacroF1, 0, 'f', 4)
                        .arg(r.stdMacroF1, 0, 'f', 4)
                        .arg(r.folds.size());
        text += QStringLiteral("final model: training loss %1 -> %2 over %3 steps; labels %4; %5 terms added\n")
                    .arg(r.firstLoss, 0, 'f', 4)
                    .arg(r.lastLoss, 0, 'f', 4)
                    .arg(options.steps)
                    .arg(r.labels.join(QStringLiteral(", ")))
                    .arg(r.addedTerms);
        text += QStringLiteral("model written to %1 (%2 s)\n").arg(options.outDir).arg(r.trainSeconds, 0, 'f', 1);
        o.text = text;
        return o;
    }
    return fail(QStringLiteral("unknown encoder verb '%1' (see lingxi-cli encoder --help)").arg(excerpt(verb)), 2);
}

Cli::Outcome Cli::llmArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kLlmHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    QString error;
    const bool generate = verb == QLatin1String("generate");
    if (verb != QLatin1String("tokenize") && verb != QLatin1String("logits") && !generate)
        return fail(QStringLiteral("unknown llm verb '%1' (see lingxi-cli llm --help)").arg(excerpt(verb)), 2);
    QList<QCommandLineOption> options{valueOption("model"), valueOption("device")};
    if (generate) {
        QCommandLineOption stop(QStringLiteral("stop"), QString(), QStringLiteral("value"));
        options << valueOption("max-new-tokens") << flagOption("greedy") << valueOption("temperature") << valueOption("top-p")
                << valueOption("top-k") << valueOption("seed") << valueOption("repetition-penalty") << stop << flagOption("chat");
    }
    if (!v.parse(args, options))
        return fail(v.error, 2);
    if (v.help)
        return usage(help);
    const QString dir = v.parser.value(QStringLiteral("model"));
    if (dir.isEmpty())
        return fail(QStringLiteral("llm %1 needs --model DIR").arg(verb), 2);
    inference::GenerateOptions g;
    if (generate) {
        if (!v.parser.isSet(QStringLiteral("max-new-tokens")))
            return fail(QStringLiteral("llm generate needs --max-new-tokens N"), 2);
        int seed = 0;
        if (!readInt(v.parser, "max-new-tokens", 0, 1000000, g.maxNewTokens, error) || !readInt(v.parser, "top-k", 0, 10000000, g.topK, error)
            || !readInt(v.parser, "seed", 0, 2000000000, seed, error) || !readDouble(v.parser, "temperature", 1e-6, 100, g.temperature, error)
            || !readDouble(v.parser, "top-p", 1e-6, 1, g.topP, error)
            || !readDouble(v.parser, "repetition-penalty", 1e-3, 100, g.repetitionPenalty, error))
            return fail(error, 2);
        g.seed = quint64(seed);
        g.greedy = v.parser.isSet(QStringLiteral("greedy")) || !v.parser.isSet(QStringLiteral("temperature"));
        if (v.parser.isSet(QStringLiteral("greedy")) && v.parser.isSet(QStringLiteral("temperature")))
            return fail(QStringLiteral("--greedy and --temperature exclude each other"), 2);
        g.stopStrings = v.parser.values(QStringLiteral("stop"));
    }
    auto input = readStdin();
    if (!input)
        return fail(input.error());
    QString prompt = QString::fromUtf8(input.value());
    auto model = inference::Qwen2Decoder::load(dir, v.parser.value(QStringLiteral("device")));
    if (!model)
        return fail(model.error());
    const auto& llm = *model.value();
    if (generate && v.parser.isSet(QStringLiteral("chat")))
        prompt = llm.chatPrompt(prompt);
    const std::vector<qint64> ids = llm.tokenizer().encode(prompt);
    Outcome o;
    if (verb == QLatin1String("tokenize")) {
        o.json = QJsonObject{{QStringLiteral("ids"), idsJson(ids)}};
        QStringList t;
        for (qint64 id : ids)
            t << QString::number(id);
        o.text = t.join(QLatin1Char(' ')) + QLatin1Char('\n');
        return o;
    }
    if (verb == QLatin1String("logits")) {
        auto logits = llm.lastLogits(ids);
        if (!logits)
            return fail(logits.error());
        o.json = QJsonObject{{QStringLiteral("ids"), idsJson(ids)}, {QStringLiteral("logits"), floatsJson(logits.value())}};
        const auto& l = logits.value();
        const auto best = std::max_element(l.begin(), l.end()) - l.begin();
        o.text = QStringLiteral("%1 positions; the most likely next token is %2 (%3), logit %4\n")
                     .arg(ids.size())
                     .arg(best)
                     .arg(llm.tokenizer().decode({qint64(best)}, false))
                     .arg(l.at(size_t(best)));
        return o;
    }
    const bool json = m_json;
    if (!json) {
        g.onText = [](const QString& piece) {
            std::fputs(piece.toUtf8().constData(), stdout);
            std::fflush(stdout);
            return true;
        };
    }
    auto result = llm.generate(ids, g);
    if (!result)
        return fail(result.error());
    const auto& r = result.value();
    if (!json) {
        std::fputs("\n", stdout);
        std::fprintf(stderr, "%d tokens, %.1f tokens/s, first token after %.2f s (%s)\n", int(r.ids.size()), r.tokensPerSecond,
                     r.secondsToFirstToken, qPrintable(r.stopReason));
        o.streamed = true;
        return o;
    }
    o.json = QJsonObject{{QStringLiteral("prompt_ids"), idsJson(ids)},
                         {QStringLiteral("ids"), idsJson(r.ids)},
                         {QStringLiteral("text"), r.text},
                         {QStringLiteral("tokens_per_second"), r.tokensPerSecond},
                         {QStringLiteral("seconds_to_first_token"), r.secondsToFirstToken},
                         {QStringLiteral("stop_reason"), r.stopReason}};
    return o;
}

} // namespace lx::cli
