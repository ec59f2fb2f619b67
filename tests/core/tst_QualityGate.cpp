#include "content/DefaultLexicons.h"
#include "content/QualityGate.h"

#include <QTest>

using namespace lx;

class tst_QualityGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthCountsWhatPlatformsCount()
    {
        QCOMPARE(text::ContentMetrics::platformLength(QStringLiteral("你好 世界\n")), 4);
        QCOMPARE(text::ContentMetrics::platformLength(QStringLiteral("AI 芯片 2026！")), 9);
        QCOMPARE(text::ContentMetrics::platformLength(QStringLiteral("😀 ok")), 3);
    }

    void densityIsCoveredCharactersOverLength()
    {
        text::LexiconMatcher terms;
        text::LexiconFile lf;
        lf.category = QStringLiteral("term");
        lf.words = {QStringLiteral("人工智能"), QStringLiteral("智能芯片"), QStringLiteral("算力")};
        QVERIFY(terms.load({lf}));
        // 20 characters; 人工智能芯片 covers 6 (overlap counted once), 算力 2 -> 8/20.
        const QString t = QStringLiteral("我们的人工智能芯片提供强大算力，欢迎试用");
        const auto m = text::ContentMetrics::measure(t, &terms);
        QCOMPARE(m.length, 20);
        QCOMPARE(m.termCharacters, 8);
        QCOMPARE(m.termDensity, 0.4);
    }

    void findingsAndSeverities()
    {
        text::LexiconMatcher compliance;
        QVERIFY(compliance.load(content::DefaultLexicons::load()));
        content::QualityGate gate(&compliance, nullptr);
        const auto weibo = *content::QualityGate::platform(QStringLiteral("weibo"));
        const auto marketing = *content::QualityGate::contentType(QStringLiteral("marketing"));
        QCOMPARE(weibo.minLength, 150);
        QCOMPARE(weibo.maxLength, 250);
        QCOMPARE(marketing.maxTermDensity, 0.08);

        const auto clean = gate.check(QStringLiteral("耳机音质清晰。"), weibo, marketing);
        QVERIFY(clean.ok()); // too short is a warning, not a block
        QCOMPARE(clean.findings.size(), 1);
        QCOMPARE(clean.findings.first().code, QStringLiteral("length"));

        const auto bad = gate.check(QStringLiteral("本店销量第一，加微信领取"), weibo, marketing, {QStringLiteral("产品名")});
        QVERIFY(!bad.ok());
        QStringList codes;
        for (const auto& f : bad.findings)
            codes << f.code;
        QVERIFY(codes.contains(QStringLiteral("compliance")));
        QVERIFY(codes.contains(QStringLiteral("missing_variable")));
        bool sawSalesFirst = false;
        for (const auto& h : bad.compliance)
            sawSalesFirst = sawSalesFirst || (h.word == QStringLiteral("销量第一") && h.start == 2 && h.end == 6);
        QVERIFY(sawSalesFirst);
    }
};

QTEST_GUILESS_MAIN(tst_QualityGate)
#include "tst_QualityGate.moc"
