<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessTokenModel</name>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No expiration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This token never expires. Anyone who obtains it can use it until it is revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Contacting the sign-in server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the Moderne API did not accept the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth client id to sign in with (default: tokendesk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name for the tenant given by --issuer and --api-url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the browser sign-in right after launch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphQlClient</name>
    <message>
        <source>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer has neither data nor errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Moderne API at %1 could not be reached (%2). Check your network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Moderne API answered HTTP %1 (%2). Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Moderne API answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this text has %n part(s).</source>
        <translation><numerusform>A JWT has three parts separated by dots; this text has %n part.</numerusform><numerusform>A JWT has three parts separated by dots; this text has %n parts.</numerusform></translation>
    </message>
    <message>
        <source>Part %1 is not valid base64url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked or waiting for a password prompt; unlock it and try again.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser came back without an authorization code. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginTokenPane</name>
    <message>
        <source>Encoded login token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoded header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoded payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Login token&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload (claims)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No login token: sign in to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by %1 to %2, algorithm %3. %4&lt;br&gt;Roles in the token: %5 · role reported by the API: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in — TokenDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style="font-size:18pt"&gt;TokenDesk&lt;/b&gt;&lt;br&gt;Moderne tokens in one window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The sign-in server refused the authorization code (%1). Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access was denied at the sign-in page (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server reported “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server reported “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server's token endpoint answered HTTP %1. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Access tokens
%n token(s)</source>
        <translation><numerusform>Access tokens
%n token</numerusform><numerusform>Access tokens
%n tokens</numerusform></translation>
    </message>
    <message>
        <source>SCM connections
%1 of %2 connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login token
JWT from Keycloak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModerneApi</name>
    <message>
        <source>The server's answer is missing %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server's discovery document is not valid JSON (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discovery document has no %1, so TokenDesk cannot sign in there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which TokenDesk requires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScmConnectionModel</name>
    <message>
        <source>GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitbucket Data Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitbucket Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure DevOps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScmPane</name>
    <message>
        <source>&lt;h2&gt;SCM connections&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCM connections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%n minute(s)</source>
        <translation type="unfinished">%n minute</translation>
    </message>
    <message>
        <source>%n hour(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n month(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n year(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokensPane</name>
    <message>
        <source>&lt;h2&gt;Access tokens&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by description…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter access tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access tokens could not be loaded.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading access tokens…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no personal access tokens.

A personal access token (mat-…) lets scripts and the Moderne CLI call the Moderne API as you, without a browser sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 tokens loaded…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
</context>
</TS>