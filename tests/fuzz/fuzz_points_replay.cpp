// Points replay input (JSON Lines of actions) under the shipped example rules: every line is
// applied, refused, a duplicate or a numbered reject.
#include "FuzzSupport.h"

#include "points/PointsReplay.h"

#include <QBuffer>
#include <QFile>

using namespace lx::points;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const PointsRules rules = [] {
        QFile f(QStringLiteral(LX_FUZZ_POINTS_RULES));
        if (!f.open(QIODevice::ReadOnly))
            abort();
        auto r = PointsRules::fromJson(f.readAll());
        if (!r)
            abort();
        return r.take();
    }();
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PointsReplay replay(rules);
    (void)replay.run(buffer);
    return 0;
}
