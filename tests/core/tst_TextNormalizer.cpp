#include "text/TextNormalizer.h"
#include "text/WordSegmenter.h"

#include <QTest>

using lx::text::TextNormalizer;

class tst_TextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width letters and digits") << QStringLiteral("ＡＢｃ１２３") << QStringLiteral("abc123");
        QTest::newRow("case") << QStringLiteral("WeChat VIP") << QStringLiteral("wechatvip");
        QTest::newRow("traditional") << QStringLiteral("國家級產品") << QStringLiteral("国家级产品");
        QTest::newRow("zero-width") << QStringLiteral("最\u200B佳\u200D\uFEFF") << QStringLiteral("最佳");
        QTest::newRow("spaces and punctuation") << QStringLiteral("第 一，！") << QStringLiteral("第一");
        QTest::newRow("ideographic space") << QStringLiteral("国\u3000家") << QStringLiteral("国家");
        QTest::newRow("emoji between") << QStringLiteral("最😀佳🔥👍🏻") << QStringLiteral("最佳");
        QTest::newRow("circled digit") << QStringLiteral("①号") << QStringLiteral("1号");
        QTest::newRow("symbols") << QStringLiteral("法*轮~功★") << QStringLiteral("法轮功");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input).text(), expected);
    }

    void offsetsPointIntoTheOriginal()
    {
        // "ＡＢ 😀國家" : 'Ａ'0 'Ｂ'1 ' '2 '😀'3 '國'4 '家'5 (code points)
        const QString original = QStringLiteral("ＡＢ 😀國家");
        auto n = TextNormalizer::normalize(original);
        QCOMPARE(n.text(), QStringLiteral("ab国家"));
        QCOMPARE(n.originalLength, 6);
        QCOMPARE(n.origin, (std::vector<qint32>{0, 1, 4, 5}));
        // "国家" is 6 UTF-8 bytes starting at byte 2.
        auto range = n.originalRange(2, 8);
        QCOMPARE(range.first, 4);
        QCOMPARE(range.second, 6);
        auto both = n.originalRange(1, 5);
        QCOMPARE(both.first, 1);
        QCOMPARE(both.second, 5);
    }

    void utf16OffsetsForEditors()
    {
        const QString s = QStringLiteral("a😀b");
        QCOMPARE(TextNormalizer::codePointLength(s), 3);
        QCOMPARE(TextNormalizer::utf16Offset(s, 2), 3);
    }

    void segmentsChinese()
    {
        const auto words = lx::text::WordSegmenter::words(QStringLiteral("我们的产品支持人工智能，欢迎咨询。"));
        QVERIFY(words.size() >= 5);
        QVERIFY(words.contains(QStringLiteral("产品")));
        QVERIFY(!words.contains(QStringLiteral("，")));
        const auto segs = lx::text::WordSegmenter::segment(QStringLiteral("😀产品"));
        QCOMPARE(segs.last().start, 1); // code points, not UTF-16 units
        QCOMPARE(segs.last().end, 3);
    }
};

QTEST_GUILESS_MAIN(tst_TextNormalizer)
#include "tst_TextNormalizer.moc"
