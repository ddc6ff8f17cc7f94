/* The table of scalar functions (tw_functions.h), made from their
 * signatures (tw_signatures.h), and the one dispatch over the functions. */
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

/* ---- the uniform calls -------------------------------------------------- */

static int call_puser(const double *a, double *o) { return tw_puser(a[0], a[1], o); }
static int call_ppop(const double *a, double *o) { return tw_ppop(a[0], a[1], o); }
static int call_gridratio(const double *a, double *o) { return tw_gridratio(a[0], a[1], o); }
static int call_kardashev(const double *a, double *o) { return tw_kardashev(a[0], o); }
static int call_nmax(const double *a, double *o) { return tw_nmax(a[0], a[1], a[2], o); }
static int call_etarget(const double *a, double *o) { return tw_etarget(a[0], a[1], a[2], o); }
static int call_gapfactor(const double *a, double *o)
{
    return tw_gapfactor(a[0], a[1], a[2], a[3], o);
}
static int call_landauer(const double *a, double *o) { return tw_landauer(a[0], a[1], o); }
static int call_effgap(const double *a, double *o) { return tw_effgap(a[0], a[1], a[2], o); }
static int call_tokenbudget(const double *a, double *o)
{
    return tw_tokenbudget(a[0], a[1], o);
}
static int call_tokenspercapita(const double *a, double *o)
{
    return tw_tokenspercapita(a[0], a[1], a[2], a[3], o);
}
static int call_questionbudget(const double *a, double *o)
{
    return tw_questionbudget(a[0], a[1], a[2], a[3], a[4], o);
}
static int call_avgpower(const double *a, double *o) { return tw_avgpower(a[0], o); }
static int call_annualtwh(const double *a, double *o) { return tw_annualtwh(a[0], o); }
static int call_gpudaykwh(const double *a, double *o) { return tw_gpudaykwh(a[0], a[1], o); }
static int call_gpudaycost(const double *a, double *o)
{
    return tw_gpudaycost(a[0], a[1], a[2], o);
}
static int call_erequest(const double *a, double *o)
{
    return tw_erequest(a[0], a[1], a[2], a[3], a[4], a[5], o);
}
static int call_co2e(const double *a, double *o) { return tw_co2e(a[0], a[1], o); }
static int call_water(const double *a, double *o) { return tw_water(a[0], a[1], a[2], a[3], o); }

/* ---- the table ---------------------------------------------------------- */

#define BIT(s) (1u << (s))
#define EDOM_OVERFLOW (BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_EOVERFLOW))
/* A result that is a fixed factor below 1 of an argument cannot overflow. */
#define EDOM_ONLY (BIT(TW_OK) | BIT(TW_EDOM))

const tw_function_info tw_functions[TW_FN_COUNT] = {
    [TW_FN_PUSER] = {"tw_puser", TW_ARGS(TW_SIG_PUSER),
        "W", EDOM_OVERFLOW, NULL, NULL, call_puser},
    [TW_FN_PPOP] = {"tw_ppop", TW_ARGS(TW_SIG_PPOP),
        "W", EDOM_OVERFLOW, NULL, NULL, call_ppop},
    [TW_FN_GRIDRATIO] = {"tw_gridratio", TW_ARGS(TW_SIG_GRIDRATIO),
        "", EDOM_OVERFLOW, NULL, NULL, call_gridratio},
    [TW_FN_KARDASHEV] = {"tw_kardashev", TW_ARGS(TW_SIG_KARDASHEV),
        "", EDOM_ONLY, NULL, NULL, call_kardashev},
    [TW_FN_NMAX] = {"tw_nmax", TW_ARGS(TW_SIG_NMAX),
        "users", EDOM_OVERFLOW, NULL, NULL, call_nmax},
    [TW_FN_ETARGET] = {"tw_etarget", TW_ARGS(TW_SIG_ETARGET),
        "J", EDOM_OVERFLOW, NULL, NULL, call_etarget},
    [TW_FN_GAPFACTOR] = {"tw_gapfactor", TW_ARGS(TW_SIG_GAPFACTOR),
        "", EDOM_OVERFLOW, NULL, NULL, call_gapfactor},
    [TW_FN_LANDAUER] = {"tw_landauer", TW_ARGS(TW_SIG_LANDAUER),
        "J", EDOM_OVERFLOW, NULL, NULL, call_landauer},
    [TW_FN_EFFGAP] = {"tw_effgap", TW_ARGS(TW_SIG_EFFGAP),
        "", EDOM_OVERFLOW, NULL, NULL, call_effgap},
    [TW_FN_TOKENBUDGET] = {"tw_tokenbudget", TW_ARGS(TW_SIG_TOKENBUDGET),
        "tokens/yr", EDOM_OVERFLOW, NULL, NULL, call_tokenbudget},
    [TW_FN_TOKENSPERCAPITA] = {"tw_tokenspercapita", TW_ARGS(TW_SIG_TOKENSPERCAPITA),
        "tokens/person/day", EDOM_OVERFLOW, NULL, NULL, call_tokenspercapita},
    [TW_FN_QUESTIONBUDGET] = {"tw_questionbudget", TW_ARGS(TW_SIG_QUESTIONBUDGET),
        "questions/person/day", EDOM_OVERFLOW, NULL, NULL, call_questionbudget},
    [TW_FN_AVGPOWER] = {"tw_avgpower", TW_ARGS(TW_SIG_AVGPOWER),
        "W", EDOM_OVERFLOW, NULL, NULL, call_avgpower},
    [TW_FN_ANNUALTWH] = {"tw_annualtwh", TW_ARGS(TW_SIG_ANNUALTWH),
        "TWh/yr", EDOM_ONLY, NULL, NULL, call_annualtwh},
    [TW_FN_GPUDAYKWH] = {"tw_gpudaykwh", TW_ARGS(TW_SIG_GPUDAYKWH),
        "kWh/day", EDOM_OVERFLOW, NULL, NULL, call_gpudaykwh},
    [TW_FN_GPUDAYCOST] = {"tw_gpudaycost", TW_ARGS(TW_SIG_GPUDAYCOST),
        "USD/day", EDOM_OVERFLOW, NULL, NULL, call_gpudaycost},
    [TW_FN_EREQUEST] = {"tw_erequest", TW_ARGS(TW_SIG_EREQUEST),
        "J", EDOM_OVERFLOW, tw_cached_within_input, "cached_tokens <= input_tokens",
        call_erequest},
    [TW_FN_CO2E] = {"tw_co2e", TW_ARGS(TW_SIG_CO2E),
        "g", EDOM_OVERFLOW, NULL, NULL, call_co2e},
    [TW_FN_WATER] = {"tw_water", TW_ARGS(TW_SIG_WATER),
        "L", EDOM_OVERFLOW, NULL, NULL, call_water},
};

const tw_function_info *tw_function_find(const char *name)
{
    if (!name)
        return NULL;
    for (size_t i = 0; i < TW_FN_COUNT; i++)
        if (strcmp(tw_functions[i].name, name) == 0)
            return &tw_functions[i];
    return NULL;
}
