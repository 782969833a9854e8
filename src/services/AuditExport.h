#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QString>

#include <memory>

class AuditApi;
class QSaveFile;

// Writes every audit event of a filter (all pages, not only what a view has loaded) to a local
// file, CSV or JSON, page by page as they come. The file appears only when the last page is
// written (QSaveFile): a cancel or a failure leaves no file and no partial file behind.
// CSV: a header row, RFC 4180 quoting, CRLF line ends, times in UTC RFC 3339; the platform's
// export columns (User, Target, Action type, Action, Description, Time, Outcome) and the event's
// Id. JSON: an array of objects with the API's field names (id, user { email }, target, action,
// actionType, outcome, description, timestamp). A page refused for its estimated cost is asked
// again smaller, as the Activity pane's model does.
class AuditExport : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Json };
    static constexpr int MaxPageSize = 100;
    static constexpr int MinPageSize = 5;

    explicit AuditExport(AuditApi *api, QObject *parent = nullptr);
    ~AuditExport() override;

    void setPageSize(int size);
    // Starts writing `path`; false (and `error`) when the file cannot be opened.
    bool start(const AuditFilter &filter, Format format, const QString &path,
               QString *error = nullptr);
    // Stops after the page on its way; the file is not written.
    void cancel();
    bool isRunning() const { return m_running; }
    int written() const { return m_written; }
    int pages() const { return m_pages; }
    int total() const { return m_total; }

    // One CSV line (no line end) of RFC 4180 fields; and one event as the export writes it.
    static QByteArray csvLine(const QStringList &fields);
    static QByteArray csvHeader();
    static QByteArray csvRow(const AuditEvent &event);
    static QByteArray jsonObject(const AuditEvent &event);

Q_SIGNALS:
    // After each page: events written so far, the server's total, pages fetched.
    void progress(int written, int total, int pages);
    void finished(const QString &path, int written);
    void failed(const QString &message);
    void canceled();

private:
    void requestNext();
    void onPage(const ApiResult<AuditEventPage> &result, int first);
    void fail(const QString &message);

    AuditApi *m_api;
    std::unique_ptr<QSaveFile> m_file;
    AuditFilter m_filter;
    Format m_format = Format::Csv;
    int m_pageSize = MaxPageSize;
    QString m_after;
    int m_written = 0;
    int m_pages = 0;
    int m_total = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};
