#include "tw_status.h"

const char *tw_strerror(int status)
{
    switch (status) {
    case TW_OK: return "success";
    case TW_EDOM: return "argument outside its valid domain";
    case TW_ESHAPE: return "list arguments are empty or of different lengths";
    case TW_ESUM: return "shares do not sum to 1";
    case TW_EOVERFLOW: return "result too large";
    case TW_ENOTFOUND: return "unknown preset or field name";
    case TW_ENOVALUE: return "no sourced value for that preset field";
    case TW_EBUFSIZE: return "output buffer too small";
    default: return "unknown status";
    }
}
