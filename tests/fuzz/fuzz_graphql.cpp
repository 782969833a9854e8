// libFuzzer target: a GraphQL HTTP response body through the client's parser and every typed
// operation's result parser of the resource APIs (what a hostile or broken server could send).
#include "AccessTokenApi.h"
#include "GraphQlClient.h"
#include "ScmApi.h"
#include "UserApi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const int status : {200, 401, 500}) {
        const GraphQlClient::Response response = GraphQlClient::parseBody(body, status);
        QString error;
        (void)UserApi::parseCurrentUser(response.data, &error);
        (void)AccessTokenApi::parseMyTokens(response.data, &error);
        (void)AccessTokenApi::parseCreated(response.data, &error);
        (void)AccessTokenApi::parseRevoke(response.data, &error);
        (void)ScmApi::parseScmConnections(response.data, &error);
        (void)ScmApi::parseInitiateAuthorization(response.data, &error);
        (void)ScmApi::parseExchangeAuthorizationCode(response.data, &error);
        (void)ScmApi::parseRevokeScmToken(response.data, &error);
        (void)AccessTokenApi::parseMaxExpiryDays(response.data, &error);
        (void)UserApi::parseUsers(response.data, &error);
        (void)AccessTokenApi::parseUserTokens(response.data, &error);
        (void)AccessTokenApi::parseRevokeAll(response.data, &error);
    }
    return 0;
}
