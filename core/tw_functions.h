/* The one description of every scalar core function: its name, each
 * argument's name, unit and domain, the result's unit, the statuses it may
 * return, and a uniform way to call it. The functions themselves test
 * their arguments against this table (tw_args_in_domain), and the fuzz
 * target, the thread test, the core benchmark and the core tests are
 * derived from it, so a domain is written once, here.
 *
 * A scalar function takes only numbers and writes one number:
 * int tw_x(double a0, ..., double *out). Functions of lists, profiles or
 * names (tw_etok, tw_cachefactor, tw_eeff, tw_cohort, the catalog) have
 * headers of their own and are not listed. */
#ifndef TW_FUNCTIONS_H
#define TW_FUNCTIONS_H

#include <stddef.h>

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Where an argument may lie. NaN and +-Inf lie in none. */
typedef enum {
    TW_DOMAIN_NONNEG,   /* x >= 0 */
    TW_DOMAIN_POSITIVE, /* x > 0 */
    TW_DOMAIN_PUE,      /* x >= 1, a power usage effectiveness */
    TW_DOMAIN_COUNT
} tw_domain;

/* 1 when x lies in domain d, else 0. */
int tw_domain_contains(tw_domain d, double x);

/* The domain in words as help texts write it: ">= 0", "> 0", ">= 1". */
const char *tw_domain_text(tw_domain d);

#define TW_MAX_SCALAR_ARGS 6

typedef struct {
    const char *name; /* as the header names it: "tokens_per_day" */
    const char *unit; /* "tokens/day", "J", "" when dimensionless */
    tw_domain domain;
} tw_arg_info;

/* The functions, in the order of this enum. */
typedef enum {
    TW_FN_PUSER, TW_FN_PPOP, TW_FN_GRIDRATIO, TW_FN_KARDASHEV, TW_FN_NMAX,
    TW_FN_ETARGET, TW_FN_GAPFACTOR, TW_FN_LANDAUER, TW_FN_EFFGAP,
    TW_FN_TOKENBUDGET, TW_FN_TOKENSPERCAPITA, TW_FN_QUESTIONBUDGET,
    TW_FN_AVGPOWER, TW_FN_ANNUALTWH, TW_FN_GPUDAYKWH, TW_FN_GPUDAYCOST,
    TW_FN_EREQUEST, TW_FN_CO2E, TW_FN_WATER,
    TW_FN_COUNT
} tw_function_id;

typedef struct {
    const char *name; /* the C name: "tw_puser" */
    size_t n_args;
    tw_arg_info args[TW_MAX_SCALAR_ARGS];
    const char *unit;  /* of the result */
    unsigned statuses; /* 1u << s for every status s it may return */
    /* A condition between arguments beyond their domains (NULL: none),
     * e.g. cached tokens <= input tokens; false is TW_EDOM. Its words: */
    int (*related)(const double *args);
    const char *related_text;
    /* tw_x(args[0], ..., args[n_args - 1], out) */
    int (*call)(const double *args, double *out);
} tw_function_info;

extern const tw_function_info tw_functions[TW_FN_COUNT];

/* The function with this C name ("tw_puser"), or NULL. */
const tw_function_info *tw_function_find(const char *name);

/* 1 when every argument lies in its domain and the relation holds: the
 * exact condition under which f does not return TW_EDOM. */
int tw_args_in_domain(const tw_function_info *f, const double *args);

#ifdef __cplusplus
}
#endif

#endif
