#include "auth/PasswordHasher.h"

#include "crypto/Crypto.h"

#include <QStringList>

namespace lx::auth {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

struct Parsed
{
    QString scheme;
    quint64 n = 0;
    quint32 r = 0;
    quint32 p = 0;
    quint32 iterations = 0;
    QByteArray salt;
    QByteArray key;
};

Result<Parsed> parse(const QString& encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    // "", scheme, params, salt, key
    if (parts.size() != 5 || !parts.at(0).isEmpty())
        return Result<Parsed>::failure(PasswordHasher::tr("the stored password hash is not in a known format"));
    Parsed out;
    out.scheme = parts.at(1);
    for (const QString& kv : parts.at(2).split(QLatin1Char(','))) {
        const QString k = kv.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const quint64 v = kv.section(QLatin1Char('='), 1).toULongLong(&ok);
        if (!ok)
            return Result<Parsed>::failure(PasswordHasher::tr("the stored password hash has a malformed parameter"));
        if (k == QLatin1String("ln") && v < 63)
            out.n = quint64(1) << v;
        else if (k == QLatin1String("r"))
            out.r = quint32(v);
        else if (k == QLatin1String("p"))
            out.p = quint32(v);
        else if (k == QLatin1String("i"))
            out.iterations = quint32(v);
    }
    out.salt = QByteArray::fromBase64(parts.at(3).toLatin1());
    out.key = QByteArray::fromBase64(parts.at(4).toLatin1());
    const bool scrypt = out.scheme == QLatin1String("scrypt") && out.n > 1 && out.r > 0 && out.p > 0;
    const bool pbkdf2 = out.scheme == QLatin1String("pbkdf2-sha256") && out.iterations > 0;
    if ((!scrypt && !pbkdf2) || out.salt.isEmpty() || out.key.isEmpty())
        return Result<Parsed>::failure(PasswordHasher::tr("the stored password hash is not in a known format"));
    return out;
}

QString encode(const QString& scheme, const QString& params, const QByteArray& salt, const QByteArray& key)
{
    return QLatin1Char('$') + scheme + QLatin1Char('$') + params + QLatin1Char('$') + QString::fromLatin1(salt.toBase64())
        + QLatin1Char('$') + QString::fromLatin1(key.toBase64());
}

} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    auto salt = crypto::Crypto::randomBytes(kSaltBytes);
    if (!salt)
        return Result<QString>(salt.status());
    crypto::ScryptParams params{quint64(1) << kScryptLogN, kScryptR, kScryptP};
    auto key = crypto::Crypto::scrypt(password.toUtf8(), salt.value(), params, kKeyBytes);
    if (!key)
        return Result<QString>(key.status());
    return encode(QStringLiteral("scrypt"), QStringLiteral("ln=%1,r=%2,p=%3").arg(kScryptLogN).arg(kScryptR).arg(kScryptP),
                  salt.value(), key.value());
}

Result<QString> PasswordHasher::hashPbkdf2(const QString& password, quint32 iterations)
{
    auto salt = crypto::Crypto::randomBytes(kSaltBytes);
    if (!salt)
        return Result<QString>(salt.status());
    auto key = crypto::Crypto::pbkdf2Sha256(password.toUtf8(), salt.value(), iterations, kKeyBytes);
    if (!key)
        return Result<QString>(key.status());
    return encode(QStringLiteral("pbkdf2-sha256"), QStringLiteral("i=%1").arg(iterations), salt.value(), key.value());
}

Result<bool> PasswordHasher::verify(const QString& password, const QString& encoded)
{
    auto parsed = parse(encoded);
    if (!parsed)
        return Result<bool>(parsed.status());
    const Parsed& p = parsed.value();
    Result<QByteArray> key = p.scheme == QLatin1String("scrypt")
        ? crypto::Crypto::scrypt(password.toUtf8(), p.salt, crypto::ScryptParams{p.n, p.r, p.p}, int(p.key.size()))
        : crypto::Crypto::pbkdf2Sha256(password.toUtf8(), p.salt, p.iterations, int(p.key.size()));
    if (!key)
        return Result<bool>(key.status());
    return crypto::Crypto::constantTimeEquals(key.value(), p.key);
}

bool PasswordHasher::needsRehash(const QString& encoded)
{
    auto parsed = parse(encoded);
    if (!parsed)
        return true;
    const Parsed& p = parsed.value();
    if (p.scheme == QLatin1String("scrypt"))
        return p.n < (quint64(1) << kScryptLogN) || p.r < kScryptR || p.p < kScryptP || p.salt.size() < kSaltBytes;
    return p.iterations < kPbkdf2MinIterations || p.salt.size() < kSaltBytes;
}

Status PasswordHasher::checkPolicy(const QString& password, const QString& operatorName)
{
    if (password.size() < kMinPasswordLength)
        return Status::failure(PasswordHasher::tr("a password needs at least %1 characters").arg(kMinPasswordLength));
    if (password.compare(operatorName, Qt::CaseInsensitive) == 0)
        return Status::failure(PasswordHasher::tr("the password must not be the operator's name"));
    if (password.trimmed().isEmpty())
        return Status::failure(PasswordHasher::tr("a password cannot be only spaces"));
    return Status::success();
}

} // namespace lx::auth
