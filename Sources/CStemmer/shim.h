#ifndef KAMERVRAGEN_CSTEMMER_SHIM_H
#define KAMERVRAGEN_CSTEMMER_SHIM_H
/* Snowball's libstemmer (Debian: libstemmer-dev). */
#include <libstemmer.h>
#endif
