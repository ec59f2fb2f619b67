#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lx::channels {

// The message encryption of WeChat official accounts (security mode) and WeCom (微信客服 and app
// callbacks), as the vendors' SDKs define it: the signature is the SHA-1 of the sorted
// concatenation of the token, timestamp, nonce and encrypted text; the key is
// Base64(EncodingAESKey + "="), 32 bytes, the IV its first 16; AES-256-CBC with PKCS#7 padding to
// 32-byte blocks; the plaintext is 16 random bytes, the message length (4 bytes, big-endian), the
// message and the receive id (the AppID, or the corp id for WeCom), which must match.
class WeChatMessageCrypto final
{
    Q_DECLARE_TR_FUNCTIONS(WeChatMessageCrypto)

public:
    static Result<WeChatMessageCrypto> create(const QString& token, const QString& encodingAesKey, const QString& receiveId);

    QString signature(const QString& timestamp, const QString& nonce, const QString& encrypted) const;
    // The signature compared in constant time; fails with ErrorCode::Denied when it differs.
    Status verify(const QString& msgSignature, const QString& timestamp, const QString& nonce, const QString& encrypted) const;
    // The message inside an encrypted text; a wrong key, padding, length or receive id is refused.
    Result<QByteArray> decrypt(const QString& encryptedBase64) const;
    // random16: the 16 leading bytes (tests give them, else random).
    Result<QString> encrypt(const QByteArray& message, const QByteArray& random16 = {}) const;
    // URL verification (GET with echostr): the signature over echostr, then the echo decrypted.
    Result<QByteArray> verifyUrl(const QString& msgSignature, const QString& timestamp, const QString& nonce, const QString& echostr) const;

    // The plain-mode signature (WeChat's GET verification, Weibo's push): SHA-1 hex of the sorted
    // concatenation of the parts.
    static QString sortedSha1(const QStringList& parts);

private:
    WeChatMessageCrypto() = default;
    QString m_token;
    QByteArray m_key;
    QByteArray m_receiveId;
};

// Douyin's webhook signature: hex SHA-1 of client_secret followed by the raw body.
QString douyinSignature(const QByteArray& clientSecret, const QByteArray& body);

} // namespace lx::channels
