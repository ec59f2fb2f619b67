#include "channels/VendorCrypto.h"

#include "crypto/Crypto.h"

#include <algorithm>

namespace lx::channels {

namespace {

constexpr int kBlock = 32; // WeChat pads to 32 bytes, not AES's 16

} // namespace

Result<WeChatMessageCrypto> WeChatMessageCrypto::create(const QString& token, const QString& encodingAesKey, const QString& receiveId)
{
    using R = Result<WeChatMessageCrypto>;
    if (token.isEmpty())
        return R::failure(tr("the channel has no token"), ErrorCode::Invalid);
    if (encodingAesKey.size() != 43)
        return R::failure(tr("the EncodingAESKey has %1 characters; it has 43").arg(encodingAesKey.size()), ErrorCode::Invalid);
    const auto decoded = QByteArray::fromBase64Encoding((encodingAesKey + QLatin1Char('=')).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return R::failure(tr("the EncodingAESKey is not Base64 for a 32-byte key"), ErrorCode::Invalid);
    WeChatMessageCrypto c;
    c.m_token = token;
    c.m_key = decoded.decoded;
    c.m_receiveId = receiveId.toUtf8();
    return c;
}

QString WeChatMessageCrypto::sortedSha1(const QStringList& parts)
{
    QStringList sorted = parts;
    // Byte order, as the SDKs sort (std::sort on std::string, Python's sorted on str of ASCII).
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    return QString::fromLatin1(crypto::Crypto::sha1(sorted.join(QString()).toUtf8()).toHex());
}

QString WeChatMessageCrypto::signature(const QString& timestamp, const QString& nonce, const QString& encrypted) const
{
    return sortedSha1({m_token, timestamp, nonce, encrypted});
}

Status WeChatMessageCrypto::verify(const QString& msgSignature, const QString& timestamp, const QString& nonce,
                                   const QString& encrypted) const
{
    const QByteArray want = signature(timestamp, nonce, encrypted).toLatin1();
    if (!crypto::Crypto::constantTimeEquals(want, msgSignature.toLower().toLatin1()))
        return Status::failure(tr("the signature does not match"), ErrorCode::Denied);
    return Status::success();
}

Result<QByteArray> WeChatMessageCrypto::decrypt(const QString& encryptedBase64) const
{
    using R = Result<QByteArray>;
    const auto cipher = QByteArray::fromBase64Encoding(encryptedBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!cipher || cipher.decoded.isEmpty() || cipher.decoded.size() % 16 != 0)
        return R::failure(tr("the encrypted text is not Base64 of whole AES blocks"), ErrorCode::Invalid);
    auto plain = crypto::Crypto::aesCbcDecryptRaw(m_key, m_key.left(16), cipher.decoded);
    if (!plain)
        return R::failure(plain.error(), ErrorCode::Invalid);
    QByteArray p = plain.take();
    const int pad = uchar(p.at(p.size() - 1));
    if (pad < 1 || pad > kBlock || pad > p.size())
        return R::failure(tr("the decrypted text has no valid padding (wrong key?)"), ErrorCode::Invalid);
    for (int i = 0; i < pad; ++i) {
        if (uchar(p.at(p.size() - 1 - i)) != pad)
            return R::failure(tr("the decrypted text has no valid padding (wrong key?)"), ErrorCode::Invalid);
    }
    p.chop(pad);
    if (p.size() < 20)
        return R::failure(tr("the decrypted text is too short"), ErrorCode::Invalid);
    const quint32 length = (quint32(uchar(p.at(16))) << 24) | (quint32(uchar(p.at(17))) << 16) | (quint32(uchar(p.at(18))) << 8)
                         | quint32(uchar(p.at(19)));
    if (qint64(length) > p.size() - 20)
        return R::failure(tr("the message length %1 runs past the decrypted text").arg(length), ErrorCode::Invalid);
    const QByteArray message = p.mid(20, qsizetype(length));
    const QByteArray receiveId = p.mid(20 + qsizetype(length));
    if (!m_receiveId.isEmpty() && receiveId != m_receiveId)
        return R::failure(tr("the message is for '%1', not this channel").arg(QString::fromUtf8(receiveId.left(64))), ErrorCode::Denied);
    return message;
}

Result<QString> WeChatMessageCrypto::encrypt(const QByteArray& message, const QByteArray& random16) const
{
    QByteArray random = random16;
    if (random.size() != 16) {
        auto r = crypto::Crypto::randomBytes(16);
        if (!r)
            return Result<QString>(r.status());
        random = r.value();
    }
    QByteArray p = random;
    const quint32 n = quint32(message.size());
    p.append(char((n >> 24) & 0xff)).append(char((n >> 16) & 0xff)).append(char((n >> 8) & 0xff)).append(char(n & 0xff));
    p += message;
    p += m_receiveId;
    const int pad = kBlock - int(p.size() % kBlock);
    p.append(QByteArray(pad, char(pad)));
    auto cipher = crypto::Crypto::aesCbcEncryptRaw(m_key, m_key.left(16), p);
    if (!cipher)
        return Result<QString>(cipher.status());
    return QString::fromLatin1(cipher.value().toBase64());
}

Result<QByteArray> WeChatMessageCrypto::verifyUrl(const QString& msgSignature, const QString& timestamp, const QString& nonce,
                                                  const QString& echostr) const
{
    if (auto st = verify(msgSignature, timestamp, nonce, echostr); !st)
        return Result<QByteArray>(st);
    return decrypt(echostr);
}

QString douyinSignature(const QByteArray& clientSecret, const QByteArray& body)
{
    return QString::fromLatin1(crypto::Crypto::sha1(clientSecret + body).toHex());
}

} // namespace lx::channels
