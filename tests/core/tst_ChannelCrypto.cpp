// The vendors' message crypto against the WeCom SDK samples' vectors (../shared/data/protocols):
// signatures, URL verification, decryption, encryption back to the same ciphertext, and refusals.
#include "channels/VendorCrypto.h"
#include "crypto/Crypto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lx;
using namespace lx::channels;

class tst_ChannelCrypto : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(LX_SHARED_DATA "/protocols/wecom_callback_vectors.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "../shared/data/protocols/wecom_callback_vectors.json");
        m_vectors = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray();
        QVERIFY(m_vectors.size() >= 4);
    }

    void vendorVectors()
    {
        for (const QJsonValue& v : std::as_const(m_vectors)) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            auto c = WeChatMessageCrypto::create(o.value(QStringLiteral("token")).toString(), o.value(QStringLiteral("encoding_aes_key")).toString(),
                                                 o.value(QStringLiteral("receive_id")).toString());
            QVERIFY2(c, qPrintable(name));
            const QString ts = o.value(QStringLiteral("timestamp")).toString();
            const QString nonce = o.value(QStringLiteral("nonce")).toString();
            const QString enc = o.value(QStringLiteral("encrypted")).toString();
            const QString sig = o.value(QStringLiteral("msg_signature")).toString();
            QCOMPARE(c.value().signature(ts, nonce, enc), sig);
            auto plain = c.value().verifyUrl(sig, ts, nonce, enc);
            QVERIFY2(plain, qPrintable(name + QStringLiteral(": ") + plain.error()));
            if (o.contains(QStringLiteral("plaintext")))
                QCOMPARE(QString::fromUtf8(plain.value()), o.value(QStringLiteral("plaintext")).toString());
            else
                QVERIFY2(plain.value().startsWith("<xml>"), plain.value().left(40).constData());
            // Encrypting the message again with the same 16 leading bytes gives the vendor's text.
            const QByteArray key = QByteArray::fromBase64((o.value(QStringLiteral("encoding_aes_key")).toString() + QLatin1Char('=')).toLatin1());
            auto raw = crypto::Crypto::aesCbcDecryptRaw(key, key.left(16), QByteArray::fromBase64(enc.toLatin1()));
            QVERIFY(raw);
            auto again = c.value().encrypt(plain.value(), raw.value().left(16));
            QVERIFY(again);
            QCOMPARE(again.value(), enc);
            // A changed signature, a changed text and another receiver are refused.
            QString badSig = sig;
            badSig[0] = badSig[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            QCOMPARE(c.value().verifyUrl(badSig, ts, nonce, enc).code(), ErrorCode::Denied);
            QCOMPARE(c.value().verify(sig, ts, nonce + QLatin1Char('1'), enc).code(), ErrorCode::Denied);
            auto other = WeChatMessageCrypto::create(o.value(QStringLiteral("token")).toString(),
                                                     o.value(QStringLiteral("encoding_aes_key")).toString(), QStringLiteral("wx_other"));
            QCOMPARE(other.value().decrypt(enc).code(), ErrorCode::Denied);
        }
    }

    void roundTripAndBrokenInput()
    {
        auto c = WeChatMessageCrypto::create(QStringLiteral("tok"), QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"),
                                             QStringLiteral("wxabc"));
        QVERIFY(c);
        for (int n : {0, 1, 11, 12, 31, 32, 33, 1000}) {
            const QByteArray message(n, 'x');
            auto enc = c.value().encrypt(message);
            QVERIFY(enc);
            QCOMPARE(c.value().decrypt(enc.value()).value(), message);
        }
        QVERIFY(!WeChatMessageCrypto::create(QStringLiteral("tok"), QStringLiteral("short"), QString()));
        QVERIFY(!WeChatMessageCrypto::create(QString(), QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"), QString()));
        QCOMPARE(c.value().decrypt(QStringLiteral("not base64 !!")).code(), ErrorCode::Invalid);
        QCOMPARE(c.value().decrypt(QStringLiteral("AAAA")).code(), ErrorCode::Invalid); // 3 bytes: not whole blocks
        // Another key decrypts to garbage: refused by its padding or its length, never read past.
        auto other = WeChatMessageCrypto::create(QStringLiteral("tok"), QStringLiteral("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt"),
                                                 QStringLiteral("wxabc"));
        const auto enc = c.value().encrypt("hello").value();
        QVERIFY(!other.value().decrypt(enc));
    }

    void plainSignatures()
    {
        // WeChat's GET verification and Weibo's push: sorted token, timestamp, nonce (hand-computed).
        QCOMPARE(WeChatMessageCrypto::sortedSha1({QStringLiteral("testtoken"), QStringLiteral("1409659589"), QStringLiteral("263014780")}),
                 QStringLiteral("e750238219e61cb7f716996f906903054ea980cf"));
        QCOMPARE(douyinSignature("my-client-secret", R"({"event":"verify_webhook","content":{"challenge":12345}})"),
                 QStringLiteral("febc5dbc122f3efdfdbb5a9cdbb72c585cbc5f29"));
    }
};

QTEST_GUILESS_MAIN(tst_ChannelCrypto)
#include "tst_ChannelCrypto.moc"
