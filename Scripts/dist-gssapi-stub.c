/*
 * make dist only. Debian's libgit2 is built with GSSAPI (Kerberos "Negotiate" HTTP auth),
 * and no distribution ships a static libgssapi_krb5. iqlint never talks to a remote through
 * libgit2, so these stand-ins report GSS_S_FAILURE: libgit2 then treats Negotiate as
 * unavailable (git_http_auth_negotiate checks gss_indicate_mechs first).
 * Every GSSAPI call takes `OM_uint32 *minor_status` first; the other arguments are unused.
 */
#include <stddef.h>
#include <stdint.h>

#define IQLINT_GSS_S_FAILURE (13u << 16)

void *GSS_C_NT_HOSTBASED_SERVICE = NULL;

#define IQLINT_GSS_STUB(name) \
    uint32_t name(uint32_t *minor_status) { \
        if (minor_status != NULL) *minor_status = 0; \
        return IQLINT_GSS_S_FAILURE; \
    }

IQLINT_GSS_STUB(gss_indicate_mechs)
IQLINT_GSS_STUB(gss_import_name)
IQLINT_GSS_STUB(gss_init_sec_context)
IQLINT_GSS_STUB(gss_delete_sec_context)
IQLINT_GSS_STUB(gss_display_status)
IQLINT_GSS_STUB(gss_release_buffer)
IQLINT_GSS_STUB(gss_release_name)
IQLINT_GSS_STUB(gss_release_oid_set)
