#include "inference/SentimentEngine.h"

#include "inference/ModelRegistry.h"
#include "inference/SentimentModel.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

namespace lx::inference {

struct SentimentEngine::Request
{
    QStringList texts;
    bool single = true;
    QPromise<Result<Prediction>> one;
    QPromise<Result<std::vector<Prediction>>> many;

    void fail(const QString& reason)
    {
        if (single) {
            one.addResult(Result<Prediction>::failure(reason));
            one.finish();
        } else {
            many.addResult(Result<std::vector<Prediction>>::failure(reason));
            many.finish();
        }
    }
};

SentimentEngine::SentimentEngine(QObject* parent) : QObject(parent)
{
    m_worker = std::thread([this] { run(); });
}

SentimentEngine::~SentimentEngine()
{
    {
        std::lock_guard<std::mutex> lock(m_lock);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
    for (auto& r : m_queue)
        r->fail(QCoreApplication::translate("lx::inference", "The sentiment service stopped"));
}

void SentimentEngine::setModel(std::shared_ptr<SentimentPredictor> model)
{
    {
        std::lock_guard<std::mutex> lock(m_lock);
        m_model = std::move(model);
    }
    Q_EMIT modelChanged();
}

Status SentimentEngine::loadActive(const ModelRegistry& registry, const QString& device)
{
    auto model = registry.loadActive(device);
    if (!model)
        return model.status();
    setModel(model.value());
    return Status::success();
}

QString SentimentEngine::deviceName() const
{
    std::lock_guard<std::mutex> lock(m_lock);
    return m_model ? m_model->deviceName() : QString();
}

QStringList SentimentEngine::labels() const
{
    std::lock_guard<std::mutex> lock(m_lock);
    return m_model ? m_model->labels() : QStringList();
}

QFuture<Result<Prediction>> SentimentEngine::classify(const QString& text)
{
    auto r = std::make_shared<Request>();
    r->texts = {text};
    r->single = true;
    r->one.start();
    QFuture<Result<Prediction>> f = r->one.future();
    {
        std::lock_guard<std::mutex> lock(m_lock);
        m_queue.push_back(r);
    }
    m_wake.notify_one();
    return f;
}

QFuture<Result<std::vector<Prediction>>> SentimentEngine::classifyAll(const QStringList& texts)
{
    auto r = std::make_shared<Request>();
    r->texts = texts;
    r->single = false;
    r->many.start();
    QFuture<Result<std::vector<Prediction>>> f = r->many.future();
    {
        std::lock_guard<std::mutex> lock(m_lock);
        m_queue.push_back(r);
    }
    m_wake.notify_one();
    return f;
}

void SentimentEngine::run()
{
    configureThreads();
    for (;;) {
        std::vector<std::shared_ptr<Request>> batch;
        std::shared_ptr<SentimentPredictor> model;
        {
            std::unique_lock<std::mutex> lock(m_lock);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            int texts = 0;
            while (!m_queue.empty() && (batch.empty() || texts + m_queue.front()->texts.size() <= kMaxBatch)) {
                texts += int(m_queue.front()->texts.size());
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            model = m_model;
        }
        if (!model) {
            for (auto& r : batch)
                r->fail(QCoreApplication::translate("lx::inference",
                                                    "No sentiment model is active: train one in Models and activate it"));
            continue;
        }
        QStringList all;
        for (const auto& r : batch)
            all += r->texts;
        const Result<std::vector<Prediction>> result = model->answer(all);
        if (!result) {
            for (auto& r : batch)
                r->fail(result.error());
            continue;
        }
        const std::vector<Prediction>& answers = result.value();
        size_t at = 0;
        for (auto& r : batch) {
            if (r->single) {
                r->one.addResult(Result<Prediction>(answers[at]));
                r->one.finish();
            } else {
                r->many.addResult(Result<std::vector<Prediction>>(
                    std::vector<Prediction>(answers.begin() + long(at), answers.begin() + long(at) + r->texts.size())));
                r->many.finish();
            }
            at += size_t(r->texts.size());
        }
    }
}

} // namespace lx::inference
