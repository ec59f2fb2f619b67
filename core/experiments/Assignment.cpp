#include "experiments/Assignment.h"

#include "crypto/Crypto.h"

namespace lx::experiments {

double Assignment::position(const QString& salt, const QString& userId)
{
    // Length-prefixed, so that ("ab", "c") and ("a", "bc") do not collide.
    const QByteArray s = salt.toUtf8();
    const QByteArray u = userId.toUtf8();
    const QByteArray digest = crypto::Crypto::sha256(QByteArray::number(s.size()) + ':' + s + ':' + u);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest.at(i));
    // The top 53 bits fill a double's mantissa exactly.
    return double(v >> 11) / double(quint64(1) << 53);
}

int Assignment::variant(const QString& salt, const QString& userId, const QList<double>& weights)
{
    double total = 0;
    for (double w : weights)
        total += w > 0 ? w : 0;
    if (total <= 0)
        return -1;
    const double at = position(salt, userId) * total;
    double cumulative = 0;
    int last = -1;
    for (int i = 0; i < weights.size(); ++i) {
        if (weights.at(i) <= 0)
            continue;
        cumulative += weights.at(i);
        last = i;
        if (at < cumulative)
            return i;
    }
    return last;
}

} // namespace lx::experiments
