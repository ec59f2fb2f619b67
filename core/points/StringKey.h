#pragma once

#include <QString>

#include <cstddef>

namespace lx::points {

// A QString as a QHash/QSet key with a cheaper hash than Qt's own. Qt 6.4 built for generic
// x86-64 (as Debian ships it) hashes strings with SipHash, about 180 ns for a short id; a replay
// does four or five lookups an action among a million ids, so that was most of its time. This is
// FNV-1a over the UTF-16 units, started from QHash's per-process seed and finished with a
// 64-bit mixer so the low bits QHash picks buckets with are spread: about 4x faster tables.
struct StringKey
{
    QString text;

    friend bool operator==(const StringKey& a, const StringKey& b) { return a.text == b.text; }
    friend bool operator!=(const StringKey& a, const StringKey& b) { return a.text != b.text; }
};

size_t qHash(const StringKey& key, size_t seed) noexcept;

} // namespace lx::points
