#include "crypto/Crypto.h"

#include <QTest>

using lx::crypto::Crypto;

// Known-answer tests from the standards, so the facade is proven to call OpenSSL correctly.
class tst_Crypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswer()
    {
        QCOMPARE(Crypto::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void hmacRfc4231Case2()
    {
        QCOMPARE(Crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void pbkdf2KnownAnswers()
    {
        auto one = Crypto::pbkdf2Sha256("password", "salt", 1, 32);
        QVERIFY(one);
        QCOMPARE(one.value().toHex(), QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
        auto many = Crypto::pbkdf2Sha256("password", "salt", 4096, 32);
        QVERIFY(many);
        QCOMPARE(many.value().toHex(), QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    }

    void scryptRfc7914Vector()
    {
        auto key = Crypto::scrypt("password", "NaCl", lx::crypto::ScryptParams{1024, 8, 16}, 64);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key.value().toHex(),
                 QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                            "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
    }

    void randomBytesDiffer()
    {
        auto a = Crypto::randomBytes(32);
        auto b = Crypto::randomBytes(32);
        QVERIFY(a && b);
        QCOMPARE(a.value().size(), 32);
        QVERIFY(a.value() != b.value());
    }

    void constantTimeEquals()
    {
        QVERIFY(Crypto::constantTimeEquals("same", "same"));
        QVERIFY(!Crypto::constantTimeEquals("same", "samf"));
        QVERIFY(!Crypto::constantTimeEquals("short", "longer"));
    }

    void aesGcmRoundTripAndTamper()
    {
        const QByteArray key(32, 'k');
        auto sealed = Crypto::aesGcmEncrypt(key, "13800138000", "profile:42");
        QVERIFY(sealed);
        QVERIFY(!sealed.value().contains("13800138000"));
        auto opened = Crypto::aesGcmDecrypt(key, sealed.value(), "profile:42");
        QVERIFY(opened);
        QCOMPARE(opened.value(), QByteArray("13800138000"));

        QByteArray flipped = sealed.value();
        flipped[14] = char(flipped[14] ^ 1);
        QVERIFY(!Crypto::aesGcmDecrypt(key, flipped, "profile:42"));
        QVERIFY(!Crypto::aesGcmDecrypt(key, sealed.value(), "profile:43"));
        QVERIFY(!Crypto::aesGcmDecrypt(QByteArray(32, 'x'), sealed.value(), "profile:42"));
        QVERIFY(!Crypto::aesGcmDecrypt(key, "short"));
        QVERIFY(!Crypto::aesGcmEncrypt("short key", "x"));
    }

    void versionNamesOpenSsl() { QVERIFY(Crypto::libraryVersion().startsWith(QLatin1String("OpenSSL 3"))); }
};

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_Crypto.moc"
