// The hygiene board's rules (TokenHygiene) at their edges, and HygieneModel against a scripted
// server: every page of users and of each user's tokens read to the end, one request at a time,
// and pages refused for their estimated cost asked again smaller without a word (fewer users
// first, then fewer tokens each).
#include "AccessTokenApi.h"
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
    int refusals = 0;
    int requests = 0;
    int maxUsersFirst = 0;
    int maxTokensFirst = 0;

    static FakeNetworkAccessManager::Response refused() {
        return FakeNetworkAccessManager::json(
            R"({"errors":[{"message":"query estimated cost exceeded configured maximum","extensions":{"code":"COST_ESTIMATED_TOO_EXPENSIVE"}}]})");
    }
    QJsonObject tokenConnection(int user, int start, int first) const {
        QJsonArray edges;
        for (int i = start; i < std::min(tokens, start + first); ++i) {
            QJsonObject node{{u"id"_s, u"t%1-%2"_s.arg(user).arg(i)},
                             {u"description"_s, i < 2 ? u"Moderne CLI"_s : u"token %1"_s.arg(i)},
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
    }

    // A page of users is one insertion and one recount, not one per user: the board pages in
    // 10,000 users' tokens without a signal storm (bench/run's hygiene-… figures).
    void aPageOfUsersIsOneInsertion() {
        Board board;
        auto &[fake, server, model, tester, completed] = board;
        server.users = 30;
        server.tokens = 2; // all of a user's tokens come with the user
        model.setPageSizes(10, 2);
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
};

QTEST_MAIN(TestHygieneModel)
#include "tst_hygienemodel.moc"
