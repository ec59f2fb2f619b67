#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lx::store {
class Workspace;
}

namespace lx::profiles {

// Keyed pseudonyms for direct identifiers (phone, ID-card number, real name): HMAC-SHA256 under
// a per-workspace secret. The secret is kept in the workspace only wrapped (AES-256-GCM) by a
// key-encryption key that lives outside the workspace file, in the operator's keyring folder
// ($LINGXI_KEYRING_DIR, else the application data folder's keyring/), one file per workspace id
// readable by its owner alone. A copy of the workspace file alone cannot re-identify anybody.
// A keyed hash is de-identification, not anonymisation: what it protects is still personal data.
class Pseudonymizer final
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonymizer)

public:
    // Loads the workspace's secret, creating secret and keyring entry on first use.
    static Result<Pseudonymizer> forWorkspace(store::Workspace& workspace);
    static QString keyringDirectory();

    // 32 bytes; the kind ("phone", "id_card", "name", "user") separates the domains.
    QByteArray pseudonym(const QString& kind, const QString& normalisedValue) const;
    // A short printable form for audit entries and logs: "u:" + 16 hex digits.
    QString userReference(const QString& platform, const QString& platformUserId) const;

private:
    explicit Pseudonymizer(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

// Display forms that keep just enough to recognise a record: 138****1234, 110***********123X, 张*.
namespace Mask {
QString phone(const QString& digits);
QString idCard(const QString& id);
QString name(const QString& name);
} // namespace Mask

} // namespace lx::profiles
