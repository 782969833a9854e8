#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "tokendesk.core")
Q_LOGGING_CATEGORY(lcAuth, "tokendesk.auth")
Q_LOGGING_CATEGORY(lcApi, "tokendesk.api")
Q_LOGGING_CATEGORY(lcServices, "tokendesk.services")
Q_LOGGING_CATEGORY(lcModels, "tokendesk.models")
Q_LOGGING_CATEGORY(lcGui, "tokendesk.gui")
Q_LOGGING_CATEGORY(lcKeychain, "tokendesk.keychain")
Q_LOGGING_CATEGORY(lcJwt, "tokendesk.jwt")
Q_LOGGING_CATEGORY(lcCli, "tokendesk.cli")
