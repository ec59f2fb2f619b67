#include "content/ContentGate.h"
#include "content/ContentLibrary.h"
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

        // Length and density are rules, not advice (issue 23 #4): a clean but short text is blocked.
        const auto clean = gate.check(QStringLiteral("耳机音质清晰。"), weibo, marketing);
        QVERIFY(!clean.ok());
        QCOMPARE(clean.findings.size(), 1);
        QCOMPARE(clean.findings.first().code, QStringLiteral("length"));
        QCOMPARE(clean.findings.first().severity, content::Finding::Severity::Error);
        QVERIFY2(clean.findings.first().message.contains(QStringLiteral("Weibo")), qPrintable(clean.findings.first().message));

        text::LexiconMatcher terms;
        text::LexiconFile lf;
        lf.category = QStringLiteral("term");
        lf.words = {QStringLiteral("耳机"), QStringLiteral("音质")};
        QVERIFY(terms.load({lf}));
        const content::QualityGate withTerms(&compliance, &terms);
        const QString dense = QStringLiteral("耳机音质耳机音质") + QString(142, QChar(u'好'));
        const auto tooDense = withTerms.check(dense.repeated(1), weibo, *content::QualityGate::contentType(QStringLiteral("technical")));
        QCOMPARE(tooDense.metrics.length, 150);
        QVERIFY(!tooDense.ok());
        QCOMPARE(tooDense.findings.first().code, QStringLiteral("term_density"));
        QVERIFY(withTerms.check(dense, weibo, marketing).ok()); // 8/150 = 5.3 %: over technical 5 %, inside marketing 8 %

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

    // The shipped lists catch what a reviewer would (issue 23 #5): each claim by its category,
    // and the shipped allow-list keeps ordinary phrases that contain a listed word.
    void shippedListsCatchTheObvious_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::newRow("cure") << QStringLiteral("坚持使用可根治湿疹") << QStringLiteral("medical_claims");
        QTest::newRow("cures everything") << QStringLiteral("祖传秘方，包治百病") << QStringLiteral("medical_claims");
        QTest::newRow("instant cure") << QStringLiteral("药到病除，无副作用") << QStringLiteral("medical_claims");
        QTest::newRow("traditional") << QStringLiteral("藥到病除") << QStringLiteral("medical_claims");
        QTest::newRow("absolute") << QStringLiteral("国家级配方，顶级品质") << QStringLiteral("advertising_absolute");
        QTest::newRow("spaced") << QStringLiteral("全 网 第 一") << QStringLiteral("advertising_absolute");
        QTest::newRow("returns") << QStringLiteral("保本理财，稳赚不赔") << QStringLiteral("guaranteed_returns");
        QTest::newRow("off platform") << QStringLiteral("好评返现，加vx详聊") << QStringLiteral("platform_rules");
    }

    void shippedListsCatchTheObvious()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        text::LexiconMatcher compliance;
        QVERIFY(compliance.load(content::DefaultLexicons::load(), content::DefaultLexicons::allowList().words));
        const auto hits = compliance.match(text);
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(), [&](const text::LexiconHit& h) { return h.category == category; }),
                 qPrintable(text));
    }

    void shippedAllowListKeepsOrdinaryPhrases()
    {
        text::LexiconMatcher compliance;
        QVERIFY(compliance.load(content::DefaultLexicons::load(), content::DefaultLexicons::allowList().words));
        for (const QString& ok : {QStringLiteral("我们会第一时间为您处理"), QStringLiteral("这是我第一次买这个牌子"),
                                  QStringLiteral("治愈系的包装很可爱"), QStringLiteral("请留下唯一的联系方式"),
                                  QStringLiteral("物流很快，包装完好，客服态度也好")})
            QVERIFY2(compliance.match(ok).isEmpty(), qPrintable(ok));
        // Category names read in the user's language, not as keys.
        QCOMPARE(content::DefaultLexicons::categoryTitle(QStringLiteral("medical_claims")), QStringLiteral("Medical and efficacy claims"));
        QCOMPARE(content::DefaultLexicons::categoryTitle(QStringLiteral("brand_rivals")), QStringLiteral("brand_rivals"));
    }

    // Every template and script Lingxi ships passes the gate it is held to (issue 23 #4): a
    // template as marketing content for its own platform, with its sample values and its
    // industry's terms; a script as a chat reply.
    void shippedContentPassesItsOwnGate()
    {
        text::LexiconMatcher compliance;
        QVERIFY(compliance.load(content::DefaultLexicons::load(), content::DefaultLexicons::allowList().words));
        int checked = 0;
        QStringList failures;
        for (const content::LibraryItem& li : content::ContentLibrary::builtin()) {
            content::ContentItem item;
            item.kind = li.kind == QLatin1String("script") ? content::ContentKind::Script : content::ContentKind::Template;
            item.group = li.group;
            item.platform = li.platform;
            item.name = li.name;
            item.builtinId = li.id;
            text::LexiconMatcher terms;
            QVERIFY(terms.load({content::DefaultLexicons::industryTerms(li.group)}) || item.kind == content::ContentKind::Script);
            const content::QualityReport r = content::ContentGate::check(item, li.body, &compliance, &terms);
            QStringList problems;
            for (const auto& f : r.findings)
                problems << f.message;
            if (!r.ok())
                failures << QStringLiteral("%1 (%2 characters, density %3 %): %4")
                                            .arg(li.id)
                                            .arg(r.metrics.length)
                                            .arg(r.metrics.termDensity * 100.0, 0, 'f', 1)
                                            .arg(problems.join(QStringLiteral("; ")));
            ++checked;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 6);
    }
};

QTEST_GUILESS_MAIN(tst_QualityGate)
#include "tst_QualityGate.moc"
