// The hygiene board's rules (TokenHygiene) at their edges, and HygieneModel against a scripted
// server: every page of users and of each user's tokens read to the end, one request at a time,
// and pages refused for their estimated cost asked again smaller without a word (fewer users
// first, then fewer tokens each); the next page asked for before a page is inserted, the pages
// inserted whole and together (the first at once), and a failure inserting the pages that came
// before it says so.
#include "AccessTokenApi.h"
#include "ApiParsing.h"
#include "FakeApi.h"
#include "HygieneModel.h"
#include "TokenHygiene.h"
#include "UserApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Flags = TokenHygiene::Flags;

namespace {
const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc());

AccessToken token(const QString &description, int createdDaysAgo, std::optional<int> expiresIn) {
    AccessToken result;
    result.id = description;
    result.description = description;
    result.created = now.addDays(-createdDaysAgo);
    if (expiresIn)
        result.expiresAt = now.addDays(*expiresIn);
    return result;
}

// `users` users, each with `tokens` tokens; refuses for cost a users page whose
// first × tokensFirst exceeds 30, and a UserTokens page of more than 4.
struct Server {
    int users = 30;
    int tokens = 7;
    int delayMs = 0;     // each answer comes this late
    int failUsersAt = 0; // this users request (1: the first) answers HTTP 500
    int usersRequests = 0;
    int refusals = 0;
    int requests = 0;
    int maxUsersFirst = 0;
    int maxTokensFirst = 0;

    static FakeNetworkAccessManager::Response refused() {
        return FakeNetworkAccessManager::json(
            R"({"errors":[{"message":"query estimated cost exceeded configured maximum","extensions":{"code":"COST_ESTIMATED_TOO_EXPENSIVE"}}]})");
    }
    // UUIDs (one in capitals) and other ids.
    static QString id(int user, int i) {
        if (i % 2 == 1)
            return u"t%1-%2"_s.arg(user).arg(i);
        const QString uuid =
            u"5eed7000-0000-4000-8000-%1"_s.arg(user * 100 + i, 12, 10, QLatin1Char('0'));
        return i == 4 ? uuid.toUpper() : uuid;
    }
    // Two CLI logins, then descriptions in both cases, with and without accents; with
    // `lateDuplicate`, the seventh repeats the third.
    bool lateDuplicate = false;
    QString description(int i) const {
        if (lateDuplicate && i == 6)
            return u" TOKEN 2"_s;
        switch (i) {
        case 0:
        case 1:
            return u"Moderne CLI"_s;
        case 3:
            return u"Übergabe %1"_s.arg(i);
        case 4:
            return u"über %1"_s.arg(i);
        case 5:
            return u"Token %1"_s.arg(i);
        default:
            return u"token %1"_s.arg(i);
        }
    }
    QJsonObject tokenConnection(int user, int start, int first) const {
        QJsonArray edges;
        for (int i = start; i < std::min(tokens, start + first); ++i) {
            QJsonObject node{{u"id"_s, id(user, i)},
                             {u"description"_s, description(i)},
                             {u"created"_s, now.addDays(-i).toString(Qt::ISODate)},
                             {u"expiresAt"_s, QJsonValue::Null}};
            edges.append(QJsonObject{{u"node"_s, node}, {u"cursor"_s, QString::number(i + 1)}});
        }
        const int end = start + int(edges.size());
        return {{u"count"_s, tokens},
                {u"edges"_s, edges},
                {u"pageInfo"_s, QJsonObject{{u"hasNextPage"_s, end < tokens},
                                            {u"endCursor"_s, QString::number(end)}}}};
    }
    FakeNetworkAccessManager::Response operator()(const FakeNetworkAccessManager::Recorded &req) {
        FakeNetworkAccessManager::Response response = answer(req);
        response.delayMs = delayMs;
        return response;
    }
    FakeNetworkAccessManager::Response answer(const FakeNetworkAccessManager::Recorded &req) {
        ++requests;
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QJsonObject variables = body.value(u"variables"_s).toObject();
        const int first = variables.value(u"first"_s).toInt();
        const int start = variables.value(u"after"_s).toString().toInt();
        if (body.value(u"operationName"_s).toString() == u"UserTokens"_s) {
            if (first > 4) {
                ++refusals;
                return refused();
            }
            maxTokensFirst = std::max(maxTokensFirst, first);
            const int user =
                variables.value(u"email"_s).toString().mid(1).section(u'@', 0, 0).toInt();
            QJsonObject node{{u"email"_s, variables.value(u"email"_s)},
                             {u"tokens"_s, tokenConnection(user, start, first)}};
            QJsonObject users{{u"edges"_s, QJsonArray{QJsonObject{{u"node"_s, node}}}}};
            return FakeNetworkAccessManager::json(
                QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"users"_s, users}}}}).toJson());
        }
        if (++usersRequests == failUsersAt)
            return FakeNetworkAccessManager::json(R"({"message":"boom"})", 500);
        const int tokensFirst = variables.value(u"tokensFirst"_s).toInt();
        if (first * tokensFirst > 30) {
            ++refusals;
            return refused();
        }
        maxUsersFirst = std::max(maxUsersFirst, first);
        QJsonArray edges;
        for (int i = start; i < std::min(users, start + first); ++i) {
            QJsonObject node{{u"id"_s, u"u%1"_s.arg(i)},
                             {u"email"_s, u"u%1@moderne.example"_s.arg(i)},
                             {u"username"_s, u"u%1"_s.arg(i)},
                             {u"role"_s, i % 10 == 0 ? u"ADMIN"_s : u"USER"_s},
                             {u"lastActive"_s, now.addDays(-i * 10).toString(Qt::ISODate)},
                             {u"tokens"_s, tokenConnection(i, 0, tokensFirst)}};
            edges.append(QJsonObject{{u"node"_s, node}, {u"cursor"_s, QString::number(i + 1)}});
        }
        const int end = start + int(edges.size());
        QJsonObject connection{
            {u"count"_s, users},
            {u"edges"_s, edges},
            {u"pageInfo"_s,
             QJsonObject{{u"hasNextPage"_s, end < users}, {u"endCursor"_s, QString::number(end)}}}};
        return FakeNetworkAccessManager::json(
            QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"users"_s, connection}}}})
                .toJson());
    }
};

// A HygieneModel over the scripted server (its sizes may change until reload()), checked by
// QAbstractItemModelTester, its rules' clock at `now`.
struct Board {
    Board() {
        fake.network.setHandler(std::ref(server));
        TokenHygiene::Context context;
        context.now = now;
        model.setContext(context);
    }

    FakeApi fake;
    Server server;
    HygieneModel model{fake.api.users(), fake.api.tokens()};
    std::unique_ptr<QAbstractItemModelTester> tester = modelTester(&model);
    QSignalSpy completed{&model, &HygieneModel::completed};
};
} // namespace

class TestHygieneModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rulesAtTheirEdges() {
        TokenHygiene::Context context;
        context.now = now;
        context.capDays = 30;
        context.inactiveDays = 90;
        TokenHygiene::Owner active{u"a@x"_s, u"USER"_s, now.addDays(-90)};
        // Exactly 90 days is not "more than 90".
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), active, context, false), Flags());
        TokenHygiene::Owner inactive{u"b@x"_s, u"USER"_s, now.addDays(-90).addSecs(-1)};
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), inactive, context, false),
                 Flags(TokenHygiene::InactiveOwner));
        TokenHygiene::Owner never{u"c@x"_s, u"USER"_s, std::nullopt};
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), never, context, false),
                 Flags(TokenHygiene::InactiveOwner));
        // A lifetime of exactly the cap is within it; a day more outlives it; no cap, no flag.
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 10, 20), active, context, false), Flags());
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 10, 21), active, context, false),
                 Flags(TokenHygiene::OutlivesCap));
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 10, std::nullopt), active, context, false),
                 TokenHygiene::NeverExpires | TokenHygiene::OutlivesCap);
        TokenHygiene::Context uncapped = context;
        uncapped.capDays.reset();
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 10, 21), active, uncapped, false), Flags());
        // Expired at `now` exactly; an expired token outlives nothing.
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 100, 0), active, context, false),
                 Flags(TokenHygiene::Expired));
        // The 14-day rule: v1 administrators only, from their last activity.
        TokenHygiene::Owner admin{u"d@x"_s, u"ADMIN"_s, now.addDays(-14)};
        TokenHygiene::Owner recentAdmin{u"e@x"_s, u"ADMIN"_s, now.addDays(-13)};
        TokenHygiene::Owner neverAdmin{u"f@x"_s, u"ADMIN"_s, std::nullopt};
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), admin, context, false), Flags());
        context.v1 = true;
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), admin, context, false),
                 Flags(TokenHygiene::AdminRuleLapsed));
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), recentAdmin, context, false), Flags());
        QVERIFY(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), neverAdmin, context, false)
                    .testFlag(TokenHygiene::AdminRuleLapsed));
        QCOMPARE(TokenHygiene::flagsOf(token(u"a"_s, 1, 10), active, context, false), Flags());
        // Duplicates: trimmed and case-insensitive; no description is never one.
        QCOMPARE(TokenHygiene::duplicateKey(token(u" Moderne CLI "_s, 1, 1)),
                 TokenHygiene::duplicateKey(token(u"moderne cli"_s, 1, 1)));
        QVERIFY(TokenHygiene::duplicateKey(token(u"  "_s, 1, 1)).isEmpty());
    }

    void everyPageWithCostRefusalsLowered() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        QSignalSpy failed(&model, &HygieneModel::loadFailed);
        QCOMPARE(server.requests, 0); // nothing before reload()
        model.reload();
        QVERIFY(completed.wait(10000));
        QVERIFY(failed.isEmpty());
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), server.users * server.tokens);
        QVERIFY(server.refusals > 0);
        QVERIFY(server.maxUsersFirst * model.tokensPageSize() <= 30);
        QVERIFY(server.maxTokensFirst <= 4);
        // Each user's two "Moderne CLI" tokens are duplicates, on whatever page they came.
        QCOMPARE(model.count(TokenHygiene::Duplicate), server.users * 2);
        QCOMPARE(model.count(TokenHygiene::NeverExpires), server.users * server.tokens);
        // Every token as the server sent it.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const AccessToken token = model.token(row);
            QCOMPARE(model.index(row, 0).data(HygieneModel::IdRole).toString(), token.id);
            const int user = model.ownerOf(model.row(row)).email.mid(1).section(u'@', 0, 0).toInt();
            const int i = int(now.daysTo(token.created)) * -1;
            QCOMPARE(token.id, Server::id(user, i));
            QCOMPARE(token.description, server.description(i));
            QCOMPARE(token.created, now.addDays(-i));
            QVERIFY(!token.expiresAt);
            ids.insert(token.id);
        }
        QCOMPARE(ids.size(), model.rowCount());
    }

    // The next page's cursor read from an answer's text: the users' when only they have a next
    // page, in whatever order and spacing; nothing when in doubt.
    void theNextCursorIsReadFromTheText() {
        const auto peek = [](const char *json) {
            return ApiParsing::peekNextCursor(QByteArray(json)).value_or(u"(none)"_s);
        };
        QCOMPARE(peek(R"({"data":{"users":{"edges":[{"node":{"tokens":{"edges":[],"pageInfo":
                 {"hasNextPage":false,"endCursor":"t1"}}}}],"pageInfo":{"hasNextPage":true,
                 "endCursor":"u50"}}}})"),
                 u"u50"_s);
        QCOMPARE(peek("{\"pageInfo\" : { \"hasNextPage\" :\n true , \"endCursor\"\t: \"u9\" } }"),
                 u"u9"_s);
        QCOMPARE(peek(R"({"pageInfo":{"endCursor":"u9","hasNextPage":true}})"), u"u9"_s);
        // The last page; a user with more tokens; an escaped cursor; none; an error; a
        // description that reads like a key.
        QCOMPARE(peek(R"({"pageInfo":{"hasNextPage":false,"endCursor":"u9"}})"), u"(none)"_s);
        QCOMPARE(peek(R"({"tokens":{"pageInfo":{"hasNextPage":true,"endCursor":"t2"}},
                 "pageInfo":{"hasNextPage":true,"endCursor":"u9"}})"),
                 u"(none)"_s);
        QCOMPARE(peek(R"({"pageInfo":{"hasNextPage":true,"endCursor":"u\u0039"}})"), u"(none)"_s);
        QCOMPARE(peek(R"({"pageInfo":{"hasNextPage":true}})"), u"(none)"_s);
        QCOMPARE(peek(R"({"errors":[{"message":"no"}],"data":null})"), u"(none)"_s);
        QCOMPARE(peek(R"({"description":"hasNextPage","pageInfo":{"hasNextPage":true,
                 "endCursor":"u9"}})"),
                 u"(none)"_s);
        QCOMPARE(peek(R"({"a":{"hasNextPage":true},"b":{"endCursor":"u9"}})"),
                 u"(none)"_s); // not in the same object
        QCOMPARE(peek(""), u"(none)"_s);
    }

    // A guess from an answer in an unusual order (the users' pageInfo first, a user's tokens
    // with more last) is asked for but never used: the board is what the parsed pages say.
    void aWrongGuessIsNotUsed() {
        FakeApi fake;
        int users = 0;
        int guesses = 0;
        int tokens = 0;
        fake.network.setHandler([&](const FakeNetworkAccessManager::Recorded &req) {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            const QJsonObject variables = body.value(u"variables"_s).toObject();
            const QString after = variables.value(u"after"_s).toString();
            if (body.value(u"operationName"_s).toString() == u"UserTokens"_s) {
                ++tokens;
                return FakeNetworkAccessManager::json(R"({"data":{"users":{"edges":[{"node":{
                    "email":"b@x","tokens":{"count":2,"pageInfo":{"hasNextPage":false,
                    "endCursor":"t2"},"edges":[{"node":{"id":"b2","description":"two",
                    "created":"2026-12-01T00:00:00Z","expiresAt":null},"cursor":"t2"}]}}}]}}})");
            }
            if (after == u"t1"_s) {
                ++guesses; // the guess: an empty page, which must not show
                return FakeNetworkAccessManager::json(
                    R"({"data":{"users":{"count":2,"pageInfo":{"hasNextPage":false,
                    "endCursor":null},"edges":[]}}})");
            }
            ++users;
            return FakeNetworkAccessManager::json(R"({"data":{"users":{"count":2,"pageInfo":{
                "hasNextPage":false,"endCursor":"u2"},"edges":[
                {"node":{"id":"a","email":"a@x","role":"USER","lastActive":null,"tokens":{
                 "count":1,"pageInfo":{"hasNextPage":false,"endCursor":"t0"},"edges":[{"node":{
                 "id":"a1","description":"one","created":"2026-12-01T00:00:00Z",
                 "expiresAt":null},"cursor":"t0"}]}},"cursor":"u1"},
                {"node":{"id":"b","email":"b@x","role":"USER","lastActive":null,"tokens":{
                 "count":2,"pageInfo":{"hasNextPage":true,"endCursor":"t1"},"edges":[{"node":{
                 "id":"b1","description":"one","created":"2026-12-01T00:00:00Z",
                 "expiresAt":null},"cursor":"t1"}]}},"cursor":"u2"}]}}})");
        });
        HygieneModel model(fake.api.users(), fake.api.tokens());
        const auto tester = modelTester(&model);
        QSignalSpy completed(&model, &HygieneModel::completed);
        QSignalSpy failed(&model, &HygieneModel::loadFailed);
        model.reload();
        QVERIFY(completed.wait(10000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(users, 1);
        QCOMPARE(tokens, 1);
        QCOMPARE(guesses, 1); // asked for, never shown
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.token(row).id;
        QCOMPARE(ids, (QStringList{u"a1"_s, u"b1"_s, u"b2"_s}));
    }

    // Without an insert interval, a page of users is one insertion and one recount, not one per
    // user: the board pages in 10,000 users' tokens without a signal storm (bench/run's
    // hygiene-… figures).
    void aPageOfUsersIsOneInsertion() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        server.users = 30;
        server.tokens = 2; // all of a user's tokens come with the user
        model.setPageSizes(10, 2);
        model.setInsertInterval(0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &HygieneModel::countsChanged);
        model.reload();
        QVERIFY(completed.wait(10000));
        QCOMPARE(server.refusals, 0);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), 20); // the second page's first row
        QCOMPARE(inserted.at(1).at(2).toInt(), 39);
        QVERIFY(changed.isEmpty());     // new rows come with their flags
        QCOMPARE(counts.size(), 1 + 3); // reload()'s clear, then one per page
        QCOMPARE(model.count(TokenHygiene::Duplicate), 60);
    }

    // The model's row order for each column is its SortRole's (what the proxy compares
    // otherwise), both ways, for every pair of rows.
    void lessThanIsTheSortRolesOrder() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        server.users = 12;
        server.tokens = 7;
        model.reload();
        QVERIFY(completed.wait(10000));
        QCOMPARE(model.rowCount(), 84);
        for (int column = 0; column < HygieneModel::ColumnCount; ++column) {
            for (int a = 0; a < model.rowCount(); ++a) {
                const QVariant left = model.index(a, column).data(HygieneModel::SortRole);
                for (int b = 0; b < model.rowCount(); ++b) {
                    const QVariant right = model.index(b, column).data(HygieneModel::SortRole);
                    const bool less = QVariant::compare(left, right) == QPartialOrdering::Less;
                    QVERIFY2(model.lessThan(a, b, column) == less,
                             qPrintable(u"column %1: %2 < %3"_s.arg(column).arg(left.toString(),
                                                                                right.toString())));
                }
            }
        }
    }

    // Sorted by another column than the owner's while loading, the view sorts the whole table
    // once the load is over, and shows the rows a later page flagged (here: a description
    // repeated on a later page of the user's tokens, each page inserted as it comes).
    void theViewSortsAndFiltersOnceLoaded() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        server.users = 12;
        server.tokens = 7;
        server.lateDuplicate = true;
        model.setPageSizes(3, 2);
        model.setInsertInterval(0);
        HygieneFilterModel view;
        view.setSourceModel(&model);
        const auto viewTester = modelTester(&view);
        view.setFlag(TokenHygiene::Duplicate);
        view.sort(HygieneModel::CreatedColumn, Qt::DescendingOrder);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QVERIFY(completed.wait(10000));
        QVERIFY(!changed.isEmpty()); // the third token became a duplicate after it was in
        QVERIFY(view.dynamicSortFilter());
        QCOMPARE(model.count(TokenHygiene::Duplicate), 12 * 4);
        QCOMPARE(view.rowCount(), 12 * 4);
        for (int row = 0; row < view.rowCount(); ++row) {
            QVERIFY(view.index(row, 0).data(HygieneModel::FlagsRole).toInt() &
                    TokenHygiene::Duplicate);
            if (row > 0) {
                const QVariant before =
                    view.index(row - 1, HygieneModel::CreatedColumn).data(HygieneModel::SortRole);
                const QVariant after =
                    view.index(row, HygieneModel::CreatedColumn).data(HygieneModel::SortRole);
                QVERIFY(QVariant::compare(before, after) != QPartialOrdering::Less);
            }
        }
    }

    // While loading (the default interval), the first page is inserted at once and the pages
    // after it together, whole and in order, one rowsInserted and one recount per insertion;
    // each page's answer asks for the next page before its rows go in (the server works on it
    // meanwhile). With an interval longer than the load: the first page, then the rest at the
    // end, before `completed`.
    void pagesAreInsertedTogetherWhileTheNextIsAsked() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        QCOMPARE(model.insertInterval(), int(HygieneModel::DefaultInsertInterval));
        server.users = 30;
        server.tokens = 2;
        server.delayMs = 5;
        model.setPageSizes(5, 2); // 6 pages of 10 rows
        model.setInsertInterval(60000);
        QList<std::pair<int, int>> insertions; // first row, requests sent by then
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    insertions.append({first, server.requests});
                    QCOMPARE((last + 1) % 10, 0); // whole pages
                });
        int rowsAtCompletion = -1;
        connect(&model, &HygieneModel::completed, this,
                [&] { rowsAtCompletion = model.rowCount(); });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &HygieneModel::countsChanged);
        model.reload();
        QVERIFY(completed.wait(10000));
        QCOMPARE(server.requests, 6);
        QCOMPARE(rowsAtCompletion, 60);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // the first page alone
        QCOMPARE(inserted.at(0).at(2).toInt(), 9);
        QVERIFY(insertions.at(0).second >= 2);      // the second page was asked for first
        QCOMPARE(inserted.at(1).at(1).toInt(), 10); // the other five at the end
        QCOMPARE(inserted.at(1).at(2).toInt(), 59);
        QCOMPARE(counts.size(), 1 + 2);
        QCOMPARE(model.count(TokenHygiene::Duplicate), 60);
        QVERIFY(!model.isBusy());

        // A short interval: several insertions while loading, each of whole pages, in order.
        server.requests = server.usersRequests = 0;
        server.delayMs = 30;
        model.setInsertInterval(50);
        insertions.clear();
        inserted.clear();
        model.reload();
        QVERIFY(completed.wait(10000));
        QCOMPARE(model.rowCount(), 60);
        QVERIFY2(inserted.size() >= 2 && inserted.size() <= 6,
                 qPrintable(QString::number(inserted.size())));
        int next = 0;
        for (const QList<QVariant> &insertion : std::as_const(inserted)) {
            QCOMPARE(insertion.at(1).toInt(), next);
            next = insertion.at(2).toInt() + 1;
        }
        QCOMPARE(next, 60);
        QVERIFY(insertions.at(0).second >= 2);
    }

    // A page that fails in the middle of paging (after the retries): the pages that came before
    // it are in, whole, when the failure is said; nothing more is asked, nothing is half in.
    void aFailureInsertsThePagesBeforeIt() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        fake.client.setReadRetries(0, 0);
        server.users = 30;
        server.tokens = 2;
        server.failUsersAt = 4; // pages 1-3 come, the fourth answers HTTP 500
        model.setPageSizes(5, 2);
        model.setInsertInterval(60000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy failed(&model, &HygieneModel::loadFailed);
        int rowsAtFailure = -1;
        connect(&model, &HygieneModel::loadFailed, this, [&] { rowsAtFailure = model.rowCount(); });
        model.reload();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.constFirst().at(0).toString().contains(u"500"_s),
                 qPrintable(failed.constFirst().at(0).toString()));
        QCOMPARE(rowsAtFailure, 30);
        QCOMPARE(inserted.size(), 2); // the first page, then the two after it
        QCOMPARE(inserted.at(1).at(1).toInt(), 10);
        QCOMPARE(inserted.at(1).at(2).toInt(), 29);
        QVERIFY(!model.isBusy());
        QVERIFY(!model.isComplete());
        QTest::qWait(100);
        QCOMPARE(server.usersRequests, 4); // nothing more was asked
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(completed.isEmpty());
    }
};

QTEST_MAIN(TestHygieneModel)
#include "tst_hygienemodel.moc"
