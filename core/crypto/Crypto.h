#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace lx::crypto {

struct ScryptParams
{
    quint64 n = quint64(1) << 17; // CPU/memory cost (power of two)
    quint32 r = 8;                // block size
    quint32 p = 1;                // parallelism
};

// The OpenSSL facade: the only place in Lingxi that includes OpenSSL. Everything else asks for
// hashes, keyed hashes, key derivation and randomness through these functions, so the rest of
// the code never sees an OpenSSL type and a change of backend touches one file.
class Crypto final
{
public:
    Crypto() = delete;

    static QByteArray sha256(const QByteArray& data);
    // SHA-1: only where a vendor's protocol prescribes it (WeChat, WeCom, Weibo, Douyin signatures).
    static QByteArray sha1(const QByteArray& data);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);

    // Cryptographically secure random bytes; fails only when the OS entropy source does.
    static Result<QByteArray> randomBytes(int count);

    // Comparison whose time does not depend on where the inputs first differ.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

    // Key derivation through OpenSSL 3's EVP_KDF with every parameter set explicitly.
    static Result<QByteArray> scrypt(const QByteArray& password, const QByteArray& salt, const ScryptParams& params,
                                     int keyLength);
    static Result<QByteArray> pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, quint32 iterations,
                                           int keyLength);

    // AES-256-GCM with a random 96-bit nonce. Output: nonce || ciphertext || 16-byte tag.
    static Result<QByteArray> aesGcmEncrypt(const QByteArray& key, const QByteArray& plaintext,
                                            const QByteArray& associatedData = {});
    static Result<QByteArray> aesGcmDecrypt(const QByteArray& key, const QByteArray& sealed,
                                            const QByteArray& associatedData = {});

    // AES-256-CBC without padding (the caller pads, as WeChat's 32-byte PKCS#7 needs): data a
    // multiple of 16 bytes, a 32-byte key and a 16-byte IV.
    static Result<QByteArray> aesCbcEncryptRaw(const QByteArray& key, const QByteArray& iv, const QByteArray& data);
    static Result<QByteArray> aesCbcDecryptRaw(const QByteArray& key, const QByteArray& iv, const QByteArray& data);

    static QString libraryVersion();
};

} // namespace lx::crypto
