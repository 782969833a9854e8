// Which of a leaving user's tokens look like automation (UserOffboarding::automationSuspects):
// the same description more than once (trimmed, any case), or named by one of their events of
// the last 30 days (by id or description, in the description or the target); an older event or
// a token without a description named nowhere is no suspect.
#include "UserOffboarding.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class tst_UserOffboarding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void suspects() {
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        const QList<AccessToken> tokens{
            {u"t1"_s, u"Moderne CLI"_s, now.addDays(-90), {}},
            {u"t2"_s, u" moderne cli "_s, now.addDays(-80), {}},
            {u"t3"_s, u"pipeline"_s, now.addDays(-200), {}},
            {u"t4"_s, u"old script"_s, now.addDays(-100), {}},
            {u"t5"_s, QString(), now.addDays(-10), {}},
            {u"t6"_s, u"deploy"_s, now.addDays(-10), {}},
        };
        const auto event = [&](const QString &target, const QString &description, int daysAgo) {
            AuditEvent e;
            e.id = QString::number(daysAgo);
            e.target = target;
            e.description = description;
            e.timestamp = now.addDays(-daysAgo);
            return e;
        };
        const QList<AuditEvent> events{
            event(u"access.tokens"_s, u"Used access token (T3)"_s, 2),             // id, any case
            event(u"access.tokens"_s, u"Created access token 'old script'"_s, 31), // too old
            event(u"deploy"_s, u"Ran a recipe"_s, 29), // target names it
        };
        const QList<UserOffboarding::Suspect> suspects =
            UserOffboarding::automationSuspects(tokens, events, now);
        QStringList ids;
        for (const UserOffboarding::Suspect &suspect : suspects)
            ids << suspect.token.id;
        QCOMPARE(ids, (QStringList{u"t1"_s, u"t2"_s, u"t3"_s, u"t6"_s}));
        QVERIFY(suspects.at(0).repeated && !suspects.at(0).recentActivity);
        QVERIFY(!suspects.at(2).repeated && suspects.at(2).recentActivity);
        QVERIFY(suspects.at(3).recentActivity);
        QVERIFY(UserOffboarding::automationSuspects({}, events, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_UserOffboarding)
#include "tst_useroffboarding.moc"
