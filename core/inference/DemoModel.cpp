#include "inference/DemoModel.h"

#include "auth/AuthService.h"
#include "inference/DeskSentiment.h"
#include "inference/ModelRegistry.h"
#include "inference/SentimentData.h"
#include "inference/SentimentModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace lx::inference {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}
} // namespace

Result<desk::SentimentFn> addDemoModel(auth::AuthService& auth, const auth::Session& supervisor)
{
    using R = Result<desk::SentimentFn>;
    // The reader takes a file on disk (it refuses anything else); the lines ship as a resource.
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(tr("cannot create a temporary folder for the demo model"));
    const QString path = dir.filePath(QStringLiteral("demo_reviews.csv"));
    if (!QFile::copy(QStringLiteral(":/sentiment/demo_reviews.csv"), path))
        return R::failure(tr("the demo's training lines are missing from this build"));
    auto data = readDataset(path, canonicalLabels());
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
