#ifndef IQLINT_TERMINAL_WIDTH_H
#define IQLINT_TERMINAL_WIDTH_H

/// The C library's wcwidth(3) for one Unicode scalar; Swift's Glibc module does not expose it.
int iqlint_wcwidth(unsigned int scalar);

/// Switches LC_CTYPE to a UTF-8 locale so that wcwidth knows non-ASCII; returns 0 on failure.
int iqlint_use_utf8_ctype(void);

#endif
