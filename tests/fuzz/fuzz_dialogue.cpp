// Dialogue flows (JSON): flows that parse and validate can be followed for every round.
#include "FuzzSupport.h"

#include "content/DialogueFlow.h"

using namespace lx::content;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto flows = DialogueFlow::parse(lx::fuzz::bytesOf(data, size));
    if (!flows)
        return 0;
    (void)DialogueFlow::toJson(flows.value());
    if (!DialogueFlow::validate(flows.value()))
        return 0;
    for (const DialogueFlow& flow : flows.value())
        for (int round = 1; round <= flow.rounds.size() + 1; ++round) {
            const bool inFlow = round <= flow.rounds.size();
            // A valid flow has a default branch in every round: it always answers.
            if (flow.step(round, QStringLiteral("太贵了，有优惠吗"), QStringLiteral("negative")).ok() != inFlow)
                abort();
            if (flow.step(round).ok() != inFlow)
                abort();
        }
    return 0;
}
