#include "content/DefaultLexicons.h"
#include "text/LexiconFile.h"
#include "text/LexiconMatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace lx::text;

namespace {
LexiconFile list(const QString& category, const QStringList& words)
{
    LexiconFile lf;
    lf.category = category;
    lf.words = words;
    return lf;
}

const QString kShared = QStringLiteral(LX_SHARED_DATA "/lexicons/sensitive");
} // namespace

class tst_LexiconMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evasionsAreCaughtAtOriginalOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("matched");
        QTest::newRow("plain") << QStringLiteral("本品全网第一") << QStringLiteral("全网第一") << 2 << 6 << QStringLiteral("全网第一");
        QTest::newRow("full-width ascii") << QStringLiteral("加我ＷＥＣＨＡＴ号") << QStringLiteral("wechat") << 2 << 8
                                          << QStringLiteral("ＷＥＣＨＡＴ");
        QTest::newRow("traditional") << QStringLiteral("這是國家級") << QStringLiteral("国家级") << 2 << 5 << QStringLiteral("國家級");
        QTest::newRow("spaces") << QStringLiteral("国 家 级认证") << QStringLiteral("国家级") << 0 << 5 << QStringLiteral("国 家 级");
        QTest::newRow("punctuation") << QStringLiteral("史上：最，佳！") << QStringLiteral("最佳") << 3 << 6 << QStringLiteral("最，佳");
        QTest::newRow("emoji") << QStringLiteral("最🔥佳") << QStringLiteral("最佳") << 0 << 3 << QStringLiteral("最🔥佳");
        QTest::newRow("zero-width") << QStringLiteral("最\u200B佳") << QStringLiteral("最佳") << 0 << 3 << QStringLiteral("最\u200B佳");
        QTest::newRow("after astral") << QStringLiteral("😀😀最佳") << QStringLiteral("最佳") << 2 << 4 << QStringLiteral("最佳");
        QTest::newRow("mixed case word") << QStringLiteral("Buy WeChat now") << QStringLiteral("wechat") << 4 << 10
                                         << QStringLiteral("WeChat");
    }

    void evasionsAreCaughtAtOriginalOffsets()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, matched);
        LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("全网第一"), QStringLiteral("国家级"),
                                                     QStringLiteral("最佳"), QStringLiteral("WeChat")})}));
        const auto hits = m.match(text);
        auto it = std::find_if(hits.cbegin(), hits.cend(), [&](const LexiconHit& h) { return h.word.compare(word, Qt::CaseInsensitive) == 0; });
        QVERIFY2(it != hits.cend(), qPrintable(text));
        QCOMPARE(it->start, start);
        QCOMPARE(it->end, end);
        QCOMPARE(it->matchedText, matched);
        QCOMPARE(it->category, QStringLiteral("ads"));
    }

    void innocentTextHasNoHits()
    {
        LexiconMatcher m;
        QVERIFY(m.load(lx::content::DefaultLexicons::load()));
        QVERIFY(m.match(QStringLiteral("这款耳机音质清晰，续航十二小时，适合通勤使用。")).isEmpty());
    }

    void allowListSuppressesKnownFalsePositives()
    {
        LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("ads"), {QStringLiteral("第一")})}, {QStringLiteral("第一时间"), QStringLiteral("第一次")}));
        QCOMPARE(m.match(QStringLiteral("我们会第一时间回复")).size(), 0);
        QCOMPARE(m.match(QStringLiteral("第 一 次购买")).size(), 0);
        const auto hits = m.match(QStringLiteral("第一次购买就是行业第一"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().start, 9);
    }

    void shortEntriesAreSkippedAndCounted()
    {
        LexiconMatcher m;
        auto stats = m.load({list(QStringLiteral("x"), {QStringLiteral("操"), QStringLiteral("A"), QStringLiteral("赌博")})});
        QVERIFY(stats);
        QCOMPARE(stats.value().words, 1);
        QCOMPARE(stats.value().skippedShort, 2);
        QVERIFY(m.match(QStringLiteral("操作说明")).isEmpty());
    }

    void lexiconFilesLoadTheGoodAndReportTheBad()
    {
        QByteArray bytes("最佳\n\n第一|唯一|\n");
        bytes += QByteArray("\xff\xfe bad\n");
        bytes += QByteArray("国家级\r\n最佳\n");
        const LexiconFile lf = LexiconFile::parse(bytes, QStringLiteral("ads"));
        QCOMPARE(lf.words, (QStringList{QStringLiteral("最佳"), QStringLiteral("第一"), QStringLiteral("唯一"), QStringLiteral("国家级")}));
        QCOMPARE(lf.issues.size(), 2);
        QCOMPARE(lf.issues.at(0).line, 2);
        QVERIFY(lf.issues.at(0).reason.contains(QLatin1String("empty")));
        QCOMPARE(lf.issues.at(1).line, 4);
        QVERIFY(lf.issues.at(1).reason.contains(QLatin1String("UTF-8")));
        QCOMPARE(lf.duplicates, 1);
    }

    void utf16ListsAreRead()
    {
        QByteArray bytes("\xff\xfe");
        const QString text = QStringLiteral("暴力\r\n恐怖袭击\r\n");
        bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const LexiconFile lf = LexiconFile::parse(bytes, QStringLiteral("violence"));
        QCOMPARE(lf.words, (QStringList{QStringLiteral("暴力"), QStringLiteral("恐怖袭击")}));
        QVERIFY(lf.issues.isEmpty());
    }

    void realSharedListsFindWordsInRealSentences()
    {
        auto houbb = LexiconFile::loadDirectory(kShared + QStringLiteral("/houbb"));
        auto konsheng = LexiconFile::loadDirectory(kShared + QStringLiteral("/konsheng"));
        QVERIFY2(houbb && konsheng, "shared lexicons missing");
        QList<LexiconFile> all = houbb.value() + konsheng.value();
        int words = 0;
        for (const auto& lf : all)
            words += int(lf.words.size());
        QVERIFY(words > 100000);
        // The UTF-16 list and the one-line '|' list load like the others.
        auto violence = std::find_if(all.cbegin(), all.cend(), [](const LexiconFile& f) { return f.category == QStringLiteral("cat_暴力"); });
        QVERIFY(violence != all.cend() && violence->words.size() > 10);
        auto politics = std::find_if(all.cbegin(), all.cend(), [](const LexiconFile& f) { return f.category == QStringLiteral("cat_政治类"); });
        QVERIFY(politics != all.cend() && politics->words.size() > 100);

        QTemporaryDir cache;
        LexiconMatcher m;
        auto stats = m.load(all, {}, cache.path());
        QVERIFY2(stats, qPrintable(stats.error()));
        QVERIFY(!stats.value().fromCache);
        QVERIFY(stats.value().words > 90000);

        const QString sentence = QStringLiteral("有人在群里发 法 輪 功 的传单，还附了色情网站的链接。");
        const auto hits = m.match(sentence);
        QStringList matched;
        for (const auto& h : hits)
            matched << h.matchedText;
        QVERIFY2(matched.contains(QStringLiteral("法 輪 功")), qPrintable(matched.join(QLatin1Char(','))));
        auto falun = std::find_if(hits.cbegin(), hits.cend(), [](const LexiconHit& h) { return h.matchedText == QStringLiteral("法 輪 功"); });
        QCOMPARE(falun->start, 7);
        QCOMPARE(falun->end, 12);
        QVERIFY(matched.contains(QStringLiteral("色情")));

        // A second load of the same lists comes from the cache.
        LexiconMatcher again;
        auto cached = again.load(all, {}, cache.path());
        QVERIFY(cached);
        QVERIFY(cached.value().fromCache);
        QCOMPARE(cached.value().words, stats.value().words);
        QCOMPARE(again.match(sentence).size(), hits.size());
    }

    void reloadWhileMatching()
    {
        LexiconMatcher m;
        QVERIFY(m.load({list(QStringLiteral("a"), {QStringLiteral("最佳")})}));
        std::atomic<bool> stop{false};
        std::atomic<int> rounds{0};
        std::atomic<int> wrong{0};
        auto worker = QtConcurrent::run([&] {
            while (!stop.load()) {
                const auto hits = m.match(QStringLiteral("最佳的第一名"));
                // Either the old lists (one hit) or the new ones (two), never a broken state.
                if (hits.size() != 1 && hits.size() != 2)
                    ++wrong;
                ++rounds;
            }
        });
        for (int i = 0; i < 20; ++i) {
            QStringList words{QStringLiteral("最佳")};
            if (i % 2)
                words << QStringLiteral("第一");
            QVERIFY(m.load({list(QStringLiteral("a"), words)}));
        }
        QTRY_VERIFY(rounds.load() > 100);
        stop = true;
        worker.waitForFinished();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(m.match(QStringLiteral("最佳的第一名")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_LexiconMatcher)
#include "tst_LexiconMatcher.moc"
