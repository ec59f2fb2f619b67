#include "profiles/Pseudonymizer.h"

#include "common/InputFile.h"

#include "crypto/Crypto.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStandardPaths>

namespace lx::profiles {

namespace {

const QString kWrappedKeySetting = QStringLiteral("privacy.pseudonym_key");

QString keyringFile(const QString& workspaceId)
{
    return QDir(Pseudonymizer::keyringDirectory()).filePath(workspaceId + QStringLiteral(".key"));
}

Result<QByteArray> readKek(const QString& path)
{
    auto bytes = InputFile::read(path, 4096, QStringLiteral("a key file")); // 64 hex digits and a line break
    if (!bytes)
        return Result<QByteArray>::failure(path);
    const QByteArray kek = QByteArray::fromHex(bytes.value().trimmed());
    if (kek.size() != 32)
        return Result<QByteArray>::failure(path);
    return kek;
}

Status writeKek(const QString& path, const QByteArray& kek)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(kek.toHex() + '\n');
    if (!f.commit())
        return Status::failure(f.errorString());
    return Status::success();
}

} // namespace

QString Pseudonymizer::keyringDirectory()
{
    const QString overridden = qEnvironmentVariable("LINGXI_KEYRING_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("keyring"));
}

Result<Pseudonymizer> Pseudonymizer::forWorkspace(store::Workspace& workspace)
{
    QSqlDatabase db = workspace.reader();
    auto workspaceId = store::SettingsTable::value(db, QStringLiteral("workspace_id"));
    if (!workspaceId)
        return Result<Pseudonymizer>(workspaceId.status());
    auto wrapped = store::SettingsTable::value(db, kWrappedKeySetting);
    if (!wrapped)
        return Result<Pseudonymizer>(wrapped.status());
    const QString path = keyringFile(workspaceId.value());
    const QByteArray aad = workspaceId.value().toUtf8();

    if (!wrapped.value().isEmpty()) {
        auto kek = readKek(path);
        if (!kek)
            return Result<Pseudonymizer>::failure(
                tr("the key that protects this workspace's pseudonyms is not on this machine (expected at %1); "
                   "copy it from the machine that created the workspace")
                    .arg(path));
        auto key = crypto::Crypto::aesGcmDecrypt(kek.value(), QByteArray::fromBase64(wrapped.value().toLatin1()), aad);
        if (!key || key.value().size() != 32)
            return Result<Pseudonymizer>::failure(tr("the key file %1 does not belong to this workspace").arg(path));
        return Pseudonymizer(key.value());
    }

    // First use: a fresh secret and a fresh key-encryption key. The keyring file is written
    // before the wrapped secret is committed, so a crash in between leaves no secret without key.
    auto key = crypto::Crypto::randomBytes(32);
    auto kek = crypto::Crypto::randomBytes(32);
    if (!key || !kek)
        return Result<Pseudonymizer>::failure(tr("no secure random numbers for the workspace key"));
    auto existingKek = readKek(path);
    const QByteArray useKek = existingKek ? existingKek.value() : kek.value();
    if (!existingKek) {
        if (auto st = writeKek(path, useKek); !st)
            return Result<Pseudonymizer>::failure(tr("cannot write the workspace key to %1: %2").arg(path, st.error()));
    }
    auto sealed = crypto::Crypto::aesGcmEncrypt(useKek, key.value(), aad);
    if (!sealed)
        return Result<Pseudonymizer>(sealed.status());
    const QString encoded = QString::fromLatin1(sealed.value().toBase64());
    auto stored = workspace.writer().runSync(
        [encoded](QSqlDatabase& wdb) -> Result<QVariant> {
            // Another connection may have won the race: keep the first secret.
            auto current = store::SettingsTable::value(wdb, kWrappedKeySetting);
            if (!current)
                return Result<QVariant>(current.status());
            if (!current.value().isEmpty())
                return QVariant(current.value());
            if (auto st = store::SettingsTable::setValue(wdb, kWrappedKeySetting, encoded); !st)
                return Result<QVariant>(st);
            return QVariant(encoded);
        },
        store::Durability::Full);
    if (!stored)
        return Result<Pseudonymizer>(stored.status());
    if (stored.value().toString() != encoded) {
        auto again = crypto::Crypto::aesGcmDecrypt(useKek, QByteArray::fromBase64(stored.value().toString().toLatin1()), aad);
        if (!again)
            return Result<Pseudonymizer>::failure(tr("the key file %1 does not belong to this workspace").arg(path));
        return Pseudonymizer(again.value());
    }
    return Pseudonymizer(key.value());
}

QByteArray Pseudonymizer::pseudonym(const QString& kind, const QString& normalisedValue) const
{
    return crypto::Crypto::hmacSha256(m_key, kind.toUtf8() + '\x1f' + normalisedValue.toUtf8());
}

QString Pseudonymizer::userReference(const QString& platform, const QString& platformUserId) const
{
    return QStringLiteral("u:") + QString::fromLatin1(pseudonym(QStringLiteral("user"), platform + u':' + platformUserId).left(8).toHex());
}

namespace Mask {

QString phone(const QString& digits)
{
    if (digits.size() <= 4)
        return QString(digits.size(), u'*');
    const int keepHead = digits.size() >= 11 ? 3 : 2;
    const int keepTail = digits.size() >= 11 ? 4 : 2;
    return digits.left(keepHead) + QString(digits.size() - keepHead - keepTail, u'*') + digits.right(keepTail);
}

QString idCard(const QString& id)
{
    if (id.size() <= 7)
        return QString(id.size(), u'*');
    return id.left(3) + QString(id.size() - 7, u'*') + id.right(4);
}

QString name(const QString& name)
{
    const QList<uint> cps = name.toUcs4();
    if (cps.isEmpty())
        return {};
    QString first = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()), 1);
    if (cps.size() == 1)
        return QStringLiteral("*");
    return first + QString(qMax(1, int(cps.size()) - 1), u'*');
}

} // namespace Mask

} // namespace lx::profiles
