<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessTokenModel</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>%1 · in keychain</source>
        <translation>%1 · キーチェーン内</translation>
    </message>
    <message>
        <source>Saved in the keychain of this computer.</source>
        <translation>このコンピューターのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Created here; its value begins with %1.</source>
        <translation>ここで作成されました。値は %1 で始まります。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Not known here: a token's value and its first characters are known only for tokens created on this computer (the server keeps no readable copy).</source>
        <translation>ここでは不明: トークンの値と先頭の文字は、このコンピューターで作成したトークンについてのみ分かります (サーバーは読み取り可能なコピーを保持しません)。</translation>
    </message>
    <message>
        <source>old token, revoked %1</source>
        <translation>古いトークン、%1 に取り消し</translation>
    </message>
    <message>
        <source>old token, revoked when you confirm</source>
        <translation>古いトークン、確認時に取り消し</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked at %1. Right-click it to revoke it now or to keep it.</source>
        <translation>ローテーションで置き換えられました: この古いトークンは %1 に取り消されます。右クリックすると、今すぐ取り消すか残すかを選べます。</translation>
    </message>
    <message>
        <source>Replaced by a rotation: this old token is revoked when you confirm. Right-click it to revoke it now or to keep it.</source>
        <translation>ローテーションで置き換えられました: この古いトークンは確認時に取り消されます。右クリックすると、今すぐ取り消すか残すかを選べます。</translation>
    </message>
</context>
<context>
    <name>AccessTokenService</name>
    <message>
        <source>The server did not revoke all tokens of %1; the list shows what it holds now.</source>
        <translation>サーバーは %1 のトークンをすべては取り消しませんでした。一覧にはサーバー上の現在の状態が表示されています。</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>サーバーにユーザー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>ActivityPane</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;アクティビティ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Token and SCM events from the platform's audit log, newest first. Reading the audit log is itself audited; the platform keeps events for a year, and they never contain token values.</source>
        <translation>プラットフォームの監査ログにあるトークンと SCM のイベント（新しい順）。監査ログの閲覧自体も監査されます。イベントは 1 年間保存され、トークンの値は含まれません。</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>実行者のメール</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Description contains</source>
        <translation>説明に含まれる文字列</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>監査イベント</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>監査ログを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>イベントを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n event(s); scroll for more.</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示中。スクロールすると続きを表示します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 件のイベント。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;CSV…</source>
        <translation>このフィルターの全イベントを CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export all events of this filter as &amp;JSON…</source>
        <translation>このフィルターの全イベントを JSON でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;SV…</source>
        <translation>期間のプラットフォームエクスポート (CSV)(&amp;S)…</translation>
    </message>
    <message>
        <source>Platform export of the time range as C&amp;EF…</source>
        <translation>期間のプラットフォームエクスポート (CEF)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every event of the current filter (all pages, not only those loaded) to a file.</source>
        <translation>現在のフィルターの全イベント (読み込み済みのページだけでなく全ページ) をファイルに保存します。</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>監査イベントのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>監査ログのプラットフォームエクスポート</translation>
    </message>
    <message>
        <source>CEF files (*.cef)</source>
        <translation>CEF ファイル (*.cef)</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>すべてのイベントを表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>すべてのイベントを表示</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>「%1」の履歴</translation>
    </message>
    <message>
        <source>The events whose description or target names this token (%1 or its description), over the whole time the platform keeps them. The filters apply again after “Show all events”.</source>
        <translation>説明または対象でこのトークン（%1 またはその説明）に言及しているイベントを、プラットフォームが保存している全期間について表示します。「すべてのイベントを表示」の後は、再びフィルターが適用されます。</translation>
    </message>
</context>
<context>
    <name>AdminUsersPane</name>
    <message>
        <source>Revoke token</source>
        <translation>トークンを取り消す</translation>
    </message>
    <message>
        <source>Revoke all of user's tokens…</source>
        <translation>ユーザーのトークンをすべて取り消す…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Every user of the tenant who holds personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>個人用アクセストークンを持つテナントの全ユーザーです。ユーザーを展開するとトークンが表示されます。トークンを取り消すと、それを使うすべてのスクリプトが直ちに動作しなくなります。</translation>
    </message>
    <message>
        <source>Users and their tokens</source>
        <translation>ユーザーとそのトークン</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>ユーザーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>ユーザーを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with tokens</source>
        <translation>
            <numerusform>トークンを持つユーザー: %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation>（%1 人を読み込み済み。スクロールするとさらに表示されます）</translation>
    </message>
    <message>
        <source>Revoke “%1” of %2?

Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>%2 の「%1」を取り消しますか?

このトークンを使うものはすべて直ちに動作しなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>「%1」を取り消し中…</translation>
    </message>
    <message>
        <source>Revoked “%1” of %2.</source>
        <translation>%2 の「%1」を取り消しました。</translation>
    </message>
    <message>
        <source>It is gone from the list.</source>
        <translation>一覧から削除されました。</translation>
    </message>
    <message>
        <source>“%1” could not be revoked: %2</source>
        <translation>「%1」を取り消せませんでした: %2</translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>%1 のトークンをすべて取り消す</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>すべて取り消す</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>%1 のトークンをすべて取り消し中…</translation>
    </message>
    <message>
        <source>Revoked all tokens of %1.</source>
        <translation>%1 のトークンをすべて取り消しました。</translation>
    </message>
    <message>
        <source>Not all tokens of %1 were revoked: %2</source>
        <translation>%1 のトークンの一部を取り消せませんでした: %2</translation>
    </message>
    <message>
        <source>"%1" had already been revoked.</source>
        <translation>「%1」はすでに取り消されています。</translation>
    </message>
    <message numerus="yes">
        <source>This revokes %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.&lt;br&gt;&lt;br&gt;Type the user's email to confirm:</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; の個人アクセストークン %n 個を取り消します。それを使うスクリプト、CLI、プラグインはすぐに動かなくなり、元に戻せません。&lt;br&gt;&lt;br&gt;確認のため、ユーザーのメールアドレスを入力してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search users by email</source>
        <translation>メールでユーザーを検索</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>メールで検索</translation>
    </message>
    <message>
        <source>Include users without tokens</source>
        <translation>トークンのないユーザーも含める</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>「%1」に一致するユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the tenant, with or without personal access tokens. Expand a user to see the tokens; revoking one stops every script that uses it at once.</source>
        <translation>テナントの全ユーザー (個人アクセストークンの有無を問わず)。ユーザーを展開するとトークンが表示されます。トークンを取り消すと、それを使うスクリプトはすべて直ちに停止します。</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>ローテーション…</translation>
    </message>
    <message>
        <source>A new token in place of this one of yours, then the old one revoked</source>
        <translation>あなたのこのトークンを新しいトークンに置き換え、その後で古いトークンを取り消します</translation>
    </message>
    <message>
        <source>Only your own tokens can be rotated: the new value is handed over on this computer.</source>
        <translation>ローテーションできるのは自分のトークンだけです。新しい値はこのコンピューターで受け渡されます。</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>%1 のオフボーディング…</translation>
    </message>
</context>
<context>
    <name>ApiParsing</name>
    <message>
        <source>The server's answer is missing %1.</source>
        <translation>サーバーの応答に %1 がありません。</translation>
    </message>
    <message>
        <source>The server sent an expiry time TokenDesk cannot read: %1</source>
        <translation>サーバーから TokenDesk が読み取れない有効期限が送られてきました: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The platform no longer accepts your personal access token (it was revoked or has expired). Sign in again.</source>
        <translation>プラットフォームがこの個人用アクセストークンを受け付けなくなりました（取り消されたか、有効期限が切れています）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>プラットフォームがこのサインインを受け付けなくなりました。もう一度サインインしてください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>Contacting the sign-in server…</source>
        <translation>サインインサーバーに接続中…</translation>
    </message>
    <message>
        <source>Looking for a saved session…</source>
        <translation>保存されたセッションを探しています…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>セッションを復元中…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>ブラウザーを待っています… ブラウザーでサインインしてから、ここに戻ってください。</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <source>Add a tenant to sign in to.</source>
        <translation>サインイン先のテナントを追加してください。</translation>
    </message>
    <message>
        <source>You are signed out. Your session on %1 has ended and TokenDesk has removed it from the keychain.</source>
        <translation>サインアウトしました。%1 のセッションは終了し、TokenDesk はそれをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>%1 でトークンを確認中…</translation>
    </message>
    <message>
        <source>The platform refused this personal access token: it may be revoked, expired, or made for another tenant.</source>
        <translation>プラットフォームがこの個人用アクセストークンを拒否しました。取り消されたか、有効期限が切れたか、別のテナント用に作成されたトークンの可能性があります。</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>トークンを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>アカウントを読み込み中…</translation>
    </message>
    <message>
        <source>Signed in, but the Moderne API at %1 does not accept this sign-in. Check that the tenant's API URL and issuer belong together.</source>
        <translation>サインインしましたが、%1 の Moderne API がこのサインインを受け付けません。テナントの API URL と発行者 (issuer) が同じテナントのものか確認してください。</translation>
    </message>
    <message>
        <source>Signed in, but your account could not be loaded: %1</source>
        <translation>サインインしましたが、アカウントを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <source>Export audit events</source>
        <translation>監査イベントのエクスポート</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to CSV:
%1</source>
        <translation>現在のフィルターの全イベントを CSV にエクスポートしています:
%1</translation>
    </message>
    <message>
        <source>Exporting every event of the current filter to JSON:
%1</source>
        <translation>現在のフィルターの全イベントを JSON にエクスポートしています:
%1</translation>
    </message>
    <message>
        <source>Fetching the first page…</source>
        <translation>最初のページを取得しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events fetched (%n page(s))</source>
        <translation>
            <numerusform>%2 件中 %1 件のイベントを取得しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>エクスポートに失敗しました。ファイルは書き込まれていません。%1</translation>
    </message>
    <message>
        <source>Platform export of the audit log</source>
        <translation>監査ログのプラットフォームエクスポート</translation>
    </message>
    <message>
        <source>The platform exports the events of the time range (the other filters do not apply) as %1 to:
%2</source>
        <translation>プラットフォームが期間内のイベント (他のフィルターは適用されません) を %1 として次にエクスポートします:
%2</translation>
    </message>
    <message>
        <source>Asking the platform for an export…</source>
        <translation>プラットフォームにエクスポートを依頼しています…</translation>
    </message>
    <message numerus="yes">
        <source>Processing: the platform is preparing the file (%1 s, checked %n time(s))…</source>
        <translation>
            <numerusform>処理中: プラットフォームがファイルを準備しています (%1 秒、%n 回確認)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>ファイルをダウンロードしています…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Saved the platform's export (%1) to %2.</source>
        <translation>プラットフォームのエクスポート (%1) を %2 に保存しました。</translation>
    </message>
    <message>
        <source>The platform's export failed: %1</source>
        <translation>プラットフォームのエクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>AuditPlatformExport</name>
    <message>
        <source>The platform could not export the audit log.</source>
        <translation>プラットフォームは監査ログをエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Token expiries on %1</source>
        <translation>%1 のトークンの有効期限</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>トークンの有効期限: %1</translation>
    </message>
    <message>
        <source>Your personal access token "%1" on %2 expires at %3 (UTC). Create a new one or rotate it before then.</source>
        <translation>%2 の個人用アクセストークン「%1」は %3 (UTC) に有効期限が切れます。それまでに新しいトークンを作成するか、ローテーションしてください。</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Token expires in 7 days: %1</source>
        <translation>トークンの有効期限まであと 7 日: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TokenDesk: login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window.</source>
        <translation>TokenDesk: Moderne テナントのログイントークン、個人用アクセストークン、SCM 接続を 1 つのウィンドウで管理します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>OpenID issuer URL of the tenant's Keycloak realm, e.g. https://login.acme.moderne.io/auth/realms/acme.</source>
        <translation>テナントの Keycloak レルムの OpenID 発行者 (issuer) URL。例: https://login.acme.moderne.io/auth/realms/acme</translation>
    </message>
    <message>
        <source>GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql.</source>
        <translation>テナントの GraphQL API URL。例: https://api.acme.moderne.io/graphql</translation>
    </message>
    <message>
        <source>OAuth client id to sign in with (default: tokendesk).</source>
        <translation>サインインに使う OAuth クライアント ID（既定値: tokendesk）。</translation>
    </message>
    <message>
        <source>Display name for the tenant given by --issuer and --api-url.</source>
        <translation>--issuer と --api-url で指定したテナントの表示名。</translation>
    </message>
    <message>
        <source>Start the browser sign-in right after launch.</source>
        <translation>起動直後にブラウザーでのサインインを開始します。</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the first window has been painted (for start-up measurements).</source>
        <translation>最初のウィンドウが描画された直後に終了ステータス 0 で終了します（起動時間の計測用）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <source>Read a token from standard input (never from the command line) and show it in the inspector of the running TokenDesk, or of a new one.</source>
        <translation>標準入力からトークンを読み取り（コマンドラインからは読み取りません）、実行中の TokenDesk のインスペクター、または新しく起動した TokenDesk のインスペクターに表示します。</translation>
    </message>
    <message>
        <source>Start a new window even when TokenDesk is already running (normally a second start raises the running one).</source>
        <translation>TokenDesk がすでに実行中でも新しいウィンドウを開きます（通常、2 回目の起動では実行中のウィンドウが前面に表示されます）。</translation>
    </message>
    <message>
        <source>Platform generation of the tenant given by --issuer and --api-url: v1 or v2 (default: v2).</source>
        <translation>--issuer と --api-url で指定したテナントのプラットフォーム世代: v1 または v2 (既定: v2)。</translation>
    </message>
    <message>
        <source>--platform: “%1” is not a platform generation; use v1 or v2.</source>
        <translation>--platform: 「%1」はプラットフォーム世代ではありません。v1 または v2 を指定してください。</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Create personal access token</source>
        <translation>個人用アクセストークンの作成</translation>
    </message>
    <message>
        <source>A personal access token lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you. Give it a name you will recognize, and the shortest lifetime that does the job.</source>
        <translation>個人用アクセストークンを使うと、Moderne CLI、IDE プラグイン、スクリプトがあなたとして Moderne API を呼び出せます。見分けのつく名前を付け、用途に足りる最短の有効期間を選んでください。</translation>
    </message>
    <message>
        <source>e.g. Moderne CLI on my laptop</source>
        <translation>例: ノート PC の Moderne CLI</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Custom date (pick it on the calendar)</source>
        <translation>カスタム日付（カレンダーで選択）</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限の日付</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Checking your organization's limit on token lifetimes…</source>
        <translation>組織のトークン有効期間の上限を確認中…</translation>
    </message>
    <message>
        <source>TokenDesk could not read your organization's limit on token lifetimes (%1). The server checks the date you choose.</source>
        <translation>TokenDesk は組織のトークン有効期間の上限を読み取れませんでした（%1）。選択した日付はサーバーが確認します。</translation>
    </message>
    <message>
        <source>7 days — %1</source>
        <translation>7 日 — %1</translation>
    </message>
    <message>
        <source>30 days — %1</source>
        <translation>30 日 — %1</translation>
    </message>
    <message>
        <source>90 days — %1</source>
        <translation>90 日 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Longer than your organization allows (%n day(s)).</source>
        <translation>
            <numerusform>組織で許可されている期間（%n 日）を超えています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token works until it is revoked. Anyone who obtains it can use it for as long.</source>
        <translation>このトークンは取り消されるまで有効です。入手した人は誰でも、その間ずっと使用できます。</translation>
    </message>
    <message>
        <source>Your organization requires every token to expire.</source>
        <translation>組織の設定により、すべてのトークンに有効期限が必要です。</translation>
    </message>
    <message>
        <source>Days before today cannot be chosen; a custom date lasts until the end of that day (23:59:59, %1).</source>
        <translation>今日より前の日付は選択できません。カスタム日付はその日の終わり（23:59:59、%1）まで有効です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token never expires.&lt;/b&gt; Anyone who obtains it can use it until it is revoked; prefer a date.</source>
        <translation>&lt;b&gt;このトークンには有効期限がありません。&lt;/b&gt;入手した人は誰でも、取り消されるまで使用できます。日付を指定することをお勧めします。</translation>
    </message>
    <message>
        <source>The token will expire on &lt;b&gt;%1&lt;/b&gt; (%2, %3).</source>
        <translation>トークンの有効期限は &lt;b&gt;%1&lt;/b&gt;（%2、%3）です。</translation>
    </message>
    <message>
        <source>Give the token a name, so you can tell it apart later.</source>
        <translation>後で見分けられるように、トークンに名前を付けてください。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>On this tenant a token acts with your current role, looked up on every request: if your role changes, every token you hold changes with it at once.</source>
        <translation>このテナントでは、トークンはリクエストごとに確認されるあなたの現在のロールで動作します。ロールが変わると、保有するすべてのトークンも直ちに変わります。</translation>
    </message>
    <message>
        <source>On this tenant (platform v1) a token keeps the permissions it was created with.</source>
        <translation>このテナント (プラットフォーム v1) では、トークンは作成時の権限を保持します。</translation>
    </message>
    <message>
        <source>The latest date your organization allows is %1; a token for that date expires at %2, the limit.</source>
        <translation>組織が許可する最も遅い日付は %1 です。その日付のトークンは上限の %2 に期限切れになります。</translation>
    </message>
    <message>
        <source>Close when done</source>
        <translation>完了したら閉じる</translation>
    </message>
    <message>
        <source>The server is creating the token; it cannot be called back. The window closes once the server has answered, and a new token's value is still shown to you once.</source>
        <translation>サーバーがトークンを作成中です。取り消すことはできません。サーバーが応答するとウィンドウが閉じ、新しいトークンの値は一度だけ表示されます。</translation>
    </message>
    <message>
        <source>The token is being created and cannot be called back. This window closes when the server has answered.</source>
        <translation>トークンを作成中のため取り消せません。サーバーが応答するとこのウィンドウは閉じます。</translation>
    </message>
    <message>
        <source>The token may have been created all the same. TokenDesk does not send it again on its own: the list has been reloaded to show what the server holds. Check it before you try again.</source>
        <translation>トークンは作成された可能性があります。TokenDesk は自動で再送信しません。サーバーの内容を表示するために一覧を再読み込みしました。再試行する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>ExpiryCollector</name>
    <message>
        <source>Login token</source>
        <translation>ログイントークン</translation>
    </message>
    <message>
        <source>Unnamed token</source>
        <translation>名前のないトークン</translation>
    </message>
</context>
<context>
    <name>ExpiryForecast</name>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access token(s) on %1 expire soon</source>
        <translation>
            <numerusform>%1 の個人用アクセストークン %n 個の有効期限が近づいています</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>こんにちは。</translation>
    </message>
    <message>
        <source>these personal access tokens of yours on %1 expire soon:</source>
        <translation>%1 にある以下の個人用アクセストークンの有効期限が近づいています:</translation>
    </message>
    <message>
        <source>- %1: expires on %2</source>
        <translation>- %1: 有効期限 %2</translation>
    </message>
    <message>
        <source>If you still need them, please create new ones (or rotate them) before they expire, and revoke the ones you no longer use.</source>
        <translation>まだ必要な場合は、有効期限が切れる前に新しいトークンを作成（またはローテーション）し、使わなくなったトークンは取り消してください。</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>よろしくお願いします。</translation>
    </message>
</context>
<context>
    <name>ExpiryForecastWidget</name>
    <message>
        <source>Token expiries per day</source>
        <translation>日別の期限切れトークン数</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire in the next %1 days.</source>
        <translation>
            <numerusform>今後 %1 日間に %n 個のトークンの有効期限が切れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s) expire</source>
        <translation>
            <numerusform>%1: %n 個のトークンが期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry forecast, all users</source>
        <translation>有効期限の予測（全ユーザー）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Expiry forecast of all users' tokens</source>
        <translation>全ユーザーのトークンの有効期限予測</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>予測期間</translation>
    </message>
    <message>
        <source>How far ahead the forecast looks</source>
        <translation>何日先まで予測するか</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the forecast</source>
        <translation>予測を読み込む</translation>
    </message>
    <message>
        <source>Read every user's tokens from the tenant</source>
        <translation>テナントから全ユーザーのトークンを読み取ります</translation>
    </message>
    <message>
        <source>Expiring tokens by owner</source>
        <translation>所有者別の期限切れ間近のトークン</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最も早い期限</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>トークンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>リマインド</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>%1 にリマインド</translation>
    </message>
    <message>
        <source>Write to %1 about their expiring tokens (an email draft naming descriptions and dates only)</source>
        <translation>期限切れが近いトークンについて %1 にメールを書きます（説明と日付のみを記載した下書き）</translation>
    </message>
    <message>
        <source>Hide the forecast</source>
        <translation>予測を非表示</translation>
    </message>
    <message>
        <source>Show the forecast</source>
        <translation>予測を表示</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Not loaded: reads every user's tokens.</source>
        <translation>未読み込み: 全ユーザーのトークンを読み取ります。</translation>
    </message>
    <message numerus="yes">
        <source>Reading tokens… %n so far.</source>
        <translation>
            <numerusform>トークンを読み取り中… これまでに %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of %1 owner(s) expire in %2 days.</source>
        <translation>
            <numerusform>所有者 %1 人の %n 個のトークンが %2 日以内に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No email program opened the reminder for %1.</source>
        <translation>%1 へのリマインドを開くメールプログラムがありませんでした。</translation>
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
        <translation>TokenDesk を表示</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>Choose a date.</source>
        <translation>日付を選択してください。</translation>
    </message>
    <message>
        <source>A token cannot expire in the past: choose today or a later date.</source>
        <translation>過去の日付は有効期限にできません。今日以降の日付を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows tokens for at most %n day(s): the latest date is %1.</source>
        <translation>
            <numerusform>組織で許可されているトークンの有効期間は最長 %n 日です。最も遅い日付は %1 です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organization's administrator limits personal access tokens to %n day(s), so "No expiration" and expiries after %1, %2 cannot be chosen.</source>
        <translation>
            <numerusform>組織の管理者が個人用アクセストークンを %n 日に制限しているため、「有効期限なし」と %1 %2 より後の有効期限は選択できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryScheduler</name>
    <message>
        <source>Your login token expires %1</source>
        <translation>ログイントークンの有効期限: %1</translation>
    </message>
    <message>
        <source>TokenDesk's sign-in ends at %1. Sign in again to keep working.</source>
        <translation>TokenDesk のサインインは %1 に終了します。作業を続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 token expires %2</source>
        <translation>%1 のトークンの有効期限: %2</translation>
    </message>
    <message>
        <source>Access token “%1” expires %2</source>
        <translation>アクセストークン「%1」の有効期限: %2</translation>
    </message>
    <message>
        <source>It stops working on %1. Create a new token before then.</source>
        <translation>%1 に使えなくなります。それまでに新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Moderne's access to %1 ends at %2. Connect it again in SCM connections.</source>
        <translation>Moderne の %1 へのアクセスは %2 に終了します。SCM 接続で再度接続してください。</translation>
    </message>
</context>
<context>
    <name>GraphQlClient</name>
    <message>
        <source>The server's answer is not valid GraphQL JSON (%1). The API URL may point at the wrong service.</source>
        <translation>サーバーの応答が有効な GraphQL JSON ではありません（%1）。API URL が別のサービスを指している可能性があります。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>サーバーがメッセージなしでエラーを報告しました。</translation>
    </message>
    <message>
        <source>The server's answer has neither data nor errors.</source>
        <translation>サーバーの応答に data も errors も含まれていません。</translation>
    </message>
    <message>
        <source>Your sign-in had expired, so the server did not do this. It has been renewed: try again.</source>
        <translation>サインインの有効期限が切れていたため、サーバーはこの操作を実行しませんでした。サインインは更新されたので、もう一度試してください。</translation>
    </message>
    <message>
        <source>You are signed out: the server no longer accepts your sign-in. Sign in again; nothing you entered is lost.</source>
        <translation>サインアウトされました。サーバーがこのサインインを受け付けなくなりました。もう一度サインインしてください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>The connection to the Moderne API at %1 was closed before it answered.</source>
        <translation>%1 の Moderne API への接続が、応答の前に閉じられました。</translation>
    </message>
    <message>
        <source>The Moderne API at %1 did not answer in time.</source>
        <translation>%1 の Moderne API が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The Moderne API at %1 could not be reached (%2). Check your network connection.</source>
        <translation>%1 の Moderne API に接続できませんでした（%2）。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1 (%2). Try again in a moment.</source>
        <translation>Moderne API が HTTP %1（%2）を返しました。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1.</source>
        <translation>Moderne API が HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The Moderne API answered HTTP %1: %2</source>
        <translation>Moderne API が HTTP %1 を返しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n time(s))</source>
        <translation>
            <numerusform>%1（%n 回試行）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The server may or may not have done it; TokenDesk did not send it again. The list shows what the server holds now.</source>
        <translation>%1 サーバーで処理されたかどうかは不明です。TokenDesk は再送信していません。一覧にはサーバー上の現在の状態が表示されています。</translation>
    </message>
    <message>
        <source>the Moderne API at %1</source>
        <translation>%1 の Moderne API</translation>
    </message>
    <message>
        <source>The API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The server named a file outside the API (%1); TokenDesk did not fetch it.</source>
        <translation>サーバーが API 外のファイル (%1) を指定しました。TokenDesk は取得しませんでした。</translation>
    </message>
    <message>
        <source>The API refused the sign-in for %1.</source>
        <translation>API は %1 のサインインを拒否しました。</translation>
    </message>
</context>
<context>
    <name>HygieneModel</name>
    <message>
        <source>never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>最終アクティブ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
</context>
<context>
    <name>HygienePane</name>
    <message>
        <source>&lt;h2&gt;Token hygiene&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;トークンの衛生管理&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every user's personal access tokens in one table, with what needs attention. Pick a flag to see only those tokens, select tokens of any owners, and revoke them after a preview; a receipt of what was done can be saved.</source>
        <translation>全ユーザーの個人アクセストークンを 1 つの表にまとめ、注意が必要なものを示します。フラグを選ぶとそのトークンだけを表示し、任意の所有者のトークンを選択してプレビュー後に取り消せます。実行内容の記録を保存できます。</translation>
    </message>
    <message>
        <source>Owner &amp;inactive after:</source>
        <translation>所有者の非アクティブ期間(&amp;I):</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>アクティビティのない日数</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>&amp;Revoke selected…</source>
        <translation>選択したものを取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke selected tokens</source>
        <translation>選択したトークンを取り消す</translation>
    </message>
    <message>
        <source>Save re&amp;ceipt…</source>
        <translation>記録を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>記録を保存</translation>
    </message>
    <message>
        <source>Every user's tokens</source>
        <translation>全ユーザーのトークン</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>すべてのトークン</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>The tokens could not all be read: %1 Reload to try again.</source>
        <translation>すべてのトークンを読み込めませんでした: %1 再読み込みしてやり直してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n 件にフラグ</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant's cap on token lifetimes could not be read (%1); no token is flagged for outliving it.</source>
        <translation>テナントのトークン有効期間の上限を読み込めませんでした (%1)。上限超過のフラグは付けられません。</translation>
    </message>
    <message>
        <source>All tokens: %1</source>
        <translation>すべてのトークン: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading tokens… %n so far.</source>
        <translation>
            <numerusform>トークンを読み込んでいます… これまでに %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n 件のトークン。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s).</source>
        <translation>
            <numerusform>%n 件中 %1 件のトークンを表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>%n 個のトークンを取り消し中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no such token: it had already been revoked.</source>
        <translation>サーバーにそのトークンはありません。すでに取り消されていました。</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have revoked it. It was not sent again.</source>
        <translation>%1 応答が失われました。サーバーは取り消した可能性があります。再送信はしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n 件のトークンを取り消しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked.</source>
        <translation>
            <numerusform>%n 件は取り消せませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n the answer was lost: the server may have revoked them; they were not sent again, and the list now shows what the server holds.</source>
        <translation>
            <numerusform>%n 件は応答が失われました。サーバーは取り消した可能性があります。再送信はしておらず、一覧にはサーバーの現在の内容が表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>「記録を保存…」で記録を保存してください。</translation>
    </message>
    <message>
        <source>Save the revocation receipt</source>
        <translation>取り消しの記録を保存</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <source>Offboard %1…</source>
        <translation>%1 のオフボーディング…</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>選択したものを取り消す…</translation>
    </message>
</context>
<context>
    <name>HygieneRevokeDialog</name>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンの取り消し</translation>
    </message>
    <message>
        <source>Tokens to revoke, by owner</source>
        <translation>取り消すトークン (所有者別)</translation>
    </message>
    <message>
        <source>Owner / description</source>
        <translation>所有者 / 説明</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>%n 件のトークンを取り消す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This revokes exactly the %n token(s) below, of %1 owner(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone. Each is sent once; afterwards you can save a receipt.</source>
        <translation>
            <numerusform>以下の %n 件のトークン (所有者 %1 人) を取り消します。それらを使うスクリプト、CLI、プラグインはすべて直ちに動作しなくなり、元に戻せません。各取り消しは 1 回だけ送信されます。その後、記録を保存できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n token(s)</source>
        <translation>
            <numerusform>%1 — %n 件のトークン</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>有効期限なし</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>--issuer: “%1” is not a URL.</source>
        <translation>--issuer: 「%1」は URL ではありません。</translation>
    </message>
    <message>
        <source>--now: “%1” is not a number of seconds.</source>
        <translation>--now: 「%1」は秒数ではありません。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>不明なオプション %1 です。</translation>
    </message>
    <message>
        <source>Give one token at most.</source>
        <translation>トークンは 1 つまで指定できます。</translation>
    </message>
    <message>
        <source>Give --jwks or --issuer, not both.</source>
        <translation>--jwks と --issuer はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>the key set at %1 could not be fetched (%2)</source>
        <translation>%1 の鍵セットを取得できませんでした（%2）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: malformed token: %1</source>
        <translation>tokendesk-cli: 不正な形式のトークン: %1</translation>
    </message>
    <message>
        <source>The key set is not usable: %1</source>
        <translation>鍵セットを使用できません: %1</translation>
    </message>
    <message>
        <source>tokendesk-cli: cannot read the key set %1: %2</source>
        <translation>tokendesk-cli: 鍵セット %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the issuer's discovery document names no jwks_uri</source>
        <translation>発行者 (issuer) のディスカバリードキュメントに jwks_uri がありません</translation>
    </message>
    <message>
        <source>Not verified: no keys were given (use --jwks or --issuer).</source>
        <translation>未検証: 鍵が指定されていません（--jwks または --issuer を使用してください）。</translation>
    </message>
    <message>
        <source>tokendesk-cli: unknown command “%1” (try --help)
</source>
        <translation>tokendesk-cli: 不明なコマンド「%1」（--help を参照してください）
</translation>
    </message>
    <message>
        <source>tokendesk-cli: the input is larger than 16 MB: that is not a token
</source>
        <translation>tokendesk-cli: 入力が 16 MB を超えています。トークンではありません
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
        <translation>使い方: tokendesk-cli inspect [TOKEN] [--jwks FILE|URL | --issuer URL] [--now EPOCH]

JSON Web Token をデコードし、署名を検証します。トークンは引数で指定されない限り
標準入力から読み取ります（標準入力を推奨: コマンドラインは他のユーザーから
見えます）。前後の空白と先頭の "Bearer " は取り除かれます。

  --jwks FILE|URL   この JSON Web Key Set で検証する（最大 1 MB、鍵 100 個まで）
  --issuer URL      発行者 (issuer) の鍵で検証する（OIDC ディスカバリー、
                    jwks_uri）。iss が別の発行者であるトークンは検証されない
  --now EPOCH       現在時刻の代わりにこの時刻（1970 年からの秒数）で有効期限を判定する
  -h, --help        このヘルプを表示する

URL は https://、またはこのコンピューター上の http://（127.0.0.1、::1、localhost）で
なければなりません。リダイレクトには従いません。

JSON オブジェクトを 1 つ出力します: {"header", "payload", "signature": {"alg", "kid",
"verified", "status", "reason"}, "expired", "expires_in"}。
終了ステータス: 0 検証済み（有効期限切れの場合も含む）、1 デコードしたが未検証（鍵の
指定なし、無効な署名、不明な鍵、alg none、HMAC、JWE など）、2 不正な入力。
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
        <translation>鍵セット</translation>
    </message>
    <message>
        <source>tokendesk-cli: the key set %1 is larger than %2: that is not a key set</source>
        <translation>tokendesk-cli: 鍵セット %1 が %2 を超えています。鍵セットではありません</translation>
    </message>
    <message>
        <source>Not verified: the token names no issuer (iss), so it cannot come from %1.</source>
        <translation>未検証: トークンに発行者 (iss) が記載されていないため、%1 が発行したものではありえません。</translation>
    </message>
    <message>
        <source>Not verified: the token was issued by “%1”, not by %2 (--issuer).</source>
        <translation>未検証: トークンの発行者は %2 (--issuer) ではなく「%1」です。</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>TokenDesk — Token inspector</source>
        <translation>TokenDesk — トークンインスペクター</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The RSA key has no valid “n” and “e” (base64url).</source>
        <translation>RSA 鍵に有効な「n」と「e」(base64url) がありません。</translation>
    </message>
    <message>
        <source>The RSA key is larger than %1 bits, which TokenDesk refuses.</source>
        <translation>RSA 鍵が %1 ビットを超えているため、TokenDesk は受け付けません。</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>RSA 鍵を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 are required.</source>
        <translation>RSA 鍵は %1 ビットしかありません。%2 ビット以上が必要です。</translation>
    </message>
    <message>
        <source>The RSA key's modulus or exponent is not possible for a real key.</source>
        <translation>RSA 鍵の法 (modulus) または指数 (exponent) が、実在する鍵としてありえない値です。</translation>
    </message>
    <message>
        <source>OpenSSL could not import the RSA key.</source>
        <translation>OpenSSL が RSA 鍵をインポートできませんでした。</translation>
    </message>
    <message>
        <source>The EC curve “%1” is not supported (P-256, P-384 and P-521 are).</source>
        <translation>EC 曲線「%1」はサポートされていません（サポート対象: P-256、P-384、P-521）。</translation>
    </message>
    <message>
        <source>The %1 key's “x” and “y” must be %2 bytes each (base64url).</source>
        <translation>%1 鍵の「x」と「y」はそれぞれ %2 バイト (base64url) である必要があります。</translation>
    </message>
    <message>
        <source>The %1 key's point is not on the curve.</source>
        <translation>%1 鍵の点が曲線上にありません。</translation>
    </message>
    <message>
        <source>The OKP curve “%1” is not supported (Ed25519 is).</source>
        <translation>OKP 曲線「%1」はサポートされていません（サポート対象: Ed25519）。</translation>
    </message>
    <message>
        <source>The Ed25519 key's “x” must be 32 bytes (base64url).</source>
        <translation>Ed25519 鍵の「x」は 32 バイト (base64url) である必要があります。</translation>
    </message>
    <message>
        <source>OpenSSL could not import the Ed25519 key.</source>
        <translation>OpenSSL が Ed25519 鍵をインポートできませんでした。</translation>
    </message>
    <message>
        <source>This is a shared secret (kty “oct”), not a public key.</source>
        <translation>これは公開鍵ではなく、共有シークレット（kty「oct」）です。</translation>
    </message>
    <message>
        <source>The key type “%1” is not supported.</source>
        <translation>鍵の種類「%1」はサポートされていません。</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>RSA 鍵</translation>
    </message>
    <message>
        <source>an EC %1 key</source>
        <translation>EC %1 鍵</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>Ed25519 鍵</translation>
    </message>
    <message>
        <source>a key TokenDesk does not support</source>
        <translation>TokenDesk がサポートしていない鍵</translation>
    </message>
    <message>
        <source>The token's algorithm %1 needs %2, but the key “%3” is %4.</source>
        <translation>トークンのアルゴリズム %1 には %2 が必要ですが、鍵「%3」は %4 です。</translation>
    </message>
    <message>
        <source>The key set has no “keys” array.</source>
        <translation>鍵セットに「keys」配列がありません。</translation>
    </message>
    <message>
        <source>The key set is not a JSON object (%1).</source>
        <translation>鍵セットが JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>鍵セットが空です。</translation>
    </message>
    <message>
        <source>The key “%1” is in the key set but cannot be used: %2</source>
        <translation>鍵「%1」は鍵セットにありますが、使用できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The issuer's key set has no key with the token's key id “%1” (%n key(s) in the set).</source>
        <translation>
            <numerusform>発行者 (issuer) の鍵セットに、トークンの鍵 ID「%1」を持つ鍵がありません（セット内の鍵: %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has no key id (kid), and no key in the key set fits its algorithm %1.</source>
        <translation>トークンに鍵 ID (kid) がなく、鍵セットにもアルゴリズム %1 に合う鍵がありません。</translation>
    </message>
    <message>
        <source>The token has no key id (kid), and %1 keys in the key set fit its algorithm %2, so TokenDesk cannot tell which one signed it.</source>
        <translation>トークンに鍵 ID (kid) がなく、鍵セット内の %1 個の鍵がアルゴリズム %2 に合うため、TokenDesk はどの鍵で署名されたか判断できません。</translation>
    </message>
    <message>
        <source>The key set has %1 keys; TokenDesk uses a set of at most %2.</source>
        <translation>鍵セットに %1 個の鍵があります。TokenDesk が使用する鍵セットは最大 %2 個の鍵までです。</translation>
    </message>
    <message>
        <source>TokenDesk cannot check keys: OpenSSL's library is missing. %1</source>
        <translation>TokenDesk は鍵を検証できません: OpenSSL のライブラリがありません。%1</translation>
    </message>
</context>
<context>
    <name>JwksCache</name>
    <message>
        <source>The issuer's discovery document names no key set (jwks_uri).</source>
        <translation>発行者 (issuer) のディスカバリードキュメントに鍵セット (jwks_uri) が指定されていません。</translation>
    </message>
    <message>
        <source>The issuer's keys at %1 could not be fetched (%2).</source>
        <translation>%1 にある発行者 (issuer) の鍵を取得できませんでした（%2）。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer's key set is not usable: %1</source>
        <translation>発行者 (issuer) の鍵セットを使用できません: %1</translation>
    </message>
    <message>
        <source>The issuer's key set</source>
        <translation>発行者 (issuer) の鍵セット</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>This is an encrypted token (JWE, five parts, key management %1, content encryption %2). It is not signed but encrypted for its recipient; only the recipient's private key can decrypt it, so TokenDesk shows its header only.</source>
        <translation>これは暗号化されたトークンです（JWE、5 つの部分、鍵管理 %1、コンテンツ暗号化 %2）。署名ではなく受信者向けに暗号化されており、受信者の秘密鍵でしか復号できないため、TokenDesk はヘッダーのみを表示します。</translation>
    </message>
    <message>
        <source>The header has no algorithm (alg).</source>
        <translation>ヘッダーにアルゴリズム (alg) がありません。</translation>
    </message>
    <message>
        <source>WARNING: this token is not signed at all (alg: none). Anyone can have written it; never accept it as proof of anything.</source>
        <translation>警告: このトークンはまったく署名されていません (alg: none)。誰でも作成できるため、決して何かの証明として受け入れないでください。</translation>
    </message>
    <message>
        <source>This token is signed with a shared secret (%1, HMAC). It cannot be verified with the issuer's public keys, only by someone who holds the secret.</source>
        <translation>このトークンは共有シークレット（%1、HMAC）で署名されています。発行者 (issuer) の公開鍵では検証できず、シークレットを持つ人だけが検証できます。</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk (supported: %2).</source>
        <translation>アルゴリズム %1 は TokenDesk でサポートされていません（サポート対象: %2）。</translation>
    </message>
    <message>
        <source>The algorithm %1 is not in the allowed list (%2).</source>
        <translation>アルゴリズム %1 は許可リスト（%2）にありません。</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit: %1) that TokenDesk does not understand, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>ヘッダーが TokenDesk の理解できない拡張を必須 (crit: %1) としているため、このトークンは拒否する必要があります（RFC 7515 4.1.11 節）。</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported by TokenDesk.</source>
        <translation>アルゴリズム %1 は TokenDesk でサポートされていません。</translation>
    </message>
    <message>
        <source>The key “%1” may only be used with %2, but the token says %3.</source>
        <translation>鍵「%1」は %2 でのみ使用できますが、トークンには %3 と指定されています。</translation>
    </message>
    <message>
        <source>The key “%1” is meant for encryption (use: enc), not for signatures.</source>
        <translation>鍵「%1」は署名用ではなく暗号化用 (use: enc) です。</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed after it was signed, or it was signed with a different key than “%1” (%2).</source>
        <translation>署名が一致しません。署名後にトークンが変更されたか、「%1」（%2）とは別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The token's signature is empty.</source>
        <translation>トークンの署名が空です。</translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), but this one is %3 bytes.</source>
        <translation>%1 署名は %2 バイト（R と S）ですが、この署名は %3 バイトです。</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the key set's only fitting key (%2).</source>
        <translation>署名は有効です: 鍵セット内で唯一適合する鍵（%2）による %1。</translation>
    </message>
    <message>
        <source>The signature is valid: %1 with the issuer's key “%2” (%3).</source>
        <translation>署名は有効です: 発行者 (issuer) の鍵「%2」（%3）による %1。</translation>
    </message>
    <message>
        <source>The signature could not be checked because the issuer's keys could not be fetched: %1 The token is decoded anyway.</source>
        <translation>発行者 (issuer) の鍵を取得できなかったため、署名を確認できませんでした: %1 トークンのデコードは行われています。</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>トークンが空です。</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); its content cannot be shown without the recipient's private key.</source>
        <translation>これは暗号化されたトークン（JWE、5 つの部分）です。受信者の秘密鍵がなければ内容を表示できません。</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this text has %n part(s).</source>
        <translation>
            <numerusform>JWT はドットで区切られた 3 つの部分からなりますが、このテキストには %n 個の部分があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 is not valid base64url.</source>
        <translation>部分 %1 は有効な base64url ではありません。</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>ヘッダーが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>ペイロードが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>This is a Moderne personal access token (mat-…), not a JWT: it carries no readable claims. The Access tokens pane shows its description and expiry.</source>
        <translation>これは Moderne の個人アクセストークン (mat-…) で、JWT ではありません。読み取れるクレームはありません。説明と有効期限は「アクセストークン」ペインに表示されます。</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain refused the request: %1. Unlock the keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>システムのキーチェーンが要求を拒否しました: %1。キーチェーン（GNOME Keyring や KWallet など）のロックを解除してから、もう一度試してください。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked or waiting for a password prompt; unlock it and try again.</source>
        <translation>
            <numerusform>システムのキーチェーンが %n 秒以内に応答しませんでした。ロックされているか、パスワードの入力を待っている可能性があります。ロックを解除してから、もう一度試してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in page did not answer within %1. If you closed the browser tab, sign in again; otherwise check the tenant address.</source>
        <translation>サインインページが %1 以内に応答しませんでした。ブラウザーのタブを閉じた場合はもう一度サインインし、そうでない場合はテナントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>TokenDesk could not open a port on 127.0.0.1 to receive the browser's answer. Check that no firewall blocks local connections.</source>
        <translation>ブラウザーからの応答を受け取るためのポートを 127.0.0.1 で開けませんでした。ファイアウォールがローカル接続をブロックしていないか確認してください。</translation>
    </message>
    <message>
        <source>The browser's answer does not belong to this sign-in (the “state” value does not match), so TokenDesk ignored it. It may come from an older sign-in tab. Sign in again.</source>
        <translation>ブラウザーからの応答はこのサインインのものではない（「state」の値が一致しない）ため、TokenDesk は無視しました。以前のサインインのタブから送られた可能性があります。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Sign in again.</source>
        <translation>ブラウザーから認可コードなしで戻ってきました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved in the keychain, so you will have to sign in again next time. %1</source>
        <translation>サインインしましたが、セッションをキーチェーンに保存できなかったため、次回もう一度サインインする必要があります。%1</translation>
    </message>
    <message>
        <source>Your saved session could not be read. %1</source>
        <translation>保存されたセッションを読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>The saved session is in a form TokenDesk does not know. Sign in again.</source>
        <translation>保存されたセッションは TokenDesk が認識できない形式です。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Your session has ended: the sign-in server no longer accepts it. It was signed out elsewhere, revoked by an administrator, or has expired (the server said: %1). Sign in again.</source>
        <translation>セッションが終了しました。サインインサーバーがこのセッションを受け付けなくなりました。別の場所でサインアウトされたか、管理者によって取り消されたか、有効期限が切れています（サーバーの応答: %1）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your saved session could not be restored because the sign-in server did not answer (%1). It is kept for next time; sign in now, or try again later.</source>
        <translation>サインインサーバーが応答しなかったため（%1）、保存されたセッションを復元できませんでした。セッションは次回のために保持されます。今すぐサインインするか、後でもう一度試してください。</translation>
    </message>
    <message>
        <source>TokenDesk could not renew your sign-in (%1). It will try again; check your network connection.</source>
        <translation>TokenDesk はサインインを更新できませんでした（%1）。後で再試行します。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>サインインは拒否されました</translation>
    </message>
    <message>
        <source>TokenDesk is not waiting for this sign-in. Return to TokenDesk.</source>
        <translation>TokenDesk はこのサインインを待っていません。TokenDesk に戻ってください。</translation>
    </message>
    <message>
        <source>The browser's answer comes from the issuer “%1”, not from this tenant's issuer “%2”, so TokenDesk ignored it. Sign in again.</source>
        <translation>ブラウザーからの応答はこのテナントの発行者 (issuer)「%2」ではなく、発行者「%1」からのものであるため、TokenDesk は無視しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This answer comes from another sign-in server, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>この応答は別のサインインサーバーからのものであるため、TokenDesk は無視しました。TokenDesk に戻ってください。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>The sign-in server did not sign you in. Return to TokenDesk to see why.</source>
        <translation>サインインサーバーでサインインできませんでした。理由は TokenDesk に戻って確認してください。</translation>
    </message>
    <message>
        <source>The answer has no authorization code. Return to TokenDesk and sign in again.</source>
        <translation>応答に認可コードがありません。TokenDesk に戻って、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>サインインサーバーのトークンエンドポイント</translation>
    </message>
</context>
<context>
    <name>LoginTokenPane</name>
    <message>
        <source>Show my login token</source>
        <translation>自分のログイントークンを表示</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Copy “Authorization: Bearer …”</source>
        <translation>「Authorization: Bearer …」をコピー</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>curl コマンドをコピー</translation>
    </message>
    <message>
        <source>Paste any JWT to inspect it (a leading “Bearer ” is fine)…</source>
        <translation>調べたい JWT を貼り付けてください（先頭の「Bearer 」は付いたままでかまいません）…</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>トークンを貼り付け</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>署名の検証結果</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>エンコードされたトークン</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>デコードされたヘッダー</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>デコードされたペイロード</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Login token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ログイントークン&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Payload (claims)</source>
        <translation>ペイロード（クレーム）</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the token says&lt;/b&gt;</source>
        <translation>&lt;b&gt;トークンの内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>The Authorization header</source>
        <translation>Authorization ヘッダー</translation>
    </message>
    <message>
        <source>The curl command</source>
        <translation>curl コマンド</translation>
    </message>
    <message>
        <source>No login token yet: sign in, or paste a JWT above.</source>
        <translation>ログイントークンはまだありません。サインインするか、上に JWT を貼り付けてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are signed in with a personal access token.&lt;/b&gt; A personal access token (mat-…) is not a JWT: it is an opaque secret that the platform looks up, with no header, claims or signature to show here, and TokenDesk never displays it. Sign in with the browser to get a login token, or paste any JWT above to inspect it.</source>
        <translation>&lt;b&gt;個人用アクセストークンでサインインしています。&lt;/b&gt;個人用アクセストークン (mat-…) は JWT ではありません。プラットフォームが照合する不透明なシークレットであり、ここに表示できるヘッダー、クレーム、署名はなく、TokenDesk がその値を表示することもありません。ログイントークンを取得するにはブラウザーでサインインするか、調べたい JWT を上に貼り付けてください。</translation>
    </message>
    <message>
        <source>Showing the pasted token.</source>
        <translation>貼り付けたトークンを表示しています。</translation>
    </message>
    <message>
        <source>Showing your current login token.</source>
        <translation>現在のログイントークンを表示しています。</translation>
    </message>
    <message>
        <source>Encrypted (JWE): the payload can only be read with the recipient's private key. TokenDesk does not decrypt tokens.</source>
        <translation>暗号化 (JWE): ペイロードは受信者の秘密鍵でしか読めません。TokenDesk はトークンを復号しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature algorithm the issuer used (RS256 = RSA with SHA-256).</source>
        <translation>発行者 (issuer) が使用した署名アルゴリズム（RS256 = SHA-256 を使う RSA）。</translation>
    </message>
    <message>
        <source>Token type: JWT, or at+jwt for an OAuth access token.</source>
        <translation>トークンの種類: JWT、または OAuth アクセストークンの場合は at+jwt。</translation>
    </message>
    <message>
        <source>Key id: which of the issuer's published keys signed this token.</source>
        <translation>鍵 ID: 発行者 (issuer) が公開している鍵のうち、このトークンに署名した鍵。</translation>
    </message>
    <message>
        <source>Content encryption of a JWE.</source>
        <translation>JWE のコンテンツ暗号化方式。</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>ペイロードのコンテンツタイプ。</translation>
    </message>
    <message>
        <source>Header field (not one TokenDesk knows).</source>
        <translation>ヘッダーフィールド（TokenDesk が認識していないもの）。</translation>
    </message>
    <message>
        <source>Expires: the platform refuses the token from this moment on.</source>
        <translation>有効期限: この時刻以降、プラットフォームはトークンを拒否します。</translation>
    </message>
    <message>
        <source>Issued at: when Keycloak created this token.</source>
        <translation>発行日時: Keycloak がこのトークンを作成した時刻。</translation>
    </message>
    <message>
        <source>Not before: the token is not valid before this moment.</source>
        <translation>有効開始日時: この時刻より前はトークンが無効です。</translation>
    </message>
    <message>
        <source>When you last typed your password (or used SSO) at Keycloak.</source>
        <translation>Keycloak で最後にパスワードを入力した（または SSO を使用した）時刻。</translation>
    </message>
    <message>
        <source>Issuer: the Keycloak realm that signed the token.</source>
        <translation>発行者: トークンに署名した Keycloak レルム。</translation>
    </message>
    <message>
        <source>Audience: the services this token is meant for.</source>
        <translation>オーディエンス: このトークンの宛先となるサービス。</translation>
    </message>
    <message>
        <source>Authorized party: the client (application) the token was issued to.</source>
        <translation>認可された当事者: トークンの発行先のクライアント（アプリケーション）。</translation>
    </message>
    <message>
        <source>Subject: your stable user id in the realm.</source>
        <translation>サブジェクト: レルム内で変わらないユーザー ID。</translation>
    </message>
    <message>
        <source>Session id: the Keycloak session behind this token (ends on sign-out).</source>
        <translation>セッション ID: このトークンの元になっている Keycloak セッション（サインアウトで終了）。</translation>
    </message>
    <message>
        <source>Session id (older Keycloak versions).</source>
        <translation>セッション ID（古いバージョンの Keycloak）。</translation>
    </message>
    <message>
        <source>Token id: unique for each token, used to revoke it.</source>
        <translation>トークン ID: トークンごとに一意で、取り消しに使用されます。</translation>
    </message>
    <message>
        <source>Keycloak's token type: Bearer for access tokens.</source>
        <translation>Keycloak のトークンの種類: アクセストークンの場合は Bearer。</translation>
    </message>
    <message>
        <source>Scopes granted: what the token may be used for.</source>
        <translation>付与されたスコープ: トークンの用途。</translation>
    </message>
    <message>
        <source>Realm roles: what Keycloak says you are in the whole realm.</source>
        <translation>レルムロール: レルム全体での役割（Keycloak による）。</translation>
    </message>
    <message>
        <source>Client roles: roles per client application.</source>
        <translation>クライアントロール: クライアントアプリケーションごとのロール。</translation>
    </message>
    <message>
        <source>Your user name at the identity provider.</source>
        <translation>ID プロバイダーでのユーザー名。</translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>Whether the identity provider checked the email address.</source>
        <translation>ID プロバイダーがメールアドレスを確認済みかどうか。</translation>
    </message>
    <message>
        <source>Your display name.</source>
        <translation>表示名。</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>名。</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>姓。</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>A claim TokenDesk does not know; shown as sent.</source>
        <translation>TokenDesk が認識していないクレームです。送られたとおりに表示しています。</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; for client %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が &lt;b&gt;%2&lt;/b&gt; に発行（クライアント: %3）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your role comes from.&lt;/b&gt; Roles in this token (realm_access.roles): %1 · role the Moderne API reports (currentUser.role): %2.&lt;br&gt;The identity provider (Keycloak) decides roles. A login token keeps the roles it was issued with until it expires: after a role change, the next renewal or sign-in brings the new ones.</source>
        <translation>&lt;b&gt;ロールの出所&lt;/b&gt; このトークン内のロール (realm_access.roles): %1 · Moderne API が報告するロール (currentUser.role): %2。&lt;br&gt;ロールは ID プロバイダー (Keycloak) が決定します。ログイントークンは、有効期限が切れるまで発行時のロールを保持します。ロールが変更された場合、次回の更新またはサインインで新しいロールが反映されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not verified: this token comes from %1, not from this tenant's issuer %2. To check it, run: tokendesk-cli inspect --issuer %1</source>
        <translation>未検証: このトークンはこのテナントの発行者 (issuer) %2 ではなく、%1 から発行されています。確認するには次を実行してください: tokendesk-cli inspect --issuer %1</translation>
    </message>
    <message>
        <source>Not verified: no tenant is selected.</source>
        <translation>未検証: テナントが選択されていません。</translation>
    </message>
    <message>
        <source>Checking the signature with %1's keys…</source>
        <translation>%1 の鍵で署名を確認中…</translation>
    </message>
    <message>
        <source>Signature not verified</source>
        <translation>署名は未検証</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>署名は有効</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>署名が無効</translation>
    </message>
    <message>
        <source>UNSIGNED TOKEN (alg: none): anyone could have written it</source>
        <translation>署名のないトークン (alg: none): 誰でも作成できます</translation>
    </message>
    <message>
        <source>This computer's clock agrees with the server's.</source>
        <translation>このコンピューターの時計はサーバーと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) ahead of the server's.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 秒進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n second(s) behind the server's.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 秒遅れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry times shown here may be off by as much.</source>
        <translation>ここに表示される有効期限も、その分ずれている可能性があります。</translation>
    </message>
    <message>
        <source>No expiry (exp) in this token.</source>
        <translation>このトークンには有効期限 (exp) がありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expires in %1&lt;/b&gt; (at %2)</source>
        <translation>&lt;b&gt;あと %1 で期限切れ&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>期限切れ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard for %n second(s). It is a secret: paste it only where it belongs.</source>
        <translation>
            <numerusform>%1をクリップボードにコピーしました（%n 秒後に消去されます）。これは秘密情報です。必要な場所にだけ貼り付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT from Keycloak</source>
        <translation>Keycloak の JWT</translation>
    </message>
    <message>
        <source>Your role changed since this token was issued; it applies to personal access tokens now and to the login token at the next sign-in.</source>
        <translation>このトークンの発行後にロールが変更されました。新しいロールは個人アクセストークンには直ちに、ログイントークンには次回のサインインから適用されます。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;; it names no client.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が &lt;b&gt;%2&lt;/b&gt; に発行しました。クライアントの記載はありません。</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; for client %2; it names no user.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; がクライアント %2 向けに発行しました。ユーザーの記載はありません。</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt;; it names no user and no client.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が発行しました。ユーザーとクライアントの記載はありません。</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt; for client %2; it names no issuer.</source>
        <translation>クライアント %2 向けに &lt;b&gt;%1&lt;/b&gt; に発行されました。発行者の記載はありません。</translation>
    </message>
    <message>
        <source>Issued to &lt;b&gt;%1&lt;/b&gt;; it names no issuer and no client.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; に発行されました。発行者とクライアントの記載はありません。</translation>
    </message>
    <message>
        <source>Issued for client %1; it names no issuer and no user.</source>
        <translation>クライアント %1 向けに発行されました。発行者とユーザーの記載はありません。</translation>
    </message>
    <message>
        <source>The token names no issuer, no user and no client.</source>
        <translation>トークンには発行者、ユーザー、クライアントのいずれの記載もありません。</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in — TokenDesk</source>
        <translation>サインイン — TokenDesk</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Tenants…</source>
        <translation>テナント…</translation>
    </message>
    <message>
        <source>Manage tenants</source>
        <translation>テナントの管理</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>&lt;a href="#pat"&gt;Use a personal access token instead&lt;/a&gt;</source>
        <translation>&lt;a href="#pat"&gt;代わりに個人用アクセストークンを使う&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Use a personal access token instead</source>
        <translation>代わりに個人用アクセストークンを使う</translation>
    </message>
    <message>
        <source>mat-…</source>
        <translation>mat-…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>Sign in with token</source>
        <translation>トークンでサインイン</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>ブラウザーを待っています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>サインインのメッセージ</translation>
    </message>
    <message>
        <source>Paste a personal access token (it starts with “mat-”) first.</source>
        <translation>先に個人用アクセストークン（「mat-」で始まるもの）を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not a Moderne personal access token: those start with “mat-”. Create one on the platform's Access tokens page or in TokenDesk.</source>
        <translation>これは Moderne の個人用アクセストークンではありません（個人用アクセストークンは「mat-」で始まります）。プラットフォームの「Access tokens」ページか TokenDesk で作成してください。</translation>
    </message>
    <message>
        <source>Signs in at %1</source>
        <translation>サインイン先: %1</translation>
    </message>
    <message>
        <source>Moderne tokens in one window</source>
        <translation>Moderne のトークンを 1 つのウィンドウで</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The sign-in server refused the authorization code (%1). Sign in again.</source>
        <translation>サインインサーバーが認可コードを拒否しました（%1）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Access was denied at the sign-in page (%1).</source>
        <translation>サインインページでアクセスが拒否されました（%1）。</translation>
    </message>
    <message>
        <source>The sign-in server does not know the client id (%1). Check the client id in the tenant settings.</source>
        <translation>サインインサーバーがクライアント ID（%1）を認識していません。テナント設定のクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”.</source>
        <translation>サインインサーバーから「%1」が報告されました。</translation>
    </message>
    <message>
        <source>The sign-in server reported “%1”: %2</source>
        <translation>サインインサーバーから「%1」が報告されました: %2</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint could not be reached (%1). Check your network, then sign in again.</source>
        <translation>サインインサーバーのトークンエンドポイントに接続できませんでした（%1）。ネットワークを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered HTTP %1. Try again later.</source>
        <translation>サインインサーバーのトークンエンドポイントが HTTP %1 を返しました。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint answered without an access token. Check the issuer URL in the tenant settings.</source>
        <translation>サインインサーバーのトークンエンドポイントがアクセストークンを返しませんでした。テナント設定の発行者 (issuer) URL を確認してください。</translation>
    </message>
    <message>
        <source>the sign-in server's token endpoint at %1</source>
        <translation>%1 のサインインサーバーのトークンエンドポイント</translation>
    </message>
    <message>
        <source>TokenDesk received your sign-in.</source>
        <translation>TokenDesk はサインインを受け取りました。</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>このタブを閉じて TokenDesk に戻ってかまいません。</translation>
    </message>
    <message>
        <source>The sign-in server's token endpoint</source>
        <translation>サインインサーバーのトークンエンドポイント</translation>
    </message>
</context>
<context>
    <name>LoopbackServer</name>
    <message>
        <source>TokenDesk could not listen for the browser on 127.0.0.1 (%1).</source>
        <translation>TokenDesk は 127.0.0.1 でブラウザーからの応答を待ち受けできませんでした（%1）。</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>認可は拒否されました</translation>
    </message>
    <message>
        <source>This response does not belong to an authorization TokenDesk is waiting for, so TokenDesk ignored it. Return to TokenDesk.</source>
        <translation>この応答は TokenDesk が待っている認可のものではないため、TokenDesk は無視しました。TokenDesk に戻ってください。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <source>TokenDesk did not accept this request.</source>
        <translation>TokenDesk はこのリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>TokenDesk did not understand this request.</source>
        <translation>TokenDesk はこのリクエストを理解できませんでした。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>ここには何もありません。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <source>TokenDesk expects the browser's redirect.</source>
        <translation>TokenDesk はブラウザーからのリダイレクトを待っています。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信しました</translation>
    </message>
    <message>
        <source>You can close this tab and return to TokenDesk.</source>
        <translation>このタブを閉じて TokenDesk に戻ってかまいません。</translation>
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
        <translation>ペイン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>TokenDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>テナント(&amp;T)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Switch tenant (each keeps its own sign-in)</source>
        <translation>テナントを切り替え（サインインはテナントごとに保持されます）</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>TokenDesk について</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk — %1</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>ロールなし</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>テナントの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>トークンを検査(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Login tokens, personal access tokens and SCM connections of a Moderne tenant, in one window. Token values stay in memory and in your keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne documentation&lt;/a&gt; · &lt;a href="%3"&gt;Access tokens on Moderne&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Moderne テナントのログイントークン、個人用アクセストークン、SCM 接続を 1 つのウィンドウで管理します。トークンの値はメモリとキーチェーンにのみ保持されます。&lt;/p&gt;&lt;p&gt;MIT ライセンスの下で提供されています。&lt;/p&gt;&lt;p&gt;&lt;a href="%2"&gt;Moderne ドキュメント&lt;/a&gt; · &lt;a href="%3"&gt;Moderne のアクセストークン&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Qt %4 でビルド、Qt %5 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3 (platform %4)</source>
        <translation>%1 としてサインイン中 · %2 · %3 (プラットフォーム %4)</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>トークン(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>The token to renew is no longer in your list.</source>
        <translation>更新するトークンは一覧にもうありません。</translation>
    </message>
    <message>
        <source>&amp;Export expiries to calendar…</source>
        <translation>有効期限をカレンダーにエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the expiry dates of your personal access tokens as an iCalendar (.ics) file</source>
        <translation>個人用アクセストークンの有効期限を iCalendar (.ics) ファイルとして保存します</translation>
    </message>
    <message>
        <source>&amp;Offboard user…</source>
        <translation>ユーザーのオフボーディング(&amp;O)…</translation>
    </message>
    <message>
        <source>Export expiries to calendar</source>
        <translation>有効期限をカレンダーにエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Sign in to export your token expiries.</source>
        <translation>トークンの有効期限をエクスポートするにはサインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the expiry of %n token(s) to %1.</source>
        <translation>
            <numerusform>%n 個のトークンの有効期限を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>カレンダーを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Not every page of your tokens could be read.</source>
        <translation>トークンの一部のページを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>&amp;Copy token</source>
        <translation>トークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>キーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>トークンを作成しました</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token “%1” created&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;トークン「%1」を作成しました&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: this is the only time TokenDesk can show it.&lt;/b&gt; The server keeps no readable copy, so it cannot be shown again; if you lose it, revoke it and create another.</source>
        <translation>&lt;b&gt;今すぐコピーしてください。TokenDesk がこの値を表示できるのは今回だけです。&lt;/b&gt;サーバーには読み取り可能なコピーが残らないため、二度と表示できません。紛失した場合は、このトークンを取り消して新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>It expires %1 (%2).</source>
        <translation>有効期限は %1（%2）です。</translation>
    </message>
    <message>
        <source>It never expires: revoke it when it is no longer needed.</source>
        <translation>有効期限はありません。不要になったら取り消してください。</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>トークンの値</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>トークンの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system's keychain under “%1”.</source>
        <translation>トークンをオペレーティングシステムのキーチェーンに「%1」として保存します。</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message numerus="yes">
        <source>The token is on the clipboard; TokenDesk clears it there in %n second(s) unless you have copied something else.</source>
        <translation>
            <numerusform>トークンをクリップボードにコピーしました。ほかのものをコピーしない限り、TokenDesk は %n 秒後にクリップボードから消去します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>キーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Saved in the keychain as “%1”.</source>
        <translation>キーチェーンに「%1」として保存しました。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>キーチェーンにトークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>コピーせずに閉じますか?</translation>
    </message>
    <message>
        <source>You have not copied the token or saved it in the keychain. It cannot be shown again once this window closes.</source>
        <translation>トークンをコピーしていないか、キーチェーンに保存していません。このウィンドウを閉じると、二度と表示できません。</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>このまま閉じる</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Or sign the Moderne CLI in on this machine: run these two commands, then paste the token when the CLI waits for it and press Enter. The CLI reads the token on standard input, so it never reaches your shell's history.</source>
        <translation>または、このマシンで Moderne CLI にサインインします: 次の 2 つのコマンドを実行し、CLI が待機したらトークンを貼り付けて Enter キーを押してください。CLI はトークンを標準入力から読み取るため、シェルの履歴には残りません。</translation>
    </message>
    <message>
        <source>Moderne CLI commands</source>
        <translation>Moderne CLI のコマンド</translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation>コマンドをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;tenant URL&gt;</source>
        <translation>&lt;テナントの URL&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This tenant allows tokens of at most %n day(s). The CLI's own browser login (mod config moderne login) creates 365-day tokens, which the tenant refuses: pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD</source>
        <translation>
            <numerusform>このテナントで許可されるトークンの有効期間は最長 %n 日です。CLI 自身のブラウザーログイン (mod config moderne login) は 365 日のトークンを作成するため、テナントに拒否されます。有効期間を自分で指定してください。例: mod config moderne login --expiration P%nD</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands are on the clipboard: paste them into a terminal, then copy the token and paste it when the CLI waits for it.</source>
        <translation>コマンドをクリップボードにコピーしました。ターミナルに貼り付けてから、トークンをコピーし、CLI が待機したら貼り付けてください。</translation>
    </message>
    <message>
        <source>It begins with %1 (the list of tokens shows this too).</source>
        <translation>先頭は %1 です (トークンの一覧にも表示されます)。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>Login token</source>
        <translation>ログイントークン</translation>
    </message>
    <message>
        <source>SCM tokens</source>
        <translation>SCM トークン</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>TokenDesk warns you on the desktop before a token expires. Choose what to be warned about and how early.</source>
        <translation>TokenDesk はトークンの有効期限が切れる前にデスクトップで警告します。警告の対象と、どれくらい前に警告するかを選択してください。</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分前</translation>
    </message>
    <message>
        <source>Not when the login token will be renewed on its own.</source>
        <translation>ログイントークンが自動的に更新される場合は警告しません。</translation>
    </message>
    <message>
        <source> days before, once a day</source>
        <translation> 日前から、1 日 1 回</translation>
    </message>
    <message>
        <source>Minutes of warning before the login token expires</source>
        <translation>ログイントークンの有効期限が切れる何分前に警告するか</translation>
    </message>
    <message>
        <source>Minutes of warning before an SCM token expires</source>
        <translation>SCM トークンの有効期限が切れる何分前に警告するか</translation>
    </message>
    <message>
        <source>Days of warning before a personal access token expires</source>
        <translation>個人用アクセストークンの有効期限が切れる何日前に警告するか</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <source>Offboard a user</source>
        <translation>ユーザーのオフボーディング</translation>
    </message>
    <message>
        <source>User's &amp;email:</source>
        <translation>ユーザーのメール(&amp;E):</translation>
    </message>
    <message>
        <source>User's email</source>
        <translation>ユーザーのメール</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <source>Look up the user</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>The user's tokens</source>
        <translation>ユーザーのトークン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>最近のイベント(&amp;E)</translation>
    </message>
    <message>
        <source>The user's recent audit events</source>
        <translation>ユーザーの最近の監査イベント</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Their SCM connections are their own: administrators cannot see or disconnect them. Deleting the user ends their access to the tenant.</source>
        <translation>SCM 接続はユーザー本人のものです。管理者は参照も切断もできません。ユーザーを削除すると、テナントへのアクセスは終了します。</translation>
    </message>
    <message>
        <source>&amp;Revoke all their tokens…</source>
        <translation>すべてのトークンを取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete the user and all their tokens…</source>
        <translation>ユーザーとすべてのトークンを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>記録を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>last active %1 (%2)</source>
        <translation>最終アクティブ: %1 (%2)</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>アクティブ履歴なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n personal access token(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · 個人用アクセストークン %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>the same description as another of their tokens</source>
        <translation>同じユーザーの別のトークンと同じ説明</translation>
    </message>
    <message numerus="yes">
        <source>named in their events of the last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間のイベントで言及</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1” (%2): %3</source>
        <translation>• 「%1」(%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) may be used by automation (a CLI, a pipeline); revoking them stops it:</source>
        <translation>
            <numerusform>%n 個のトークンは自動処理（CLI、パイプライン）で使われている可能性があります。取り消すと、その処理は停止します:</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit events could not be read: %1</source>
        <translation>監査イベントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Recent &amp;events (%1)</source>
        <translation>最近のイベント (%1)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tokens (%1)</source>
        <translation>トークン (%1)(&amp;T)</translation>
    </message>
    <message>
        <source>These look like automation (a CLI, a pipeline) and stop working too:</source>
        <translation>以下は自動処理（CLI、パイプライン）と思われ、これらも動作しなくなります:</translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n personal access token(s) of &lt;b&gt;%1&lt;/b&gt;. Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; の個人用アクセストークン %n 個をすべて取り消します。それらを使うスクリプト、CLI、プラグインはすぐに動かなくなり、元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the user &lt;b&gt;%1&lt;/b&gt; and all %n of their personal access token(s). Every script, CLI and plugin using them stops working at once, and it cannot be undone.</source>
        <translation>
            <numerusform>ユーザー &lt;b&gt;%1&lt;/b&gt; と、その個人用アクセストークン %n 個をすべて削除します。それらを使うスクリプト、CLI、プラグインはすぐに動かなくなり、元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all tokens of %1</source>
        <translation>%1 のトークンをすべて取り消す</translation>
    </message>
    <message>
        <source>Delete the user %1</source>
        <translation>ユーザー %1 を削除</translation>
    </message>
    <message>
        <source>Type the user's email to confirm:</source>
        <translation>確認のため、ユーザーのメールアドレスを入力してください:</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>すべて取り消す</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Revoking all tokens of %1…</source>
        <translation>%1 のトークンをすべて取り消し中…</translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation>ユーザー %1 を削除中…</translation>
    </message>
    <message>
        <source>Deleted with the user.</source>
        <translation>ユーザーとともに削除されました。</translation>
    </message>
    <message>
        <source>%1 The answer was lost: the server may have acted. It was not sent again.</source>
        <translation>%1 応答が失われました。サーバーは処理を実行した可能性があります。リクエストは再送信していません。</translation>
    </message>
    <message>
        <source>Save the receipt with “Save receipt…”.</source>
        <translation>「記録を保存…」で記録を保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked all %n token(s) of %1.</source>
        <translation>
            <numerusform>%1 のトークン %n 個をすべて取り消しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the user %1 and %n token(s).</source>
        <translation>
            <numerusform>ユーザー %1 とトークン %n 個を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to revoking all tokens of %1 was lost (%2): the outcome is unknown.</source>
        <translation>%1 の全トークンの取り消しに対する応答が失われました (%2)。結果は不明です。</translation>
    </message>
    <message>
        <source>The answer to deleting the user %1 was lost (%2): the outcome is unknown.</source>
        <translation>ユーザー %1 の削除に対する応答が失われました (%2)。結果は不明です。</translation>
    </message>
    <message>
        <source>TokenDesk did not send it again; it read the user again, and the list shows what the server holds now.</source>
        <translation>TokenDesk はリクエストを再送信していません。ユーザーを読み直したので、一覧にはサーバー上の現在の状態が表示されています。</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked: %2</source>
        <translation>%1 のトークンは取り消されませんでした: %2</translation>
    </message>
    <message>
        <source>The user %1 was not deleted: %2</source>
        <translation>ユーザー %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Save the offboarding receipt</source>
        <translation>オフボーディングの記録を保存</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server's discovery document is not valid JSON (%1).</source>
        <translation>サインインサーバーのディスカバリードキュメントが有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The discovery document names the issuer “%1”, but TokenDesk asked “%2”. Check the issuer URL in the tenant settings.</source>
        <translation>ディスカバリードキュメントの発行者 (issuer) は「%1」ですが、TokenDesk が問い合わせたのは「%2」です。テナント設定の発行者 (issuer) URL を確認してください。</translation>
    </message>
    <message>
        <source>The discovery document has no %1, so TokenDesk cannot sign in there.</source>
        <translation>ディスカバリードキュメントに %1 がないため、TokenDesk はそこでサインインできません。</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which TokenDesk requires.</source>
        <translation>サインインサーバーが、TokenDesk に必要な S256 方式の PKCE をサポートしていません。</translation>
    </message>
    <message>
        <source>The sign-in server at %1 could not be reached (%2). Check the tenant address and your network connection, then try again.</source>
        <translation>%1 のサインインサーバーに接続できませんでした（%2）。テナントのアドレスとネットワーク接続を確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1 for its discovery document at %2. Check the issuer URL in the tenant settings.</source>
        <translation>サインインサーバーが %2 のディスカバリードキュメントに対して HTTP %1 を返しました。テナント設定の発行者 (issuer) URL を確認してください。</translation>
    </message>
    <message>
        <source>the sign-in server at %1</source>
        <translation>%1 のサインインサーバー</translation>
    </message>
    <message>
        <source>The discovery document's %1 is refused: %2</source>
        <translation>ディスカバリードキュメントの %1 は受け付けられません: %2</translation>
    </message>
    <message>
        <source>The sign-in server does not say that it supports PKCE with S256 (its discovery document has no code_challenge_methods_supported), so TokenDesk will not sign in there.</source>
        <translation>サインインサーバーは S256 方式の PKCE をサポートしていることを示していません（ディスカバリードキュメントに code_challenge_methods_supported がありません）。そのため、TokenDesk はこのサーバーではサインインしません。</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>サインインサーバー</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 を読み込めませんでした (%2)。</translation>
    </message>
    <message>
        <source>%1 has no function %2.</source>
        <translation>%1 に関数 %2 がありません。</translation>
    </message>
</context>
<context>
    <name>PaneRegistry</name>
    <message>
        <source>Access tokens</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>&amp;Access tokens</source>
        <translation>アクセストークン(&amp;A)</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM 接続</translation>
    </message>
    <message>
        <source>&amp;SCM connections</source>
        <translation>SCM 接続(&amp;S)</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>ログイントークン</translation>
    </message>
    <message>
        <source>&amp;Login token</source>
        <translation>ログイントークン(&amp;L)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>アクティビティ(&amp;V)</translation>
    </message>
    <message>
        <source>Token hygiene</source>
        <translation>トークンの衛生管理</translation>
    </message>
    <message>
        <source>Token &amp;hygiene</source>
        <translation>トークンの衛生管理(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ReceiptFile</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>記録を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>記録を %1 に保存しました。</translation>
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
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered with more than %3; TokenDesk stopped reading.</source>
        <translation>%1（%2）が %3 を超える応答を返したため、TokenDesk は読み取りを中止しました。</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to %3; TokenDesk did not follow it.</source>
        <translation>%1（%2）が %3 にリダイレクトしましたが、TokenDesk はリダイレクトに従いませんでした。</translation>
    </message>
</context>
<context>
    <name>RevocationReceipt</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>トークンのローテーション</translation>
    </message>
    <message>
        <source>A new token “%1” replaces this one: it gets the new value where you choose, and the old token is revoked after that, never before.</source>
        <translation>新しいトークン「%1」がこのトークンを置き換えます。新しい値は指定した場所に渡され、その後で (決して先にではなく) 古いトークンが取り消されます。</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>有効期間 (日)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>New token's lifetime:</source>
        <translation>新しいトークンの有効期間:</translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s), so the new token lives shorter than the old one (%1 days).</source>
        <translation>
            <numerusform>テナントはトークンの有効期間を最大 %n 日に制限しているため、新しいトークンは古いトークン (%1 日) より短くなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tenant allows tokens for at most %n day(s); the old token never expires, the new one will.</source>
        <translation>
            <numerusform>テナントはトークンの有効期間を最大 %n 日に制限しています。古いトークンは無期限ですが、新しいトークンには期限があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the new value:</source>
        <translation>新しい値の渡し先:</translation>
    </message>
    <message>
        <source>In the keychain, in place of the old token's entry</source>
        <translation>キーチェーン内 (古いトークンのエントリを置き換え)</translation>
    </message>
    <message>
        <source>The keychain holds no value of the old token.</source>
        <translation>キーチェーンに古いトークンの値がありません。</translation>
    </message>
    <message>
        <source>On the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>In the Moderne CLI (mod config moderne login, on its standard input)</source>
        <translation>Moderne CLI (mod config moderne login の標準入力)</translation>
    </message>
    <message>
        <source>mod is not on the PATH.</source>
        <translation>mod が PATH にありません。</translation>
    </message>
    <message>
        <source>When I confirm</source>
        <translation>確認したとき</translation>
    </message>
    <message>
        <source>Right after the hand-off</source>
        <translation>受け渡しの直後</translation>
    </message>
    <message>
        <source>1 hour after the hand-off</source>
        <translation>受け渡しの 1 時間後</translation>
    </message>
    <message>
        <source>1 day after the hand-off</source>
        <translation>受け渡しの 1 日後</translation>
    </message>
    <message>
        <source>Revoke the old token:</source>
        <translation>古いトークンの取り消し:</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
</context>
<context>
    <name>RotationJournal</name>
    <message>
        <source>Cannot make the folder %1 for the rotation journal.</source>
        <translation>ローテーションジャーナル用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot read the rotation journal %1: %2.</source>
        <translation>ローテーションジャーナル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged; move it away to start afresh.</source>
        <translation>ローテーションジャーナル %1 が破損しています。最初からやり直すには、別の場所へ移動してください。</translation>
    </message>
    <message>
        <source>Cannot write the rotation journal %1: %2.</source>
        <translation>ローテーションジャーナル %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>The rotation journal (%1) is locked by another program; try again when it has finished.</source>
        <translation>ローテーションジャーナル (%1) は別のプログラムがロックしています。終了してからやり直してください。</translation>
    </message>
    <message>
        <source>Another tokendesk-cli (process %1) is working on the rotation journal (%2); try again when it has finished.</source>
        <translation>別の tokendesk-cli (プロセス %1) がローテーションジャーナル (%2) を使用中です。終了してからやり直してください。</translation>
    </message>
    <message>
        <source>TokenDesk (process %1) is rotating a token with the rotation journal (%2); try again when it has finished.</source>
        <translation>TokenDesk (プロセス %1) がローテーションジャーナル (%2) でトークンをローテーション中です。終了してからやり直してください。</translation>
    </message>
    <message>
        <source>Another program (%1, process %2) holds the rotation journal (%3); try again when it has finished.</source>
        <translation>別のプログラム (%1、プロセス %2) がローテーションジャーナル (%3) を保持しています。終了してからやり直してください。</translation>
    </message>
</context>
<context>
    <name>SavedTokens</name>
    <message numerus="yes">
        <source>Moved %n keychain entry(s) to the token's id: %1.</source>
        <translation>
            <numerusform>%n 件のキーチェーン項目をトークンの ID に移しました: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n keychain entry(s) under the old name, because several tokens have that description: %1.</source>
        <translation>
            <numerusform>同じ説明のトークンが複数あるため、%n 件のキーチェーン項目を古い名前のまま残しました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move the keychain entries of %1; TokenDesk tries again next time.</source>
        <translation>%1 のキーチェーン項目を移せませんでした。次回もう一度試します。</translation>
    </message>
</context>
<context>
    <name>ScmAuthorizationListener</name>
    <message>
        <source>The authorization request expired before the browser came back. Connect again.</source>
        <translation>ブラウザーから戻る前に認可リクエストの有効期限が切れました。もう一度接続してください。</translation>
    </message>
    <message>
        <source>The browser came back with a response that does not belong to this authorization (the state does not match), so TokenDesk rejected it. Connect again.</source>
        <translation>ブラウザーから戻った応答はこの認可のものではない（state が一致しない）ため、TokenDesk は拒否しました。もう一度接続してください。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The provider did not grant access. You can close this tab and return to TokenDesk.</source>
        <translation>プロバイダーがアクセスを許可しませんでした。このタブを閉じて TokenDesk に戻ってかまいません。</translation>
    </message>
    <message>
        <source>Access was denied on the provider's authorization page.</source>
        <translation>プロバイダーの認可ページでアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The provider reported “%1”.</source>
        <translation>プロバイダーから「%1」が報告されました。</translation>
    </message>
    <message>
        <source>The provider reported “%1”: %2</source>
        <translation>プロバイダーから「%1」が報告されました: %2</translation>
    </message>
    <message>
        <source>Authorization incomplete</source>
        <translation>認可が完了していません</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Return to TokenDesk and connect again.</source>
        <translation>プロバイダーの応答に「%1」がありません。TokenDesk に戻って、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The provider's response lacks “%1”. Connect again.</source>
        <translation>プロバイダーの応答に「%1」がありません。もう一度接続してください。</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>認可を受け取りました</translation>
    </message>
    <message>
        <source>TokenDesk received the authorization. You can close this tab and return to TokenDesk.</source>
        <translation>TokenDesk は認可を受け取りました。このタブを閉じて TokenDesk に戻ってかまいません。</translation>
    </message>
</context>
<context>
    <name>ScmConnectFlow</name>
    <message>
        <source>The authorization could not be started: %1</source>
        <translation>認可を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The server sent an authorization address TokenDesk will not open: %1</source>
        <translation>サーバーから送られた認可アドレスは、TokenDesk が開かないアドレスです: %1</translation>
    </message>
    <message>
        <source>The authorization request expired before it could be opened. Check the computer's clock, then connect again.</source>
        <translation>認可リクエストを開く前に有効期限が切れました。コンピューターの時計を確認してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>TokenDesk could not open the browser. Open this address yourself: %1</source>
        <translation>TokenDesk はブラウザーを開けませんでした。次のアドレスを手動で開いてください: %1</translation>
    </message>
    <message>
        <source>The authorization could not be completed: %1</source>
        <translation>認可を完了できませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not accept the authorization.</source>
        <translation>サーバーが認可を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>接続を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection.</source>
        <translation>サーバーが接続を削除しませんでした。</translation>
    </message>
    <message>
        <source>The connection could not be removed, so it was not connected again: %1</source>
        <translation>接続を削除できなかったため、再接続しませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not remove the connection, so it was not connected again.</source>
        <translation>サーバーが接続を削除しなかったため、再接続しませんでした。</translation>
    </message>
    <message>
        <source>The server sent an authorization address without a state, so TokenDesk could not tell the provider's answer from a forged one. It did not open it.</source>
        <translation>サーバーから送られた認可アドレスに state がないため、TokenDesk はプロバイダーの応答と偽造された応答を区別できません。このアドレスは開きませんでした。</translation>
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
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation>接続日時: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>期限切れ: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>renewal due now</source>
        <translation>更新時刻です</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>The platform reports this connection as invalid. “Connect again” disconnects it and connects it afresh, as the platform's documentation advises.</source>
        <translation>プラットフォームはこの接続を無効と報告しています。「再接続」は、プラットフォームのドキュメントの推奨どおり、接続を切断してから新たに接続します。</translation>
    </message>
    <message>
        <source>The platform renews this credential automatically; the current one is due for renewal %1.</source>
        <translation>プラットフォームがこの資格情報を自動的に更新します。現在の資格情報の更新予定: %1。</translation>
    </message>
    <message>
        <source>renewal due in %1</source>
        <translation>更新まで %1</translation>
    </message>
    <message>
        <source>Until renewal</source>
        <translation>更新まで</translation>
    </message>
    <message>
        <source>auto-renews %1</source>
        <translation>自動更新 %1</translation>
    </message>
    <message>
        <source>auto-renews in a moment</source>
        <translation>まもなく自動更新</translation>
    </message>
</context>
<context>
    <name>ScmPane</name>
    <message>
        <source>&lt;h2&gt;SCM connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SCM 接続&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Their OAuth tokens last up to 8 hours; the bar empties as the time runs out.</source>
        <translation>Moderne があなたに代わってアクセスできるソースコードホストです。OAuth トークンの有効期間は最長 8 時間で、残り時間が減るにつれてバーが短くなります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>SCM connections</source>
        <translation>SCM 接続</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>切断中…</translation>
    </message>
    <message>
        <source>Waiting for the browser: authorize TokenDesk at %1, then come back. (&lt;a href="%2"&gt;Open the page again&lt;/a&gt;; this request expires at %3.)</source>
        <translation>ブラウザーを待っています: %1 で TokenDesk を認可してから、ここに戻ってください。（&lt;a href="%2"&gt;ページをもう一度開く&lt;/a&gt;。このリクエストの有効期限は %3 です。）</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>%1 から切断しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 を切断しますか?</translation>
    </message>
    <message>
        <source>Disconnect your Moderne account from %1?</source>
        <translation>Moderne アカウントを %1 から切断しますか?</translation>
    </message>
    <message>
        <source>Moderne will no longer be able to reach %1 on your behalf until you connect again.</source>
        <translation>もう一度接続するまで、Moderne はあなたに代わって %1 にアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%2 件中 %1 件接続済み</translation>
    </message>
    <message>
        <source>Disconnected from %1; connecting it again in the browser…</source>
        <translation>%1 から切断しました。ブラウザーで再接続しています…</translation>
    </message>
    <message>
        <source>Source code hosts that Moderne may access on your behalf. Where a host's credentials expire (GitHub App tokens: 8 hours), the platform renews them automatically: the bar shows the time until the next renewal. Connections unused for 90 days are removed by the platform.</source>
        <translation>Moderne があなたに代わってアクセスできるソースコードホストです。ホストの資格情報に有効期限がある場合 (GitHub App トークン: 8 時間)、プラットフォームが自動的に更新します。バーは次回の更新までの時間を示します。90 日間使用されていない接続はプラットフォームによって削除されます。</translation>
    </message>
    <message>
        <source>Connect %1 again?</source>
        <translation>%1 に再接続しますか?</translation>
    </message>
    <message>
        <source>The platform reports the connection to %1 as invalid.</source>
        <translation>プラットフォームは %1 への接続を無効と報告しています。</translation>
    </message>
    <message>
        <source>“Connect again” disconnects it, then connects it afresh: your browser opens %1's consent page.</source>
        <translation>「再接続」は接続を切断してから新たに接続します。ブラウザーで %1 の同意ページが開きます。</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
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
        <translation>テナント: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusWidget</name>
    <message>
        <source>Session status</source>
        <translation>セッションの状態</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>サインアウトしました — もう一度サインインしてください</translation>
    </message>
    <message>
        <source>Signed in with a personal access token</source>
        <translation>個人用アクセストークンでサインイン中</translation>
    </message>
    <message>
        <source>A personal access token is not refreshed; it lasts until it expires or is revoked.</source>
        <translation>個人用アクセストークンは更新されません。有効期限が切れるか取り消されるまで有効です。</translation>
    </message>
    <message>
        <source>Login token: %1 left</source>
        <translation>ログイントークン: 残り %1</translation>
    </message>
    <message>
        <source>The login token expires %1; TokenDesk renews it before then.</source>
        <translation>ログイントークンの有効期限は %1 です。TokenDesk はそれまでに更新します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A token you copy is removed from the clipboard after this time, unless you have copied something else since.</source>
        <translation>コピーしたトークンは、この時間が経過するとクリップボードから消去されます（その間に別のものをコピーした場合を除く）。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>クリップボードを消去するまでの時間(&amp;C):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and its client id. Switch between them from the Tenant menu.</source>
        <translation>テナントごとに、URL、Keycloak 発行者 (issuer)、GraphQL API、クライアント ID を含む独自のサインインが保持されます。テナントの切り替えは「テナント」メニューから行います。</translation>
    </message>
    <message>
        <source>&amp;Manage tenants…</source>
        <translation>テナントの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>TokenDesk uses the new language the next time it starts.</source>
        <translation>新しい言語は TokenDesk の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>In panes</source>
        <translation>ペイン内</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation>「%1」は完全な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send tokens unencrypted over the network. Use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>%1 は暗号化されていない http:// を使用しているため、トークンが暗号化されずにネットワークに送信されます。https:// を使用してください。http:// はこのコンピューター (127.0.0.1) に対してのみ許可されます。</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation>クライアント ID が空です。</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Acme</source>
        <translation>Acme</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>テナント URL</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>発行者 (issuer) URL</translation>
    </message>
    <message>
        <source>GraphQL API URL</source>
        <translation>GraphQL API URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Fill in from tenant URL</source>
        <translation>テナント URL から入力</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>テナント URL:</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>発行者 (issuer) URL:</translation>
    </message>
    <message>
        <source>GraphQL API URL:</source>
        <translation>GraphQL API URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>TokenDesk can only propose addresses for https://&lt;tenant&gt;.moderne.io; fill in the issuer and API URL yourself.</source>
        <translation>TokenDesk がアドレスを提案できるのは https://&lt;tenant&gt;.moderne.io の場合だけです。発行者 (issuer) URL と API URL を手動で入力してください。</translation>
    </message>
    <message>
        <source>Every tenant needs a display name.</source>
        <translation>すべてのテナントに表示名が必要です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <source>Platform generation</source>
        <translation>プラットフォーム世代</translation>
    </message>
    <message>
        <source>v2 — today's platform (sends “X-Moderne-Platform-Version: v2”)</source>
        <translation>v2 — 現在のプラットフォーム (「X-Moderne-Platform-Version: v2」を送信)</translation>
    </message>
    <message>
        <source>v1 — the first generation</source>
        <translation>v1 — 第 1 世代</translation>
    </message>
    <message>
        <source>v1: administrators' tokens work only within 14 days of their last sign-in; SCM tokens expire after 8 hours and must be connected again.</source>
        <translation>v1: 管理者のトークンは最後のサインインから 14 日以内のみ有効です。SCM トークンは 8 時間で期限切れになり、再接続が必要です。</translation>
    </message>
    <message>
        <source>v2: tokens act with the owner's current role; the platform renews SCM credentials itself; no 14-day rule for administrators.</source>
        <translation>v2: トークンは所有者の現在のロールで動作します。SCM の資格情報はプラットフォームが自動で更新します。管理者の 14 日ルールはありません。</translation>
    </message>
    <message>
        <source>Switch to this tenant</source>
        <translation>このテナントに切り替え</translation>
    </message>
    <message>
        <source>Keep the changes and switch to the selected tenant (OK only keeps the changes)</source>
        <translation>変更を保存して選択したテナントに切り替えます（OK は変更の保存のみ）</translation>
    </message>
    <message>
        <source>The tenant in use</source>
        <translation>使用中のテナント</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of token expiries</source>
        <translation>トークンの有効期限のタイムライン</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>PAT </source>
        <translation>PAT </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>later</source>
        <translation>それ以降</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>● login token   ■ SCM token   ◆ personal access token   (green: fine · amber: soon · red: expired)</source>
        <translation>● ログイントークン   ■ SCM トークン   ◆ 個人用アクセストークン   （緑: 問題なし · 黄: まもなく期限切れ · 赤: 期限切れ）</translation>
    </message>
    <message>
        <source>Nothing expires in the next 8 hours.</source>
        <translation>今後 8 時間以内に有効期限が切れるものはありません。</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>ログイントークン</translation>
    </message>
    <message>
        <source>SCM token</source>
        <translation>SCM トークン</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4</source>
        <translation>%1 %2
%3 %4</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>タイムラインを表示</translation>
    </message>
    <message>
        <source>Hide timeline</source>
        <translation>タイムラインを非表示</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain</source>
        <translation>チェーン内の自己署名証明書</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>このコンピューターが信頼していない認証局による発行</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <translation>期限切れの証明書</translation>
    </message>
    <message>
        <source>certificate not yet valid</source>
        <translation>まだ有効になっていない証明書</translation>
    </message>
    <message>
        <source>issued for another host name</source>
        <translation>別のホスト名向けに発行</translation>
    </message>
    <message>
        <source>revoked certificate</source>
        <translation>失効した証明書</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1): TokenDesk did not connect to %2 and sent nothing. Check the address; if it is right, ask your administrator to install your organization's certificate authority on this computer.</source>
        <translation>サーバーの証明書は信頼されていません（%1）。TokenDesk は %2 に接続しておらず、何も送信していません。アドレスを確認してください。正しい場合は、組織の認証局をこのコンピューターにインストールするよう管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>期限切れ: %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This token never expires. Anyone who obtains it can use it until it is revoked.</source>
        <translation>このトークンには有効期限がありません。入手した人は誰でも、取り消されるまで使用できます。</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>期限切れ: %1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>まもなく期限切れ: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>有効期限: %1</translation>
    </message>
</context>
<context>
    <name>TokenHygiene</name>
    <message>
        <source>Never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Outlives the cap</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>Expired, still listed</source>
        <translation>期限切れ (一覧に残存)</translation>
    </message>
    <message>
        <source>Owner inactive</source>
        <translation>所有者が非アクティブ</translation>
    </message>
    <message>
        <source>Same description</source>
        <translation>説明が重複</translation>
    </message>
    <message>
        <source>Admin 14-day rule</source>
        <translation>管理者の 14 日ルール</translation>
    </message>
    <message>
        <source>The token never expires: whoever holds it can use it until it is revoked.</source>
        <translation>このトークンは無期限です。持っている人は取り消されるまで使えます。</translation>
    </message>
    <message numerus="yes">
        <source>The token lives longer than the tenant's current cap of %n day(s); it was created before the cap.</source>
        <translation>
            <numerusform>このトークンはテナントの現在の上限 %n 日より長く有効です。上限の設定前に作成されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant has no cap on a token's lifetime.</source>
        <translation>テナントはトークンの有効期間を制限していません。</translation>
    </message>
    <message>
        <source>The token has expired but the platform still lists it.</source>
        <translation>トークンは期限切れですが、プラットフォームの一覧にまだあります。</translation>
    </message>
    <message numerus="yes">
        <source>The owner has not been active for more than %n day(s), or never.</source>
        <translation>
            <numerusform>所有者は %n 日以上アクティブではありません (または一度もアクティブになっていません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner has several tokens with this description (for example the CLI's repeated logins).</source>
        <translation>所有者はこの説明のトークンを複数持っています (例: CLI の繰り返しログイン)。</translation>
    </message>
    <message numerus="yes">
        <source>v1: an administrator's tokens work only while the administrator has signed in within the last %n day(s); this one no longer works.</source>
        <translation>
            <numerusform>v1: 管理者のトークンは、管理者が過去 %n 日以内にサインインしている間だけ有効です。このトークンはもう使えません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The input is larger than %1 MB: that is not a token.</source>
        <translation>入力が %1 MB を超えています。トークンではありません。</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, or paste it and press Ctrl+D.</source>
        <translation>標準入力にトークンがありません。`pbpaste | tokendesk --inspect` のようにパイプで渡すか、貼り付けてから Ctrl+D を押してください。</translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The new token for “%1” may or may not have been created: %2 It is not asked for again; TokenDesk reloads the list and looks for it. The old token is kept.</source>
        <translation>「%1」の新しいトークンは作成されたかどうか不明です: %2 再要求はしません。TokenDesk が一覧を再読み込みして探します。古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>The new token for “%1” was not created: %2 The old token is kept.</source>
        <translation>「%1」の新しいトークンは作成されませんでした: %2 古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>The new value could not be handed over: %1</source>
        <translation>新しい値を受け渡せませんでした: %1</translation>
    </message>
    <message>
        <source>The old token “%1” was not revoked: %2 TokenDesk tries again when it starts.</source>
        <translation>古いトークン「%1」は取り消されませんでした: %2 TokenDesk は次回起動時に再試行します。</translation>
    </message>
    <message>
        <source>Revoked the old token “%1”.</source>
        <translation>古いトークン「%1」を取り消しました。</translation>
    </message>
    <message>
        <source>The list of tokens could not be read: %1</source>
        <translation>トークンの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The rotation of “%1” created nothing; the old token is kept. Rotate it again.</source>
        <translation>「%1」のローテーションでは何も作成されませんでした。古いトークンは保持されます。もう一度ローテーションしてください。</translation>
    </message>
    <message>
        <source>The rotation of “%1” may have created one of %2, whose values were never shown; revoke the one not in use. The old token is kept.</source>
        <translation>「%1」のローテーションで %2 のいずれかが作成された可能性があります (値は表示されていません)。使われていないものを取り消してください。古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>The token made by the interrupted rotation of “%1” (its value was never handed over) could not be revoked: %2</source>
        <translation>「%1」の中断されたローテーションで作成されたトークン (値は受け渡されていません) を取り消せませんでした: %2</translation>
    </message>
    <message>
        <source>The rotation of “%1” was interrupted before the new value was handed over: the new token was revoked, the old one is kept. Rotate it again.</source>
        <translation>「%1」のローテーションは新しい値の受け渡し前に中断されました。新しいトークンは取り消され、古いトークンは保持されます。もう一度ローテーションしてください。</translation>
    </message>
    <message>
        <source>The answer to the revoke of the old token “%1” was lost: %2 It may or may not have been revoked; TokenDesk does not send it again but reloads the list to see.</source>
        <translation>古いトークン「%1」の取り消しへの応答が失われました: %2 取り消されたかどうかは不明です。TokenDesk は再送信せず、一覧を再読み込みして確認します。</translation>
    </message>
    <message>
        <source>The old token “%1” is still there: its revoke waits for you (right-click it to revoke it now or to keep it).</source>
        <translation>古いトークン「%1」はまだ残っています。取り消しはあなたの操作を待っています (右クリックで今すぐ取り消すか残すかを選べます)。</translation>
    </message>
    <message>
        <source>The old token “%1” was revoked: the list no longer has it.</source>
        <translation>古いトークン「%1」は取り消されました。一覧にはもうありません。</translation>
    </message>
</context>
<context>
    <name>TokenText</name>
    <message>
        <source>(not shown: it may be a token)</source>
        <translation>（表示しません: トークンの可能性があります）</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>The server did not accept the token (HTTP 401): it is wrong, expired or revoked, or (v1) its administrator has not signed in for 14 days.</source>
        <translation>サーバーがトークンを受け付けませんでした（HTTP 401）。トークンが誤っているか、有効期限が切れているか、取り消されています。または (v1) その管理者が 14 日間サインインしていません。</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”: TokenDesk has none yet (or give --api-url).</source>
        <translation>テナントプロファイル「%1」はありません。TokenDesk にはまだプロファイルがありません（または --api-url を指定してください）。</translation>
    </message>
    <message>
        <source>There is no tenant profile “%1”; there are %2.</source>
        <translation>テナントプロファイル「%1」はありません。存在するプロファイル: %2。</translation>
    </message>
    <message>
        <source>No tenant: give --tenant NAME (a profile of the TokenDesk app) or --api-url URL.</source>
        <translation>テナントが指定されていません。--tenant NAME（TokenDesk アプリのプロファイル）または --api-url URL を指定してください。</translation>
    </message>
    <message>
        <source>Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, or sign in to this tenant in TokenDesk with a personal access token and give its --tenant.</source>
        <translation>サインインしていません: トークンがありません。MODERNE_TOKEN を設定するか、--token-stdin にパイプで渡すか、TokenDesk でこのテナントに個人用アクセストークンでサインインしてその --tenant を指定してください。</translation>
    </message>
    <message>
        <source>Not signed in: the keychain could not be read. %1</source>
        <translation>サインインしていません: キーチェーンを読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk has no saved session for “%1”. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>サインインしていません: TokenDesk に「%1」の保存済みセッションがありません。TokenDesk で個人用アクセストークンを使ってサインインするか、MODERNE_TOKEN を設定するか、--token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>Not signed in with a personal access token: TokenDesk's session for “%1” is a browser sign-in, which the command line does not use. Sign in there with a personal access token, set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>個人用アクセストークンでサインインしていません: TokenDesk の「%1」のセッションはブラウザーでのサインインで、コマンドラインでは使用できません。TokenDesk で個人用アクセストークンを使ってサインインするか、MODERNE_TOKEN を設定するか、--token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>The list of tokens could not be read.</source>
        <translation>トークンの一覧を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>ユーザーの一覧を読み取れませんでした。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (期限切れ)</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>トークンはありません。</translation>
    </message>
    <message>
        <source>The token may or may not have been created (it was not asked for again): `tokendesk-cli tokens list` shows what the server holds.</source>
        <translation>トークンが作成されたかどうかは不明です（要求は再送信していません）。サーバー上の状態は `tokendesk-cli tokens list` で確認できます。</translation>
    </message>
    <message>
        <source>The token was not created.</source>
        <translation>トークンは作成されませんでした。</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3.</source>
        <translation>「%1」（%2）を作成しました。有効期限: %3。</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires.</source>
        <translation>「%1」（%2）を作成しました。有効期限はありません。</translation>
    </message>
    <message>
        <source>would revoke  %1</source>
        <translation>取り消し対象  %1</translation>
    </message>
    <message>
        <source>would revoke  %1  (not among your tokens: another user's, or none)</source>
        <translation>取り消し対象  %1  （自分のトークンにはありません。他のユーザーのものか、存在しません）</translation>
    </message>
    <message>
        <source>Dry run: nothing was revoked.</source>
        <translation>ドライラン: 何も取り消していません。</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 は取り消されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: no such token (already revoked, or never there).</source>
        <translation>%1: そのようなトークンはありません（取り消し済みか、最初から存在しません）。</translation>
    </message>
    <message>
        <source>revoked  %1</source>
        <translation>取り消し済み  %1</translation>
    </message>
    <message>
        <source>Dry run: %1 has no tokens.</source>
        <translation>ドライラン: %1 にはトークンがありません。</translation>
    </message>
    <message>
        <source>%1 has no tokens: nothing to revoke.</source>
        <translation>%1 にはトークンがありません。取り消すものはありません。</translation>
    </message>
    <message>
        <source>The tokens of %1 may or may not have been revoked (it was not asked for again).</source>
        <translation>%1 のトークンが取り消されたかどうかは不明です（要求は再送信していません）。</translation>
    </message>
    <message>
        <source>The tokens of %1 were not revoked.</source>
        <translation>%1 のトークンは取り消されませんでした。</translation>
    </message>
    <message>
        <source>The server did not revoke the tokens of %1.</source>
        <translation>サーバーは %1 のトークンを取り消しませんでした。</translation>
    </message>
    <message>
        <source>An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens rotate --resume`.</source>
        <translation>%1（「%2」）の中断されたローテーションが残っています。`tokendesk-cli tokens rotate --resume` を実行してください。</translation>
    </message>
    <message>
        <source>Resuming the rotation of %1 (“%2”).</source>
        <translation>%1（「%2」）のローテーションを再開します。</translation>
    </message>
    <message>
        <source>%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first `tokendesk-cli tokens rotate` run after then.</source>
        <translation>%1（「%2」）は %3 にローテーションされました。%4 以降に最初に実行される `tokendesk-cli tokens rotate` で取り消されます。</translation>
    </message>
    <message>
        <source>%1 was already rotated: rotate %2 instead.</source>
        <translation>%1 はすでにローテーション済みです。代わりに %2 をローテーションしてください。</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) is revoked.</source>
        <translation>古いトークン %1（「%2」）は取り消されています。</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.</source>
        <translation>%1（「%2」）の中断されたローテーションでは何も作成されていません。古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>The interrupted rotation of %1 (“%2”) may have created one of %3; their values were never shown. Revoke the one that is not in use with `tokendesk-cli tokens revoke ID`. The old token is kept.</source>
        <translation>%1（「%2」）の中断されたローテーションで、%3 のいずれかが作成された可能性があります。それらの値は表示されていません。使用していないものを `tokendesk-cli tokens revoke ID` で取り消してください。古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>The token %1 made by the interrupted rotation of %2 (its value was never shown) could not be revoked: %3</source>
        <translation>%2 の中断されたローテーションで作成されたトークン %1（値は表示されていません）を取り消せませんでした: %3</translation>
    </message>
    <message>
        <source>The rotation of %1 (“%2”) was interrupted before the new value was printed: the new token %3 was revoked, the old token is kept.</source>
        <translation>%1（「%2」）のローテーションは、新しい値を出力する前に中断されました。新しいトークン %3 は取り消され、古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>Run `tokendesk-cli tokens rotate %1` to rotate it.</source>
        <translation>ローテーションするには `tokendesk-cli tokens rotate %1` を実行してください。</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).</source>
        <translation>古いトークン %1（「%2」）は、%3 以降に最初に実行される `tokendesk-cli tokens rotate`（例: `tokendesk-cli tokens rotate --resume`）で取り消されます。</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens rotate` run (e.g. with --resume) finishes it.</source>
        <translation>古いトークン %1（「%2」）は取り消されませんでした: %3 次回の `tokendesk-cli tokens rotate` の実行（例: --resume 付き）で完了します。</translation>
    </message>
    <message>
        <source>Revoked the old token %1 (“%2”).</source>
        <translation>古いトークン %1（「%2」）を取り消しました。</translation>
    </message>
    <message>
        <source>The old token %1 (“%2”) was already gone.</source>
        <translation>古いトークン %1（「%2」）はすでに存在しませんでした。</translation>
    </message>
    <message>
        <source>There is no token %1 among your tokens.</source>
        <translation>あなたのトークンの中にトークン %1 はありません。</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read.</source>
        <translation>テナントのトークン有効期間の上限を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s), not %2.</source>
        <translation>テナントが許可するトークンの有効期間は最長 %1 日です。新しいトークンは %2 日ではなく %1 日で期限切れになります。</translation>
    </message>
    <message>
        <source>The tenant allows tokens for at most %1 day(s): the new token expires after %1 day(s) (the old one never expires).</source>
        <translation>テナントが許可するトークンの有効期間は最長 %1 日です。新しいトークンは %1 日で期限切れになります（古いトークンには有効期限がありません）。</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) may or may not have been created; it is not asked for again and the old token is kept. %3 Run `tokendesk-cli tokens rotate --resume` to clean up.</source>
        <translation>%1（「%2」）の新しいトークンが作成されたかどうかは不明です。要求は再送信せず、古いトークンは保持されます。%3 後始末をするには `tokendesk-cli tokens rotate --resume` を実行してください。</translation>
    </message>
    <message>
        <source>The new token for %1 (“%2”) was not created: %3 The old token is kept.</source>
        <translation>%1（「%2」）の新しいトークンは作成されませんでした: %3 古いトークンは保持されます。</translation>
    </message>
    <message>
        <source>Created “%1” (%2), expires %3; it replaces %4.</source>
        <translation>「%1」（%2）を作成しました。有効期限: %3。%4 を置き換えます。</translation>
    </message>
    <message>
        <source>Created “%1” (%2), never expires; it replaces %3.</source>
        <translation>「%1」（%2）を作成しました。有効期限はありません。%3 を置き換えます。</translation>
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
        <translation>接続先と認証（すべてのサブコマンド共通）:
  --tenant NAME      TokenDesk アプリのテナントプロファイル
                     （既定: 最後に使用したもの）
  --api-url URL      プロファイルの代わりに使うテナントの GraphQL API
  --token-stdin      個人用アクセストークンを標準入力から読み取る
トークンは --token-stdin から、なければ MODERNE_TOKEN から、それもなければ
アプリが個人用アクセストークンでそのテナントにサインインしたときに保存した
キーチェーンのエントリから取得します。引数から受け取ることはありません。

終了ステータス: 0 完了、1 サーバーが拒否、2 不正な入力、3 未サインインまたは
トークンの拒否、4 ネットワークまたは TLS のエラー。
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
Personal access tokens of a Moderne tenant, for scripts and CI.
`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.

%2</source>
        <translation>使い方: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]
%1
スクリプトや CI 向けの、Moderne テナントの個人用アクセストークンです。
各サブコマンドの説明は `tokendesk-cli tokens SUBCOMMAND --help` で表示されます。

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
        <translation>使い方: tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | --api-url URL] [--token-stdin]

自分の個人用アクセストークンを新しい順に一覧表示します。表形式で、または --json
を指定すると {"id", "description", "created", "expiresAt"} の配列（RFC 3339。
トークンに有効期限がない場合、expiresAt は null）で出力します。

  --all-users        全ユーザーのトークン（管理者向け）。それぞれに "user"
                     （所有者のメールアドレス）が付く
  --json             表の代わりに JSON で出力する
  -h, --help         このヘルプを表示する

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
        <translation>使い方: tokendesk-cli tokens create --description TEXT [--expires-in DAYS |
        --expires-at RFC3339 | --no-expiry] [--json] [--tenant NAME |
        --api-url URL] [--token-stdin]

個人用アクセストークンを作成し、その値だけを標準出力の 1 行に出力します（--json
を指定すると、{"id", "description", "created", "expiresAt", "token"} の JSON
オブジェクト 1 つをその行に出力）。それ以外はすべて標準エラー出力に出力します。
createAccessToken は 1 回だけ送信され、再送されません。応答が失われた場合は、
トークンを一覧表示して作成されたかどうかを確認してください。

  --description TEXT     トークンの用途（必須）
  --expires-in DAYS      今から DAYS × 24 時間後に期限切れ（既定 30）
  --expires-at RFC3339   この時刻に期限切れ。例: 2027-01-31T23:59:59Z
  --no-expiry            有効期限なし（テナントが有効期間を制限している場合は
                         拒否される）
  --json                 値だけの代わりに JSON で出力する
  -h, --help             このヘルプを表示する

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
        <translation>使い方: tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |
        --api-url URL] [--token-stdin]
        tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]

個人用アクセストークンを ID で指定して、またはユーザーのすべてのトークンを
（管理者向け）取り消します。トークンごとに 1 行（取り消し済み、取り消し対象、
または見つからない）を出力します。各取り消しは 1 回だけ送信されます。

  --user EMAIL     対象のユーザー（--all と併用）
  --all            --user EMAIL のすべてのトークン
  --dry-run        取り消される内容を表示するだけで、ミューテーションは送信しない
  -h, --help       このヘルプを表示する

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
        <translation>使い方: tokendesk-cli tokens rotate ID [--expires-in DAYS]
        [--revoke-after none|1h|1d] [--json] [--tenant NAME | --api-url URL]
        [--token-stdin]
        tokendesk-cli tokens rotate --resume [...]

トークンを置き換えます。同じ説明で、既定では古いトークンと同じ有効期間
（テナントの上限まで短縮）のトークンを作成し、新しい値だけを標準出力の 1 行に
出力してから（--json を指定すると "token" を含む JSON オブジェクト 1 つ）、
古いトークンを取り消します。取り消しは直ちに（none、既定）、または 1 時間後か
1 日後（1h、1d）に行われます。後で行う取り消しはローテーションジャーナルに
記録され、期限を過ぎてから最初に実行される `tokens rotate`（例: cron や CI
からの `tokens rotate --resume`）で実行されます。

各ステップは TokenDesk のデータフォルダーに記録される（ID、説明、ステップ、
時刻。値は記録しない）ため、中断されたローテーションは止まった箇所から再開
されます。1 回のローテーションで createAccessToken が 2 回送信されることはなく、
新しい値を出力する前に古いトークンが取り消されることもありません。値が一度も
出力されなかった新しいトークン（先にプロセスが終了した場合）は取り消され、
古いトークンは保持されます。

  --expires-in DAYS           新しいトークンの有効期間（古いトークンの有効期間の
                              代わりに使う）
  --revoke-after none|1h|1d   古いトークンを取り消すタイミング（既定 none: 直ちに）
  --resume                    中断されたローテーションと期限の来た取り消しだけを
                              完了する
  --json                      値だけの代わりに JSON で出力する
  -h, --help                  このヘルプを表示する

</translation>
    </message>
    <message>
        <source>Give a subcommand: list, create, revoke or rotate.</source>
        <translation>サブコマンド（list、create、revoke、rotate のいずれか）を指定してください。</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: give list, create, revoke or rotate.</source>
        <translation>不明なサブコマンド「%1」です。list、create、revoke、rotate のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A token is never taken from the command line (other users can see it there): set MODERNE_TOKEN or use --token-stdin.</source>
        <translation>トークンはコマンドラインからは受け取りません（他のユーザーから見えるため）。MODERNE_TOKEN を設定するか、--token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>tokens %1 has no option %2 (see tokens %1 --help).</source>
        <translation>tokens %1 にオプション %2 はありません（tokens %1 --help を参照してください）。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a URL.</source>
        <translation>--api-url: 「%1」は URL ではありません。</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days (1 or more).</source>
        <translation>--expires-in: 「%1」は日数（1 以上）ではありません。</translation>
    </message>
    <message>
        <source>--expires-at: “%1” is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.</source>
        <translation>--expires-at: 「%1」は 2027-01-31T23:59:59Z のような RFC 3339 形式の日時ではありません。</translation>
    </message>
    <message>
        <source>--user: “%1” is not an email address.</source>
        <translation>--user: 「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>--revoke-after: give none, 1h or 1d, not “%1”.</source>
        <translation>--revoke-after: 「%1」ではなく、none、1h、1d のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Give --tenant or --api-url, not both.</source>
        <translation>--tenant と --api-url はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>tokens %1 takes no argument “%2”.</source>
        <translation>tokens %1 は引数「%2」を受け付けません。</translation>
    </message>
    <message>
        <source>tokens create needs --description TEXT.</source>
        <translation>tokens create には --description TEXT が必要です。</translation>
    </message>
    <message>
        <source>Give one of --expires-in, --expires-at and --no-expiry.</source>
        <translation>--expires-in、--expires-at、--no-expiry のうち 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>--expires-at: a token cannot expire in the past.</source>
        <translation>--expires-at: 過去の日時を有効期限にすることはできません。</translation>
    </message>
    <message>
        <source>Give --user EMAIL and --all together (every token of that user).</source>
        <translation>--user EMAIL と --all は一緒に指定してください（そのユーザーのすべてのトークン）。</translation>
    </message>
    <message>
        <source>Give token ids or --user EMAIL --all, not both.</source>
        <translation>トークン ID か --user EMAIL --all のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>tokens revoke needs the ids of the tokens (or --user EMAIL --all).</source>
        <translation>tokens revoke にはトークンの ID（または --user EMAIL --all）が必要です。</translation>
    </message>
    <message>
        <source>tokens rotate --resume takes no id and no other option.</source>
        <translation>tokens rotate --resume には ID もほかのオプションも指定できません。</translation>
    </message>
    <message>
        <source>tokens rotate needs the id of one token.</source>
        <translation>tokens rotate には 1 つのトークンの ID が必要です。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</source>
        <translation>使い方: tokendesk-cli tokens SUBCOMMAND [OPTIONS]
%1
</translation>
    </message>
    <message>
        <source>tokendesk-cli: --token-stdin: standard input holds no token (one line, the token alone)
</source>
        <translation>tokendesk-cli: --token-stdin: 標準入力にトークンがありません（1 行にトークンだけを入力してください）
</translation>
    </message>
</context>
<context>
    <name>TokensPane</name>
    <message>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access tokens&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;アクセストークン&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create a personal access token (Ctrl+N)</source>
        <translation>個人用アクセストークンを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>選択したトークンを取り消す (Delete)</translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation>自分のトークン</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全ユーザー</translation>
    </message>
    <message>
        <source>Filter by description…  (Ctrl+F)</source>
        <translation>説明で絞り込み…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter access tokens</source>
        <translation>アクセストークンを絞り込む</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No personal access tokens yet&lt;/h3&gt;&lt;p&gt;A personal access token (&lt;tt&gt;mat-…&lt;/tt&gt;) lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without a browser sign-in. You see its value once, when you create it; choose the shortest lifetime that does the job, and revoke it here when it is no longer needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;個人用アクセストークンはまだありません&lt;/h3&gt;&lt;p&gt;個人用アクセストークン (&lt;tt&gt;mat-…&lt;/tt&gt;) を使うと、Moderne CLI、IDE プラグイン、スクリプトが、ブラウザーでサインインせずにあなたとして Moderne API を呼び出せます。値が表示されるのは作成時の 1 回だけです。用途に足りる最短の有効期間を選び、不要になったらここで取り消してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The access tokens could not be loaded.
%1</source>
        <translation>アクセストークンを読み込めませんでした。
%1</translation>
    </message>
    <message>
        <source>%1
TokenDesk did not send the request again: it reloaded the list, which shows what the server holds now.</source>
        <translation>%1
TokenDesk はリクエストを再送信していません。一覧を再読み込みしたので、サーバー上の現在の状態が表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>As an administrator, the tokens you create work only while you have signed in within the last %n day(s).</source>
        <translation>
            <numerusform>管理者が作成したトークンは、その管理者が過去 %n 日以内にサインインしている間だけ有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say when you last signed in.</source>
        <translation>サーバーから最終サインイン日時が返されませんでした。</translation>
    </message>
    <message>
        <source>That lapsed on %1: sign in again for them to work.</source>
        <translation>その期限は %1 に切れました。トークンを有効にするには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Yours stop working on &lt;b&gt;%1&lt;/b&gt; (%2) unless you sign in again before then.</source>
        <translation>それまでにもう一度サインインしない限り、あなたのトークンは &lt;b&gt;%1&lt;/b&gt;（%2）に無効になります。</translation>
    </message>
    <message>
        <source>Loading access tokens…</source>
        <translation>アクセストークンを読み込み中…</translation>
    </message>
    <message>
        <source>%1 of %2 tokens loaded…</source>
        <translation>%2 個中 %1 個のトークンを読み込み済み…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 個のトークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>「%1」を作成しました。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more
</source>
        <translation>
            <numerusform>…ほか %n 個
</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンの取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?</source>
        <translation>
            <numerusform>%n 個のトークンを取り消しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>%n 個のトークンを取り消し中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>「%1」を取り消しました。</translation>
    </message>
    <message>
        <source>“%1” had already been revoked or removed; it is gone from the list.</source>
        <translation>「%1」はすでに取り消されたか削除されています。一覧から削除しました。</translation>
    </message>
    <message>
        <source>“%1” was not revoked: %2</source>
        <translation>「%1」は取り消されませんでした: %2</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>トークンを作成…</translation>
    </message>
    <message>
        <source>Revoke selected tokens…</source>
        <translation>選択したトークンを取り消す…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>トークンを絞り込む</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>「%1」に一致するトークンはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) match “%2”.</source>
        <translation>
            <numerusform>%n 個中 %1 個のトークンが「%2」に一致します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything that uses the token(s) stops working at once. This cannot be undone.</source>
        <translation>
            <numerusform>トークンを使うものはすべてすぐに動かなくなります。元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Remove stale keychain entries…</source>
        <translation>古いキーチェーン項目を削除…</translation>
    </message>
    <message>
        <source>Remove &amp;stale keychain entries…</source>
        <translation>古いキーチェーン項目を削除(&amp;S)…</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>「%1」を取り消す…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens…</source>
        <translation>
            <numerusform>%n 個のトークンを取り消す…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stale keychain entries</source>
        <translation>古いキーチェーン項目を削除</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on %1.</source>
        <translation>
            <numerusform>キーチェーンには %1 に存在しなくなったトークンが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>They were revoked or have expired and removed; their values are of no use any more.</source>
        <translation>これらは取り消されたか、期限切れで削除されました。値はもう使えません。</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>キーチェーンから削除</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale keychain entry(s).</source>
        <translation>
            <numerusform>古いキーチェーン項目を %n 件削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n token(s) that no longer exist on the server.</source>
        <translation>
            <numerusform>キーチェーンにはサーバーに存在しなくなったトークンが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>ローテーション…</translation>
    </message>
    <message>
        <source>A new token in place of the selected one, then the old one revoked</source>
        <translation>選択したトークンを新しいトークンに置き換え、その後で古いトークンを取り消します</translation>
    </message>
    <message>
        <source>Rotate token…</source>
        <translation>トークンのローテーション…</translation>
    </message>
    <message>
        <source>Rotate “%1”…</source>
        <translation>「%1」をローテーション…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>古いトークンを今すぐ取り消す</translation>
    </message>
    <message>
        <source>Keep the old token (cancel its revoke)</source>
        <translation>古いトークンを残す (取り消しを中止)</translation>
    </message>
    <message>
        <source>The tenant's limit on token lifetimes could not be read: %1</source>
        <translation>テナントのトークン有効期間の上限を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>mod config moderne login failed (exit code %1).</source>
        <translation>mod config moderne login が失敗しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>mod could not be started.</source>
        <translation>mod を起動できませんでした。</translation>
    </message>
    <message>
        <source>The keychain did not take the new value: %1</source>
        <translation>キーチェーンが新しい値を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Revoke the old token?</source>
        <translation>古いトークンを取り消しますか?</translation>
    </message>
    <message>
        <source>The new token for “%1” is in place. Revoke the old token “%1” now?</source>
        <translation>「%1」の新しいトークンの準備ができました。古いトークン「%1」を今すぐ取り消しますか?</translation>
    </message>
    <message>
        <source>Old token: “%1”, created %2.</source>
        <translation>古いトークン: 「%1」、作成 %2。</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working. Not now keeps it, marked in the list until you revoke it or keep it (right-click it).</source>
        <translation>古いトークンをまだ使っているものはすべて動作しなくなります。「後で」を選ぶと残り、取り消すか残すかを決めるまで一覧でマークされます (右クリック)。</translation>
    </message>
    <message>
        <source>Revoke old token</source>
        <translation>古いトークンを取り消す</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>履歴を表示</translation>
    </message>
</context>
<context>
    <name>TypeToConfirmDialog</name>
    <message>
        <source>Type %1 to confirm</source>
        <translation>確認のため %1 と入力してください</translation>
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
        <translation>アクティブ: %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>アクティブ履歴なし</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 個のトークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>最終アクティブ: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User / token</source>
        <translation>ユーザー / トークン</translation>
    </message>
    <message>
        <source>Created / last active</source>
        <translation>作成日時 / 最終アクティブ</translation>
    </message>
    <message>
        <source>Expires / tokens</source>
        <translation>有効期限 / トークン数</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
</context>
<context>
    <name>UserOffboarding</name>
    <message>
        <source>The tenant has no user %1.</source>
        <translation>テナントにユーザー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Clear warnings</source>
        <translation>警告を消去</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry warnings given in this session</source>
        <translation>このセッションで出された期限切れの警告</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <source>Paste the token, then press Ctrl+D:</source>
        <translation>トークンを貼り付けてから Ctrl+D を押してください:</translation>
    </message>
    <message>
        <source>TokenDesk is already running: its window has been raised.</source>
        <translation>TokenDesk はすでに実行中です。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>TokenDesk is already running: the token is shown in its inspector.</source>
        <translation>TokenDesk はすでに実行中です。トークンはそのインスペクターに表示されています。</translation>
    </message>
    <message>
        <source>TokenDesk cannot start</source>
        <translation>TokenDesk を起動できません</translation>
    </message>
    <message>
        <source>A part of TokenDesk is missing or damaged (%1). Reinstall TokenDesk.</source>
        <translation>TokenDesk の一部が見つからないか壊れています (%1)。TokenDesk を再インストールしてください。</translation>
    </message>
</context>
</TS>