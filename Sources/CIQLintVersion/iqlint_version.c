#include "iqlint_version.h"

// A C macro because Swift's -D defines flags without values; Scripts/dist.sh stamps the
// release version here. Keep the default equal to VERSION plus -dev (a test checks it).
#ifndef IQLINT_VERSION
#define IQLINT_VERSION "0.2.0-dev"
#endif

const char *iqlint_version(void) { return IQLINT_VERSION; }
