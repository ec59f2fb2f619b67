#pragma once

#include <QList>
#include <QString>

namespace lx::experiments {

// Which variant a user sees: SHA-256 of the experiment's salt and the user's id, read as a
// number in [0, 1), against the cumulative traffic weights. The same user gets the same variant
// on every run and every machine, a new salt reshuffles everyone, and over many users the split
// follows the weights. Whether a user may be enrolled at all (consent to personalised marketing)
// is decided before this is asked.
class Assignment final
{
public:
    Assignment() = delete;

    // A number in [0, 1) from the salt and the user id.
    static double position(const QString& salt, const QString& userId);
    // Index of the variant (0-based) for weights in any positive scale; -1 without positive weights.
    static int variant(const QString& salt, const QString& userId, const QList<double>& weights);
};

} // namespace lx::experiments
