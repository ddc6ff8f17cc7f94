/* The table of scalar functions (tw_functions.h), made from their list and
 * their signatures (tw_signatures.h), and the one dispatch over them. */
#include <math.h>
#include <string.h>

#include "tokwatt.h"
#include "tw_internal.h"
#include "tw_signatures.h"

int tw_domain_contains(tw_domain d, double x) { return tw_in_domain_inline(d, x); }

const char *tw_domain_text(tw_domain d)
{
    switch (d) {
    case TW_DOMAIN_NONNEG: return ">= 0";
    case TW_DOMAIN_POSITIVE: return "> 0";
    case TW_DOMAIN_PUE: return ">= 1";
    default: return "";
    }
}

int tw_args_in_domain(const tw_function_info *f, const double *args)
{
    return tw_in_domains(f, args);
}

/* ---- the table, from the list and the signatures ------------------------ */

const tw_function_info tw_functions[TW_FN_COUNT] = {
#define TW_FN_ROW(id, function, unit, statuses, related, related_text)                 \
    [TW_FN_##id] = {#function, TW_ARGS(TW_SIG_##id), unit, statuses, related,         \
                    related_text, (tw_any_function)function},
    TW_SCALAR_FUNCTIONS(TW_FN_ROW)
#undef TW_FN_ROW
};

/* The types the functions are stored from, by number of arguments. */
typedef int (*tw_fn1)(double, double *);
typedef int (*tw_fn2)(double, double, double *);
typedef int (*tw_fn3)(double, double, double, double *);
typedef int (*tw_fn4)(double, double, double, double, double *);
typedef int (*tw_fn5)(double, double, double, double, double, double *);
typedef int (*tw_fn6)(double, double, double, double, double, double, double *);

int tw_function_call(const tw_function_info *f, const double *a, double *out)
{
    switch (f->n_args) {
    case 1: return ((tw_fn1)f->function)(a[0], out);
    case 2: return ((tw_fn2)f->function)(a[0], a[1], out);
    case 3: return ((tw_fn3)f->function)(a[0], a[1], a[2], out);
    case 4: return ((tw_fn4)f->function)(a[0], a[1], a[2], a[3], out);
    case 5: return ((tw_fn5)f->function)(a[0], a[1], a[2], a[3], a[4], out);
    case 6: return ((tw_fn6)f->function)(a[0], a[1], a[2], a[3], a[4], a[5], out);
    default: *out = NAN; return TW_EDOM;
    }
}

const tw_function_info *tw_function_find(const char *name)
{
    if (!name)
        return NULL;
    for (size_t i = 0; i < TW_FN_COUNT; i++)
        if (strcmp(tw_functions[i].name, name) == 0)
            return &tw_functions[i];
    return NULL;
}
