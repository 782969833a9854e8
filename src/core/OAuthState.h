#pragma once

#include <QString>

// The OAuth `state` TokenDesk puts on its own authorization requests (the sign-in): 32 bytes
// from the system's secure generator (QRandomGenerator::system(), i.e. getrandom/urandom),
// base64url without padding (43 characters, 256 bits). Never Qt 6.4's default state, which is
// 8 characters from a clock-seeded std::mt19937 (CVE-2024-36048).
namespace OAuthState {

inline constexpr int Bytes = 32;

QString generate();

} // namespace OAuthState
