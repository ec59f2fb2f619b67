#include "crypto/Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <QCoreApplication>
#include <QThreadPool>

#include <memory>

namespace lx::crypto {

namespace {

// OpenSSL frees each thread's state when the thread ends and its global state from an exit
// handler. A pooled Qt thread that ends while the process exits can do the first after the
// second and crash the exit; the pooled threads are ended with the application object instead,
// before any exit handler runs (bounded, so that a task that never ends cannot hold the exit).
void endPooledThreads()
{
    QThreadPool::globalInstance()->waitForDone(5000);
}

void endPooledThreadsWithTheApplication()
{
    qAddPostRoutine(endPooledThreads);
}
Q_COREAPP_STARTUP_FUNCTION(endPooledThreadsWithTheApplication)

constexpr int kGcmNonceBytes = 12;
constexpr int kGcmTagBytes = 16;
constexpr int kAesKeyBytes = 32;

struct KdfDeleter
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

unsigned char* bytes(QByteArray& a) { return reinterpret_cast<unsigned char*>(a.data()); }
const unsigned char* bytes(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }

Result<QByteArray> deriveKey(const char* algorithm, OSSL_PARAM* params, int keyLength)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf)
        return Result<QByteArray>::failure(QStringLiteral("the crypto library lacks %1").arg(QLatin1String(algorithm)));
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return Result<QByteArray>::failure(QStringLiteral("out of memory in key derivation"));
    QByteArray out(keyLength, '\0');
    if (EVP_KDF_derive(ctx.get(), bytes(out), size_t(out.size()), params) != 1)
        return Result<QByteArray>::failure(
            QStringLiteral("key derivation (%1) failed: parameters rejected or not enough memory")
                .arg(QLatin1String(algorithm)));
    return out;
}

} // namespace

QByteArray Crypto::sha256(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), bytes(out), &len, EVP_sha256(), nullptr);
    out.resize(int(len));
    return out;
}

QByteArray Crypto::hmacSha256(const QByteArray& key, const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), size_t(data.size()), bytes(out), &len);
    out.resize(int(len));
    return out;
}

Result<QByteArray> Crypto::randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (count > 0 && RAND_bytes(bytes(out), count) != 1)
        return Result<QByteArray>::failure(QStringLiteral("the system random source failed"));
    return out;
}

bool Crypto::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

Result<QByteArray> Crypto::scrypt(const QByteArray& password, const QByteArray& salt, const ScryptParams& p,
                                  int keyLength)
{
    uint64_t n = p.n;
    uint32_t r = p.r;
    uint32_t par = p.p;
    // 128 * N * r bytes of work memory, plus headroom; OpenSSL refuses above its 32 MiB default.
    uint64_t maxMem = 128ULL * n * r + (16ULL << 20);
    QByteArray pw = password;
    QByteArray s = salt;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw.data(), size_t(pw.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), size_t(s.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &par),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    auto result = deriveKey(OSSL_KDF_NAME_SCRYPT, params, keyLength);
    OPENSSL_cleanse(pw.data(), size_t(pw.size()));
    return result;
}

Result<QByteArray> Crypto::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, quint32 iterations,
                                        int keyLength)
{
    QByteArray pw = password;
    QByteArray s = salt;
    char digest[] = "SHA256";
    uint32_t iter = iterations;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw.data(), size_t(pw.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), size_t(s.size())),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    auto result = deriveKey(OSSL_KDF_NAME_PBKDF2, params, keyLength);
    OPENSSL_cleanse(pw.data(), size_t(pw.size()));
    return result;
}

Result<QByteArray> Crypto::aesGcmEncrypt(const QByteArray& key, const QByteArray& plaintext,
                                         const QByteArray& associatedData)
{
    if (key.size() != kAesKeyBytes)
        return Result<QByteArray>::failure(QStringLiteral("AES-256-GCM needs a 32-byte key"));
    auto nonce = randomBytes(kGcmNonceBytes);
    if (!nonce)
        return nonce;
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out = nonce.value();
    out.resize(kGcmNonceBytes + plaintext.size() + kGcmTagBytes);
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce.value())) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1;
    if (ok)
        ok = EVP_EncryptUpdate(ctx.get(), bytes(out) + kGcmNonceBytes, &len, bytes(plaintext), int(plaintext.size())) == 1;
    total = len;
    if (ok)
        ok = EVP_EncryptFinal_ex(ctx.get(), bytes(out) + kGcmNonceBytes + total, &len) == 1;
    total += len;
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagBytes, bytes(out) + kGcmNonceBytes + total) == 1;
    if (!ok)
        return Result<QByteArray>::failure(QStringLiteral("encryption failed"));
    return out;
}

Result<QByteArray> Crypto::aesGcmDecrypt(const QByteArray& key, const QByteArray& sealed,
                                         const QByteArray& associatedData)
{
    if (key.size() != kAesKeyBytes)
        return Result<QByteArray>::failure(QStringLiteral("AES-256-GCM needs a 32-byte key"));
    if (sealed.size() < kGcmNonceBytes + kGcmTagBytes)
        return Result<QByteArray>::failure(QStringLiteral("the sealed data is too short"));
    const int cipherLen = int(sealed.size()) - kGcmNonceBytes - kGcmTagBytes;
    QByteArray tag = sealed.right(kGcmTagBytes);
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(cipherLen, '\0');
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1;
    if (ok)
        ok = EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(sealed) + kGcmNonceBytes, cipherLen) == 1;
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagBytes, bytes(tag)) == 1;
    if (ok)
        ok = EVP_DecryptFinal_ex(ctx.get(), bytes(out) + len, &len) == 1;
    if (!ok)
        return Result<QByteArray>::failure(QStringLiteral("decryption failed: wrong key or the data was altered"));
    return out;
}

QByteArray Crypto::sha1(const QByteArray& data)
{
    QByteArray out(20, '\0');
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), bytes(out), &len, EVP_sha1(), nullptr);
    return out;
}

namespace {

Result<QByteArray> aesCbcRaw(bool encrypt, const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    if (key.size() != 32 || iv.size() != 16)
        return Result<QByteArray>::failure(QStringLiteral("AES-256-CBC needs a 32-byte key and a 16-byte IV"), ErrorCode::Invalid);
    if (data.size() % 16 != 0)
        return Result<QByteArray>::failure(QStringLiteral("AES-CBC data must be a whole number of 16-byte blocks"), ErrorCode::Invalid);
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(data.size(), '\0');
    int len = 0;
    bool ok = ctx && EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, bytes(key), bytes(iv), encrypt ? 1 : 0) == 1;
    if (ok)
        ok = EVP_CIPHER_CTX_set_padding(ctx.get(), 0) == 1;
    if (ok && !data.isEmpty())
        ok = EVP_CipherUpdate(ctx.get(), bytes(out), &len, bytes(data), int(data.size())) == 1;
    int tail = 0;
    if (ok)
        ok = EVP_CipherFinal_ex(ctx.get(), bytes(out) + len, &tail) == 1;
    if (!ok)
        return Result<QByteArray>::failure(QStringLiteral("AES-CBC failed"), ErrorCode::Invalid);
    return out;
}

} // namespace

Result<QByteArray> Crypto::aesCbcEncryptRaw(const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return aesCbcRaw(true, key, iv, data);
}

Result<QByteArray> Crypto::aesCbcDecryptRaw(const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return aesCbcRaw(false, key, iv, data);
}

QString Crypto::libraryVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace lx::crypto
