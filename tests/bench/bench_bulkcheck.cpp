// Bulk compliance checking (content check --jsonl) on a review export with every shared
// sensitive-word list loaded, beside the matcher alone scanning the same texts already
// normalised, in the same run. Three figures: the matcher alone, BulkCheck in process (read,
// parse, normalise, match, write JSON), and the command a user runs, end to end (process start
// and loading the compiled lists included). Prints one JSON object; asserts nothing.
#include "content/BulkCheck.h"
#include "text/LexiconFile.h"
#include "text/LexiconMatcher.h"
#include "text/TextNormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <limits>

using namespace lx;

namespace {
const QString kShared = QStringLiteral(LX_SHARED_DATA);

double mbPerS(qint64 bytes, qint64 ns)
{
    return ns > 0 ? (double(bytes) / 1e6) / (double(ns) / 1e9) : 0.0;
}

// {"id", "text"} lines from the shared reviews and Weibo posts, repeated up to the target size.
QByteArray reviewExport(qint64 targetBytes, QStringList* texts)
{
    QByteArray base;
    for (const char* file : {"/sentiment/shopping_train.csv", "/sentiment/weibo3_train.csv"}) {
        QFile f(kShared + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const bool category = QByteArray(file).contains("shopping");
        f.readLine();
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const QString text = line.section(QLatin1Char(','), category ? 2 : 1);
            texts->append(text);
        }
    }
    QByteArray out;
    qint64 id = 0;
    while (out.size() < targetBytes && !texts->isEmpty()) {
        for (const QString& t : std::as_const(*texts)) {
            out += QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(++id)},
                                             {QStringLiteral("text"), t}})
                       .toJson(QJsonDocument::Compact);
            out += '\n';
            if (out.size() >= targetBytes)
                break;
        }
    }
    return out;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 target = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 17 * 1000 * 1000;
    const QStringList dirs{kShared + QStringLiteral("/lexicons/sensitive/houbb"),
                           kShared + QStringLiteral("/lexicons/sensitive/konsheng")};
    QList<text::LexiconFile> lists;
    for (const QString& dir : dirs) {
        auto l = text::LexiconFile::loadDirectory(dir);
        if (!l) {
            std::fprintf(stderr, "%s\n", qPrintable(l.error()));
            return 1;
        }
        lists += l.value();
    }
    QTemporaryDir cache;
    text::LexiconMatcher matcher;
    if (!matcher.load(lists, {}, cache.path()))
        return 1;

    QStringList texts;
    const QByteArray input = reviewExport(target, &texts);
    QTemporaryDir dir;
    const QString inputFile = dir.filePath(QStringLiteral("reviews.jsonl"));
    {
        QFile f(inputFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(input) != input.size())
            return 1;
    }

    // Peer: the matcher alone over the same texts, normalised beforehand (untimed), one scan per text.
    std::vector<QByteArray> normalized;
    qint64 lines = 0;
    for (const QByteArray& line : input.split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        normalized.push_back(
            text::TextNormalizer::normalize(QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString()).utf8);
    }
    QElapsedTimer t;
    qint64 matcher_ns = std::numeric_limits<qint64>::max();
    qint64 rawHits = 0;
    for (int run = 0; run < 3; ++run) {
        t.start();
        qint64 hits = 0;
        for (const QByteArray& n : normalized)
            hits += matcher.countMatches(n);
        matcher_ns = std::min(matcher_ns, t.nsecsElapsed());
        rawHits = hits;
    }

    // BulkCheck in process, best of three, output discarded after being built.
    qint64 bulk_ns = std::numeric_limits<qint64>::max();
    content::BulkCheckSummary summary;
    for (int run = 0; run < 3; ++run) {
        QFile in(inputFile);
        QFile out(QStringLiteral("/dev/null"));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return 1;
        t.start();
        content::BulkCheck bulk(matcher);
        auto r = bulk.run(in, out);
        bulk_ns = std::min(bulk_ns, t.nsecsElapsed());
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        summary = r.value();
    }

    // The command a user runs, stdin from the file, stdout to a file; the first run compiles the
    // lists into the user's cache, the timed runs find them there (as a user's second run would).
    const QString cli = QStringLiteral(LX_CLI_PATH);
    QStringList args{QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--jsonl")};
    for (const QString& d : dirs)
        args << QStringLiteral("--lexicon-dir") << d;
    qint64 cli_ns = std::numeric_limits<qint64>::max();
    qint64 outBytes = 0;
    int exitCode = -1;
    const QString outFile = dir.filePath(QStringLiteral("results.jsonl"));
    for (int run = 0; run < 4; ++run) {
        QProcess p;
        p.setStandardInputFile(inputFile);
        p.setStandardOutputFile(outFile);
        p.setStandardErrorFile(QProcess::nullDevice());
        t.start();
        p.start(cli, args);
        p.waitForFinished(600000);
        if (run > 0)
            cli_ns = std::min(cli_ns, t.nsecsElapsed());
        exitCode = p.exitCode();
        outBytes = QFile(outFile).size();
    }

    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("bulk_check")},
        {QStringLiteral("input_mb"), double(input.size()) / 1e6},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("list_entries"), [&] {
             qint64 n = 0;
             for (const auto& lf : lists)
                 n += lf.words.size();
             return double(n);
         }()},
        {QStringLiteral("matcher_alone_mb_per_s"), mbPerS(input.size(), matcher_ns)},
        {QStringLiteral("matcher_alone_raw_hits"), rawHits},
        {QStringLiteral("bulk_in_process_mb_per_s"), mbPerS(input.size(), bulk_ns)},
        {QStringLiteral("bulk_blocked_lines"), summary.blocked},
        {QStringLiteral("bulk_hit_spans"), summary.hits},
        {QStringLiteral("bulk_output_mb"), double(summary.bytesOut) / 1e6},
        {QStringLiteral("cli_end_to_end_mb_per_s"), mbPerS(input.size(), cli_ns)},
        {QStringLiteral("cli_seconds"), double(cli_ns) / 1e9},
        {QStringLiteral("cli_exit_code"), exitCode},
        {QStringLiteral("cli_output_mb"), double(outBytes) / 1e6},
        {QStringLiteral("bulk_vs_matcher_alone"), double(matcher_ns) / double(bulk_ns)},
        {QStringLiteral("threads"), QThread::idealThreadCount()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
