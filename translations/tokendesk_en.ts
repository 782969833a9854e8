<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessTokenModel</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>in keychain</translation>
    </message>
    <message>
        <source>%1 · in keychain</source>
        <translation>%1 · in keychain</translation>
    </message>
    <message>
        <source>Saved in the keychain of this computer.</source>
        <translation>Saved in the keychain of this computer.</translation>
    </message>
    <message>
        <source>Created here; its value begins with %1.</source>
        <translation>Created here; its value begins with %1.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not known here: a token's value and its first characters are known only for tokens created on this computer (the server keeps no readable copy).</source>
        <translation>Not known here: a token's value and its first characters are known only for tokens created on this computer (the server keeps no readable copy).</translation>
    </message>
    <message>
        <source>old token, revoked %1</source>
        <translation>old token, revoked %1</translation>
    </message>
    <message>
        <source>old token, revoked when you confirm</source>
        <translation>old token, revoked when you confirm</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked at %1. Right-click it to revoke it now or to keep it.</source>
        <translation>Replaced by a rotation: this old token is revoked at %1. Right-click it to revoke it now or to keep it.</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked when you confirm. Right-click it to revoke it now or to keep it.</source>
        <translation>Replaced by a rotation: this old token is revoked when you confirm. Right-click it to revoke it now or to keep it.</translation>
    </message>
</context>
<context>
    <name>AccessTokenService</name>
    <message>
        <source>The server did not revoke all tokens of %1; the list shows what it holds now.</source>
        <translation>The server did not revoke all tokens of %1; the list shows what it holds now.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>The server has no user %1.</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Activity&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Token and SCM events from the platform's audit log, newest first. Reading the audit log is itself audited; the platform keeps events for a year, and they never contain token values.</source>
        <translation>Token and SCM events from the platform's audit log, newest first. Reading the audit log is itself audited; the platform keeps events for a year, and they never contain token values.</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>Actor email</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description contains</source>
        <translation>Description contains</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Any target</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n event(s); scroll for more.</source>
        <translation><numerusform>Showing %1 of %n event; scroll for more.</numerusform><numerusform>Showing %1 of %n events; scroll for more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation><numerusform>%n event.</numerusform><numerusform>%n events.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;CSV…</source>
        <translation>Export all events of this filter as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;JSON…</source>
        <translation>Export all events of this filter as &amp;JSON…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;SV…</source>
        <translation>Platform export of the time range as C&amp;SV…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;EF…</source>
        <translation>Platform export of the time range as C&amp;EF…</translation>
    </message>
    <message>
        <source>Save every event of the current filter (all pages, not only those loaded) to a file.</source>
        <translation>Save every event of the current filter (all pages, not only those loaded) to a file.</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Export audit events</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Platform export of the audit log</translation>
    </message>
    <message>
        <source>CEF files (*.cef)</source>
        <translation>CEF files (*.cef)</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>Show &amp;all events</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Show all events</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>The events whose description or target names this token (%1 or its description), over the whole time the platform keeps them. The filters apply again after “Show all events”.</source>
        <translation>The events whose description or target names this token (%1 or its description), over the whole time the platform keeps them. The filters apply again after “Show all events”.</translation>
    </message>
</context>
<context>
    <name>AdminUsersPane</name>
    <message>
        <source>Revoke token</source>
        <translation>Revoke token</translation>
    </message>
    <message>
        <source>Revoke all of user's tokens…</source>
        <translation>Revoke all of user's tokens…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Every user of the tenant who holds personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Every user of the tenant who holds personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</translation>
    </message>
    <message>
        <source>Users and their tokens</source>
        <translation>Users and their tokens</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>The users could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Loading users…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with tokens</source>
        <translation><numerusform>%n user with tokens</numerusform><numerusform>%n users with tokens</numerusform></translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation> (%1 loaded; scroll for more)</translation>
    </message>
    <message>
        <source>Revoke “%1” of %2?

Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>Revoke “%1” of %2?

Everything that uses it stops working at once. This cannot be undone.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Revoking “%1”…</translation>
    </message>
    <message>
        <source>Revoked “%1” of %2.</source>
        <translation>Revoked “%1” of %2.</translation>
    </message>
    <message>
        <source>It is gone from the list.</source>
        <translation>It is gone from the list.</translation>
    </message>
    <message>
        <source>“%1” could not be revoked: %2</source>
        <translation>“%1” could not be revoked: %2</translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Revoke all tokens of %1</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Revoke all</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Revoking all tokens of %1…</translation>
    </message>
    <message>
        <source>Revoked all tokens of %1.</source>
        <translation>Revoked all tokens of %1.</translation>
    </message>
    <message>
        <source>Not all tokens of %1 were revoked: %2</source>
        <translation>Not all tokens of %1 were revoked: %2</translation>
    </message>
    <message>
        <source>"%1" had already been revoked.</source>
        <translation>"%1" had already been revoked.</translation>
    </message>
    <message numerus="yes">
        <source>This revokes %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</source>
        <translation><numerusform>This revokes %n personal access token of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</numerusform><numerusform>This revokes %n personal access tokens of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</numerusform></translation>
    </message>
    <message>
        <source>Search users by email</source>
        <translation>Search users by email</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Search by email</translation>
    </message>
    <message>
        <source>Include users without tokens</source>
        <translation>Include users without tokens</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>No user matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation><numerusform>%n user</numerusform><numerusform>%n users</numerusform></translation>
    </message>
    <message>
        <source>Every user of the tenant, with or without personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Every user of the tenant, with or without personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotate…</translation>
    </message>
    <message>
        <source>A new token in place of this one of yours, then the old one revoked</source>
        <translation>A new token in place of this one of yours, then the old one revoked</translation>
    </message>
    <message>
        <source>Only your own tokens can be rotated: the new value is handed over on this computer.</source>
        <translation>Only your own tokens can be rotated: the new value is handed over on this computer.</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Offboard %1…</translation>
    </message>
</context>
<context>
    <name>ApiParsing</name>
    <message>
        <source>The server's answer is missing %1.</source>
        <translation>The server's answer is missing %1.</translation>
    </message>
    <message>
        <source>The server sent an expiry time TokenDesk cannot read: %1</source>
        <translation>The server sent an expiry time TokenDesk cannot read: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Contacting the sign-in server…</source>
        <translation>Contacting the sign-in server…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>Waiting for the browser… Sign in there, then come back.</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Finishing sign-in…</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Loading your account…</translation>
    </message>
    <message>
        <source>The platform no longer accepts your personal access token (it was revoked or has expired). Sign in again.</source>
        <translation>The platform no longer accepts your personal access token (it was revoked or has expired). Sign in again.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>The platform no longer accepts your sign-in. Sign in again; nothing you entered is lost.</translation>
    </message>
    <message>
        <source>Looking for a saved session…</source>
        <translation>Looking for a saved session…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restoring your session…</translation>
    </message>
    <message>
        <source>Add a tenant to sign in to.</source>
        <translation>Add a tenant to sign in to.</translation>
    </message>
    <message>
        <source>You are signed out. Your session on %1 has ended and TokenDesk has removed it from the keychain.</source>
        <translation>You are signed out. Your session on %1 has ended and TokenDesk has removed it from the keychain.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Checking the token with %1…</translation>
    </message>
    <message>
        <source>The platform refused this personal access token: it may be revoked, expired, or made for another tenant.</source>
        <translation>The platform refused this personal access token: it may be revoked, expired, or made for another tenant.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>The token could not be checked: %1</translation>
    </message>
    <message>
        <source>Signed in, but the Moderne API at %1 does not accept this sign-in. Check that the tenant's API URL and issuer belong together.</source>
        <translation>Signed in, but the Moderne API at %1 does not accept this sign-in. Check that the tenant's API URL and issuer belong together.</translation>
    </message>
    <message>
        <source>Signed in, but your account could not be loaded: %1</source>
        <translation>Signed in, but your account could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <source>Export audit events</source>
        <translation>Export audit events</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to CSV:
%1</source>
        <translation>Exporting every event of the current filter to CSV:
%1</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to JSON:
%1</source>
        <translation>Exporting every event of the current filter to JSON:
%1</translation>
    </message>
    <message>
        <source>Fetching the first page…</source>
        <translation>Fetching the first page…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events fetched (%n page(s))</source>
        <translation><numerusform>%1 of %2 events fetched (%n page)</numerusform><numerusform>%1 of %2 events fetched (%n pages)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation><numerusform>Saved %n event to %1.</numerusform><numerusform>Saved %n events to %1.</numerusform></translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>The export failed; no file was written. %1</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Platform export of the audit log</translation>
    </message>
    <message>
        <source>The platform exports the events of the time range (the other filters do not apply) as %1 to:
%2</source>
        <translation>The platform exports the events of the time range (the other filters do not apply) as %1 to:
%2</translation>
    </message>
    <message>
        <source>Asking the platform for an export…</source>
        <translation>Asking the platform for an export…</translation>
    </message>
    <message numerus="yes">
        <source>Processing: the platform is preparing the file (%1 s, checked %n time(s))…</source>
        <translation><numerusform>Processing: the platform is preparing the file (%1 s, checked %n time)…</numerusform><numerusform>Processing: the platform is preparing the file (%1 s, checked %n times)…</numerusform></translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Downloading the file…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>Saved the platform's export (%1) to %2.</source>
        <translation>Saved the platform's export (%1) to %2.</translation>
    </message>
    <message>
        <source>The platform's export failed: %1</source>
        <translation>The platform's export failed: %1</translation>
    </message>
</context>
<context>
    <name>AuditPlatformExport</name>
    <message>
        <source>The platform could not export the audit log.</source>
        <translation>The platform could not export the audit log.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Token expiries on %1</source>
        <translation>Token expiries on %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Token expires: %1</translation>
    </message>
    <message>
        <source>Your personal access token "%1" on %2 expires at %3 (UTC). Create a new one or rotate it before then.</source>
        <translation>Your personal access token "%1" on %2 expires at %3 (UTC). Create a new one or rotate it before then.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Token expires in 7 days: %1</source>
        <translation>Token expires in 7 days: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</source>
        <translation>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</source>
        <translation>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</translation>
    </message>
    <message>
        <source>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</source>
        <translation>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</translation>
    </message>
    <message>
        <source>OAuth client id to sign in with (default: tokendesk).</source>
        <translation>OAuth client id to sign in with (default: tokendesk).</translation>
    </message>
    <message>
        <source>Display name for the tenant given by --issuer and --api-url.</source>
        <translation>Display name for the tenant given by --issuer and --api-url.</translation>
    </message>
    <message>
        <source>Start the browser sign-in right after launch.</source>
        <translation>Start the browser sign-in right after launch.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Local sandbox</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the first window has been painted (for start-up measurements).</source>
        <translation>Exit with status 0 right after the first window has been painted (for start-up measurements).</translation>
    </message>
    <message>
        <source>Read a token from standard input (never from the command line) and show it in the inspector of the running TokenDesk, or of a new one.</source>
        <translation>Read a token from standard input (never from the command line) and show it in the inspector of the running TokenDesk, or of a new one.</translation>
    </message>
    <message>
        <source>Start a new window even when TokenDesk is already running (normally a second start raises the running one).</source>
        <translation>Start a new window even when TokenDesk is already running (normally a second start raises the running one).</translation>
    </message>
    <message>
        <source>Platform generation of the tenant given by --issuer and --api-url: v1 or v2 (default: v2).</source>
        <translation>Platform generation of the tenant given by --issuer and --api-url: v1 or v2 (default: v2).</translation>
    </message>
    <message>
        <source>--platform: “%1” is not a platform generation; use v1 or v2.</source>
        <translation>--platform: “%1” is not a platform generation; use v1 or v2.</translation>
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
        <translation>Create personal access token</translation>
    </message>
    <message>
        <source>A personal access token lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you. Give it a name you will recognize, and the shortest lifetime that does the job.</source>
        <translation>A personal access token lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you. Give it a name you will recognize, and the shortest lifetime that does the job.</translation>
    </message>
    <message>
        <source>e.g. Moderne CLI on my laptop</source>
        <translation>e.g. Moderne CLI on my laptop</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token name</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Custom date (pick it on the calendar)</source>
        <translation>Custom date (pick it on the calendar)</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>No expiration</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Expiration date</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Create token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Checking your organization's limit on token lifetimes…</source>
        <translation>Checking your organization's limit on token lifetimes…</translation>
    </message>
    <message>
        <source>TokenDesk could not read your organization's limit on token lifetimes (%1). The server checks the date you choose.</source>
        <translation>TokenDesk could not read your organization's limit on token lifetimes (%1). The server checks the date you choose.</translation>
    </message>
    <message>
        <source>7 days — %1</source>
        <translation>7 days — %1</translation>
    </message>
    <message>
        <source>30 days — %1</source>
        <translation>30 days — %1</translation>
    </message>
    <message>
        <source>90 days — %1</source>
        <translation>90 days — %1</translation>
    </message>
    <message numerus="yes">
        <source>Longer than your organization allows (%n day(s)).</source>
        <translation><numerusform>Longer than your organization allows (%n day).</numerusform><numerusform>Longer than your organization allows (%n days).</numerusform></translation>
    </message>
    <message>
        <source>The token works until it is revoked. Anyone who obtains it can use it for as long.</source>
        <translation>The token works until it is revoked. Anyone who obtains it can use it for as long.</translation>
    </message>
    <message>
        <source>Your organization requires every token to expire.</source>
        <translation>Your organization requires every token to expire.</translation>
    </message>
    <message>
        <source>Days before today cannot be chosen; a custom date lasts until the end of that day (23:59:59, %1).</source>
        <translation>Days before today cannot be chosen; a custom date lasts until the end of that day (23:59:59, %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token never expires.&lt;/b&gt; Anyone who obtains it can use it until it is revoked; prefer a date.</source>
        <translation>&lt;b&gt;This token never expires.&lt;/b&gt; Anyone who obtains it can use it until it is revoked; prefer a date.</translation>
    </message>
    <message>
        <source>The token will expire on &lt;b&gt;%1&lt;/b&gt; (%2, %3).</source>
        <translation>The token will expire on &lt;b&gt;%1&lt;/b&gt; (%2, %3).</translation>
    </message>
    <message>
        <source>Give the token a name, so you can tell it apart later.</source>
        <translation>Give the token a name, so you can tell it apart later.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>On this tenant a token acts with your current role, looked up on every request: if your role changes, every token you hold changes with it at once.</source>
        <translation>On this tenant a token acts with your current role, looked up on every request: if your role changes, every token you hold changes with it at once.</translation>
    </message>
    <message>
        <source>On this tenant (platform v1) a token keeps the permissions it was created with.</source>
        <translation>On this tenant (platform v1) a token keeps the permissions it was created with.</translation>
    </message>
    <message>
        <source>The latest date your organization allows is %1; a token for that date expires at %2, the limit.</source>
        <translation>The latest date your organization allows is %1; a token for that date expires at %2, the limit.</translation>
    </message>
    <message>
        <source>Close when done</source>
        <translation>Close when done</translation>
    </message>
    <message>
        <source>The server is creating the token; it cannot be called back. The window closes once the server has answered, and a new token's value is still shown to you once.</source>
        <translation>The server is creating the token; it cannot be called back. The window closes once the server has answered, and a new token's value is still shown to you once.</translation>
    </message>
    <message>
        <source>The token is being created and cannot be called back. This window closes when the server has answered.</source>
        <translation>The token is being created and cannot be called back. This window closes when the server has answered.</translation>
    </message>
    <message>
        <source>The token may have been created all the same. TokenDesk does not send it again on its own: the list has been reloaded to show what the server holds. Check it before you try again.</source>
        <translation>The token may have been created all the same. TokenDesk does not send it again on its own: the list has been reloaded to show what the server holds. Check it before you try again.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>ExpiryCollector</name>
    <message>
        <source>Login token</source>
        <translation>Login token</translation>
    </message>
    <message>
        <source>Unnamed token</source>
        <translation>Unnamed token</translation>
    </message>
</context>
<context>
    <name>ExpiryForecast</name>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access token(s) on %1 expire soon</source>
        <translation><numerusform>%n personal access token on %1 expire soon</numerusform><numerusform>%n personal access tokens on %1 expire soon</numerusform></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>these personal access tokens of yours on %1 expire soon:</source>
        <translation>these personal access tokens of yours on %1 expire soon:</translation>
    </message>
    <message>
        <source>- %1: expires on %2</source>
        <translation>- %1: expires on %2</translation>
    </message>
    <message>
        <source>If you still need them, please create new ones (or rotate them) before they expire, and revoke the ones you no longer use.</source>
        <translation>If you still need them, please create new ones (or rotate them) before they expire, and revoke the ones you no longer use.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Thank you.</translation>
    </message>
</context>
<context>
    <name>ExpiryForecastWidget</name>
    <message>
        <source>Token expiries per day</source>
        <translation>Token expiries per day</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire in the next %1 days.</source>
        <translation><numerusform>%n token expire in the next %1 days.</numerusform><numerusform>%n tokens expire in the next %1 days.</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s) expire</source>
        <translation><numerusform>%1: %n token expire</numerusform><numerusform>%1: %n tokens expire</numerusform></translation>
    </message>
    <message>
        <source>Expiry forecast, all users</source>
        <translation>Expiry forecast, all users</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Expiry forecast of all users' tokens</source>
        <translation>Expiry forecast of all users' tokens</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Forecast horizon</translation>
    </message>
    <message>
        <source>How far ahead the forecast looks</source>
        <translation>How far ahead the forecast looks</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Load the forecast</source>
        <translation>Load the forecast</translation>
    </message>
    <message>
        <source>Read every user's tokens from the tenant</source>
        <translation>Read every user's tokens from the tenant</translation>
    </message>
    <message>
        <source>Expiring tokens by owner</source>
        <translation>Expiring tokens by owner</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Earliest</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>The tokens could not be read: %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Remind</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>Remind %1</translation>
    </message>
    <message>
        <source>Write to %1 about their expiring tokens (an email draft naming descriptions and dates only)</source>
        <translation>Write to %1 about their expiring tokens (an email draft naming descriptions and dates only)</translation>
    </message>
    <message>
        <source>Hide the forecast</source>
        <translation>Hide the forecast</translation>
    </message>
    <message>
        <source>Show the forecast</source>
        <translation>Show the forecast</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Not loaded: reads every user's tokens.</source>
        <translation>Not loaded: reads every user's tokens.</translation>
    </message>
    <message numerus="yes">
        <source>Reading tokens… %n so far.</source>
        <translation><numerusform>Reading tokens… %n so far.</numerusform><numerusform>Reading tokens… %n so far.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of %1 owner(s) expire in %2 days.</source>
        <translation><numerusform>%n token of %1 owner expire in %2 days.</numerusform><numerusform>%n tokens of %1 owners expire in %2 days.</numerusform></translation>
    </message>
    <message>
        <source>No email program opened the reminder for %1.</source>
        <translation>No email program opened the reminder for %1.</translation>
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
        <translation>Show TokenDesk</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>Choose a date.</source>
        <translation>Choose a date.</translation>
    </message>
    <message>
        <source>A token cannot expire in the past: choose today or a later date.</source>
        <translation>A token cannot expire in the past: choose today or a later date.</translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows tokens for at most %n day(s): the latest date is %1.</source>
        <translation><numerusform>Your organization allows tokens for at most %n day: the latest date is %1.</numerusform><numerusform>Your organization allows tokens for at most %n days: the latest date is %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your organization's administrator limits personal access tokens to %n day(s), so "No expiration" and expiries after %1, %2 cannot be chosen.</source>
        <translation><numerusform>Your organization's administrator limits personal access tokens to %n day, so "No expiration" and expiries after %1, %2 cannot be chosen.</numerusform><numerusform>Your organization's administrator limits personal access tokens to %n days, so "No expiration" and expiries after %1, %2 cannot be chosen.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExpiryScheduler</name>
    <message>
        <source>Your login token expires %1</source>
        <translation>Your login token expires %1</translation>
    </message>
    <message>
        <source>TokenDesk's sign-in ends at %1. Sign in again to keep working.</source>
        <translation>TokenDesk's sign-in ends at %1. Sign in again to keep working.</translation>
    </message>
    <message>
        <source>%1 token expires %2</source>
        <translation>%1 token expires %2</translation>
    </message>
    <message>
        <source>Access token “%1” expires %2</source>
        <translation>Access token “%1” expires %2</translation>
    </message>
    <message>
        <source>It stops working on %1. Create a new token before then.</source>
        <translation>It stops working on %1. Create a new token before then.</translation>
    </message>
    <message>
        <source>Moderne's access to %1 ends at %2. Connect it again in SCM connections.</source>
        <translation>Moderne's access to %1 ends at %2. Connect it again in SCM connections.</translation>
    </message>
</context>
<context>
    <name>GraphQlClient</name>
    <message>
        <source>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</source>
        <translation>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>The server reported an error without a message.</translation>
    </message>
    <message>
        <source>The server's answer has neither data nor errors.</source>
        <translation>The server's answer has neither data nor errors.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 could not be reached (%2). Check your network connection.</source>
        <translation>The Moderne API at %1 could not be reached (%2). Check your network connection.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1 (%2). Try again in a moment.</source>
        <translation>The Moderne API answered HTTP %1 (%2). Try again in a moment.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1.</source>
        <translation>The Moderne API answered HTTP %1.</translation>
    </message>
    <message>
        <source>Your sign-in had expired, so the server did not do this. It has been renewed: try again.</source>
        <translation>Your sign-in had expired, so the server did not do this. It has been renewed: try again.</translation>
    </message>
    <message>
        <source>You are signed out: the server no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>You are signed out: the server no longer accepts your sign-in. Sign in again; nothing you entered is lost.</translation>
    </message>
    <message>
        <source>The connection to the Moderne API at %1 was closed before it answered.</source>
        <translation>The connection to the Moderne API at %1 was closed before it answered.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 did not answer in time.</source>
        <translation>The Moderne API at %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1: %2</source>
        <translation>The Moderne API answered HTTP %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n time(s))</source>
        <translation><numerusform>%1 (tried %n time)</numerusform><numerusform>%1 (tried %n times)</numerusform></translation>
    </message>
    <message>
        <source>%1 The server may or may not have done it; TokenDesk did not send it again. The list shows what the server holds now.</source>
        <translation>%1 The server may or may not have done it; TokenDesk did not send it again. The list shows what the server holds now.</translation>
    </message>
    <message>
        <source>the Moderne API at %1</source>
        <translation>the Moderne API at %1</translation>
    </message>
    <message>
        <source>The API</source>
        <translation>The API</translation>
    </message>
    <message>
        <source>The server named a file outside the API (%1); TokenDesk did not fetch it.</source>
        <translation>The server named a file outside the API (%1); TokenDesk did not fetch it.</translation>
    </message>
    <message>
        <source>The API refused the sign-in for %1.</source>
        <translation>The API refused the sign-in for %1.</translation>
    </message>
</context>
<context>
    <name>HygieneModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Last active %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>HygienePane</name>
    <message>
        <source>&lt;h2&gt;Token hygiene&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Token hygiene&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every user's personal access tokens in one table, with what needs attention. Pick a flag to see only those tokens, select tokens of any owners, and revoke them after a preview; a receipt of what was done can be saved.</source>
        <translation>Every user's personal access tokens in one table, with what needs attention. Pick a flag to see only those tokens, select tokens of any owners, and revoke them after a preview; a receipt of what was done can be saved.</translation>
    </message>
    <message>
        <source>Owner &amp;inactive after:</source>
        <translation>Owner &amp;inactive after:</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Days without activity</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>&amp;Revoke selected…</source>
        <translation>&amp;Revoke selected…</translation>
    </message>
    <message>
        <source>Revoke selected tokens</source>
        <translation>Revoke selected tokens</translation>
    </message>
    <message>
        <source>Save re&amp;ceipt…</source>
        <translation>Save re&amp;ceipt…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>Every user's tokens</source>
        <translation>Every user's tokens</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>All tokens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>The tokens could not all be read: %1 Reload to try again.</source>
        <translation>The tokens could not all be read: %1 Reload to try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation><numerusform>%n flagged</numerusform><numerusform>%n flagged</numerusform></translation>
    </message>
    <message>
        <source>The tenant's cap on token lifetimes could not be read (%1); no token is flagged for outliving it.</source>
        <translation>The tenant's cap on token lifetimes could not be read (%1); no token is flagged for outliving it.</translation>
    </message>
    <message>
        <source>All tokens: %1</source>
        <translation>All tokens: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading tokens… %n so far.</source>
        <translation><numerusform>Loading tokens… %n so far.</numerusform><numerusform>Loading tokens… %n so far.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s).</source>
        <translation><numerusform>%n token.</numerusform><numerusform>%n tokens.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s).</source>
        <translation><numerusform>Showing %1 of %n token.</numerusform><numerusform>Showing %1 of %n tokens.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation><numerusform>Revoking %n token…</numerusform><numerusform>Revoking %n tokens…</numerusform></translation>
    </message>
    <message>
        <source>The server has no such token: it had already been revoked.</source>
        <translation>The server has no such token: it had already been revoked.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have revoked it. It was not sent again.</source>
        <translation>%1 The answer was lost: the server may have revoked it. It was not sent again.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation><numerusform>Revoked %n token.</numerusform><numerusform>Revoked %n tokens.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked.</source>
        <translation><numerusform>%n could not be revoked.</numerusform><numerusform>%n could not be revoked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</source>
        <translation><numerusform>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</numerusform><numerusform>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</numerusform></translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Save the receipt with “Save receipt…”.</translation>
    </message>
    <message>
        <source>Save the revocation receipt</source>
        <translation>Save the revocation receipt</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Offboard %1…</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Revoke selected…</translation>
    </message>
</context>
<context>
    <name>HygieneRevokeDialog</name>
    <message>
        <source>Revoke tokens</source>
        <translation>Revoke tokens</translation>
    </message>
    <message>
        <source>Tokens to revoke, by owner</source>
        <translation>Tokens to revoke, by owner</translation>
    </message>
    <message>
        <source>Owner / description</source>
        <translation>Owner / description</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token id</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation><numerusform>Revoke %n token</numerusform><numerusform>Revoke %n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This revokes exactly the %n token(s) below, of %1 owner(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</source>
        <translation><numerusform>This revokes exactly the %n token below, of %1 owner. Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</numerusform><numerusform>This revokes exactly the %n tokens below, of %1 owners. Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n token(s)</source>
        <translation><numerusform>%1 — %n token</numerusform><numerusform>%1 — %n tokens</numerusform></translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>No expiration</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>--issuer: “%1” is not a URL.</source>
        <translation>--issuer: “%1” is not a URL.</translation>
    </message>
    <message>
        <source>--now: “%1” is not a number of seconds.</source>
        <translation>--now: “%1” is not a number of seconds.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Give one token at most.</source>
        <translation>Give one token at most.</translation>
    </message>
    <message>
        <source>Give --jwks or --issuer, not both.</source>
        <translation>Give --jwks or --issuer, not both.</translation>
    </message>
    <message>
        <source>the key set at %1 could not be fetched (%2)</source>
        <translation>the key set at %1 could not be fetched (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: malformed token: %1</source>
        <translation>tokendesk-cli: malformed token: %1</translation>
    </message>
    <message>
        <source>The key set is not usable: %1</source>
        <translation>The key set is not usable: %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: cannot read the key set %1: %2</source>
        <translation>tokendesk-cli: cannot read the key set %1: %2</translation>
    </message>
    <message>
        <source>the issuer's discovery document names no jwks_uri</source>
        <translation>the issuer's discovery document names no jwks_uri</translation>
    </message>
    <message>
        <source>Not verified: no keys were given (use --jwks or --issuer).</source>
        <translation>Not verified: no keys were given (use --jwks or --issuer).</translation>
    </message>
    <message>
        <source>tokendesk-cli: unknown command “%1” (try --help)
</source>
        <translation>tokendesk-cli: unknown command “%1” (try --help)
</translation>
    </message>
    <message>
        <source>tokendesk-cli: the input is larger than 16 MB: that is not a token
</source>
        <translation>tokendesk-cli: the input is larger than 16 MB: that is not a token
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
        <translation>Usage: tokendesk-cli inspect [TOKEN] [--jwks FILE|URL | --issuer URL] [--now EPOCH]

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
        <translation>The key set</translation>
    </message>
    <message>
        <source>tokendesk-cli: the key set %1 is larger than %2: that is not a key set</source>
        <translation>tokendesk-cli: the key set %1 is larger than %2: that is not a key set</translation>
    </message>
    <message>
        <source>Not verified: the token names no issuer (iss), so it cannot come from %1.</source>
        <translation>Not verified: the token names no issuer (iss), so it cannot come from %1.</translation>
    </message>
    <message>
        <source>Not verified: the token was issued by “%1”, not by %2 (--issuer).</source>
        <translation>Not verified: the token was issued by “%1”, not by %2 (--issuer).</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>TokenDesk — Token inspector</source>
        <translation>TokenDesk — Token inspector</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The RSA key has no valid “n” and “e” (base64url).</source>
        <translation>The RSA key has no valid “n” and “e” (base64url).</translation>
    </message>
    <message>
        <source>The RSA key is larger than %1 bits, which TokenDesk refuses.</source>
        <translation>The RSA key is larger than %1 bits, which TokenDesk refuses.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>The RSA key could not be read.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 are required.</source>
        <translation>The RSA key has only %1 bits; at least %2 are required.</translation>
    </message>
    <message>
        <source>The RSA key's modulus or exponent is not possible for a real key.</source>
        <translation>The RSA key's modulus or exponent is not possible for a real key.</translation>
    </message>
    <message>
        <source>OpenSSL could not import the RSA key.</source>
        <translation>OpenSSL could not import the RSA key.</translation>
    </message>
    <message>
        <source>The EC curve “%1” is not supported (P-256, P-384 and P-521 are).</source>
        <translation>The EC curve “%1” is not supported (P-256, P-384 and P-521 are).</translation>
    </message>
    <message>
        <source>The %1 key's “x” and “y” must be %2 bytes each (base64url).</source>
        <translation>The %1 key's “x” and “y” must be %2 bytes each (base64url).</translation>
    </message>
    <message>
        <source>The %1 key's point is not on the curve.</source>
        <translation>The %1 key's point is not on the curve.</translation>
    </message>
    <message>
        <source>The OKP curve “%1” is not supported (Ed25519 is).</source>
        <translation>The OKP curve “%1” is not supported (Ed25519 is).</translation>
    </message>
    <message>
        <source>The Ed25519 key's “x” must be 32 bytes (base64url).</source>
        <translation>The Ed25519 key's “x” must be 32 bytes (base64url).</translation>
    </message>
    <message>
        <source>OpenSSL could not import the Ed25519 key.</source>
        <translation>OpenSSL could not import the Ed25519 key.</translation>
    </message>
    <message>
        <source>This is a shared secret (kty “oct”), not a public key.</source>
        <translation>This is a shared secret (kty “oct”), not a public key.</translation>
    </message>
    <message>
        <source>The key type “%1” is not supported.</source>
        <translation>The key type “%1” is not supported.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1-bit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>an RSA key</translation>
    </message>
    <message>
        <source>an EC %1 key</source>
        <translation>an EC %1 key</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>an Ed25519 key</translation>
    </message>
    <message>
        <source>a key TokenDesk does not support</source>
        <translation>a key TokenDesk does not support</translation>
    </message>
    <message>
        <source>The token's algorithm %1 needs %2, but the key “%3” is %4.</source>
        <translation>The token's algorithm %1 needs %2, but the key “%3” is %4.</translation>
    </message>
    <message>
        <source>The key set has no “keys” array.</source>
        <translation>The key set has no “keys” array.</translation>
    </message>
    <message>
        <source>The key set is not a JSON object (%1).</source>
        <translation>The key set is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>The key set is empty.</translation>
    </message>
    <message>
        <source>The key “%1” is in the key set but cannot be used: %2</source>
        <translation>The key “%1” is in the key set but cannot be used: %2</translation>
    </message>
    <message numerus="yes">
        <source>The issuer's key set has no key with the token's key id “%1” (%n key(s) in the set).</source>
        <translation><numerusform>The issuer's key set has no key with the token's key id “%1” (%n key in the set).</numerusform><numerusform>The issuer's key set has no key with the token's key id “%1” (%n keys in the set).</numerusform></translation>
    </message>
    <message>
        <source>The token has no key id (kid), and no key in the key set fits its algorithm %1.</source>
        <translation>The token has no key id (kid), and no key in the key set fits its algorithm %1.</translation>
    </message>
    <message>
        <source>The token has no key id (kid), and %1 keys in the key set fit its algorithm %2, so TokenDesk cannot tell which one signed it.</source>
        <translation>The token has no key id (kid), and %1 keys in the key set fit its algorithm %2, so TokenDesk cannot tell which one signed it.</translation>
    </message>
    <message>
        <source>The key set has %1 keys; TokenDesk uses a set of at most %2.</source>
        <translation>The key set has %1 keys; TokenDesk uses a set of at most %2.</translation>
    </message>
    <message>
        <source>TokenDesk cannot check keys: OpenSSL's library is missing. %1</source>
        <translation>TokenDesk cannot check keys: OpenSSL's library is missing. %1</translation>
    </message>
</context>
<context>
    <name>JwksCache</name>
    <message>
        <source>The issuer's discovery document names no key set (jwks_uri).</source>
        <translation>The issuer's discovery document names no key set (jwks_uri).</translation>
    </message>
    <message>
        <source>The issuer's keys at %1 could not be fetched (%2).</source>
        <translation>The issuer's keys at %1 could not be fetched (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer's key set is not usable: %1</source>
        <translation>The issuer's key set is not usable: %1</translation>
    </message>
    <message>
        <source>The issuer's key set</source>
        <translation>The issuer's key set</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>This is an encrypted token (JWE, five parts, key management %1, content encryption %2). It is not signed but encrypted for its recipient; only the recipient's private key can decrypt it, so TokenDesk shows its header only.</source>
        <translation>This is an encrypted token (JWE, five parts, key management %1, content encryption %2). It is not signed but encrypted for its recipient; only the recipient's private key can decrypt it, so TokenDesk shows its header only.</translation>
    </message>
    <message>
        <source>The header has no algorithm (alg).</source>
        <translation>The header has no algorithm (alg).</translation>
    </message>
    <message>
        <source>WARNING: this token is not signed at all (alg: none). Anyone can have written it; never accept it as proof of anything.</source>
        <translation>WARNING: this token is not signed at all (alg: none). Anyone can have written it; never accept it as proof of anything.</translation>
    </message>
    <message>
        <source>This token is signed with a shared secret (%1, HMAC). It cannot be verified with the issuer's public keys, only by someone who holds the secret.</source>
        <translation>This token is signed with a shared secret (%1, HMAC). It cannot be verified with the issuer's public keys, only by someone who holds the secret.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk (supported: %2).</source>
        <translation>The algorithm %1 is not supported by TokenDesk (supported: %2).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not in the allowed list (%2).</source>
        <translation>The algorithm %1 is not in the allowed list (%2).</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit: %1) that TokenDesk does not understand, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>The header marks extensions as critical (crit: %1) that TokenDesk does not understand, so the token must be rejected (RFC 7515 section 4.1.11).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk.</source>
        <translation>The algorithm %1 is not supported by TokenDesk.</translation>
    </message>
    <message>
        <source>The key “%1” may only be used with %2, but the token says %3.</source>
        <translation>The key “%1” may only be used with %2, but the token says %3.</translation>
    </message>
    <message>
        <source>The key “%1” is meant for encryption (use: enc), not for signatures.</source>
        <translation>The key “%1” is meant for encryption (use: enc), not for signatures.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed after it was signed, or it was signed with a different key than “%1” (%2).</source>
        <translation>The signature does not match: the token was changed after it was signed, or it was signed with a different key than “%1” (%2).</translation>
    </message>
    <message>
        <source>The token's signature is empty.</source>
        <translation>The token's signature is empty.</translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), but this one is %3 bytes.</source>
        <translation>An %1 signature is %2 bytes (R and S), but this one is %3 bytes.</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the key set's only fitting key (%2).</source>
        <translation>The signature is valid: %1 with the key set's only fitting key (%2).</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the issuer's key “%2” (%3).</source>
        <translation>The signature is valid: %1 with the issuer's key “%2” (%3).</translation>
    </message>
    <message>
        <source>The signature could not be checked because the issuer's keys could not be fetched: %1 The token is decoded anyway.</source>
        <translation>The signature could not be checked because the issuer's keys could not be fetched: %1 The token is decoded anyway.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</source>
        <translation>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this text has %n part(s).</source>
        <translation><numerusform>A JWT has three parts separated by dots; this text has %n part.</numerusform><numerusform>A JWT has three parts separated by dots; this text has %n parts.</numerusform></translation>
    </message>
    <message>
        <source>Part %1 is not valid base64url.</source>
        <translation>Part %1 is not valid base64url.</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>The header is not a JSON object.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>The payload is not a JSON object.</translation>
    </message>
    <message>
        <source>This is a Moderne personal access token (mat-…), not a JWT: it carries no readable claims. The Access tokens pane shows its description and expiry.</source>
        <translation>This is a Moderne personal access token (mat-…), not a JWT: it carries no readable claims. The Access tokens pane shows its description and expiry.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked or waiting for a password prompt; unlock it and try again.</source>
        <translation><numerusform>The system keychain did not answer within %n second. It may be locked or waiting for a password prompt; unlock it and try again.</numerusform><numerusform>The system keychain did not answer within %n seconds. It may be locked or waiting for a password prompt; unlock it and try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message>
        <source>The sign-in page did not answer within %1. If you closed the browser tab, sign in again; otherwise check the tenant address.</source>
        <translation>The sign-in page did not answer within %1. If you closed the browser tab, sign in again; otherwise check the tenant address.</translation>
    </message>
    <message>
        <source>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</source>
        <translation>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</translation>
    </message>
    <message>
        <source>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</source>
        <translation>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Sign in again.</source>
        <translation>The browser came back without an authorization code. Sign in again.</translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</source>
        <translation>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</translation>
    </message>
    <message>
        <source>Your saved session could not be read. %1</source>
        <translation>Your saved session could not be read. %1</translation>
    </message>
    <message>
        <source>The saved session is in a form TokenDesk does not know. Sign in again.</source>
        <translation>The saved session is in a form TokenDesk does not know. Sign in again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Your session has ended: the sign-in server no longer accepts it. It was signed out elsewhere, revoked by an administrator, or has expired (the server said: %1). Sign in again.</source>
        <translation>Your session has ended: the sign-in server no longer accepts it. It was signed out elsewhere, revoked by an administrator, or has expired (the server said: %1). Sign in again.</translation>
    </message>
    <message>
        <source>Your saved session could not be restored because the sign-in server did not answer (%1). It is kept for next time; sign in now, or try again later.</source>
        <translation>Your saved session could not be restored because the sign-in server did not answer (%1). It is kept for next time; sign in now, or try again later.</translation>
    </message>
    <message>
        <source>TokenDesk could not renew your sign-in (%1). It will try again; check your network connection.</source>
        <translation>TokenDesk could not renew your sign-in (%1). It will try again; check your network connection.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>TokenDesk is not waiting for this sign-in. Return to TokenDesk.</source>
        <translation>TokenDesk is not waiting for this sign-in. Return to TokenDesk.</translation>
    </message>
    <message>
        <source>The browser's answer comes from the issuer “%1”, not from this tenant's issuer “%2”, so TokenDesk ignored it. Sign in again.</source>
        <translation>The browser's answer comes from the issuer “%1”, not from this tenant's issuer “%2”, so TokenDesk ignored it. Sign in again.</translation>
    </message>
    <message>
        <source>This answer comes from another sign-in server, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>This answer comes from another sign-in server, so TokenDesk ignored it. Return to TokenDesk.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>The sign-in server did not sign you in. Return to TokenDesk to see why.</source>
        <translation>The sign-in server did not sign you in. Return to TokenDesk to see why.</translation>
    </message>
    <message>
        <source>The answer has no authorization code. Return to TokenDesk and sign in again.</source>
        <translation>The answer has no authorization code. Return to TokenDesk and sign in again.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>The sign-in server's token endpoint</translation>
    </message>
</context>
<context>
    <name>LoginTokenPane</name>
    <message>
        <source>Decoded header</source>
        <translation>Decoded header</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Decoded payload</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Login token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Login token&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload (claims)</source>
        <translation>Payload (claims)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Show my login token</source>
        <translation>Show my login token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copy token</translation>
    </message>
    <message>
        <source>Copy “Authorization: Bearer …”</source>
        <translation>Copy “Authorization: Bearer …”</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>Copy curl command</translation>
    </message>
    <message>
        <source>Paste any JWT to inspect it (a leading “Bearer ” is fine)…</source>
        <translation>Paste any JWT to inspect it (a leading “Bearer ” is fine)…</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Paste a token</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Signature verdict</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Encoded token</translation>
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
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the token says&lt;/b&gt;</source>
        <translation>&lt;b&gt;What the token says&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>The token</translation>
    </message>
    <message>
        <source>The Authorization header</source>
        <translation>The Authorization header</translation>
    </message>
    <message>
        <source>The curl command</source>
        <translation>The curl command</translation>
    </message>
    <message>
        <source>No login token yet: sign in, or paste a JWT above.</source>
        <translation>No login token yet: sign in, or paste a JWT above.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are signed in with a personal access token.&lt;/b&gt; A personal access token (mat-…) is not a JWT: it is an opaque secret that the platform looks up, with no header, claims or signature to show here, and TokenDesk never displays it. Sign in with the browser to get a login token, or paste any JWT above to inspect it.</source>
        <translation>&lt;b&gt;You are signed in with a personal access token.&lt;/b&gt; A personal access token (mat-…) is not a JWT: it is an opaque secret that the platform looks up, with no header, claims or signature to show here, and TokenDesk never displays it. Sign in with the browser to get a login token, or paste any JWT above to inspect it.</translation>
    </message>
    <message>
        <source>Showing the pasted token.</source>
        <translation>Showing the pasted token.</translation>
    </message>
    <message>
        <source>Showing your current login token.</source>
        <translation>Showing your current login token.</translation>
    </message>
    <message>
        <source>Encrypted (JWE): the payload can only be read with the recipient's private key. TokenDesk does not decrypt tokens.</source>
        <translation>Encrypted (JWE): the payload can only be read with the recipient's private key. TokenDesk does not decrypt tokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>Signature algorithm the issuer used (RS256 = RSA with SHA-256).</source>
        <translation>Signature algorithm the issuer used (RS256 = RSA with SHA-256).</translation>
    </message>
    <message>
        <source>Token type: JWT, or at+jwt for an OAuth access token.</source>
        <translation>Token type: JWT, or at+jwt for an OAuth access token.</translation>
    </message>
    <message>
        <source>Key id: which of the issuer's published keys signed this token.</source>
        <translation>Key id: which of the issuer's published keys signed this token.</translation>
    </message>
    <message>
        <source>Content encryption of a JWE.</source>
        <translation>Content encryption of a JWE.</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>Content type of the payload.</translation>
    </message>
    <message>
        <source>Header field (not one TokenDesk knows).</source>
        <translation>Header field (not one TokenDesk knows).</translation>
    </message>
    <message>
        <source>Expires: the platform refuses the token from this moment on.</source>
        <translation>Expires: the platform refuses the token from this moment on.</translation>
    </message>
    <message>
        <source>Issued at: when Keycloak created this token.</source>
        <translation>Issued at: when Keycloak created this token.</translation>
    </message>
    <message>
        <source>Not before: the token is not valid before this moment.</source>
        <translation>Not before: the token is not valid before this moment.</translation>
    </message>
    <message>
        <source>When you last typed your password (or used SSO) at Keycloak.</source>
        <translation>When you last typed your password (or used SSO) at Keycloak.</translation>
    </message>
    <message>
        <source>Issuer: the Keycloak realm that signed the token.</source>
        <translation>Issuer: the Keycloak realm that signed the token.</translation>
    </message>
    <message>
        <source>Audience: the services this token is meant for.</source>
        <translation>Audience: the services this token is meant for.</translation>
    </message>
    <message>
        <source>Authorized party: the client (application) the token was issued to.</source>
        <translation>Authorized party: the client (application) the token was issued to.</translation>
    </message>
    <message>
        <source>Subject: your stable user id in the realm.</source>
        <translation>Subject: your stable user id in the realm.</translation>
    </message>
    <message>
        <source>Session id: the Keycloak session behind this token (ends on sign-out).</source>
        <translation>Session id: the Keycloak session behind this token (ends on sign-out).</translation>
    </message>
    <message>
        <source>Session id (older Keycloak versions).</source>
        <translation>Session id (older Keycloak versions).</translation>
    </message>
    <message>
        <source>Token id: unique for each token, used to revoke it.</source>
        <translation>Token id: unique for each token, used to revoke it.</translation>
    </message>
    <message>
        <source>Keycloak's token type: Bearer for access tokens.</source>
        <translation>Keycloak's token type: Bearer for access tokens.</translation>
    </message>
    <message>
        <source>Scopes granted: what the token may be used for.</source>
        <translation>Scopes granted: what the token may be used for.</translation>
    </message>
    <message>
        <source>Realm roles: what Keycloak says you are in the whole realm.</source>
        <translation>Realm roles: what Keycloak says you are in the whole realm.</translation>
    </message>
    <message>
        <source>Client roles: roles per client application.</source>
        <translation>Client roles: roles per client application.</translation>
    </message>
    <message>
        <source>Your user name at the identity provider.</source>
        <translation>Your user name at the identity provider.</translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation>Your email address.</translation>
    </message>
    <message>
        <source>Whether the identity provider checked the email address.</source>
        <translation>Whether the identity provider checked the email address.</translation>
    </message>
    <message>
        <source>Your display name.</source>
        <translation>Your display name.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>A claim TokenDesk does not know; shown as sent.</source>
        <translation>A claim TokenDesk does not know; shown as sent.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; for client %3.</source>
        <translation>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; for client %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your role comes from.&lt;/b&gt; Roles in this token (realm_access.roles): %1 · role the Moderne API reports (currentUser.role): %2.&lt;br&gt;The identity provider (Keycloak) decides roles. A login token keeps the roles it was issued with until it expires: after a role change, the next renewal or sign-in brings the new ones.</source>
        <translation>&lt;b&gt;Where your role comes from.&lt;/b&gt; Roles in this token (realm_access.roles): %1 · role the Moderne API reports (currentUser.role): %2.&lt;br&gt;The identity provider (Keycloak) decides roles. A login token keeps the roles it was issued with until it expires: after a role change, the next renewal or sign-in brings the new ones.</translation>
    </message>
    <message>
        <source>Not verified: this token comes from %1, not from this tenant's issuer %2. To check it, run: tokendesk-cli inspect --issuer %1</source>
        <translation>Not verified: this token comes from %1, not from this tenant's issuer %2. To check it, run: tokendesk-cli inspect --issuer %1</translation>
    </message>
    <message>
        <source>Not verified: no tenant is selected.</source>
        <translation>Not verified: no tenant is selected.</translation>
    </message>
    <message>
        <source>Checking the signature with %1's keys…</source>
        <translation>Checking the signature with %1's keys…</translation>
    </message>
    <message>
        <source>Signature not verified</source>
        <translation>Signature not verified</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>UNSIGNED TOKEN (alg: none): anyone could have written it</source>
        <translation>UNSIGNED TOKEN (alg: none): anyone could have written it</translation>
    </message>
    <message>
        <source>This computer's clock agrees with the server's.</source>
        <translation>This computer's clock agrees with the server's.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) ahead of the server's.</source>
        <translation><numerusform>This computer's clock is %n second ahead of the server's.</numerusform><numerusform>This computer's clock is %n seconds ahead of the server's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) behind the server's.</source>
        <translation><numerusform>This computer's clock is %n second behind the server's.</numerusform><numerusform>This computer's clock is %n seconds behind the server's.</numerusform></translation>
    </message>
    <message>
        <source>Expiry times shown here may be off by as much.</source>
        <translation>Expiry times shown here may be off by as much.</translation>
    </message>
    <message>
        <source>No expiry (exp) in this token.</source>
        <translation>No expiry (exp) in this token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expires in %1&lt;/b&gt; (at %2)</source>
        <translation>&lt;b&gt;Expires in %1&lt;/b&gt; (at %2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard for %n second(s). It is a secret: paste it only where it belongs.</source>
        <translation><numerusform>%1 is on the clipboard for %n second. It is a secret: paste it only where it belongs.</numerusform><numerusform>%1 is on the clipboard for %n seconds. It is a secret: paste it only where it belongs.</numerusform></translation>
    </message>
    <message>
        <source>JWT from Keycloak</source>
        <translation>JWT from Keycloak</translation>
    </message>
    <message>
        <source>Your role changed since this token was issued; it applies to personal access tokens now and to the login token at the next sign-in.</source>
        <translation>Your role changed since this token was issued; it applies to personal access tokens now and to the login token at the next sign-in.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;; it names no client.</source>
        <translation>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;; it names no client.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; for client %2; it names no user.</source>
        <translation>Issued by &lt;b&gt;%1&lt;/b&gt; for client %2; it names no user.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt;; it names no user and no client.</source>
        <translation>Issued by &lt;b&gt;%1&lt;/b&gt;; it names no user and no client.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt; for client %2; it names no issuer.</source>
        <translation>Issued to &lt;b&gt;%1&lt;/b&gt; for client %2; it names no issuer.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt;; it names no issuer and no client.</source>
        <translation>Issued to &lt;b&gt;%1&lt;/b&gt;; it names no issuer and no client.</translation>
    </message>
    <message>
        <source>Issued for client %1; it names no issuer and no user.</source>
        <translation>Issued for client %1; it names no issuer and no user.</translation>
    </message>
    <message>
        <source>The token names no issuer, no user and no client.</source>
        <translation>The token names no issuer, no user and no client.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in — TokenDesk</source>
        <translation>Sign in — TokenDesk</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Sign in with browser</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Waiting for the browser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Signs in at %1</source>
        <translation>Signs in at %1</translation>
    </message>
    <message>
        <source>Tenants…</source>
        <translation>Tenants…</translation>
    </message>
    <message>
        <source>Manage tenants</source>
        <translation>Manage tenants</translation>
    </message>
    <message>
        <source>&lt;a href="#pat"&gt;Use a personal access token instead&lt;/a&gt;</source>
        <translation>&lt;a href="#pat"&gt;Use a personal access token instead&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Use a personal access token instead</source>
        <translation>Use a personal access token instead</translation>
    </message>
    <message>
        <source>mat-…</source>
        <translation>mat-…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personal access token</translation>
    </message>
    <message>
        <source>Sign in with token</source>
        <translation>Sign in with token</translation>
    </message>
    <message>
        <source>Paste a personal access token (it starts with “mat-”) first.</source>
        <translation>Paste a personal access token (it starts with “mat-”) first.</translation>
    </message>
    <message>
        <source>This is not a Moderne personal access token: those start with “mat-”. Create one on the platform's Access tokens page or in TokenDesk.</source>
        <translation>This is not a Moderne personal access token: those start with “mat-”. Create one on the platform's Access tokens page or in TokenDesk.</translation>
    </message>
    <message>
        <source>Moderne tokens in one window</source>
        <translation>Moderne tokens in one window</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The sign-in server refused the authorization code (%1). Sign in again.</source>
        <translation>The sign-in server refused the authorization code (%1). Sign in again.</translation>
    </message>
    <message>
        <source>Access was denied at the sign-in page (%1).</source>
        <translation>Access was denied at the sign-in page (%1).</translation>
    </message>
    <message>
        <source>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</source>
        <translation>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”.</source>
        <translation>The sign-in server reported “%1”.</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”: %2</source>
        <translation>The sign-in server reported “%1”: %2</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</source>
        <translation>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered HTTP %1. Try again later.</source>
        <translation>The sign-in server's token endpoint answered HTTP %1. Try again later.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</source>
        <translation>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</translation>
    </message>
    <message>
        <source>the sign-in server's token endpoint at %1</source>
        <translation>the sign-in server's token endpoint at %1</translation>
    </message>
    <message>
        <source>TokenDesk received your sign-in.</source>
        <translation>TokenDesk received your sign-in.</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>You can close this tab and return to TokenDesk.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>The sign-in server's token endpoint</translation>
    </message>
</context>
<context>
    <name>LoopbackServer</name>
    <message>
        <source>TokenDesk could not listen for the browser on 127.0.0.1 (%1).</source>
        <translation>TokenDesk could not listen for the browser on 127.0.0.1 (%1).</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Authorization rejected</translation>
    </message>
    <message>
        <source>This response does not belong to an authorization TokenDesk is waiting for, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>This response does not belong to an authorization TokenDesk is waiting for, so TokenDesk ignored it. Return to TokenDesk.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Request too large</translation>
    </message>
    <message>
        <source>TokenDesk did not accept this request.</source>
        <translation>TokenDesk did not accept this request.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <source>TokenDesk did not understand this request.</source>
        <translation>TokenDesk did not understand this request.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Method not allowed</translation>
    </message>
    <message>
        <source>TokenDesk expects the browser's redirect.</source>
        <translation>TokenDesk expects the browser's redirect.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>You can close this tab and return to TokenDesk.</translation>
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
        <translation>Panes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;About TokenDesk</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>About TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk — %1</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Switch tenant (each keeps its own sign-in)</source>
        <translation>Switch tenant (each keeps its own sign-in)</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>&amp;Manage tenants…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>&amp;Inspect a token…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window. Token values stay in memory and in your keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne documentation&lt;/a&gt; · &lt;a href="%3"&gt;Access tokens on Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window. Token values stay in memory and in your keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne documentation&lt;/a&gt; · &lt;a href="%3"&gt;Access tokens on Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3 (platform %4)</source>
        <translation>Signed in as %1 · %2 · %3 (platform %4)</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>To&amp;kens</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>The token to renew is no longer in your list.</source>
        <translation>The token to renew is no longer in your list.</translation>
    </message>
    <message>
        <source>&amp;Export expiries to calendar…</source>
        <translation>&amp;Export expiries to calendar…</translation>
    </message>
    <message>
        <source>Save the expiry dates of your personal access tokens as an iCalendar (.ics) file</source>
        <translation>Save the expiry dates of your personal access tokens as an iCalendar (.ics) file</translation>
    </message>
    <message>
        <source>&amp;Offboard user…</source>
        <translation>&amp;Offboard user…</translation>
    </message>
    <message>
        <source>Export expiries to calendar</source>
        <translation>Export expiries to calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Sign in to export your token expiries.</source>
        <translation>Sign in to export your token expiries.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the expiry of %n token(s) to %1.</source>
        <translation><numerusform>Saved the expiry of %n token to %1.</numerusform><numerusform>Saved the expiry of %n tokens to %1.</numerusform></translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>The calendar could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Not every page of your tokens could be read.</source>
        <translation>Not every page of your tokens could be read.</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copy token</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Save in keychain</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token created</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token “%1” created&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token “%1” created&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: this is the only time TokenDesk can show it.&lt;/b&gt; The server keeps no readable copy, so it cannot be shown again; if you lose it, revoke it and create another.</source>
        <translation>&lt;b&gt;Copy it now: this is the only time TokenDesk can show it.&lt;/b&gt; The server keeps no readable copy, so it cannot be shown again; if you lose it, revoke it and create another.</translation>
    </message>
    <message>
        <source>It expires %1 (%2).</source>
        <translation>It expires %1 (%2).</translation>
    </message>
    <message>
        <source>It never expires: revoke it when it is no longer needed.</source>
        <translation>It never expires: revoke it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token value</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Show or hide the token</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system's keychain under “%1”.</source>
        <translation>Keeps the token in the operating system's keychain under “%1”.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message numerus="yes">
        <source>The token is on the clipboard; TokenDesk clears it there in %n second(s) unless you have copied something else.</source>
        <translation><numerusform>The token is on the clipboard; TokenDesk clears it there in %n second unless you have copied something else.</numerusform><numerusform>The token is on the clipboard; TokenDesk clears it there in %n seconds unless you have copied something else.</numerusform></translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Saving in the keychain…</translation>
    </message>
    <message>
        <source>Saved in the keychain as “%1”.</source>
        <translation>Saved in the keychain as “%1”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>The keychain did not save the token: %1</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Close without copying?</translation>
    </message>
    <message>
        <source>You have not copied the token or saved it in the keychain. It cannot be shown again once this window closes.</source>
        <translation>You have not copied the token or saved it in the keychain. It cannot be shown again once this window closes.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Or sign the Moderne CLI in on this machine: run these two commands, then paste the token when the CLI waits for it and press Enter. The CLI reads the token on standard input, so it never reaches your shell's history.</source>
        <translation>Or sign the Moderne CLI in on this machine: run these two commands, then paste the token when the CLI waits for it and press Enter. The CLI reads the token on standard input, so it never reaches your shell's history.</translation>
    </message>
    <message>
        <source>Moderne CLI commands</source>
        <translation>Moderne CLI commands</translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation>Copy co&amp;mmands</translation>
    </message>
    <message>
        <source>&lt;tenant URL&gt;</source>
        <translation>&lt;tenant URL&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This tenant allows tokens of at most %n day(s). The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</source>
        <translation><numerusform>This tenant allows tokens of at most %n day. The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</numerusform><numerusform>This tenant allows tokens of at most %n days. The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</numerusform></translation>
    </message>
    <message>
        <source>The commands are on the clipboard: paste them into a terminal, then copy the token and paste it when the CLI waits for it.</source>
        <translation>The commands are on the clipboard: paste them into a terminal, then copy the token and paste it when the CLI waits for it.</translation>
    </message>
    <message>
        <source>It begins with %1 (the list of tokens shows this too).</source>
        <translation>It begins with %1 (the list of tokens shows this too).</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>Login token</source>
        <translation>Login token</translation>
    </message>
    <message>
        <source>SCM tokens</source>
        <translation>SCM tokens</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Personal access tokens</translation>
    </message>
    <message>
        <source>TokenDesk warns you on the desktop before a token expires. Choose what to be warned about and how early.</source>
        <translation>TokenDesk warns you on the desktop before a token expires. Choose what to be warned about and how early.</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min before</translation>
    </message>
    <message>
        <source>Not when the login token will be renewed on its own.</source>
        <translation>Not when the login token will be renewed on its own.</translation>
    </message>
    <message>
        <source> days before, once a day</source>
        <translation> days before, once a day</translation>
    </message>
    <message>
        <source>Minutes of warning before the login token expires</source>
        <translation>Minutes of warning before the login token expires</translation>
    </message>
    <message>
        <source>Minutes of warning before an SCM token expires</source>
        <translation>Minutes of warning before an SCM token expires</translation>
    </message>
    <message>
        <source>Days of warning before a personal access token expires</source>
        <translation>Days of warning before a personal access token expires</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <source>Offboard a user</source>
        <translation>Offboard a user</translation>
    </message>
    <message>
        <source>User's &amp;email:</source>
        <translation>User's &amp;email:</translation>
    </message>
    <message>
        <source>User's email</source>
        <translation>User's email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Look up the user</source>
        <translation>Look up the user</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>The user's tokens</source>
        <translation>The user's tokens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token id</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>Recent &amp;events</translation>
    </message>
    <message>
        <source>The user's recent audit events</source>
        <translation>The user's recent audit events</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Their SCM connections are their own: administrators cannot see or disconnect them. Deleting the user ends their access to the tenant.</source>
        <translation>Their SCM connections are their own: administrators cannot see or disconnect them. Deleting the user ends their access to the tenant.</translation>
    </message>
    <message>
        <source>&amp;Revoke all their tokens…</source>
        <translation>&amp;Revoke all their tokens…</translation>
    </message>
    <message>
        <source>&amp;Delete the user and all their tokens…</source>
        <translation>&amp;Delete the user and all their tokens…</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Save receipt…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>last active %1 (%2)</source>
        <translation>last active %1 (%2)</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>never active</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n personal access token(s)</source>
        <translation><numerusform>%1 · %2 · %3 · %n personal access token</numerusform><numerusform>%1 · %2 · %3 · %n personal access tokens</numerusform></translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>No expiration</translation>
    </message>
    <message>
        <source>the same description as another of their tokens</source>
        <translation>the same description as another of their tokens</translation>
    </message>
    <message numerus="yes">
        <source>named in their events of the last %n day(s)</source>
        <translation><numerusform>named in their events of the last %n day</numerusform><numerusform>named in their events of the last %n days</numerusform></translation>
    </message>
    <message>
        <source>• “%1” (%2): %3</source>
        <translation>• “%1” (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) may be used by automation (a CLI, a pipeline); revoking them stops it:</source>
        <translation><numerusform>%n token may be used by automation (a CLI, a pipeline); revoking them stops it:</numerusform><numerusform>%n tokens may be used by automation (a CLI, a pipeline); revoking them stops it:</numerusform></translation>
    </message>
    <message>
        <source>The audit events could not be read: %1</source>
        <translation>The audit events could not be read: %1</translation>
    </message>
    <message>
        <source>Recent &amp;events (%1)</source>
        <translation>Recent &amp;events (%1)</translation>
    </message>
    <message>
        <source>&amp;Tokens (%1)</source>
        <translation>&amp;Tokens (%1)</translation>
    </message>
    <message>
        <source>These look like automation (a CLI, a pipeline) and stop working too:</source>
        <translation>These look like automation (a CLI, a pipeline) and stop working too:</translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation><numerusform>This revokes all %n personal access token of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</numerusform><numerusform>This revokes all %n personal access tokens of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access token(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation><numerusform>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access token. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</numerusform><numerusform>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access tokens. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Revoke all tokens of %1</translation>
    </message>
    <message>
        <source>Delete the user %1</source>
        <translation>Delete the user %1</translation>
    </message>
    <message>
        <source>Type the user's email to confirm:</source>
        <translation>Type the user's email to confirm:</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Revoke all</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Delete the user</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Revoking all tokens of %1…</translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation>Deleting the user %1…</translation>
    </message>
    <message>
        <source>Deleted with the user.</source>
        <translation>Deleted with the user.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have acted. It was not sent again.</source>
        <translation>%1 The answer was lost: the server may have acted. It was not sent again.</translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Save the receipt with “Save receipt…”.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked all %n token(s) of %1.</source>
        <translation><numerusform>Revoked all %n token of %1.</numerusform><numerusform>Revoked all %n tokens of %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted the user %1 and %n token(s).</source>
        <translation><numerusform>Deleted the user %1 and %n token.</numerusform><numerusform>Deleted the user %1 and %n tokens.</numerusform></translation>
    </message>
    <message>
        <source>The answer to revoking all tokens of %1 was lost (%2): the outcome is unknown.</source>
        <translation>The answer to revoking all tokens of %1 was lost (%2): the outcome is unknown.</translation>
    </message>
    <message>
        <source>The answer to deleting the user %1 was lost (%2): the outcome is unknown.</source>
        <translation>The answer to deleting the user %1 was lost (%2): the outcome is unknown.</translation>
    </message>
    <message>
        <source>TokenDesk did not send it again; it read the user again, and the list shows what the server holds now.</source>
        <translation>TokenDesk did not send it again; it read the user again, and the list shows what the server holds now.</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked: %2</source>
        <translation>The tokens of %1 were not revoked: %2</translation>
    </message>
    <message>
        <source>The user %1 was not deleted: %2</source>
        <translation>The user %1 was not deleted: %2</translation>
    </message>
    <message>
        <source>Save the offboarding receipt</source>
        <translation>Save the offboarding receipt</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server's discovery document is not valid JSON (%1).</source>
        <translation>The sign-in server's discovery document is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</source>
        <translation>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</translation>
    </message>
    <message>
        <source>The discovery document has no %1, so TokenDesk cannot sign in there.</source>
        <translation>The discovery document has no %1, so TokenDesk cannot sign in there.</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which TokenDesk requires.</source>
        <translation>The sign-in server does not support PKCE with S256, which TokenDesk requires.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</source>
        <translation>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</source>
        <translation>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</translation>
    </message>
    <message>
        <source>the sign-in server at %1</source>
        <translation>the sign-in server at %1</translation>
    </message>
    <message>
        <source>The discovery document's %1 is refused: %2</source>
        <translation>The discovery document's %1 is refused: %2</translation>
    </message>
    <message>
        <source>The sign-in server does not say that it supports PKCE with S256 (its discovery document has no code_challenge_methods_supported), so TokenDesk will not sign in there.</source>
        <translation>The sign-in server does not say that it supports PKCE with S256 (its discovery document has no code_challenge_methods_supported), so TokenDesk will not sign in there.</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>The sign-in server</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 could not be loaded (%2).</translation>
    </message>
    <message>
        <source>%1 has no function %2.</source>
        <translation>%1 has no function %2.</translation>
    </message>
</context>
<context>
    <name>PaneRegistry</name>
    <message>
        <source>Access tokens</source>
        <translation>Access tokens</translation>
    </message>
    <message>
        <source>&amp;Access tokens</source>
        <translation>&amp;Access tokens</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM connections</translation>
    </message>
    <message>
        <source>&amp;SCM connections</source>
        <translation>&amp;SCM connections</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Login token</translation>
    </message>
    <message>
        <source>&amp;Login token</source>
        <translation>&amp;Login token</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vity</translation>
    </message>
    <message>
        <source>Token hygiene</source>
        <translation>Token hygiene</translation>
    </message>
    <message>
        <source>Token &amp;hygiene</source>
        <translation>Token &amp;hygiene</translation>
    </message>
</context>
<context>
    <name>ReceiptFile</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV files (*.csv);;JSON files (*.json)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>The receipt could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>Saved the receipt to %1.</translation>
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
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>%1 at %2 answered with more than %3; TokenDesk stopped reading.</source>
        <translation>%1 at %2 answered with more than %3; TokenDesk stopped reading.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to %3; TokenDesk did not follow it.</source>
        <translation>%1 at %2 redirected to %3; TokenDesk did not follow it.</translation>
    </message>
</context>
<context>
    <name>RevocationReceipt</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Rotate token</translation>
    </message>
    <message>
        <source>A new token “%1” replaces this one: it gets the new value where you choose, and the old token is revoked after that, never before.</source>
        <translation>A new token “%1” replaces this one: it gets the new value where you choose, and the old token is revoked after that, never before.</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Lifetime in days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Never expires</translation>
    </message>
    <message>
        <source>New token's lifetime:</source>
        <translation>New token's lifetime:</translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s), so the new token lives shorter than the old one (%1 days).</source>
        <translation><numerusform>The tenant allows tokens for at most %n day, so the new token lives shorter than the old one (%1 days).</numerusform><numerusform>The tenant allows tokens for at most %n days, so the new token lives shorter than the old one (%1 days).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s); the old token never expires, the new one will.</source>
        <translation><numerusform>The tenant allows tokens for at most %n day; the old token never expires, the new one will.</numerusform><numerusform>The tenant allows tokens for at most %n days; the old token never expires, the new one will.</numerusform></translation>
    </message>
    <message>
        <source>Put the new value:</source>
        <translation>Put the new value:</translation>
    </message>
    <message>
        <source>In the keychain, in place of the old token's entry</source>
        <translation>In the keychain, in place of the old token's entry</translation>
    </message>
    <message>
        <source>The keychain holds no value of the old token.</source>
        <translation>The keychain holds no value of the old token.</translation>
    </message>
    <message>
        <source>On the clipboard</source>
        <translation>On the clipboard</translation>
    </message>
    <message>
        <source>In the Moderne CLI (mod config moderne login, on its standard input)</source>
        <translation>In the Moderne CLI (mod config moderne login, on its standard input)</translation>
    </message>
    <message>
        <source>mod is not on the PATH.</source>
        <translation>mod is not on the PATH.</translation>
    </message>
    <message>
        <source>When I confirm</source>
        <translation>When I confirm</translation>
    </message>
    <message>
        <source>Right after the hand-off</source>
        <translation>Right after the hand-off</translation>
    </message>
    <message>
        <source>1 hour after the hand-off</source>
        <translation>1 hour after the hand-off</translation>
    </message>
    <message>
        <source>1 day after the hand-off</source>
        <translation>1 day after the hand-off</translation>
    </message>
    <message>
        <source>Revoke the old token:</source>
        <translation>Revoke the old token:</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
</context>
<context>
    <name>RotationJournal</name>
    <message>
        <source>Cannot make the folder %1 for the rotation journal.</source>
        <translation>Cannot make the folder %1 for the rotation journal.</translation>
    </message>
    <message>
        <source>Cannot read the rotation journal %1: %2.</source>
        <translation>Cannot read the rotation journal %1: %2.</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged; move it away to start afresh.</source>
        <translation>The rotation journal %1 is damaged; move it away to start afresh.</translation>
    </message>
    <message>
        <source>Cannot write the rotation journal %1: %2.</source>
        <translation>Cannot write the rotation journal %1: %2.</translation>
    </message>
    <message>
        <source>The rotation journal (%1) is locked by another program; try again when it has finished.</source>
        <translation>The rotation journal (%1) is locked by another program; try again when it has finished.</translation>
    </message>
    <message>
        <source>Another tokendesk-cli (process %1) is working on the rotation journal (%2); try again when it has finished.</source>
        <translation>Another tokendesk-cli (process %1) is working on the rotation journal (%2); try again when it has finished.</translation>
    </message>
    <message>
        <source>TokenDesk (process %1) is rotating a token with the rotation journal (%2); try again when it has finished.</source>
        <translation>TokenDesk (process %1) is rotating a token with the rotation journal (%2); try again when it has finished.</translation>
    </message>
    <message>
        <source>Another program (%1, process %2) holds the rotation journal (%3); try again when it has finished.</source>
        <translation>Another program (%1, process %2) holds the rotation journal (%3); try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>SavedTokens</name>
    <message numerus="yes">
        <source>Moved %n keychain entry(s) to the token's id: %1.</source>
        <translation><numerusform>Moved %n keychain entry to the token's id: %1.</numerusform><numerusform>Moved %n keychain entrys to the token's id: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left %n keychain entry(s) under the old name, because several tokens have that description: %1.</source>
        <translation><numerusform>Left %n keychain entry under the old name, because several tokens have that description: %1.</numerusform><numerusform>Left %n keychain entrys under the old name, because several tokens have that description: %1.</numerusform></translation>
    </message>
    <message>
        <source>Could not move the keychain entries of %1; TokenDesk tries again next time.</source>
        <translation>Could not move the keychain entries of %1; TokenDesk tries again next time.</translation>
    </message>
</context>
<context>
    <name>ScmAuthorizationListener</name>
    <message>
        <source>The authorization request expired before the browser came back. Connect again.</source>
        <translation>The authorization request expired before the browser came back. Connect again.</translation>
    </message>
    <message>
        <source>The browser came back with a response that does not belong to this authorization (the state does not match), so TokenDesk rejected it. Connect again.</source>
        <translation>The browser came back with a response that does not belong to this authorization (the state does not match), so TokenDesk rejected it. Connect again.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The provider did not grant access. You can close this tab and return to TokenDesk.</source>
        <translation>The provider did not grant access. You can close this tab and return to TokenDesk.</translation>
    </message>
    <message>
        <source>Access was denied on the provider's authorization page.</source>
        <translation>Access was denied on the provider's authorization page.</translation>
    </message>
    <message>
        <source>The provider reported “%1”.</source>
        <translation>The provider reported “%1”.</translation>
    </message>
    <message>
        <source>The provider reported “%1”: %2</source>
        <translation>The provider reported “%1”: %2</translation>
    </message>
    <message>
        <source>Authorization incomplete</source>
        <translation>Authorization incomplete</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Return to TokenDesk and connect again.</source>
        <translation>The provider's response lacks “%1”. Return to TokenDesk and connect again.</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Connect again.</source>
        <translation>The provider's response lacks “%1”. Connect again.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Authorization received</translation>
    </message>
    <message>
        <source>TokenDesk received the authorization. You can close this tab and return to TokenDesk.</source>
        <translation>TokenDesk received the authorization. You can close this tab and return to TokenDesk.</translation>
    </message>
</context>
<context>
    <name>ScmConnectFlow</name>
    <message>
        <source>The authorization could not be started: %1</source>
        <translation>The authorization could not be started: %1</translation>
    </message>
    <message>
        <source>The server sent an authorization address TokenDesk will not open: %1</source>
        <translation>The server sent an authorization address TokenDesk will not open: %1</translation>
    </message>
    <message>
        <source>The authorization request expired before it could be opened. Check the computer's clock, then connect again.</source>
        <translation>The authorization request expired before it could be opened. Check the computer's clock, then connect again.</translation>
    </message>
    <message>
        <source>TokenDesk could not open the browser. Open this address yourself: %1</source>
        <translation>TokenDesk could not open the browser. Open this address yourself: %1</translation>
    </message>
    <message>
        <source>The authorization could not be completed: %1</source>
        <translation>The authorization could not be completed: %1</translation>
    </message>
    <message>
        <source>The server did not accept the authorization.</source>
        <translation>The server did not accept the authorization.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>The connection could not be removed: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection.</source>
        <translation>The server did not remove the connection.</translation>
    </message>
    <message>
        <source>The connection could not be removed, so it was not connected again: %1</source>
        <translation>The connection could not be removed, so it was not connected again: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection, so it was not connected again.</source>
        <translation>The server did not remove the connection, so it was not connected again.</translation>
    </message>
    <message>
        <source>The server sent an authorization address without a state, so TokenDesk could not tell the provider's answer from a forged one. It did not open it.</source>
        <translation>The server sent an authorization address without a state, so TokenDesk could not tell the provider's answer from a forged one. It did not open it.</translation>
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
        <translation>Connected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation>Connected %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>renewal due now</source>
        <translation>renewal due now</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Renewing…</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Connect again</translation>
    </message>
    <message>
        <source>The platform reports this connection as invalid. “Connect again” disconnects it and connects it afresh, as the platform's documentation advises.</source>
        <translation>The platform reports this connection as invalid. “Connect again” disconnects it and connects it afresh, as the platform's documentation advises.</translation>
    </message>
    <message>
        <source>The platform renews this credential automatically; the current one is due for renewal %1.</source>
        <translation>The platform renews this credential automatically; the current one is due for renewal %1.</translation>
    </message>
    <message>
        <source>renewal due in %1</source>
        <translation>renewal due in %1</translation>
    </message>
    <message>
        <source>Until renewal</source>
        <translation>Until renewal</translation>
    </message>
    <message>
        <source>auto-renews %1</source>
        <translation>auto-renews %1</translation>
    </message>
    <message>
        <source>auto-renews in a moment</source>
        <translation>auto-renews in a moment</translation>
    </message>
</context>
<context>
    <name>ScmPane</name>
    <message>
        <source>&lt;h2&gt;SCM connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SCM connections&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM connections</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours; the bar empties as the time runs out.</source>
        <translation>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours; the bar empties as the time runs out.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>Waiting for the browser: authorize TokenDesk at %1, then come back. (&lt;a href="%2"&gt;Open the page again&lt;/a&gt;; this request expires at %3.)</source>
        <translation>Waiting for the browser: authorize TokenDesk at %1, then come back. (&lt;a href="%2"&gt;Open the page again&lt;/a&gt;; this request expires at %3.)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Disconnected from %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Disconnect %1?</translation>
    </message>
    <message>
        <source>Disconnect your Moderne account from %1?</source>
        <translation>Disconnect your Moderne account from %1?</translation>
    </message>
    <message>
        <source>Moderne will no longer be able to reach %1 on your behalf until you connect again.</source>
        <translation>Moderne will no longer be able to reach %1 on your behalf until you connect again.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 of %2 connected</translation>
    </message>
    <message>
        <source>Disconnected from %1; connecting it again in the browser…</source>
        <translation>Disconnected from %1; connecting it again in the browser…</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Where a host's credentials expire (GitHub App tokens: 8 hours), the platform renews them automatically: the bar shows the time until the next renewal. Connections unused for 90 days are removed by the platform.</source>
        <translation>Source code hosts that Moderne may access on your behalf. Where a host's credentials expire (GitHub App tokens: 8 hours), the platform renews them automatically: the bar shows the time until the next renewal. Connections unused for 90 days are removed by the platform.</translation>
    </message>
    <message>
        <source>Connect %1 again?</source>
        <translation>Connect %1 again?</translation>
    </message>
    <message>
        <source>The platform reports the connection to %1 as invalid.</source>
        <translation>The platform reports the connection to %1 as invalid.</translation>
    </message>
    <message>
        <source>“Connect again” disconnects it, then connects it afresh: your browser opens %1's consent page.</source>
        <translation>“Connect again” disconnects it, then connects it afresh: your browser opens %1's consent page.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Connect again</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
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
        <translation>Tenant: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusWidget</name>
    <message>
        <source>Session status</source>
        <translation>Session status</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Signed out — sign in again</translation>
    </message>
    <message>
        <source>Signed in with a personal access token</source>
        <translation>Signed in with a personal access token</translation>
    </message>
    <message>
        <source>A personal access token is not refreshed; it lasts until it expires or is revoked.</source>
        <translation>A personal access token is not refreshed; it lasts until it expires or is revoked.</translation>
    </message>
    <message>
        <source>Login token: %1 left</source>
        <translation>Login token: %1 left</translation>
    </message>
    <message>
        <source>The login token expires %1; TokenDesk renews it before then.</source>
        <translation>The login token expires %1; TokenDesk renews it before then.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A token you copy is removed from the clipboard after this time, unless you have copied something else since.</source>
        <translation>A token you copy is removed from the clipboard after this time, unless you have copied something else since.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Clear the &amp;clipboard after:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and its client id. Switch between them from the Tenant menu.</source>
        <translation>Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and its client id. Switch between them from the Tenant menu.</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>&amp;Manage tenants…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>TokenDesk uses the new language the next time it starts.</source>
        <translation>TokenDesk uses the new language the next time it starts.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>In panes</source>
        <translation>In panes</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation>“%1” is not a complete web address.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 must start with https://.</translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation>The client id is empty.</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Acme</source>
        <translation>Acme</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Tenant URL</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Issuer URL</translation>
    </message>
    <message>
        <source>GraphQL API URL</source>
        <translation>GraphQL API URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Fill in from tenant URL</source>
        <translation>Fill in from tenant URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>Tenant URL:</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>Issuer URL:</translation>
    </message>
    <message>
        <source>GraphQL API URL:</source>
        <translation>GraphQL API URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client id:</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>New tenant</translation>
    </message>
    <message>
        <source>TokenDesk can only propose addresses for https://&lt;tenant&gt;.moderne.io; fill in the issuer and API URL yourself.</source>
        <translation>TokenDesk can only propose addresses for https://&lt;tenant&gt;.moderne.io; fill in the issuer and API URL yourself.</translation>
    </message>
    <message>
        <source>Every tenant needs a display name.</source>
        <translation>Every tenant needs a display name.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Platform generation</source>
        <translation>Platform generation</translation>
    </message>
    <message>
        <source>v2 — today's platform (sends “X-Moderne-Platform-Version: v2”)</source>
        <translation>v2 — today's platform (sends “X-Moderne-Platform-Version: v2”)</translation>
    </message>
    <message>
        <source>v1 — the first generation</source>
        <translation>v1 — the first generation</translation>
    </message>
    <message>
        <source>v1: administrators' tokens work only within 14 days of their last sign-in; SCM tokens expire after 8 hours and must be connected again.</source>
        <translation>v1: administrators' tokens work only within 14 days of their last sign-in; SCM tokens expire after 8 hours and must be connected again.</translation>
    </message>
    <message>
        <source>v2: tokens act with the owner's current role; the platform renews SCM credentials itself; no 14-day rule for administrators.</source>
        <translation>v2: tokens act with the owner's current role; the platform renews SCM credentials itself; no 14-day rule for administrators.</translation>
    </message>
    <message>
        <source>Switch to this tenant</source>
        <translation>Switch to this tenant</translation>
    </message>
    <message>
        <source>Keep the changes and switch to the selected tenant (OK only keeps the changes)</source>
        <translation>Keep the changes and switch to the selected tenant (OK only keeps the changes)</translation>
    </message>
    <message>
        <source>The tenant in use</source>
        <translation>The tenant in use</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of token expiries</source>
        <translation>Timeline of token expiries</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 m</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>PAT </source>
        <translation>PAT </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>● login token   ■ SCM token   ◆ personal access token   (green: fine · amber: soon · red: expired)</source>
        <translation>● login token   ■ SCM token   ◆ personal access token   (green: fine · amber: soon · red: expired)</translation>
    </message>
    <message>
        <source>Nothing expires in the next 8 hours.</source>
        <translation>Nothing expires in the next 8 hours.</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Login token</translation>
    </message>
    <message>
        <source>SCM token</source>
        <translation>SCM token</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personal access token</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4</source>
        <translation>%1 %2
%3 %4</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Show timeline</translation>
    </message>
    <message>
        <source>Hide timeline</source>
        <translation>Hide timeline</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>self-signed certificate</source>
        <translation>self-signed certificate</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain</source>
        <translation>self-signed certificate in the chain</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>issued by an authority this computer does not trust</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <translation>expired certificate</translation>
    </message>
    <message>
        <source>certificate not yet valid</source>
        <translation>certificate not yet valid</translation>
    </message>
    <message>
        <source>issued for another host name</source>
        <translation>issued for another host name</translation>
    </message>
    <message>
        <source>revoked certificate</source>
        <translation>revoked certificate</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1): TokenDesk did not connect to %2 and sent nothing. Check the address; if it is right, ask your administrator to install your organization's certificate authority on this computer.</source>
        <translation>The server's certificate is not trusted (%1): TokenDesk did not connect to %2 and sent nothing. Check the address; if it is right, ask your administrator to install your organization's certificate authority on this computer.</translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>No expiration</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>Expired %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This token never expires. Anyone who obtains it can use it until it is revoked.</source>
        <translation>This token never expires. Anyone who obtains it can use it until it is revoked.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Expires soon: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
</context>
<context>
    <name>TokenHygiene</name>
    <message>
        <source>Never expires</source>
        <translation>Never expires</translation>
    </message>
    <message>
        <source>Outlives the cap</source>
        <translation>Outlives the cap</translation>
    </message>
    <message>
        <source>Expired, still listed</source>
        <translation>Expired, still listed</translation>
    </message>
    <message>
        <source>Owner inactive</source>
        <translation>Owner inactive</translation>
    </message>
    <message>
        <source>Same description</source>
        <translation>Same description</translation>
    </message>
    <message>
        <source>Admin 14-day rule</source>
        <translation>Admin 14-day rule</translation>
    </message>
    <message>
        <source>The token never expires: whoever holds it can use it until it is revoked.</source>
        <translation>The token never expires: whoever holds it can use it until it is revoked.</translation>
    </message>
    <message numerus="yes">
        <source>The token lives longer than the tenant's current cap of %n day(s); it was created before the cap.</source>
        <translation><numerusform>The token lives longer than the tenant's current cap of %n day; it was created before the cap.</numerusform><numerusform>The token lives longer than the tenant's current cap of %n days; it was created before the cap.</numerusform></translation>
    </message>
    <message>
        <source>The tenant has no cap on a token's lifetime.</source>
        <translation>The tenant has no cap on a token's lifetime.</translation>
    </message>
    <message>
        <source>The token has expired but the platform still lists it.</source>
        <translation>The token has expired but the platform still lists it.</translation>
    </message>
    <message numerus="yes">
        <source>The owner has not been active for more than %n day(s), or never.</source>
        <translation><numerusform>The owner has not been active for more than %n day, or never.</numerusform><numerusform>The owner has not been active for more than %n days, or never.</numerusform></translation>
    </message>
    <message>
        <source>The owner has several tokens with this description (for example the CLI's repeated logins).</source>
        <translation>The owner has several tokens with this description (for example the CLI's repeated logins).</translation>
    </message>
    <message numerus="yes">
        <source>v1: an administrator's tokens work only while the administrator has signed in within the last %n day(s); this one no longer works.</source>
        <translation><numerusform>v1: an administrator's tokens work only while the administrator has signed in within the last %n day; this one no longer works.</numerusform><numerusform>v1: an administrator's tokens work only while the administrator has signed in within the last %n days; this one no longer works.</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The input is larger than %1 MB: that is not a token.</source>
        <translation>The input is larger than %1 MB: that is not a token.</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, or paste it and press Ctrl+D.</source>
        <translation>No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, or paste it and press Ctrl+D.</translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The new token for “%1” may or may not have been created: %2 It is not asked for again; TokenDesk reloads the list and looks for it. The old token is kept.</source>
        <translation>The new token for “%1” may or may not have been created: %2 It is not asked for again; TokenDesk reloads the list and looks for it. The old token is kept.</translation>
    </message>
    <message>
        <source>The new token for “%1” was not created: %2 The old token is kept.</source>
        <translation>The new token for “%1” was not created: %2 The old token is kept.</translation>
    </message>
    <message>
        <source>The new value could not be handed over: %1</source>
        <translation>The new value could not be handed over: %1</translation>
    </message>
    <message>
        <source>The old token “%1” was not revoked: %2 TokenDesk tries again when it starts.</source>
        <translation>The old token “%1” was not revoked: %2 TokenDesk tries again when it starts.</translation>
    </message>
    <message>
        <source>Revoked the old token “%1”.</source>
        <translation>Revoked the old token “%1”.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read: %1</source>
        <translation>The list of tokens could not be read: %1</translation>
    </message>
    <message>
        <source>The rotation of “%1” created nothing; the old token is kept. Rotate it again.</source>
        <translation>The rotation of “%1” created nothing; the old token is kept. Rotate it again.</translation>
    </message>
    <message>
        <source>The rotation of “%1” may have created one of %2, whose values were never shown; revoke the one not in use. The old token is kept.</source>
        <translation>The rotation of “%1” may have created one of %2, whose values were never shown; revoke the one not in use. The old token is kept.</translation>
    </message>
    <message>
        <source>The token made by the interrupted rotation of “%1” (its value was never handed over) could not be revoked: %2</source>
        <translation>The token made by the interrupted rotation of “%1” (its value was never handed over) could not be revoked: %2</translation>
    </message>
    <message>
        <source>The rotation of “%1” was interrupted before the new value was handed over: the new token was revoked, the old one is kept. Rotate it again.</source>
        <translation>The rotation of “%1” was interrupted before the new value was handed over: the new token was revoked, the old one is kept. Rotate it again.</translation>
    </message>
    <message>
        <source>The answer to the revoke of the old token “%1” was lost: %2 It may or may not have been revoked; TokenDesk does not send it again but reloads the list to see.</source>
        <translation>The answer to the revoke of the old token “%1” was lost: %2 It may or may not have been revoked; TokenDesk does not send it again but reloads the list to see.</translation>
    </message>
    <message>
        <source>The old token “%1” is still there: its revoke waits for you (right-click it to revoke it now or to keep it).</source>
        <translation>The old token “%1” is still there: its revoke waits for you (right-click it to revoke it now or to keep it).</translation>
    </message>
    <message>
        <source>The old token “%1” was revoked: the list no longer has it.</source>
        <translation>The old token “%1” was revoked: the list no longer has it.</translation>
    </message>
</context>
<context>
    <name>TokenText</name>
    <message>
        <source>(not shown: it may be a token)</source>
        <translation>(not shown: it may be a token)</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>The server did not accept the token (HTTP 401): it is wrong, expired or revoked, or (v1) its administrator has not signed in for 14 days.</source>
        <translation>The server did not accept the token (HTTP 401): it is wrong, expired or revoked, or (v1) its administrator has not signed in for 14 days.</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”: TokenDesk has none yet (or give --api-url).</source>
        <translation>There is no tenant profile “%1”: TokenDesk has none yet (or give --api-url).</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”; there are %2.</source>
        <translation>There is no tenant profile “%1”; there are %2.</translation>
    </message>
    <message>
        <source>No tenant: give --tenant NAME (a profile of the TokenDesk app) or --api-url URL.</source>
        <translation>No tenant: give --tenant NAME (a profile of the TokenDesk app) or --api-url URL.</translation>
    </message>
    <message>
        <source>Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, or sign in to this tenant in TokenDesk with a personal access token and give its --tenant.</source>
        <translation>Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, or sign in to this tenant in TokenDesk with a personal access token and give its --tenant.</translation>
    </message>
    <message>
        <source>Not signed in: the keychain could not be read. %1</source>
        <translation>Not signed in: the keychain could not be read. %1</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk has no saved session for “%1”. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Not signed in: TokenDesk has no saved session for “%1”. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</translation>
    </message>
    <message>
        <source>Not signed in with a personal access token: TokenDesk's session for “%1” is a browser sign-in, which the command line does not use. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Not signed in with a personal access token: TokenDesk's session for “%1” is a browser sign-in, which the command line does not use. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read.</source>
        <translation>The list of tokens could not be read.</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>The list of users could not be read.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRES</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>No tokens.</translation>
    </message>
    <message>
        <source>The token may or may not have been created (it was not asked for again): `tokendesk-cli tokens list` shows what the server holds.</source>
        <translation>The token may or may not have been created (it was not asked for again): `tokendesk-cli tokens list` shows what the server holds.</translation>
    </message>
    <message>
        <source>The token was not created.</source>
        <translation>The token was not created.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3.</source>
        <translation>Created “%1” (%2), expires %3.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires.</source>
        <translation>Created “%1” (%2), never expires.</translation>
    </message>
    <message>
        <source>would revoke  %1</source>
        <translation>would revoke  %1</translation>
    </message>
    <message>
        <source>would revoke  %1  (not among your tokens: another user's, or none)</source>
        <translation>would revoke  %1  (not among your tokens: another user's, or none)</translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation>Dry run: nothing was revoked.</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 was not revoked: %2</translation>
    </message>
    <message>
        <source>%1: no such token (already revoked, or never there).</source>
        <translation>%1: no such token (already revoked, or never there).</translation>
    </message>
    <message>
        <source>revoked  %1</source>
        <translation>revoked  %1</translation>
    </message>
    <message>
        <source>Dry run: %1 has no tokens.</source>
        <translation>Dry run: %1 has no tokens.</translation>
    </message>
    <message>
        <source>%1 has no tokens: nothing to revoke.</source>
        <translation>%1 has no tokens: nothing to revoke.</translation>
    </message>
    <message>
        <source>The tokens of %1 may or may not have been revoked (it was not asked for again).</source>
        <translation>The tokens of %1 may or may not have been revoked (it was not asked for again).</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked.</source>
        <translation>The tokens of %1 were not revoked.</translation>
    </message>
    <message>
        <source>The server did not revoke the tokens of %1.</source>
        <translation>The server did not revoke the tokens of %1.</translation>
    </message>
    <message>
        <source>An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens rotate --resume`.</source>
        <translation>An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens rotate --resume`.</translation>
    </message>
    <message>
        <source>Resuming the rotation of %1 (“%2”).</source>
        <translation>Resuming the rotation of %1 (“%2”).</translation>
    </message>
    <message>
        <source>%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first `tokendesk-cli tokens rotate` run after then.</source>
        <translation>%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first `tokendesk-cli tokens rotate` run after then.</translation>
    </message>
    <message>
        <source>%1 was already rotated: rotate %2 instead.</source>
        <translation>%1 was already rotated: rotate %2 instead.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) is revoked.</source>
        <translation>The old token %1 (“%2”) is revoked.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.</source>
        <translation>The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) may have created one of %3; their values were never shown. Revoke the one that is not in use with `tokendesk-cli tokens revoke ID`. The old token is kept.</source>
        <translation>The interrupted rotation of %1 (“%2”) may have created one of %3; their values were never shown. Revoke the one that is not in use with `tokendesk-cli tokens revoke ID`. The old token is kept.</translation>
    </message>
    <message>
        <source>The token %1 made by the interrupted rotation of %2 (its value was never shown) could not be revoked: %3</source>
        <translation>The token %1 made by the interrupted rotation of %2 (its value was never shown) could not be revoked: %3</translation>
    </message>
    <message>
        <source>The rotation of %1 (“%2”) was interrupted before the new value was printed: the new token %3 was revoked, the old token is kept.</source>
        <translation>The rotation of %1 (“%2”) was interrupted before the new value was printed: the new token %3 was revoked, the old token is kept.</translation>
    </message>
    <message>
        <source>Run `tokendesk-cli tokens rotate %1` to rotate it.</source>
        <translation>Run `tokendesk-cli tokens rotate %1` to rotate it.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).</source>
        <translation>The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens rotate` run (e.g. with --resume) finishes it.</source>
        <translation>The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens rotate` run (e.g. with --resume) finishes it.</translation>
    </message>
    <message>
        <source>Revoked the old token %1 (“%2”).</source>
        <translation>Revoked the old token %1 (“%2”).</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was already gone.</source>
        <translation>The old token %1 (“%2”) was already gone.</translation>
    </message>
    <message>
        <source>There is no token %1 among your tokens.</source>
        <translation>There is no token %1 among your tokens.</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read.</source>
        <translation>The tenant's limit on token lifetimes could not be read.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s), not %2.</source>
        <translation>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s), not %2.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s) (the old one never expires).</source>
        <translation>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s) (the old one never expires).</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) may or may not have been created; it is not asked for again and the old token is kept. %3 Run `tokendesk-cli tokens rotate --resume` to clean up.</source>
        <translation>The new token for %1 (“%2”) may or may not have been created; it is not asked for again and the old token is kept. %3 Run `tokendesk-cli tokens rotate --resume` to clean up.</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) was not created: %3 The old token is kept.</source>
        <translation>The new token for %1 (“%2”) was not created: %3 The old token is kept.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3; it replaces %4.</source>
        <translation>Created “%1” (%2), expires %3; it replaces %4.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires; it replaces %3.</source>
        <translation>Created “%1” (%2), never expires; it replaces %3.</translation>
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
        <translation>Where and as whom (every subcommand):
  --tenant NAME      a tenant profile of the TokenDesk app (default: the last one used)
  --api-url URL      the tenant's GraphQL API instead of a profile
  --token-stdin      read the personal access token from standard input
The token comes from --token-stdin, else MODERNE_TOKEN, else the keychain entry the
app saved when it signed in to that tenant with a personal access token; never from
an argument.

Exit status: 0 done, 1 refused by the server, 2 bad input, 3 not signed in or token
rejected, 4 network or TLS error.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Personal access tokens of a Moderne tenant, for scripts and CI.
`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.

%2</source>
        <translation>Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Personal access tokens of a Moderne tenant, for scripts and CI.
`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.

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
        <translation>Usage: tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | --api-url URL] [--token-stdin]

Lists your personal access tokens, newest first: a table, or with --json an
array of {"id", "description", "created", "expiresAt"} (RFC 3339;
expiresAt null when the token never expires).

  --all-users        every user's tokens (administrators), each with "user"
                     (the owner's email)
  --json             JSON instead of the table
  -h, --help         show this help

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
        <translation>Usage: tokendesk-cli tokens create --description TEXT [--expires-in DAYS |
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
        <translation>Usage: tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |
       --api-url URL] [--token-stdin]
       tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]

Revokes personal access tokens by id, or every token of a user
(administrators). Prints one line per token: revoked, would revoke, or not
found. Each revocation is sent once.

  --user EMAIL     whose tokens (with --all)
  --all            every token of --user EMAIL
  --dry-run        print what would be revoked; send no mutation
  -h, --help       show this help

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
        <translation>Usage: tokendesk-cli tokens rotate ID [--expires-in DAYS]
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

</translation>
    </message>
    <message>
        <source>Give a subcommand: list, create, revoke or rotate.</source>
        <translation>Give a subcommand: list, create, revoke or rotate.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: give list, create, revoke or rotate.</source>
        <translation>Unknown subcommand “%1”: give list, create, revoke or rotate.</translation>
    </message>
    <message>
        <source>A token is never taken from the command line (other users can see it there): set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>A token is never taken from the command line (other users can see it there): set MODERNE_TOKEN or use --token-stdin.</translation>
    </message>
    <message>
        <source>tokens %1 has no option %2 (see tokens %1 --help).</source>
        <translation>tokens %1 has no option %2 (see tokens %1 --help).</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is given twice.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 takes no value.</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a URL.</source>
        <translation>--api-url: “%1” is not a URL.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days (1 or more).</source>
        <translation>--expires-in: “%1” is not a number of days (1 or more).</translation>
    </message>
    <message>
        <source>--expires-at: “%1” is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.</source>
        <translation>--expires-at: “%1” is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>--user: “%1” is not an email address.</source>
        <translation>--user: “%1” is not an email address.</translation>
    </message>
    <message>
        <source>--revoke-after: give none, 1h or 1d, not “%1”.</source>
        <translation>--revoke-after: give none, 1h or 1d, not “%1”.</translation>
    </message>
    <message>
        <source>Give --tenant or --api-url, not both.</source>
        <translation>Give --tenant or --api-url, not both.</translation>
    </message>
    <message>
        <source>tokens %1 takes no argument “%2”.</source>
        <translation>tokens %1 takes no argument “%2”.</translation>
    </message>
    <message>
        <source>tokens create needs --description TEXT.</source>
        <translation>tokens create needs --description TEXT.</translation>
    </message>
    <message>
        <source>Give one of --expires-in, --expires-at and --no-expiry.</source>
        <translation>Give one of --expires-in, --expires-at and --no-expiry.</translation>
    </message>
    <message>
        <source>--expires-at: a token cannot expire in the past.</source>
        <translation>--expires-at: a token cannot expire in the past.</translation>
    </message>
    <message>
        <source>Give --user EMAIL and --all together (every token of that user).</source>
        <translation>Give --user EMAIL and --all together (every token of that user).</translation>
    </message>
    <message>
        <source>Give token ids or --user EMAIL --all, not both.</source>
        <translation>Give token ids or --user EMAIL --all, not both.</translation>
    </message>
    <message>
        <source>tokens revoke needs the ids of the tokens (or --user EMAIL --all).</source>
        <translation>tokens revoke needs the ids of the tokens (or --user EMAIL --all).</translation>
    </message>
    <message>
        <source>tokens rotate --resume takes no id and no other option.</source>
        <translation>tokens rotate --resume takes no id and no other option.</translation>
    </message>
    <message>
        <source>tokens rotate needs the id of one token.</source>
        <translation>tokens rotate needs the id of one token.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</source>
        <translation>Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</translation>
    </message>
    <message>
        <source>tokendesk-cli: --token-stdin: standard input holds no token (one line, the token alone)
</source>
        <translation>tokendesk-cli: --token-stdin: standard input holds no token (one line, the token alone)
</translation>
    </message>
</context>
<context>
    <name>TokensPane</name>
    <message>
        <source>&lt;h2&gt;Access tokens&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Access tokens&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter access tokens</source>
        <translation>Filter access tokens</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Access tokens</translation>
    </message>
    <message>
        <source>The access tokens could not be loaded.
%1</source>
        <translation>The access tokens could not be loaded.
%1</translation>
    </message>
    <message>
        <source>Loading access tokens…</source>
        <translation>Loading access tokens…</translation>
    </message>
    <message>
        <source>%1 of %2 tokens loaded…</source>
        <translation>%1 of %2 tokens loaded…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Create token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Create a personal access token (Ctrl+N)</source>
        <translation>Create a personal access token (Ctrl+N)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Revoke the selected tokens (Delete)</translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation>My tokens</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Filter by description…  (Ctrl+F)</source>
        <translation>Filter by description…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No personal access tokens yet&lt;/h3&gt;&lt;p&gt;A personal access token (&lt;tt&gt;mat-…&lt;/tt&gt;) lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without a browser sign-in. You see its value once, when you create it; choose the shortest lifetime that does the job, and revoke it here when it is no longer needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No personal access tokens yet&lt;/h3&gt;&lt;p&gt;A personal access token (&lt;tt&gt;mat-…&lt;/tt&gt;) lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without a browser sign-in. You see its value once, when you create it; choose the shortest lifetime that does the job, and revoke it here when it is no longer needed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1
TokenDesk did not send the request again: it reloaded the list, which shows what the server holds now.</source>
        <translation>%1
TokenDesk did not send the request again: it reloaded the list, which shows what the server holds now.</translation>
    </message>
    <message numerus="yes">
        <source>As an administrator, the tokens you create work only while you have signed in within the last %n day(s).</source>
        <translation><numerusform>As an administrator, the tokens you create work only while you have signed in within the last %n day.</numerusform><numerusform>As an administrator, the tokens you create work only while you have signed in within the last %n days.</numerusform></translation>
    </message>
    <message>
        <source>The server did not say when you last signed in.</source>
        <translation>The server did not say when you last signed in.</translation>
    </message>
    <message>
        <source>That lapsed on %1: sign in again for them to work.</source>
        <translation>That lapsed on %1: sign in again for them to work.</translation>
    </message>
    <message>
        <source>Yours stop working on &lt;b&gt;%1&lt;/b&gt; (%2) unless you sign in again before then.</source>
        <translation>Yours stop working on &lt;b&gt;%1&lt;/b&gt; (%2) unless you sign in again before then.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Created “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more
</source>
        <translation><numerusform>… and %n more
</numerusform><numerusform>… and %n more
</numerusform></translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Revoke tokens</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?</source>
        <translation><numerusform>Revoke %n token?</numerusform><numerusform>Revoke %n tokens?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation><numerusform>Revoking %n token…</numerusform><numerusform>Revoking %n tokens…</numerusform></translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>Revoked “%1”.</translation>
    </message>
    <message>
        <source>“%1” had already been revoked or removed; it is gone from the list.</source>
        <translation>“%1” had already been revoked or removed; it is gone from the list.</translation>
    </message>
    <message>
        <source>“%1” was not revoked: %2</source>
        <translation>“%1” was not revoked: %2</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>Create token…</translation>
    </message>
    <message>
        <source>Revoke selected tokens…</source>
        <translation>Revoke selected tokens…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filter tokens</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>No token matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) match “%2”.</source>
        <translation><numerusform>%1 of %n token match “%2”.</numerusform><numerusform>%1 of %n tokens match “%2”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Everything that uses the token(s) stops working at once. This cannot be undone.</source>
        <translation><numerusform>Everything that uses the token stops working at once. This cannot be undone.</numerusform><numerusform>Everything that uses the tokens stops working at once. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Remove stale keychain entries…</source>
        <translation>Remove stale keychain entries…</translation>
    </message>
    <message>
        <source>Remove &amp;stale keychain entries…</source>
        <translation>Remove &amp;stale keychain entries…</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>Revoke “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens…</source>
        <translation><numerusform>Revoke %n tokens…</numerusform><numerusform>Revoke %n tokens…</numerusform></translation>
    </message>
    <message>
        <source>Remove stale keychain entries</source>
        <translation>Remove stale keychain entries</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on %1.</source>
        <translation><numerusform>The keychain holds %n token that no longer exist on %1.</numerusform><numerusform>The keychain holds %n tokens that no longer exist on %1.</numerusform></translation>
    </message>
    <message>
        <source>They were revoked or have expired and removed; their values are of no use any more.</source>
        <translation>They were revoked or have expired and removed; their values are of no use any more.</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Remove from keychain</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale keychain entry(s).</source>
        <translation><numerusform>Removed %n stale keychain entry.</numerusform><numerusform>Removed %n stale keychain entrys.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on the server.</source>
        <translation><numerusform>The keychain holds %n token that no longer exist on the server.</numerusform><numerusform>The keychain holds %n tokens that no longer exist on the server.</numerusform></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotate…</translation>
    </message>
    <message>
        <source>A new token in place of the selected one, then the old one revoked</source>
        <translation>A new token in place of the selected one, then the old one revoked</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>Rotate token…</translation>
    </message>
    <message>
        <source>Rotate “%1”…</source>
        <translation>Rotate “%1”…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Revoke the old token now</translation>
    </message>
    <message>
        <source>Keep the old token (cancel its revoke)</source>
        <translation>Keep the old token (cancel its revoke)</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read: %1</source>
        <translation>The tenant's limit on token lifetimes could not be read: %1</translation>
    </message>
    <message>
        <source>mod config moderne login failed (exit code %1).</source>
        <translation>mod config moderne login failed (exit code %1).</translation>
    </message>
    <message>
        <source>mod could not be started.</source>
        <translation>mod could not be started.</translation>
    </message>
    <message>
        <source>The keychain did not take the new value: %1</source>
        <translation>The keychain did not take the new value: %1</translation>
    </message>
    <message>
        <source>Revoke the old token?</source>
        <translation>Revoke the old token?</translation>
    </message>
    <message>
        <source>The new token for “%1” is in place. Revoke the old token “%1” now?</source>
        <translation>The new token for “%1” is in place. Revoke the old token “%1” now?</translation>
    </message>
    <message>
        <source>Old token: “%1”, created %2.</source>
        <translation>Old token: “%1”, created %2.</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working. Not now keeps it, marked in the list until you revoke it or keep it (right-click it).</source>
        <translation>Anything still using the old token stops working. Not now keeps it, marked in the list until you revoke it or keep it (right-click it).</translation>
    </message>
    <message>
        <source>Revoke old token</source>
        <translation>Revoke old token</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
</context>
<context>
    <name>TypeToConfirmDialog</name>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Type %1 to confirm</translation>
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
        <translation>active %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>never active</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Last active %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User / token</source>
        <translation>User / token</translation>
    </message>
    <message>
        <source>Created / last active</source>
        <translation>Created / last active</translation>
    </message>
    <message>
        <source>Expires / tokens</source>
        <translation>Expires / tokens</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>UserOffboarding</name>
    <message>
        <source>The tenant has no user %1.</source>
        <translation>The tenant has no user %1.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Clear warnings</source>
        <translation>Clear warnings</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>Expiry warnings given in this session</source>
        <translation>Expiry warnings given in this session</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox</source>
        <translation>Local sandbox</translation>
    </message>
    <message>
        <source>Paste the token, then press Ctrl+D:</source>
        <translation>Paste the token, then press Ctrl+D:</translation>
    </message>
    <message>
        <source>TokenDesk is already running: its window has been raised.</source>
        <translation>TokenDesk is already running: its window has been raised.</translation>
    </message>
    <message>
        <source>TokenDesk is already running: the token is shown in its inspector.</source>
        <translation>TokenDesk is already running: the token is shown in its inspector.</translation>
    </message>
    <message>
        <source>TokenDesk cannot start</source>
        <translation>TokenDesk cannot start</translation>
    </message>
    <message>
        <source>A part of TokenDesk is missing or damaged (%1). Reinstall TokenDesk.</source>
        <translation>A part of TokenDesk is missing or damaged (%1). Reinstall TokenDesk.</translation>
    </message>
</context>
</TS>
