#include "graph/GraphPalette.h"

#include <QHash>

namespace lx::ui {

namespace {
// Stable across runs and machines (qHash is seeded per process): the same type, the same colour.
uint stableHash(const QString& key, uint salt)
{
    uint h = salt;
    for (const QChar c : key)
        h = h * 31u + c.unicode();
    return h;
}

// Distinguishable on white and in print (Tableau 10, slightly darkened).
const QRgb kExtra[] = {0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf, 0x6b6ecf, 0xad494a, 0x637939};
} // namespace

QColor GraphPalette::conceptColor(const QString& typeKey, int userIndex)
{
    static const QHash<QString, QRgb> builtin = {
        {QStringLiteral("product_feature"), 0x2ca02c},
        {QStringLiteral("technical_principle"), 0x1f77b4},
        {QStringLiteral("application_scenario"), 0xff7f0e},
        {QStringLiteral("product"), 0xd62728},
        {QStringLiteral("brand"), 0x9467bd},
    };
    if (auto it = builtin.constFind(typeKey); it != builtin.constEnd())
        return QColor(it.value());
    const uint slot = userIndex >= 0 ? uint(userIndex) : stableHash(typeKey, 17);
    return QColor(kExtra[slot % (sizeof(kExtra) / sizeof(kExtra[0]))]);
}

QColor GraphPalette::relationColor(const QString& typeKey, int userIndex)
{
    static const QHash<QString, QRgb> builtin = {
        {QStringLiteral("contains"), 0x5b7fa6},
        {QStringLiteral("belongs_to"), 0x8a8a8a},
        {QStringLiteral("affects"), 0x5e9c68},
        {QStringLiteral("substitutes"), 0xb07a3c},
    };
    if (auto it = builtin.constFind(typeKey); it != builtin.constEnd())
        return QColor(it.value());
    const uint slot = userIndex >= 0 ? uint(userIndex) + 3 : stableHash(typeKey, 31);
    return QColor(kExtra[slot % (sizeof(kExtra) / sizeof(kExtra[0]))]).lighter(115);
}

} // namespace lx::ui
