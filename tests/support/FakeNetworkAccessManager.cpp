#include "FakeNetworkAccessManager.h"

#include <QTimer>

#include <utility>

namespace {
class FakeReply : public QNetworkReply {
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const FakeNetworkAccessManager::Response &response, QObject *parent)
        : QNetworkReply(parent)
        , m_body(response.body) {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (response.hang)
            return;
        QTimer::singleShot(response.delayMs, this, [this, response] {
            if (m_aborted)
                return;
            if (response.error != NoError) {
                setError(response.error, QStringLiteral("Simulated network failure"));
                Q_EMIT errorOccurred(response.error);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
                setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                             response.status < 300 ? QByteArrayLiteral("OK")
                                                   : QByteArrayLiteral("Error"));
                for (const auto &[name, value] : response.headers)
                    setRawHeader(name, value);
                if (response.status >= 400) {
                    const auto code = response.status == 401   ? AuthenticationRequiredError
                                      : response.status == 404 ? ContentNotFoundError
                                      : response.status >= 500 ? InternalServerError
                                                               : ProtocolInvalidOperationError;
                    setError(code, QStringLiteral("HTTP %1").arg(response.status));
                }
                Q_EMIT metaDataChanged();
                Q_EMIT readyRead();
            }
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override {
        if (isFinished())
            return;
        m_aborted = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        if (m_offset >= m_body.size())
            return isFinished() ? -1 : 0;
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_aborted = false;
};
} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent) {}

FakeNetworkAccessManager::Response FakeNetworkAccessManager::json(const QByteArray &body,
                                                                  int status) {
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData) {
    const bool hold = m_holdBodies && outgoingData;
    Recorded recorded{op, request, outgoingData && !hold ? outgoingData->readAll() : QByteArray()};
    m_requests.append(recorded);
    Response response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(recorded);
    else
        response.status = 404;
    auto *reply = new FakeReply(op, request, response, this);
    m_replies.append(reply);
    if (hold) {
        m_heldBodies.append({int(m_requests.size()) - 1, outgoingData, reply});
    } else if (outgoingData) {
        // As Qt's network thread reports a body written out: later, through the event loop.
        const qint64 size = recorded.body.size();
        QMetaObject::invokeMethod(
            reply, [reply, size] { Q_EMIT reply->uploadProgress(size, size); },
            Qt::QueuedConnection);
    }
    return reply;
}

int FakeNetworkAccessManager::releaseBodies() {
    int count = 0;
    for (const auto &[index, body, reply] : std::exchange(m_heldBodies, {})) {
        if (body) {
            m_requests[index].body = body->readAll();
            ++count;
            if (reply) {
                const qint64 size = m_requests[index].body.size();
                Q_EMIT reply->uploadProgress(size, size); // written out
            }
        }
    }
    return count;
}

int FakeNetworkAccessManager::unfinishedReplies() const {
    int count = 0;
    for (const QPointer<QNetworkReply> &reply : m_replies)
        count += reply && !reply->isFinished() ? 1 : 0;
    return count;
}
