<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessTokenModel</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 · in keychain</source>
        <translation>%1 · im Schlüsselbund</translation>
    </message>
    <message>
        <source>Saved in the keychain of this computer.</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Created here; its value begins with %1.</source>
        <translation>Hier erstellt; sein Wert beginnt mit %1.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not known here: a token's value and its first characters are known only for tokens created on this computer (the server keeps no readable copy).</source>
        <translation>Hier nicht bekannt: Der Wert eines Tokens und seine ersten Zeichen sind nur für Tokens bekannt, die auf diesem Computer erstellt wurden (der Server bewahrt keine lesbare Kopie auf).</translation>
    </message>
    <message>
        <source>old token, revoked %1</source>
        <translation>altes Token, Widerruf %1</translation>
    </message>
    <message>
        <source>old token, revoked when you confirm</source>
        <translation>altes Token, Widerruf nach Ihrer Bestätigung</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked at %1. Right-click it to revoke it now or to keep it.</source>
        <translation>Durch eine Rotation ersetzt: Dieses alte Token wird am %1 widerrufen. Rechtsklicken Sie darauf, um es jetzt zu widerrufen oder zu behalten.</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked when you confirm. Right-click it to revoke it now or to keep it.</source>
        <translation>Durch eine Rotation ersetzt: Dieses alte Token wird nach Ihrer Bestätigung widerrufen. Rechtsklicken Sie darauf, um es jetzt zu widerrufen oder zu behalten.</translation>
    </message>
</context>
<context>
    <name>AccessTokenService</name>
    <message>
        <source>The server did not revoke all tokens of %1; the list shows what it holds now.</source>
        <translation>Der Server hat nicht alle Token von %1 widerrufen; die Liste zeigt, was er jetzt gespeichert hat.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>Der Server hat keinen Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aktivität&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Token and SCM events from the platform's audit log, newest first. Reading the audit log is itself audited; the platform keeps events for a year, and they never contain token values.</source>
        <translation>Token- und SCM-Ereignisse aus dem Audit-Protokoll der Plattform, die neuesten zuerst. Das Lesen des Audit-Protokolls wird selbst protokolliert; die Plattform bewahrt Ereignisse ein Jahr lang auf, und sie enthalten nie Tokenwerte.</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>E-Mail des Akteurs</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Description contains</source>
        <translation>Beschreibung enthält</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n event(s); scroll for more.</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt; für mehr scrollen.</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt; für mehr scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;CSV…</source>
        <translation>Alle Ereignisse dieses Filters als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;JSON…</source>
        <translation>Alle Ereignisse dieses Filters als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;SV…</source>
        <translation>Plattform-Export des Zeitraums als C&amp;SV…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;EF…</source>
        <translation>Plattform-Export des Zeitraums als C&amp;EF…</translation>
    </message>
    <message>
        <source>Save every event of the current filter (all pages, not only those loaded) to a file.</source>
        <translation>Jedes Ereignis des aktuellen Filters (alle Seiten, nicht nur die geladenen) in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Plattform-Export des Audit-Protokolls</translation>
    </message>
    <message>
        <source>CEF files (*.cef)</source>
        <translation>CEF-Dateien (*.cef)</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>&amp;Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>The events whose description or target names this token (%1 or its description), over the whole time the platform keeps them. The filters apply again after “Show all events”.</source>
        <translation>Die Ereignisse, deren Beschreibung oder Ziel dieses Token nennt (%1 oder seine Beschreibung), über den gesamten Zeitraum, in dem die Plattform sie aufbewahrt. Die Filter gelten wieder nach „Alle Ereignisse anzeigen“.</translation>
    </message>
</context>
<context>
    <name>AdminUsersPane</name>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke all of user's tokens…</source>
        <translation>Alle Token widerrufen…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Every user of the tenant who holds personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Alle Benutzer des Mandanten, die persönliche Zugriffstoken besitzen. Klappen Sie einen Benutzer auf, um seine Token zu sehen; wird eines widerrufen, funktioniert sofort kein Skript mehr, das es verwendet.</translation>
    </message>
    <message>
        <source>Users and their tokens</source>
        <translation>Benutzer und ihre Token</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with tokens</source>
        <translation>
            <numerusform>%n Benutzer mit Token</numerusform>
            <numerusform>%n Benutzer mit Token</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation> (%1 geladen; für weitere scrollen)</translation>
    </message>
    <message>
        <source>Revoke “%1” of %2?

Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>„%1“ von %2 widerrufen?

Alles, was es verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <source>Revoked “%1” of %2.</source>
        <translation>„%1“ von %2 wurde widerrufen.</translation>
    </message>
    <message>
        <source>It is gone from the list.</source>
        <translation>Es ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>“%1” could not be revoked: %2</source>
        <translation>„%1“ konnte nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Alle Token von %1 widerrufen</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Alle Token von %1 werden widerrufen…</translation>
    </message>
    <message>
        <source>Revoked all tokens of %1.</source>
        <translation>Alle Token von %1 wurden widerrufen.</translation>
    </message>
    <message>
        <source>Not all tokens of %1 were revoked: %2</source>
        <translation>Nicht alle Token von %1 wurden widerrufen: %2</translation>
    </message>
    <message>
        <source>"%1" had already been revoked.</source>
        <translation>„%1“ war bereits widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>This revokes %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</source>
        <translation>
            <numerusform>Damit wird %n persönliches Zugriffstoken von &lt;b&gt;%1&lt;/b&gt; widerrufen. Jedes Skript, jede CLI und jedes Plugin, das es verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.&lt;br&gt;&lt;br&gt;Geben Sie zur Bestätigung die E-Mail-Adresse des Benutzers ein:</numerusform>
            <numerusform>Damit werden %n persönliche Zugriffstoken von &lt;b&gt;%1&lt;/b&gt; widerrufen. Jedes Skript, jede CLI und jedes Plugin, das sie verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.&lt;br&gt;&lt;br&gt;Geben Sie zur Bestätigung die E-Mail-Adresse des Benutzers ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search users by email</source>
        <translation>Benutzer nach E-Mail suchen</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Nach E-Mail suchen</translation>
    </message>
    <message>
        <source>Include users without tokens</source>
        <translation>Benutzer ohne Token einbeziehen</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the tenant, with or without personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Alle Benutzer des Mandanten, mit oder ohne persönliche Zugriffstokens. Klappen Sie einen Benutzer auf, um die Tokens zu sehen; ein widerrufenes Token stoppt sofort jedes Skript, das es verwendet.</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>A new token in place of this one of yours, then the old one revoked</source>
        <translation>Ein neues Token anstelle dieses Ihrer Tokens, danach wird das alte widerrufen</translation>
    </message>
    <message>
        <source>Only your own tokens can be rotated: the new value is handed over on this computer.</source>
        <translation>Nur Ihre eigenen Tokens können rotiert werden: Der neue Wert wird auf diesem Computer übergeben.</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Offboarding von %1…</translation>
    </message>
</context>
<context>
    <name>ApiParsing</name>
    <message>
        <source>The server's answer is missing %1.</source>
        <translation>In der Antwort des Servers fehlt %1.</translation>
    </message>
    <message>
        <source>The server sent an expiry time TokenDesk cannot read: %1</source>
        <translation>Der Server hat eine Ablaufzeit gesendet, die TokenDesk nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The platform no longer accepts your personal access token (it was revoked or has expired). Sign in again.</source>
        <translation>Die Plattform akzeptiert Ihr persönliches Zugriffstoken nicht mehr (es wurde widerrufen oder ist abgelaufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>Contacting the sign-in server…</source>
        <translation>Anmeldeserver wird kontaktiert…</translation>
    </message>
    <message>
        <source>Looking for a saved session…</source>
        <translation>Gespeicherte Sitzung wird gesucht…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Ihre Sitzung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an und kehren Sie dann zurück.</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Add a tenant to sign in to.</source>
        <translation>Fügen Sie einen Mandanten hinzu, bei dem Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>You are signed out. Your session on %1 has ended and TokenDesk has removed it from the keychain.</source>
        <translation>Sie sind abgemeldet. Ihre Sitzung bei %1 wurde beendet, und TokenDesk hat sie aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Das Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>The platform refused this personal access token: it may be revoked, expired, or made for another tenant.</source>
        <translation>Die Plattform hat dieses persönliche Zugriffstoken abgelehnt: Es ist vielleicht widerrufen, abgelaufen oder für einen anderen Mandanten erstellt.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Ihr Konto wird geladen…</translation>
    </message>
    <message>
        <source>Signed in, but the Moderne API at %1 does not accept this sign-in. Check that the tenant's API URL and issuer belong together.</source>
        <translation>Angemeldet, aber die Moderne-API unter %1 akzeptiert diese Anmeldung nicht. Prüfen Sie, ob API-URL und Aussteller des Mandanten zusammengehören.</translation>
    </message>
    <message>
        <source>Signed in, but your account could not be loaded: %1</source>
        <translation>Angemeldet, aber Ihr Konto konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <source>Export audit events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to CSV:
%1</source>
        <translation>Jedes Ereignis des aktuellen Filters wird als CSV exportiert nach:
%1</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to JSON:
%1</source>
        <translation>Jedes Ereignis des aktuellen Filters wird als JSON exportiert nach:
%1</translation>
    </message>
    <message>
        <source>Fetching the first page…</source>
        <translation>Erste Seite wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events fetched (%n page(s))</source>
        <translation>
            <numerusform>%1 von %2 Ereignissen abgerufen (%n Seite)</numerusform>
            <numerusform>%1 von %2 Ereignissen abgerufen (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben. %1</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Plattform-Export des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The platform exports the events of the time range (the other filters do not apply) as %1 to:
%2</source>
        <translation>Die Plattform exportiert die Ereignisse des Zeitraums (die anderen Filter gelten nicht) als %1 nach:
%2</translation>
    </message>
    <message>
        <source>Asking the platform for an export…</source>
        <translation>Export wird bei der Plattform angefordert…</translation>
    </message>
    <message numerus="yes">
        <source>Processing: the platform is preparing the file (%1 s, checked %n time(s))…</source>
        <translation>
            <numerusform>In Bearbeitung: Die Plattform bereitet die Datei vor (%1 s, %n-mal geprüft)…</numerusform>
            <numerusform>In Bearbeitung: Die Plattform bereitet die Datei vor (%1 s, %n-mal geprüft)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Datei wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Saved the platform's export (%1) to %2.</source>
        <translation>Den Export der Plattform (%1) in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The platform's export failed: %1</source>
        <translation>Der Export der Plattform ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AuditPlatformExport</name>
    <message>
        <source>The platform could not export the audit log.</source>
        <translation>Die Plattform konnte das Audit-Protokoll nicht exportieren.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Token expiries on %1</source>
        <translation>Token-Abläufe auf %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Token läuft ab: %1</translation>
    </message>
    <message>
        <source>Your personal access token "%1" on %2 expires at %3 (UTC). Create a new one or rotate it before then.</source>
        <translation>Ihr persönliches Zugriffstoken „%1“ auf %2 läuft am %3 (UTC) ab. Erstellen Sie vorher ein neues oder rotieren Sie es.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Token expires in 7 days: %1</source>
        <translation>Token läuft in 7 Tagen ab: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</source>
        <translation>TokenDesk: Anmeldetoken, persönliche Zugriffstoken und SCM-Verbindungen eines Moderne-Mandanten in einem Fenster.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</source>
        <translation>OpenID-Aussteller-URL des Keycloak-Realms des Mandanten, z. B. https://login.acme.moderne.io/auth/realms/acme.</translation>
    </message>
    <message>
        <source>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</source>
        <translation>GraphQL-API-URL des Mandanten, z. B. https://api.acme.moderne.io/graphql.</translation>
    </message>
    <message>
        <source>OAuth client id to sign in with (default: tokendesk).</source>
        <translation>OAuth-Client-ID für die Anmeldung (Standard: tokendesk).</translation>
    </message>
    <message>
        <source>Display name for the tenant given by --issuer and --api-url.</source>
        <translation>Anzeigename für den mit --issuer und --api-url angegebenen Mandanten.</translation>
    </message>
    <message>
        <source>Start the browser sign-in right after launch.</source>
        <translation>Die Anmeldung im Browser direkt nach dem Start beginnen.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the first window has been painted (for start-up measurements).</source>
        <translation>Direkt nach dem Zeichnen des ersten Fensters mit Status 0 beenden (für Startzeitmessungen).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Read a token from standard input (never from the command line) and show it in the inspector of the running TokenDesk, or of a new one.</source>
        <translation>Ein Token von der Standardeingabe lesen (nie von der Befehlszeile) und im Inspektor des laufenden TokenDesk oder eines neuen anzeigen.</translation>
    </message>
    <message>
        <source>Start a new window even when TokenDesk is already running (normally a second start raises the running one).</source>
        <translation>Ein neues Fenster öffnen, auch wenn TokenDesk bereits läuft (sonst holt ein zweiter Start das laufende Fenster nach vorn).</translation>
    </message>
    <message>
        <source>Platform generation of the tenant given by --issuer and --api-url: v1 or v2 (default: v2).</source>
        <translation>Plattformgeneration des mit --issuer und --api-url angegebenen Mandanten: v1 oder v2 (Standard: v2).</translation>
    </message>
    <message>
        <source>--platform: “%1” is not a platform generation; use v1 or v2.</source>
        <translation>--platform: „%1“ ist keine Plattformgeneration; verwenden Sie v1 oder v2.</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Create personal access token</source>
        <translation>Persönliches Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>A personal access token lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you. Give it a name you will recognize, and the shortest lifetime that does the job.</source>
        <translation>Mit einem persönlichen Zugriffstoken können die Moderne CLI, ein IDE-Plugin oder ein Skript die Moderne-API in Ihrem Namen aufrufen. Geben Sie ihm einen Namen, den Sie wiedererkennen, und die kürzeste Gültigkeitsdauer, die für die Aufgabe genügt.</translation>
    </message>
    <message>
        <source>e.g. Moderne CLI on my laptop</source>
        <translation>z. B. Moderne CLI auf meinem Laptop</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Custom date (pick it on the calendar)</source>
        <translation>Eigenes Datum (im Kalender wählen)</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Checking your organization's limit on token lifetimes…</source>
        <translation>Die Höchstdauer Ihrer Organisation für Token wird geprüft…</translation>
    </message>
    <message>
        <source>TokenDesk could not read your organization's limit on token lifetimes (%1). The server checks the date you choose.</source>
        <translation>TokenDesk konnte die Höchstdauer Ihrer Organisation für Token nicht lesen (%1). Der Server prüft das gewählte Datum.</translation>
    </message>
    <message>
        <source>7 days — %1</source>
        <translation>7 Tage – %1</translation>
    </message>
    <message>
        <source>30 days — %1</source>
        <translation>30 Tage – %1</translation>
    </message>
    <message>
        <source>90 days — %1</source>
        <translation>90 Tage – %1</translation>
    </message>
    <message numerus="yes">
        <source>Longer than your organization allows (%n day(s)).</source>
        <translation>
            <numerusform>Länger, als Ihre Organisation erlaubt (%n Tag).</numerusform>
            <numerusform>Länger, als Ihre Organisation erlaubt (%n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token works until it is revoked. Anyone who obtains it can use it for as long.</source>
        <translation>Das Token funktioniert, bis es widerrufen wird. Wer es erlangt, kann es so lange verwenden.</translation>
    </message>
    <message>
        <source>Your organization requires every token to expire.</source>
        <translation>Ihre Organisation verlangt, dass jedes Token abläuft.</translation>
    </message>
    <message>
        <source>Days before today cannot be chosen; a custom date lasts until the end of that day (23:59:59, %1).</source>
        <translation>Tage vor heute können nicht gewählt werden; ein eigenes Datum gilt bis zum Ende dieses Tages (23:59:59, %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token never expires.&lt;/b&gt; Anyone who obtains it can use it until it is revoked; prefer a date.</source>
        <translation>&lt;b&gt;Dieses Token läuft nie ab.&lt;/b&gt; Wer es erlangt, kann es verwenden, bis es widerrufen wird; wählen Sie lieber ein Datum.</translation>
    </message>
    <message>
        <source>The token will expire on &lt;b&gt;%1&lt;/b&gt; (%2, %3).</source>
        <translation>Das Token läuft am &lt;b&gt;%1&lt;/b&gt; ab (%2, %3).</translation>
    </message>
    <message>
        <source>Give the token a name, so you can tell it apart later.</source>
        <translation>Geben Sie dem Token einen Namen, damit Sie es später unterscheiden können.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>On this tenant a token acts with your current role, looked up on every request: if your role changes, every token you hold changes with it at once.</source>
        <translation>Bei diesem Mandanten handelt ein Token mit Ihrer aktuellen Rolle, die bei jeder Anfrage nachgeschlagen wird: Ändert sich Ihre Rolle, ändern sich alle Ihre Token sofort mit.</translation>
    </message>
    <message>
        <source>On this tenant (platform v1) a token keeps the permissions it was created with.</source>
        <translation>Bei diesem Mandanten (Plattform v1) behält ein Token die Berechtigungen, mit denen es erstellt wurde.</translation>
    </message>
    <message>
        <source>The latest date your organization allows is %1; a token for that date expires at %2, the limit.</source>
        <translation>Das späteste Datum, das Ihre Organisation erlaubt, ist %1; ein Token für dieses Datum läuft um %2 ab, an der Grenze.</translation>
    </message>
    <message>
        <source>Close when done</source>
        <translation>Schließen, wenn fertig</translation>
    </message>
    <message>
        <source>The server is creating the token; it cannot be called back. The window closes once the server has answered, and a new token's value is still shown to you once.</source>
        <translation>Der Server erstellt das Token; das lässt sich nicht zurückrufen. Das Fenster schließt sich, sobald der Server geantwortet hat, und der Wert eines neuen Tokens wird Ihnen trotzdem einmal angezeigt.</translation>
    </message>
    <message>
        <source>The token is being created and cannot be called back. This window closes when the server has answered.</source>
        <translation>Das Token wird erstellt und lässt sich nicht zurückrufen. Dieses Fenster schließt sich, wenn der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The token may have been created all the same. TokenDesk does not send it again on its own: the list has been reloaded to show what the server holds. Check it before you try again.</source>
        <translation>Das Token wurde möglicherweise trotzdem erstellt. TokenDesk sendet die Anfrage nicht von sich aus erneut: Die Liste wurde neu geladen und zeigt, was der Server hat. Prüfen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ExpiryCollector</name>
    <message>
        <source>Login token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>Unnamed token</source>
        <translation>Unbenanntes Token</translation>
    </message>
</context>
<context>
    <name>ExpiryForecast</name>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access token(s) on %1 expire soon</source>
        <translation>
            <numerusform>%n persönliches Zugriffstoken auf %1 läuft bald ab</numerusform>
            <numerusform>%n persönliche Zugriffstoken auf %1 laufen bald ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>these personal access tokens of yours on %1 expire soon:</source>
        <translation>die folgenden persönlichen Zugriffstoken von Ihnen auf %1 laufen bald ab:</translation>
    </message>
    <message>
        <source>- %1: expires on %2</source>
        <translation>- %1: läuft am %2 ab</translation>
    </message>
    <message>
        <source>If you still need them, please create new ones (or rotate them) before they expire, and revoke the ones you no longer use.</source>
        <translation>Falls Sie sie noch benötigen, erstellen Sie bitte vor dem Ablauf neue (oder rotieren Sie sie) und widerrufen Sie die, die Sie nicht mehr verwenden.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
</context>
<context>
    <name>ExpiryForecastWidget</name>
    <message>
        <source>Token expiries per day</source>
        <translation>Token-Abläufe pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire in the next %1 days.</source>
        <translation>
            <numerusform>%n Token läuft in den nächsten %1 Tagen ab.</numerusform>
            <numerusform>%n Token laufen in den nächsten %1 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s) expire</source>
        <translation>
            <numerusform>%1: %n Token läuft ab</numerusform>
            <numerusform>%1: %n Token laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry forecast, all users</source>
        <translation>Ablaufprognose, alle Benutzer</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Expiry forecast of all users' tokens</source>
        <translation>Ablaufprognose der Token aller Benutzer</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Prognosezeitraum</translation>
    </message>
    <message>
        <source>How far ahead the forecast looks</source>
        <translation>Wie weit die Prognose vorausschaut</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the forecast</source>
        <translation>Prognose laden</translation>
    </message>
    <message>
        <source>Read every user's tokens from the tenant</source>
        <translation>Die Token aller Benutzer aus dem Mandanten lesen</translation>
    </message>
    <message>
        <source>Expiring tokens by owner</source>
        <translation>Ablaufende Token nach Besitzer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Frühester</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>Die Token konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>%1 erinnern</translation>
    </message>
    <message>
        <source>Write to %1 about their expiring tokens (an email draft naming descriptions and dates only)</source>
        <translation>%1 wegen ablaufender Token schreiben (ein E-Mail-Entwurf, der nur Beschreibungen und Datumsangaben nennt)</translation>
    </message>
    <message>
        <source>Hide the forecast</source>
        <translation>Prognose ausblenden</translation>
    </message>
    <message>
        <source>Show the forecast</source>
        <translation>Prognose einblenden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Not loaded: reads every user's tokens.</source>
        <translation>Nicht geladen: liest die Token aller Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>Reading tokens… %n so far.</source>
        <translation>
            <numerusform>Token werden gelesen… bisher %n.</numerusform>
            <numerusform>Token werden gelesen… bisher %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of %1 owner(s) expire in %2 days.</source>
        <translation>
            <numerusform>%n Token von %1 Besitzer(n) läuft innerhalb von %2 Tagen ab.</numerusform>
            <numerusform>%n Token von %1 Besitzer(n) laufen innerhalb von %2 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No email program opened the reminder for %1.</source>
        <translation>Kein E-Mail-Programm hat die Erinnerung an %1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Show TokenDesk</source>
        <translation>TokenDesk anzeigen</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>Choose a date.</source>
        <translation>Wählen Sie ein Datum.</translation>
    </message>
    <message>
        <source>A token cannot expire in the past: choose today or a later date.</source>
        <translation>Ein Token kann nicht in der Vergangenheit ablaufen: Wählen Sie heute oder ein späteres Datum.</translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows tokens for at most %n day(s): the latest date is %1.</source>
        <translation>
            <numerusform>Ihre Organisation erlaubt Token für höchstens %n Tag: Das späteste Datum ist der %1.</numerusform>
            <numerusform>Ihre Organisation erlaubt Token für höchstens %n Tage: Das späteste Datum ist der %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organization's administrator limits personal access tokens to %n day(s), so "No expiration" and expiries after %1, %2 cannot be chosen.</source>
        <translation>
            <numerusform>Der Administrator Ihrer Organisation begrenzt persönliche Zugriffstoken auf %n Tag, daher können „Kein Ablauf“ und Abläufe nach %1, %2 nicht gewählt werden.</numerusform>
            <numerusform>Der Administrator Ihrer Organisation begrenzt persönliche Zugriffstoken auf %n Tage, daher können „Kein Ablauf“ und Abläufe nach %1, %2 nicht gewählt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryScheduler</name>
    <message>
        <source>Your login token expires %1</source>
        <translation>Ihr Anmeldetoken läuft %1 ab</translation>
    </message>
    <message>
        <source>TokenDesk's sign-in ends at %1. Sign in again to keep working.</source>
        <translation>Die Anmeldung von TokenDesk endet um %1. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>%1 token expires %2</source>
        <translation>%1-Token läuft %2 ab</translation>
    </message>
    <message>
        <source>Access token “%1” expires %2</source>
        <translation>Zugriffstoken „%1“ läuft %2 ab</translation>
    </message>
    <message>
        <source>It stops working on %1. Create a new token before then.</source>
        <translation>Es funktioniert ab %1 nicht mehr. Erstellen Sie vorher ein neues Token.</translation>
    </message>
    <message>
        <source>Moderne's access to %1 ends at %2. Connect it again in SCM connections.</source>
        <translation>Der Zugriff von Moderne auf %1 endet um %2. Verbinden Sie es unter „SCM-Verbindungen“ erneut.</translation>
    </message>
</context>
<context>
    <name>GraphQlClient</name>
    <message>
        <source>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</source>
        <translation>Die Antwort des Servers ist kein gültiges GraphQL-JSON (%1). Die API-URL verweist möglicherweise auf den falschen Dienst.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>Der Server hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
    <message>
        <source>The server's answer has neither data nor errors.</source>
        <translation>Die Antwort des Servers enthält weder Daten noch Fehler.</translation>
    </message>
    <message>
        <source>Your sign-in had expired, so the server did not do this. It has been renewed: try again.</source>
        <translation>Ihre Anmeldung war abgelaufen, daher hat der Server dies nicht ausgeführt. Sie wurde erneuert: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are signed out: the server no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>Sie sind abgemeldet: Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>The connection to the Moderne API at %1 was closed before it answered.</source>
        <translation>Die Verbindung zur Moderne-API unter %1 wurde geschlossen, bevor sie geantwortet hat.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 did not answer in time.</source>
        <translation>Die Moderne-API unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 could not be reached (%2). Check your network connection.</source>
        <translation>Die Moderne-API unter %1 war nicht erreichbar (%2). Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1 (%2). Try again in a moment.</source>
        <translation>Die Moderne-API hat mit HTTP %1 geantwortet (%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1.</source>
        <translation>Die Moderne-API hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1: %2</source>
        <translation>Die Moderne-API hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n time(s))</source>
        <translation>
            <numerusform>%1 (%n Versuch)</numerusform>
            <numerusform>%1 (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The server may or may not have done it; TokenDesk did not send it again. The list shows what the server holds now.</source>
        <translation>%1 Der Server hat es möglicherweise ausgeführt oder auch nicht; TokenDesk hat die Anfrage nicht erneut gesendet. Die Liste zeigt, was der Server jetzt gespeichert hat.</translation>
    </message>
    <message>
        <source>the Moderne API at %1</source>
        <translation>der Moderne-API unter %1</translation>
    </message>
    <message>
        <source>The API</source>
        <translation>Die API</translation>
    </message>
    <message>
        <source>The server named a file outside the API (%1); TokenDesk did not fetch it.</source>
        <translation>Der Server nannte eine Datei außerhalb der API (%1); TokenDesk hat sie nicht abgerufen.</translation>
    </message>
    <message>
        <source>The API refused the sign-in for %1.</source>
        <translation>Die API hat die Anmeldung für %1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>HygieneModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>HygienePane</name>
    <message>
        <source>&lt;h2&gt;Token hygiene&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Token-Hygiene&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every user's personal access tokens in one table, with what needs attention. Pick a flag to see only those tokens, select tokens of any owners, and revoke them after a preview; a receipt of what was done can be saved.</source>
        <translation>Die persönlichen Zugriffstokens aller Benutzer in einer Tabelle, mit allem, was Aufmerksamkeit braucht. Wählen Sie einen Hinweis, um nur diese Tokens zu sehen, wählen Sie Tokens beliebiger Besitzer aus und widerrufen Sie sie nach einer Vorschau; ein Beleg über das Getane kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Owner &amp;inactive after:</source>
        <translation>Besitzer &amp;inaktiv nach:</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Tage ohne Aktivität</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>&amp;Revoke selected…</source>
        <translation>Ausgewählte &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke selected tokens</source>
        <translation>Ausgewählte Tokens widerrufen</translation>
    </message>
    <message>
        <source>Save re&amp;ceipt…</source>
        <translation>Be&amp;leg speichern…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Every user's tokens</source>
        <translation>Die Tokens aller Benutzer</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The tokens could not all be read: %1 Reload to try again.</source>
        <translation>Die Tokens konnten nicht alle gelesen werden: %1 Laden Sie neu, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant's cap on token lifetimes could not be read (%1); no token is flagged for outliving it.</source>
        <translation>Die Höchstlebensdauer von Tokens des Mandanten konnte nicht gelesen werden (%1); kein Token wird als darüber hinaus lebend markiert.</translation>
    </message>
    <message>
        <source>All tokens: %1</source>
        <translation>Alle Tokens: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading tokens… %n so far.</source>
        <translation>
            <numerusform>Tokens werden geladen… bisher %n.</numerusform>
            <numerusform>Tokens werden geladen… bisher %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n Token.</numerusform>
            <numerusform>%n Tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s).</source>
        <translation>
            <numerusform>%1 von %n Token angezeigt.</numerusform>
            <numerusform>%1 von %n Tokens angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>%n Token wird widerrufen…</numerusform>
            <numerusform>%n Token werden widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no such token: it had already been revoked.</source>
        <translation>Der Server hat kein solches Token: Es war bereits widerrufen.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have revoked it. It was not sent again.</source>
        <translation>%1 Die Antwort ging verloren: Der Server hat es möglicherweise widerrufen. Es wurde nicht erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n Token widerrufen.</numerusform>
            <numerusform>%n Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked.</source>
        <translation>
            <numerusform>%n konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</source>
        <translation>
            <numerusform>Bei %n ging die Antwort verloren: Der Server hat es möglicherweise widerrufen; es wurde nicht erneut gesendet, und die Liste zeigt jetzt, was der Server hat.</numerusform>
            <numerusform>Bei %n ging die Antwort verloren: Der Server hat sie möglicherweise widerrufen; sie wurden nicht erneut gesendet, und die Liste zeigt jetzt, was der Server hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Speichern Sie den Beleg mit „Beleg speichern…“.</translation>
    </message>
    <message>
        <source>Save the revocation receipt</source>
        <translation>Widerrufsbeleg speichern</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Offboarding von %1…</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Ausgewählte widerrufen…</translation>
    </message>
</context>
<context>
    <name>HygieneRevokeDialog</name>
    <message>
        <source>Revoke tokens</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Tokens to revoke, by owner</source>
        <translation>Zu widerrufende Tokens, nach Besitzer</translation>
    </message>
    <message>
        <source>Owner / description</source>
        <translation>Besitzer / Beschreibung</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab:</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Tokens widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This revokes exactly the %n token(s) below, of %1 owner(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</source>
        <translation>
            <numerusform>Damit wird genau das %n Token unten von %1 Besitzer(n) widerrufen. Jedes Skript, jede CLI und jedes Plugin, das es verwendet, hört sofort auf zu funktionieren, und das lässt sich nicht rückgängig machen. Jeder Widerruf wird einmal gesendet; danach können Sie einen Beleg speichern.</numerusform>
            <numerusform>Damit werden genau die %n Tokens unten von %1 Besitzer(n) widerrufen. Jedes Skript, jede CLI und jedes Plugin, das sie verwendet, hört sofort auf zu funktionieren, und das lässt sich nicht rückgängig machen. Jeder Widerruf wird einmal gesendet; danach können Sie einen Beleg speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n token(s)</source>
        <translation>
            <numerusform>%1 — %n Token</numerusform>
            <numerusform>%1 — %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Kein Ablauf</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--issuer: “%1” is not a URL.</source>
        <translation>--issuer: „%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>--now: “%1” is not a number of seconds.</source>
        <translation>--now: „%1“ ist keine Sekundenzahl.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Give one token at most.</source>
        <translation>Geben Sie höchstens ein Token an.</translation>
    </message>
    <message>
        <source>Give --jwks or --issuer, not both.</source>
        <translation>Geben Sie --jwks oder --issuer an, nicht beides.</translation>
    </message>
    <message>
        <source>the key set at %1 could not be fetched (%2)</source>
        <translation>der Schlüsselsatz unter %1 konnte nicht abgerufen werden (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: malformed token: %1</source>
        <translation>tokendesk-cli: fehlerhaftes Token: %1</translation>
    </message>
    <message>
        <source>The key set is not usable: %1</source>
        <translation>Der Schlüsselsatz ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: cannot read the key set %1: %2</source>
        <translation>tokendesk-cli: Schlüsselsatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the issuer's discovery document names no jwks_uri</source>
        <translation>das Discovery-Dokument des Ausstellers nennt keine jwks_uri</translation>
    </message>
    <message>
        <source>Not verified: no keys were given (use --jwks or --issuer).</source>
        <translation>Nicht geprüft: Es wurden keine Schlüssel angegeben (verwenden Sie --jwks oder --issuer).</translation>
    </message>
    <message>
        <source>tokendesk-cli: unknown command “%1” (try --help)
</source>
        <translation>tokendesk-cli: unbekannter Befehl „%1“ (siehe --help)
</translation>
    </message>
    <message>
        <source>tokendesk-cli: the input is larger than 16 MB: that is not a token
</source>
        <translation>tokendesk-cli: Die Eingabe ist größer als 16 MB – das ist kein Token
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli inspect [TOKEN] [--jwks FILE|URL | --issuer URL] [--now EPOCH]

Decodes a JSON Web Token and verifies its signature. The token is read from
standard input unless given as an argument (prefer stdin: command lines are
visible to other users). Surrounding whitespace and a leading "Bearer " are
stripped.

  --jwks FILE|URL   verify with this JSON Web Key Set (at most 1 MB and 100 keys)
  --issuer URL      verify with the issuer's keys (OIDC discovery, jwks_uri); a token
                    whose iss is another issuer is not verified
  --now EPOCH       judge expiry at this time (seconds since 1970) instead of now
  -h, --help        show this help

A URL must be https://, or http:// on this computer (127.0.0.1, ::1, localhost);
redirects are not followed.

Prints one JSON object: {"header", "payload", "signature": {"alg", "kid",
"verified", "status", "reason"}, "expired", "expires_in"}.
Exit status: 0 verified (also when expired), 1 decoded but not verified (no keys
given, invalid signature, unknown key, alg none, HMAC, JWE, ...), 2 malformed input.
</source>
        <translation>Aufruf: tokendesk-cli inspect [TOKEN] [--jwks DATEI|URL | --issuer URL] [--now EPOCH]

Dekodiert ein JSON Web Token und prüft seine Signatur. Das Token wird von der
Standardeingabe gelesen, sofern es nicht als Argument angegeben ist (besser stdin:
Befehlszeilen sind für andere Benutzer sichtbar). Leerraum am Anfang und Ende und
ein führendes "Bearer " werden entfernt.

  --jwks DATEI|URL  mit diesem JSON Web Key Set prüfen
                    (höchstens 1 MB und 100 Schlüssel)
  --issuer URL      mit den Schlüsseln des Ausstellers prüfen (OIDC Discovery,
                    jwks_uri); ein Token, dessen iss ein anderer Aussteller ist,
                    wird nicht geprüft
  --now EPOCH       den Ablauf zu diesem Zeitpunkt (Sekunden seit 1970) statt jetzt beurteilen
  -h, --help        diese Hilfe anzeigen

Eine URL muss https:// sein oder http:// auf diesem Computer (127.0.0.1, ::1,
localhost); Weiterleitungen werden nicht verfolgt.

Gibt ein JSON-Objekt aus: {"header", "payload", "signature": {"alg", "kid",
"verified", "status", "reason"}, "expired", "expires_in"}.
Exit-Status: 0 geprüft (auch wenn abgelaufen), 1 dekodiert, aber nicht geprüft (keine
Schlüssel angegeben, ungültige Signatur, unbekannter Schlüssel, alg none, HMAC, JWE, ...),
2 fehlerhafte Eingabe.
</translation>
    </message>
    <message>
        <source>--jwks: %1</source>
        <translation>--jwks: %1</translation>
    </message>
    <message>
        <source>--issuer: %1</source>
        <translation>--issuer: %1</translation>
    </message>
    <message>
        <source>The key set</source>
        <translation>Der Schlüsselsatz</translation>
    </message>
    <message>
        <source>tokendesk-cli: the key set %1 is larger than %2: that is not a key set</source>
        <translation>tokendesk-cli: Der Schlüsselsatz %1 ist größer als %2 – das ist kein Schlüsselsatz</translation>
    </message>
    <message>
        <source>Not verified: the token names no issuer (iss), so it cannot come from %1.</source>
        <translation>Nicht geprüft: Das Token nennt keinen Aussteller (iss) und kann daher nicht von %1 stammen.</translation>
    </message>
    <message>
        <source>Not verified: the token was issued by “%1”, not by %2 (--issuer).</source>
        <translation>Nicht geprüft: Das Token wurde von „%1“ ausgestellt, nicht von %2 (--issuer).</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>TokenDesk — Token inspector</source>
        <translation>TokenDesk – Token-Inspektor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The RSA key has no valid “n” and “e” (base64url).</source>
        <translation>Der RSA-Schlüssel hat kein gültiges „n“ und „e“ (base64url).</translation>
    </message>
    <message>
        <source>The RSA key is larger than %1 bits, which TokenDesk refuses.</source>
        <translation>Der RSA-Schlüssel ist größer als %1 Bit; TokenDesk lehnt ihn ab.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>Der RSA-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 are required.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; mindestens %2 sind erforderlich.</translation>
    </message>
    <message>
        <source>The RSA key's modulus or exponent is not possible for a real key.</source>
        <translation>Modulus oder Exponent des RSA-Schlüssels sind für einen echten Schlüssel nicht möglich.</translation>
    </message>
    <message>
        <source>OpenSSL could not import the RSA key.</source>
        <translation>OpenSSL konnte den RSA-Schlüssel nicht importieren.</translation>
    </message>
    <message>
        <source>The EC curve “%1” is not supported (P-256, P-384 and P-521 are).</source>
        <translation>Die EC-Kurve „%1“ wird nicht unterstützt (unterstützt werden P-256, P-384 und P-521).</translation>
    </message>
    <message>
        <source>The %1 key's “x” and “y” must be %2 bytes each (base64url).</source>
        <translation>„x“ und „y“ des %1-Schlüssels müssen je %2 Byte lang sein (base64url).</translation>
    </message>
    <message>
        <source>The %1 key's point is not on the curve.</source>
        <translation>Der Punkt des %1-Schlüssels liegt nicht auf der Kurve.</translation>
    </message>
    <message>
        <source>The OKP curve “%1” is not supported (Ed25519 is).</source>
        <translation>Die OKP-Kurve „%1“ wird nicht unterstützt (unterstützt wird Ed25519).</translation>
    </message>
    <message>
        <source>The Ed25519 key's “x” must be 32 bytes (base64url).</source>
        <translation>„x“ des Ed25519-Schlüssels muss 32 Byte lang sein (base64url).</translation>
    </message>
    <message>
        <source>OpenSSL could not import the Ed25519 key.</source>
        <translation>OpenSSL konnte den Ed25519-Schlüssel nicht importieren.</translation>
    </message>
    <message>
        <source>This is a shared secret (kty “oct”), not a public key.</source>
        <translation>Dies ist ein gemeinsames Geheimnis (kty „oct“), kein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The key type “%1” is not supported.</source>
        <translation>Der Schlüsseltyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>ein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>an EC %1 key</source>
        <translation>ein EC-%1-Schlüssel</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>ein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>a key TokenDesk does not support</source>
        <translation>ein Schlüssel, den TokenDesk nicht unterstützt</translation>
    </message>
    <message>
        <source>The token's algorithm %1 needs %2, but the key “%3” is %4.</source>
        <translation>Für den Algorithmus %1 des Tokens ist %2 nötig, aber der Schlüssel „%3“ ist vom Typ %4.</translation>
    </message>
    <message>
        <source>The key set has no “keys” array.</source>
        <translation>Der Schlüsselsatz hat kein Array „keys“.</translation>
    </message>
    <message>
        <source>The key set is not a JSON object (%1).</source>
        <translation>Der Schlüsselsatz ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>Der Schlüsselsatz ist leer.</translation>
    </message>
    <message>
        <source>The key “%1” is in the key set but cannot be used: %2</source>
        <translation>Der Schlüssel „%1“ ist im Schlüsselsatz enthalten, kann aber nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The issuer's key set has no key with the token's key id “%1” (%n key(s) in the set).</source>
        <translation>
            <numerusform>Der Schlüsselsatz des Ausstellers enthält keinen Schlüssel mit der Schlüssel-ID „%1“ des Tokens (%n Schlüssel im Satz).</numerusform>
            <numerusform>Der Schlüsselsatz des Ausstellers enthält keinen Schlüssel mit der Schlüssel-ID „%1“ des Tokens (%n Schlüssel im Satz).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has no key id (kid), and no key in the key set fits its algorithm %1.</source>
        <translation>Das Token hat keine Schlüssel-ID (kid), und kein Schlüssel im Schlüsselsatz passt zu seinem Algorithmus %1.</translation>
    </message>
    <message>
        <source>The token has no key id (kid), and %1 keys in the key set fit its algorithm %2, so TokenDesk cannot tell which one signed it.</source>
        <translation>Das Token hat keine Schlüssel-ID (kid), und %1 Schlüssel im Schlüsselsatz passen zu seinem Algorithmus %2; daher kann TokenDesk nicht erkennen, welcher es signiert hat.</translation>
    </message>
    <message>
        <source>The key set has %1 keys; TokenDesk uses a set of at most %2.</source>
        <translation>Der Schlüsselsatz enthält %1 Schlüssel; TokenDesk verwendet Sätze mit höchstens %2 Schlüsseln.</translation>
    </message>
    <message>
        <source>TokenDesk cannot check keys: OpenSSL's library is missing. %1</source>
        <translation>TokenDesk kann keine Schlüssel prüfen: Die OpenSSL-Bibliothek fehlt. %1</translation>
    </message>
</context>
<context>
    <name>JwksCache</name>
    <message>
        <source>The issuer's discovery document names no key set (jwks_uri).</source>
        <translation>Das Discovery-Dokument des Ausstellers nennt keinen Schlüsselsatz (jwks_uri).</translation>
    </message>
    <message>
        <source>The issuer's keys at %1 could not be fetched (%2).</source>
        <translation>Die Schlüssel des Ausstellers unter %1 konnten nicht abgerufen werden (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer's key set is not usable: %1</source>
        <translation>Der Schlüsselsatz des Ausstellers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The issuer's key set</source>
        <translation>Der Schlüsselsatz des Ausstellers</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>This is an encrypted token (JWE, five parts, key management %1, content encryption %2). It is not signed but encrypted for its recipient; only the recipient's private key can decrypt it, so TokenDesk shows its header only.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile, Schlüsselverwaltung %1, Inhaltsverschlüsselung %2). Es ist nicht signiert, sondern für seinen Empfänger verschlüsselt; nur der private Schlüssel des Empfängers kann es entschlüsseln, daher zeigt TokenDesk nur seinen Header.</translation>
    </message>
    <message>
        <source>The header has no algorithm (alg).</source>
        <translation>Der Header enthält keinen Algorithmus (alg).</translation>
    </message>
    <message>
        <source>WARNING: this token is not signed at all (alg: none). Anyone can have written it; never accept it as proof of anything.</source>
        <translation>WARNUNG: Dieses Token ist überhaupt nicht signiert (alg: none). Jeder könnte es geschrieben haben; akzeptieren Sie es niemals als Nachweis für irgendetwas.</translation>
    </message>
    <message>
        <source>This token is signed with a shared secret (%1, HMAC). It cannot be verified with the issuer's public keys, only by someone who holds the secret.</source>
        <translation>Dieses Token ist mit einem gemeinsamen Geheimnis signiert (%1, HMAC). Es kann nicht mit den öffentlichen Schlüsseln des Ausstellers geprüft werden, sondern nur von jemandem, der das Geheimnis besitzt.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk (supported: %2).</source>
        <translation>Der Algorithmus %1 wird von TokenDesk nicht unterstützt (unterstützt: %2).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not in the allowed list (%2).</source>
        <translation>Der Algorithmus %1 ist nicht in der Liste der erlaubten (%2).</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit: %1) that TokenDesk does not understand, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>Der Header kennzeichnet Erweiterungen als kritisch (crit: %1), die TokenDesk nicht versteht; daher muss das Token abgelehnt werden (RFC 7515, Abschnitt 4.1.11).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk.</source>
        <translation>Der Algorithmus %1 wird von TokenDesk nicht unterstützt.</translation>
    </message>
    <message>
        <source>The key “%1” may only be used with %2, but the token says %3.</source>
        <translation>Der Schlüssel „%1“ darf nur mit %2 verwendet werden, das Token gibt aber %3 an.</translation>
    </message>
    <message>
        <source>The key “%1” is meant for encryption (use: enc), not for signatures.</source>
        <translation>Der Schlüssel „%1“ ist für Verschlüsselung bestimmt (use: enc), nicht für Signaturen.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed after it was signed, or it was signed with a different key than “%1” (%2).</source>
        <translation>Die Signatur stimmt nicht: Das Token wurde nach dem Signieren verändert oder mit einem anderen Schlüssel als „%1“ (%2) signiert.</translation>
    </message>
    <message>
        <source>The token's signature is empty.</source>
        <translation>Die Signatur des Tokens ist leer.</translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), but this one is %3 bytes.</source>
        <translation>Eine %1-Signatur ist %2 Byte lang (R und S), diese aber %3 Byte.</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the key set's only fitting key (%2).</source>
        <translation>Die Signatur ist gültig: %1 mit dem einzigen passenden Schlüssel des Schlüsselsatzes (%2).</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the issuer's key “%2” (%3).</source>
        <translation>Die Signatur ist gültig: %1 mit dem Schlüssel „%2“ des Ausstellers (%3).</translation>
    </message>
    <message>
        <source>The signature could not be checked because the issuer's keys could not be fetched: %1 The token is decoded anyway.</source>
        <translation>Die Signatur konnte nicht geprüft werden, weil die Schlüssel des Ausstellers nicht abgerufen werden konnten: %1 Das Token wird trotzdem dekodiert.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile); sein Inhalt kann ohne den privaten Schlüssel des Empfängers nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this text has %n part(s).</source>
        <translation>
            <numerusform>Ein JWT besteht aus drei durch Punkte getrennten Teilen; dieser Text hat %n Teil.</numerusform>
            <numerusform>Ein JWT besteht aus drei durch Punkte getrennten Teilen; dieser Text hat %n Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 is not valid base64url.</source>
        <translation>Teil %1 ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>Der Header ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>Der Payload ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is a Moderne personal access token (mat-…), not a JWT: it carries no readable claims. The Access tokens pane shows its description and expiry.</source>
        <translation>Dies ist ein persönliches Zugriffstoken von Moderne (mat-…), kein JWT: Es enthält keine lesbaren Claims. Der Bereich „Zugriffstoken“ zeigt seine Beschreibung und seinen Ablauf.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt: %1. Entsperren Sie den Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked or waiting for a password prompt; unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Er ist möglicherweise gesperrt oder wartet auf eine Passworteingabe; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Er ist möglicherweise gesperrt oder wartet auf eine Passworteingabe; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in page did not answer within %1. If you closed the browser tab, sign in again; otherwise check the tenant address.</source>
        <translation>Die Anmeldeseite hat nicht innerhalb von %1 geantwortet. Wenn Sie den Browser-Tab geschlossen haben, melden Sie sich erneut an; prüfen Sie andernfalls die Adresse des Mandanten.</translation>
    </message>
    <message>
        <source>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</source>
        <translation>TokenDesk konnte keinen Port auf 127.0.0.1 öffnen, um die Antwort des Browsers zu empfangen. Prüfen Sie, ob eine Firewall lokale Verbindungen blockiert.</translation>
    </message>
    <message>
        <source>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (der Wert „state“ stimmt nicht überein), daher hat TokenDesk sie ignoriert. Sie stammt vielleicht aus einem älteren Anmelde-Tab. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Sign in again.</source>
        <translation>Der Browser ist ohne Autorisierungscode zurückgekehrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</source>
        <translation>Sie sind angemeldet, aber die Sitzung konnte nicht im Schlüsselbund gespeichert werden; Sie müssen sich beim nächsten Mal erneut anmelden. %1</translation>
    </message>
    <message>
        <source>Your saved session could not be read. %1</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>The saved session is in a form TokenDesk does not know. Sign in again.</source>
        <translation>Die gespeicherte Sitzung liegt in einem Format vor, das TokenDesk nicht kennt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Your session has ended: the sign-in server no longer accepts it. It was signed out elsewhere, revoked by an administrator, or has expired (the server said: %1). Sign in again.</source>
        <translation>Ihre Sitzung ist beendet: Der Anmeldeserver akzeptiert sie nicht mehr. Sie wurde an anderer Stelle abgemeldet, von einem Administrator widerrufen oder ist abgelaufen (Meldung des Servers: %1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved session could not be restored because the sign-in server did not answer (%1). It is kept for next time; sign in now, or try again later.</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht wiederhergestellt werden, weil der Anmeldeserver nicht geantwortet hat (%1). Sie bleibt für das nächste Mal erhalten; melden Sie sich jetzt an oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>TokenDesk could not renew your sign-in (%1). It will try again; check your network connection.</source>
        <translation>TokenDesk konnte Ihre Anmeldung nicht erneuern (%1). Es wird erneut versucht; prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>TokenDesk is not waiting for this sign-in. Return to TokenDesk.</source>
        <translation>TokenDesk wartet nicht auf diese Anmeldung. Kehren Sie zu TokenDesk zurück.</translation>
    </message>
    <message>
        <source>The browser's answer comes from the issuer “%1”, not from this tenant's issuer “%2”, so TokenDesk ignored it. Sign in again.</source>
        <translation>Die Antwort des Browsers stammt vom Aussteller „%1“, nicht vom Aussteller „%2“ dieses Mandanten, daher hat TokenDesk sie ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This answer comes from another sign-in server, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>Diese Antwort stammt von einem anderen Anmeldeserver, daher hat TokenDesk sie ignoriert. Kehren Sie zu TokenDesk zurück.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The sign-in server did not sign you in. Return to TokenDesk to see why.</source>
        <translation>Der Anmeldeserver hat Sie nicht angemeldet. Kehren Sie zu TokenDesk zurück, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The answer has no authorization code. Return to TokenDesk and sign in again.</source>
        <translation>Die Antwort enthält keinen Autorisierungscode. Kehren Sie zu TokenDesk zurück und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>Der Token-Endpunkt des Anmeldeservers</translation>
    </message>
</context>
<context>
    <name>LoginTokenPane</name>
    <message>
        <source>Show my login token</source>
        <translation>Mein Anmeldetoken anzeigen</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy “Authorization: Bearer …”</source>
        <translation>„Authorization: Bearer …“ kopieren</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Paste any JWT to inspect it (a leading “Bearer ” is fine)…</source>
        <translation>Fügen Sie ein beliebiges JWT ein, um es zu untersuchen (ein führendes „Bearer “ ist erlaubt)…</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Ergebnis der Signaturprüfung</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Kodiertes Token</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>Dekodierter Header</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Dekodierter Payload</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Login token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmeldetoken&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Payload (claims)</source>
        <translation>Payload (Claims)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the token says&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was das Token aussagt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Das Token</translation>
    </message>
    <message>
        <source>The Authorization header</source>
        <translation>Der Authorization-Header</translation>
    </message>
    <message>
        <source>The curl command</source>
        <translation>Der curl-Befehl</translation>
    </message>
    <message>
        <source>No login token yet: sign in, or paste a JWT above.</source>
        <translation>Noch kein Anmeldetoken: Melden Sie sich an oder fügen Sie oben ein JWT ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are signed in with a personal access token.&lt;/b&gt; A personal access token (mat-…) is not a JWT: it is an opaque secret that the platform looks up, with no header, claims or signature to show here, and TokenDesk never displays it. Sign in with the browser to get a login token, or paste any JWT above to inspect it.</source>
        <translation>&lt;b&gt;Sie sind mit einem persönlichen Zugriffstoken angemeldet.&lt;/b&gt; Ein persönliches Zugriffstoken (mat-…) ist kein JWT: Es ist ein undurchsichtiges Geheimnis, das die Plattform nachschlägt, ohne Header, Claims oder Signatur, die hier gezeigt werden könnten, und TokenDesk zeigt es nie an. Melden Sie sich im Browser an, um ein Anmeldetoken zu erhalten, oder fügen Sie oben ein beliebiges JWT ein, um es zu untersuchen.</translation>
    </message>
    <message>
        <source>Showing the pasted token.</source>
        <translation>Das eingefügte Token wird angezeigt.</translation>
    </message>
    <message>
        <source>Showing your current login token.</source>
        <translation>Ihr aktuelles Anmeldetoken wird angezeigt.</translation>
    </message>
    <message>
        <source>Encrypted (JWE): the payload can only be read with the recipient's private key. TokenDesk does not decrypt tokens.</source>
        <translation>Verschlüsselt (JWE): Der Payload kann nur mit dem privaten Schlüssel des Empfängers gelesen werden. TokenDesk entschlüsselt keine Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature algorithm the issuer used (RS256 = RSA with SHA-256).</source>
        <translation>Signaturalgorithmus, den der Aussteller verwendet hat (RS256 = RSA mit SHA-256).</translation>
    </message>
    <message>
        <source>Token type: JWT, or at+jwt for an OAuth access token.</source>
        <translation>Tokentyp: JWT, oder at+jwt für ein OAuth-Zugriffstoken.</translation>
    </message>
    <message>
        <source>Key id: which of the issuer's published keys signed this token.</source>
        <translation>Schlüssel-ID: welcher der veröffentlichten Schlüssel des Ausstellers dieses Token signiert hat.</translation>
    </message>
    <message>
        <source>Content encryption of a JWE.</source>
        <translation>Inhaltsverschlüsselung eines JWE.</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>Inhaltstyp des Payloads.</translation>
    </message>
    <message>
        <source>Header field (not one TokenDesk knows).</source>
        <translation>Header-Feld (TokenDesk kennt es nicht).</translation>
    </message>
    <message>
        <source>Expires: the platform refuses the token from this moment on.</source>
        <translation>Läuft ab: Ab diesem Zeitpunkt lehnt die Plattform das Token ab.</translation>
    </message>
    <message>
        <source>Issued at: when Keycloak created this token.</source>
        <translation>Ausgestellt am: wann Keycloak dieses Token erstellt hat.</translation>
    </message>
    <message>
        <source>Not before: the token is not valid before this moment.</source>
        <translation>Nicht vor: Vor diesem Zeitpunkt ist das Token nicht gültig.</translation>
    </message>
    <message>
        <source>When you last typed your password (or used SSO) at Keycloak.</source>
        <translation>Wann Sie zuletzt Ihr Passwort bei Keycloak eingegeben (oder SSO verwendet) haben.</translation>
    </message>
    <message>
        <source>Issuer: the Keycloak realm that signed the token.</source>
        <translation>Aussteller: der Keycloak-Realm, der das Token signiert hat.</translation>
    </message>
    <message>
        <source>Audience: the services this token is meant for.</source>
        <translation>Zielgruppe: die Dienste, für die dieses Token bestimmt ist.</translation>
    </message>
    <message>
        <source>Authorized party: the client (application) the token was issued to.</source>
        <translation>Autorisierte Partei: der Client (die Anwendung), für den das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Subject: your stable user id in the realm.</source>
        <translation>Subjekt: Ihre dauerhafte Benutzer-ID im Realm.</translation>
    </message>
    <message>
        <source>Session id: the Keycloak session behind this token (ends on sign-out).</source>
        <translation>Sitzungs-ID: die Keycloak-Sitzung hinter diesem Token (endet beim Abmelden).</translation>
    </message>
    <message>
        <source>Session id (older Keycloak versions).</source>
        <translation>Sitzungs-ID (ältere Keycloak-Versionen).</translation>
    </message>
    <message>
        <source>Token id: unique for each token, used to revoke it.</source>
        <translation>Token-ID: für jedes Token eindeutig, wird zum Widerrufen verwendet.</translation>
    </message>
    <message>
        <source>Keycloak's token type: Bearer for access tokens.</source>
        <translation>Tokentyp von Keycloak: Bearer für Zugriffstoken.</translation>
    </message>
    <message>
        <source>Scopes granted: what the token may be used for.</source>
        <translation>Gewährte Scopes: wofür das Token verwendet werden darf.</translation>
    </message>
    <message>
        <source>Realm roles: what Keycloak says you are in the whole realm.</source>
        <translation>Realm-Rollen: was Sie laut Keycloak im gesamten Realm sind.</translation>
    </message>
    <message>
        <source>Client roles: roles per client application.</source>
        <translation>Client-Rollen: Rollen je Client-Anwendung.</translation>
    </message>
    <message>
        <source>Your user name at the identity provider.</source>
        <translation>Ihr Benutzername beim Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation>Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Whether the identity provider checked the email address.</source>
        <translation>Ob der Identitätsanbieter die E-Mail-Adresse geprüft hat.</translation>
    </message>
    <message>
        <source>Your display name.</source>
        <translation>Ihr Anzeigename.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>A claim TokenDesk does not know; shown as sent.</source>
        <translation>Ein Claim, den TokenDesk nicht kennt; so angezeigt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; for client %3.</source>
        <translation>Ausgestellt von &lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt;, Client %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your role comes from.&lt;/b&gt; Roles in this token (realm_access.roles): %1 · role the Moderne API reports (currentUser.role): %2.&lt;br&gt;The identity provider (Keycloak) decides roles. A login token keeps the roles it was issued with until it expires: after a role change, the next renewal or sign-in brings the new ones.</source>
        <translation>&lt;b&gt;Woher Ihre Rolle stammt.&lt;/b&gt; Rollen in diesem Token (realm_access.roles): %1 · Rolle laut Moderne-API (currentUser.role): %2.&lt;br&gt;Der Identitätsanbieter (Keycloak) entscheidet über Rollen. Ein Anmeldetoken behält die Rollen, mit denen es ausgestellt wurde, bis es abläuft: Nach einer Rollenänderung bringt die nächste Erneuerung oder Anmeldung die neuen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not verified: this token comes from %1, not from this tenant's issuer %2. To check it, run: tokendesk-cli inspect --issuer %1</source>
        <translation>Nicht geprüft: Dieses Token stammt von %1, nicht vom Aussteller %2 dieses Mandanten. Zum Prüfen ausführen: tokendesk-cli inspect --issuer %1</translation>
    </message>
    <message>
        <source>Not verified: no tenant is selected.</source>
        <translation>Nicht geprüft: Es ist kein Mandant ausgewählt.</translation>
    </message>
    <message>
        <source>Checking the signature with %1's keys…</source>
        <translation>Die Signatur wird mit den Schlüsseln von %1 geprüft…</translation>
    </message>
    <message>
        <source>Signature not verified</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>UNSIGNED TOKEN (alg: none): anyone could have written it</source>
        <translation>UNSIGNIERTES TOKEN (alg: none): Jeder könnte es geschrieben haben</translation>
    </message>
    <message>
        <source>This computer's clock agrees with the server's.</source>
        <translation>Computer- und Serveruhr stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) ahead of the server's.</source>
        <translation>
            <numerusform>Die Computeruhr geht %n Sekunde gegenüber dem Server vor.</numerusform>
            <numerusform>Die Computeruhr geht %n Sekunden gegenüber dem Server vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) behind the server's.</source>
        <translation>
            <numerusform>Die Computeruhr geht %n Sekunde gegenüber dem Server nach.</numerusform>
            <numerusform>Die Computeruhr geht %n Sekunden gegenüber dem Server nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry times shown here may be off by as much.</source>
        <translation>Die hier angezeigten Ablaufzeiten können um ebenso viel abweichen.</translation>
    </message>
    <message>
        <source>No expiry (exp) in this token.</source>
        <translation>Dieses Token hat keinen Ablauf (exp).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expires in %1&lt;/b&gt; (at %2)</source>
        <translation>&lt;b&gt;Läuft in %1 ab&lt;/b&gt; (am %2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard for %n second(s). It is a secret: paste it only where it belongs.</source>
        <translation>
            <numerusform>%1 ist %n Sekunde lang in der Zwischenablage. Es ist geheim: Fügen Sie es nur dort ein, wo es hingehört.</numerusform>
            <numerusform>%1 ist %n Sekunden lang in der Zwischenablage. Es ist geheim: Fügen Sie es nur dort ein, wo es hingehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT from Keycloak</source>
        <translation>JWT von Keycloak</translation>
    </message>
    <message>
        <source>Your role changed since this token was issued; it applies to personal access tokens now and to the login token at the next sign-in.</source>
        <translation>Ihre Rolle hat sich geändert, seit dieses Token ausgestellt wurde; sie gilt jetzt für persönliche Zugriffstoken und für das Anmeldetoken ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;; it names no client.</source>
        <translation>Ausgestellt von &lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt;; es nennt keinen Client.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; for client %2; it names no user.</source>
        <translation>Ausgestellt von &lt;b&gt;%1&lt;/b&gt; für den Client %2; es nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt;; it names no user and no client.</source>
        <translation>Ausgestellt von &lt;b&gt;%1&lt;/b&gt;; es nennt weder Benutzer noch Client.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt; for client %2; it names no issuer.</source>
        <translation>Ausgestellt für &lt;b&gt;%1&lt;/b&gt; und den Client %2; es nennt keinen Aussteller.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt;; it names no issuer and no client.</source>
        <translation>Ausgestellt für &lt;b&gt;%1&lt;/b&gt;; es nennt weder Aussteller noch Client.</translation>
    </message>
    <message>
        <source>Issued for client %1; it names no issuer and no user.</source>
        <translation>Ausgestellt für den Client %1; es nennt weder Aussteller noch Benutzer.</translation>
    </message>
    <message>
        <source>The token names no issuer, no user and no client.</source>
        <translation>Das Token nennt weder Aussteller noch Benutzer noch Client.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in — TokenDesk</source>
        <translation>Anmelden – TokenDesk</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tenants…</source>
        <translation>Mandanten…</translation>
    </message>
    <message>
        <source>Manage tenants</source>
        <translation>Mandanten verwalten</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>&lt;a href="#pat"&gt;Use a personal access token instead&lt;/a&gt;</source>
        <translation>&lt;a href="#pat"&gt;Stattdessen ein persönliches Zugriffstoken verwenden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Use a personal access token instead</source>
        <translation>Stattdessen ein persönliches Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>mat-…</source>
        <translation>mat-…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Sign in with token</source>
        <translation>Mit Token anmelden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Meldung zur Anmeldung</translation>
    </message>
    <message>
        <source>Paste a personal access token (it starts with “mat-”) first.</source>
        <translation>Fügen Sie zuerst ein persönliches Zugriffstoken ein (es beginnt mit „mat-“).</translation>
    </message>
    <message>
        <source>This is not a Moderne personal access token: those start with “mat-”. Create one on the platform's Access tokens page or in TokenDesk.</source>
        <translation>Dies ist kein persönliches Zugriffstoken von Moderne: Diese beginnen mit „mat-“. Erstellen Sie eines auf der Seite „Access tokens“ der Plattform oder in TokenDesk.</translation>
    </message>
    <message>
        <source>Signs in at %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>Moderne tokens in one window</source>
        <translation>Moderne-Token in einem Fenster</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The sign-in server refused the authorization code (%1). Sign in again.</source>
        <translation>Der Anmeldeserver hat den Autorisierungscode abgelehnt (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access was denied at the sign-in page (%1).</source>
        <translation>Der Zugriff wurde auf der Anmeldeseite verweigert (%1).</translation>
    </message>
    <message>
        <source>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</source>
        <translation>Der Anmeldeserver kennt die Client-ID nicht (%1). Prüfen Sie die Client-ID in den Mandanteneinstellungen.</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”.</source>
        <translation>Der Anmeldeserver hat „%1“ gemeldet.</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”: %2</source>
        <translation>Der Anmeldeserver hat „%1“ gemeldet: %2</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</source>
        <translation>Der Token-Endpunkt des Anmeldeservers war nicht erreichbar (%1). Prüfen Sie Ihr Netzwerk und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered HTTP %1. Try again later.</source>
        <translation>Der Token-Endpunkt des Anmeldeservers hat mit HTTP %1 geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</source>
        <translation>Der Token-Endpunkt des Anmeldeservers hat ohne Zugriffstoken geantwortet. Prüfen Sie die Aussteller-URL in den Mandanteneinstellungen.</translation>
    </message>
    <message>
        <source>the sign-in server's token endpoint at %1</source>
        <translation>dem Token-Endpunkt des Anmeldeservers unter %1</translation>
    </message>
    <message>
        <source>TokenDesk received your sign-in.</source>
        <translation>TokenDesk hat Ihre Anmeldung erhalten.</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>Sie können diesen Tab schließen und zu TokenDesk zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>Der Token-Endpunkt des Anmeldeservers</translation>
    </message>
</context>
<context>
    <name>LoopbackServer</name>
    <message>
        <source>TokenDesk could not listen for the browser on 127.0.0.1 (%1).</source>
        <translation>TokenDesk konnte auf 127.0.0.1 nicht auf den Browser warten (%1).</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorisierung abgelehnt</translation>
    </message>
    <message>
        <source>This response does not belong to an authorization TokenDesk is waiting for, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>Diese Antwort gehört zu keiner Autorisierung, auf die TokenDesk wartet, daher hat TokenDesk sie ignoriert. Kehren Sie zu TokenDesk zurück.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>TokenDesk did not accept this request.</source>
        <translation>TokenDesk hat diese Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>TokenDesk did not understand this request.</source>
        <translation>TokenDesk hat diese Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>TokenDesk expects the browser's redirect.</source>
        <translation>TokenDesk erwartet die Weiterleitung des Browsers.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>Sie können diesen Tab schließen und zu TokenDesk zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Über TokenDesk</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Switch tenant (each keeps its own sign-in)</source>
        <translation>Mandant wechseln (jeder behält seine eigene Anmeldung)</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>Über TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk – %1</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>Mandanten &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>Token &amp;untersuchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window. Token values stay in memory and in your keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne documentation&lt;/a&gt; · &lt;a href="%3"&gt;Access tokens on Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Anmeldetoken, persönliche Zugriffstoken und SCM-Verbindungen eines Moderne-Mandanten in einem Fenster. Tokenwerte bleiben im Arbeitsspeicher und in Ihrem Schlüsselbund.&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne-Dokumentation&lt;/a&gt; · &lt;a href="%3"&gt;Zugriffstoken bei Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %4, läuft mit Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3 (platform %4)</source>
        <translation>Angemeldet als %1 · %2 · %3 (Plattform %4)</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>The token to renew is no longer in your list.</source>
        <translation>Das zu erneuernde Token ist nicht mehr in Ihrer Liste.</translation>
    </message>
    <message>
        <source>&amp;Export expiries to calendar…</source>
        <translation>Abläufe in Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the expiry dates of your personal access tokens as an iCalendar (.ics) file</source>
        <translation>Die Ablaufdaten Ihrer persönlichen Zugriffstoken als iCalendar-Datei (.ics) speichern</translation>
    </message>
    <message>
        <source>&amp;Offboard user…</source>
        <translation>Benutzer-&amp;Offboarding…</translation>
    </message>
    <message>
        <source>Export expiries to calendar</source>
        <translation>Abläufe in Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Sign in to export your token expiries.</source>
        <translation>Melden Sie sich an, um die Abläufe Ihrer Token zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the expiry of %n token(s) to %1.</source>
        <translation>
            <numerusform>Ablauf von %n Token in %1 gespeichert.</numerusform>
            <numerusform>Abläufe von %n Token in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>Der Kalender konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Not every page of your tokens could be read.</source>
        <translation>Nicht alle Seiten Ihrer Token konnten gelesen werden.</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token “%1” created&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token „%1“ erstellt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: this is the only time TokenDesk can show it.&lt;/b&gt; The server keeps no readable copy, so it cannot be shown again; if you lose it, revoke it and create another.</source>
        <translation>&lt;b&gt;Kopieren Sie es jetzt: Nur dieses eine Mal kann TokenDesk es anzeigen.&lt;/b&gt; Der Server bewahrt keine lesbare Kopie auf, daher kann es nicht erneut angezeigt werden; wenn Sie es verlieren, widerrufen Sie es und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>It expires %1 (%2).</source>
        <translation>Es läuft am %1 ab (%2).</translation>
    </message>
    <message>
        <source>It never expires: revoke it when it is no longer needed.</source>
        <translation>Es läuft nie ab: Widerrufen Sie es, sobald es nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Tokenwert</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system's keychain under “%1”.</source>
        <translation>Bewahrt das Token im Schlüsselbund des Betriebssystems unter „%1“ auf.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>The token is on the clipboard; TokenDesk clears it there in %n second(s) unless you have copied something else.</source>
        <translation>
            <numerusform>Das Token ist in der Zwischenablage; TokenDesk leert sie in %n Sekunde, sofern Sie nicht inzwischen etwas anderes kopiert haben.</numerusform>
            <numerusform>Das Token ist in der Zwischenablage; TokenDesk leert sie in %n Sekunden, sofern Sie nicht inzwischen etwas anderes kopiert haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the keychain as “%1”.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Schließen, ohne zu kopieren?</translation>
    </message>
    <message>
        <source>You have not copied the token or saved it in the keychain. It cannot be shown again once this window closes.</source>
        <translation>Sie haben das Token weder kopiert noch im Schlüsselbund gespeichert. Sobald dieses Fenster geschlossen ist, kann es nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Or sign the Moderne CLI in on this machine: run these two commands, then paste the token when the CLI waits for it and press Enter. The CLI reads the token on standard input, so it never reaches your shell's history.</source>
        <translation>Oder melden Sie die Moderne CLI auf diesem Rechner an: Führen Sie diese beiden Befehle aus, fügen Sie dann das Token ein, wenn die CLI darauf wartet, und drücken Sie die Eingabetaste. Die CLI liest das Token von der Standardeingabe, so gelangt es nie in den Verlauf Ihrer Shell.</translation>
    </message>
    <message>
        <source>Moderne CLI commands</source>
        <translation>Befehle der Moderne CLI</translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation>Befehle ko&amp;pieren</translation>
    </message>
    <message>
        <source>&lt;tenant URL&gt;</source>
        <translation>&lt;Mandanten-URL&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This tenant allows tokens of at most %n day(s). The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</source>
        <translation>
            <numerusform>Dieser Mandant erlaubt Token von höchstens %n Tag. Die eigene Browser-Anmeldung der CLI (mod config moderne login) erstellt 365-Tage-Token, die der Mandant ablehnt: Geben Sie die Lebensdauer selbst an, z. B. mod config moderne login --expiration P%nD</numerusform>
            <numerusform>Dieser Mandant erlaubt Token von höchstens %n Tagen. Die eigene Browser-Anmeldung der CLI (mod config moderne login) erstellt 365-Tage-Token, die der Mandant ablehnt: Geben Sie die Lebensdauer selbst an, z. B. mod config moderne login --expiration P%nD</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands are on the clipboard: paste them into a terminal, then copy the token and paste it when the CLI waits for it.</source>
        <translation>Die Befehle sind in der Zwischenablage: Fügen Sie sie in ein Terminal ein, kopieren Sie dann das Token und fügen Sie es ein, wenn die CLI darauf wartet.</translation>
    </message>
    <message>
        <source>It begins with %1 (the list of tokens shows this too).</source>
        <translation>Es beginnt mit %1 (die Liste der Tokens zeigt das ebenfalls).</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>Login token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>SCM tokens</source>
        <translation>SCM-Token</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Persönliche Zugriffstoken</translation>
    </message>
    <message>
        <source>TokenDesk warns you on the desktop before a token expires. Choose what to be warned about and how early.</source>
        <translation>TokenDesk warnt Sie auf dem Desktop, bevor ein Token abläuft. Wählen Sie, wovor und wie früh Sie gewarnt werden möchten.</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Not when the login token will be renewed on its own.</source>
        <translation>Nicht, wenn das Anmeldetoken automatisch erneuert wird.</translation>
    </message>
    <message>
        <source> days before, once a day</source>
        <translation> Tage vorher, einmal täglich</translation>
    </message>
    <message>
        <source>Minutes of warning before the login token expires</source>
        <translation>Minuten Vorwarnung, bevor das Anmeldetoken abläuft</translation>
    </message>
    <message>
        <source>Minutes of warning before an SCM token expires</source>
        <translation>Minuten Vorwarnung, bevor ein SCM-Token abläuft</translation>
    </message>
    <message>
        <source>Days of warning before a personal access token expires</source>
        <translation>Tage Vorwarnung, bevor ein persönliches Zugriffstoken abläuft</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <source>Offboard a user</source>
        <translation>Benutzer-Offboarding</translation>
    </message>
    <message>
        <source>User's &amp;email:</source>
        <translation>E-&amp;Mail des Benutzers:</translation>
    </message>
    <message>
        <source>User's email</source>
        <translation>E-Mail des Benutzers</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Look up the user</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>The user's tokens</source>
        <translation>Token des Benutzers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>Letzte &amp;Ereignisse</translation>
    </message>
    <message>
        <source>The user's recent audit events</source>
        <translation>Letzte Audit-Ereignisse des Benutzers</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Their SCM connections are their own: administrators cannot see or disconnect them. Deleting the user ends their access to the tenant.</source>
        <translation>Die SCM-Verbindungen des Benutzers gehören ihm selbst: Administratoren können sie weder sehen noch trennen. Das Löschen des Benutzers beendet seinen Zugriff auf den Mandanten.</translation>
    </message>
    <message>
        <source>&amp;Revoke all their tokens…</source>
        <translation>Alle Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Delete the user and all their tokens…</source>
        <translation>Benutzer und alle Token &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>Beleg &amp;speichern…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>last active %1 (%2)</source>
        <translation>zuletzt aktiv am %1 (%2)</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>nie aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n personal access token(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n persönliches Zugriffstoken</numerusform>
            <numerusform>%1 · %2 · %3 · %n persönliche Zugriffstoken</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>the same description as another of their tokens</source>
        <translation>dieselbe Beschreibung wie ein anderes seiner Token</translation>
    </message>
    <message numerus="yes">
        <source>named in their events of the last %n day(s)</source>
        <translation>
            <numerusform>in seinen Ereignissen des letzten %n Tages genannt</numerusform>
            <numerusform>in seinen Ereignissen der letzten %n Tage genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1” (%2): %3</source>
        <translation>• „%1“ (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) may be used by automation (a CLI, a pipeline); revoking them stops it:</source>
        <translation>
            <numerusform>%n Token wird möglicherweise von einer Automatisierung (CLI, Pipeline) verwendet; ein Widerruf stoppt sie:</numerusform>
            <numerusform>%n Token werden möglicherweise von Automatisierungen (CLI, Pipeline) verwendet; ein Widerruf stoppt sie:</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit events could not be read: %1</source>
        <translation>Die Audit-Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Recent &amp;events (%1)</source>
        <translation>Letzte &amp;Ereignisse (%1)</translation>
    </message>
    <message>
        <source>&amp;Tokens (%1)</source>
        <translation>&amp;Token (%1)</translation>
    </message>
    <message>
        <source>These look like automation (a CLI, a pipeline) and stop working too:</source>
        <translation>Diese sehen nach Automatisierung aus (CLI, Pipeline) und funktionieren dann ebenfalls nicht mehr:</translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>Damit wird %n persönliches Zugriffstoken von &lt;b&gt;%1&lt;/b&gt; widerrufen. Jedes Skript, jede CLI und jedes Plugin, das es verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Damit werden alle %n persönlichen Zugriffstoken von &lt;b&gt;%1&lt;/b&gt; widerrufen. Jedes Skript, jede CLI und jedes Plugin, das sie verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access token(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>Damit werden der Benutzer &lt;b&gt;%1&lt;/b&gt; und sein %n persönliches Zugriffstoken gelöscht. Jedes Skript, jede CLI und jedes Plugin, das es verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Damit werden der Benutzer &lt;b&gt;%1&lt;/b&gt; und alle %n seiner persönlichen Zugriffstoken gelöscht. Jedes Skript, jede CLI und jedes Plugin, das sie verwendet, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Alle Token von %1 widerrufen</translation>
    </message>
    <message>
        <source>Delete the user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>Type the user's email to confirm:</source>
        <translation>Geben Sie zur Bestätigung die E-Mail-Adresse des Benutzers ein:</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Alle Token von %1 werden widerrufen…</translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation>Benutzer %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted with the user.</source>
        <translation>Mit dem Benutzer gelöscht.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have acted. It was not sent again.</source>
        <translation>%1 Die Antwort ging verloren: Der Server hat die Aktion möglicherweise ausgeführt. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Speichern Sie den Beleg mit „Beleg speichern…“.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked all %n token(s) of %1.</source>
        <translation>
            <numerusform>%n Token von %1 widerrufen.</numerusform>
            <numerusform>Alle %n Token von %1 widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the user %1 and %n token(s).</source>
        <translation>
            <numerusform>Benutzer %1 und %n Token gelöscht.</numerusform>
            <numerusform>Benutzer %1 und %n Token gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to revoking all tokens of %1 was lost (%2): the outcome is unknown.</source>
        <translation>Die Antwort auf den Widerruf aller Token von %1 ging verloren (%2): Das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>The answer to deleting the user %1 was lost (%2): the outcome is unknown.</source>
        <translation>Die Antwort auf das Löschen des Benutzers %1 ging verloren (%2): Das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>TokenDesk did not send it again; it read the user again, and the list shows what the server holds now.</source>
        <translation>TokenDesk hat die Anfrage nicht erneut gesendet; der Benutzer wurde neu gelesen, und die Liste zeigt, was der Server jetzt gespeichert hat.</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked: %2</source>
        <translation>Die Token von %1 wurden nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>The user %1 was not deleted: %2</source>
        <translation>Der Benutzer %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Save the offboarding receipt</source>
        <translation>Offboarding-Beleg speichern</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server's discovery document is not valid JSON (%1).</source>
        <translation>Das Discovery-Dokument des Anmeldeservers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</source>
        <translation>Das Discovery-Dokument nennt den Aussteller „%1“, TokenDesk hat aber „%2“ angefragt. Prüfen Sie die Aussteller-URL in den Mandanteneinstellungen.</translation>
    </message>
    <message>
        <source>The discovery document has no %1, so TokenDesk cannot sign in there.</source>
        <translation>Das Discovery-Dokument enthält kein %1, daher kann sich TokenDesk dort nicht anmelden.</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which TokenDesk requires.</source>
        <translation>Der Anmeldeserver unterstützt kein PKCE mit S256, das TokenDesk voraussetzt.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</source>
        <translation>Der Anmeldeserver unter %1 war nicht erreichbar (%2). Prüfen Sie die Adresse des Mandanten und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</source>
        <translation>Der Anmeldeserver hat für sein Discovery-Dokument unter %2 mit HTTP %1 geantwortet. Prüfen Sie die Aussteller-URL in den Mandanteneinstellungen.</translation>
    </message>
    <message>
        <source>the sign-in server at %1</source>
        <translation>dem Anmeldeserver unter %1</translation>
    </message>
    <message>
        <source>The discovery document's %1 is refused: %2</source>
        <translation>Der Eintrag %1 des Discovery-Dokuments wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>The sign-in server does not say that it supports PKCE with S256 (its discovery document has no code_challenge_methods_supported), so TokenDesk will not sign in there.</source>
        <translation>Der Anmeldeserver gibt nicht an, dass er PKCE mit S256 unterstützt (sein Discovery-Dokument enthält kein code_challenge_methods_supported), daher meldet TokenDesk sich dort nicht an.</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>Der Anmeldeserver</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 konnte nicht geladen werden (%2).</translation>
    </message>
    <message>
        <source>%1 has no function %2.</source>
        <translation>%1 hat keine Funktion %2.</translation>
    </message>
</context>
<context>
    <name>PaneRegistry</name>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Access tokens</source>
        <translation>&amp;Zugriffstoken</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM-Verbindungen</translation>
    </message>
    <message>
        <source>&amp;SCM connections</source>
        <translation>&amp;SCM-Verbindungen</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>&amp;Login token</source>
        <translation>&amp;Anmeldetoken</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>Token hygiene</source>
        <translation>Token-Hygiene</translation>
    </message>
    <message>
        <source>Token &amp;hygiene</source>
        <translation>Token-&amp;Hygiene</translation>
    </message>
</context>
<context>
    <name>ReceiptFile</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>Der Beleg konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>Beleg in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered with more than %3; TokenDesk stopped reading.</source>
        <translation>%1 unter %2 hat mit mehr als %3 geantwortet; TokenDesk hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to %3; TokenDesk did not follow it.</source>
        <translation>%1 unter %2 hat auf %3 weitergeleitet; TokenDesk ist der Weiterleitung nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>RevocationReceipt</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>A new token “%1” replaces this one: it gets the new value where you choose, and the old token is revoked after that, never before.</source>
        <translation>Ein neues Token „%1“ ersetzt dieses: Sein Wert kommt dorthin, wo Sie es wählen, und erst danach – nie vorher – wird das alte Token widerrufen.</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Lebensdauer in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>New token's lifetime:</source>
        <translation>Lebensdauer des neuen Tokens:</translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s), so the new token lives shorter than the old one (%1 days).</source>
        <translation>
            <numerusform>Der Mandant erlaubt Tokens höchstens %n Tag lang, daher lebt das neue Token kürzer als das alte (%1 Tage).</numerusform>
            <numerusform>Der Mandant erlaubt Tokens höchstens %n Tage lang, daher lebt das neue Token kürzer als das alte (%1 Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s); the old token never expires, the new one will.</source>
        <translation>
            <numerusform>Der Mandant erlaubt Tokens höchstens %n Tag lang; das alte Token läuft nie ab, das neue schon.</numerusform>
            <numerusform>Der Mandant erlaubt Tokens höchstens %n Tage lang; das alte Token läuft nie ab, das neue schon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the new value:</source>
        <translation>Neuen Wert ablegen:</translation>
    </message>
    <message>
        <source>In the keychain, in place of the old token's entry</source>
        <translation>Im Schlüsselbund, anstelle des Eintrags des alten Tokens</translation>
    </message>
    <message>
        <source>The keychain holds no value of the old token.</source>
        <translation>Der Schlüsselbund enthält keinen Wert des alten Tokens.</translation>
    </message>
    <message>
        <source>On the clipboard</source>
        <translation>In der Zwischenablage</translation>
    </message>
    <message>
        <source>In the Moderne CLI (mod config moderne login, on its standard input)</source>
        <translation>In der Moderne-CLI (mod config moderne login, über die Standardeingabe)</translation>
    </message>
    <message>
        <source>mod is not on the PATH.</source>
        <translation>mod ist nicht im PATH.</translation>
    </message>
    <message>
        <source>When I confirm</source>
        <translation>Wenn ich es bestätige</translation>
    </message>
    <message>
        <source>Right after the hand-off</source>
        <translation>Direkt nach der Übergabe</translation>
    </message>
    <message>
        <source>1 hour after the hand-off</source>
        <translation>1 Stunde nach der Übergabe</translation>
    </message>
    <message>
        <source>1 day after the hand-off</source>
        <translation>1 Tag nach der Übergabe</translation>
    </message>
    <message>
        <source>Revoke the old token:</source>
        <translation>Altes Token widerrufen:</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
</context>
<context>
    <name>RotationJournal</name>
    <message>
        <source>Cannot make the folder %1 for the rotation journal.</source>
        <translation>Der Ordner %1 für das Rotationsjournal kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the rotation journal %1: %2.</source>
        <translation>Das Rotationsjournal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged; move it away to start afresh.</source>
        <translation>Das Rotationsjournal %1 ist beschädigt; verschieben Sie es an einen anderen Ort, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot write the rotation journal %1: %2.</source>
        <translation>Das Rotationsjournal %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The rotation journal (%1) is locked by another program; try again when it has finished.</source>
        <translation>Das Rotationsjournal (%1) ist von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Another tokendesk-cli (process %1) is working on the rotation journal (%2); try again when it has finished.</source>
        <translation>Eine andere tokendesk-cli (Prozess %1) arbeitet am Rotationsjournal (%2); versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>TokenDesk (process %1) is rotating a token with the rotation journal (%2); try again when it has finished.</source>
        <translation>TokenDesk (Prozess %1) rotiert gerade ein Token mit dem Rotationsjournal (%2); versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Another program (%1, process %2) holds the rotation journal (%3); try again when it has finished.</source>
        <translation>Ein anderes Programm (%1, Prozess %2) hält das Rotationsjournal (%3); versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>SavedTokens</name>
    <message numerus="yes">
        <source>Moved %n keychain entry(s) to the token's id: %1.</source>
        <translation>
            <numerusform>%n Schlüsselbundeintrag auf die ID des Tokens umgestellt: %1.</numerusform>
            <numerusform>%n Schlüsselbundeinträge auf die ID des Tokens umgestellt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n keychain entry(s) under the old name, because several tokens have that description: %1.</source>
        <translation>
            <numerusform>%n Schlüsselbundeintrag unter dem alten Namen belassen, weil mehrere Token diese Beschreibung haben: %1.</numerusform>
            <numerusform>%n Schlüsselbundeinträge unter dem alten Namen belassen, weil mehrere Token diese Beschreibung haben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move the keychain entries of %1; TokenDesk tries again next time.</source>
        <translation>Die Schlüsselbundeinträge von %1 konnten nicht umgestellt werden; TokenDesk versucht es beim nächsten Mal erneut.</translation>
    </message>
</context>
<context>
    <name>ScmAuthorizationListener</name>
    <message>
        <source>The authorization request expired before the browser came back. Connect again.</source>
        <translation>Die Autorisierungsanfrage ist abgelaufen, bevor der Browser zurückkam. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The browser came back with a response that does not belong to this authorization (the state does not match), so TokenDesk rejected it. Connect again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Autorisierung gehört (state stimmt nicht überein), daher hat TokenDesk sie abgelehnt. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The provider did not grant access. You can close this tab and return to TokenDesk.</source>
        <translation>Der Anbieter hat den Zugriff nicht gewährt. Sie können diesen Tab schließen und zu TokenDesk zurückkehren.</translation>
    </message>
    <message>
        <source>Access was denied on the provider's authorization page.</source>
        <translation>Der Zugriff wurde auf der Autorisierungsseite des Anbieters verweigert.</translation>
    </message>
    <message>
        <source>The provider reported “%1”.</source>
        <translation>Der Anbieter hat „%1“ gemeldet.</translation>
    </message>
    <message>
        <source>The provider reported “%1”: %2</source>
        <translation>Der Anbieter hat „%1“ gemeldet: %2</translation>
    </message>
    <message>
        <source>Authorization incomplete</source>
        <translation>Autorisierung unvollständig</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Return to TokenDesk and connect again.</source>
        <translation>In der Antwort des Anbieters fehlt „%1“. Kehren Sie zu TokenDesk zurück und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Connect again.</source>
        <translation>In der Antwort des Anbieters fehlt „%1“. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Autorisierung erhalten</translation>
    </message>
    <message>
        <source>TokenDesk received the authorization. You can close this tab and return to TokenDesk.</source>
        <translation>TokenDesk hat die Autorisierung erhalten. Sie können diesen Tab schließen und zu TokenDesk zurückkehren.</translation>
    </message>
</context>
<context>
    <name>ScmConnectFlow</name>
    <message>
        <source>The authorization could not be started: %1</source>
        <translation>Die Autorisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server sent an authorization address TokenDesk will not open: %1</source>
        <translation>Der Server hat eine Autorisierungsadresse gesendet, die TokenDesk nicht öffnet: %1</translation>
    </message>
    <message>
        <source>The authorization request expired before it could be opened. Check the computer's clock, then connect again.</source>
        <translation>Die Autorisierungsanfrage ist abgelaufen, bevor sie geöffnet werden konnte. Prüfen Sie die Uhr des Computers und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>TokenDesk could not open the browser. Open this address yourself: %1</source>
        <translation>TokenDesk konnte den Browser nicht öffnen. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>The authorization could not be completed: %1</source>
        <translation>Die Autorisierung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The server did not accept the authorization.</source>
        <translation>Der Server hat die Autorisierung nicht angenommen.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>Die Verbindung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection.</source>
        <translation>Der Server hat die Verbindung nicht entfernt.</translation>
    </message>
    <message>
        <source>The connection could not be removed, so it was not connected again: %1</source>
        <translation>Die Verbindung konnte nicht entfernt werden und wurde daher nicht erneut verbunden: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection, so it was not connected again.</source>
        <translation>Der Server hat die Verbindung nicht entfernt; sie wurde daher nicht erneut verbunden.</translation>
    </message>
    <message>
        <source>The server sent an authorization address without a state, so TokenDesk could not tell the provider's answer from a forged one. It did not open it.</source>
        <translation>Der Server hat eine Autorisierungsadresse ohne state gesendet, daher könnte TokenDesk die Antwort des Anbieters nicht von einer gefälschten unterscheiden. TokenDesk hat sie nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ScmConnectionModel</name>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>Bitbucket Data Center</source>
        <translation>Bitbucket Data Center</translation>
    </message>
    <message>
        <source>Bitbucket Cloud</source>
        <translation>Bitbucket Cloud</translation>
    </message>
    <message>
        <source>Azure DevOps</source>
        <translation>Azure DevOps</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation>Verbunden am %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>renewal due now</source>
        <translation>Erneuerung jetzt fällig</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>The platform reports this connection as invalid. “Connect again” disconnects it and connects it afresh, as the platform's documentation advises.</source>
        <translation>Die Plattform meldet diese Verbindung als ungültig. „Erneut verbinden“ trennt sie und verbindet sie neu, wie es die Dokumentation der Plattform empfiehlt.</translation>
    </message>
    <message>
        <source>The platform renews this credential automatically; the current one is due for renewal %1.</source>
        <translation>Die Plattform erneuert diesen Zugang automatisch; der aktuelle ist fällig am %1.</translation>
    </message>
    <message>
        <source>renewal due in %1</source>
        <translation>Erneuerung fällig in %1</translation>
    </message>
    <message>
        <source>Until renewal</source>
        <translation>Bis zur Erneuerung</translation>
    </message>
    <message>
        <source>auto-renews %1</source>
        <translation>Erneuerung %1</translation>
    </message>
    <message>
        <source>auto-renews in a moment</source>
        <translation>Erneuerung gleich</translation>
    </message>
</context>
<context>
    <name>ScmPane</name>
    <message>
        <source>&lt;h2&gt;SCM connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SCM-Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours; the bar empties as the time runs out.</source>
        <translation>Quellcode-Hosts, auf die Moderne in Ihrem Namen zugreifen darf. Ihre OAuth-Token gelten bis zu 8 Stunden; der Balken leert sich, während die Zeit abläuft.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM-Verbindungen</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Waiting for the browser: authorize TokenDesk at %1, then come back. (&lt;a href="%2"&gt;Open the page again&lt;/a&gt;; this request expires at %3.)</source>
        <translation>Warten auf den Browser: Autorisieren Sie TokenDesk bei %1 und kehren Sie dann zurück. (&lt;a href="%2"&gt;Seite erneut öffnen&lt;/a&gt;; diese Anfrage läuft um %3 ab.)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Von %1 getrennt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Disconnect your Moderne account from %1?</source>
        <translation>Ihr Moderne-Konto von %1 trennen?</translation>
    </message>
    <message>
        <source>Moderne will no longer be able to reach %1 on your behalf until you connect again.</source>
        <translation>Moderne kann dann nicht mehr in Ihrem Namen auf %1 zugreifen, bis Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 von %2 verbunden</translation>
    </message>
    <message>
        <source>Disconnected from %1; connecting it again in the browser…</source>
        <translation>Von %1 getrennt; wird im Browser erneut verbunden…</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Where a host's credentials expire (GitHub App tokens: 8 hours), the platform renews them automatically: the bar shows the time until the next renewal. Connections unused for 90 days are removed by the platform.</source>
        <translation>Quellcode-Hosts, auf die Moderne in Ihrem Namen zugreifen darf. Wo die Zugangsdaten eines Hosts ablaufen (GitHub-App-Token: 8 Stunden), erneuert die Plattform sie automatisch: Der Balken zeigt die Zeit bis zur nächsten Erneuerung. Verbindungen, die 90 Tage nicht genutzt werden, entfernt die Plattform.</translation>
    </message>
    <message>
        <source>Connect %1 again?</source>
        <translation>%1 erneut verbinden?</translation>
    </message>
    <message>
        <source>The platform reports the connection to %1 as invalid.</source>
        <translation>Die Plattform meldet die Verbindung zu %1 als ungültig.</translation>
    </message>
    <message>
        <source>“Connect again” disconnects it, then connects it afresh: your browser opens %1's consent page.</source>
        <translation>„Erneut verbinden“ trennt die Verbindung und verbindet sie dann neu: Ihr Browser öffnet die Zustimmungsseite von %1.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusWidget</name>
    <message>
        <source>Session status</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Abgemeldet – melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Signed in with a personal access token</source>
        <translation>Mit einem persönlichen Zugriffstoken angemeldet</translation>
    </message>
    <message>
        <source>A personal access token is not refreshed; it lasts until it expires or is revoked.</source>
        <translation>Ein persönliches Zugriffstoken wird nicht erneuert; es gilt, bis es abläuft oder widerrufen wird.</translation>
    </message>
    <message>
        <source>Login token: %1 left</source>
        <translation>Anmeldetoken: noch %1</translation>
    </message>
    <message>
        <source>The login token expires %1; TokenDesk renews it before then.</source>
        <translation>Das Anmeldetoken läuft am %1 ab; TokenDesk erneuert es vorher.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A token you copy is removed from the clipboard after this time, unless you have copied something else since.</source>
        <translation>Ein kopiertes Token wird nach dieser Zeit aus der Zwischenablage entfernt, sofern Sie nicht inzwischen etwas anderes kopiert haben.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and its client id. Switch between them from the Tenant menu.</source>
        <translation>Jeder Mandant behält seine eigene Anmeldung: seine URL, seinen Keycloak-Aussteller, seine GraphQL-API und seine Client-ID. Wechseln Sie im Menü „Mandant“ zwischen ihnen.</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>Mandanten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>TokenDesk uses the new language the next time it starts.</source>
        <translation>TokenDesk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>In panes</source>
        <translation>In den Bereichen</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation>„%1“ ist keine vollständige Webadresse.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>%1 verwendet einfaches http://, wodurch Token unverschlüsselt über das Netzwerk gesendet würden. Verwenden Sie https://; einfaches http:// ist nur für diesen Computer (127.0.0.1) erlaubt.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation>Die Client-ID ist leer.</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Acme</source>
        <translation>Acme</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Mandanten-URL</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>GraphQL API URL</source>
        <translation>GraphQL-API-URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Fill in from tenant URL</source>
        <translation>Aus Mandanten-URL ausfüllen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>Mandanten-URL:</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>Aussteller-URL:</translation>
    </message>
    <message>
        <source>GraphQL API URL:</source>
        <translation>GraphQL-API-URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>TokenDesk can only propose addresses for https://&lt;tenant&gt;.moderne.io; fill in the issuer and API URL yourself.</source>
        <translation>TokenDesk kann nur für https://&lt;tenant&gt;.moderne.io Adressen vorschlagen; tragen Sie Aussteller- und API-URL selbst ein.</translation>
    </message>
    <message>
        <source>Every tenant needs a display name.</source>
        <translation>Jeder Mandant benötigt einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Platform generation</source>
        <translation>Plattformgeneration</translation>
    </message>
    <message>
        <source>v2 — today's platform (sends “X-Moderne-Platform-Version: v2”)</source>
        <translation>v2 — die heutige Plattform (sendet „X-Moderne-Platform-Version: v2“)</translation>
    </message>
    <message>
        <source>v1 — the first generation</source>
        <translation>v1 — die erste Generation</translation>
    </message>
    <message>
        <source>v1: administrators' tokens work only within 14 days of their last sign-in; SCM tokens expire after 8 hours and must be connected again.</source>
        <translation>v1: Token von Administratoren funktionieren nur bis 14 Tage nach deren letzter Anmeldung; SCM-Token laufen nach 8 Stunden ab und müssen erneut verbunden werden.</translation>
    </message>
    <message>
        <source>v2: tokens act with the owner's current role; the platform renews SCM credentials itself; no 14-day rule for administrators.</source>
        <translation>v2: Token handeln mit der aktuellen Rolle ihres Besitzers; die Plattform erneuert SCM-Zugänge selbst; keine 14-Tage-Regel für Administratoren.</translation>
    </message>
    <message>
        <source>Switch to this tenant</source>
        <translation>Zu diesem Mandanten wechseln</translation>
    </message>
    <message>
        <source>Keep the changes and switch to the selected tenant (OK only keeps the changes)</source>
        <translation>Änderungen behalten und zum ausgewählten Mandanten wechseln (OK behält nur die Änderungen)</translation>
    </message>
    <message>
        <source>The tenant in use</source>
        <translation>Der verwendete Mandant</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of token expiries</source>
        <translation>Zeitleiste der Tokenabläufe</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>PAT </source>
        <translation>PAT </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>● login token   ■ SCM token   ◆ personal access token   (green: fine · amber: soon · red: expired)</source>
        <translation>● Anmeldetoken   ■ SCM-Token   ◆ persönliches Zugriffstoken   (grün: in Ordnung · gelb: bald · rot: abgelaufen)</translation>
    </message>
    <message>
        <source>Nothing expires in the next 8 hours.</source>
        <translation>In den nächsten 8 Stunden läuft nichts ab.</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>SCM token</source>
        <translation>SCM-Token</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4</source>
        <translation>%1 %2
%3 %4</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen:</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Hide timeline</source>
        <translation>Zeitleiste ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>self-signed certificate</source>
        <translation>selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain</source>
        <translation>selbstsigniertes Zertifikat in der Kette</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>ausgestellt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <translation>abgelaufenes Zertifikat</translation>
    </message>
    <message>
        <source>certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>issued for another host name</source>
        <translation>für einen anderen Hostnamen ausgestellt</translation>
    </message>
    <message>
        <source>revoked certificate</source>
        <translation>widerrufenes Zertifikat</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1): TokenDesk did not connect to %2 and sent nothing. Check the address; if it is right, ask your administrator to install your organization's certificate authority on this computer.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1): TokenDesk hat keine Verbindung zu %2 aufgebaut und nichts gesendet. Prüfen Sie die Adresse; wenn sie stimmt, bitten Sie Ihren Administrator, die Zertifizierungsstelle Ihrer Organisation auf diesem Computer zu installieren.</translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>Abgelaufen %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This token never expires. Anyone who obtains it can use it until it is revoked.</source>
        <translation>Dieses Token läuft nie ab. Wer es erlangt, kann es verwenden, bis es widerrufen wird.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Läuft bald ab: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
</context>
<context>
    <name>TokenHygiene</name>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Outlives the cap</source>
        <translation>Überschreitet die Obergrenze</translation>
    </message>
    <message>
        <source>Expired, still listed</source>
        <translation>Abgelaufen, noch gelistet</translation>
    </message>
    <message>
        <source>Owner inactive</source>
        <translation>Besitzer inaktiv</translation>
    </message>
    <message>
        <source>Same description</source>
        <translation>Gleiche Beschreibung</translation>
    </message>
    <message>
        <source>Admin 14-day rule</source>
        <translation>14-Tage-Regel für Admins</translation>
    </message>
    <message>
        <source>The token never expires: whoever holds it can use it until it is revoked.</source>
        <translation>Das Token läuft nie ab: Wer es besitzt, kann es verwenden, bis es widerrufen wird.</translation>
    </message>
    <message numerus="yes">
        <source>The token lives longer than the tenant's current cap of %n day(s); it was created before the cap.</source>
        <translation>
            <numerusform>Das Token lebt länger als die aktuelle Obergrenze des Mandanten von %n Tag; es wurde vor der Obergrenze erstellt.</numerusform>
            <numerusform>Das Token lebt länger als die aktuelle Obergrenze des Mandanten von %n Tagen; es wurde vor der Obergrenze erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant has no cap on a token's lifetime.</source>
        <translation>Der Mandant begrenzt die Lebensdauer von Tokens nicht.</translation>
    </message>
    <message>
        <source>The token has expired but the platform still lists it.</source>
        <translation>Das Token ist abgelaufen, aber die Plattform listet es noch.</translation>
    </message>
    <message numerus="yes">
        <source>The owner has not been active for more than %n day(s), or never.</source>
        <translation>
            <numerusform>Der Besitzer war seit mehr als %n Tag nicht aktiv, oder nie.</numerusform>
            <numerusform>Der Besitzer war seit mehr als %n Tagen nicht aktiv, oder nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner has several tokens with this description (for example the CLI's repeated logins).</source>
        <translation>Der Besitzer hat mehrere Tokens mit dieser Beschreibung (zum Beispiel durch wiederholte Anmeldungen der CLI).</translation>
    </message>
    <message numerus="yes">
        <source>v1: an administrator's tokens work only while the administrator has signed in within the last %n day(s); this one no longer works.</source>
        <translation>
            <numerusform>v1: Die Tokens eines Administrators funktionieren nur, solange er sich innerhalb des letzten %n Tages angemeldet hat; dieses funktioniert nicht mehr.</numerusform>
            <numerusform>v1: Die Tokens eines Administrators funktionieren nur, solange er sich innerhalb der letzten %n Tage angemeldet hat; dieses funktioniert nicht mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The input is larger than %1 MB: that is not a token.</source>
        <translation>Die Eingabe ist größer als %1 MB: Das ist kein Token.</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, or paste it and press Ctrl+D.</source>
        <translation>Kein Token auf der Standardeingabe. Leiten Sie eines per Pipe ein, z. B. `pbpaste | tokendesk --inspect`, oder fügen Sie es ein und drücken Sie Strg+D.</translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The new token for “%1” may or may not have been created: %2 It is not asked for again; TokenDesk reloads the list and looks for it. The old token is kept.</source>
        <translation>Das neue Token für „%1“ wurde möglicherweise erstellt: %2 Es wird nicht erneut angefordert; TokenDesk lädt die Liste neu und sucht danach. Das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>The new token for “%1” was not created: %2 The old token is kept.</source>
        <translation>Das neue Token für „%1“ wurde nicht erstellt: %2 Das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>The new value could not be handed over: %1</source>
        <translation>Der neue Wert konnte nicht übergeben werden: %1</translation>
    </message>
    <message>
        <source>The old token “%1” was not revoked: %2 TokenDesk tries again when it starts.</source>
        <translation>Das alte Token „%1“ wurde nicht widerrufen: %2 TokenDesk versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Revoked the old token “%1”.</source>
        <translation>Das alte Token „%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read: %1</source>
        <translation>Die Liste der Tokens konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The rotation of “%1” created nothing; the old token is kept. Rotate it again.</source>
        <translation>Die Rotation von „%1“ hat nichts erstellt; das alte Token bleibt erhalten. Rotieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The rotation of “%1” may have created one of %2, whose values were never shown; revoke the one not in use. The old token is kept.</source>
        <translation>Die Rotation von „%1“ hat möglicherweise eines von %2 erstellt, deren Werte nie angezeigt wurden; widerrufen Sie das nicht verwendete. Das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>The token made by the interrupted rotation of “%1” (its value was never handed over) could not be revoked: %2</source>
        <translation>Das Token aus der unterbrochenen Rotation von „%1“ (sein Wert wurde nie übergeben) konnte nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>The rotation of “%1” was interrupted before the new value was handed over: the new token was revoked, the old one is kept. Rotate it again.</source>
        <translation>Die Rotation von „%1“ wurde unterbrochen, bevor der neue Wert übergeben war: Das neue Token wurde widerrufen, das alte bleibt erhalten. Rotieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer to the revoke of the old token “%1” was lost: %2 It may or may not have been revoked; TokenDesk does not send it again but reloads the list to see.</source>
        <translation>Die Antwort auf den Widerruf des alten Tokens „%1“ ging verloren: %2 Es wurde möglicherweise widerrufen; TokenDesk sendet den Widerruf nicht erneut, sondern lädt die Liste neu, um nachzusehen.</translation>
    </message>
    <message>
        <source>The old token “%1” is still there: its revoke waits for you (right-click it to revoke it now or to keep it).</source>
        <translation>Das alte Token „%1“ ist noch vorhanden: Sein Widerruf wartet auf Sie (Rechtsklick, um es jetzt zu widerrufen oder zu behalten).</translation>
    </message>
    <message>
        <source>The old token “%1” was revoked: the list no longer has it.</source>
        <translation>Das alte Token „%1“ wurde widerrufen: Die Liste enthält es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TokenText</name>
    <message>
        <source>(not shown: it may be a token)</source>
        <translation>(nicht angezeigt: möglicherweise ein Token)</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>The server did not accept the token (HTTP 401): it is wrong, expired or revoked, or (v1) its administrator has not signed in for 14 days.</source>
        <translation>Der Server hat das Token nicht akzeptiert (HTTP 401): Es ist falsch, abgelaufen oder widerrufen, oder (v1) sein Administrator hat sich seit 14 Tagen nicht angemeldet.</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”: TokenDesk has none yet (or give --api-url).</source>
        <translation>Es gibt kein Mandantenprofil „%1“: TokenDesk hat noch keines (oder geben Sie --api-url an).</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”; there are %2.</source>
        <translation>Es gibt kein Mandantenprofil „%1“; vorhanden sind %2.</translation>
    </message>
    <message>
        <source>No tenant: give --tenant NAME (a profile of the TokenDesk app) or --api-url URL.</source>
        <translation>Kein Mandant: Geben Sie --tenant NAME (ein Profil der TokenDesk-App) oder --api-url URL an.</translation>
    </message>
    <message>
        <source>Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, or sign in to this tenant in TokenDesk with a personal access token and give its --tenant.</source>
        <translation>Nicht angemeldet: kein Token. Setzen Sie MODERNE_TOKEN, übergeben Sie eines per Pipe an --token-stdin, oder melden Sie sich in TokenDesk mit einem persönlichen Zugriffstoken bei diesem Mandanten an und geben Sie dessen --tenant an.</translation>
    </message>
    <message>
        <source>Not signed in: the keychain could not be read. %1</source>
        <translation>Nicht angemeldet: Der Schlüsselbund konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk has no saved session for “%1”. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Nicht angemeldet: TokenDesk hat keine gespeicherte Sitzung für „%1“. Melden Sie sich dort mit einem persönlichen Zugriffstoken an, setzen Sie MODERNE_TOKEN oder verwenden Sie --token-stdin.</translation>
    </message>
    <message>
        <source>Not signed in with a personal access token: TokenDesk's session for “%1” is a browser sign-in, which the command line does not use. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Nicht mit einem persönlichen Zugriffstoken angemeldet: Die Sitzung von TokenDesk für „%1“ ist eine Browser-Anmeldung, die die Befehlszeile nicht verwendet. Melden Sie sich dort mit einem persönlichen Zugriffstoken an, setzen Sie MODERNE_TOKEN oder verwenden Sie --token-stdin.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read.</source>
        <translation>Die Liste der Token konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>Die Liste der Benutzer konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Keine Token.</translation>
    </message>
    <message>
        <source>The token may or may not have been created (it was not asked for again): `tokendesk-cli tokens list` shows what the server holds.</source>
        <translation>Das Token wurde möglicherweise erstellt oder auch nicht (die Anfrage wurde nicht erneut gesendet): `tokendesk-cli tokens list` zeigt, was der Server gespeichert hat.</translation>
    </message>
    <message>
        <source>The token was not created.</source>
        <translation>Das Token wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3.</source>
        <translation>„%1“ (%2) erstellt, gültig bis %3.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires.</source>
        <translation>„%1“ (%2) erstellt, läuft nie ab.</translation>
    </message>
    <message>
        <source>would revoke  %1</source>
        <translation>würde widerrufen  %1</translation>
    </message>
    <message>
        <source>would revoke  %1  (not among your tokens: another user's, or none)</source>
        <translation>würde widerrufen  %1  (nicht unter Ihren Token: das eines anderen Benutzers oder keines)</translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation>Probelauf: Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>%1: no such token (already revoked, or never there).</source>
        <translation>%1: kein solches Token (bereits widerrufen oder nie vorhanden).</translation>
    </message>
    <message>
        <source>revoked  %1</source>
        <translation>widerrufen  %1</translation>
    </message>
    <message>
        <source>Dry run: %1 has no tokens.</source>
        <translation>Probelauf: %1 hat keine Token.</translation>
    </message>
    <message>
        <source>%1 has no tokens: nothing to revoke.</source>
        <translation>%1 hat keine Token: Es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>The tokens of %1 may or may not have been revoked (it was not asked for again).</source>
        <translation>Die Token von %1 wurden möglicherweise widerrufen oder auch nicht (die Anfrage wurde nicht erneut gesendet).</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked.</source>
        <translation>Die Token von %1 wurden nicht widerrufen.</translation>
    </message>
    <message>
        <source>The server did not revoke the tokens of %1.</source>
        <translation>Der Server hat die Token von %1 nicht widerrufen.</translation>
    </message>
    <message>
        <source>An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens rotate --resume`.</source>
        <translation>Eine unterbrochene Rotation von %1 („%2“) wartet: Führen Sie `tokendesk-cli tokens rotate --resume` aus.</translation>
    </message>
    <message>
        <source>Resuming the rotation of %1 (“%2”).</source>
        <translation>Die Rotation von %1 („%2“) wird fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first `tokendesk-cli tokens rotate` run after then.</source>
        <translation>%1 („%2“) wurde durch %3 ersetzt; es wird am %4 widerrufen, und zwar beim ersten Lauf von `tokendesk-cli tokens rotate` nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 was already rotated: rotate %2 instead.</source>
        <translation>%1 wurde bereits rotiert: Rotieren Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) is revoked.</source>
        <translation>Das alte Token %1 („%2“) ist widerrufen.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.</source>
        <translation>Die unterbrochene Rotation von %1 („%2“) hat nichts erstellt; das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) may have created one of %3; their values were never shown. Revoke the one that is not in use with `tokendesk-cli tokens revoke ID`. The old token is kept.</source>
        <translation>Die unterbrochene Rotation von %1 („%2“) hat möglicherweise eines der Token %3 erstellt; ihre Werte wurden nie angezeigt. Widerrufen Sie das nicht verwendete mit `tokendesk-cli tokens revoke ID`. Das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>The token %1 made by the interrupted rotation of %2 (its value was never shown) could not be revoked: %3</source>
        <translation>Das Token %1, das die unterbrochene Rotation von %2 erstellt hat (sein Wert wurde nie angezeigt), konnte nicht widerrufen werden: %3</translation>
    </message>
    <message>
        <source>The rotation of %1 (“%2”) was interrupted before the new value was printed: the new token %3 was revoked, the old token is kept.</source>
        <translation>Die Rotation von %1 („%2“) wurde unterbrochen, bevor der neue Wert ausgegeben wurde: Das neue Token %3 wurde widerrufen, das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>Run `tokendesk-cli tokens rotate %1` to rotate it.</source>
        <translation>Führen Sie `tokendesk-cli tokens rotate %1` aus, um es zu rotieren.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).</source>
        <translation>Das alte Token %1 („%2“) wird am %3 widerrufen, und zwar beim ersten Lauf von `tokendesk-cli tokens rotate` nach diesem Zeitpunkt (z. B. `tokendesk-cli tokens rotate --resume`).</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens rotate` run (e.g. with --resume) finishes it.</source>
        <translation>Das alte Token %1 („%2“) wurde nicht widerrufen: %3 Der nächste Lauf von `tokendesk-cli tokens rotate` (z. B. mit --resume) schließt das ab.</translation>
    </message>
    <message>
        <source>Revoked the old token %1 (“%2”).</source>
        <translation>Das alte Token %1 („%2“) wurde widerrufen.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was already gone.</source>
        <translation>Das alte Token %1 („%2“) war bereits nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>There is no token %1 among your tokens.</source>
        <translation>Unter Ihren Token gibt es kein Token %1.</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read.</source>
        <translation>Die Begrenzung der Gültigkeitsdauer von Token durch den Mandanten konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s), not %2.</source>
        <translation>Der Mandant erlaubt Token für höchstens %1 Tag(e): Das neue Token läuft nach %1 Tag(en) ab, nicht nach %2.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s) (the old one never expires).</source>
        <translation>Der Mandant erlaubt Token für höchstens %1 Tag(e): Das neue Token läuft nach %1 Tag(en) ab (das alte läuft nie ab).</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) may or may not have been created; it is not asked for again and the old token is kept. %3 Run `tokendesk-cli tokens rotate --resume` to clean up.</source>
        <translation>Das neue Token für %1 („%2“) wurde möglicherweise erstellt oder auch nicht; die Anfrage wird nicht erneut gesendet, und das alte Token bleibt erhalten. %3 Führen Sie `tokendesk-cli tokens rotate --resume` aus, um aufzuräumen.</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) was not created: %3 The old token is kept.</source>
        <translation>Das neue Token für %1 („%2“) wurde nicht erstellt: %3 Das alte Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3; it replaces %4.</source>
        <translation>„%1“ (%2) erstellt, gültig bis %3; es ersetzt %4.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires; it replaces %3.</source>
        <translation>„%1“ (%2) erstellt, läuft nie ab; es ersetzt %3.</translation>
    </message>
</context>
<context>
    <name>TokensCommandLine</name>
    <message>
        <source>Where and as whom (every subcommand):
  --tenant NAME      a tenant profile of the TokenDesk app (default: the last one used)
  --api-url URL      the tenant's GraphQL API instead of a profile
  --token-stdin      read the personal access token from standard input
The token comes from --token-stdin, else MODERNE_TOKEN, else the keychain entry the
app saved when it signed in to that tenant with a personal access token; never from
an argument.

Exit status: 0 done, 1 refused by the server, 2 bad input, 3 not signed in or token
rejected, 4 network or TLS error.
</source>
        <translation>Ziel und Identität (alle Unterbefehle):
  --tenant NAME      ein Mandantenprofil der TokenDesk-App (Standard: das zuletzt
                     verwendete)
  --api-url URL      die GraphQL-API des Mandanten statt eines Profils
  --token-stdin      das persönliche Zugriffstoken von der Standardeingabe lesen
Das Token stammt aus --token-stdin, sonst aus MODERNE_TOKEN, sonst aus dem
Schlüsselbund-Eintrag, den die App gespeichert hat, als sie sich mit einem
persönlichen Zugriffstoken bei diesem Mandanten angemeldet hat; nie aus einem
Argument.

Exit-Status: 0 erledigt, 1 vom Server abgelehnt, 2 fehlerhafte Eingabe, 3 nicht
angemeldet oder Token abgelehnt, 4 Netzwerk- oder TLS-Fehler.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Personal access tokens of a Moderne tenant, for scripts and CI.
`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.

%2</source>
        <translation>Aufruf: tokendesk-cli tokens list|create|revoke|rotate [OPTIONEN]
%1
Persönliche Zugriffstoken eines Moderne-Mandanten, für Skripte und CI.
`tokendesk-cli tokens UNTERBEFEHL --help` beschreibt jeden Unterbefehl.

%2</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | --api-url URL] [--token-stdin]

Lists your personal access tokens, newest first: a table, or with --json an
array of {"id", "description", "created", "expiresAt"} (RFC 3339;
expiresAt null when the token never expires).

  --all-users        every user's tokens (administrators), each with "user"
                     (the owner's email)
  --json             JSON instead of the table
  -h, --help         show this help

</source>
        <translation>Aufruf: tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | --api-url URL] [--token-stdin]

Listet Ihre persönlichen Zugriffstoken auf, die neuesten zuerst: als Tabelle oder
mit --json als Array von {"id", "description", "created", "expiresAt"} (RFC 3339;
expiresAt ist null, wenn das Token nie abläuft).

  --all-users        die Token aller Benutzer (Administratoren), jeweils mit "user"
                     (der E-Mail-Adresse des Besitzers)
  --json             JSON statt der Tabelle
  -h, --help         diese Hilfe anzeigen

</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens create --description TEXT [--expires-in DAYS |
       --expires-at RFC3339 | --no-expiry] [--json] [--tenant NAME |
       --api-url URL] [--token-stdin]

Creates a personal access token and prints its value alone on one line of
standard output (with --json, one JSON object {"id", "description",
"created", "expiresAt", "token"} on that line); everything else goes to
standard error. createAccessToken is sent once, never again: when its answer
is lost, list the tokens to see whether it was created.

  --description TEXT     what the token is for (required)
  --expires-in DAYS      expires DAYS × 24 hours from now (default 30)
  --expires-at RFC3339   expires at this time, e.g. 2027-01-31T23:59:59Z
  --no-expiry            never expires (refused where the tenant caps
                         lifetimes)
  --json                 JSON instead of the bare value
  -h, --help             show this help

</source>
        <translation>Aufruf: tokendesk-cli tokens create --description TEXT [--expires-in DAYS |
        --expires-at RFC3339 | --no-expiry] [--json] [--tenant NAME |
        --api-url URL] [--token-stdin]

Erstellt ein persönliches Zugriffstoken und gibt seinen Wert allein in einer
Zeile der Standardausgabe aus (mit --json ein JSON-Objekt {"id", "description",
"created", "expiresAt", "token"} in dieser Zeile); alles andere geht an die
Standardfehlerausgabe. createAccessToken wird einmal gesendet, nie erneut: Geht
die Antwort verloren, listen Sie die Token auf, um zu sehen, ob es erstellt
wurde.

  --description TEXT     wofür das Token ist (erforderlich)
  --expires-in DAYS      läuft in DAYS × 24 Stunden ab (Standard 30)
  --expires-at RFC3339   läuft zu diesem Zeitpunkt ab, z. B. 2027-01-31T23:59:59Z
  --no-expiry            läuft nie ab (abgelehnt, wo der Mandant die
                         Gültigkeitsdauer begrenzt)
  --json                 JSON statt des bloßen Werts
  -h, --help             diese Hilfe anzeigen

</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |
       --api-url URL] [--token-stdin]
       tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]

Revokes personal access tokens by id, or every token of a user
(administrators). Prints one line per token: revoked, would revoke, or not
found. Each revocation is sent once.

  --user EMAIL     whose tokens (with --all)
  --all            every token of --user EMAIL
  --dry-run        print what would be revoked; send no mutation
  -h, --help       show this help

</source>
        <translation>Aufruf: tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |
        --api-url URL] [--token-stdin]
        tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]

Widerruft persönliche Zugriffstoken nach ID oder alle Token eines Benutzers
(Administratoren). Gibt eine Zeile pro Token aus: widerrufen, würde widerrufen
oder nicht gefunden. Jeder Widerruf wird einmal gesendet.

  --user EMAIL     wessen Token (mit --all)
  --all            alle Token von --user EMAIL
  --dry-run        ausgeben, was widerrufen würde; keine Mutation senden
  -h, --help       diese Hilfe anzeigen

</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens rotate ID [--expires-in DAYS]
       [--revoke-after none|1h|1d] [--json] [--tenant NAME | --api-url URL]
       [--token-stdin]
       tokendesk-cli tokens rotate --resume [...]

Replaces a token: creates one with the same description and, by default, the
old one's lifetime (shortened to the tenant's cap), prints the new value alone
on one line of standard output (with --json, one JSON object with "token"),
then revokes the old token: at once (none, the default), or 1 hour or 1 day
later (1h, 1d). A later revocation is kept in the rotation journal and done by
the first `tokens rotate` run after it is due (e.g. `tokens rotate --resume`
from cron or CI).

Every step is journaled (ids, description, step, times; never a value) in
TokenDesk's data folder, so an interrupted rotation resumes where it stopped:
createAccessToken is never sent twice for one rotation, and the old token is
never revoked before the new value was printed. A new token whose value was
never printed (the process ended first) is revoked, and the old one is kept.

  --expires-in DAYS           the new token's lifetime instead of the old one's
  --revoke-after none|1h|1d   when to revoke the old token (default none: now)
  --resume                    only finish interrupted rotations and due
                              revocations
  --json                      JSON instead of the bare value
  -h, --help                  show this help

</source>
        <translation>Aufruf: tokendesk-cli tokens rotate ID [--expires-in DAYS]
        [--revoke-after none|1h|1d] [--json] [--tenant NAME | --api-url URL]
        [--token-stdin]
        tokendesk-cli tokens rotate --resume [...]

Ersetzt ein Token: erstellt eines mit derselben Beschreibung und standardmäßig
der Gültigkeitsdauer des alten (gekürzt auf die Obergrenze des Mandanten), gibt
den neuen Wert allein in einer Zeile der Standardausgabe aus (mit --json ein
JSON-Objekt mit "token") und widerruft dann das alte Token: sofort (none, der
Standard) oder 1 Stunde bzw. 1 Tag später (1h, 1d). Ein späterer Widerruf wird
im Rotationsjournal vermerkt und vom ersten Lauf von `tokens rotate` nach
Fälligkeit ausgeführt (z. B. `tokens rotate --resume` aus cron oder CI).

Jeder Schritt wird im Datenordner von TokenDesk protokolliert (IDs, Beschreibung,
Schritt, Zeiten; nie ein Wert), sodass eine unterbrochene Rotation dort
fortfährt, wo sie angehalten hat: createAccessToken wird für eine Rotation nie
zweimal gesendet, und das alte Token wird nie widerrufen, bevor der neue Wert
ausgegeben wurde. Ein neues Token, dessen Wert nie ausgegeben wurde (der Prozess
endete vorher), wird widerrufen, und das alte bleibt erhalten.

  --expires-in DAYS           Gültigkeitsdauer des neuen Tokens statt der des
                              alten
  --revoke-after none|1h|1d   wann das alte Token widerrufen wird (Standard
                              none: sofort)
  --resume                    nur unterbrochene Rotationen und fällige Widerrufe
                              abschließen
  --json                      JSON statt des bloßen Werts
  -h, --help                  diese Hilfe anzeigen

</translation>
    </message>
    <message>
        <source>Give a subcommand: list, create, revoke or rotate.</source>
        <translation>Geben Sie einen Unterbefehl an: list, create, revoke oder rotate.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: give list, create, revoke or rotate.</source>
        <translation>Unbekannter Unterbefehl „%1“: Geben Sie list, create, revoke oder rotate an.</translation>
    </message>
    <message>
        <source>A token is never taken from the command line (other users can see it there): set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Ein Token wird nie von der Befehlszeile übernommen (andere Benutzer können es dort sehen): Setzen Sie MODERNE_TOKEN oder verwenden Sie --token-stdin.</translation>
    </message>
    <message>
        <source>tokens %1 has no option %2 (see tokens %1 --help).</source>
        <translation>tokens %1 hat keine Option %2 (siehe tokens %1 --help).</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a URL.</source>
        <translation>--api-url: „%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days (1 or more).</source>
        <translation>--expires-in: „%1“ ist keine Anzahl von Tagen (1 oder mehr).</translation>
    </message>
    <message>
        <source>--expires-at: “%1” is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.</source>
        <translation>--expires-at: „%1“ ist kein Zeitpunkt nach RFC 3339 wie 2027-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>--user: “%1” is not an email address.</source>
        <translation>--user: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>--revoke-after: give none, 1h or 1d, not “%1”.</source>
        <translation>--revoke-after: Geben Sie none, 1h oder 1d an, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give --tenant or --api-url, not both.</source>
        <translation>Geben Sie --tenant oder --api-url an, nicht beides.</translation>
    </message>
    <message>
        <source>tokens %1 takes no argument “%2”.</source>
        <translation>tokens %1 nimmt kein Argument „%2“ an.</translation>
    </message>
    <message>
        <source>tokens create needs --description TEXT.</source>
        <translation>tokens create benötigt --description TEXT.</translation>
    </message>
    <message>
        <source>Give one of --expires-in, --expires-at and --no-expiry.</source>
        <translation>Geben Sie nur eines von --expires-in, --expires-at und --no-expiry an.</translation>
    </message>
    <message>
        <source>--expires-at: a token cannot expire in the past.</source>
        <translation>--expires-at: Ein Token kann nicht in der Vergangenheit ablaufen.</translation>
    </message>
    <message>
        <source>Give --user EMAIL and --all together (every token of that user).</source>
        <translation>Geben Sie --user EMAIL und --all zusammen an (alle Token dieses Benutzers).</translation>
    </message>
    <message>
        <source>Give token ids or --user EMAIL --all, not both.</source>
        <translation>Geben Sie Token-IDs oder --user EMAIL --all an, nicht beides.</translation>
    </message>
    <message>
        <source>tokens revoke needs the ids of the tokens (or --user EMAIL --all).</source>
        <translation>tokens revoke benötigt die IDs der Token (oder --user EMAIL --all).</translation>
    </message>
    <message>
        <source>tokens rotate --resume takes no id and no other option.</source>
        <translation>tokens rotate --resume nimmt weder eine ID noch eine andere Option an.</translation>
    </message>
    <message>
        <source>tokens rotate needs the id of one token.</source>
        <translation>tokens rotate benötigt die ID genau eines Tokens.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</source>
        <translation>Aufruf: tokendesk-cli tokens UNTERBEFEHL [OPTIONEN]
%1
</translation>
    </message>
    <message>
        <source>tokendesk-cli: --token-stdin: standard input holds no token (one line, the token alone)
</source>
        <translation>tokendesk-cli: --token-stdin: Die Standardeingabe enthält kein Token (eine Zeile, nur das Token)
</translation>
    </message>
</context>
<context>
    <name>TokensPane</name>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access tokens&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zugriffstoken&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create a personal access token (Ctrl+N)</source>
        <translation>Ein persönliches Zugriffstoken erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Die ausgewählten Token widerrufen (Entf)</translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation>Meine Token</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Filter by description…  (Ctrl+F)</source>
        <translation>Nach Beschreibung filtern…  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter access tokens</source>
        <translation>Zugriffstoken filtern</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No personal access tokens yet&lt;/h3&gt;&lt;p&gt;A personal access token (&lt;tt&gt;mat-…&lt;/tt&gt;) lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without a browser sign-in. You see its value once, when you create it; choose the shortest lifetime that does the job, and revoke it here when it is no longer needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine persönlichen Zugriffstoken&lt;/h3&gt;&lt;p&gt;Mit einem persönlichen Zugriffstoken (&lt;tt&gt;mat-…&lt;/tt&gt;) können die Moderne CLI, ein IDE-Plugin oder ein Skript die Moderne-API in Ihrem Namen aufrufen, ohne Anmeldung im Browser. Sie sehen seinen Wert nur einmal, beim Erstellen; wählen Sie die kürzeste Gültigkeitsdauer, die für die Aufgabe genügt, und widerrufen Sie es hier, sobald es nicht mehr benötigt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The access tokens could not be loaded.
%1</source>
        <translation>Die Zugriffstoken konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>%1
TokenDesk did not send the request again: it reloaded the list, which shows what the server holds now.</source>
        <translation>%1
TokenDesk hat die Anfrage nicht erneut gesendet: Die Liste wurde neu geladen und zeigt, was der Server jetzt gespeichert hat.</translation>
    </message>
    <message numerus="yes">
        <source>As an administrator, the tokens you create work only while you have signed in within the last %n day(s).</source>
        <translation>
            <numerusform>Als Administrator: Die von Ihnen erstellten Token funktionieren nur, solange Sie sich innerhalb von %n Tag angemeldet haben.</numerusform>
            <numerusform>Als Administrator: Die von Ihnen erstellten Token funktionieren nur, solange Sie sich innerhalb der letzten %n Tage angemeldet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say when you last signed in.</source>
        <translation>Der Server hat nicht mitgeteilt, wann Sie sich zuletzt angemeldet haben.</translation>
    </message>
    <message>
        <source>That lapsed on %1: sign in again for them to work.</source>
        <translation>Diese Frist ist am %1 abgelaufen: Melden Sie sich erneut an, damit sie funktionieren.</translation>
    </message>
    <message>
        <source>Yours stop working on &lt;b&gt;%1&lt;/b&gt; (%2) unless you sign in again before then.</source>
        <translation>Ihre Token funktionieren ab &lt;b&gt;%1&lt;/b&gt; (%2) nicht mehr, wenn Sie sich nicht vorher erneut anmelden.</translation>
    </message>
    <message>
        <source>Loading access tokens…</source>
        <translation>Zugriffstoken werden geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 tokens loaded…</source>
        <translation>%1 von %2 Token geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more
</source>
        <translation>
            <numerusform>… und %n weiteres
</numerusform>
            <numerusform>… und %n weitere
</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?</source>
        <translation>
            <numerusform>%n Token widerrufen?</numerusform>
            <numerusform>%n Token widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>%n Token wird widerrufen…</numerusform>
            <numerusform>%n Token werden widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>„%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>“%1” had already been revoked or removed; it is gone from the list.</source>
        <translation>„%1“ war bereits widerrufen oder entfernt; es ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>“%1” was not revoked: %2</source>
        <translation>„%1“ wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>Token erstellen…</translation>
    </message>
    <message>
        <source>Revoke selected tokens…</source>
        <translation>Ausgewählte Token widerrufen…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Token filtern</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Kein Token passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) match “%2”.</source>
        <translation>
            <numerusform>%1 von %n Token passt zu „%2“.</numerusform>
            <numerusform>%1 von %n Token passen zu „%2“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything that uses the token(s) stops working at once. This cannot be undone.</source>
        <translation>
            <numerusform>Alles, was das Token verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alles, was die Token verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Remove stale keychain entries…</source>
        <translation>Veraltete Schlüsselbundeinträge entfernen…</translation>
    </message>
    <message>
        <source>Remove &amp;stale keychain entries…</source>
        <translation>&amp;Veraltete Schlüsselbundeinträge entfernen…</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>„%1“ widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens…</source>
        <translation>
            <numerusform>%n Token widerrufen…</numerusform>
            <numerusform>%n Token widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stale keychain entries</source>
        <translation>Veraltete Schlüsselbundeinträge entfernen</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on %1.</source>
        <translation>
            <numerusform>Der Schlüsselbund enthält %n Token, das auf %1 nicht mehr existiert.</numerusform>
            <numerusform>Der Schlüsselbund enthält %n Token, die auf %1 nicht mehr existieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>They were revoked or have expired and removed; their values are of no use any more.</source>
        <translation>Sie wurden widerrufen oder sind abgelaufen und entfernt; ihre Werte nützen nichts mehr.</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale keychain entry(s).</source>
        <translation>
            <numerusform>%n veralteter Schlüsselbundeintrag entfernt.</numerusform>
            <numerusform>%n veraltete Schlüsselbundeinträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on the server.</source>
        <translation>
            <numerusform>Der Schlüsselbund enthält %n Token, das auf dem Server nicht mehr existiert.</numerusform>
            <numerusform>Der Schlüsselbund enthält %n Token, die auf dem Server nicht mehr existieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>A new token in place of the selected one, then the old one revoked</source>
        <translation>Ein neues Token anstelle des ausgewählten, danach wird das alte widerrufen</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>Token rotieren…</translation>
    </message>
    <message>
        <source>Rotate “%1”…</source>
        <translation>„%1“ rotieren…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Altes Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>Keep the old token (cancel its revoke)</source>
        <translation>Altes Token behalten (Widerruf abbrechen)</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read: %1</source>
        <translation>Die Höchstlebensdauer von Tokens des Mandanten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>mod config moderne login failed (exit code %1).</source>
        <translation>mod config moderne login ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>mod could not be started.</source>
        <translation>mod konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The keychain did not take the new value: %1</source>
        <translation>Der Schlüsselbund hat den neuen Wert nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Revoke the old token?</source>
        <translation>Altes Token widerrufen?</translation>
    </message>
    <message>
        <source>The new token for “%1” is in place. Revoke the old token “%1” now?</source>
        <translation>Das neue Token für „%1“ ist eingerichtet. Das alte Token „%1“ jetzt widerrufen?</translation>
    </message>
    <message>
        <source>Old token: “%1”, created %2.</source>
        <translation>Altes Token: „%1“, erstellt %2.</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working. Not now keeps it, marked in the list until you revoke it or keep it (right-click it).</source>
        <translation>Alles, was das alte Token noch verwendet, hört auf zu funktionieren. „Jetzt nicht“ behält es, in der Liste markiert, bis Sie es widerrufen oder behalten (Rechtsklick).</translation>
    </message>
    <message>
        <source>Revoke old token</source>
        <translation>Altes Token widerrufen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>TypeToConfirmDialog</name>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zum Bestätigen %1 eingeben</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>active %1</source>
        <translation>aktiv %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>nie aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv am %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User / token</source>
        <translation>Benutzer / Token</translation>
    </message>
    <message>
        <source>Created / last active</source>
        <translation>Erstellt / zuletzt aktiv</translation>
    </message>
    <message>
        <source>Expires / tokens</source>
        <translation>Läuft ab / Token</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>UserOffboarding</name>
    <message>
        <source>The tenant has no user %1.</source>
        <translation>Der Mandant hat keinen Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Clear warnings</source>
        <translation>Warnungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry warnings given in this session</source>
        <translation>In dieser Sitzung gegebene Ablaufwarnungen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Paste the token, then press Ctrl+D:</source>
        <translation>Fügen Sie das Token ein und drücken Sie dann Strg+D:</translation>
    </message>
    <message>
        <source>TokenDesk is already running: its window has been raised.</source>
        <translation>TokenDesk läuft bereits: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>TokenDesk is already running: the token is shown in its inspector.</source>
        <translation>TokenDesk läuft bereits: Das Token wird in seinem Inspektor angezeigt.</translation>
    </message>
    <message>
        <source>TokenDesk cannot start</source>
        <translation>TokenDesk kann nicht starten</translation>
    </message>
    <message>
        <source>A part of TokenDesk is missing or damaged (%1). Reinstall TokenDesk.</source>
        <translation>Ein Teil von TokenDesk fehlt oder ist beschädigt (%1). Installieren Sie TokenDesk neu.</translation>
    </message>
</context>
</TS>