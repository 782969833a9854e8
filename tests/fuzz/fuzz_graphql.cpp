// libFuzzer target: a GraphQL HTTP response body through the client's parser and every typed
// operation's result parser of the resource APIs (what a hostile or broken server could send).
#include "AccessTokenApi.h"
#include "GraphQlClient.h"
#include "ScmApi.h"
#include "UserApi.h"

namespace {
// Runs each parser on `data`: whatever they answer, none may crash.
template <typename... Parsers> void parseWithEach(const QJsonObject &data, Parsers... parsers) {
    QString error;
    ((void)parsers(data, &error), ...);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const int status : {200, 401, 500}) {
        const GraphQlClient::Response response = GraphQlClient::parseBody(body, status);
        parseWithEach(response.data, &UserApi::parseCurrentUser, &UserApi::parseUsers,
                      &AccessTokenApi::parseMyTokens, &AccessTokenApi::parseCreated,
                      &AccessTokenApi::parseRevoke, &AccessTokenApi::parseMaxExpiryDays,
                      &AccessTokenApi::parseUserTokens, &AccessTokenApi::parseRevokeAll,
                      &ScmApi::parseScmConnections, &ScmApi::parseInitiateAuthorization,
                      &ScmApi::parseExchangeAuthorizationCode, &ScmApi::parseRevokeScmToken);
    }
    return 0;
}
