#pragma once

#include <QString>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

// The OpenSSL functions TokenDesk uses (JSON Web Keys and JWS signatures), each once here.
#define TOKENDESK_OPENSSL_FUNCTIONS(F)                                                             \
    F(BN_bin2bn)                                                                                   \
    F(BN_cmp)                                                                                      \
    F(BN_free)                                                                                     \
    F(BN_is_odd)                                                                                   \
    F(BN_num_bits)                                                                                 \
    F(ECDSA_SIG_free)                                                                              \
    F(ECDSA_SIG_new)                                                                               \
    F(ECDSA_SIG_set0)                                                                              \
    F(ERR_clear_error)                                                                             \
    F(EVP_DigestVerify)                                                                            \
    F(EVP_DigestVerifyInit)                                                                        \
    F(EVP_MD_CTX_free)                                                                             \
    F(EVP_MD_CTX_new)                                                                              \
    F(EVP_PKEY_CTX_free)                                                                           \
    F(EVP_PKEY_CTX_new_from_name)                                                                  \
    F(EVP_PKEY_CTX_new_from_pkey)                                                                  \
    F(EVP_PKEY_CTX_set_rsa_mgf1_md)                                                                \
    F(EVP_PKEY_CTX_set_rsa_padding)                                                                \
    F(EVP_PKEY_CTX_set_rsa_pss_saltlen)                                                            \
    F(EVP_PKEY_free)                                                                               \
    F(EVP_PKEY_fromdata)                                                                           \
    F(EVP_PKEY_fromdata_init)                                                                      \
    F(EVP_PKEY_public_check)                                                                       \
    F(EVP_sha256)                                                                                  \
    F(EVP_sha384)                                                                                  \
    F(EVP_sha512)                                                                                  \
    F(OSSL_PARAM_BLD_free)                                                                         \
    F(OSSL_PARAM_BLD_new)                                                                          \
    F(OSSL_PARAM_BLD_push_BN)                                                                      \
    F(OSSL_PARAM_BLD_push_octet_string)                                                            \
    F(OSSL_PARAM_BLD_push_utf8_string)                                                             \
    F(OSSL_PARAM_BLD_to_param)                                                                     \
    F(OSSL_PARAM_free)                                                                             \
    F(i2d_ECDSA_SIG)

// OpenSSL's libcrypto, loaded (QLibrary) the first time a key or a signature is checked rather
// than linked: a session that never shows the login token's verdict never maps, relocates or
// initialises the library (about 1.4 MB resident, and its symbol lookups at start-up).
//
// The table is filled once per process and never changes; the library stays loaded, as keys
// made with it may live until the process ends. Only the headers are used at build time.
class OpenSsl {
public:
    // The functions, or null when the library cannot be loaded or lacks one of them; `error`
    // (optional) then says why, in words for the user. Thread-safe.
    static const OpenSsl *load(QString *error = nullptr);

#define TOKENDESK_OPENSSL_MEMBER(name) decltype(&::name) name = nullptr;
    TOKENDESK_OPENSSL_FUNCTIONS(TOKENDESK_OPENSSL_MEMBER)
#undef TOKENDESK_OPENSSL_MEMBER
};

// The table, for code that runs only once load() has succeeded: Jwk::fromJson loads it before it
// makes a key, and every OpenSSL object (a usable key included) was made by the library, so the
// library is there to use and free it.
inline const OpenSsl *ssl() {
    return OpenSsl::load();
}
