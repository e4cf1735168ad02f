#ifndef IQLINT_VERSION_H
#define IQLINT_VERSION_H

/// The version `iqlint --version` prints: what `make dist` passes as -DIQLINT_VERSION,
/// else the development default in iqlint_version.c.
const char *iqlint_version(void);

#endif
