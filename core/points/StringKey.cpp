#include "points/StringKey.h"

namespace lx::points {

size_t qHash(const StringKey& key, size_t seed) noexcept
{
    constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
    constexpr quint64 kFnvPrime = 0x100000001b3ULL;
    quint64 h = kFnvOffset ^ quint64(seed);
    for (const QChar c : key.text) {
        h ^= c.unicode();
        h *= kFnvPrime;
    }
    // MurmurHash3's fmix64.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return size_t(h);
}

} // namespace lx::points
