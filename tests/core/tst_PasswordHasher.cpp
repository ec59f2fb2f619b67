#include "auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using lx::auth::PasswordHasher;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scryptHashCarriesItsParameters()
    {
        auto h = PasswordHasher::hash(QStringLiteral("客服-密码-2026"));
        QVERIFY(h);
        const QStringList parts = h.value().split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(1), QStringLiteral("scrypt"));
        QCOMPARE(parts.at(2), QStringLiteral("ln=17,r=8,p=1")); // N = 2^17
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 32);
        QVERIFY(!h.value().contains(QStringLiteral("客服")));
        QVERIFY(!PasswordHasher::needsRehash(h.value()));
    }

    void verifiesRightAndRejectsWrong()
    {
        auto h = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(h);
        QCOMPARE(PasswordHasher::verify(QStringLiteral("correct horse"), h.value()).value(), true);
        QCOMPARE(PasswordHasher::verify(QStringLiteral("correct horsE"), h.value()).value(), false);
        QCOMPARE(PasswordHasher::verify(QString(), h.value()).value(), false);
    }

    void saltMakesEveryHashDifferent()
    {
        auto a = PasswordHasher::hash(QStringLiteral("same password"));
        auto b = PasswordHasher::hash(QStringLiteral("same password"));
        QVERIFY(a && b);
        QVERIFY(a.value() != b.value());
    }

    void pbkdf2MeetsTheIterationFloor()
    {
        auto h = PasswordHasher::hashPbkdf2(QStringLiteral("pbkdf2 password"));
        QVERIFY(h);
        QVERIFY(h.value().startsWith(QLatin1String("$pbkdf2-sha256$i=600000$")));
        QCOMPARE(PasswordHasher::verify(QStringLiteral("pbkdf2 password"), h.value()).value(), true);
        QVERIFY(!PasswordHasher::needsRehash(h.value()));
        auto weak = PasswordHasher::hashPbkdf2(QStringLiteral("pbkdf2 password"), 2048);
        QVERIFY(weak);
        QVERIFY(PasswordHasher::needsRehash(weak.value()));
        QCOMPARE(PasswordHasher::verify(QStringLiteral("pbkdf2 password"), weak.value()).value(), true);
    }

    void malformedStoredHashIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("hunter2");
        QTest::newRow("unknown scheme") << QStringLiteral("$md5$x$c2FsdA==$a2V5");
        QTest::newRow("bad params") << QStringLiteral("$scrypt$ln=abc,r=8,p=1$c2FsdA==$a2V5");
        QTest::newRow("no salt") << QStringLiteral("$scrypt$ln=10,r=8,p=1$$a2V5");
        QTest::newRow("absurd memory") << QStringLiteral("$scrypt$ln=40,r=8,p=1$c2FsdA==$a2V5");
    }

    void malformedStoredHashIsAnErrorNotACrash()
    {
        QFETCH(QString, stored);
        auto r = PasswordHasher::verify(QStringLiteral("anything"), stored);
        QVERIFY(!r);
        QVERIFY(!r.error().isEmpty());
        QVERIFY(PasswordHasher::needsRehash(stored));
    }

    void policyExplainsItself()
    {
        QVERIFY(!PasswordHasher::checkPolicy(QStringLiteral("short"), QStringLiteral("wang")));
        QVERIFY(!PasswordHasher::checkPolicy(QStringLiteral("wangfang"), QStringLiteral("WangFang")));
        QVERIFY(!PasswordHasher::checkPolicy(QStringLiteral("          "), QStringLiteral("wang")));
        QVERIFY(PasswordHasher::checkPolicy(QStringLiteral("long enough"), QStringLiteral("wang")));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_PasswordHasher.moc"
