<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessTokenModel</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>%1 · in keychain</source>
        <translation>%1 · dans le trousseau</translation>
    </message>
    <message>
        <source>Saved in the keychain of this computer.</source>
        <translation>Enregistré dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Created here; its value begins with %1.</source>
        <translation>Créé ici ; sa valeur commence par %1.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Not known here: a token's value and its first characters are known only for tokens created on this computer (the server keeps no readable copy).</source>
        <translation>Inconnu ici : la valeur d'un jeton et ses premiers caractères ne sont connus que pour les jetons créés sur cet ordinateur (le serveur n'en garde aucune copie lisible).</translation>
    </message>
    <message>
        <source>old token, revoked %1</source>
        <translation>ancien jeton, révoqué %1</translation>
    </message>
    <message>
        <source>old token, revoked when you confirm</source>
        <translation>ancien jeton, révoqué quand vous confirmez</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked at %1. Right-click it to revoke it now or to keep it.</source>
        <translation>Remplacé par un renouvellement : cet ancien jeton est révoqué le %1. Faites un clic droit pour le révoquer maintenant ou le garder.</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked when you confirm. Right-click it to revoke it now or to keep it.</source>
        <translation>Remplacé par un renouvellement : cet ancien jeton est révoqué quand vous confirmez. Faites un clic droit pour le révoquer maintenant ou le garder.</translation>
    </message>
</context>
<context>
    <name>AccessTokenService</name>
    <message>
        <source>The server did not revoke all tokens of %1; the list shows what it holds now.</source>
        <translation>Le serveur n'a pas révoqué tous les jetons de %1 ; la liste montre ce qu'il contient maintenant.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>Le serveur n'a pas d'utilisateur %1.</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Activité&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Token and SCM events from the platform's audit log, newest first. Reading the audit log is itself audited; the platform keeps events for a year, and they never contain token values.</source>
        <translation>Événements de jetons et SCM du journal d'audit de la plateforme, les plus récents d'abord. La lecture du journal d'audit est elle-même auditée ; la plateforme conserve les événements un an, et ils ne contiennent jamais de valeur de jeton.</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>E-mail de l'acteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description contains</source>
        <translation>La description contient</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d'audit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d'audit n'a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n event(s); scroll for more.</source>
        <translation>
            <numerusform>%1 sur %n événement affichés ; faites défiler pour en voir plus.</numerusform>
            <numerusform>%1 sur %n événements affichés ; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;CSV…</source>
        <translation>Exporter tous les événements de ce filtre en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;JSON…</source>
        <translation>Exporter tous les événements de ce filtre en &amp;JSON…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;SV…</source>
        <translation>Export par la plateforme de la période en C&amp;SV…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;EF…</source>
        <translation>Export par la plateforme de la période en C&amp;EF…</translation>
    </message>
    <message>
        <source>Save every event of the current filter (all pages, not only those loaded) to a file.</source>
        <translation>Enregistrer dans un fichier chaque événement du filtre actuel (toutes les pages, pas seulement celles chargées).</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Exporter les événements d'audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Export du journal d'audit par la plateforme</translation>
    </message>
    <message>
        <source>CEF files (*.cef)</source>
        <translation>Fichiers CEF (*.cef)</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>Afficher &amp;tous les événements</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <source>The events whose description or target names this token (%1 or its description), over the whole time the platform keeps them. The filters apply again after “Show all events”.</source>
        <translation>Les événements dont la description ou la cible nomme ce jeton (%1 ou sa description), sur toute la durée de conservation de la plateforme. Les filtres s'appliquent de nouveau après « Afficher tous les événements ».</translation>
    </message>
</context>
<context>
    <name>AdminUsersPane</name>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke all of user's tokens…</source>
        <translation>Révoquer tous ses jetons…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Every user of the tenant who holds personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Tous les utilisateurs du locataire qui détiennent des jetons d'accès personnels. Dépliez un utilisateur pour voir ses jetons ; en révoquer un arrête aussitôt tous les scripts qui l'utilisent.</translation>
    </message>
    <message>
        <source>Users and their tokens</source>
        <translation>Utilisateurs et leurs jetons</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Les utilisateurs n'ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with tokens</source>
        <translation>
            <numerusform>%n utilisateur avec des jetons</numerusform>
            <numerusform>%n utilisateurs avec des jetons</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation> (%1 chargés ; faites défiler pour en voir plus)</translation>
    </message>
    <message>
        <source>Revoke “%1” of %2?

Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>Révoquer « %1 » de %2 ?

Tout ce qui l'utilise cesse aussitôt de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Révocation de « %1 »…</translation>
    </message>
    <message>
        <source>Revoked “%1” of %2.</source>
        <translation>« %1 » de %2 a été révoqué.</translation>
    </message>
    <message>
        <source>It is gone from the list.</source>
        <translation>Il ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>“%1” could not be revoked: %2</source>
        <translation>« %1 » n'a pas pu être révoqué : %2</translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Révoquer tous les jetons de %1</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Révocation de tous les jetons de %1…</translation>
    </message>
    <message>
        <source>Revoked all tokens of %1.</source>
        <translation>Tous les jetons de %1 ont été révoqués.</translation>
    </message>
    <message>
        <source>Not all tokens of %1 were revoked: %2</source>
        <translation>Les jetons de %1 n'ont pas tous été révoqués : %2</translation>
    </message>
    <message>
        <source>"%1" had already been revoked.</source>
        <translation>« %1 » avait déjà été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>This revokes %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</source>
        <translation>
            <numerusform>Cela révoque %n jeton d'accès personnel de &lt;b&gt;%1&lt;/b&gt;. Tout script, CLI ou plugin qui l'utilise cesse aussitôt de fonctionner, et c'est irréversible.&lt;br&gt;&lt;br&gt;Saisissez l'adresse e-mail de l'utilisateur pour confirmer :</numerusform>
            <numerusform>Cela révoque %n jetons d'accès personnels de &lt;b&gt;%1&lt;/b&gt;. Tout script, CLI ou plugin qui les utilise cesse aussitôt de fonctionner, et c'est irréversible.&lt;br&gt;&lt;br&gt;Saisissez l'adresse e-mail de l'utilisateur pour confirmer :</numerusform>
        </translation>
    </message>
    <message>
        <source>Search users by email</source>
        <translation>Rechercher des utilisateurs par e-mail</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Rechercher par e-mail</translation>
    </message>
    <message>
        <source>Include users without tokens</source>
        <translation>Inclure les utilisateurs sans jeton</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the tenant, with or without personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>Tous les utilisateurs du locataire, avec ou sans jetons d'accès personnels. Dépliez un utilisateur pour voir ses jetons ; révoquer un jeton arrête aussitôt chaque script qui l'utilise.</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>A new token in place of this one of yours, then the old one revoked</source>
        <translation>Un nouveau jeton à la place de celui-ci (le vôtre), puis l'ancien révoqué</translation>
    </message>
    <message>
        <source>Only your own tokens can be rotated: the new value is handed over on this computer.</source>
        <translation>Seuls vos propres jetons peuvent être renouvelés : la nouvelle valeur est remise sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l'historique</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Départ de %1…</translation>
    </message>
</context>
<context>
    <name>ApiParsing</name>
    <message>
        <source>The server's answer is missing %1.</source>
        <translation>Il manque %1 dans la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server sent an expiry time TokenDesk cannot read: %1</source>
        <translation>Le serveur a envoyé une date d'expiration que TokenDesk ne sait pas lire : %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The platform no longer accepts your personal access token (it was revoked or has expired). Sign in again.</source>
        <translation>La plateforme n'accepte plus votre jeton d'accès personnel (il a été révoqué ou a expiré). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>La plateforme n'accepte plus votre connexion. Connectez-vous à nouveau ; rien de ce que vous avez saisi n'est perdu.</translation>
    </message>
    <message>
        <source>Contacting the sign-in server…</source>
        <translation>Contact du serveur de connexion…</translation>
    </message>
    <message>
        <source>Looking for a saved session…</source>
        <translation>Recherche d'une session enregistrée…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restauration de votre session…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>En attente du navigateur… Connectez-vous dans celui-ci, puis revenez ici.</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Add a tenant to sign in to.</source>
        <translation>Ajoutez un locataire auquel vous connecter.</translation>
    </message>
    <message>
        <source>You are signed out. Your session on %1 has ended and TokenDesk has removed it from the keychain.</source>
        <translation>Vous êtes déconnecté. Votre session sur %1 est terminée et TokenDesk l'a supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>The platform refused this personal access token: it may be revoked, expired, or made for another tenant.</source>
        <translation>La plateforme a refusé ce jeton d'accès personnel : il est peut-être révoqué, expiré ou destiné à un autre locataire.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Le jeton n'a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Chargement de votre compte…</translation>
    </message>
    <message>
        <source>Signed in, but the Moderne API at %1 does not accept this sign-in. Check that the tenant's API URL and issuer belong together.</source>
        <translation>Connecté, mais l'API Moderne à l'adresse %1 n'accepte pas cette connexion. Vérifiez que l'URL de l'API et l'émetteur du locataire vont ensemble.</translation>
    </message>
    <message>
        <source>Signed in, but your account could not be loaded: %1</source>
        <translation>Connecté, mais votre compte n'a pas pu être chargé : %1</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n'a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <source>Export audit events</source>
        <translation>Exporter les événements d'audit</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l'export</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to CSV:
%1</source>
        <translation>Export de chaque événement du filtre actuel en CSV vers :
%1</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to JSON:
%1</source>
        <translation>Export de chaque événement du filtre actuel en JSON vers :
%1</translation>
    </message>
    <message>
        <source>Fetching the first page…</source>
        <translation>Récupération de la première page…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events fetched (%n page(s))</source>
        <translation>
            <numerusform>%1 événements sur %2 récupérés (%n page)</numerusform>
            <numerusform>%1 événements sur %2 récupérés (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement enregistré dans %1.</numerusform>
            <numerusform>%n événements enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>L'export a échoué ; aucun fichier n'a été écrit. %1</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>Export du journal d'audit par la plateforme</translation>
    </message>
    <message>
        <source>The platform exports the events of the time range (the other filters do not apply) as %1 to:
%2</source>
        <translation>La plateforme exporte les événements de la période (les autres filtres ne s'appliquent pas) en %1 vers :
%2</translation>
    </message>
    <message>
        <source>Asking the platform for an export…</source>
        <translation>Demande d'export à la plateforme…</translation>
    </message>
    <message numerus="yes">
        <source>Processing: the platform is preparing the file (%1 s, checked %n time(s))…</source>
        <translation>
            <numerusform>Traitement : la plateforme prépare le fichier (%1 s, vérifié %n fois)…</numerusform>
            <numerusform>Traitement : la plateforme prépare le fichier (%1 s, vérifié %n fois)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Téléchargement du fichier…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Saved the platform's export (%1) to %2.</source>
        <translation>Export de la plateforme (%1) enregistré dans %2.</translation>
    </message>
    <message>
        <source>The platform's export failed: %1</source>
        <translation>L'export de la plateforme a échoué : %1</translation>
    </message>
</context>
<context>
    <name>AuditPlatformExport</name>
    <message>
        <source>The platform could not export the audit log.</source>
        <translation>La plateforme n'a pas pu exporter le journal d'audit.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n'a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Token expiries on %1</source>
        <translation>Expirations de jetons sur %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Le jeton expire : %1</translation>
    </message>
    <message>
        <source>Your personal access token "%1" on %2 expires at %3 (UTC). Create a new one or rotate it before then.</source>
        <translation>Votre jeton d'accès personnel « %1 » sur %2 expire le %3 (UTC). Créez-en un nouveau ou renouvelez-le d'ici là.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Token expires in 7 days: %1</source>
        <translation>Le jeton expire dans 7 jours : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</source>
        <translation>TokenDesk : jetons de connexion, jetons d'accès personnels et connexions SCM d'un locataire Moderne, dans une seule fenêtre.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</source>
        <translation>URL de l'émetteur OpenID du realm Keycloak du locataire, p. ex. https://login.acme.moderne.io/auth/realms/acme.</translation>
    </message>
    <message>
        <source>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</source>
        <translation>URL de l'API GraphQL du locataire, p. ex. https://api.acme.moderne.io/graphql.</translation>
    </message>
    <message>
        <source>OAuth client id to sign in with (default: tokendesk).</source>
        <translation>Identifiant de client OAuth utilisé pour la connexion (par défaut : tokendesk).</translation>
    </message>
    <message>
        <source>Display name for the tenant given by --issuer and --api-url.</source>
        <translation>Nom d'affichage du locataire défini par --issuer et --api-url.</translation>
    </message>
    <message>
        <source>Start the browser sign-in right after launch.</source>
        <translation>Lancer la connexion par le navigateur dès le démarrage.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the first window has been painted (for start-up measurements).</source>
        <translation>Quitter avec le code 0 juste après l'affichage de la première fenêtre (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Read a token from standard input (never from the command line) and show it in the inspector of the running TokenDesk, or of a new one.</source>
        <translation>Lire un jeton sur l'entrée standard (jamais sur la ligne de commande) et l'afficher dans l'inspecteur du TokenDesk en cours d'exécution, ou d'un nouveau.</translation>
    </message>
    <message>
        <source>Start a new window even when TokenDesk is already running (normally a second start raises the running one).</source>
        <translation>Ouvrir une nouvelle fenêtre même si TokenDesk est déjà lancé (normalement, un second lancement met au premier plan celui qui est en cours d'exécution).</translation>
    </message>
    <message>
        <source>Platform generation of the tenant given by --issuer and --api-url: v1 or v2 (default: v2).</source>
        <translation>Génération de plateforme du tenant indiqué par --issuer et --api-url : v1 ou v2 (par défaut : v2).</translation>
    </message>
    <message>
        <source>--platform: “%1” is not a platform generation; use v1 or v2.</source>
        <translation>--platform : « %1 » n'est pas une génération de plateforme ; utilisez v1 ou v2.</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Create personal access token</source>
        <translation>Créer un jeton d'accès personnel</translation>
    </message>
    <message>
        <source>A personal access token lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you. Give it a name you will recognize, and the shortest lifetime that does the job.</source>
        <translation>Un jeton d'accès personnel permet à la CLI Moderne, à un plugin d'IDE ou à un script d'appeler l'API Moderne en votre nom. Donnez-lui un nom que vous reconnaîtrez, et la durée de vie la plus courte qui suffise.</translation>
    </message>
    <message>
        <source>e.g. Moderne CLI on my laptop</source>
        <translation>p. ex. CLI Moderne sur mon portable</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Custom date (pick it on the calendar)</source>
        <translation>Date personnalisée (choisissez-la dans le calendrier)</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Checking your organization's limit on token lifetimes…</source>
        <translation>Vérification de la limite de durée de vie des jetons fixée par votre organisation…</translation>
    </message>
    <message>
        <source>TokenDesk could not read your organization's limit on token lifetimes (%1). The server checks the date you choose.</source>
        <translation>TokenDesk n'a pas pu lire la limite de durée de vie des jetons fixée par votre organisation (%1). Le serveur vérifiera la date que vous choisissez.</translation>
    </message>
    <message>
        <source>7 days — %1</source>
        <translation>7 jours — %1</translation>
    </message>
    <message>
        <source>30 days — %1</source>
        <translation>30 jours — %1</translation>
    </message>
    <message>
        <source>90 days — %1</source>
        <translation>90 jours — %1</translation>
    </message>
    <message numerus="yes">
        <source>Longer than your organization allows (%n day(s)).</source>
        <translation>
            <numerusform>Plus long que ce que permet votre organisation (%n jour).</numerusform>
            <numerusform>Plus long que ce que permet votre organisation (%n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token works until it is revoked. Anyone who obtains it can use it for as long.</source>
        <translation>Le jeton fonctionne jusqu'à sa révocation. Quiconque l'obtient peut l'utiliser aussi longtemps.</translation>
    </message>
    <message>
        <source>Your organization requires every token to expire.</source>
        <translation>Votre organisation exige que chaque jeton ait une date d'expiration.</translation>
    </message>
    <message>
        <source>Days before today cannot be chosen; a custom date lasts until the end of that day (23:59:59, %1).</source>
        <translation>Les jours antérieurs à aujourd'hui ne peuvent pas être choisis ; une date personnalisée vaut jusqu'à la fin de ce jour (23:59:59, %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token never expires.&lt;/b&gt; Anyone who obtains it can use it until it is revoked; prefer a date.</source>
        <translation>&lt;b&gt;Ce jeton n'expire jamais.&lt;/b&gt; Quiconque l'obtient peut l'utiliser jusqu'à sa révocation ; préférez une date.</translation>
    </message>
    <message>
        <source>The token will expire on &lt;b&gt;%1&lt;/b&gt; (%2, %3).</source>
        <translation>Le jeton expirera le &lt;b&gt;%1&lt;/b&gt; (%2, %3).</translation>
    </message>
    <message>
        <source>Give the token a name, so you can tell it apart later.</source>
        <translation>Donnez un nom au jeton pour pouvoir le reconnaître plus tard.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>On this tenant a token acts with your current role, looked up on every request: if your role changes, every token you hold changes with it at once.</source>
        <translation>Sur ce tenant, un jeton agit avec votre rôle actuel, vérifié à chaque requête : si votre rôle change, tous vos jetons changent aussitôt avec lui.</translation>
    </message>
    <message>
        <source>On this tenant (platform v1) a token keeps the permissions it was created with.</source>
        <translation>Sur ce tenant (plateforme v1), un jeton garde les droits avec lesquels il a été créé.</translation>
    </message>
    <message>
        <source>The latest date your organization allows is %1; a token for that date expires at %2, the limit.</source>
        <translation>La date la plus tardive autorisée par votre organisation est le %1 ; un jeton pour cette date expire à %2, la limite.</translation>
    </message>
    <message>
        <source>Close when done</source>
        <translation>Fermer une fois terminé</translation>
    </message>
    <message>
        <source>The server is creating the token; it cannot be called back. The window closes once the server has answered, and a new token's value is still shown to you once.</source>
        <translation>Le serveur crée le jeton ; la création ne peut pas être annulée. La fenêtre se ferme dès que le serveur a répondu, et la valeur d'un nouveau jeton vous est tout de même montrée une fois.</translation>
    </message>
    <message>
        <source>The token is being created and cannot be called back. This window closes when the server has answered.</source>
        <translation>Le jeton est en cours de création et ne peut pas être annulé. Cette fenêtre se ferme quand le serveur a répondu.</translation>
    </message>
    <message>
        <source>The token may have been created all the same. TokenDesk does not send it again on its own: the list has been reloaded to show what the server holds. Check it before you try again.</source>
        <translation>Le jeton a peut-être été créé malgré tout. TokenDesk ne renvoie pas la demande de lui-même : la liste a été rechargée pour montrer ce que le serveur contient. Vérifiez-la avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ExpiryCollector</name>
    <message>
        <source>Login token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>Unnamed token</source>
        <translation>Jeton sans nom</translation>
    </message>
</context>
<context>
    <name>ExpiryForecast</name>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access token(s) on %1 expire soon</source>
        <translation>
            <numerusform>%n jeton d'accès personnel sur %1 expire bientôt</numerusform>
            <numerusform>%n jetons d'accès personnels sur %1 expirent bientôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>these personal access tokens of yours on %1 expire soon:</source>
        <translation>les jetons d'accès personnels suivants que vous avez sur %1 expirent bientôt :</translation>
    </message>
    <message>
        <source>- %1: expires on %2</source>
        <translation>- %1 : expire le %2</translation>
    </message>
    <message>
        <source>If you still need them, please create new ones (or rotate them) before they expire, and revoke the ones you no longer use.</source>
        <translation>Si vous en avez encore besoin, créez-en de nouveaux (ou renouvelez-les) avant leur expiration, et révoquez ceux que vous n'utilisez plus.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Merci.</translation>
    </message>
</context>
<context>
    <name>ExpiryForecastWidget</name>
    <message>
        <source>Token expiries per day</source>
        <translation>Expirations par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire in the next %1 days.</source>
        <translation>
            <numerusform>%n jeton expire dans les %1 prochains jours.</numerusform>
            <numerusform>%n jetons expirent dans les %1 prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s) expire</source>
        <translation>
            <numerusform>%1 : %n jeton expire</numerusform>
            <numerusform>%1 : %n jetons expirent</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry forecast, all users</source>
        <translation>Expirations prévues, tous utilisateurs</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Expiry forecast of all users' tokens</source>
        <translation>Prévision des expirations des jetons de tous les utilisateurs</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Horizon de prévision</translation>
    </message>
    <message>
        <source>How far ahead the forecast looks</source>
        <translation>Jusqu'où porte la prévision</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the forecast</source>
        <translation>Charger la prévision</translation>
    </message>
    <message>
        <source>Read every user's tokens from the tenant</source>
        <translation>Lire les jetons de tous les utilisateurs du locataire</translation>
    </message>
    <message>
        <source>Expiring tokens by owner</source>
        <translation>Jetons expirant, par propriétaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>Les jetons n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Write to %1 about their expiring tokens (an email draft naming descriptions and dates only)</source>
        <translation>Écrire à %1 au sujet de ses jetons qui expirent (un brouillon d'e-mail ne mentionnant que les descriptions et les dates)</translation>
    </message>
    <message>
        <source>Hide the forecast</source>
        <translation>Masquer la prévision</translation>
    </message>
    <message>
        <source>Show the forecast</source>
        <translation>Afficher la prévision</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Not loaded: reads every user's tokens.</source>
        <translation>Non chargée : lit les jetons de tous les utilisateurs.</translation>
    </message>
    <message numerus="yes">
        <source>Reading tokens… %n so far.</source>
        <translation>
            <numerusform>Lecture des jetons… %n pour l'instant.</numerusform>
            <numerusform>Lecture des jetons… %n pour l'instant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of %1 owner(s) expire in %2 days.</source>
        <translation>
            <numerusform>%n jeton de %1 propriétaire(s) expire d'ici %2 jours.</numerusform>
            <numerusform>%n jetons de %1 propriétaire(s) expirent d'ici %2 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No email program opened the reminder for %1.</source>
        <translation>Aucun programme de messagerie n'a ouvert la relance pour %1.</translation>
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
        <translation>Afficher TokenDesk</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant : %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>Choose a date.</source>
        <translation>Choisissez une date.</translation>
    </message>
    <message>
        <source>A token cannot expire in the past: choose today or a later date.</source>
        <translation>Un jeton ne peut pas expirer dans le passé : choisissez aujourd'hui ou une date ultérieure.</translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows tokens for at most %n day(s): the latest date is %1.</source>
        <translation>
            <numerusform>Votre organisation autorise les jetons pour %n jour au plus : la date la plus lointaine est le %1.</numerusform>
            <numerusform>Votre organisation autorise les jetons pour %n jours au plus : la date la plus lointaine est le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organization's administrator limits personal access tokens to %n day(s), so "No expiration" and expiries after %1, %2 cannot be chosen.</source>
        <translation>
            <numerusform>L'administrateur de votre organisation limite les jetons d'accès personnels à %n jour, donc « Aucune expiration » et les expirations après le %1, %2 ne peuvent pas être choisies.</numerusform>
            <numerusform>L'administrateur de votre organisation limite les jetons d'accès personnels à %n jours, donc « Aucune expiration » et les expirations après le %1, %2 ne peuvent pas être choisies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryScheduler</name>
    <message>
        <source>Your login token expires %1</source>
        <translation>Votre jeton de connexion expire %1</translation>
    </message>
    <message>
        <source>TokenDesk's sign-in ends at %1. Sign in again to keep working.</source>
        <translation>La connexion de TokenDesk prend fin à %1. Connectez-vous à nouveau pour continuer à travailler.</translation>
    </message>
    <message>
        <source>%1 token expires %2</source>
        <translation>Le jeton %1 expire %2</translation>
    </message>
    <message>
        <source>Access token “%1” expires %2</source>
        <translation>Le jeton d'accès « %1 » expire %2</translation>
    </message>
    <message>
        <source>It stops working on %1. Create a new token before then.</source>
        <translation>Il cessera de fonctionner le %1. Créez un nouveau jeton d'ici là.</translation>
    </message>
    <message>
        <source>Moderne's access to %1 ends at %2. Connect it again in SCM connections.</source>
        <translation>L'accès de Moderne à %1 prend fin à %2. Reconnectez-le dans Connexions SCM.</translation>
    </message>
</context>
<context>
    <name>GraphQlClient</name>
    <message>
        <source>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</source>
        <translation>La réponse du serveur n'est pas du JSON GraphQL valide (%1). L'URL de l'API pointe peut-être vers le mauvais service.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>Le serveur a signalé une erreur sans message.</translation>
    </message>
    <message>
        <source>The server's answer has neither data nor errors.</source>
        <translation>La réponse du serveur ne contient ni données (data) ni erreurs (errors).</translation>
    </message>
    <message>
        <source>Your sign-in had expired, so the server did not do this. It has been renewed: try again.</source>
        <translation>Votre connexion avait expiré, le serveur n'a donc pas effectué cette opération. Elle a été renouvelée : réessayez.</translation>
    </message>
    <message>
        <source>You are signed out: the server no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>Vous êtes déconnecté : le serveur n'accepte plus votre connexion. Connectez-vous à nouveau ; rien de ce que vous avez saisi n'est perdu.</translation>
    </message>
    <message>
        <source>The connection to the Moderne API at %1 was closed before it answered.</source>
        <translation>La connexion à l'API Moderne à l'adresse %1 a été fermée avant sa réponse.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 did not answer in time.</source>
        <translation>L'API Moderne à l'adresse %1 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The Moderne API at %1 could not be reached (%2). Check your network connection.</source>
        <translation>L'API Moderne à l'adresse %1 est injoignable (%2). Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1 (%2). Try again in a moment.</source>
        <translation>L'API Moderne a répondu HTTP %1 (%2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1.</source>
        <translation>L'API Moderne a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1: %2</source>
        <translation>L'API Moderne a répondu HTTP %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n time(s))</source>
        <translation>
            <numerusform>%1 (%n tentative)</numerusform>
            <numerusform>%1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The server may or may not have done it; TokenDesk did not send it again. The list shows what the server holds now.</source>
        <translation>%1 Le serveur l'a peut-être exécutée, peut-être pas ; TokenDesk ne l'a pas renvoyée. La liste montre ce que le serveur contient maintenant.</translation>
    </message>
    <message>
        <source>the Moderne API at %1</source>
        <translation>l'API Moderne à l'adresse %1</translation>
    </message>
    <message>
        <source>The API</source>
        <translation>L'API</translation>
    </message>
    <message>
        <source>The server named a file outside the API (%1); TokenDesk did not fetch it.</source>
        <translation>Le serveur a indiqué un fichier hors de l'API (%1) ; TokenDesk ne l'a pas récupéré.</translation>
    </message>
    <message>
        <source>The API refused the sign-in for %1.</source>
        <translation>L'API a refusé la connexion pour %1.</translation>
    </message>
</context>
<context>
    <name>HygieneModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Dernière activité le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>HygienePane</name>
    <message>
        <source>&lt;h2&gt;Token hygiene&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hygiène des jetons&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every user's personal access tokens in one table, with what needs attention. Pick a flag to see only those tokens, select tokens of any owners, and revoke them after a preview; a receipt of what was done can be saved.</source>
        <translation>Les jetons d'accès personnels de tous les utilisateurs dans un seul tableau, avec ce qui demande attention. Choisissez un signalement pour ne voir que ces jetons, sélectionnez des jetons de n'importe quels propriétaires et révoquez-les après un aperçu ; un reçu de ce qui a été fait peut être enregistré.</translation>
    </message>
    <message>
        <source>Owner &amp;inactive after:</source>
        <translation>&amp;Inactif depuis :</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Jours sans activité</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>&amp;Revoke selected…</source>
        <translation>&amp;Révoquer la sélection…</translation>
    </message>
    <message>
        <source>Revoke selected tokens</source>
        <translation>Révoquer les jetons sélectionnés</translation>
    </message>
    <message>
        <source>Save re&amp;ceipt…</source>
        <translation>Enregistrer le re&amp;çu…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Every user's tokens</source>
        <translation>Les jetons de tous les utilisateurs</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The tokens could not all be read: %1 Reload to try again.</source>
        <translation>Les jetons n'ont pas tous pu être lus : %1 Rechargez pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n signalé</numerusform>
            <numerusform>%n signalés</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant's cap on token lifetimes could not be read (%1); no token is flagged for outliving it.</source>
        <translation>La limite de durée de vie des jetons du locataire n'a pas pu être lue (%1) ; aucun jeton n'est signalé comme la dépassant.</translation>
    </message>
    <message>
        <source>All tokens: %1</source>
        <translation>Tous les jetons : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading tokens… %n so far.</source>
        <translation>
            <numerusform>Chargement des jetons… %n jusqu'ici.</numerusform>
            <numerusform>Chargement des jetons… %n jusqu'ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n jeton.</numerusform>
            <numerusform>%n jetons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s).</source>
        <translation>
            <numerusform>%1 jeton affiché sur %n.</numerusform>
            <numerusform>%1 jetons affichés sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>Révocation de %n jeton…</numerusform>
            <numerusform>Révocation de %n jetons…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no such token: it had already been revoked.</source>
        <translation>Le serveur n'a pas ce jeton : il avait déjà été révoqué.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have revoked it. It was not sent again.</source>
        <translation>%1 La réponse a été perdue : le serveur l'a peut-être révoqué. La demande n'a pas été renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n jeton révoqué.</numerusform>
            <numerusform>%n jetons révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked.</source>
        <translation>
            <numerusform>%n n'a pas pu être révoqué.</numerusform>
            <numerusform>%n n'ont pas pu être révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</source>
        <translation>
            <numerusform>Pour %n, la réponse a été perdue : le serveur l'a peut-être révoqué ; la demande n'a pas été renvoyée, et la liste montre maintenant ce que le serveur détient.</numerusform>
            <numerusform>Pour %n, la réponse a été perdue : le serveur les a peut-être révoqués ; les demandes n'ont pas été renvoyées, et la liste montre maintenant ce que le serveur détient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Enregistrez le reçu avec « Enregistrer le reçu… ».</translation>
    </message>
    <message>
        <source>Save the revocation receipt</source>
        <translation>Enregistrer le reçu de révocation</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l'historique</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>Départ de %1…</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Révoquer la sélection…</translation>
    </message>
</context>
<context>
    <name>HygieneRevokeDialog</name>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer des jetons</translation>
    </message>
    <message>
        <source>Tokens to revoke, by owner</source>
        <translation>Jetons à révoquer, par propriétaire</translation>
    </message>
    <message>
        <source>Owner / description</source>
        <translation>Propriétaire / description</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Révoquer %n jeton</numerusform>
            <numerusform>Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This revokes exactly the %n token(s) below, of %1 owner(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</source>
        <translation>
            <numerusform>Cela révoque exactement le jeton ci-dessous (%n), de %1 propriétaire(s). Chaque script, CLI et plugin qui l'utilise cesse aussitôt de fonctionner, et c'est irréversible. Chaque révocation est envoyée une fois ; ensuite vous pouvez enregistrer un reçu.</numerusform>
            <numerusform>Cela révoque exactement les %n jetons ci-dessous, de %1 propriétaire(s). Chaque script, CLI et plugin qui les utilise cesse aussitôt de fonctionner, et c'est irréversible. Chaque révocation est envoyée une fois ; ensuite vous pouvez enregistrer un reçu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n token(s)</source>
        <translation>
            <numerusform>%1 — %n jeton</numerusform>
            <numerusform>%1 — %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 requiert une valeur.</translation>
    </message>
    <message>
        <source>--issuer: “%1” is not a URL.</source>
        <translation>--issuer : « %1 » n'est pas une URL.</translation>
    </message>
    <message>
        <source>--now: “%1” is not a number of seconds.</source>
        <translation>--now : « %1 » n'est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Give one token at most.</source>
        <translation>Indiquez un jeton au plus.</translation>
    </message>
    <message>
        <source>Give --jwks or --issuer, not both.</source>
        <translation>Indiquez --jwks ou --issuer, pas les deux.</translation>
    </message>
    <message>
        <source>the key set at %1 could not be fetched (%2)</source>
        <translation>le jeu de clés à l'adresse %1 n'a pas pu être récupéré (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: malformed token: %1</source>
        <translation>tokendesk-cli: jeton mal formé : %1</translation>
    </message>
    <message>
        <source>The key set is not usable: %1</source>
        <translation>Le jeu de clés est inutilisable : %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: cannot read the key set %1: %2</source>
        <translation>tokendesk-cli: impossible de lire le jeu de clés %1 : %2</translation>
    </message>
    <message>
        <source>the issuer's discovery document names no jwks_uri</source>
        <translation>le document de découverte de l'émetteur n'indique aucun jwks_uri</translation>
    </message>
    <message>
        <source>Not verified: no keys were given (use --jwks or --issuer).</source>
        <translation>Non vérifié : aucune clé n'a été fournie (utilisez --jwks ou --issuer).</translation>
    </message>
    <message>
        <source>tokendesk-cli: unknown command “%1” (try --help)
</source>
        <translation>tokendesk-cli: commande inconnue « %1 » (essayez --help)
</translation>
    </message>
    <message>
        <source>tokendesk-cli: the input is larger than 16 MB: that is not a token
</source>
        <translation>tokendesk-cli: l’entrée dépasse 16 Mo – ce n’est pas un jeton
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
        <translation>Utilisation : tokendesk-cli inspect [JETON] [--jwks FICHIER|URL | --issuer URL] [--now EPOCH]

Décode un JSON Web Token et vérifie sa signature. Le jeton est lu sur l'entrée
standard, sauf s'il est donné en argument (préférez stdin : les lignes de commande
sont visibles des autres utilisateurs). Les espaces qui l'entourent et un préfixe
« Bearer » sont supprimés.

  --jwks FICHIER|URL   vérifier avec ce JSON Web Key Set
                       (1 Mo et 100 clés au plus)
  --issuer URL         vérifier avec les clés de l'émetteur
                       (découverte OIDC, jwks_uri) ; un jeton dont l'iss est
                       un autre émetteur n'est pas vérifié
  --now EPOCH          juger l'expiration à cet instant (secondes depuis 1970)
                       au lieu de maintenant
  -h, --help           afficher cette aide

Une URL doit être en https://, ou en http:// sur cet ordinateur (127.0.0.1, ::1,
localhost) ; les redirections ne sont pas suivies.

Affiche un objet JSON : {"header", "payload", "signature": {"alg", "kid",
"verified", "status", "reason"}, "expired", "expires_in"}.
Code de sortie : 0 vérifié (même si expiré), 1 décodé mais non vérifié (aucune clé
donnée, signature invalide, clé inconnue, alg none, HMAC, JWE, ...), 2 entrée mal formée.
</translation>
    </message>
    <message>
        <source>--jwks: %1</source>
        <translation>--jwks : %1</translation>
    </message>
    <message>
        <source>--issuer: %1</source>
        <translation>--issuer : %1</translation>
    </message>
    <message>
        <source>The key set</source>
        <translation>Le jeu de clés</translation>
    </message>
    <message>
        <source>tokendesk-cli: the key set %1 is larger than %2: that is not a key set</source>
        <translation>tokendesk-cli: le jeu de clés %1 dépasse %2 – ce n’est pas un jeu de clés</translation>
    </message>
    <message>
        <source>Not verified: the token names no issuer (iss), so it cannot come from %1.</source>
        <translation>Non vérifié : le jeton n'indique aucun émetteur (iss), il ne peut donc pas provenir de %1.</translation>
    </message>
    <message>
        <source>Not verified: the token was issued by “%1”, not by %2 (--issuer).</source>
        <translation>Non vérifié : le jeton a été émis par « %1 », et non par %2 (--issuer).</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>TokenDesk — Token inspector</source>
        <translation>TokenDesk — Inspecteur de jetons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The RSA key has no valid “n” and “e” (base64url).</source>
        <translation>La clé RSA n'a pas de valeurs « n » et « e » valides (base64url).</translation>
    </message>
    <message>
        <source>The RSA key is larger than %1 bits, which TokenDesk refuses.</source>
        <translation>La clé RSA dépasse %1 bits, ce que TokenDesk refuse.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>La clé RSA n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 are required.</source>
        <translation>La clé RSA n'a que %1 bits ; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The RSA key's modulus or exponent is not possible for a real key.</source>
        <translation>Le module ou l'exposant de la clé RSA est impossible pour une vraie clé.</translation>
    </message>
    <message>
        <source>OpenSSL could not import the RSA key.</source>
        <translation>OpenSSL n'a pas pu importer la clé RSA.</translation>
    </message>
    <message>
        <source>The EC curve “%1” is not supported (P-256, P-384 and P-521 are).</source>
        <translation>La courbe EC « %1 » n'est pas prise en charge (P-256, P-384 et P-521 le sont).</translation>
    </message>
    <message>
        <source>The %1 key's “x” and “y” must be %2 bytes each (base64url).</source>
        <translation>Les valeurs « x » et « y » de la clé %1 doivent faire %2 octets chacune (base64url).</translation>
    </message>
    <message>
        <source>The %1 key's point is not on the curve.</source>
        <translation>Le point de la clé %1 n'est pas sur la courbe.</translation>
    </message>
    <message>
        <source>The OKP curve “%1” is not supported (Ed25519 is).</source>
        <translation>La courbe OKP « %1 » n'est pas prise en charge (Ed25519 l'est).</translation>
    </message>
    <message>
        <source>The Ed25519 key's “x” must be 32 bytes (base64url).</source>
        <translation>La valeur « x » de la clé Ed25519 doit faire 32 octets (base64url).</translation>
    </message>
    <message>
        <source>OpenSSL could not import the Ed25519 key.</source>
        <translation>OpenSSL n'a pas pu importer la clé Ed25519.</translation>
    </message>
    <message>
        <source>This is a shared secret (kty “oct”), not a public key.</source>
        <translation>Ceci est un secret partagé (kty « oct »), pas une clé publique.</translation>
    </message>
    <message>
        <source>The key type “%1” is not supported.</source>
        <translation>Le type de clé « %1 » n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>une clé RSA</translation>
    </message>
    <message>
        <source>an EC %1 key</source>
        <translation>une clé EC %1</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>une clé Ed25519</translation>
    </message>
    <message>
        <source>a key TokenDesk does not support</source>
        <translation>une clé que TokenDesk ne prend pas en charge</translation>
    </message>
    <message>
        <source>The token's algorithm %1 needs %2, but the key “%3” is %4.</source>
        <translation>L'algorithme %1 du jeton exige %2, mais la clé « %3 » est %4.</translation>
    </message>
    <message>
        <source>The key set has no “keys” array.</source>
        <translation>Le jeu de clés n'a pas de tableau « keys ».</translation>
    </message>
    <message>
        <source>The key set is not a JSON object (%1).</source>
        <translation>Le jeu de clés n'est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>Le jeu de clés est vide.</translation>
    </message>
    <message>
        <source>The key “%1” is in the key set but cannot be used: %2</source>
        <translation>La clé « %1 » figure dans le jeu de clés mais est inutilisable : %2</translation>
    </message>
    <message numerus="yes">
        <source>The issuer's key set has no key with the token's key id “%1” (%n key(s) in the set).</source>
        <translation>
            <numerusform>Le jeu de clés de l'émetteur ne contient aucune clé portant l'identifiant de clé « %1 » du jeton (%n clé dans le jeu).</numerusform>
            <numerusform>Le jeu de clés de l'émetteur ne contient aucune clé portant l'identifiant de clé « %1 » du jeton (%n clés dans le jeu).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has no key id (kid), and no key in the key set fits its algorithm %1.</source>
        <translation>Le jeton n'a pas d'identifiant de clé (kid), et aucune clé du jeu ne convient à son algorithme %1.</translation>
    </message>
    <message>
        <source>The token has no key id (kid), and %1 keys in the key set fit its algorithm %2, so TokenDesk cannot tell which one signed it.</source>
        <translation>Le jeton n'a pas d'identifiant de clé (kid), et %1 clés du jeu conviennent à son algorithme %2 : TokenDesk ne peut donc pas savoir laquelle l'a signé.</translation>
    </message>
    <message>
        <source>The key set has %1 keys; TokenDesk uses a set of at most %2.</source>
        <translation>Le jeu de clés contient %1 clés ; TokenDesk utilise des jeux de %2 clés au plus.</translation>
    </message>
    <message>
        <source>TokenDesk cannot check keys: OpenSSL's library is missing. %1</source>
        <translation>TokenDesk ne peut pas vérifier les clés : la bibliothèque OpenSSL est absente. %1</translation>
    </message>
</context>
<context>
    <name>JwksCache</name>
    <message>
        <source>The issuer's discovery document names no key set (jwks_uri).</source>
        <translation>Le document de découverte de l'émetteur n'indique aucun jeu de clés (jwks_uri).</translation>
    </message>
    <message>
        <source>The issuer's keys at %1 could not be fetched (%2).</source>
        <translation>Les clés de l'émetteur à l'adresse %1 n'ont pas pu être récupérées (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer's key set is not usable: %1</source>
        <translation>Le jeu de clés de l'émetteur est inutilisable : %1</translation>
    </message>
    <message>
        <source>The issuer's key set</source>
        <translation>Le jeu de clés de l'émetteur</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>This is an encrypted token (JWE, five parts, key management %1, content encryption %2). It is not signed but encrypted for its recipient; only the recipient's private key can decrypt it, so TokenDesk shows its header only.</source>
        <translation>Ceci est un jeton chiffré (JWE, cinq parties, gestion des clés %1, chiffrement du contenu %2). Il n'est pas signé mais chiffré pour son destinataire ; seule la clé privée du destinataire peut le déchiffrer, TokenDesk n'affiche donc que son en-tête.</translation>
    </message>
    <message>
        <source>The header has no algorithm (alg).</source>
        <translation>L'en-tête n'a pas d'algorithme (alg).</translation>
    </message>
    <message>
        <source>WARNING: this token is not signed at all (alg: none). Anyone can have written it; never accept it as proof of anything.</source>
        <translation>ATTENTION : ce jeton n'est pas signé du tout (alg: none). N'importe qui a pu l'écrire ; ne l'acceptez jamais comme preuve de quoi que ce soit.</translation>
    </message>
    <message>
        <source>This token is signed with a shared secret (%1, HMAC). It cannot be verified with the issuer's public keys, only by someone who holds the secret.</source>
        <translation>Ce jeton est signé avec un secret partagé (%1, HMAC). Il ne peut pas être vérifié avec les clés publiques de l'émetteur, seulement par quelqu'un qui détient le secret.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk (supported: %2).</source>
        <translation>L'algorithme %1 n'est pas pris en charge par TokenDesk (pris en charge : %2).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not in the allowed list (%2).</source>
        <translation>L'algorithme %1 ne figure pas dans la liste autorisée (%2).</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit: %1) that TokenDesk does not understand, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>L'en-tête marque comme critiques (crit: %1) des extensions que TokenDesk ne comprend pas : le jeton doit donc être rejeté (RFC 7515, section 4.1.11).</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk.</source>
        <translation>L'algorithme %1 n'est pas pris en charge par TokenDesk.</translation>
    </message>
    <message>
        <source>The key “%1” may only be used with %2, but the token says %3.</source>
        <translation>La clé « %1 » ne peut être utilisée qu'avec %2, mais le jeton indique %3.</translation>
    </message>
    <message>
        <source>The key “%1” is meant for encryption (use: enc), not for signatures.</source>
        <translation>La clé « %1 » est destinée au chiffrement (use: enc), pas aux signatures.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed after it was signed, or it was signed with a different key than “%1” (%2).</source>
        <translation>La signature ne correspond pas : le jeton a été modifié après sa signature, ou il a été signé avec une autre clé que « %1 » (%2).</translation>
    </message>
    <message>
        <source>The token's signature is empty.</source>
        <translation>La signature du jeton est vide.</translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), but this one is %3 bytes.</source>
        <translation>Une signature %1 fait %2 octets (R et S), mais celle-ci fait %3 octets.</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the key set's only fitting key (%2).</source>
        <translation>La signature est valide : %1 avec la seule clé adaptée du jeu de clés (%2).</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the issuer's key “%2” (%3).</source>
        <translation>La signature est valide : %1 avec la clé « %2 » de l'émetteur (%3).</translation>
    </message>
    <message>
        <source>The signature could not be checked because the issuer's keys could not be fetched: %1 The token is decoded anyway.</source>
        <translation>La signature n'a pas pu être vérifiée, car les clés de l'émetteur n'ont pas pu être récupérées : %1 Le jeton est tout de même décodé.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</source>
        <translation>Ceci est un jeton chiffré (JWE, cinq parties) ; son contenu ne peut pas être affiché sans la clé privée du destinataire.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this text has %n part(s).</source>
        <translation>
            <numerusform>Un JWT comporte trois parties séparées par des points ; ce texte a %n partie.</numerusform>
            <numerusform>Un JWT comporte trois parties séparées par des points ; ce texte a %n parties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 is not valid base64url.</source>
        <translation>La partie %1 n'est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>L'en-tête n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>La charge utile n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is a Moderne personal access token (mat-…), not a JWT: it carries no readable claims. The Access tokens pane shows its description and expiry.</source>
        <translation>Ceci est un jeton d'accès personnel Moderne (mat-…), pas un JWT : il ne contient aucune revendication lisible. Le volet Jetons d'accès affiche sa description et son expiration.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système a refusé la demande : %1. Déverrouillez le trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked or waiting for a password prompt; unlock it and try again.</source>
        <translation>
            <numerusform>Le trousseau du système n'a pas répondu en %n seconde. Il est peut-être verrouillé ou en attente d'un mot de passe ; déverrouillez-le et réessayez.</numerusform>
            <numerusform>Le trousseau du système n'a pas répondu en %n secondes. Il est peut-être verrouillé ou en attente d'un mot de passe ; déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in page did not answer within %1. If you closed the browser tab, sign in again; otherwise check the tenant address.</source>
        <translation>La page de connexion n'a pas répondu dans un délai de %1. Si vous avez fermé l'onglet du navigateur, connectez-vous à nouveau ; sinon, vérifiez l'adresse du locataire.</translation>
    </message>
    <message>
        <source>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</source>
        <translation>TokenDesk n'a pas pu ouvrir de port sur 127.0.0.1 pour recevoir la réponse du navigateur. Vérifiez qu'aucun pare-feu ne bloque les connexions locales.</translation>
    </message>
    <message>
        <source>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</source>
        <translation>La réponse du navigateur ne correspond pas à cette connexion (la valeur « state » ne concorde pas), TokenDesk l'a donc ignorée. Elle provient peut-être d'un ancien onglet de connexion. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Sign in again.</source>
        <translation>Le navigateur est revenu sans code d'autorisation. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</source>
        <translation>Vous êtes connecté, mais la session n'a pas pu être enregistrée dans le trousseau : vous devrez vous connecter à nouveau la prochaine fois. %1</translation>
    </message>
    <message>
        <source>Your saved session could not be read. %1</source>
        <translation>Votre session enregistrée n'a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>The saved session is in a form TokenDesk does not know. Sign in again.</source>
        <translation>La session enregistrée est dans un format que TokenDesk ne connaît pas. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Your session has ended: the sign-in server no longer accepts it. It was signed out elsewhere, revoked by an administrator, or has expired (the server said: %1). Sign in again.</source>
        <translation>Votre session a pris fin : le serveur de connexion ne l'accepte plus. Elle a été fermée ailleurs, révoquée par un administrateur, ou elle a expiré (réponse du serveur : %1). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Your saved session could not be restored because the sign-in server did not answer (%1). It is kept for next time; sign in now, or try again later.</source>
        <translation>Votre session enregistrée n'a pas pu être restaurée, car le serveur de connexion n'a pas répondu (%1). Elle est conservée pour la prochaine fois ; connectez-vous maintenant ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>TokenDesk could not renew your sign-in (%1). It will try again; check your network connection.</source>
        <translation>TokenDesk n'a pas pu renouveler votre connexion (%1). Il réessaiera ; vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>TokenDesk is not waiting for this sign-in. Return to TokenDesk.</source>
        <translation>TokenDesk n'attend pas cette connexion. Retournez dans TokenDesk.</translation>
    </message>
    <message>
        <source>The browser's answer comes from the issuer “%1”, not from this tenant's issuer “%2”, so TokenDesk ignored it. Sign in again.</source>
        <translation>La réponse du navigateur provient de l'émetteur « %1 », et non de l'émetteur « %2 » de ce locataire : TokenDesk l'a donc ignorée. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>This answer comes from another sign-in server, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>Cette réponse provient d'un autre serveur de connexion : TokenDesk l'a donc ignorée. Retournez dans TokenDesk.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The sign-in server did not sign you in. Return to TokenDesk to see why.</source>
        <translation>Le serveur de connexion ne vous a pas connecté. Retournez dans TokenDesk pour en voir la raison.</translation>
    </message>
    <message>
        <source>The answer has no authorization code. Return to TokenDesk and sign in again.</source>
        <translation>La réponse ne contient pas de code d'autorisation. Retournez dans TokenDesk et connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>Le point de terminaison de jetons du serveur de connexion</translation>
    </message>
</context>
<context>
    <name>LoginTokenPane</name>
    <message>
        <source>Show my login token</source>
        <translation>Afficher mon jeton de connexion</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy “Authorization: Bearer …”</source>
        <translation>Copier « Authorization: Bearer … »</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>Copier la commande curl</translation>
    </message>
    <message>
        <source>Paste any JWT to inspect it (a leading “Bearer ” is fine)…</source>
        <translation>Collez un JWT pour l'inspecter (un préfixe « Bearer » est accepté)…</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Coller un jeton</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Verdict de la signature</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Jeton encodé</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>En-tête décodé</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Charge utile décodée</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Login token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jeton de connexion&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Payload (claims)</source>
        <translation>Charge utile (revendications)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the token says&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que dit le jeton&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Le jeton</translation>
    </message>
    <message>
        <source>The Authorization header</source>
        <translation>L'en-tête Authorization</translation>
    </message>
    <message>
        <source>The curl command</source>
        <translation>La commande curl</translation>
    </message>
    <message>
        <source>No login token yet: sign in, or paste a JWT above.</source>
        <translation>Pas encore de jeton de connexion : connectez-vous ou collez un JWT ci-dessus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are signed in with a personal access token.&lt;/b&gt; A personal access token (mat-…) is not a JWT: it is an opaque secret that the platform looks up, with no header, claims or signature to show here, and TokenDesk never displays it. Sign in with the browser to get a login token, or paste any JWT above to inspect it.</source>
        <translation>&lt;b&gt;Vous êtes connecté avec un jeton d'accès personnel.&lt;/b&gt; Un jeton d'accès personnel (mat-…) n'est pas un JWT : c'est un secret opaque que la plateforme recherche chez elle, sans en-tête, revendications ni signature à montrer ici, et TokenDesk ne l'affiche jamais. Connectez-vous avec le navigateur pour obtenir un jeton de connexion, ou collez un JWT ci-dessus pour l'inspecter.</translation>
    </message>
    <message>
        <source>Showing the pasted token.</source>
        <translation>Affichage du jeton collé.</translation>
    </message>
    <message>
        <source>Showing your current login token.</source>
        <translation>Affichage de votre jeton de connexion actuel.</translation>
    </message>
    <message>
        <source>Encrypted (JWE): the payload can only be read with the recipient's private key. TokenDesk does not decrypt tokens.</source>
        <translation>Chiffré (JWE) : la charge utile ne peut être lue qu'avec la clé privée du destinataire. TokenDesk ne déchiffre pas les jetons.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature algorithm the issuer used (RS256 = RSA with SHA-256).</source>
        <translation>Algorithme de signature utilisé par l'émetteur (RS256 = RSA avec SHA-256).</translation>
    </message>
    <message>
        <source>Token type: JWT, or at+jwt for an OAuth access token.</source>
        <translation>Type de jeton : JWT, ou at+jwt pour un jeton d'accès OAuth.</translation>
    </message>
    <message>
        <source>Key id: which of the issuer's published keys signed this token.</source>
        <translation>Identifiant de clé : laquelle des clés publiées par l'émetteur a signé ce jeton.</translation>
    </message>
    <message>
        <source>Content encryption of a JWE.</source>
        <translation>Chiffrement du contenu d'un JWE.</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>Type de contenu de la charge utile.</translation>
    </message>
    <message>
        <source>Header field (not one TokenDesk knows).</source>
        <translation>Champ d'en-tête (inconnu de TokenDesk).</translation>
    </message>
    <message>
        <source>Expires: the platform refuses the token from this moment on.</source>
        <translation>Expiration : la plateforme refuse le jeton à partir de ce moment.</translation>
    </message>
    <message>
        <source>Issued at: when Keycloak created this token.</source>
        <translation>Émis le : moment où Keycloak a créé ce jeton.</translation>
    </message>
    <message>
        <source>Not before: the token is not valid before this moment.</source>
        <translation>Pas avant : le jeton n'est pas valide avant ce moment.</translation>
    </message>
    <message>
        <source>When you last typed your password (or used SSO) at Keycloak.</source>
        <translation>Dernière fois que vous avez saisi votre mot de passe (ou utilisé le SSO) sur Keycloak.</translation>
    </message>
    <message>
        <source>Issuer: the Keycloak realm that signed the token.</source>
        <translation>Émetteur : le realm Keycloak qui a signé le jeton.</translation>
    </message>
    <message>
        <source>Audience: the services this token is meant for.</source>
        <translation>Audience : les services auxquels ce jeton est destiné.</translation>
    </message>
    <message>
        <source>Authorized party: the client (application) the token was issued to.</source>
        <translation>Partie autorisée : le client (application) auquel le jeton a été délivré.</translation>
    </message>
    <message>
        <source>Subject: your stable user id in the realm.</source>
        <translation>Sujet : votre identifiant d'utilisateur stable dans le realm.</translation>
    </message>
    <message>
        <source>Session id: the Keycloak session behind this token (ends on sign-out).</source>
        <translation>Identifiant de session : la session Keycloak derrière ce jeton (prend fin à la déconnexion).</translation>
    </message>
    <message>
        <source>Session id (older Keycloak versions).</source>
        <translation>Identifiant de session (anciennes versions de Keycloak).</translation>
    </message>
    <message>
        <source>Token id: unique for each token, used to revoke it.</source>
        <translation>Identifiant du jeton : unique pour chaque jeton, sert à le révoquer.</translation>
    </message>
    <message>
        <source>Keycloak's token type: Bearer for access tokens.</source>
        <translation>Type de jeton Keycloak : Bearer pour les jetons d'accès.</translation>
    </message>
    <message>
        <source>Scopes granted: what the token may be used for.</source>
        <translation>Portées accordées : ce à quoi le jeton peut servir.</translation>
    </message>
    <message>
        <source>Realm roles: what Keycloak says you are in the whole realm.</source>
        <translation>Rôles du realm : ce que vous êtes dans tout le realm, selon Keycloak.</translation>
    </message>
    <message>
        <source>Client roles: roles per client application.</source>
        <translation>Rôles client : rôles par application cliente.</translation>
    </message>
    <message>
        <source>Your user name at the identity provider.</source>
        <translation>Votre nom d'utilisateur auprès du fournisseur d'identité.</translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation>Votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Whether the identity provider checked the email address.</source>
        <translation>Indique si le fournisseur d'identité a vérifié l'adresse e-mail.</translation>
    </message>
    <message>
        <source>Your display name.</source>
        <translation>Votre nom d'affichage.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>A claim TokenDesk does not know; shown as sent.</source>
        <translation>Une revendication que TokenDesk ne connaît pas ; affichée telle quelle.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; for client %3.</source>
        <translation>Émis par &lt;b&gt;%1&lt;/b&gt; pour &lt;b&gt;%2&lt;/b&gt;, client %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your role comes from.&lt;/b&gt; Roles in this token (realm_access.roles): %1 · role the Moderne API reports (currentUser.role): %2.&lt;br&gt;The identity provider (Keycloak) decides roles. A login token keeps the roles it was issued with until it expires: after a role change, the next renewal or sign-in brings the new ones.</source>
        <translation>&lt;b&gt;D'où vient votre rôle.&lt;/b&gt; Rôles dans ce jeton (realm_access.roles) : %1 · rôle indiqué par l'API Moderne (currentUser.role) : %2.&lt;br&gt;C'est le fournisseur d'identité (Keycloak) qui décide des rôles. Un jeton de connexion conserve les rôles avec lesquels il a été émis jusqu'à son expiration : après un changement de rôle, le prochain renouvellement ou la prochaine connexion apporte les nouveaux.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not verified: this token comes from %1, not from this tenant's issuer %2. To check it, run: tokendesk-cli inspect --issuer %1</source>
        <translation>Non vérifié : ce jeton provient de %1, et non de l'émetteur %2 de ce locataire. Pour le vérifier, exécutez : tokendesk-cli inspect --issuer %1</translation>
    </message>
    <message>
        <source>Not verified: no tenant is selected.</source>
        <translation>Non vérifié : aucun locataire n'est sélectionné.</translation>
    </message>
    <message>
        <source>Checking the signature with %1's keys…</source>
        <translation>Vérification de la signature avec les clés de %1…</translation>
    </message>
    <message>
        <source>Signature not verified</source>
        <translation>Signature non vérifiée</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signature valide</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Signature invalide</translation>
    </message>
    <message>
        <source>UNSIGNED TOKEN (alg: none): anyone could have written it</source>
        <translation>JETON NON SIGNÉ (alg: none) : n'importe qui a pu l'écrire</translation>
    </message>
    <message>
        <source>This computer's clock agrees with the server's.</source>
        <translation>L'horloge de cet ordinateur concorde avec celle du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) ahead of the server's.</source>
        <translation>
            <numerusform>L'horloge de cet ordinateur avance de %n seconde sur celle du serveur.</numerusform>
            <numerusform>L'horloge de cet ordinateur avance de %n secondes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) behind the server's.</source>
        <translation>
            <numerusform>L'horloge de cet ordinateur retarde de %n seconde sur celle du serveur.</numerusform>
            <numerusform>L'horloge de cet ordinateur retarde de %n secondes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry times shown here may be off by as much.</source>
        <translation>Les heures d'expiration affichées ici peuvent être décalées d'autant.</translation>
    </message>
    <message>
        <source>No expiry (exp) in this token.</source>
        <translation>Pas d'expiration (exp) dans ce jeton.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expires in %1&lt;/b&gt; (at %2)</source>
        <translation>&lt;b&gt;Expire dans %1&lt;/b&gt; (le %2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard for %n second(s). It is a secret: paste it only where it belongs.</source>
        <translation>
            <numerusform>%1 est dans le presse-papiers pendant %n seconde. C'est un secret : ne le collez que là où il a sa place.</numerusform>
            <numerusform>%1 est dans le presse-papiers pendant %n secondes. C'est un secret : ne le collez que là où il a sa place.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT from Keycloak</source>
        <translation>JWT de Keycloak</translation>
    </message>
    <message>
        <source>Your role changed since this token was issued; it applies to personal access tokens now and to the login token at the next sign-in.</source>
        <translation>Votre rôle a changé depuis l'émission de ce jeton ; il s'applique dès maintenant aux jetons d'accès personnels, et au jeton de connexion à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;; it names no client.</source>
        <translation>Émis par &lt;b&gt;%1&lt;/b&gt; pour &lt;b&gt;%2&lt;/b&gt; ; il ne nomme aucun client.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; for client %2; it names no user.</source>
        <translation>Émis par &lt;b&gt;%1&lt;/b&gt; pour le client %2 ; il ne nomme aucun utilisateur.</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt;; it names no user and no client.</source>
        <translation>Émis par &lt;b&gt;%1&lt;/b&gt; ; il ne nomme ni utilisateur ni client.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt; for client %2; it names no issuer.</source>
        <translation>Émis pour &lt;b&gt;%1&lt;/b&gt; et le client %2 ; il ne nomme aucun émetteur.</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt;; it names no issuer and no client.</source>
        <translation>Émis pour &lt;b&gt;%1&lt;/b&gt; ; il ne nomme ni émetteur ni client.</translation>
    </message>
    <message>
        <source>Issued for client %1; it names no issuer and no user.</source>
        <translation>Émis pour le client %1 ; il ne nomme ni émetteur ni utilisateur.</translation>
    </message>
    <message>
        <source>The token names no issuer, no user and no client.</source>
        <translation>Le jeton ne nomme ni émetteur, ni utilisateur, ni client.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in — TokenDesk</source>
        <translation>Connexion — TokenDesk</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Tenants…</source>
        <translation>Locataires…</translation>
    </message>
    <message>
        <source>Manage tenants</source>
        <translation>Gérer les locataires</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>&lt;a href="#pat"&gt;Use a personal access token instead&lt;/a&gt;</source>
        <translation>&lt;a href="#pat"&gt;Utiliser plutôt un jeton d'accès personnel&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Use a personal access token instead</source>
        <translation>Utiliser plutôt un jeton d'accès personnel</translation>
    </message>
    <message>
        <source>mat-…</source>
        <translation>mat-…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d'accès personnel</translation>
    </message>
    <message>
        <source>Sign in with token</source>
        <translation>Se connecter avec le jeton</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Paste a personal access token (it starts with “mat-”) first.</source>
        <translation>Collez d'abord un jeton d'accès personnel (il commence par « mat- »).</translation>
    </message>
    <message>
        <source>This is not a Moderne personal access token: those start with “mat-”. Create one on the platform's Access tokens page or in TokenDesk.</source>
        <translation>Ce n'est pas un jeton d'accès personnel Moderne : ceux-ci commencent par « mat- ». Créez-en un sur la page Access tokens de la plateforme ou dans TokenDesk.</translation>
    </message>
    <message>
        <source>Signs in at %1</source>
        <translation>Connexion via %1</translation>
    </message>
    <message>
        <source>Moderne tokens in one window</source>
        <translation>Les jetons Moderne dans une seule fenêtre</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The sign-in server refused the authorization code (%1). Sign in again.</source>
        <translation>Le serveur de connexion a refusé le code d'autorisation (%1). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Access was denied at the sign-in page (%1).</source>
        <translation>L'accès a été refusé sur la page de connexion (%1).</translation>
    </message>
    <message>
        <source>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</source>
        <translation>Le serveur de connexion ne connaît pas l'identifiant de client (%1). Vérifiez l'identifiant de client dans les paramètres du locataire.</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”.</source>
        <translation>Le serveur de connexion a signalé « %1 ».</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”: %2</source>
        <translation>Le serveur de connexion a signalé « %1 » : %2</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</source>
        <translation>Le point de terminaison de jetons du serveur de connexion est injoignable (%1). Vérifiez votre réseau, puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered HTTP %1. Try again later.</source>
        <translation>Le point de terminaison de jetons du serveur de connexion a répondu HTTP %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</source>
        <translation>Le point de terminaison de jetons du serveur de connexion a répondu sans jeton d'accès. Vérifiez l'URL de l'émetteur dans les paramètres du locataire.</translation>
    </message>
    <message>
        <source>the sign-in server's token endpoint at %1</source>
        <translation>le point de terminaison de jetons du serveur de connexion à l'adresse %1</translation>
    </message>
    <message>
        <source>TokenDesk received your sign-in.</source>
        <translation>TokenDesk a reçu votre connexion.</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>Vous pouvez fermer cet onglet et retourner dans TokenDesk.</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>Le point de terminaison de jetons du serveur de connexion</translation>
    </message>
</context>
<context>
    <name>LoopbackServer</name>
    <message>
        <source>TokenDesk could not listen for the browser on 127.0.0.1 (%1).</source>
        <translation>TokenDesk n'a pas pu écouter le navigateur sur 127.0.0.1 (%1).</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorisation rejetée</translation>
    </message>
    <message>
        <source>This response does not belong to an authorization TokenDesk is waiting for, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>Cette réponse ne correspond à aucune autorisation attendue par TokenDesk, qui l'a donc ignorée. Retournez dans TokenDesk.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>TokenDesk did not accept this request.</source>
        <translation>TokenDesk n'a pas accepté cette requête.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>TokenDesk did not understand this request.</source>
        <translation>TokenDesk n'a pas compris cette requête.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n'y a rien ici.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>TokenDesk expects the browser's redirect.</source>
        <translation>TokenDesk attend la redirection du navigateur.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>Vous pouvez fermer cet onglet et retourner dans TokenDesk.</translation>
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
        <translation>Volets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>À &amp;propos de TokenDesk</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Switch tenant (each keeps its own sign-in)</source>
        <translation>Changer de locataire (chacun conserve sa propre connexion)</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>À propos de TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk — %1</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>&amp;Gérer les locataires…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>&amp;Inspecter un jeton…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window. Token values stay in memory and in your keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne documentation&lt;/a&gt; · &lt;a href="%3"&gt;Access tokens on Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Jetons de connexion, jetons d'accès personnels et connexions SCM d'un locataire Moderne, dans une seule fenêtre. Les valeurs des jetons restent en mémoire et dans votre trousseau.&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Documentation Moderne&lt;/a&gt; · &lt;a href="%3"&gt;Jetons d'accès sur Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Compilé avec Qt %4, exécuté avec Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3 (platform %4)</source>
        <translation>Connecté en tant que %1 · %2 · %3 (plateforme %4)</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>The token to renew is no longer in your list.</source>
        <translation>Le jeton à renouveler n'est plus dans votre liste.</translation>
    </message>
    <message>
        <source>&amp;Export expiries to calendar…</source>
        <translation>&amp;Exporter les expirations vers le calendrier…</translation>
    </message>
    <message>
        <source>Save the expiry dates of your personal access tokens as an iCalendar (.ics) file</source>
        <translation>Enregistrer les dates d'expiration de vos jetons d'accès personnels dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Offboard user…</source>
        <translation>&amp;Départ d'un utilisateur…</translation>
    </message>
    <message>
        <source>Export expiries to calendar</source>
        <translation>Exporter les expirations vers le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Sign in to export your token expiries.</source>
        <translation>Connectez-vous pour exporter les expirations de vos jetons.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the expiry of %n token(s) to %1.</source>
        <translation>
            <numerusform>Expiration de %n jeton enregistrée dans %1.</numerusform>
            <numerusform>Expirations de %n jetons enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>Le calendrier n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Not every page of your tokens could be read.</source>
        <translation>Toutes les pages de vos jetons n'ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token “%1” created&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Jeton « %1 » créé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: this is the only time TokenDesk can show it.&lt;/b&gt; The server keeps no readable copy, so it cannot be shown again; if you lose it, revoke it and create another.</source>
        <translation>&lt;b&gt;Copiez-le maintenant : c'est la seule fois que TokenDesk peut l'afficher.&lt;/b&gt; Le serveur n'en garde aucune copie lisible, il ne pourra donc plus être affiché ; si vous le perdez, révoquez-le et créez-en un autre.</translation>
    </message>
    <message>
        <source>It expires %1 (%2).</source>
        <translation>Il expire le %1 (%2).</translation>
    </message>
    <message>
        <source>It never expires: revoke it when it is no longer needed.</source>
        <translation>Il n'expire jamais : révoquez-le lorsqu'il ne sera plus nécessaire.</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system's keychain under “%1”.</source>
        <translation>Conserve le jeton dans le trousseau du système d'exploitation sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <source>The token is on the clipboard; TokenDesk clears it there in %n second(s) unless you have copied something else.</source>
        <translation>
            <numerusform>Le jeton est dans le presse-papiers ; TokenDesk l'en effacera dans %n seconde, sauf si vous avez copié autre chose entre-temps.</numerusform>
            <numerusform>Le jeton est dans le presse-papiers ; TokenDesk l'en effacera dans %n secondes, sauf si vous avez copié autre chose entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved in the keychain as “%1”.</source>
        <translation>Enregistré dans le trousseau sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>Le trousseau n'a pas enregistré le jeton : %1</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier ?</translation>
    </message>
    <message>
        <source>You have not copied the token or saved it in the keychain. It cannot be shown again once this window closes.</source>
        <translation>Vous n'avez ni copié le jeton, ni enregistré celui-ci dans le trousseau. Il ne pourra plus être affiché une fois cette fenêtre fermée.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Or sign the Moderne CLI in on this machine: run these two commands, then paste the token when the CLI waits for it and press Enter. The CLI reads the token on standard input, so it never reaches your shell's history.</source>
        <translation>Ou connectez la CLI Moderne sur cette machine : exécutez ces deux commandes, puis collez le jeton quand la CLI l'attend et appuyez sur Entrée. La CLI lit le jeton sur l'entrée standard : il n'apparaît jamais dans l'historique de votre shell.</translation>
    </message>
    <message>
        <source>Moderne CLI commands</source>
        <translation>Commandes de la CLI Moderne</translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation>Copier les co&amp;mmandes</translation>
    </message>
    <message>
        <source>&lt;tenant URL&gt;</source>
        <translation>&lt;URL du tenant&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This tenant allows tokens of at most %n day(s). The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</source>
        <translation>
            <numerusform>Ce tenant autorise des jetons d'au plus %n jour. La connexion par navigateur de la CLI (mod config moderne login) crée des jetons de 365 jours, que le tenant refuse : indiquez vous-même la durée, par ex. mod config moderne login --expiration P%nD</numerusform>
            <numerusform>Ce tenant autorise des jetons d'au plus %n jours. La connexion par navigateur de la CLI (mod config moderne login) crée des jetons de 365 jours, que le tenant refuse : indiquez vous-même la durée, par ex. mod config moderne login --expiration P%nD</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands are on the clipboard: paste them into a terminal, then copy the token and paste it when the CLI waits for it.</source>
        <translation>Les commandes sont dans le presse-papiers : collez-les dans un terminal, puis copiez le jeton et collez-le quand la CLI l'attend.</translation>
    </message>
    <message>
        <source>It begins with %1 (the list of tokens shows this too).</source>
        <translation>Il commence par %1 (la liste des jetons l'affiche aussi).</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>Login token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>SCM tokens</source>
        <translation>Jetons SCM</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Jetons d'accès personnels</translation>
    </message>
    <message>
        <source>TokenDesk warns you on the desktop before a token expires. Choose what to be warned about and how early.</source>
        <translation>TokenDesk vous avertit sur le bureau avant l'expiration d'un jeton. Choisissez pour quoi être averti, et combien de temps à l'avance.</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Not when the login token will be renewed on its own.</source>
        <translation>Pas lorsque le jeton de connexion sera renouvelé automatiquement.</translation>
    </message>
    <message>
        <source> days before, once a day</source>
        <translation> jours avant, une fois par jour</translation>
    </message>
    <message>
        <source>Minutes of warning before the login token expires</source>
        <translation>Minutes d'avertissement avant l'expiration du jeton de connexion</translation>
    </message>
    <message>
        <source>Minutes of warning before an SCM token expires</source>
        <translation>Minutes d'avertissement avant l'expiration d'un jeton SCM</translation>
    </message>
    <message>
        <source>Days of warning before a personal access token expires</source>
        <translation>Jours d'avertissement avant l'expiration d'un jeton d'accès personnel</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <source>Offboard a user</source>
        <translation>Départ d'un utilisateur</translation>
    </message>
    <message>
        <source>User's &amp;email:</source>
        <translation>E-&amp;mail de l'utilisateur :</translation>
    </message>
    <message>
        <source>User's email</source>
        <translation>E-mail de l'utilisateur</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Look up the user</source>
        <translation>Rechercher l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>The user's tokens</source>
        <translation>Jetons de l'utilisateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>&amp;Événements récents</translation>
    </message>
    <message>
        <source>The user's recent audit events</source>
        <translation>Événements d'audit récents de l'utilisateur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Their SCM connections are their own: administrators cannot see or disconnect them. Deleting the user ends their access to the tenant.</source>
        <translation>Ses connexions SCM lui appartiennent : les administrateurs ne peuvent ni les voir ni les déconnecter. Supprimer l'utilisateur met fin à son accès au locataire.</translation>
    </message>
    <message>
        <source>&amp;Revoke all their tokens…</source>
        <translation>&amp;Révoquer tous ses jetons…</translation>
    </message>
    <message>
        <source>&amp;Delete the user and all their tokens…</source>
        <translation>&amp;Supprimer l'utilisateur et ses jetons…</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Enregistrer le reçu…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>last active %1 (%2)</source>
        <translation>dernière activité le %1 (%2)</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>jamais actif</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n personal access token(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n jeton d'accès personnel</numerusform>
            <numerusform>%1 · %2 · %3 · %n jetons d'accès personnels</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>the same description as another of their tokens</source>
        <translation>même description qu'un autre de ses jetons</translation>
    </message>
    <message numerus="yes">
        <source>named in their events of the last %n day(s)</source>
        <translation>
            <numerusform>nommé dans ses événements depuis %n jour</numerusform>
            <numerusform>nommé dans ses événements depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1” (%2): %3</source>
        <translation>• « %1 » (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) may be used by automation (a CLI, a pipeline); revoking them stops it:</source>
        <translation>
            <numerusform>%n jeton est peut-être utilisé par une automatisation (une CLI, un pipeline) ; le révoquer l'arrête :</numerusform>
            <numerusform>%n jetons sont peut-être utilisés par une automatisation (une CLI, un pipeline) ; les révoquer l'arrête :</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit events could not be read: %1</source>
        <translation>Les événements d'audit n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Recent &amp;events (%1)</source>
        <translation>&amp;Événements récents (%1)</translation>
    </message>
    <message>
        <source>&amp;Tokens (%1)</source>
        <translation>&amp;Jetons (%1)</translation>
    </message>
    <message>
        <source>These look like automation (a CLI, a pipeline) and stop working too:</source>
        <translation>Ceux-ci ressemblent à une automatisation (une CLI, un pipeline) et cesseront aussi de fonctionner :</translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>Cela révoque %n jeton d'accès personnel de &lt;b&gt;%1&lt;/b&gt;. Tout script, CLI ou plugin qui l'utilise cesse aussitôt de fonctionner, et c'est irréversible.</numerusform>
            <numerusform>Cela révoque les %n jetons d'accès personnels de &lt;b&gt;%1&lt;/b&gt;. Tout script, CLI ou plugin qui les utilise cesse aussitôt de fonctionner, et c'est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access token(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>Cela supprime l'utilisateur &lt;b&gt;%1&lt;/b&gt; et son %n jeton d'accès personnel. Tout script, CLI ou plugin qui l'utilise cesse aussitôt de fonctionner, et c'est irréversible.</numerusform>
            <numerusform>Cela supprime l'utilisateur &lt;b&gt;%1&lt;/b&gt; et ses %n jetons d'accès personnels. Tout script, CLI ou plugin qui les utilise cesse aussitôt de fonctionner, et c'est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>Révoquer tous les jetons de %1</translation>
    </message>
    <message>
        <source>Delete the user %1</source>
        <translation>Supprimer l'utilisateur %1</translation>
    </message>
    <message>
        <source>Type the user's email to confirm:</source>
        <translation>Saisissez l'adresse e-mail de l'utilisateur pour confirmer :</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Supprimer l'utilisateur</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>Révocation de tous les jetons de %1…</translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation>Suppression de l'utilisateur %1…</translation>
    </message>
    <message>
        <source>Deleted with the user.</source>
        <translation>Supprimé avec l'utilisateur.</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have acted. It was not sent again.</source>
        <translation>%1 La réponse a été perdue : le serveur a peut-être agi. La requête n'a pas été renvoyée.</translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>Enregistrez le reçu avec « Enregistrer le reçu… ».</translation>
    </message>
    <message numerus="yes">
        <source>Revoked all %n token(s) of %1.</source>
        <translation>
            <numerusform>%n jeton de %1 révoqué.</numerusform>
            <numerusform>Les %n jetons de %1 ont été révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the user %1 and %n token(s).</source>
        <translation>
            <numerusform>Utilisateur %1 et %n jeton supprimés.</numerusform>
            <numerusform>Utilisateur %1 et %n jetons supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to revoking all tokens of %1 was lost (%2): the outcome is unknown.</source>
        <translation>La réponse à la révocation de tous les jetons de %1 a été perdue (%2) : le résultat est inconnu.</translation>
    </message>
    <message>
        <source>The answer to deleting the user %1 was lost (%2): the outcome is unknown.</source>
        <translation>La réponse à la suppression de l'utilisateur %1 a été perdue (%2) : le résultat est inconnu.</translation>
    </message>
    <message>
        <source>TokenDesk did not send it again; it read the user again, and the list shows what the server holds now.</source>
        <translation>TokenDesk ne l'a pas renvoyée ; il a relu l'utilisateur, et la liste montre ce que le serveur contient maintenant.</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked: %2</source>
        <translation>Les jetons de %1 n'ont pas été révoqués : %2</translation>
    </message>
    <message>
        <source>The user %1 was not deleted: %2</source>
        <translation>L'utilisateur %1 n'a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Save the offboarding receipt</source>
        <translation>Enregistrer le reçu de départ</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server's discovery document is not valid JSON (%1).</source>
        <translation>Le document de découverte du serveur de connexion n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</source>
        <translation>Le document de découverte indique l'émetteur « %1 », mais TokenDesk a interrogé « %2 ». Vérifiez l'URL de l'émetteur dans les paramètres du locataire.</translation>
    </message>
    <message>
        <source>The discovery document has no %1, so TokenDesk cannot sign in there.</source>
        <translation>Le document de découverte ne contient pas %1 : TokenDesk ne peut donc pas s'y connecter.</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which TokenDesk requires.</source>
        <translation>Le serveur de connexion ne prend pas en charge PKCE avec S256, que TokenDesk exige.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</source>
        <translation>Le serveur de connexion à l'adresse %1 est injoignable (%2). Vérifiez l'adresse du locataire et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</source>
        <translation>Le serveur de connexion a répondu HTTP %1 pour son document de découverte à l'adresse %2. Vérifiez l'URL de l'émetteur dans les paramètres du locataire.</translation>
    </message>
    <message>
        <source>the sign-in server at %1</source>
        <translation>le serveur de connexion à l'adresse %1</translation>
    </message>
    <message>
        <source>The discovery document's %1 is refused: %2</source>
        <translation>Le champ %1 du document de découverte est refusé : %2</translation>
    </message>
    <message>
        <source>The sign-in server does not say that it supports PKCE with S256 (its discovery document has no code_challenge_methods_supported), so TokenDesk will not sign in there.</source>
        <translation>Le serveur de connexion n'indique pas qu'il prend en charge PKCE avec S256 (son document de découverte ne contient pas code_challenge_methods_supported) : TokenDesk ne s'y connectera donc pas.</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>Le serveur de connexion</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 n’a pas pu être chargée (%2).</translation>
    </message>
    <message>
        <source>%1 has no function %2.</source>
        <translation>%1 n’a pas de fonction %2.</translation>
    </message>
</context>
<context>
    <name>PaneRegistry</name>
    <message>
        <source>Access tokens</source>
        <translation>Jetons d'accès</translation>
    </message>
    <message>
        <source>&amp;Access tokens</source>
        <translation>Jetons d'&amp;accès</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>Connexions SCM</translation>
    </message>
    <message>
        <source>&amp;SCM connections</source>
        <translation>Connexions &amp;SCM</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>&amp;Login token</source>
        <translation>Jeton de &amp;connexion</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>Token hygiene</source>
        <translation>Hygiène des jetons</translation>
    </message>
    <message>
        <source>Token &amp;hygiene</source>
        <translation>&amp;Hygiène des jetons</translation>
    </message>
</context>
<context>
    <name>ReceiptFile</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>Le reçu n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>Reçu enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered with more than %3; TokenDesk stopped reading.</source>
        <translation>%1 à l'adresse %2 a répondu avec plus de %3 ; TokenDesk a arrêté la lecture.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to %3; TokenDesk did not follow it.</source>
        <translation>%1 à l'adresse %2 a redirigé vers %3 ; TokenDesk n'a pas suivi cette redirection.</translation>
    </message>
</context>
<context>
    <name>RevocationReceipt</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n'a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>A new token “%1” replaces this one: it gets the new value where you choose, and the old token is revoked after that, never before.</source>
        <translation>Un nouveau jeton « %1 » remplace celui-ci : sa valeur va où vous le choisissez, et l'ancien jeton n'est révoqué qu'après, jamais avant.</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Durée de vie en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N'expire jamais</translation>
    </message>
    <message>
        <source>New token's lifetime:</source>
        <translation>Durée de vie du nouveau jeton :</translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s), so the new token lives shorter than the old one (%1 days).</source>
        <translation>
            <numerusform>Le locataire autorise les jetons pour %n jour au plus ; le nouveau jeton vivra donc moins longtemps que l'ancien (%1 jours).</numerusform>
            <numerusform>Le locataire autorise les jetons pour %n jours au plus ; le nouveau jeton vivra donc moins longtemps que l'ancien (%1 jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s); the old token never expires, the new one will.</source>
        <translation>
            <numerusform>Le locataire autorise les jetons pour %n jour au plus ; l'ancien jeton n'expire jamais, le nouveau expirera.</numerusform>
            <numerusform>Le locataire autorise les jetons pour %n jours au plus ; l'ancien jeton n'expire jamais, le nouveau expirera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the new value:</source>
        <translation>Placer la nouvelle valeur :</translation>
    </message>
    <message>
        <source>In the keychain, in place of the old token's entry</source>
        <translation>Dans le trousseau, à la place de l'entrée de l'ancien jeton</translation>
    </message>
    <message>
        <source>The keychain holds no value of the old token.</source>
        <translation>Le trousseau ne contient aucune valeur de l'ancien jeton.</translation>
    </message>
    <message>
        <source>On the clipboard</source>
        <translation>Dans le presse-papiers</translation>
    </message>
    <message>
        <source>In the Moderne CLI (mod config moderne login, on its standard input)</source>
        <translation>Dans la CLI Moderne (mod config moderne login, sur son entrée standard)</translation>
    </message>
    <message>
        <source>mod is not on the PATH.</source>
        <translation>mod n'est pas dans le PATH.</translation>
    </message>
    <message>
        <source>When I confirm</source>
        <translation>Quand je le confirme</translation>
    </message>
    <message>
        <source>Right after the hand-off</source>
        <translation>Juste après la remise</translation>
    </message>
    <message>
        <source>1 hour after the hand-off</source>
        <translation>1 heure après la remise</translation>
    </message>
    <message>
        <source>1 day after the hand-off</source>
        <translation>1 jour après la remise</translation>
    </message>
    <message>
        <source>Revoke the old token:</source>
        <translation>Révoquer l'ancien jeton :</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>RotationJournal</name>
    <message>
        <source>Cannot make the folder %1 for the rotation journal.</source>
        <translation>Impossible de créer le dossier %1 du journal de rotation.</translation>
    </message>
    <message>
        <source>Cannot read the rotation journal %1: %2.</source>
        <translation>Impossible de lire le journal de rotation %1 : %2.</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged; move it away to start afresh.</source>
        <translation>Le journal de rotation %1 est endommagé ; déplacez-le ailleurs pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Cannot write the rotation journal %1: %2.</source>
        <translation>Impossible d'écrire le journal de rotation %1 : %2.</translation>
    </message>
    <message>
        <source>The rotation journal (%1) is locked by another program; try again when it has finished.</source>
        <translation>Le journal de renouvellement (%1) est verrouillé par un autre programme ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Another tokendesk-cli (process %1) is working on the rotation journal (%2); try again when it has finished.</source>
        <translation>Un autre tokendesk-cli (processus %1) travaille sur le journal de renouvellement (%2) ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>TokenDesk (process %1) is rotating a token with the rotation journal (%2); try again when it has finished.</source>
        <translation>TokenDesk (processus %1) renouvelle un jeton avec le journal de renouvellement (%2) ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Another program (%1, process %2) holds the rotation journal (%3); try again when it has finished.</source>
        <translation>Un autre programme (%1, processus %2) détient le journal de renouvellement (%3) ; réessayez quand il aura terminé.</translation>
    </message>
</context>
<context>
    <name>SavedTokens</name>
    <message numerus="yes">
        <source>Moved %n keychain entry(s) to the token's id: %1.</source>
        <translation>
            <numerusform>%n entrée du trousseau déplacée vers l'identifiant du jeton : %1.</numerusform>
            <numerusform>%n entrées du trousseau déplacées vers l'identifiant du jeton : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n keychain entry(s) under the old name, because several tokens have that description: %1.</source>
        <translation>
            <numerusform>%n entrée du trousseau laissée sous l'ancien nom, car plusieurs jetons ont cette description : %1.</numerusform>
            <numerusform>%n entrées du trousseau laissées sous l'ancien nom, car plusieurs jetons ont cette description : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move the keychain entries of %1; TokenDesk tries again next time.</source>
        <translation>Impossible de déplacer les entrées du trousseau de %1 ; TokenDesk réessaiera la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ScmAuthorizationListener</name>
    <message>
        <source>The authorization request expired before the browser came back. Connect again.</source>
        <translation>La demande d'autorisation a expiré avant le retour du navigateur. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The browser came back with a response that does not belong to this authorization (the state does not match), so TokenDesk rejected it. Connect again.</source>
        <translation>Le navigateur est revenu avec une réponse qui ne correspond pas à cette autorisation (la valeur state ne concorde pas), TokenDesk l'a donc rejetée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The provider did not grant access. You can close this tab and return to TokenDesk.</source>
        <translation>Le fournisseur n'a pas accordé l'accès. Vous pouvez fermer cet onglet et retourner dans TokenDesk.</translation>
    </message>
    <message>
        <source>Access was denied on the provider's authorization page.</source>
        <translation>L'accès a été refusé sur la page d'autorisation du fournisseur.</translation>
    </message>
    <message>
        <source>The provider reported “%1”.</source>
        <translation>Le fournisseur a signalé « %1 ».</translation>
    </message>
    <message>
        <source>The provider reported “%1”: %2</source>
        <translation>Le fournisseur a signalé « %1 » : %2</translation>
    </message>
    <message>
        <source>Authorization incomplete</source>
        <translation>Autorisation incomplète</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Return to TokenDesk and connect again.</source>
        <translation>Il manque « %1 » dans la réponse du fournisseur. Retournez dans TokenDesk et relancez la connexion.</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Connect again.</source>
        <translation>Il manque « %1 » dans la réponse du fournisseur. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Autorisation reçue</translation>
    </message>
    <message>
        <source>TokenDesk received the authorization. You can close this tab and return to TokenDesk.</source>
        <translation>TokenDesk a reçu l'autorisation. Vous pouvez fermer cet onglet et retourner dans TokenDesk.</translation>
    </message>
</context>
<context>
    <name>ScmConnectFlow</name>
    <message>
        <source>The authorization could not be started: %1</source>
        <translation>L'autorisation n'a pas pu être lancée : %1</translation>
    </message>
    <message>
        <source>The server sent an authorization address TokenDesk will not open: %1</source>
        <translation>Le serveur a envoyé une adresse d'autorisation que TokenDesk refuse d'ouvrir : %1</translation>
    </message>
    <message>
        <source>The authorization request expired before it could be opened. Check the computer's clock, then connect again.</source>
        <translation>La demande d'autorisation a expiré avant d'avoir pu être ouverte. Vérifiez l'horloge de l'ordinateur, puis relancez la connexion.</translation>
    </message>
    <message>
        <source>TokenDesk could not open the browser. Open this address yourself: %1</source>
        <translation>TokenDesk n'a pas pu ouvrir le navigateur. Ouvrez vous-même cette adresse : %1</translation>
    </message>
    <message>
        <source>The authorization could not be completed: %1</source>
        <translation>L'autorisation n'a pas pu être finalisée : %1</translation>
    </message>
    <message>
        <source>The server did not accept the authorization.</source>
        <translation>Le serveur n'a pas accepté l'autorisation.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>La connexion n'a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection.</source>
        <translation>Le serveur n'a pas supprimé la connexion.</translation>
    </message>
    <message>
        <source>The connection could not be removed, so it was not connected again: %1</source>
        <translation>La connexion n'a pas pu être supprimée ; elle n'a donc pas été reconnectée : %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection, so it was not connected again.</source>
        <translation>Le serveur n'a pas supprimé la connexion ; elle n'a donc pas été reconnectée.</translation>
    </message>
    <message>
        <source>The server sent an authorization address without a state, so TokenDesk could not tell the provider's answer from a forged one. It did not open it.</source>
        <translation>Le serveur a envoyé une adresse d'autorisation sans state : TokenDesk ne pourrait pas distinguer la réponse du fournisseur d'une réponse falsifiée. Il ne l'a pas ouverte.</translation>
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
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connectée</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Pas d'expiration</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation>Connectée le %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>A expiré le %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Il reste %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>renewal due now</source>
        <translation>renouvellement dû maintenant</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>The platform reports this connection as invalid. “Connect again” disconnects it and connects it afresh, as the platform's documentation advises.</source>
        <translation>La plateforme signale cette connexion comme non valide. « Reconnecter » la déconnecte puis la connecte à nouveau, comme le conseille la documentation de la plateforme.</translation>
    </message>
    <message>
        <source>The platform renews this credential automatically; the current one is due for renewal %1.</source>
        <translation>La plateforme renouvelle cet identifiant automatiquement ; l'actuel doit être renouvelé le %1.</translation>
    </message>
    <message>
        <source>renewal due in %1</source>
        <translation>renouvellement dans %1</translation>
    </message>
    <message>
        <source>Until renewal</source>
        <translation>Avant renouvellement</translation>
    </message>
    <message>
        <source>auto-renews %1</source>
        <translation>renouvellement %1</translation>
    </message>
    <message>
        <source>auto-renews in a moment</source>
        <translation>renouvellement dans un instant</translation>
    </message>
</context>
<context>
    <name>ScmPane</name>
    <message>
        <source>&lt;h2&gt;SCM connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexions SCM&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours; the bar empties as the time runs out.</source>
        <translation>Hébergeurs de code source auxquels Moderne peut accéder en votre nom. Leurs jetons OAuth durent jusqu'à 8 heures ; la barre se vide à mesure que le temps s'écoule.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>Connexions SCM</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Waiting for the browser: authorize TokenDesk at %1, then come back. (&lt;a href="%2"&gt;Open the page again&lt;/a&gt;; this request expires at %3.)</source>
        <translation>En attente du navigateur : autorisez TokenDesk sur %1, puis revenez ici. (&lt;a href="%2"&gt;Rouvrir la page&lt;/a&gt; ; cette demande expire à %3.)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Disconnect your Moderne account from %1?</source>
        <translation>Déconnecter votre compte Moderne de %1 ?</translation>
    </message>
    <message>
        <source>Moderne will no longer be able to reach %1 on your behalf until you connect again.</source>
        <translation>Moderne ne pourra plus accéder à %1 en votre nom tant que vous ne l'aurez pas reconnecté.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 sur %2 connectées</translation>
    </message>
    <message>
        <source>Disconnected from %1; connecting it again in the browser…</source>
        <translation>Déconnecté de %1 ; reconnexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Where a host's credentials expire (GitHub App tokens: 8 hours), the platform renews them automatically: the bar shows the time until the next renewal. Connections unused for 90 days are removed by the platform.</source>
        <translation>Hébergeurs de code source auxquels Moderne peut accéder en votre nom. Lorsque les identifiants d'un hébergeur expirent (jetons d'application GitHub : 8 heures), la plateforme les renouvelle automatiquement : la barre indique le temps restant avant le prochain renouvellement. Les connexions inutilisées pendant 90 jours sont supprimées par la plateforme.</translation>
    </message>
    <message>
        <source>Connect %1 again?</source>
        <translation>Reconnecter %1 ?</translation>
    </message>
    <message>
        <source>The platform reports the connection to %1 as invalid.</source>
        <translation>La plateforme signale la connexion à %1 comme non valide.</translation>
    </message>
    <message>
        <source>“Connect again” disconnects it, then connects it afresh: your browser opens %1's consent page.</source>
        <translation>« Reconnecter » la déconnecte, puis la connecte à nouveau : votre navigateur ouvre la page de consentement de %1.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
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
        <translation>Tenant : %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusWidget</name>
    <message>
        <source>Session status</source>
        <translation>État de la session</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Déconnecté — connectez-vous à nouveau</translation>
    </message>
    <message>
        <source>Signed in with a personal access token</source>
        <translation>Connecté avec un jeton d'accès personnel</translation>
    </message>
    <message>
        <source>A personal access token is not refreshed; it lasts until it expires or is revoked.</source>
        <translation>Un jeton d'accès personnel n'est pas renouvelé ; il reste valable jusqu'à son expiration ou sa révocation.</translation>
    </message>
    <message>
        <source>Login token: %1 left</source>
        <translation>Jeton de connexion : il reste %1</translation>
    </message>
    <message>
        <source>The login token expires %1; TokenDesk renews it before then.</source>
        <translation>Le jeton de connexion expire le %1 ; TokenDesk le renouvelle avant.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A token you copy is removed from the clipboard after this time, unless you have copied something else since.</source>
        <translation>Un jeton copié est retiré du presse-papiers après ce délai, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Vider le &amp;presse-papiers après :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and its client id. Switch between them from the Tenant menu.</source>
        <translation>Chaque locataire conserve sa propre connexion : son URL, son émetteur Keycloak, son API GraphQL et son identifiant de client. Passez de l'un à l'autre depuis le menu « Locataire ».</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>&amp;Gérer les locataires…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>TokenDesk uses the new language the next time it starts.</source>
        <translation>TokenDesk utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>In panes</source>
        <translation>Dans les volets</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation>« %1 » n'est pas une adresse web complète.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>%1 utilise http:// en clair, ce qui enverrait les jetons sans chiffrement sur le réseau. Utilisez https:// ; http:// en clair n'est autorisé que pour cet ordinateur (127.0.0.1).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 doit commencer par https://.</translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation>L'identifiant de client est vide.</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>Acme</source>
        <translation>Acme</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL du locataire</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l'émetteur</translation>
    </message>
    <message>
        <source>GraphQL API URL</source>
        <translation>URL de l'API GraphQL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant de client</translation>
    </message>
    <message>
        <source>Fill in from tenant URL</source>
        <translation>Remplir à partir de l'URL du locataire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nom d'affichage :</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>URL du locataire :</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>URL de l'émetteur :</translation>
    </message>
    <message>
        <source>GraphQL API URL:</source>
        <translation>URL de l'API GraphQL :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant de client :</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>TokenDesk can only propose addresses for https://&lt;tenant&gt;.moderne.io; fill in the issuer and API URL yourself.</source>
        <translation>TokenDesk ne peut proposer des adresses que pour https://&lt;tenant&gt;.moderne.io ; saisissez vous-même l'URL de l'émetteur et celle de l'API.</translation>
    </message>
    <message>
        <source>Every tenant needs a display name.</source>
        <translation>Chaque locataire doit avoir un nom d'affichage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Platform generation</source>
        <translation>Génération de plateforme</translation>
    </message>
    <message>
        <source>v2 — today's platform (sends “X-Moderne-Platform-Version: v2”)</source>
        <translation>v2 — la plateforme actuelle (envoie « X-Moderne-Platform-Version: v2 »)</translation>
    </message>
    <message>
        <source>v1 — the first generation</source>
        <translation>v1 — la première génération</translation>
    </message>
    <message>
        <source>v1: administrators' tokens work only within 14 days of their last sign-in; SCM tokens expire after 8 hours and must be connected again.</source>
        <translation>v1 : les jetons des administrateurs ne fonctionnent que dans les 14 jours suivant leur dernière connexion ; les jetons SCM expirent après 8 heures et doivent être reconnectés.</translation>
    </message>
    <message>
        <source>v2: tokens act with the owner's current role; the platform renews SCM credentials itself; no 14-day rule for administrators.</source>
        <translation>v2 : les jetons agissent avec le rôle actuel de leur propriétaire ; la plateforme renouvelle elle-même les identifiants SCM ; pas de règle des 14 jours pour les administrateurs.</translation>
    </message>
    <message>
        <source>Switch to this tenant</source>
        <translation>Passer à ce locataire</translation>
    </message>
    <message>
        <source>Keep the changes and switch to the selected tenant (OK only keeps the changes)</source>
        <translation>Conserver les modifications et passer au locataire sélectionné (OK conserve seulement les modifications)</translation>
    </message>
    <message>
        <source>The tenant in use</source>
        <translation>Le locataire utilisé</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of token expiries</source>
        <translation>Chronologie des expirations de jetons</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>PAT </source>
        <translation>PAT </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>● login token   ■ SCM token   ◆ personal access token   (green: fine · amber: soon · red: expired)</source>
        <translation>● jeton de connexion   ■ jeton SCM   ◆ jeton d'accès personnel   (vert : OK · ambre : bientôt · rouge : expiré)</translation>
    </message>
    <message>
        <source>Nothing expires in the next 8 hours.</source>
        <translation>Rien n'expire dans les 8 prochaines heures.</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>SCM token</source>
        <translation>Jeton SCM</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d'accès personnel</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4</source>
        <translation>%1 %2
%3 %4</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré le</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Afficher la chronologie</translation>
    </message>
    <message>
        <source>Hide timeline</source>
        <translation>Masquer la chronologie</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochain : %1</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>self-signed certificate</source>
        <translation>certificat autosigné</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain</source>
        <translation>certificat autosigné dans la chaîne</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>émis par une autorité à laquelle cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <translation>certificat expiré</translation>
    </message>
    <message>
        <source>certificate not yet valid</source>
        <translation>certificat pas encore valide</translation>
    </message>
    <message>
        <source>issued for another host name</source>
        <translation>émis pour un autre nom d'hôte</translation>
    </message>
    <message>
        <source>revoked certificate</source>
        <translation>certificat révoqué</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1): TokenDesk did not connect to %2 and sent nothing. Check the address; if it is right, ask your administrator to install your organization's certificate authority on this computer.</source>
        <translation>Le certificat du serveur n'est pas fiable (%1) : TokenDesk n'a pas établi de connexion avec %2 et n'a rien envoyé. Vérifiez l'adresse ; si elle est correcte, demandez à votre administrateur d'installer l'autorité de certification de votre organisation sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>Expiré %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This token never expires. Anyone who obtains it can use it until it is revoked.</source>
        <translation>Ce jeton n'expire jamais. Quiconque l'obtient peut l'utiliser jusqu'à sa révocation.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Expire bientôt : %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
</context>
<context>
    <name>TokenHygiene</name>
    <message>
        <source>Never expires</source>
        <translation>N'expire jamais</translation>
    </message>
    <message>
        <source>Outlives the cap</source>
        <translation>Dépasse la limite</translation>
    </message>
    <message>
        <source>Expired, still listed</source>
        <translation>Expiré, encore listé</translation>
    </message>
    <message>
        <source>Owner inactive</source>
        <translation>Propriétaire inactif</translation>
    </message>
    <message>
        <source>Same description</source>
        <translation>Même description</translation>
    </message>
    <message>
        <source>Admin 14-day rule</source>
        <translation>Règle des 14 jours (admin)</translation>
    </message>
    <message>
        <source>The token never expires: whoever holds it can use it until it is revoked.</source>
        <translation>Le jeton n'expire jamais : quiconque le détient peut l'utiliser jusqu'à sa révocation.</translation>
    </message>
    <message numerus="yes">
        <source>The token lives longer than the tenant's current cap of %n day(s); it was created before the cap.</source>
        <translation>
            <numerusform>Le jeton vit plus longtemps que la limite actuelle du locataire de %n jour ; il a été créé avant la limite.</numerusform>
            <numerusform>Le jeton vit plus longtemps que la limite actuelle du locataire de %n jours ; il a été créé avant la limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant has no cap on a token's lifetime.</source>
        <translation>Le locataire ne limite pas la durée de vie des jetons.</translation>
    </message>
    <message>
        <source>The token has expired but the platform still lists it.</source>
        <translation>Le jeton a expiré mais la plateforme le liste encore.</translation>
    </message>
    <message numerus="yes">
        <source>The owner has not been active for more than %n day(s), or never.</source>
        <translation>
            <numerusform>Le propriétaire n'a pas été actif depuis plus de %n jour, ou jamais.</numerusform>
            <numerusform>Le propriétaire n'a pas été actif depuis plus de %n jours, ou jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner has several tokens with this description (for example the CLI's repeated logins).</source>
        <translation>Le propriétaire a plusieurs jetons avec cette description (par exemple les connexions répétées de la CLI).</translation>
    </message>
    <message numerus="yes">
        <source>v1: an administrator's tokens work only while the administrator has signed in within the last %n day(s); this one no longer works.</source>
        <translation>
            <numerusform>v1 : les jetons d'un administrateur ne fonctionnent que s'il s'est connecté au cours du dernier %n jour ; celui-ci ne fonctionne plus.</numerusform>
            <numerusform>v1 : les jetons d'un administrateur ne fonctionnent que s'il s'est connecté au cours des %n derniers jours ; celui-ci ne fonctionne plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The input is larger than %1 MB: that is not a token.</source>
        <translation>L'entrée dépasse %1 Mo : ce n'est pas un jeton.</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, or paste it and press Ctrl+D.</source>
        <translation>Aucun jeton sur l'entrée standard. Transmettez-en un par un tube, p. ex. `pbpaste | tokendesk --inspect`, ou collez-le et appuyez sur Ctrl+D.</translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The new token for “%1” may or may not have been created: %2 It is not asked for again; TokenDesk reloads the list and looks for it. The old token is kept.</source>
        <translation>Le nouveau jeton pour « %1 » a peut-être été créé : %2 Il n'est pas redemandé ; TokenDesk recharge la liste et le cherche. L'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>The new token for “%1” was not created: %2 The old token is kept.</source>
        <translation>Le nouveau jeton pour « %1 » n'a pas été créé : %2 L'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>The new value could not be handed over: %1</source>
        <translation>La nouvelle valeur n'a pas pu être remise : %1</translation>
    </message>
    <message>
        <source>The old token “%1” was not revoked: %2 TokenDesk tries again when it starts.</source>
        <translation>L'ancien jeton « %1 » n'a pas été révoqué : %2 TokenDesk réessaiera au démarrage.</translation>
    </message>
    <message>
        <source>Revoked the old token “%1”.</source>
        <translation>L'ancien jeton « %1 » a été révoqué.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read: %1</source>
        <translation>La liste des jetons n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The rotation of “%1” created nothing; the old token is kept. Rotate it again.</source>
        <translation>Le renouvellement de « %1 » n'a rien créé ; l'ancien jeton est conservé. Renouvelez-le à nouveau.</translation>
    </message>
    <message>
        <source>The rotation of “%1” may have created one of %2, whose values were never shown; revoke the one not in use. The old token is kept.</source>
        <translation>Le renouvellement de « %1 » a peut-être créé l'un de %2, dont les valeurs n'ont jamais été affichées ; révoquez celui qui n'est pas utilisé. L'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>The token made by the interrupted rotation of “%1” (its value was never handed over) could not be revoked: %2</source>
        <translation>Le jeton créé par le renouvellement interrompu de « %1 » (sa valeur n'a jamais été remise) n'a pas pu être révoqué : %2</translation>
    </message>
    <message>
        <source>The rotation of “%1” was interrupted before the new value was handed over: the new token was revoked, the old one is kept. Rotate it again.</source>
        <translation>Le renouvellement de « %1 » a été interrompu avant la remise de la nouvelle valeur : le nouveau jeton a été révoqué, l'ancien est conservé. Renouvelez-le à nouveau.</translation>
    </message>
    <message>
        <source>The answer to the revoke of the old token “%1” was lost: %2 It may or may not have been revoked; TokenDesk does not send it again but reloads the list to see.</source>
        <translation>La réponse à la révocation de l'ancien jeton « %1 » a été perdue : %2 Il a peut-être été révoqué ; TokenDesk ne renvoie pas la demande mais recharge la liste pour le vérifier.</translation>
    </message>
    <message>
        <source>The old token “%1” is still there: its revoke waits for you (right-click it to revoke it now or to keep it).</source>
        <translation>L'ancien jeton « %1 » est toujours là : sa révocation vous attend (clic droit pour le révoquer maintenant ou le garder).</translation>
    </message>
    <message>
        <source>The old token “%1” was revoked: the list no longer has it.</source>
        <translation>L'ancien jeton « %1 » a été révoqué : la liste ne le contient plus.</translation>
    </message>
</context>
<context>
    <name>TokenText</name>
    <message>
        <source>(not shown: it may be a token)</source>
        <translation>(non affiché : il peut s'agir d'un jeton)</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>The server did not accept the token (HTTP 401): it is wrong, expired or revoked, or (v1) its administrator has not signed in for 14 days.</source>
        <translation>Le serveur n'a pas accepté le jeton (HTTP 401) : il est erroné, expiré ou révoqué, ou (v1) son administrateur ne s'est pas connecté depuis 14 jours.</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”: TokenDesk has none yet (or give --api-url).</source>
        <translation>Il n'existe aucun profil de locataire « %1 » : TokenDesk n'en a encore aucun (ou indiquez --api-url).</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”; there are %2.</source>
        <translation>Il n'existe aucun profil de locataire « %1 » ; les profils existants sont %2.</translation>
    </message>
    <message>
        <source>No tenant: give --tenant NAME (a profile of the TokenDesk app) or --api-url URL.</source>
        <translation>Aucun locataire : indiquez --tenant NAME (un profil de l'application TokenDesk) ou --api-url URL.</translation>
    </message>
    <message>
        <source>Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, or sign in to this tenant in TokenDesk with a personal access token and give its --tenant.</source>
        <translation>Non connecté : aucun jeton. Définissez MODERNE_TOKEN, transmettez-en un à --token-stdin par un tube, ou connectez-vous à ce locataire dans TokenDesk avec un jeton d'accès personnel et indiquez son --tenant.</translation>
    </message>
    <message>
        <source>Not signed in: the keychain could not be read. %1</source>
        <translation>Non connecté : le trousseau n'a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk has no saved session for “%1”. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Non connecté : TokenDesk n'a aucune session enregistrée pour « %1 ». Connectez-vous-y avec un jeton d'accès personnel, définissez MODERNE_TOKEN ou utilisez --token-stdin.</translation>
    </message>
    <message>
        <source>Not signed in with a personal access token: TokenDesk's session for “%1” is a browser sign-in, which the command line does not use. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Non connecté avec un jeton d'accès personnel : la session de TokenDesk pour « %1 » est une connexion par le navigateur, que la ligne de commande n'utilise pas. Connectez-vous-y avec un jeton d'accès personnel, définissez MODERNE_TOKEN ou utilisez --token-stdin.</translation>
    </message>
    <message>
        <source>The list of tokens could not be read.</source>
        <translation>La liste des jetons n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>La liste des utilisateurs n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
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
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE LE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Aucun jeton.</translation>
    </message>
    <message>
        <source>The token may or may not have been created (it was not asked for again): `tokendesk-cli tokens list` shows what the server holds.</source>
        <translation>Le jeton a peut-être été créé, peut-être pas (la demande n'a pas été renvoyée) : `tokendesk-cli tokens list` montre ce que le serveur contient.</translation>
    </message>
    <message>
        <source>The token was not created.</source>
        <translation>Le jeton n'a pas été créé.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3.</source>
        <translation>« %1 » (%2) créé, expire le %3.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires.</source>
        <translation>« %1 » (%2) créé, n'expire jamais.</translation>
    </message>
    <message>
        <source>would revoke  %1</source>
        <translation>serait révoqué  %1</translation>
    </message>
    <message>
        <source>would revoke  %1  (not among your tokens: another user's, or none)</source>
        <translation>serait révoqué  %1  (absent de vos jetons : celui d'un autre utilisateur, ou inexistant)</translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation>Simulation : rien n'a été révoqué.</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 n'a pas été révoqué : %2</translation>
    </message>
    <message>
        <source>%1: no such token (already revoked, or never there).</source>
        <translation>%1 : jeton introuvable (déjà révoqué, ou qui n'a jamais existé).</translation>
    </message>
    <message>
        <source>revoked  %1</source>
        <translation>révoqué  %1</translation>
    </message>
    <message>
        <source>Dry run: %1 has no tokens.</source>
        <translation>Simulation : %1 n'a aucun jeton.</translation>
    </message>
    <message>
        <source>%1 has no tokens: nothing to revoke.</source>
        <translation>%1 n'a aucun jeton : rien à révoquer.</translation>
    </message>
    <message>
        <source>The tokens of %1 may or may not have been revoked (it was not asked for again).</source>
        <translation>Les jetons de %1 ont peut-être été révoqués, peut-être pas (la demande n'a pas été renvoyée).</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked.</source>
        <translation>Les jetons de %1 n'ont pas été révoqués.</translation>
    </message>
    <message>
        <source>The server did not revoke the tokens of %1.</source>
        <translation>Le serveur n'a pas révoqué les jetons de %1.</translation>
    </message>
    <message>
        <source>An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens rotate --resume`.</source>
        <translation>Une rotation interrompue de %1 (« %2 ») est en attente : exécutez `tokendesk-cli tokens rotate --resume`.</translation>
    </message>
    <message>
        <source>Resuming the rotation of %1 (“%2”).</source>
        <translation>Reprise de la rotation de %1 (« %2 »).</translation>
    </message>
    <message>
        <source>%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first `tokendesk-cli tokens rotate` run after then.</source>
        <translation>%1 (« %2 ») a été remplacé par %3 ; il sera révoqué à l'échéance %4, par la première exécution de `tokendesk-cli tokens rotate` après cette échéance.</translation>
    </message>
    <message>
        <source>%1 was already rotated: rotate %2 instead.</source>
        <translation>%1 a déjà fait l'objet d'une rotation : faites plutôt la rotation de %2.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) is revoked.</source>
        <translation>L'ancien jeton %1 (« %2 ») est révoqué.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.</source>
        <translation>La rotation interrompue de %1 (« %2 ») n'a rien créé ; l'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) may have created one of %3; their values were never shown. Revoke the one that is not in use with `tokendesk-cli tokens revoke ID`. The old token is kept.</source>
        <translation>La rotation interrompue de %1 (« %2 ») a peut-être créé l'un des jetons %3 ; leurs valeurs n'ont jamais été affichées. Révoquez celui qui n'est pas utilisé avec `tokendesk-cli tokens revoke ID`. L'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>The token %1 made by the interrupted rotation of %2 (its value was never shown) could not be revoked: %3</source>
        <translation>Le jeton %1 créé par la rotation interrompue de %2 (sa valeur n'a jamais été affichée) n'a pas pu être révoqué : %3</translation>
    </message>
    <message>
        <source>The rotation of %1 (“%2”) was interrupted before the new value was printed: the new token %3 was revoked, the old token is kept.</source>
        <translation>La rotation de %1 (« %2 ») a été interrompue avant l'affichage de la nouvelle valeur : le nouveau jeton %3 a été révoqué, l'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>Run `tokendesk-cli tokens rotate %1` to rotate it.</source>
        <translation>Exécutez `tokendesk-cli tokens rotate %1` pour en faire la rotation.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).</source>
        <translation>L'ancien jeton %1 (« %2 ») sera révoqué à l'échéance %3, par la première exécution de `tokendesk-cli tokens rotate` après cette échéance (p. ex. `tokendesk-cli tokens rotate --resume`).</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens rotate` run (e.g. with --resume) finishes it.</source>
        <translation>L'ancien jeton %1 (« %2 ») n'a pas été révoqué : %3 La prochaine exécution de `tokendesk-cli tokens rotate` (p. ex. avec --resume) terminera l'opération.</translation>
    </message>
    <message>
        <source>Revoked the old token %1 (“%2”).</source>
        <translation>L'ancien jeton %1 (« %2 ») a été révoqué.</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was already gone.</source>
        <translation>L'ancien jeton %1 (« %2 ») n'existait déjà plus.</translation>
    </message>
    <message>
        <source>There is no token %1 among your tokens.</source>
        <translation>Il n'y a aucun jeton %1 parmi vos jetons.</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read.</source>
        <translation>La limite de durée de vie des jetons du locataire n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s), not %2.</source>
        <translation>Le locataire autorise des jetons d'au plus %1 jour(s) : le nouveau jeton expire après %1 jour(s), et non %2.</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s) (the old one never expires).</source>
        <translation>Le locataire autorise des jetons d'au plus %1 jour(s) : le nouveau jeton expire après %1 jour(s) (l'ancien n'expire jamais).</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) may or may not have been created; it is not asked for again and the old token is kept. %3 Run `tokendesk-cli tokens rotate --resume` to clean up.</source>
        <translation>Le nouveau jeton pour %1 (« %2 ») a peut-être été créé, peut-être pas ; la demande n'est pas renvoyée et l'ancien jeton est conservé. %3 Exécutez `tokendesk-cli tokens rotate --resume` pour faire le ménage.</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) was not created: %3 The old token is kept.</source>
        <translation>Le nouveau jeton pour %1 (« %2 ») n'a pas été créé : %3 L'ancien jeton est conservé.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3; it replaces %4.</source>
        <translation>« %1 » (%2) créé, expire le %3 ; il remplace %4.</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires; it replaces %3.</source>
        <translation>« %1 » (%2) créé, n'expire jamais ; il remplace %3.</translation>
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
        <translation>Où et sous quelle identité (toutes les sous-commandes) :
  --tenant NAME      un profil de locataire de l'application TokenDesk
                     (par défaut : le dernier utilisé)
  --api-url URL      l'API GraphQL du locataire au lieu d'un profil
  --token-stdin      lire le jeton d'accès personnel sur l'entrée standard
Le jeton vient de --token-stdin, sinon de MODERNE_TOKEN, sinon de l'entrée du
trousseau que l'application a enregistrée en se connectant à ce locataire avec
un jeton d'accès personnel ; jamais d'un argument.

Code de sortie : 0 terminé, 1 refusé par le serveur, 2 entrée incorrecte, 3 non
connecté ou jeton rejeté, 4 erreur réseau ou TLS.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Personal access tokens of a Moderne tenant, for scripts and CI.
`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.

%2</source>
        <translation>Utilisation : tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Jetons d'accès personnels d'un locataire Moderne, pour les scripts et la CI.
`tokendesk-cli tokens SOUS-COMMANDE --help` décrit chaque sous-commande.

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
        <translation>Utilisation : tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | --api-url URL] [--token-stdin]

Liste vos jetons d'accès personnels, du plus récent au plus ancien : un tableau,
ou avec --json un tableau JSON de {"id", "description", "created", "expiresAt"}
(RFC 3339 ; expiresAt vaut null quand le jeton n'expire jamais).

  --all-users        les jetons de tous les utilisateurs (administrateurs), chacun
                     avec "user" (l'adresse e-mail du propriétaire)
  --json             JSON au lieu du tableau
  -h, --help         afficher cette aide

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
        <translation>Utilisation : tokendesk-cli tokens create --description TEXT [--expires-in DAYS |
              --expires-at RFC3339 | --no-expiry] [--json] [--tenant NAME |
              --api-url URL] [--token-stdin]

Crée un jeton d'accès personnel et affiche sa valeur seule sur une ligne de la
sortie standard (avec --json, un objet JSON {"id", "description", "created",
"expiresAt", "token"} sur cette ligne) ; tout le reste va sur la sortie
d'erreur standard. createAccessToken est envoyé une fois, jamais plus : si sa
réponse est perdue, listez les jetons pour voir s'il a été créé.

  --description TEXT     à quoi sert le jeton (obligatoire)
  --expires-in DAYS      expire dans DAYS × 24 heures (par défaut 30)
  --expires-at RFC3339   expire à cet instant, p. ex. 2027-01-31T23:59:59Z
  --no-expiry            n'expire jamais (refusé si le locataire limite la
                         durée de vie)
  --json                 JSON au lieu de la valeur seule
  -h, --help             afficher cette aide

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
        <translation>Utilisation : tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |
              --api-url URL] [--token-stdin]
              tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]

Révoque des jetons d'accès personnels par identifiant, ou tous les jetons d'un
utilisateur (administrateurs). Affiche une ligne par jeton : révoqué, serait
révoqué, ou introuvable. Chaque révocation est envoyée une seule fois.

  --user EMAIL     les jetons de qui (avec --all)
  --all            tous les jetons de --user EMAIL
  --dry-run        afficher ce qui serait révoqué ; n'envoyer aucune mutation
  -h, --help       afficher cette aide

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
        <translation>Utilisation : tokendesk-cli tokens rotate ID [--expires-in DAYS]
              [--revoke-after none|1h|1d] [--json] [--tenant NAME |
              --api-url URL] [--token-stdin]
              tokendesk-cli tokens rotate --resume [...]

Remplace un jeton : en crée un avec la même description et, par défaut, la durée
de vie de l'ancien (raccourcie au plafond du locataire), affiche la nouvelle
valeur seule sur une ligne de la sortie standard (avec --json, un objet JSON
avec "token"), puis révoque l'ancien jeton : aussitôt (none, par défaut), ou
1 heure ou 1 jour plus tard (1h, 1d). Une révocation différée est consignée dans
le journal de rotation et effectuée par la première exécution de `tokens rotate`
après son échéance (p. ex. `tokens rotate --resume` depuis cron ou la CI).

Chaque étape est journalisée (identifiants, description, étape, heures ; jamais
une valeur) dans le dossier de données de TokenDesk, de sorte qu'une rotation
interrompue reprend là où elle s'est arrêtée : createAccessToken n'est jamais
envoyé deux fois pour une rotation, et l'ancien jeton n'est jamais révoqué avant
l'affichage de la nouvelle valeur. Un nouveau jeton dont la valeur n'a jamais
été affichée (le processus s'est terminé avant) est révoqué, et l'ancien est
conservé.

  --expires-in DAYS           durée de vie du nouveau jeton au lieu de celle de
                              l'ancien
  --revoke-after none|1h|1d   quand révoquer l'ancien jeton (par défaut none :
                              maintenant)
  --resume                    seulement terminer les rotations interrompues et
                              les révocations échues
  --json                      JSON au lieu de la valeur seule
  -h, --help                  afficher cette aide

</translation>
    </message>
    <message>
        <source>Give a subcommand: list, create, revoke or rotate.</source>
        <translation>Indiquez une sous-commande : list, create, revoke ou rotate.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: give list, create, revoke or rotate.</source>
        <translation>Sous-commande « %1 » inconnue : indiquez list, create, revoke ou rotate.</translation>
    </message>
    <message>
        <source>A token is never taken from the command line (other users can see it there): set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>Un jeton n'est jamais pris sur la ligne de commande (d'autres utilisateurs peuvent l'y voir) : définissez MODERNE_TOKEN ou utilisez --token-stdin.</translation>
    </message>
    <message>
        <source>tokens %1 has no option %2 (see tokens %1 --help).</source>
        <translation>tokens %1 n'a pas d'option %2 (voir tokens %1 --help).</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 requiert une valeur.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 n'accepte pas de valeur.</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a URL.</source>
        <translation>--api-url : « %1 » n'est pas une URL.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days (1 or more).</source>
        <translation>--expires-in : « %1 » n'est pas un nombre de jours (1 ou plus).</translation>
    </message>
    <message>
        <source>--expires-at: “%1” is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.</source>
        <translation>--expires-at : « %1 » n'est pas une date-heure RFC 3339 telle que 2027-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>--user: “%1” is not an email address.</source>
        <translation>--user : « %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>--revoke-after: give none, 1h or 1d, not “%1”.</source>
        <translation>--revoke-after : indiquez none, 1h ou 1d, et non « %1 ».</translation>
    </message>
    <message>
        <source>Give --tenant or --api-url, not both.</source>
        <translation>Indiquez --tenant ou --api-url, pas les deux.</translation>
    </message>
    <message>
        <source>tokens %1 takes no argument “%2”.</source>
        <translation>tokens %1 n'accepte pas d'argument « %2 ».</translation>
    </message>
    <message>
        <source>tokens create needs --description TEXT.</source>
        <translation>tokens create nécessite --description TEXT.</translation>
    </message>
    <message>
        <source>Give one of --expires-in, --expires-at and --no-expiry.</source>
        <translation>Indiquez une seule option parmi --expires-in, --expires-at et --no-expiry.</translation>
    </message>
    <message>
        <source>--expires-at: a token cannot expire in the past.</source>
        <translation>--expires-at : un jeton ne peut pas expirer dans le passé.</translation>
    </message>
    <message>
        <source>Give --user EMAIL and --all together (every token of that user).</source>
        <translation>Indiquez --user EMAIL et --all ensemble (tous les jetons de cet utilisateur).</translation>
    </message>
    <message>
        <source>Give token ids or --user EMAIL --all, not both.</source>
        <translation>Indiquez des identifiants de jetons ou --user EMAIL --all, pas les deux.</translation>
    </message>
    <message>
        <source>tokens revoke needs the ids of the tokens (or --user EMAIL --all).</source>
        <translation>tokens revoke nécessite les identifiants des jetons (ou --user EMAIL --all).</translation>
    </message>
    <message>
        <source>tokens rotate --resume takes no id and no other option.</source>
        <translation>tokens rotate --resume n'accepte ni identifiant ni autre option.</translation>
    </message>
    <message>
        <source>tokens rotate needs the id of one token.</source>
        <translation>tokens rotate nécessite l'identifiant d'un seul jeton.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</source>
        <translation>Utilisation : tokendesk-cli tokens SOUS-COMMANDE [OPTIONS]
%1
</translation>
    </message>
    <message>
        <source>tokendesk-cli: --token-stdin: standard input holds no token (one line, the token alone)
</source>
        <translation>tokendesk-cli: --token-stdin : l'entrée standard ne contient aucun jeton (une ligne, le jeton seul)
</translation>
    </message>
</context>
<context>
    <name>TokensPane</name>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access tokens&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jetons d'accès&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create a personal access token (Ctrl+N)</source>
        <translation>Créer un jeton d'accès personnel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Révoquer les jetons sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation>Mes jetons</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Filter by description…  (Ctrl+F)</source>
        <translation>Filtrer par description…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter access tokens</source>
        <translation>Filtrer les jetons d'accès</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Jetons d'accès</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No personal access tokens yet&lt;/h3&gt;&lt;p&gt;A personal access token (&lt;tt&gt;mat-…&lt;/tt&gt;) lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without a browser sign-in. You see its value once, when you create it; choose the shortest lifetime that does the job, and revoke it here when it is no longer needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun jeton d'accès personnel pour l'instant&lt;/h3&gt;&lt;p&gt;Un jeton d'accès personnel (&lt;tt&gt;mat-…&lt;/tt&gt;) permet à la CLI Moderne, à un plugin d'IDE ou à un script d'appeler l'API Moderne en votre nom, sans connexion par le navigateur. Vous ne voyez sa valeur qu'une fois, à sa création ; choisissez la durée de vie la plus courte qui suffise, et révoquez-le ici lorsqu'il n'est plus nécessaire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The access tokens could not be loaded.
%1</source>
        <translation>Les jetons d'accès n'ont pas pu être chargés.
%1</translation>
    </message>
    <message>
        <source>%1
TokenDesk did not send the request again: it reloaded the list, which shows what the server holds now.</source>
        <translation>%1
TokenDesk n'a pas renvoyé la requête : il a rechargé la liste, qui montre ce que le serveur contient maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>As an administrator, the tokens you create work only while you have signed in within the last %n day(s).</source>
        <translation>
            <numerusform>En tant qu'administrateur, les jetons que vous créez ne fonctionnent que si vous vous êtes connecté depuis moins de %n jour.</numerusform>
            <numerusform>En tant qu'administrateur, les jetons que vous créez ne fonctionnent que si vous vous êtes connecté depuis moins de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say when you last signed in.</source>
        <translation>Le serveur n'a pas indiqué quand vous vous êtes connecté pour la dernière fois.</translation>
    </message>
    <message>
        <source>That lapsed on %1: sign in again for them to work.</source>
        <translation>Ce délai a expiré le %1 : connectez-vous à nouveau pour qu'ils fonctionnent.</translation>
    </message>
    <message>
        <source>Yours stop working on &lt;b&gt;%1&lt;/b&gt; (%2) unless you sign in again before then.</source>
        <translation>Les vôtres cesseront de fonctionner le &lt;b&gt;%1&lt;/b&gt; (%2), sauf si vous vous connectez à nouveau d'ici là.</translation>
    </message>
    <message>
        <source>Loading access tokens…</source>
        <translation>Chargement des jetons d'accès…</translation>
    </message>
    <message>
        <source>%1 of %2 tokens loaded…</source>
        <translation>%1 jetons sur %2 chargés…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more
</source>
        <translation>
            <numerusform>… et %n autre
</numerusform>
            <numerusform>… et %n autres
</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?</source>
        <translation>
            <numerusform>Révoquer %n jeton ?</numerusform>
            <numerusform>Révoquer %n jetons ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>Révocation de %n jeton…</numerusform>
            <numerusform>Révocation de %n jetons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>« %1 » révoqué.</translation>
    </message>
    <message>
        <source>“%1” had already been revoked or removed; it is gone from the list.</source>
        <translation>« %1 » avait déjà été révoqué ou supprimé ; il ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>“%1” was not revoked: %2</source>
        <translation>« %1 » n'a pas été révoqué : %2</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>Créer un jeton…</translation>
    </message>
    <message>
        <source>Revoke selected tokens…</source>
        <translation>Révoquer les jetons sélectionnés…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrer les jetons</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Aucun jeton ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) match “%2”.</source>
        <translation>
            <numerusform>%1 sur %n jeton correspond à « %2 ».</numerusform>
            <numerusform>%1 sur %n jetons correspondent à « %2 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything that uses the token(s) stops working at once. This cannot be undone.</source>
        <translation>
            <numerusform>Tout ce qui utilise le jeton cesse aussitôt de fonctionner. C'est irréversible.</numerusform>
            <numerusform>Tout ce qui utilise les jetons cesse aussitôt de fonctionner. C'est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Remove stale keychain entries…</source>
        <translation>Supprimer les entrées obsolètes du trousseau…</translation>
    </message>
    <message>
        <source>Remove &amp;stale keychain entries…</source>
        <translation>Supprimer les entrées &amp;obsolètes du trousseau…</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>Révoquer « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens…</source>
        <translation>
            <numerusform>Révoquer %n jeton…</numerusform>
            <numerusform>Révoquer %n jetons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stale keychain entries</source>
        <translation>Supprimer les entrées obsolètes du trousseau</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on %1.</source>
        <translation>
            <numerusform>Le trousseau contient %n jeton qui n'existe plus sur %1.</numerusform>
            <numerusform>Le trousseau contient %n jetons qui n'existent plus sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They were revoked or have expired and removed; their values are of no use any more.</source>
        <translation>Ils ont été révoqués ou ont expiré et été supprimés ; leurs valeurs ne servent plus à rien.</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Supprimer du trousseau</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale keychain entry(s).</source>
        <translation>
            <numerusform>%n entrée obsolète du trousseau supprimée.</numerusform>
            <numerusform>%n entrées obsolètes du trousseau supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on the server.</source>
        <translation>
            <numerusform>Le trousseau contient %n jeton qui n'existe plus sur le serveur.</numerusform>
            <numerusform>Le trousseau contient %n jetons qui n'existent plus sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>A new token in place of the selected one, then the old one revoked</source>
        <translation>Un nouveau jeton à la place de celui sélectionné, puis l'ancien révoqué</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>Renouveler le jeton…</translation>
    </message>
    <message>
        <source>Rotate “%1”…</source>
        <translation>Renouveler « %1 »…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Révoquer l'ancien jeton maintenant</translation>
    </message>
    <message>
        <source>Keep the old token (cancel its revoke)</source>
        <translation>Garder l'ancien jeton (annuler sa révocation)</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read: %1</source>
        <translation>La limite de durée de vie des jetons du locataire n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>mod config moderne login failed (exit code %1).</source>
        <translation>mod config moderne login a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>mod could not be started.</source>
        <translation>mod n'a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The keychain did not take the new value: %1</source>
        <translation>Le trousseau n'a pas accepté la nouvelle valeur : %1</translation>
    </message>
    <message>
        <source>Revoke the old token?</source>
        <translation>Révoquer l'ancien jeton ?</translation>
    </message>
    <message>
        <source>The new token for “%1” is in place. Revoke the old token “%1” now?</source>
        <translation>Le nouveau jeton pour « %1 » est en place. Révoquer l'ancien jeton « %1 » maintenant ?</translation>
    </message>
    <message>
        <source>Old token: “%1”, created %2.</source>
        <translation>Ancien jeton : « %1 », créé %2.</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working. Not now keeps it, marked in the list until you revoke it or keep it (right-click it).</source>
        <translation>Tout ce qui utilise encore l'ancien jeton cesse de fonctionner. « Pas maintenant » le garde, marqué dans la liste jusqu'à ce que vous le révoquiez ou le gardiez (clic droit).</translation>
    </message>
    <message>
        <source>Revoke old token</source>
        <translation>Révoquer l'ancien jeton</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l'historique</translation>
    </message>
</context>
<context>
    <name>TypeToConfirmDialog</name>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Saisissez %1 pour confirmer</translation>
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
        <translation>actif %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>jamais actif</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Dernière activité le %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User / token</source>
        <translation>Utilisateur / jeton</translation>
    </message>
    <message>
        <source>Created / last active</source>
        <translation>Création / dernière activité</translation>
    </message>
    <message>
        <source>Expires / tokens</source>
        <translation>Expiration / jetons</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>UserOffboarding</name>
    <message>
        <source>The tenant has no user %1.</source>
        <translation>Le locataire n'a pas d'utilisateur %1.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Clear warnings</source>
        <translation>Effacer les avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry warnings given in this session</source>
        <translation>Avertissements d'expiration donnés pendant cette session</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Paste the token, then press Ctrl+D:</source>
        <translation>Collez le jeton, puis appuyez sur Ctrl+D :</translation>
    </message>
    <message>
        <source>TokenDesk is already running: its window has been raised.</source>
        <translation>TokenDesk est déjà lancé : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>TokenDesk is already running: the token is shown in its inspector.</source>
        <translation>TokenDesk est déjà lancé : le jeton est affiché dans son inspecteur.</translation>
    </message>
    <message>
        <source>TokenDesk cannot start</source>
        <translation>TokenDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>A part of TokenDesk is missing or damaged (%1). Reinstall TokenDesk.</source>
        <translation>Une partie de TokenDesk est absente ou endommagée (%1). Réinstallez TokenDesk.</translation>
    </message>
</context>
</TS>