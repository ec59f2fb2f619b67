#include "content/BulkCheck.h"
#include "content/DefaultLexicons.h"
#include "text/LexiconFile.h"
#include "text/LexiconMatcher.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lx;
using lx::content::BulkCheck;
using lx::content::BulkCheckSummary;

namespace {
const QString kShared = QStringLiteral(LX_SHARED_DATA);

text::LexiconFile list(const QString& category, const QStringList& words)
{
    text::LexiconFile lf;
    lf.category = category;
    lf.words = words;
    return lf;
}

struct Checked
{
    BulkCheckSummary summary;
    QList<QJsonObject> lines;
};

Checked check(const text::LexiconMatcher& m, const QByteArray& input)
{
    QByteArray inBytes = input;
    QBuffer in(&inBytes);
    in.open(QIODevice::ReadOnly);
    QByteArray outBytes;
    QBuffer out(&outBytes);
    out.open(QIODevice::WriteOnly);
    BulkCheck bulk(m);
    auto r = bulk.run(in, out);
    Checked c;
    if (!r)
        return c;
    c.summary = r.value();
    for (const QByteArray& line : outBytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", line.left(200).constData());
        c.lines.append(doc.object());
    }
    return c;
}

text::LexiconMatcher& sharedMatcher()
{
    static text::LexiconMatcher m;
    static bool loaded = false;
    if (!loaded) {
        QList<text::LexiconFile> lists = content::DefaultLexicons::load();
        auto houbb = text::LexiconFile::loadDirectory(kShared + QStringLiteral("/lexicons/sensitive/houbb"));
        if (houbb)
            lists += houbb.value();
        m.load(lists);
        loaded = true;
    }
    return m;
}
} // namespace

// content check --jsonl: the stream says for every line what the single-text check says.
class tst_BulkCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every hit of the single-text matcher appears in the bulk result at the same code-point
    // span with the same category, on real reviews and every houbb list (and nothing more).
    void agreesWithTheSingleTextCheckOnRealReviews()
    {
        QFile f(kShared + QStringLiteral("/sentiment/shopping_train.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.readLine();
        QStringList texts;
        while (!f.atEnd() && texts.size() < 3000) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            texts << line.section(QLatin1Char(','), 2);
        }
        QByteArray input;
        for (const QString& t : std::as_const(texts))
            input += t.toUtf8() + '\n';
        const text::LexiconMatcher& m = sharedMatcher();
        const Checked c = check(m, input);
        QCOMPARE(c.lines.size(), texts.size());
        QCOMPARE(c.summary.lines, qint64(texts.size()));
        QVERIFY(!c.summary.jsonInput);
        int blocked = 0;
        qint64 hitsSeen = 0;
        for (int i = 0; i < texts.size(); ++i) {
            const QJsonObject r = c.lines.at(i);
            QCOMPARE(r.value(QStringLiteral("line")).toInt(), i + 1);
            QSet<QString> expected;
            for (const auto& h : m.match(texts.at(i)))
                expected.insert(QStringLiteral("%1-%2-%3-%4").arg(h.start).arg(h.end).arg(h.category, h.matchedText));
            QSet<QString> got;
            const QJsonArray hits = r.value(QStringLiteral("hits")).toArray();
            hitsSeen += hits.size();
            QSet<QString> spans;
            for (const auto& hv : hits) {
                const QJsonObject h = hv.toObject();
                const QString span = QStringLiteral("%1-%2").arg(h.value(QStringLiteral("start")).toInt()).arg(h.value(QStringLiteral("end")).toInt());
                QVERIFY2(!spans.contains(span), "a span is reported once");
                spans.insert(span);
                for (const auto& cat : h.value(QStringLiteral("categories")).toArray())
                    got.insert(QStringLiteral("%1-%2-%3").arg(span, cat.toString(), h.value(QStringLiteral("matched_text")).toString()));
            }
            QCOMPARE(got, expected);
            QCOMPARE(r.value(QStringLiteral("verdict")).toString(),
                     expected.isEmpty() ? QStringLiteral("pass") : QStringLiteral("blocked"));
            blocked += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(blocked > 100); // real lists flag real reviews: the comparison is not vacuous
        QCOMPARE(c.summary.blocked, qint64(blocked));
        QCOMPARE(c.summary.hits, hitsSeen);
    }

    void jsonObjectsKeepTheirIdsAndOffsetsIntoTheText()
    {
        text::LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("全网第一"), QStringLiteral("国家级")}),
                        list(QStringLiteral("claims"), {QStringLiteral("國家級")})}));
        const QByteArray input =
            "{\"id\": \"r-1\", \"text\": \"\\u672c\\u54c1全网第一\"}\n"            // escapes count as one code point each
            "{\"text\": \"😀😀国 家 级认证\", \"id\": 42, \"meta\": {\"a\": [1, {\"b\": null}]}}\n" // astral before the hit
            "{\"id\": \"ok\", \"text\": \"一切正常\"}\r\n";
        const Checked c = check(m, input);
        QVERIFY(c.summary.jsonInput);
        QCOMPARE(c.lines.size(), 3);
        const QJsonObject a = c.lines.at(0);
        QCOMPARE(a.value(QStringLiteral("id")).toString(), QStringLiteral("r-1"));
        QCOMPARE(a.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        const QJsonObject ha = a.value(QStringLiteral("hits")).toArray().at(0).toObject();
        QCOMPARE(ha.value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(ha.value(QStringLiteral("end")).toInt(), 6);
        QCOMPARE(ha.value(QStringLiteral("matched_text")).toString(), QStringLiteral("全网第一"));

        const QJsonObject b = c.lines.at(1);
        QCOMPARE(b.value(QStringLiteral("id")).toInt(), 42);
        const QJsonArray hb = b.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hb.size(), 1); // one span, two lists
        const QJsonObject h = hb.at(0).toObject();
        QCOMPARE(h.value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(h.value(QStringLiteral("end")).toInt(), 7);
        QCOMPARE(h.value(QStringLiteral("matched_text")).toString(), QStringLiteral("国 家 级"));
        QCOMPARE(h.value(QStringLiteral("categories")).toArray(), (QJsonArray{QStringLiteral("ads"), QStringLiteral("claims")}));

        QCOMPARE(c.lines.at(2).value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(c.summary.blocked, 2);
        QCOMPARE(c.summary.hits, 2);
    }

    void badLinesAreReportedAndTheRestGoesOn()
    {
        text::LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("全网第一")})}));
        QByteArray deep = "{\"id\":1,\"x\":" + QByteArray(200, '[') + QByteArray(200, ']') + ",\"text\":\"a\"}";
        const QByteArray longText = QByteArray(BulkCheck::kMaxLineBytes + 10, 'x');
        const QByteArray input = "{\"id\":\"a\",\"text\":\"全网第一\"}\n"
                                 "not json at all\n"
                                 "{\"id\":\"b\"}\n"
                                 "{\"id\":\"c\",\"text\":5}\n"
            + deep + "\n" + "{\"id\":\"d\",\"text\":\"" + longText + "\"}\n"
            + "{\"id\":\"e\",\"text\":\"\\ud800 全网第一\"}\n"
            + "{\"id\":\"f\",\"text\":\"bad \xff\xfe bytes 全网第一\"}\n"
            + "\n";
        const Checked c = check(m, input);
        QCOMPARE(c.lines.size(), 9);
        QStringList verdicts;
        for (int i = 0; i < c.lines.size(); ++i) {
            QCOMPARE(c.lines.at(i).value(QStringLiteral("line")).toInt(), i + 1);
            verdicts << c.lines.at(i).value(QStringLiteral("verdict")).toString();
            if (verdicts.last() == QLatin1String("error")) {
                const QString why = c.lines.at(i).value(QStringLiteral("error")).toString();
                QVERIFY(!why.isEmpty());
                QVERIFY2(why.size() < 120, qPrintable(why)); // the reason, never the line
            }
        }
        QCOMPARE(verdicts, (QStringList{QStringLiteral("blocked"), QStringLiteral("error"), QStringLiteral("error"),
                                        QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("error"),
                                        QStringLiteral("blocked"), QStringLiteral("blocked"), QStringLiteral("error")}));
        QCOMPARE(c.summary.bad, 6);
        QCOMPARE(c.lines.at(6).value(QStringLiteral("hits")).toArray().at(0).toObject().value(QStringLiteral("start")).toInt(), 2);
        // Invalid bytes count as one code point each and the output stays valid JSON.
        QCOMPARE(c.lines.at(7).value(QStringLiteral("hits")).toArray().at(0).toObject().value(QStringLiteral("start")).toInt(), 13);
    }

    // Many blocks through the thread pool come back in input order, each line once.
    void orderIsKeptAcrossBlocks()
    {
        text::LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("第一名")})}));
        QByteArray input;
        const int n = 150000;
        for (int i = 0; i < n; ++i)
            input += (i % 7 == 0 ? QByteArray("这家店第一名 ") : QByteArray("普通评论，物流很快 ")) + QByteArray::number(i) + "\n";
        QVERIFY(input.size() > 3 * (1 << 20));
        const Checked c = check(m, input);
        QCOMPARE(c.lines.size(), n);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(c.lines.at(i).value(QStringLiteral("line")).toInt(), i + 1);
            QCOMPARE(c.lines.at(i).value(QStringLiteral("verdict")).toString(),
                     i % 7 == 0 ? QStringLiteral("blocked") : QStringLiteral("pass"));
        }
        QCOMPARE(c.summary.blocked, qint64((n + 6) / 7));
        QCOMPARE(c.summary.bytesIn, qint64(input.size()));
    }

    void aLineWithoutNewlineAtTheEndIsChecked()
    {
        text::LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("全网第一")})}));
        const Checked c = check(m, QByteArray("第一行\r\n全网第一"));
        QCOMPARE(c.lines.size(), 2);
        QCOMPARE(c.lines.at(1).value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(check(m, QByteArray()).lines.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BulkCheck)
#include "tst_BulkCheck.moc"
