// Graph CSV: the same bytes as a concepts file and as a relations file.
#include "FuzzSupport.h"

#include "graph/GraphCsv.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    lx::graph::GraphDocument doc;
    {
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        lx::graph::GraphCsv::readConcepts(b, QStringLiteral("concepts.csv"), doc);
    }
    {
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        lx::graph::GraphCsv::readRelations(b, QStringLiteral("relations.csv"), doc);
    }
    return 0;
}
