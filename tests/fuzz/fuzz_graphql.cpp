// libFuzzer target: a GraphQL HTTP response body through the client's parser and every typed
// operation's result parser of ModerneApi and TokenAdminApi (what a hostile or broken server
// could send).
#include "GraphQlClient.h"
#include "ModerneApi.h"
#include "TokenAdminApi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const int status : {200, 401, 500}) {
        const GraphQlClient::Response response = GraphQlClient::parseBody(body, status);
        QString error;
        (void)ModerneApi::parseCurrentUser(response.data, &error);
        (void)ModerneApi::parseAccessTokenPage(response.data, &error);
        (void)ModerneApi::parseCreatedAccessToken(response.data, &error);
        (void)ModerneApi::parseRevokeAccessToken(response.data, &error);
        (void)ModerneApi::parseScmConnections(response.data, &error);
        (void)ModerneApi::parseInitiateAuthorization(response.data, &error);
        (void)ModerneApi::parseExchangeAuthorizationCode(response.data, &error);
        (void)ModerneApi::parseRevokeScmToken(response.data, &error);
        (void)TokenAdminApi::parseMaxExpiryDays(response.data, &error);
        (void)TokenAdminApi::parseUsers(response.data, &error);
        (void)TokenAdminApi::parseUserTokens(response.data, &error);
        (void)TokenAdminApi::parseRevokeAll(response.data, &error);
    }
    return 0;
}
