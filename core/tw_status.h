/* Status codes shared by every tokwatt core function.
 *
 * Every function returns one of these and writes its result through an out
 * pointer: the value on TW_OK, NaN on any other status (GSL's convention).
 */
#ifndef TW_STATUS_H
#define TW_STATUS_H

#ifdef __cplusplus
extern "C" {
#endif

enum tw_status {
    TW_OK = 0,
    TW_EDOM,      /* an argument is outside its valid domain (negative,
                     NaN, infinite, a share outside [0,1], ...) */
    TW_ESHAPE,    /* list arguments are empty or of different lengths */
    TW_ESUM,      /* shares that must sum to 1 do not (within 1E-9) */
    TW_EOVERFLOW, /* the result is too large for a double */
    TW_ENOTFOUND, /* unknown preset name or field name, or a preset of
                     another kind than the function looks up */
    TW_ENOVALUE,  /* the preset has no sourced value for that field */
    TW_EBUFSIZE,  /* the text does not fit the caller's buffer */
    TW_STATUS_COUNT
};

/* Tolerance on "shares sum to 1". */
#define TW_SHARE_SUM_TOL 1e-9

/* A short English message for a status; never NULL. */
const char *tw_strerror(int status);

#ifdef __cplusplus
}
#endif

#endif
