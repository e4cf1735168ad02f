#define _XOPEN_SOURCE 700
#include <locale.h>
#include <wchar.h>
#include "terminal_width.h"

int iqlint_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}

int iqlint_use_utf8_ctype(void) {
    return setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "en_US.UTF-8") != NULL;
}
