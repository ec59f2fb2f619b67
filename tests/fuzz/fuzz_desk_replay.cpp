// Desk replay input (JSON Lines of customer messages) through the default escalation policy on
// the shipped China calendar: every line is a decision or a numbered skip.
#include "FuzzSupport.h"

#include "desk/DeskReplay.h"
#include "desk/EscalationPolicy.h"

#include <QBuffer>

using namespace lx::desk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    DeskReplay replay(EscalationPolicy(PolicyConfig::defaults(), BusinessCalendar::chinaDefault()));
    qint64 decisions = 0;
    qint64 skipped = 0;
    const ReplayStats stats = replay.run(
        buffer, [&](const QJsonObject&) { ++decisions; }, [&](const QString&) { ++skipped; });
    if (stats.messages != decisions || stats.skipped != skipped)
        abort(); // the counts the CLI prints are what it emitted
    return 0;
}
