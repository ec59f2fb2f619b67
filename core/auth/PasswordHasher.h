#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lx::auth {

// Password hashing with its parameters stored beside the hash, so they can be raised later:
//   $scrypt$ln=17,r=8,p=1$<salt base64>$<key base64>
//   $pbkdf2-sha256$i=600000$<salt base64>$<key base64>
// Every hash has its own random 16-byte salt; comparison is constant-time.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    PasswordHasher() = delete;

    static constexpr int kScryptLogN = 17;
    static constexpr quint32 kScryptR = 8;
    static constexpr quint32 kScryptP = 1;
    static constexpr quint32 kPbkdf2MinIterations = 600000;
    static constexpr int kMinPasswordLength = 8;

    static Result<QString> hash(const QString& password);
    static Result<QString> hashPbkdf2(const QString& password, quint32 iterations = kPbkdf2MinIterations);
    // Fails (rather than answering false) when the stored text is not a hash this build can read.
    static Result<bool> verify(const QString& password, const QString& encoded);
    // True when the stored parameters are below today's policy.
    static bool needsRehash(const QString& encoded);
    // Checks a new password against the policy; the reason is shown to the user.
    static Status checkPolicy(const QString& password, const QString& operatorName);
};

} // namespace lx::auth
