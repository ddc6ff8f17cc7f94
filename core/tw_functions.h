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

/* The statuses a function may return, as a bit mask (1u << status). */
#define TW_EDOM_OVERFLOW ((1u << TW_OK) | (1u << TW_EDOM) | (1u << TW_EOVERFLOW))
/* A result that is a fixed factor below 1 of an argument cannot overflow. */
#define TW_EDOM_ONLY ((1u << TW_OK) | (1u << TW_EDOM))

/* Every scalar function, one line each: F(ID, the C function, the unit of
 * its result, its statuses, a relation between its arguments beyond
 * their domains (NULL: none; false is TW_EDOM) and that relation in
 * words). Its arguments are its signature TW_SIG_<ID> (tw_signatures.h).
 * The enum, the table and the dispatch are made from this list. */
#define TW_SCALAR_FUNCTIONS(F)                                                        \
    F(PUSER, tw_puser, "W", TW_EDOM_OVERFLOW, NULL, NULL)                             \
    F(PPOP, tw_ppop, "W", TW_EDOM_OVERFLOW, NULL, NULL)                               \
    F(GRIDRATIO, tw_gridratio, "", TW_EDOM_OVERFLOW, NULL, NULL)                      \
    F(KARDASHEV, tw_kardashev, "", TW_EDOM_ONLY, NULL, NULL)                          \
    F(NMAX, tw_nmax, "users", TW_EDOM_OVERFLOW, NULL, NULL)                           \
    F(ETARGET, tw_etarget, "J", TW_EDOM_OVERFLOW, NULL, NULL)                         \
    F(GAPFACTOR, tw_gapfactor, "", TW_EDOM_OVERFLOW, NULL, NULL)                      \
    F(LANDAUER, tw_landauer, "J", TW_EDOM_OVERFLOW, NULL, NULL)                       \
    F(EFFGAP, tw_effgap, "", TW_EDOM_OVERFLOW, NULL, NULL)                            \
    F(TOKENBUDGET, tw_tokenbudget, "tokens/yr", TW_EDOM_OVERFLOW, NULL, NULL)         \
    F(TOKENSPERCAPITA, tw_tokenspercapita, "tokens/person/day", TW_EDOM_OVERFLOW,     \
      NULL, NULL)                                                                     \
    F(QUESTIONBUDGET, tw_questionbudget, "questions/person/day", TW_EDOM_OVERFLOW,    \
      NULL, NULL)                                                                     \
    F(AVGPOWER, tw_avgpower, "W", TW_EDOM_OVERFLOW, NULL, NULL)                       \
    F(ANNUALTWH, tw_annualtwh, "TWh/yr", TW_EDOM_ONLY, NULL, NULL)                    \
    F(GPUDAYKWH, tw_gpudaykwh, "kWh/day", TW_EDOM_OVERFLOW, NULL, NULL)               \
    F(GPUDAYCOST, tw_gpudaycost, "USD/day", TW_EDOM_OVERFLOW, NULL, NULL)             \
    F(EREQUEST, tw_erequest, "J", TW_EDOM_OVERFLOW, tw_cached_within_input,           \
      "cached_tokens <= input_tokens")                                                \
    F(CO2E, tw_co2e, "g", TW_EDOM_OVERFLOW, NULL, NULL)                               \
    F(WATER, tw_water, "L", TW_EDOM_OVERFLOW, NULL, NULL)

typedef enum {
#define TW_FN_ID(id, function, unit, statuses, related, related_text) TW_FN_##id,
    TW_SCALAR_FUNCTIONS(TW_FN_ID)
#undef TW_FN_ID
    TW_FN_COUNT
} tw_function_id;

/* A scalar function's address, of the type it is stored as; called back
 * through its own type by tw_function_call. */
typedef void (*tw_any_function)(void);

typedef struct {
    const char *name; /* the C name: "tw_puser" */
    size_t n_args;
    tw_arg_info args[TW_MAX_SCALAR_ARGS];
    const char *unit;  /* of the result */
    unsigned statuses; /* 1u << s for every status s it may return */
    int (*related)(const double *args);
    const char *related_text;
    tw_any_function function;
} tw_function_info;

/* *out = f(args[0], ..., args[n_args - 1]): calls the function of a row. */
int tw_function_call(const tw_function_info *f, const double *args, double *out);

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
