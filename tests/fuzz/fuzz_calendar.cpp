// Business calendars (JSON): a calendar that parses can answer every question the desk asks.
#include "FuzzSupport.h"

#include "desk/BusinessCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto cal = lx::desk::BusinessCalendar::fromJson(lx::fuzz::bytesOf(data, size));
    if (!cal)
        return 0;
    const lx::desk::BusinessCalendar& c = cal.value();
    const qint64 t = 1767225600000LL; // 2026-01-01T00:00:00Z
    (void)c.isOpen(t);
    (void)c.businessMsBetween(t, t + 14 * lx::desk::BusinessCalendar::kDay_ms);
    (void)c.addBusinessMs(t, 8 * 3600 * 1000LL);
    (void)c.isoLocal(t);
    (void)c.yearsCovered();
    (void)lx::desk::BusinessCalendar::fromJson(c.toJson());
    return 0;
}
