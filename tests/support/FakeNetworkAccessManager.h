#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <functional>

// A QNetworkAccessManager that never touches the network: each request is answered by a
// handler with a canned status, headers and body (optionally delayed, failing or hanging).
class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport error
        int delayMs = 0;
        bool hang = false; // never finishes (until aborted)
    };
    struct Recorded {
        Operation operation;
        QNetworkRequest request;
        QByteArray body;
    };
    using Handler = std::function<Response(const Recorded &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers requests in order with these responses (the handler, if any, comes after).
    void enqueue(const Response &response) { m_queue.append(response); }
    const QList<Recorded> &requests() const { return m_requests; }
    // Replies made and not finished yet (a delayed answer still to come, or one that hangs).
    int unfinishedReplies() const;
    // Holding, request bodies are not read when a request is made (its Recorded body stays
    // empty) but when releaseBodies() is called, which then reports them written out
    // (uploadProgress), as Qt's network thread does later. Else that report comes queued.
    void setHoldBodies(bool hold) { m_holdBodies = hold; }
    // Reads the bodies held (of requests whose body still exists); how many there were.
    int releaseBodies();

    static Response json(const QByteArray &body, int status = 200);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<Response> m_queue;
    QList<Recorded> m_requests;
    QList<QPointer<QNetworkReply>> m_replies;
    bool m_holdBodies = false;
    struct Held {
        int index; // in m_requests
        QPointer<QIODevice> body;
        QPointer<QNetworkReply> reply;
    };
    QList<Held> m_heldBodies;
};
