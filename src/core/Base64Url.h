#pragma once

#include <QByteArray>
#include <optional>

namespace Base64Url {

// Encodes without padding (RFC 7515 section 2).
QByteArray encode(const QByteArray &data);

// Strict decoding: only the base64url alphabet, no padding, no whitespace.
// Returns std::nullopt on any character outside the alphabet or an impossible length.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace Base64Url
