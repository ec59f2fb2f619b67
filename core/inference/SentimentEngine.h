#pragma once

#include "common/Result.h"
#include "inference/Predictor.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

template<typename T>
class QPromise;

namespace lx::inference {

class ModelRegistry;

// The sentiment service: one worker thread owns the model and answers requests in batches (all
// that are waiting, up to kMaxBatch, in one forward pass), so many small requests from the desk,
// the bot and the GUI cost what one batch costs. The model can be swapped while requests flow
// (reload without restarting): requests already taken finish on the old one.
class SentimentEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxBatch = 256;

    explicit SentimentEngine(QObject* parent = nullptr);
    ~SentimentEngine() override;

    void setModel(std::shared_ptr<SentimentPredictor> model);
    // Loads the registry's active model on the given device ("" = automatic: CUDA when present).
    Status loadActive(const ModelRegistry& registry, const QString& device = {});
    QString deviceName() const;
    QStringList labels() const;

    QFuture<Result<Prediction>> classify(const QString& text);
    QFuture<Result<std::vector<Prediction>>> classifyAll(const QStringList& texts);

Q_SIGNALS:
    void modelChanged();

private:
    struct Request;
    void run();

    mutable std::mutex m_lock;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<Request>> m_queue;
    std::shared_ptr<SentimentPredictor> m_model;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace lx::inference
