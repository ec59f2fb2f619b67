#include "inference/DemoModel.h"

#include "auth/AuthService.h"
#include "inference/DeskSentiment.h"
#include "inference/ModelRegistry.h"
#include "inference/SentimentData.h"
#include "inference/SentimentModel.h"


namespace lx::inference {

Result<desk::SentimentFn> addDemoModel(auth::AuthService& auth, const auth::Session& supervisor)
{
    using R = Result<desk::SentimentFn>;
    // The lines ship as a resource (InputFile reads :/ paths as it reads files).
    auto data = readDataset(QStringLiteral(":/sentiment/demo_reviews.csv"), canonicalLabels());
    if (!data)
        return R(data.status());
    TrainOptions options;
    options.folds = 3;
    options.maxEpochs = 8;
    auto report = trainModel(data.value(), options);
    if (!report)
        return R(report.status());
    ModelRegistry registry(auth);
    // A name is data, stored once, like the demo's other Chinese names (not a label of the interface).
    auto id = registry.registerModel(supervisor, report.value().model, QStringLiteral("演示：客服对话情感"));
    if (!id)
        return R(id.status());
    if (auto st = registry.activate(supervisor, id.value()); !st)
        return R(st);
    auto classifier = SentimentClassifier::fromData(report.value().model);
    if (!classifier)
        return R(classifier.status());
    std::shared_ptr<SentimentClassifier> model = classifier.take();
    return desk::SentimentFn([model](const QString& text) { return readSentiment(*model, text); });
}

} // namespace lx::inference
