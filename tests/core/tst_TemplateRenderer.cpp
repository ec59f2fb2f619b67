#include "content/ContentLibrary.h"
#include "content/TemplateRenderer.h"

#include <QTest>

using lx::content::ContentLibrary;
using lx::content::TemplateRenderer;

class tst_TemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseAndAsciiNamesAreTheSameVariable()
    {
        const QHash<QString, QString> values{{QStringLiteral("product"), QStringLiteral("灵犀")},
                                             {QStringLiteral("核心优势"), QStringLiteral("快")}};
        auto r = TemplateRenderer::render(QStringLiteral("{产品名}：{advantage}，{product}"), values);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value(), QStringLiteral("灵犀：快，灵犀"));
    }

    void doubledBracesAreLiteral()
    {
        auto r = TemplateRenderer::render(QStringLiteral("{{产品名}} 是 {产品名}，JSON 写作 {{\"a\":1}}"),
                                          {{QStringLiteral("产品名"), QStringLiteral("X{y}")}});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value(), QStringLiteral("{产品名} 是 X{y}，JSON 写作 {\"a\":1}"));
    }

    void missingValuesAreNamed()
    {
        auto r = TemplateRenderer::render(QStringLiteral("{产品名}{联系方式}{产品名}{offer}"),
                                          {{QStringLiteral("product"), QStringLiteral("x")}});
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("{联系方式}")));
        QVERIFY(r.error().contains(QStringLiteral("{offer}")));
        QVERIFY(!r.error().contains(QStringLiteral("{产品名}")));
        QCOMPARE(TemplateRenderer::missing(QStringLiteral("{产品名}{联系方式}{联系方式}"), {}),
                 (QStringList{QStringLiteral("产品名"), QStringLiteral("联系方式")}));
    }

    void unknownVariablesAreFlagged()
    {
        auto uses = TemplateRenderer::variables(QStringLiteral("{产品名} {颜色} {audience}"));
        QVERIFY(uses);
        QCOMPARE(uses.value().size(), 3);
        QVERIFY(uses.value().at(0).known);
        QVERIFY(!uses.value().at(1).known);
        QCOMPARE(uses.value().at(1).start, 6);
        QCOMPARE(uses.value().at(1).end, 10);
        QCOMPARE(uses.value().at(2).key, QStringLiteral("audience"));
    }

    void malformedBracesAreErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed") << QStringLiteral("你好 {产品名");
        QTest::newRow("lone close") << QStringLiteral("你好 } 再见");
        QTest::newRow("empty name") << QStringLiteral("{}");
        QTest::newRow("spaces in name") << QStringLiteral("{产品 名}");
    }

    void malformedBracesAreErrors()
    {
        QFETCH(QString, text);
        QVERIFY(!TemplateRenderer::variables(text));
        QVERIFY(!TemplateRenderer::render(text, {}));
    }

    void shippedLibraryHasTheSeedFrameworks()
    {
        const auto& items = ContentLibrary::builtin();
        QStringList industries;
        QStringList scenarios;
        for (const auto& i : items) {
            (i.kind == QLatin1String("template") ? industries : scenarios) << i.group;
            auto uses = TemplateRenderer::variables(i.body);
            QVERIFY2(uses, qPrintable(i.id));
            for (const auto& u : uses.value())
                QVERIFY2(u.known, qPrintable(i.id + QStringLiteral(": ") + u.name));
        }
        for (const char* industry : {"technology", "beauty", "education"})
            QVERIFY(industries.contains(QLatin1String(industry)));
        for (const char* scenario : {"product_inquiry", "appointment", "complaint"})
            QVERIFY(scenarios.contains(QLatin1String(scenario)));
        QCOMPARE(ContentLibrary::find(QStringLiteral("technology.standard"))->sections.size(), 4);
        QVERIFY(!ContentLibrary::parse("{\"templates\": [{\"id\": \"x\"}]}"));
        QVERIFY(!ContentLibrary::parse("{not json"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateRenderer)
#include "tst_TemplateRenderer.moc"
