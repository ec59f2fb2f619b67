#include "content/TemplateMatcher.h"

#include <QTest>

using namespace lx::content;

namespace {
QList<TemplateCandidate> catalogue()
{
    return {
        {QStringLiteral("t-general"), QStringLiteral("通用"), QStringLiteral("promo"), QString(), {QStringLiteral("护肤")}},
        {QStringLiteral("t-new"), QStringLiteral("新客"), QStringLiteral("promo"), QStringLiteral("new_user"), {QStringLiteral("护肤")}},
        {QStringLiteral("t-active"), QStringLiteral("活跃"), QStringLiteral("promo"), QStringLiteral("high_activity"), {}},
        {QStringLiteral("t-vip-b"), QStringLiteral("高价值B"), QStringLiteral("promo"), QStringLiteral("high_value"), {QStringLiteral("护肤")}},
        {QStringLiteral("t-vip-a"), QStringLiteral("高价值A"), QStringLiteral("promo"), QStringLiteral("high_value"),
         {QStringLiteral("护肤"), QStringLiteral("敏感肌")}},
        {QStringLiteral("t-vip-c"), QStringLiteral("高价值C"), QStringLiteral("promo"), QStringLiteral("high_value"), {QStringLiteral("护肤")}},
        {QStringLiteral("t-other-scene"), QStringLiteral("售后"), QStringLiteral("aftersale"), QStringLiteral("high_value"), {}},
    };
}
} // namespace

class tst_TemplateMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priorityThenTagsThenKey_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("expected");
        QTest::newRow("high value beats activity and newness")
            << "high" << true << true << QStringList{QStringLiteral("护肤"), QStringLiteral("敏感肌")} << "t-vip-a";
        QTest::newRow("tie on tags goes to the smaller key") << "high" << false << false << QStringList{QStringLiteral("护肤")} << "t-vip-a";
        QTest::newRow("activity beats newness") << "low" << true << true << QStringList{} << "t-active";
        QTest::newRow("new user") << "medium" << false << true << QStringList{} << "t-new";
        QTest::newRow("nobody special gets the general one") << "low" << false << false << QStringList{} << "t-general";
    }

    void priorityThenTagsThenKey()
    {
        QFETCH(QString, tier);
        QFETCH(bool, active);
        QFETCH(bool, isNew);
        QFETCH(QStringList, tags);
        QFETCH(QString, expected);
        AudienceProfile p{tier, active, isNew, tags};
        auto choice = TemplateMatcher::choose(p, QStringLiteral("promo"), catalogue());
        QVERIFY(choice);
        QCOMPARE(choice->key, expected);
        QVERIFY(choice->explanation.startsWith(QLatin1String("chosen because")));
    }

    void explanationSaysWhy()
    {
        AudienceProfile p{QStringLiteral("high"), false, false, {QStringLiteral("护肤"), QStringLiteral("敏感肌")}};
        auto choice = TemplateMatcher::choose(p, QStringLiteral("promo"), catalogue());
        QVERIFY(choice);
        QVERIFY(choice->explanation.contains(QLatin1String("high-value")));
        QVERIFY(choice->explanation.contains(QStringLiteral("敏感肌")));
        QVERIFY(choice->explanation.contains(QStringLiteral("高价值")));
        QCOMPARE(choice->sharedTags.size(), 2);
    }

    void sharedTagsAreNamedByTheirLabels()
    {
        AudienceProfile p{QStringLiteral("high"), false, false, {QStringLiteral("护肤"), QStringLiteral("敏感肌")}};
        auto choice = TemplateMatcher::choose(p, QStringLiteral("promo"), catalogue(),
                                              [](const QString& t) { return QStringLiteral("«%1»").arg(t); });
        QVERIFY(choice);
        QVERIFY(choice->explanation.contains(QStringLiteral("«敏感肌»")));
        QVERIFY(choice->sharedTags.contains(QStringLiteral("敏感肌"))); // keys stay keys
    }

    void deterministicWhateverTheOrder()
    {
        AudienceProfile p{QStringLiteral("high"), false, false, {QStringLiteral("护肤")}};
        QList<TemplateCandidate> c = catalogue();
        std::reverse(c.begin(), c.end());
        QCOMPARE(TemplateMatcher::choose(p, QStringLiteral("promo"), c)->key, QStringLiteral("t-vip-a"));
    }

    void noCandidateForTheScene()
    {
        AudienceProfile p{QStringLiteral("low"), false, false, {}};
        QVERIFY(!TemplateMatcher::choose(p, QStringLiteral("aftersale"), catalogue()));
        QVERIFY(!TemplateMatcher::choose(p, QStringLiteral("unknown"), catalogue()));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateMatcher)
#include "tst_TemplateMatcher.moc"
